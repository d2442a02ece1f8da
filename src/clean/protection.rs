//! Which elements a class rule may not remove: one that holds much of the page's prose, or
//! one of a row of siblings the same kind of rule marks that together hold it (a test
//! report whose every section is named `…__Section--Ads`). A rule that would delete most
//! of the page's prose loses to the prose.

use std::cell::RefCell;
use std::collections::HashMap;

use crate::dom::{Dom, NodeId};
use crate::score::{self, Stats};

/// A node holding at least this share of the page's prose is never removed by its class,
/// id or tag alone: it is (or wraps) the article. A row of marked siblings holding it
/// together is not removed by a class either.
pub(super) const PROTECT_SHARE: f32 = 0.4;

/// A row: a parent, and its children's tag and first class name.
type RowKey = (NodeId, String, String);

/// Siblings read for a row, at most (a row that protects prose is a few sections long).
const ROW_SIBLINGS_MAX: usize = 1_000;

/// The page's prose and, per parent, the prose of its children a class marks as boilerplate.
pub(super) struct Protection<'a> {
    stats: &'a Stats,
    total: f32,
    /// The prose of each row asked about, its strongly marked members only.
    marked_rows: RefCell<HashMap<RowKey, u32>>,
}

impl<'a> Protection<'a> {
    /// Protection over the page's statistics before cleaning.
    pub(super) fn new(stats: &'a Stats) -> Protection<'a> {
        Protection {
            stats,
            total: stats.prose(0).max(1) as f32,
            marked_rows: RefCell::new(HashMap::new()),
        }
    }

    /// Whether `id` holds at least [`PROTECT_SHARE`] of the page's prose.
    pub(super) fn element(&self, id: NodeId) -> bool {
        self.stats.prose(id) as f32 >= self.total * PROTECT_SHARE
    }

    /// Whether `id` and its siblings of the same first class name (`Report__Section`) that a
    /// class marks as boilerplate hold [`PROTECT_SHARE`] of the prose; discussion aside (a
    /// long thread of comments stays a thread), and elements of other names aside (a
    /// disclaimer beside a disclosure is fine print, however long both are).
    pub(super) fn row(&self, dom: &Dom, id: NodeId) -> bool {
        let key = |i: NodeId| {
            Some((
                dom.tag(i)?,
                dom.attr(i, "class")?.split_whitespace().next()?,
            ))
        };
        let (Some(parent), Some(own)) = (dom.parent(id), key(id)) else {
            return false;
        };
        let row = (parent, own.0.to_string(), own.1.to_string());
        if let Some(&prose) = self.marked_rows.borrow().get(&row) {
            return prose as f32 >= self.total * PROTECT_SHARE;
        }
        let prose: u32 = dom
            .children(parent)
            .take(ROW_SIBLINGS_MAX)
            .filter(|&c| self.stats.prose(c) > 0)
            .filter(|&c| key(c) == Some(own))
            .filter(|&c| {
                let s = score::class_signal(dom, c);
                s.strong_negative && !s.only_discussion
            })
            .map(|c| self.stats.prose(c))
            .sum();
        self.marked_rows.borrow_mut().insert(row, prose);
        prose as f32 >= self.total * PROTECT_SHARE
    }
}
