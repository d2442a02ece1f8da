//! Stories appended one after another from one template: infinite scroll adds the next
//! story as a sibling of the first, built like it (same tag, mostly the same classes), each
//! with its own headline.
//!
//! A series is two to [`MAX_STORIES`] sibling containers of one template (tag and most
//! classes; hashed and numbered class names set aside; looked at through wrappers that hold
//! nothing else), each with real prose, that together hold two thirds of their parent's
//! prose, none of them a listing. Every story after the first opens with its own headline
//! (an `<h1>` or `<h2>`, linked or not, with little text before it) and shows evidence that
//! it is another story rather than the next section of a long read, weighed:
//!
//! | evidence | weight |
//! | --- | ---: |
//! | a "Next Article" / "Up next" / "Read next" separator before it | 2 |
//! | its own `data-article-id` / `data-post-id` / `data-story…`, differing from the story before | 2 |
//! | its own `data-url` / `data-permalink` / `data-slug`, differing | 1 |
//! | its headline is an `<h1>`, or links to another page of the site | 1 |
//! | its own dateline in its header | 1 |
//! | nothing but an `<hr>` between it and the story before | 1 |
//!
//! and needs [`MIN_EVIDENCE`]: one weak piece alone is as often a section of one page (a
//! product page's dated reviews, a guide's `<h1>` sections, a related grid's linked
//! headings, a long read ruled off with `<hr>`s). The first story may take its headline from
//! the page (an `<h1>` set above its container). A sibling of the template that does not
//! follow as a story (closing notes, a legal box) is left out of the series.

use crate::dom::{Dom, NodeId, tag};
use crate::patterns::labels;
use crate::score::Stats;
use crate::story::{MIN_STORY_PROSE, has_dateline, opening_headline};

use super::{MAX_STORIES, core, heading_link, leads_to_another_page, same_template};

/// Ancestors of the best container looked at for a series it belongs to.
const LEVELS_ABOVE: usize = 4;

/// Weight of evidence a story after the first must show (see [`follows_as_story`]): one
/// weak piece alone is as often a section of a single page (a product page's dated
/// "Reviews", a guide's sections under `<h1>` headings, a related-stories grid whose
/// headings link to the stories).
const MIN_EVIDENCE: usize = 2;
/// The weight of evidence that names a story outright: a "Next Article" separator, a
/// story's own `data-article-id`.
const STRONG: usize = 2;

/// A parent with more children of real prose than this is a body of paragraphs, not a
/// stream of stories (and grouping them by template would cost the square of their number).
const MAX_CHILDREN: usize = 8 * MAX_STORIES;

/// A separator's text is at most this long (characters).
const SEPARATOR_MAX_TEXT: u32 = 48;

/// What finding a series needs to know of the page.
pub(super) struct Context<'a> {
    pub dom: &'a Dom,
    pub removed: &'a [bool],
    pub stats: &'a Stats,
    /// The page's host, to tell a headline linking to another story of the site.
    pub host: Option<&'a str>,
    pub is_listing: &'a dyn Fn(NodeId) -> bool,
}

impl Context<'_> {
    fn kept(&self, id: NodeId) -> bool {
        !self.removed.get(id).copied().unwrap_or(true)
    }
}

/// The stories of a series in or around the best container, in page order: looked for
/// among the children of the best container and of the elements inside it that could hold
/// two stories (outermost first), then of its nearest ancestors (where the best container
/// must be one of the stories).
pub(super) fn find(cx: &Context<'_>, best: NodeId) -> Option<Vec<NodeId>> {
    let (dom, stats) = (cx.dom, cx.stats);
    let inside = dom.subtree(best).filter(|&p| {
        dom.element(p).is_some() && cx.kept(p) && stats.prose(p) >= 2 * MIN_STORY_PROSE
    });
    if let Some(found) = inside.into_iter().find_map(|p| series_in(cx, p)) {
        return Some(found);
    }
    dom.ancestors(best)
        .take(LEVELS_ABOVE)
        .take_while(|&a| !matches!(dom.tag(a), Some(&tag!("html")) | None))
        .find_map(|p| series_in(cx, p).filter(|group| group.iter().any(|&g| dom.contains(g, best))))
}

/// The series among the children of `parent`: its children with real prose grouped by
/// template (looking through wrappers that hold nothing else), and of the groups that make
/// a series, the one whose stories hold the most prose.
fn series_in(cx: &Context<'_>, parent: NodeId) -> Option<Vec<NodeId>> {
    let (dom, stats) = (cx.dom, cx.stats);
    let children: Vec<NodeId> = dom
        .child_elements(parent)
        .filter(|&c| cx.kept(c) && stats.prose(c) >= MIN_STORY_PROSE)
        .collect();
    if !(2..=MAX_CHILDREN).contains(&children.len()) {
        return None;
    }
    // One template at the child's level or inside wrappers that hold nothing else (an
    // appended story wrapped in `div.auto-load-next-post`, the first one not).
    let alike = |a: NodeId, b: NodeId| {
        let (x, y) = (core(dom, a), core(dom, b));
        [(a, b), (x, y), (a, y), (x, b)]
            .iter()
            .any(|&(p, q)| same_template(dom, p, q))
    };
    let mut groups: Vec<Vec<NodeId>> = Vec::new();
    for &c in &children {
        match groups
            .iter_mut()
            .find(|g| g.first().is_some_and(|&f| alike(f, c)))
        {
            Some(group) => group.push(c),
            None => groups.push(vec![c]),
        }
    }
    groups
        .into_iter()
        .filter(|g| g.len() >= 2)
        .filter_map(|g| stories_of(cx, parent, g))
        .max_by_key(|stories| stories.iter().map(|&s| stats.prose(s)).sum::<u32>())
}

/// The stories of one template's group: the first, and each later one that follows the
/// story before it as another story (a sibling of the template that does not, such as a
/// closing notes section, is no story); a series when two to [`MAX_STORIES`] of them hold
/// two thirds of the parent's prose and none is a listing.
fn stories_of(cx: &Context<'_>, parent: NodeId, group: Vec<NodeId>) -> Option<Vec<NodeId>> {
    let mut stories: Vec<NodeId> = Vec::with_capacity(group.len());
    for g in group {
        match stories.last() {
            None => stories.push(g),
            Some(&before) if follows_as_story(cx, parent, before, g) => stories.push(g),
            Some(_) => {}
        }
    }
    let prose: u64 = stories.iter().map(|&g| u64::from(cx.stats.prose(g))).sum();
    let is_series = (2..=MAX_STORIES).contains(&stories.len())
        && prose * 3 >= u64::from(cx.stats.prose(parent)) * 2
        && !stories.iter().any(|&g| (cx.is_listing)(g));
    is_series.then_some(stories)
}

/// Whether `story` opens with its own headline (two words or more) and shows that it is
/// another story than the one `before` it: evidence weighing at least [`MIN_EVIDENCE`]
/// (see the module's table).
fn follows_as_story(cx: &Context<'_>, parent: NodeId, before: NodeId, story: NodeId) -> bool {
    let dom = cx.dom;
    let Some(headline) = opening_headline(dom, story).filter(|&h| {
        dom.text_within(h, 400)
            .is_some_and(|t| reads_as_headline(&t))
    }) else {
        return false;
    };
    let headline_evidence = dom.is(headline, &tag!("h1"))
        || heading_link(dom, headline).is_some_and(|href| leads_to_another_page(href, cx.host));
    let weight = |e: bool, w: usize| if e { w } else { 0 };
    let evidence = weight(headline_evidence, 1)
        + weight(has_dateline(dom, cx.stats, story), 1)
        + weight(separated(cx, before, story), STRONG)
        + weight(ruled_off(cx, parent, before, story), 1)
        + match own_story_attribute(dom, parent, before, story) {
            Some(Attribute::Story) => STRONG,
            Some(Attribute::Address) => 1,
            None => 0,
        };
    evidence >= MIN_EVIDENCE
}

/// Whether a separator stands between two stories: a short block whose whole text is a
/// "next story" label (even when cleaning took it out as a label). An `<hr>` is weighed
/// apart ([`ruled_off`]), and weakly: pages rule off the sections of one document with it
/// as often as stories.
fn separated(cx: &Context<'_>, before: NodeId, story: NodeId) -> bool {
    let dom = cx.dom;
    (dom.end(before)..story)
        .filter(|&i| !dom.contains(i, story))
        .any(|i| {
            dom.element(i).is_some()
                && cx.stats.text(i) <= SEPARATOR_MAX_TEXT
                && is_separator_text(&dom.text(i))
        })
}

/// Least characters of a one-word headline in a script written without spaces (Chinese,
/// Japanese).
const HEADLINE_MIN_UNSPACED: usize = 4;

/// Whether a heading's text can be a story's headline: two words or more (one word is a
/// section's or a logo's label: "Opinion", "Reviews"), or a phrase in a script written
/// without spaces.
fn reads_as_headline(text: &str) -> bool {
    let mut words = text.split_whitespace();
    match (words.next(), words.next()) {
        (Some(_), Some(_)) => true,
        (Some(word), None) => {
            word.chars().count() >= HEADLINE_MIN_UNSPACED
                && word.chars().any(|c| c > '\u{2E80}' && c.is_alphabetic())
        }
        _ => false,
    }
}

/// Whether the only thing between two stories is an `<hr>` set between them in their
/// parent: weak evidence, as sections are ruled off too.
fn ruled_off(cx: &Context<'_>, parent: NodeId, before: NodeId, story: NodeId) -> bool {
    let dom = cx.dom;
    let top = |id: NodeId| {
        std::iter::once(id)
            .chain(dom.ancestors(id))
            .find(|&a| dom.parent(a) == Some(parent))
    };
    let (Some(from), Some(to)) = (top(before), top(story)) else {
        return false;
    };
    let between: Vec<NodeId> = dom
        .child_elements(parent)
        .filter(|&c| c > from && c < to)
        .collect();
    between.iter().any(|&c| dom.is(c, &tag!("hr")))
        && between.iter().all(|&c| cx.stats.text(c) == 0)
}

/// A "next story" label: the whole text, lowercased, punctuation and arrows trimmed.
fn is_separator_text(text: &str) -> bool {
    let t = text
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    labels::STORY_SEPARATORS.contains(&t.as_str())
}

/// What kind of story attribute two stories carry with different values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Attribute {
    /// One that names a story (`data-article-id`, `data-post-id`, `data-story`).
    Story,
    /// One that holds an address only (`data-url`, `data-permalink`): sections and cards
    /// carry those too.
    Address,
}

/// The strongest story attribute of the same name that a story and the one before it each
/// carry (on the story's element or a wrapper around it below the series' parent) with
/// different values.
fn own_story_attribute(
    dom: &Dom,
    parent: NodeId,
    before: NodeId,
    story: NodeId,
) -> Option<Attribute> {
    let chain = |id: NodeId| {
        std::iter::once(id)
            .chain(dom.ancestors(id))
            .take_while(move |&a| a != parent)
            .filter_map(|a| dom.element(a))
            .flat_map(|e| e.attrs())
            .filter(|(_, value)| !value.trim().is_empty())
            .filter_map(|(name, value)| Some((name, value, story_attribute(name)?)))
    };
    chain(story)
        .filter(|&(name, value, _)| {
            chain(before).any(|(other, other_value, _)| other == name && other_value != value)
        })
        .map(|(_, _, kind)| kind)
        .min_by_key(|&kind| kind != Attribute::Story)
}

/// The kind of a `data-` attribute one of whose parts names a story (`data-article-id`)
/// or its address (`data-url`).
fn story_attribute(name: &str) -> Option<Attribute> {
    let parts = || {
        name.strip_prefix("data-")
            .into_iter()
            .flat_map(|r| r.split(['-', '_']))
    };
    if parts().any(|p| labels::STORY_ATTRIBUTE_WORDS.contains(&p)) {
        Some(Attribute::Story)
    } else if parts().any(|p| labels::ADDRESS_ATTRIBUTE_WORDS.contains(&p)) {
        Some(Attribute::Address)
    } else {
        None
    }
}
