//! Datelines read around the body when its header shows none: a labelled line just after
//! the body, a wire dateline opening it.

use super::{DateContext, labelled, lines};
use crate::dom::{Dom, NodeId};
use crate::metadata::dates;
use crate::model::Timestamp;

/// Short lines read after a body for its closing dateline.
const LINES_AFTER_BODY: usize = 8;

/// A date labelled as the publication's ("Posted on April 13, 2023", "Published On: 15
/// August 2025") in the few lines right after the body, before any heading (of the
/// comments, of a related list): where some themes put the only dateline a post shows.
pub(super) fn labelled_after_body(dom: &Dom, body: NodeId, ctx: &DateContext) -> Option<Timestamp> {
    let from = dom.end(body);
    let until = (from..dom.len())
        .find(|&i| dom.tag(i).is_some_and(crate::dom::is_heading))
        .unwrap_or(dom.len());
    labelled(lines(dom, from..until, LINES_AFTER_BODY), ctx)
        .iter()
        .filter(|line| line.chars().count() <= 120)
        .find_map(|line| {
            dates::find_all_in_text(line, ctx)
                .into_iter()
                .find(|(ts, r)| {
                    dates::plausible(ts, ctx) && dates::label_before(line, r.start) == Some(false)
                })
                .map(|(ts, _)| ts)
        })
}

/// The shortest text read as one of the body's first paragraphs...
const WIRE_PARAGRAPH_MIN_CHARS: usize = 60;
/// ...and how many of them are looked at.
const WIRE_PARAGRAPHS: usize = 3;

/// Characters before the date in a wire dateline: a city in capitals and a comma.
const WIRE_CITY_MAX_CHARS: usize = 40;

/// The date of a wire or press-release dateline opening the body: "RAJSHAHI, Dec 20, 2025
/// (BSS) -", "NEW YORK, Jan. 8, 2025 /PRNewswire/ --": a city in capitals, a comma, the
/// date, in the first text of the body.
pub(super) fn wire_dateline(dom: &Dom, body: NodeId, ctx: &DateContext) -> Option<Timestamp> {
    // The first texts long enough to be prose (a caption may come before the first
    // paragraph; the headline, kicker and byline are shorter).
    dom.subtree(body)
        .filter_map(|i| dom.text_of(i))
        .filter(|t| crate::text::visible_len(t) >= WIRE_PARAGRAPH_MIN_CHARS)
        .take(WIRE_PARAGRAPHS)
        .find_map(|t| dated_by_city(t, ctx))
}

/// The date after a city in capitals and a comma opening `text`.
fn dated_by_city(text: &str, ctx: &DateContext) -> Option<Timestamp> {
    let opening: String = text
        .trim_start()
        .chars()
        .take(WIRE_CITY_MAX_CHARS + 40)
        .collect();
    let (ts, range) = dates::find_in_text(&opening, ctx)?;
    let city = opening.get(..range.start)?.trim_end().strip_suffix(',')?;
    let is_city = city.chars().count() <= WIRE_CITY_MAX_CHARS
        && city.chars().any(char::is_alphabetic)
        && city
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '-' | '\'' | '’'));
    (is_city && dates::plausible(&ts, ctx)).then_some(ts)
}
