//! Stories appended one after another from one template: infinite scroll adds the next
//! story as a sibling of the first, built like it (same tag, mostly the same classes), each
//! with its own headline.
//!
//! A series is two to [`MAX_STORIES`] sibling containers of one template, each with real
//! prose, that together hold most of their parent's prose. Every story after the first
//! opens with its own headline (`<h1>` or `<h2>`, linked or not, before its body), and shows
//! one piece of evidence that it is another story rather than the next section of a long
//! read: its headline is an `<h1>` or links to another page of the site, it has its own
//! dateline, a separator stands before it ("Next Article", "Up next", an `<hr>`), or it
//! carries its own story attribute (`data-article-id`, `data-post-id`, `data-url`, …) whose
//! value differs from the story's before it. The first story may take its headline from
//! the page (an `<h1>` set above its container).

use crate::dom::{Dom, NodeId, tag};
use crate::patterns::labels;
use crate::score::Stats;

use super::{
    MAX_STORIES, MIN_STORY_PROSE, body_start, core, has_dateline, heading_link,
    leads_to_another_page, same_template,
};

/// Ancestors of the best container looked at for a series it belongs to.
const LEVELS_ABOVE: usize = 4;

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
        .find_map(|p| {
            series_in(cx, p).filter(|group| group.iter().any(|&g| dom.contains(g, best)))
        })
}

/// The series among the children of `parent`: the first template that two or more of its
/// children with real prose share (looking through wrappers that hold nothing else).
fn series_in(cx: &Context<'_>, parent: NodeId) -> Option<Vec<NodeId>> {
    let (dom, stats) = (cx.dom, cx.stats);
    let children: Vec<NodeId> = dom
        .child_elements(parent)
        .filter(|&c| cx.kept(c) && stats.prose(c) >= MIN_STORY_PROSE)
        .collect();
    if children.len() < 2 {
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
    let group = children.iter().find_map(|&c| {
        let group: Vec<NodeId> = children
            .iter()
            .copied()
            .filter(|&x| x == c || alike(x, c))
            .collect();
        (group.len() >= 2).then_some(group)
    })?;
    // The stories: the first, and each later one that follows the story before it as
    // another story (a sibling of the template that does not, such as a closing notes
    // section, is no story).
    let mut stories: Vec<NodeId> = Vec::with_capacity(group.len());
    for g in group {
        match stories.last() {
            None => stories.push(g),
            Some(&before) if follows_as_story(cx, parent, before, g) => stories.push(g),
            Some(_) => {}
        }
    }
    let prose: u64 = stories.iter().map(|&g| u64::from(stats.prose(g))).sum();
    let is_series = (2..=MAX_STORIES).contains(&stories.len())
        && prose * 3 >= u64::from(stats.prose(parent)) * 2
        && !stories.iter().any(|&g| (cx.is_listing)(g));
    is_series.then_some(stories)
}

/// Whether `story` opens with its own headline and shows that it is another story than the
/// one `before` it.
fn follows_as_story(cx: &Context<'_>, parent: NodeId, before: NodeId, story: NodeId) -> bool {
    let dom = cx.dom;
    let Some(headline) = own_headline(cx, story) else {
        return false;
    };
    dom.is(headline, &tag!("h1"))
        || heading_link(dom, headline).is_some_and(|href| leads_to_another_page(href, cx.host))
        || has_dateline(dom, cx.stats, story)
        || separated(cx, before, story)
        || own_story_attribute(dom, parent, before, story)
}

/// The first `<h1>` or `<h2>` of a story before its body starts.
fn own_headline(cx: &Context<'_>, story: NodeId) -> Option<NodeId> {
    let dom = cx.dom;
    let start = body_start(dom, cx.stats, story, None);
    (story..start).find(|&i| {
        cx.kept(i) && matches!(dom.tag(i), Some(t) if *t == tag!("h1") || *t == tag!("h2"))
    })
}

/// Whether a separator stands between two stories: an `<hr>`, or a short block whose whole
/// text is a "next story" label (even when cleaning took it out as a label).
fn separated(cx: &Context<'_>, before: NodeId, story: NodeId) -> bool {
    let dom = cx.dom;
    (dom.end(before)..story)
        .filter(|&i| !dom.contains(i, story))
        .any(|i| {
            dom.is(i, &tag!("hr"))
                || (dom.element(i).is_some()
                    && cx.stats.text(i) <= SEPARATOR_MAX_TEXT
                    && is_separator_text(&dom.text(i)))
        })
}

/// A "next story" label: the whole text, lowercased, punctuation and arrows trimmed.
fn is_separator_text(text: &str) -> bool {
    let t = text
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    labels::STORY_SEPARATORS.contains(&t.as_str())
}

/// Whether a story and the one before it each carry a story attribute of the same name
/// (on the story's element or a wrapper around it below the series' parent) with
/// different values.
fn own_story_attribute(dom: &Dom, parent: NodeId, before: NodeId, story: NodeId) -> bool {
    let chain = |id: NodeId| {
        std::iter::once(id)
            .chain(dom.ancestors(id))
            .take_while(move |&a| a != parent)
            .filter_map(|a| dom.element(a))
            .flat_map(|e| e.attrs())
            .filter(|(name, value)| is_story_attribute(name) && !value.trim().is_empty())
    };
    chain(story).any(|(name, value)| {
        chain(before).any(|(other, other_value)| other == name && other_value != value)
    })
}

/// `data-article-id`, `data-post-id`, `data-url`: a `data-` attribute one of whose parts
/// names a story or its address.
fn is_story_attribute(name: &str) -> bool {
    name.strip_prefix("data-").is_some_and(|rest| {
        rest.split(['-', '_'])
            .any(|part| labels::STORY_ID_ATTRIBUTE_WORDS.contains(&part))
    })
}
