//! Boilerplate: which subtrees never reach an article's paragraphs.
//!
//! The result is a flag per node (`true` = boilerplate), already inherited by every
//! descendant. Nothing is deleted from the tree: metadata still reads headers, bylines and
//! `<meta>` from the whole document.

use std::sync::LazyLock;

use regex::Regex;

use crate::dom::{Dom, NodeId, tag};
use crate::patterns::{self, boilerplate as bp, labels};
use crate::score::{self, Stats};
use crate::text;
use protection::{PROTECT_SHARE, Protection};

static PLAYER_TEXT: LazyLock<Regex> = LazyLock::new(|| patterns::compile(bp::PLAYER_TEXT));
static HIDDEN_STYLE: LazyLock<Regex> = LazyLock::new(|| patterns::compile(bp::HIDDEN_STYLE));
static CONSENT_MANAGER: LazyLock<Regex> = LazyLock::new(|| patterns::compile(bp::CONSENT_MANAGERS));
static DISPLAY_NONE: LazyLock<Regex> = LazyLock::new(|| patterns::compile(bp::DISPLAY_NONE));

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
    let protection = Protection::new(&before);
    let protected = |id: NodeId| protection.element(id);
    let stories = StoryProse::new(dom, &before);
    let sheet = stylesheet::HiddenClasses::of(dom);
    let mut removed = vec![false; dom.len()];
    let mut i = 0;
    while i < dom.len() {
        if mark(dom, i, &before, &stories, &sheet, &protection, thread) {
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
            mark_subtree(dom, &mut removed, i);
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
    prose >= crate::story::MIN_STORY_PROSE
        && dom.subtree(section).any(|i| {
            stats.prose(i) * 10 >= prose * 7
                && stats.prose_blocks(i) >= 3
                && dom.element(i).is_some()
                && crate::story::is_separate_story(dom, stats, i)
        })
}

/// Whether the node at `id` (and so its subtree) is boilerplate.
fn mark(
    dom: &Dom,
    id: NodeId,
    stats: &Stats,
    stories: &StoryProse<'_>,
    sheet: &stylesheet::HiddenClasses,
    protection: &Protection<'_>,
    thread: Thread,
) -> bool {
    let protected = |id: NodeId| protection.element(id);
    if let Some(t) = dom.text_of(id) {
        // A label's word inside a sentence ("you can <a>share</a> it") is the sentence's.
        let in_sentence = dom.parent(id).is_some_and(|p| {
            dom.element(p).is_some_and(|e| is_inline(&e.name)) && beside_text(dom, p)
        });
        return is_label_text(t) && !in_sentence;
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
    let flicker_guard = stats.prose(id) as f32
        >= stats.prose(0).max(1) as f32 * FLICKER_GUARD_SHARE
        && el.attr("hidden").is_none()
        && el
            .attr("style")
            .is_some_and(|s| HIDDEN_STYLE.is_match(s) && !DISPLAY_NONE.is_match(s));
    if is_hidden(el) && !behind_modal && !flicker_guard {
        return !is_streamed_content(el) && !is_collapsed_panel(el);
    }
    // A class the page's stylesheet hides (a template's unused sections), unless that is
    // most of the page (content a script reveals once loaded).
    if sheet.hides(el.attr("class"))
        && !protected(id)
        && !holds_story_element(stats, stories, id)
        && !is_collapsed_panel(el)
    {
        return true;
    }
    if el
        .attr("role")
        .is_some_and(|r| bp::DROP_ROLES.contains(&r.trim().to_ascii_lowercase().as_str()))
    {
        return !protected(id) && !holds_story_element(stats, stories, id);
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
        // A form is a sign-up, search or order box however long its small print, but for
        // a forum's moderation form wrapped around its posts.
        let ambiguous = el.name == tag!("form") && thread == Thread::Yes;
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
    // An inline element in the middle of a sentence (a link styled "recommendation-link")
    // is part of the sentence, whatever its class says.
    if is_inline(&el.name) && beside_text(dom, id) {
        return false;
    }
    let sig = score::class_signal(dom, id);
    let post = thread == Thread::Yes && sig.only_discussion;
    // Not when it holds prose of its own and its row of siblings so named holds most of
    // the page's (`…__Section--Ads`); rows are only read for such elements, so a page of
    // a thousand ad slots costs nothing more.
    let row = sig.strong_negative
        && !sig.only_discussion
        && stats.prose(id) >= AMBIGUOUS_MAX_PROSE
        && protection.row(dom, id);
    if sig.strong_negative
        && !protected(id)
        && !post
        && !row
        && !holds_story_element(stats, stories, id)
    {
        return true;
    }
    let little_prose = stats.prose(id) < AMBIGUOUS_MAX_PROSE || stats.link_density(id) > 0.5;
    if sig.weak_negative && !sig.positive && little_prose && !protected(id) {
        return true;
    }
    stats.text(id) > 0 && stats.text(id) < 60 && is_player_or_label(&dom.text(id))
}

/// Elements set inside a line of text.
fn is_inline(name: &html5ever::LocalName) -> bool {
    matches!(
        *name,
        tag!("a")
            | tag!("span")
            | tag!("em")
            | tag!("strong")
            | tag!("b")
            | tag!("i")
            | tag!("abbr")
            | tag!("mark")
            | tag!("small")
    )
}

/// Whether a node has words right before or after it in its parent (a text sibling that is
/// not only whitespace), looked up in constant time.
fn beside_text(dom: &Dom, id: NodeId) -> bool {
    let parent = dom.parent(id);
    let words = |i: NodeId| {
        dom.parent(i) == parent
            && dom
                .text_of(i)
                .is_some_and(|t| t.chars().any(char::is_alphanumeric))
    };
    id.checked_sub(1).is_some_and(words) || words(dom.end(id))
}

/// A story element (`<article>`, an Article item) with at least this share of the page's
/// prose makes its container the story's, whatever the container is called.
const STORY_SHARE: f32 = 0.25;

/// Whether an element holds the page's story element: an article opened in an overlay
/// (`<div class="modal"><article>…`), saved while open.
fn holds_story_element(stats: &Stats, stories: &StoryProse<'_>, id: NodeId) -> bool {
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
                    && crate::story::is_story_element(self.dom, i)
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
        && stats.prose(id) < crate::story::MIN_STORY_PROSE
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
    !key.is_empty() && labels::LABEL_TEXTS.contains(&key.as_str())
}

/// Marks a node and its subtree as boilerplate.
pub(crate) fn mark_subtree(dom: &Dom, removed: &mut [bool], id: NodeId) {
    for slot in removed.get_mut(dom.subtree(id)).into_iter().flatten() {
        *slot = true;
    }
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
        let opens_with =
            |h: &str, tail: usize| key == h || (key.starts_with(h) && key.len() < h.len() + tail);
        let says = |h: &&str| opens_with(h, RELATED_TAIL_MAX);
        let fine_print = dom.tag(id).is_some_and(crate::dom::is_heading)
            && labels::FINE_PRINT_HEADINGS
                .iter()
                .any(|h| opens_with(h, FINE_PRINT_TAIL_MAX));
        if !fine_print && !labels::RELATED_HEADINGS.iter().any(says) {
            continue;
        }
        // A heading that only opens with a loose related label ("Recommended
        // configuration", "Popular dishes") names a related block when the rest says what
        // is listed ("Related posts") or the block is links.
        let loosely = !fine_print
            && !labels::RELATED_HEADINGS.iter().any(|h| {
                says(h)
                    && (key == *h
                        || !labels::LOOSE_RELATED_LABELS.contains(h)
                        || names_listed_things(key.get(h.len()..).unwrap_or("")))
            });
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
        if loosely && stats.link_density(section) < LOOSE_RELATED_MIN_LINKS {
            continue;
        }
        let target = if whole { section } else { id };
        mark_subtree(dom, removed, target);
    }
}

/// A related heading says more than its label by at most this many bytes ("Trending
/// stories in world travel") …
const RELATED_TAIL_MAX: usize = 32;
/// … a fine-print heading by at most this many ("Why trust Reviewed?", not "Why trust
/// FreightWaves Checkpoint?", a site's account of its own method).
const FINE_PRINT_TAIL_MAX: usize = 24;

/// Whether the rest of a heading after a loose related label names what a related block
/// lists ("posts", "stories", "reading"; whole words: "formats" or "storage" do not).
fn names_listed_things(tail: &str) -> bool {
    tail.split(|c: char| !c.is_alphanumeric())
        .any(|w| labels::LISTED_THINGS.contains(&w))
}

/// A heading that merely opens with a related label ends the article only when its
/// section is at least this share links.
const LOOSE_RELATED_MIN_LINKS: f32 = 0.25;

/// A sign-up box (newsletter, alerts) holds at most this much prose around its form: its
/// pitch and the small print.
const SIGNUP_MAX_PROSE: u32 = 400;
/// … and at most this much text in all.
const SIGNUP_MAX_TEXT: u32 = 800;
/// A sign-up box is at most this many levels around its field (which keeps the climb
/// short on deeply nested pages full of fields).
const SIGNUP_MAX_LEVELS: usize = 16;

/// An e-mail or phone field opens a sign-up box ("Subscribe to our newsletter", "Get
/// deals by text", its pitch, the consent line): the largest ancestor that still holds
/// little text is boilerplate.
fn mark_signup_boxes(
    dom: &Dom,
    stats: &Stats,
    protected: &dyn Fn(NodeId) -> bool,
    removed: &mut [bool],
) {
    for input in dom.elements_named(&tag!("input")) {
        let email = dom.attr(input, "type").is_some_and(|t| {
            let t = t.trim();
            t.eq_ignore_ascii_case("email") || t.eq_ignore_ascii_case("tel")
        });
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
        // A box marked already (by an earlier field in it) is not marked again: a page of a
        // million fields in one wrapper stays linear.
        if !removed.get(boxed).copied().unwrap_or(true) {
            mark_subtree(dom, removed, boxed);
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

mod protection;
mod stylesheet;

#[cfg(test)]
mod tests;
