//! Per-node text statistics, computed in linear passes over the arena (pre-order forward
//! for inherited flags, reverse for subtree sums), and the class/id weights built on them.

use std::sync::LazyLock;

use regex::Regex;

use crate::dom::{Dom, NodeId, tag};
use crate::patterns::TokenSet;
use crate::patterns::boilerplate as bp;

/// Text amounts per node, summed over its subtree.
#[derive(Debug, Default)]
pub(crate) struct Stats {
    /// Visible characters of text (no whitespace), script and style excluded.
    pub text: Vec<u32>,
    /// Of which inside links.
    pub link: Vec<u32>,
    /// Characters in prose blocks: blocks whose own text is a sentence or more and mostly
    /// not links.
    pub prose: Vec<u32>,
    /// Number of prose blocks.
    pub prose_blocks: Vec<u32>,
    /// Prose characters of the node's own text (not its descendant blocks').
    pub own_prose: Vec<u32>,
}

/// The least own text for a block to count as prose.
const PROSE_MIN_CHARS: u32 = 25;

impl Stats {
    /// Computes the statistics of every node, skipping subtrees marked in `removed`.
    pub fn compute(dom: &Dom, removed: &[bool]) -> Stats {
        let n = dom.len();
        let mut s = Stats {
            text: vec![0; n],
            link: vec![0; n],
            prose: vec![0; n],
            prose_blocks: vec![0; n],
            own_prose: vec![0; n],
        };
        let mut own_text = vec![0u32; n];
        let mut own_link = vec![0u32; n];
        let mut in_link = vec![false; n];
        let mut owner = vec![0usize; n];
        for i in 0..n {
            if removed.get(i).copied().unwrap_or(false) {
                continue;
            }
            let parent = dom.parent(i);
            let parent_link = parent
                .and_then(|p| in_link.get(p).copied())
                .unwrap_or(false);
            let parent_owner = parent.and_then(|p| owner.get(p).copied()).unwrap_or(0);
            if let Some(name) = dom.tag(i) {
                set(&mut in_link, i, parent_link || *name == tag!("a"));
                set(&mut owner, i, if is_block(name) { i } else { parent_owner });
            } else if let Some(t) = dom.text_of(i) {
                if dom
                    .parent(i)
                    .and_then(|p| dom.tag(p))
                    .is_some_and(crate::dom::is_non_text)
                {
                    continue;
                }
                let len = crate::text::visible_len(t) as u32;
                add(&mut s.text, i, len);
                add(&mut own_text, parent_owner, len);
                if parent_link {
                    add(&mut s.link, i, len);
                    add(&mut own_link, parent_owner, len);
                }
            }
        }
        for i in 0..n {
            let t = own_text.get(i).copied().unwrap_or(0);
            let l = own_link.get(i).copied().unwrap_or(0);
            if t >= PROSE_MIN_CHARS && l * 2 < t {
                add(&mut s.prose, i, t - l);
                add(&mut s.own_prose, i, t - l);
                add(&mut s.prose_blocks, i, 1);
            }
        }
        for i in (1..n).rev() {
            if let Some(p) = dom.parent(i) {
                for v in [&mut s.text, &mut s.link, &mut s.prose, &mut s.prose_blocks] {
                    let x = v.get(i).copied().unwrap_or(0);
                    add(v, p, x);
                }
            }
        }
        s
    }

    /// Share of a node's text that sits in links (0 when it has no text).
    pub fn link_density(&self, id: NodeId) -> f32 {
        let t = get(&self.text, id);
        if t == 0 {
            0.0
        } else {
            get(&self.link, id) as f32 / t as f32
        }
    }

    /// Prose characters under a node.
    pub fn prose(&self, id: NodeId) -> u32 {
        get(&self.prose, id)
    }

    /// Text characters under a node.
    pub fn text(&self, id: NodeId) -> u32 {
        get(&self.text, id)
    }

    /// Prose blocks under a node.
    pub fn prose_blocks(&self, id: NodeId) -> u32 {
        get(&self.prose_blocks, id)
    }
}

fn get(v: &[u32], i: usize) -> u32 {
    v.get(i).copied().unwrap_or(0)
}

fn add(v: &mut [u32], i: usize, x: u32) {
    if let Some(slot) = v.get_mut(i) {
        *slot = slot.saturating_add(x);
    }
}

fn set<T>(v: &mut [T], i: usize, x: T) {
    if let Some(slot) = v.get_mut(i) {
        *slot = x;
    }
}

/// Elements that start a new block of text.
pub(crate) fn is_block(name: &html5ever::LocalName) -> bool {
    matches!(
        *name,
        tag!("p")
            | tag!("div")
            | tag!("section")
            | tag!("article")
            | tag!("main")
            | tag!("li")
            | tag!("ul")
            | tag!("ol")
            | tag!("dl")
            | tag!("dd")
            | tag!("dt")
            | tag!("h1")
            | tag!("h2")
            | tag!("h3")
            | tag!("h4")
            | tag!("h5")
            | tag!("h6")
            | tag!("blockquote")
            | tag!("pre")
            | tag!("table")
            | tag!("tr")
            | tag!("td")
            | tag!("th")
            | tag!("figure")
            | tag!("header")
            | tag!("footer")
            | tag!("aside")
            | tag!("nav")
            | tag!("form")
            | tag!("body")
            | tag!("html")
            | tag!("center")
            | tag!("address")
            | tag!("fieldset")
            | tag!("details")
            | tag!("summary")
            | tag!("hr")
    )
}

/// What an element's class and id say about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct ClassSignal {
    /// A token that marks boilerplate whatever else is said.
    pub strong_negative: bool,
    /// A token that marks boilerplate unless content is said too.
    pub weak_negative: bool,
    /// A token that marks article content.
    pub positive: bool,
    /// The strong negatives are all discussion tokens ("comment"): boilerplate on
    /// a story's page, the content of a forum thread's.
    pub only_discussion: bool,
}

/// Reads an element's class and id tokens. Strong negatives count anywhere in a name;
/// weak negatives and positives only as a name's head, its last word ("ArticleTags" is
/// tags, "ArticleBody" is a body, "sidebar-content" is content), with CSS-module hashes
/// (`__x7Gk2`) left out; a BEM name has a head for its block and for its element.
pub(crate) fn class_signal(dom: &Dom, id: NodeId) -> ClassSignal {
    static STRONG: TokenSet = TokenSet::new(bp::STRONG_NEGATIVE_TOKENS);
    static WEAK: TokenSet = TokenSet::new(bp::WEAK_NEGATIVE_TOKENS);
    static POSITIVE: TokenSet = TokenSet::new(bp::POSITIVE_TOKENS);
    static SUBSTRINGS: LazyLock<Regex> = LazyLock::new(|| {
        let words: Vec<String> = bp::NEGATIVE_SUBSTRINGS
            .iter()
            .map(|w| regex::escape(w))
            .collect();
        crate::patterns::compile(&format!("(?i-u){}", words.join("|")))
    });
    static DISCUSSION: TokenSet = TokenSet::new(bp::DISCUSSION_TOKENS);
    static STYLE_PROPERTIES: TokenSet = TokenSet::new(bp::STYLE_PROPERTY_TOKENS);
    let mut sig = ClassSignal::default();
    let mut other_strong = false;
    for attr in ["class", "id"] {
        let Some(value) = dom.attr(id, attr) else {
            continue;
        };
        if attr == "id" && is_heading_anchor(dom, id, value) {
            // `<div class="section" id="sharing-with-a-single-developer">` under the heading
            // "Sharing with a single developer": the id names the section's title, not a
            // widget.
            continue;
        }
        for m in SUBSTRINGS.find_iter(value) {
            sig.strong_negative = true;
            other_strong |= !DISCUSSION.contains(m.as_str());
        }
        for name in value.split_whitespace() {
            sig.positive |= is_content_widget(name);
            let mut author_box = AuthorBoxName::default();
            for part in strip_module_hash(name).split("__") {
                // Every token may be strongly negative; the last one that is not a number
                // is the name's head noun, which says what the element is.
                let mut head = None;
                // The token before the head: a style property ("valign-top", "align-left")
                // makes the head its value, not a noun.
                let mut before_head = None;
                for t in tokens(part) {
                    if STRONG.contains(t) {
                        sig.strong_negative = true;
                        other_strong |= !DISCUSSION.contains(t);
                    }
                    if !t.chars().all(|c| c.is_ascii_digit()) {
                        before_head = head;
                        head = Some(t);
                    }
                    author_box.read(t);
                }
                let styled = before_head.is_some_and(|b| STYLE_PROPERTIES.contains(b));
                if let Some(head) = head.filter(|_| !styled) {
                    sig.weak_negative |= WEAK.contains(head);
                    sig.positive |= POSITIVE.contains(head);
                }
            }
            if author_box.is_box() {
                sig.strong_negative = true;
                other_strong = true;
            }
        }
    }
    sig.only_discussion = sig.strong_negative && !other_strong;
    sig
}

/// Whether a class names an Elementor content widget by its type
/// (`elementor-widget-text-editor`, `elementor-widget-heading`; not WordPress's sidebar
/// `widget-text`, nor `elementor-widget-wp-widget-text`): the builder wraps every block of
/// the page in a "widget", and the type says this one is text.
fn is_content_widget(name: &str) -> bool {
    name.strip_prefix("elementor-widget-").is_some_and(|kind| {
        bp::CONTENT_WIDGET_TYPES
            .iter()
            .any(|t| kind.eq_ignore_ascii_case(t))
    })
}

/// [`AuthorBoxName`] read over one whole name.
#[cfg(test)]
fn is_author_box(name: &str) -> bool {
    let mut author_box = AuthorBoxName::default();
    for t in tokens(strip_module_hash(name)) {
        author_box.read(t);
    }
    author_box.is_box()
}

/// Whether a class or id names the box about a post's author (`author-section`,
/// `author__info`, `about-the-author`): its bio, after the story, is not the story. The
/// author's name alone (`author__name`, `post-author`) is a byline, not such a box. Read
/// token by token, in the same pass that weighs the name's other tokens: whether they name
/// the author, say "about", and the last one that is not a number (the head noun).
#[derive(Default)]
struct AuthorBoxName<'a> {
    author: bool,
    about: bool,
    head: Option<&'a str>,
}

impl<'a> AuthorBoxName<'a> {
    fn read(&mut self, t: &'a str) {
        self.author |= t.eq_ignore_ascii_case("author") || t.eq_ignore_ascii_case("authors");
        self.about |= t.eq_ignore_ascii_case("about");
        if !t.chars().all(|c| c.is_ascii_digit()) {
            self.head = Some(t);
        }
    }

    fn is_box(&self) -> bool {
        static HEADS: TokenSet = TokenSet::new(bp::AUTHOR_BOX_HEADS);
        self.author && (self.about || self.head.is_some_and(|h| HEADS.contains(h)))
    }
}

/// How far into an element its own heading is looked for.
const ANCHOR_HEADING_WITHIN: usize = 8;

/// Whether an `id` is the slug of the element's own heading (the element itself or the
/// first `<h1>`–`<h6>` among its first few descendants): the same letters and digits, or
/// the opening of them, perhaps after a short prefix (WordPress's `h-what-is-…`).
fn is_heading_anchor(dom: &Dom, id: NodeId, value: &str) -> bool {
    let slug = crate::text::squash(value);
    if slug.len() < 8 {
        return false;
    }
    dom.subtree(id)
        .take(ANCHOR_HEADING_WITHIN + 1)
        .find(|&i| dom.tag(i).is_some_and(crate::dom::is_heading))
        .is_some_and(|h| {
            // Only the heading's opening is compared: a heading wrapped around the content
            // is not read whole for every anchored element above it.
            let text = crate::text::squash(&dom.text_start(h, slug.len() * 4 + 64));
            // The prefixed reading is squashed only when the plain one fails.
            text.starts_with(&slug)
                || value
                    .split_once(['-', '_'])
                    .filter(|(prefix, _)| prefix.len() <= 2)
                    .map(|(_, rest)| crate::text::squash(rest))
                    .is_some_and(|u| u.len() >= 8 && text.starts_with(&u))
        })
}

/// Drops a CSS-module hash suffix: `ArticleBody_body__x7Gk2` → `ArticleBody_body`;
/// `article-body__promo` (BEM) stays whole.
fn strip_module_hash(name: &str) -> &str {
    match name.rsplit_once("__") {
        Some((head, hash))
            if (4..=8).contains(&hash.len())
                && hash
                    .chars()
                    .any(|c| c.is_ascii_digit() || c.is_ascii_uppercase()) =>
        {
            head
        }
        _ => name,
    }
}

/// Splits a class or id value into tokens at separators and camelCase humps, without
/// allocating: `ArticleBody_body__x7Gk2 share-bar` → Article, Body, body, x7, Gk2, share,
/// bar. Compare tokens with [`is_one_of`].
pub(crate) fn tokens(value: &str) -> Tokens<'_> {
    Tokens { value, at: 0 }
}

/// The tokens of a class or id value, in order: see [`tokens`].
pub(crate) struct Tokens<'a> {
    value: &'a str,
    /// Byte offset of the rest to split.
    at: usize,
}

impl<'a> Iterator for Tokens<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let rest = self.value.get(self.at..)?;
        let mut start: Option<usize> = None;
        let mut prev_lower = false;
        for (i, c) in rest.char_indices() {
            let hump = c.is_uppercase() && prev_lower;
            if !c.is_alphanumeric() || hump {
                if let Some(s) = start {
                    self.at += i;
                    return rest.get(s..i);
                }
                if !c.is_alphanumeric() {
                    prev_lower = false;
                    continue;
                }
            }
            start.get_or_insert(i);
            prev_lower = c.is_lowercase() || c.is_ascii_digit();
        }
        self.at = self.value.len();
        start.and_then(|s| rest.get(s..))
    }
}

/// Whether a token is in a lowercase list, ignoring ASCII case.
pub(crate) fn is_one_of(token: &str, list: &[&str]) -> bool {
    list.iter().any(|t| t.eq_ignore_ascii_case(token))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_section_id_that_slugs_its_heading_carries_no_signal() {
        let html = r#"<div class="section" id="sharing-with-a-single-developer"><h2>Sharing with a single developer¶</h2><p>x</p></div>
            <div id="sharing-tools"><h2>Follow us</h2></div>
            <h3 id="h-video-production-vs-videography">Video production vs. videography</h3>"#;
        let dom = Dom::parse(html, &crate::options::Limits::default()).unwrap();
        let divs: Vec<NodeId> = dom.elements_named(&tag!("div")).collect();
        assert!(!class_signal(&dom, divs[0]).strong_negative);
        assert!(class_signal(&dom, divs[1]).strong_negative);
        // A heading's own slug, after WordPress's `h-` prefix: not a video widget.
        let h3 = dom.elements_named(&tag!("h3")).next().unwrap();
        assert!(!class_signal(&dom, h3).weak_negative);
    }

    #[test]
    fn tokens_split_hashed_and_camel_names() {
        assert_eq!(
            tokens("ArticleBody_body__x7Gk2 share-bar").collect::<Vec<_>>(),
            ["Article", "Body", "body", "x7", "Gk2", "share", "bar"]
        );
        assert_eq!(
            tokens("vjs-control-bar").collect::<Vec<_>>(),
            ["vjs", "control", "bar"]
        );
    }

    #[test]
    fn a_box_about_the_author_is_boilerplate_but_the_byline_is_not() {
        for name in [
            "author-section",
            "author__info",
            "about-the-author",
            "elementor-author-box",
            "AuthorBio",
        ] {
            assert!(is_author_box(name), "{name}");
        }
        for name in ["author__name", "post-author", "byline-author", "author"] {
            assert!(!is_author_box(name), "{name}");
        }
    }

    #[test]
    fn a_builders_text_widget_is_content_and_its_sidebar_widget_is_not() {
        let html = r#"<div class="elementor-widget elementor-widget-text-editor"><p>x</p></div>
            <div class="elementor-widget elementor-widget-posts"><p>x</p></div>
            <section class="widget widget_recent_entries"><p>x</p></section>"#;
        let dom = Dom::parse(html, &crate::options::Limits::default()).unwrap();
        let boxes: Vec<NodeId> = (0..dom.len())
            .filter(|&i| dom.attr(i, "class").is_some())
            .collect();
        let text = class_signal(&dom, boxes[0]);
        assert!(text.weak_negative && text.positive);
        for &other in &boxes[1..] {
            let sig = class_signal(&dom, other);
            assert!(sig.weak_negative && !sig.positive);
        }
    }

    #[test]
    fn a_style_propertys_value_is_no_head_noun() {
        let html = r#"<td class="tableblock halign-left valign-top">x</td>
            <div class="top">x</div>"#;
        let dom = Dom::parse(
            &format!("<table><tr>{html}</tr></table>"),
            &crate::options::Limits::default(),
        )
        .unwrap();
        let cell = dom.elements_named(&tag!("td")).next().unwrap();
        assert!(!class_signal(&dom, cell).weak_negative);
        let bar = dom.elements_named(&tag!("div")).next().unwrap();
        assert!(class_signal(&dom, bar).weak_negative);
    }
}
