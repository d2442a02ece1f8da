//! Article roots: the container of each story on the page, in page order.
//!
//! Structure first: repeated story containers (`<article>`, `itemtype` of an Article) that
//! each hold real prose are separate stories. Otherwise the container with the best
//! Readability-style score (prose blocks credit their parent and, decaying, their
//! ancestors; class names and link density weigh in) is the one article. A page whose best
//! container is a list of teasers, or holds too little prose, has no article.

use crate::dom::{Dom, NodeId, tag};
use crate::score::{self, Stats};

/// Least prose (visible characters) for a container to be a story.
pub(crate) const MIN_STORY_PROSE: u32 = 400;
/// Least prose for the single best container of a page to be an article.
pub(crate) const MIN_ARTICLE_PROSE: u32 = 250;

/// One story's container.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Root {
    /// The element that holds the story (headline, byline and body when the page groups
    /// them; the body alone otherwise).
    pub container: NodeId,
}

/// Finds the article roots of a cleaned document.
pub(crate) fn find(dom: &Dom, removed: &[bool], stats: &Stats) -> Vec<Root> {
    let best = best_container(dom, removed, stats);
    let stories = story_containers(dom, removed, stats);
    let best_prose = best.map_or(0, |b| stats.prose(b));
    let story_max = stories.iter().map(|&s| stats.prose(s)).max().unwrap_or(0);
    let best_outside = best.is_some_and(|b| !stories.iter().any(|&s| dom.contains(s, b) || dom.contains(b, s)));
    if !stories.is_empty() && !(best_outside && best_prose > story_max * 2) {
        return stories.into_iter().map(|container| Root { container }).collect();
    }
    match best {
        Some(b) if best_prose >= MIN_ARTICLE_PROSE && !is_listing(dom, removed, stats, b) => {
            vec![Root { container: b }]
        }
        _ => Vec::new(),
    }
}

/// Story-typed containers with enough prose, outermost unless they wrap several stories.
fn story_containers(dom: &Dom, removed: &[bool], stats: &Stats) -> Vec<NodeId> {
    let candidates: Vec<NodeId> = (0..dom.len())
        .filter(|&i| !removed.get(i).copied().unwrap_or(true))
        .filter(|&i| is_story_element(dom, i))
        .filter(|&i| stats.prose(i) >= MIN_STORY_PROSE && stats.prose_blocks(i) >= 2)
        .filter(|&i| !is_listing(dom, removed, stats, i))
        .collect();
    let mut out: Vec<NodeId> = Vec::new();
    for &c in &candidates {
        if out.last().is_some_and(|&o| dom.contains(o, c)) {
            continue;
        }
        let inner = candidates
            .iter()
            .filter(|&&x| x != c && dom.contains(c, x))
            .filter(|&&x| !candidates.iter().any(|&y| y != x && y != c && dom.contains(y, x) && dom.contains(c, y)))
            .count();
        if inner >= 2 {
            continue;
        }
        out.push(c);
    }
    out
}

/// `<article>` or an element typed as an article in microdata.
fn is_story_element(dom: &Dom, id: NodeId) -> bool {
    if dom.is(id, &tag!("article")) {
        return true;
    }
    dom.attr(id, "itemtype").is_some_and(|t| {
        let t = t.to_ascii_lowercase();
        ["article", "blogposting", "newsarticle", "reportage"].iter().any(|k| t.contains(k))
    })
}

/// The container with the best content score.
fn best_container(dom: &Dom, removed: &[bool], stats: &Stats) -> Option<NodeId> {
    let mut scores = vec![0f32; dom.len()];
    for id in 0..dom.len() {
        let own = stats.own_prose.get(id).copied().unwrap_or(0);
        if own == 0 || removed.get(id).copied().unwrap_or(true) {
            continue;
        }
        let block_score = 1.0 + (own as f32 / 100.0).min(3.0);
        for (level, anc) in std::iter::once(id).chain(dom.ancestors(id)).skip(1).take(4).enumerate() {
            let divisor = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f32 * 3.0,
            };
            if let Some(s) = scores.get_mut(anc) {
                *s += block_score / divisor;
            }
        }
    }
    let mut best: Option<(NodeId, f32)> = None;
    for (id, &raw) in scores.iter().enumerate() {
        if raw <= 0.0 || dom.element(id).is_none() || matches!(dom.tag(id), Some(t) if *t == tag!("html") || *t == tag!("body")) {
            continue;
        }
        let sig = score::class_signal(dom, id);
        let weight = if sig.positive { 25.0 } else { 0.0 } - if sig.strong_negative || sig.weak_negative { 25.0 } else { 0.0 };
        let s = (raw + weight) * (1.0 - stats.link_density(id));
        if best.is_none_or(|(_, b)| s.total_cmp(&b).is_gt()) {
            best = Some((id, s));
        }
    }
    best.map(|(id, _)| widen(dom, stats, id))
}

/// Climbs from the best container to an ancestor when the ancestor adds a good share of
/// prose that is not link lists (a body split over sibling sections).
fn widen(dom: &Dom, stats: &Stats, mut id: NodeId) -> NodeId {
    for _ in 0..3 {
        let Some(parent) = dom.parent(id) else { break };
        if matches!(dom.tag(parent), Some(t) if *t == tag!("body") || *t == tag!("html")) || dom.tag(parent).is_none() {
            break;
        }
        let extra = stats.prose(parent).saturating_sub(stats.prose(id));
        if extra * 4 > stats.prose(id) && stats.link_density(parent) < 0.3 {
            id = parent;
        } else {
            break;
        }
    }
    id
}

/// A container of teasers: many linked headings with little prose each.
pub(crate) fn is_listing(dom: &Dom, removed: &[bool], stats: &Stats, id: NodeId) -> bool {
    let linked_headings = dom
        .subtree(id)
        .filter(|&i| !removed.get(i).copied().unwrap_or(true))
        .filter(|&i| matches!(dom.tag(i), Some(t) if matches!(*t, tag!("h2") | tag!("h3") | tag!("h4"))))
        .filter(|&i| dom.subtree(i).any(|d| dom.is(d, &tag!("a"))) || dom.ancestors(i).take(3).any(|a| dom.is(a, &tag!("a"))))
        .count() as u32;
    linked_headings >= 4 && stats.prose(id) / linked_headings < 300
}
