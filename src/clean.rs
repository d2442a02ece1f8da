//! Boilerplate: which subtrees never reach an article's paragraphs.
//!
//! The result is a flag per node (`true` = boilerplate), already inherited by every
//! descendant. Nothing is deleted from the tree: metadata still reads headers, bylines and
//! `<meta>` from the whole document.

use std::sync::LazyLock;

use regex::Regex;

use crate::dom::{Dom, NodeId, tag};
use crate::patterns::{self, boilerplate as bp};
use crate::score::{self, Stats};
use crate::text;

static PLAYER_TEXT: LazyLock<Regex> = LazyLock::new(|| patterns::compile(bp::PLAYER_TEXT));
static HIDDEN_STYLE: LazyLock<Regex> = LazyLock::new(|| {
    patterns::compile(r"(?i)(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)")
});
static CONSENT_MANAGER: LazyLock<Regex> = LazyLock::new(|| patterns::compile(bp::CONSENT_MANAGERS));
static DISPLAY_NONE: LazyLock<Regex> =
    LazyLock::new(|| patterns::compile(r"(?i)(?:^|;)\s*display\s*:\s*none"));

/// A node holding at least this share of the page's prose is never removed by its class,
/// id or tag alone: it is (or wraps) the article.
const PROTECT_SHARE: f32 = 0.4;

/// A `visibility:hidden` element holding at least this share of the page's prose is the
/// whole page behind an anti-flicker guard (a hidden part of a page is a smaller share).
const FLICKER_GUARD_SHARE: f32 = 0.9;

/// An element whose class or id says boilerplate only ambiguously ("widget", "meta",
/// "sidebar") is removed only while it holds less prose than this (or is mostly links):
/// page builders name real content cells that way.
const AMBIGUOUS_MAX_PROSE: u32 = 150;

/// Marks the boilerplate of a story's page.
#[cfg(test)]
pub(crate) fn boilerplate(dom: &Dom) -> Vec<bool> {
    boilerplate_of(dom, Thread::No)
}

/// Whether the page is a forum thread, whose replies are its content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Thread {
    /// A story's page: comments are boilerplate.
    No,
    /// A forum thread (it says so in JSON-LD): elements marked only as comments are posts.
    Yes,
}

/// Marks the boilerplate of a document.
pub(crate) fn boilerplate_of(dom: &Dom, thread: Thread) -> Vec<bool> {
    let before = Stats::compute(dom, &vec![false; dom.len()]);
    let total_prose = before.prose(0).max(1) as f32;
    let protected = |id: NodeId| before.prose(id) as f32 >= total_prose * PROTECT_SHARE;
    let stories = StoryProse::new(dom, &before);
    let mut removed = vec![false; dom.len()];
    let mut i = 0;
    while i < dom.len() {
        if mark(dom, i, &before, &stories, &protected, thread) {
            if std::env::var_os("NP_DEBUG").is_some() && before.prose(i) as f32 > total_prose * 0.2
            {
                eprintln!(
                    "removed {:?} class={:?} id={:?} role={:?} prose={} of {}",
                    dom.tag(i),
                    dom.attr(i, "class"),
                    dom.attr(i, "id"),
                    dom.attr(i, "role"),
                    before.prose(i),
                    total_prose
                );
            }
            for slot in removed.get_mut(dom.subtree(i)).into_iter().flatten() {
                *slot = true;
            }
            i = dom.end(i).max(i + 1);
        } else {
            i += 1;
        }
    }
    mark_related_sections(dom, &before, &mut removed);
    mark_signup_boxes(dom, &before, &protected, &mut removed);
    removed
}

/// Whether most of a section's prose is one full story: several blocks of prose under its
/// own headline and dateline (an appended story, not a grid of teasers).
fn holds_story(dom: &Dom, stats: &Stats, section: NodeId) -> bool {
    let prose = stats.prose(section);
    prose >= crate::roots::MIN_STORY_PROSE
        && dom.subtree(section).any(|i| {
            stats.prose(i) * 10 >= prose * 7
                && stats.prose_blocks(i) >= 3
                && dom.element(i).is_some()
                && crate::roots::is_separate_story(dom, stats, i)
        })
}

/// Whether the node at `id` (and so its subtree) is boilerplate.
fn mark(
    dom: &Dom,
    id: NodeId,
    stats: &Stats,
    stories: &StoryProse<'_>,
    protected: &dyn Fn(NodeId) -> bool,
    thread: Thread,
) -> bool {
    if let Some(t) = dom.text_of(id) {
        return is_label_text(t);
    }
    let Some(el) = dom.element(id) else {
        return false;
    };
    if matches!(el.name, tag!("html") | tag!("body")) {
        return false;
    }
    if ["class", "id"]
        .iter()
        .any(|a| el.attr(a).is_some_and(|v| CONSENT_MANAGER.is_match(v)))
    {
        return true;
    }
    // `aria-hidden` alone on most of the page's prose is the page behind an open modal
    // when it was saved: screen readers skip it, readers do not. It is judged like any
    // other element.
    let behind_modal = protected(id)
        && !is_hidden_from_all(el)
        && el.attr("role").is_none()
        && !score::class_signal(dom, id).strong_negative;
    // `visibility:hidden` on a wrapper of most of the page is an anti-flicker guard that
    // a script lifts once the styles load: the page itself.
    let flicker_guard = stats.prose(id) as f32 >= stats.prose(0) as f32 * FLICKER_GUARD_SHARE
        && el.attr("hidden").is_none()
        && el
            .attr("style")
            .is_some_and(|s| HIDDEN_STYLE.is_match(s) && !DISPLAY_NONE.is_match(s));
    if is_hidden(el) && !behind_modal && !flicker_guard {
        return !is_streamed_content(el) && !is_collapsed_panel(el);
    }
    if el
        .attr("role")
        .is_some_and(|r| bp::DROP_ROLES.contains(&r.trim().to_ascii_lowercase().as_str()))
    {
        return !protected(id);
    }
    // What a page shows without scripts is boilerplate ("Please enable JavaScript", a
    // tracking pixel), unless it is most of the page: a forum's server-rendered posts.
    if el.name == tag!("noscript") {
        return !protected(id);
    }
    if bp::DROP_TAGS.contains(&&*el.name) {
        let structural = matches!(
            el.name,
            tag!("form")
                | tag!("header")
                | tag!("footer")
                | tag!("aside")
                | tag!("nav")
                | tag!("dialog")
        );
        if !structural {
            return true;
        }
        let ambiguous = el.name == tag!("form");
        let little_prose = stats.prose(id) < AMBIGUOUS_MAX_PROSE || stats.link_density(id) > 0.5;
        // The page's own footer is never the article, however short the article is (a
        // footer inside a story may wrap its end).
        let page_footer = el.name == tag!("footer")
            && !dom
                .ancestors(id)
                .take(64)
                .any(|a| matches!(dom.tag(a), Some(&tag!("article") | &tag!("main"))));
        return (page_footer || !protected(id)) && (!ambiguous || little_prose);
    }
    let story = (el.name == tag!("article"))
        .then(|| enclosing_story(dom, id))
        .flatten();
    let nested_article = story.is_some();
    if story.is_some_and(|s| is_embed(stats, id, s)) {
        return true;
    }
    if matches!(el.name, tag!("main") | tag!("article")) && !nested_article {
        return false;
    }
    if in_code(dom, id) {
        // Syntax highlighting names its spans after the code's parts ("hljs-comment",
        // "token comment", "meta"): they say nothing about the page.
        return false;
    }
    // A forum member's signature under each post (Invision marks it by role only).
    if el
        .attr("data-role")
        .is_some_and(|r| r.to_ascii_lowercase().contains("signature"))
        && !protected(id)
    {
        return true;
    }
    let sig = score::class_signal(dom, id);
    let post = thread == Thread::Yes && sig.only_discussion;
    if sig.strong_negative && !protected(id) && !post && !holds_the_story(stats, stories, id) {
        return true;
    }
    let little_prose = stats.prose(id) < AMBIGUOUS_MAX_PROSE || stats.link_density(id) > 0.5;
    if sig.weak_negative && !sig.positive && little_prose && !protected(id) {
        return true;
    }
    stats.text(id) > 0 && stats.text(id) < 60 && is_player_or_label(&dom.text(id))
}

/// A story element (`<article>`, an Article item) with at least this share of the page's
/// prose makes its container the story's, whatever the container is called.
const STORY_SHARE: f32 = 0.25;

/// Whether an element holds the page's story element: an article opened in an overlay
/// (`<div class="modal"><article>…`), saved while open.
fn holds_the_story(stats: &Stats, stories: &StoryProse<'_>, id: NodeId) -> bool {
    let least = stats.prose(0) as f32 * STORY_SHARE;
    (stats.prose(id) as f32) >= least && (stories.within(id) as f32) >= least
}

/// The prose of the largest story element (three prose blocks or more) within each node,
/// computed once in one reverse pass, and only for a page that asks.
struct StoryProse<'a> {
    dom: &'a Dom,
    stats: &'a Stats,
    most: std::cell::OnceCell<Vec<u32>>,
}

impl<'a> StoryProse<'a> {
    fn new(dom: &'a Dom, stats: &'a Stats) -> StoryProse<'a> {
        StoryProse {
            dom,
            stats,
            most: std::cell::OnceCell::new(),
        }
    }

    fn within(&self, id: NodeId) -> u32 {
        let most = self.most.get_or_init(|| {
            let mut most = vec![0u32; self.dom.len()];
            for i in (0..self.dom.len()).rev() {
                let own = if self.stats.prose_blocks(i) >= 3
                    && crate::roots::is_story_element(self.dom, i)
                {
                    self.stats.prose(i)
                } else {
                    0
                };
                let here = most.get(i).copied().unwrap_or(0).max(own);
                if let Some(slot) = most.get_mut(i) {
                    *slot = here;
                }
                if let Some(slot) = self.dom.parent(i).and_then(|p| most.get_mut(p)) {
                    *slot = (*slot).max(here);
                }
            }
            most
        });
        most.get(id).copied().unwrap_or(0)
    }
}

/// Whether an element is part of a code listing (inside `<pre>` or `<code>`, looked for a
/// bounded way up).
fn in_code(dom: &Dom, id: NodeId) -> bool {
    dom.ancestors(id)
        .take(6)
        .any(|a| matches!(dom.tag(a), Some(&tag!("pre") | &tag!("code"))))
}

/// The nearest `<article>` around an element (looked for a bounded way up, so deep pages
/// stay linear).
fn enclosing_story(dom: &Dom, id: NodeId) -> Option<NodeId> {
    dom.ancestors(id)
        .take(64)
        .find(|&a| dom.is(a, &tag!("article")))
}

/// An `<article>` inside a story that is too small to be a story itself (one or two
/// short blocks of prose) and a small part of the story: an embedded social post, an
/// "Also read" card, a product box. (A forum post's body, marked up as an article inside
/// the post's article, is most of it.)
fn is_embed(stats: &Stats, id: NodeId, story: NodeId) -> bool {
    stats.prose_blocks(id) <= 2
        && stats.prose(id) < crate::roots::MIN_STORY_PROSE
        && stats.prose(id) * 2 < stats.prose(story)
}

/// React's streaming renderer sends late content in `<div hidden id="S:0">` and moves it
/// into place with a script: it is visible on the finished page.
fn is_streamed_content(el: &crate::dom::Element) -> bool {
    el.attr("hidden").is_some() && el.attr("id").is_some_and(|id| id.starts_with("S:"))
}

/// A collapsed accordion or tab panel (`role=region`/`tabpanel` labelled by its toggle):
/// hidden until the reader opens it, but the page's text.
fn is_collapsed_panel(el: &crate::dom::Element) -> bool {
    el.attr("role")
        .is_some_and(|r| bp::PANEL_ROLES.contains(&r.trim().to_ascii_lowercase().as_str()))
        && el.attr("aria-labelledby").is_some()
        && el
            .attr("aria-hidden")
            .is_none_or(|v| !v.trim().eq_ignore_ascii_case("true"))
}

/// `hidden`, `aria-hidden=true` or an inline style that hides the element.
fn is_hidden(el: &crate::dom::Element) -> bool {
    is_hidden_from_all(el)
        || el
            .attr("aria-hidden")
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
}

/// `hidden` or an inline style that hides the element from every reader (not only from
/// assistive technology, as `aria-hidden` does).
fn is_hidden_from_all(el: &crate::dom::Element) -> bool {
    el.attr("hidden").is_some() || el.attr("style").is_some_and(|s| HIDDEN_STYLE.is_match(s))
}

/// A short text that is a label ("Advertisement", "Share") or player control text.
pub(crate) fn is_player_or_label(s: &str) -> bool {
    is_label_text(s)
        || (s.len() <= PLAYER_TEXT_MAX_BYTES && PLAYER_TEXT.is_match(&text::normalize(s)))
}

/// Player controls and their announcements are short: a longer text is prose, even one that
/// ends in ", selected" or opens with "Stream type" (and is not normalised and matched).
const PLAYER_TEXT_MAX_BYTES: usize = 400;

fn is_label_text(s: &str) -> bool {
    if s.len() > 64 {
        return false;
    }
    let key = text::label_key(s);
    !key.is_empty() && bp::LABEL_TEXTS.contains(&key.as_str())
}

/// A heading such as "Recommended Articles" or "Most read" opens a block of links to other
/// stories: the smallest ancestor that holds more than the heading, when it is mostly links
/// or holds little of the page's prose, is boilerplate.
fn mark_related_sections(dom: &Dom, stats: &Stats, removed: &mut [bool]) {
    let total_prose = stats.prose(0).max(1) as f32;
    for id in 0..dom.len() {
        if !is_heading_like(dom, stats, id) {
            continue;
        }
        let key = text::label_key(&dom.text(id));
        let says = |h: &&str| key == *h || (key.starts_with(h) && key.len() < h.len() + 24);
        let fine_print = dom.tag(id).is_some_and(crate::dom::is_heading)
            && bp::FINE_PRINT_HEADINGS.iter().any(says);
        if !fine_print && !bp::RELATED_HEADINGS.iter().any(says) {
            continue;
        }
        let mut section = id;
        while let Some(p) = dom.parent(section) {
            if stats.text(p) > stats.text(section) || p == 0 {
                section = p;
                break;
            }
            section = p;
        }
        // Prose before the heading in its section: the section is an article body that the
        // heading merely ends ("You might also like" after the last paragraph), so only the
        // heading goes; its links fall to the link filters.
        let before: u32 = dom
            .child_elements(section)
            .filter(|&c| dom.end(c) <= id)
            .map(|c| stats.prose(c))
            .sum();
        let small = (stats.prose(section) as f32) < total_prose * PROTECT_SHARE;
        // "Read next" over a whole appended story (infinite scroll) is a separator: only
        // the heading goes.
        let whole = before < BODY_BEFORE_RELATED
            && (small || stats.link_density(section) > 0.5)
            && !holds_story(dom, stats, section);
        let target = if whole { section } else { id };
        for slot in removed.get_mut(dom.subtree(target)).into_iter().flatten() {
            *slot = true;
        }
    }
}

/// A sign-up box (newsletter, alerts) holds at most this much prose around its form: its
/// pitch and the small print.
const SIGNUP_MAX_PROSE: u32 = 400;
/// … and at most this much text in all.
const SIGNUP_MAX_TEXT: u32 = 800;
/// A sign-up box is at most this many levels around its field (which keeps the climb
/// short on deeply nested pages full of fields).
const SIGNUP_MAX_LEVELS: usize = 16;

/// An e-mail field opens a sign-up box ("Subscribe to our newsletter", its pitch, the
/// consent line): the largest ancestor that still holds little text is boilerplate.
fn mark_signup_boxes(
    dom: &Dom,
    stats: &Stats,
    protected: &dyn Fn(NodeId) -> bool,
    removed: &mut [bool],
) {
    for input in dom.elements_named(&tag!("input")) {
        let email = dom
            .attr(input, "type")
            .is_some_and(|t| t.trim().eq_ignore_ascii_case("email"));
        if !email {
            continue;
        }
        let mut boxed = input;
        for a in dom.ancestors(input).take(SIGNUP_MAX_LEVELS) {
            let small = stats.prose(a) <= SIGNUP_MAX_PROSE && stats.text(a) <= SIGNUP_MAX_TEXT;
            if !small || protected(a) || matches!(dom.tag(a), Some(&tag!("body") | &tag!("html"))) {
                break;
            }
            boxed = a;
        }
        for slot in removed.get_mut(dom.subtree(boxed)).into_iter().flatten() {
            *slot = true;
        }
    }
}

/// Prose (characters) before a "related" heading that makes its section an article body
/// rather than a related block.
const BODY_BEFORE_RELATED: u32 = 200;

/// A heading element, or a short element whose text is all in one line (`<div
/// class="title">Most read</div>`).
/// Longer than any related-section heading ("Das könnte Sie auch interessieren" and a tail).
const HEADING_LABEL_MAX_CHARS: u32 = 200;

fn is_heading_like(dom: &Dom, stats: &Stats, id: NodeId) -> bool {
    match dom.tag(id) {
        // A heading that long says more than a section label (and reading its text for every
        // heading nested in another would cost quadratic time).
        Some(n) if crate::dom::is_heading(n) => stats.text(id) <= HEADING_LABEL_MAX_CHARS,
        Some(n)
            if matches!(
                *n,
                tag!("div") | tag!("span") | tag!("p") | tag!("strong") | tag!("header")
            ) =>
        {
            stats.text(id) > 0 && stats.text(id) <= 40 && dom.child_elements(id).count() <= 1
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::Limits;

    fn kept_text(html: &str) -> String {
        let dom = Dom::parse(html, &Limits::default()).unwrap();
        let removed = boilerplate(&dom);
        (0..dom.len())
            .filter(|&i| !removed[i])
            .filter_map(|i| dom.text_of(i))
            .collect::<Vec<_>>()
            .join("|")
    }

    #[test]
    fn a_threads_posts_marked_as_comments_are_its_content() {
        let post = |i: usize| {
            format!(
                "<div class=\"ipsComment_content\" id=\"comment-{i}_wrap\"><p>Reply {i}: the bigger battery gives me about eighteen miles.</p></div>"
            )
        };
        let html = format!(
            "<body><h1>Range?</h1>{}<div class=\"share-comments\">Share this comment</div></body>",
            (0..6).map(post).collect::<String>()
        );
        let kept = |thread| {
            let dom = Dom::parse(&html, &Limits::default()).unwrap();
            let removed = boilerplate_of(&dom, thread);
            (0..dom.len())
                .filter(|&i| !removed[i])
                .filter_map(|i| dom.text_of(i))
                .collect::<String>()
        };
        let thread = kept(Thread::Yes);
        assert!(thread.contains("Reply 5"), "{thread}");
        assert!(!thread.contains("Share this"), "{thread}");
        assert!(!kept(Thread::No).contains("Reply"));
    }

    #[test]
    fn a_wrapper_holding_most_of_the_page_is_kept_whatever_its_name() {
        // `<div id="top">` around a short page: "top" says header, but the element holds
        // the page's text.
        let html = "<body><div class=p-pageWrapper id=top><p>I passed the boards on my second try, with a twelve-week schedule and old notes.</p></div><div id=side><a href=/x>Other forums</a></div></body>";
        let kept = kept_text(html);
        assert!(kept.contains("second try"), "{kept}");
    }

    #[test]
    fn noscript_is_kept_only_when_it_holds_the_page() {
        let post = "<p>My printer stopped working after the update and nothing I tried has fixed it so far.</p>";
        let menu = "<li><a href=\"/c\">A category of the forum, listed for readers without scripts</a></li>"
            .repeat(3);
        let html = format!(
            "<body><div id=app></div><noscript><div class=topic>{}</div></noscript><noscript><ul>{menu}</ul></noscript></body>",
            post.repeat(30)
        );
        let kept = kept_text(&html);
        assert!(kept.contains("My printer stopped"));
        assert!(!kept.contains("A category"));
    }

    #[test]
    fn removes_players_share_bars_and_labels() {
        let html = r#"<body><div class="video-js"><span>Current Time 0:00</span></div>
            <div class="ShareBar_root__3kP">Facebook</div><p>Advertisement</p>
            <div class="ArticleBody_body__x7"><p>Real text that is long enough to be prose, with words.</p></div>
            <div hidden>secret</div><div style="display: none">gone</div></body>"#;
        let kept = kept_text(html);
        assert!(kept.contains("Real text"));
        for gone in [
            "Current Time",
            "Facebook",
            "Advertisement",
            "secret",
            "gone",
        ] {
            assert!(!kept.contains(gone), "{gone} leaked: {kept}");
        }
    }

    #[test]
    fn removes_disclosures_however_long() {
        let fine_print = "Investing involves risk, including the loss of principal, and past results are no guarantee of future results. ".repeat(4);
        let html = format!(
            r#"<body><main><p>{body}</p></main><div class="cmp-richtext--disclaimer"><p>{fine_print}</p></div>
            <div id="disclosures"><p>{fine_print}</p></div></body>"#,
            body = "Real text that is long enough to be prose, with words. ".repeat(12)
        );
        let kept = kept_text(&html);
        assert!(kept.contains("Real text"));
        assert!(!kept.contains("Investing involves"), "{kept}");
    }

    #[test]
    fn the_page_footer_goes_even_beside_a_short_article() {
        let html = format!(
            r#"<body><div class="content"><p>A short notice of a few words, with a comma, and an end.</p></div>
            <footer id="page-footer"><p>{about}</p></footer></body>"#,
            about = "About the agency: offices, opening hours, accessibility and other notes. "
                .repeat(5)
        );
        let kept = kept_text(&html);
        assert!(kept.contains("A short notice"));
        assert!(!kept.contains("About the agency"), "{kept}");
        // A footer inside the story (its closing notes) is judged like any other element.
        let inside = format!(
            "<body><article><p>{}</p><footer><p>{}</p></footer></article></body>",
            "Story. ".repeat(5),
            "The closing note of the story, long and wordy. ".repeat(8)
        );
        assert!(kept_text(&inside).contains("closing note"));
    }

    #[test]
    fn collapsed_accordion_panels_are_text() {
        let html = r#"<body><div class="accordion"><button id="q1" aria-controls="a1">Step 1</button>
            <div id="a1" role="region" aria-labelledby="q1" style="display:none"><p>Gather twelve months of bills.</p></div>
            <div role="region" aria-labelledby="q1" hidden aria-hidden="true"><p>Gone for all.</p></div>
            <div style="display:none"><p>Mobile menu.</p></div></div></body>"#;
        let kept = kept_text(html);
        assert!(kept.contains("Gather twelve months"), "{kept}");
        assert!(
            !kept.contains("Gone for all") && !kept.contains("Mobile menu"),
            "{kept}"
        );
    }

    #[test]
    fn highlighted_code_keeps_its_comments() {
        let html = r#"<body><p>Prose before the listing, long enough to be prose.</p><pre><code class="hljs"><span class="hljs-comment"># initialize git</span>
git init</code></pre><div class="comments">Reader comment</div></body>"#;
        let kept = kept_text(html);
        assert!(kept.contains("# initialize git"), "{kept}");
        assert!(!kept.contains("Reader comment"), "{kept}");
    }

    #[test]
    fn protects_the_article_from_its_own_classes() {
        let body =
            "<p>This is a long paragraph of article prose, written to be kept.</p>".repeat(5);
        let html = format!(r#"<body><div class="entry-content share-enabled">{body}</div></body>"#);
        assert!(kept_text(&html).contains("article prose"));
    }

    #[test]
    fn a_page_behind_an_anti_flicker_guard_is_kept_but_a_hidden_part_is_not() {
        let body =
            "<p>This is a long paragraph of article prose, written to be kept.</p>".repeat(6);
        let guarded = format!(
            r#"<body><div style="visibility:hidden;min-height:100vh"><h1>Title</h1>{body}</div></body>"#
        );
        assert!(kept_text(&guarded).contains("article prose"));
        let part = format!(
            r#"<body><div>{body}</div><div style="visibility: hidden"><p>A hidden paragraph that readers never see on the page.</p></div></body>"#
        );
        assert!(!kept_text(&part).contains("hidden paragraph"));
        let none = format!(r#"<body><div style="display:none">{body}</div></body>"#);
        assert!(!kept_text(&none).contains("article prose"));
    }

    #[test]
    fn a_consent_managers_policy_text_goes_however_long() {
        let post = "<p>Just got the new case, the airflow is great and the glass is thick.</p>";
        let policy =
            "<p>When you visit any website, it may store or retrieve information on your browser.</p>"
                .repeat(10);
        let html = format!(
            r#"<body><div class="thread">{post}</div><div id="onetrust-pc-sdk" class="otPcCenter">{policy}</div></body>"#
        );
        let kept = kept_text(&html);
        assert!(
            kept.contains("airflow") && !kept.contains("retrieve information"),
            "{kept}"
        );
    }

    #[test]
    fn a_story_opened_in_an_overlay_is_kept_with_it() {
        let story =
            "<p>The cargo ship broke up in the atmosphere minutes after the launch.</p>".repeat(4);
        let stream =
            "<p>Another headline of the stream, with a line of summary under it.</p>".repeat(8);
        let html = format!(
            r#"<body><div class="stream">{stream}</div><div id="render-target-modal" class="modal"><article>{story}</article></div></body>"#
        );
        assert!(kept_text(&html).contains("cargo ship"));
        // Without a story element it is a modal like any other.
        let plain = html
            .replace("<article>", "<div>")
            .replace("</article>", "</div>");
        assert!(!kept_text(&plain).contains("cargo ship"));
    }

    #[test]
    fn forum_signatures_go() {
        let body = "<p>This is a long paragraph of a forum post, written to be kept.</p>".repeat(5);
        let html = format!(
            r#"<body><div class="post">{body}<div class="signature">CPU: Ryzen 5 7600, GPU: RTX 4070</div><div data-role="memberSignature"><p>Message me on discord for more help</p></div></div></body>"#
        );
        let kept = kept_text(&html);
        assert!(kept.contains("forum post"), "{kept}");
        assert!(
            !kept.contains("Ryzen") && !kept.contains("discord"),
            "{kept}"
        );
    }

    #[test]
    fn a_sign_up_box_goes_with_its_pitch_but_not_the_story_around_it() {
        let body =
            "<p>This is a long paragraph of article prose, written to be kept.</p>".repeat(8);
        let signup = r#"<div class="cta"><p>Get more travel content</p><p>Subscribe to a free daily newsletter with the best of travel, every morning.</p><form><input type="email" placeholder="Your email"><button>Submit</button></form><p>By subscribing you agree to our terms.</p></div>"#;
        let kept = kept_text(&format!("<body><div>{body}{signup}</div></body>"));
        assert!(kept.contains("article prose"), "{kept}");
        assert!(
            !kept.contains("free daily newsletter") && !kept.contains("By subscribing"),
            "{kept}"
        );
        // Without an e-mail field it is only text.
        let plain = signup.replace(r#"type="email""#, r#"type="search""#);
        let kept = kept_text(&format!("<body><div>{body}{plain}</div></body>"));
        assert!(kept.contains("free daily newsletter"), "{kept}");
    }

    #[test]
    fn fine_print_goes_under_a_heading_but_not_under_a_label() {
        let body =
            "<p>This is a long paragraph of article prose, written to be kept.</p>".repeat(5);
        let note = "<p>This blog is provided for general informational purposes only and is no advice.</p>";
        let headed = format!(
            "<body><div>{body}</div><div class=\"box\"><h3>Disclaimer</h3>{note}</div></body>"
        );
        let kept = kept_text(&headed);
        assert!(
            kept.contains("article prose") && !kept.contains("informational purposes"),
            "{kept}"
        );
        // A short `<div>` saying so labels footnotes that belong to the page.
        let labelled = format!(
            "<body><div>{body}</div><div class=\"box\"><div>Disclaimers:</div>{note}</div></body>"
        );
        assert!(kept_text(&labelled).contains("informational purposes"));
    }

    #[test]
    fn removes_related_sections_by_heading() {
        let body =
            "<p>This is a long paragraph of article prose, written to be kept.</p>".repeat(5);
        let html = format!(
            r#"<body><div>{body}</div><div><h3>Recommended Articles</h3><ul><li><a href=/a>Some other story with a long headline</a></li></ul></div></body>"#
        );
        let kept = kept_text(&html);
        assert!(!kept.contains("Some other story"), "{kept}");
        let bio = format!(
            r#"<body><div>{body}</div><div class="box"><h4>About the Author</h4><p>Jane Doe has covered energy for ten years, and writes about grids, prices and the people who run them.</p></div></body>"#
        );
        let kept = kept_text(&bio);
        assert!(
            kept.contains("article prose") && !kept.contains("covered energy"),
            "{kept}"
        );
    }
}
