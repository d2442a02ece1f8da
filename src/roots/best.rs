//! The best container of a page that shows no separate stories: Readability-style content
//! scores, the best-scored element, and its widening to the ancestor with the most net
//! prose.

use crate::dom::{Dom, NodeId, tag};
use crate::score::{self, Stats};

/// Content scores of every node: each prose block credits its parent fully, its
/// grandparent half, and further ancestors less; class names and link density weigh in.
pub(super) fn content_scores(dom: &Dom, removed: &[bool], stats: &Stats) -> Vec<f32> {
    let mut scores = vec![0f32; dom.len()];
    for id in 0..dom.len() {
        let own = stats.own_prose.get(id).copied().unwrap_or(0);
        if own == 0 || removed.get(id).copied().unwrap_or(true) {
            continue;
        }
        let block_score = 1.0 + (own as f32 / 100.0).min(3.0);
        for (level, anc) in dom.ancestors(id).take(4).enumerate() {
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
    for (id, s) in scores.iter_mut().enumerate() {
        if *s <= 0.0 || dom.element(id).is_none() || dom.is(id, &tag!("html")) {
            *s = 0.0;
            continue;
        }
        let sig = score::class_signal(dom, id);
        let weight = if sig.positive { 25.0 } else { 0.0 }
            - if sig.strong_negative || sig.weak_negative {
                25.0
            } else {
                0.0
            };
        *s = (*s + weight) * (1.0 - stats.link_density(id));
    }
    scores
}

/// The best-scored element within `range`, widened but not beyond `limit`.
pub(super) fn best_in(
    dom: &Dom,
    stats: &Stats,
    scores: &[f32],
    range: std::ops::Range<NodeId>,
    limit: Option<NodeId>,
) -> Option<NodeId> {
    let mut best: Option<(NodeId, f32)> = None;
    for id in range {
        let s = scores.get(id).copied().unwrap_or(0.0);
        if s > 0.0 && best.is_none_or(|(_, b)| s.total_cmp(&b).is_gt()) {
            best = Some((id, s));
        }
    }
    best.map(|(id, _)| widen(dom, stats, id, limit))
}

/// Climbs from the best-scored container to the ancestor that holds the most prose net
/// of other text (`2 * prose - text`): a body split over sibling sections is taken whole,
/// while an ancestor that adds as much navigation or teaser text as prose is not, nor
/// one that adds only a few stray lines (each step must gain a tenth of the prose).
fn widen(dom: &Dom, stats: &Stats, id: NodeId, limit: Option<NodeId>) -> NodeId {
    let gain = |a: NodeId| 2 * i64::from(stats.prose(a)) - i64::from(stats.text(a));
    if Some(id) == limit {
        return id;
    }
    // A data table's rows (the best-scored being a `<tbody>` or a `<table>`, not a layout
    // table's cell) are part of an article, never all of it: start from around the table,
    // where its introduction and notes are.
    let id = outside_table(dom, id, limit);
    let mut best = (id, gain(id));
    for a in dom.ancestors(id) {
        if dom.is(a, &tag!("html")) || dom.element(a).is_none() {
            break;
        }
        let g = gain(a);
        if g > best.1 + i64::from(stats.prose(best.0)) / 10 {
            best = (a, g);
        }
        if Some(a) == limit {
            break;
        }
    }
    best.0
}

/// The parent of the data table that `id` is a table part of (`<table>`, `<tbody>`,
/// `<thead>`, `<tfoot>`, `<tr>`), or `id` itself; never above `limit`.
fn outside_table(dom: &Dom, id: NodeId, limit: Option<NodeId>) -> NodeId {
    let is_part = |i: NodeId| matches!(dom.tag(i), Some(t) if matches!(*t, tag!("table") | tag!("tbody") | tag!("thead") | tag!("tfoot") | tag!("tr")));
    if !is_part(id) {
        return id;
    }
    // Only a data table, one with header cells: a page laid out in tables (its story in a
    // nested layout table) has none.
    let table = std::iter::once(id)
        .chain(dom.ancestors(id))
        .find(|&i| dom.is(i, &tag!("table")));
    let has_header_cells = table.is_some_and(|t| dom.subtree(t).any(|i| dom.is(i, &tag!("th"))));
    if !has_header_cells {
        return id;
    }
    let mut at = id;
    for a in dom.ancestors(id) {
        if Some(at) == limit || dom.element(a).is_none() {
            break;
        }
        at = a;
        if !is_part(a) {
            break;
        }
    }
    at
}
