//! The anatomy of a story container, shared by the stages that look for stories (clean,
//! roots) and those that read them (metadata, paragraphs): where its header (headline,
//! byline, dateline) ends and its body starts, whether it shows its own headline and date,
//! and its short text lines. It reads the document and the text-level detectors
//! ([`crate::dates`], [`crate::byline`]) only, so data flows one way through the pipeline.

use std::ops::Range;

use crate::dates::{self, DateContext};
use crate::dom::{Dom, NodeId, tag};
use crate::score::Stats;
use crate::text::normalize;

/// Least prose (visible characters) for a container to be a story.
pub(crate) const MIN_STORY_PROSE: u32 = 400;

/// Whether a container is a story of its own: enough prose, its own headline and
/// dateline.
pub(crate) fn is_separate_story(dom: &Dom, stats: &Stats, id: NodeId) -> bool {
    stats.prose(id) >= MIN_STORY_PROSE && has_heading(dom, id) && has_dateline(dom, stats, id)
}

/// Whether a story container has its own headline (`<h1>` or `<h2>`, wherever cleaning
/// put its header).
pub(crate) fn has_heading(dom: &Dom, id: NodeId) -> bool {
    dom.subtree(id)
        .any(|i| matches!(dom.tag(i), Some(t) if *t == tag!("h1") || *t == tag!("h2")))
}

/// Characters of text a story may show before its headline (a kicker, a dateline, a
/// video player's labels).
const HEADER_TEXT: usize = 300;

/// The story's first `<h1>` or `<h2>` when little text comes before it: the headline that
/// opens its header, not a heading inside its body. Read whether or not cleaning took it
/// out (a headline that is all link reads as a teaser's).
pub(crate) fn opening_headline(dom: &Dom, story: NodeId) -> Option<NodeId> {
    let first = dom
        .subtree(story)
        .find(|&i| matches!(dom.tag(i), Some(t) if *t == tag!("h1") || *t == tag!("h2")))?;
    let mut before = 0;
    for i in story..first {
        before += dom.text_of(i).map_or(0, crate::text::visible_len);
        if before > HEADER_TEXT {
            return None;
        }
    }
    Some(first)
}

/// Whether a story container shows its own date before its body (a `<time>` or a dateline).
pub(crate) fn has_dateline(dom: &Dom, stats: &Stats, id: NodeId) -> bool {
    shows_date(dom, id..body_start(dom, stats, id, None))
}

/// The first prose block of a container that is not a heading (or the subheading right
/// above it): where its body starts and its header (headline, byline, dateline) ends. The
/// container's end when it has none. `headline` is the story's headline when known.
pub(crate) fn body_start(dom: &Dom, stats: &Stats, id: NodeId, headline: Option<NodeId>) -> NodeId {
    let first = dom
        .subtree(id)
        .find(|&i| {
            let own = stats.own_prose.get(i).copied().unwrap_or(0);
            own > 0 && !is_heading(dom, i) && (own > 150 || !is_header_line(&dom.text(i)))
        })
        .unwrap_or(dom.end(id));
    opening_subheading(dom, id, first, headline).unwrap_or(first)
}

/// `<h1>` to `<h6>`.
pub(crate) fn is_heading(dom: &Dom, id: NodeId) -> bool {
    dom.tag(id).is_some_and(crate::dom::is_heading)
}

/// A subheading right before the first body block (nothing but markup between them) opens
/// the body: the first section's title. Not the story's headline (its `<h1>`, or its first
/// `<h2>` when it has none, unless the caller knows the headline).
fn opening_subheading(
    dom: &Dom,
    container: NodeId,
    first: NodeId,
    headline: Option<NodeId>,
) -> Option<NodeId> {
    let headline = headline.or_else(|| {
        dom.subtree(container)
            .find(|&i| dom.is(i, &tag!("h1")))
            .or_else(|| dom.subtree(container).find(|&i| dom.is(i, &tag!("h2"))))
    });
    let mut i = first;
    while i > container {
        i -= 1;
        let Some(t) = dom.text_of(i) else { continue };
        if t.trim().is_empty() {
            continue;
        }
        let heading = dom
            .ancestors(i)
            .take_while(|&a| a > container)
            .take(8)
            .find(|&a| is_heading(dom, a))?;
        return (!dom.is(heading, &tag!("h1")) && Some(heading) != headline).then_some(heading);
    }
    None
}

/// A short line that belongs to a story's header: a dateline or a byline.
pub(crate) fn is_header_line(text: &str) -> bool {
    crate::dates::is_dateline(text)
        || (crate::byline::starts_with_prefix(text) && !crate::byline::names(text, &[]).is_empty())
}

/// `<article>` or an element typed as an article in microdata.
pub(crate) fn is_story_element(dom: &Dom, id: NodeId) -> bool {
    if dom.is(id, &tag!("article")) {
        return true;
    }
    dom.attr(id, "itemtype").is_some_and(|t| {
        let t = t.to_ascii_lowercase();
        ["article", "blogposting", "newsarticle", "reportage"]
            .iter()
            .any(|k| t.contains(k))
    })
}

/// Whether a range of the document shows a date: a `<time>` element or a dateline.
pub(crate) fn shows_date(dom: &Dom, range: Range<NodeId>) -> bool {
    let ctx = DateContext::default();
    range.clone().any(|i| dom.is(i, &tag!("time")))
        || header_lines(dom, range)
            .iter()
            .any(|l| !dates::find_all_in_text(l, &ctx).is_empty())
}

/// The short text lines of the header region.
pub(crate) fn header_lines(dom: &Dom, header: Range<NodeId>) -> Vec<String> {
    lines(dom, header, usize::MAX)
}

/// The short text lines of a range, reading at most `max` lines (long ones counted, not kept).
pub(crate) fn lines(dom: &Dom, range: Range<NodeId>, max: usize) -> Vec<String> {
    lines_outside(dom, range, max, None)
}

/// [`lines`] without the subtrees of `skip` elements (a quoted post's `<blockquote>`).
pub(crate) fn lines_outside(
    dom: &Dom,
    range: Range<NodeId>,
    max: usize,
    skip: Option<&html5ever::LocalName>,
) -> Vec<String> {
    let mut lines = Vec::new();
    let mut cur = String::new();
    let mut seen = 0;
    let mut last_parent = None;
    // The end of the skipped subtree being passed over.
    let mut skipped_to = range.start;
    for i in range {
        if i < skipped_to {
            continue;
        }
        if seen >= max {
            return lines;
        }
        if skip.is_some_and(|tag| dom.tag(i) == Some(tag)) {
            push_line(&mut lines, &mut cur);
            skipped_to = dom.end(i);
            continue;
        }
        if let Some(t) = dom.text_of(i) {
            let parent = dom.parent(i);
            if parent
                .and_then(|p| dom.tag(p))
                .is_some_and(crate::dom::is_non_text)
            {
                continue;
            }
            // Texts of two elements set side by side (`<span>Dec 17, 2025</span><span>Julian
            // K. Arni</span>`) are two items of a meta line, not one word.
            let glued = cur.ends_with(|c: char| !c.is_whitespace())
                && t.starts_with(|c: char| !c.is_whitespace());
            if glued && parent != last_parent {
                cur.push(' ');
            }
            last_parent = parent;
            cur.push_str(t);
        } else if dom.tag(i).is_some_and(crate::score::is_block) || dom.is(i, &tag!("br")) {
            if !cur.trim().is_empty() {
                seen += 1;
            }
            push_line(&mut lines, &mut cur);
        }
    }
    push_line(&mut lines, &mut cur);
    lines
}

fn push_line(lines: &mut Vec<String>, cur: &mut String) {
    let t = normalize(cur);
    cur.clear();
    if !t.is_empty() && t.chars().count() < 200 {
        lines.push(t);
    }
}
