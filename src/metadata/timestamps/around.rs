//! Datelines read around the body when its header shows none: a labelled line just after
//! the body, a wire dateline opening it.

use std::sync::LazyLock;

use regex::Regex;

use super::{DateContext, is_meta_line, labelled, read_dateline};
use crate::dates::is_dateline;
use crate::story::lines;
use chrono::NaiveDate;

use crate::dom::{Dom, NodeId, tag};
use crate::metadata::dates;
use crate::model::Timestamp;

/// A signature line after a story ("Written by Jane Roe").
static SIGNATURE: LazyLock<Regex> =
    LazyLock::new(|| crate::patterns::compile(crate::patterns::byline::SIGNATURE));

/// Short lines read after a body for its closing dateline.
const LINES_AFTER_BODY: usize = 8;

/// A date labelled as the publication's ("Posted on April 13, 2023", "Published On: 15
/// August 2025"), or set under a signature ("Written by Jane Roe" over "April 8, 2024"), in
/// the few lines right after the body, before any heading (of the
/// comments, of a related list): where some themes put the only dateline a post shows.
pub(super) fn labelled_after_body(dom: &Dom, body: NodeId, ctx: &DateContext) -> Option<Timestamp> {
    let from = dom.end(body);
    let until = (from..dom.len())
        .find(|&i| dom.tag(i).is_some_and(crate::dom::is_heading))
        .unwrap_or(dom.len());
    let lines = labelled(lines(dom, from..until, LINES_AFTER_BODY), ctx);
    let mut previous: Option<&String> = None;
    for line in &lines {
        let signed = previous.is_some_and(|p| SIGNATURE.is_match(p));
        previous = Some(line);
        if line.chars().count() > 120 {
            continue;
        }
        // A bare date under a "Written by" line: the signature labels it.
        if signed
            && is_dateline(line)
            && let Some((ts, _)) = dates::find_in_text(line, ctx)
            && dates::plausible(&ts, ctx)
        {
            return Some(ts);
        }
        let found = dates::find_all_in_text(line, ctx)
            .into_iter()
            .find(|(ts, r)| {
                dates::plausible(ts, ctx) && dates::label_before(line, r.start) == Some(false)
            });
        if let Some((ts, _)) = found {
            return Some(ts);
        }
    }
    None
}

/// The shortest text read as one of the body's first paragraphs...
const WIRE_PARAGRAPH_MIN_CHARS: usize = 60;
/// ...and how many of them are looked at.
const WIRE_PARAGRAPHS: usize = 3;

/// Characters before the date in a dateline: a place and a comma.
const WIRE_CITY_MAX_CHARS: usize = 40;

/// Words in a dateline's place ("Frankfurt am Main").
const DATELINE_PLACE_WORDS: usize = 4;

/// The date of a dateline opening the body: a wire's or press release's ("RAJSHAHI, Dec 20,
/// 2025 (BSS) -", "NEW YORK, Jan. 8, 2025 /PRNewswire/ --"), a place and a date in brackets
/// ("Karlsruhe, (12.11.2021). Traditionell …"), or a date alone set off from the text
/// ("(18.01.2018) Deutschlands …", "27.1.2022 - Bei …", "01.02.2022 „Der …"), in the first
/// texts of the body.
pub(super) fn wire_dateline(dom: &Dom, body: NodeId, ctx: &DateContext) -> Option<Timestamp> {
    // The first texts long enough to be prose (a caption may come before the first
    // paragraph; the headline, kicker and byline are shorter).
    dom.subtree(body)
        .filter_map(|i| dom.text_of(i))
        .filter(|t| crate::text::visible_len(t) >= WIRE_PARAGRAPH_MIN_CHARS)
        .take(WIRE_PARAGRAPHS)
        .find_map(|t| opening_dateline(t, ctx))
}

/// The date opening `text`, alone or after a place and a comma, and set off from the
/// sentence that follows (a bracket, a dash, a stop, a bar, a colon, an opening quote).
fn opening_dateline(text: &str, ctx: &DateContext) -> Option<Timestamp> {
    let opening: String = text
        .trim_start()
        .chars()
        .take(WIRE_CITY_MAX_CHARS + 40)
        .collect();
    let (ts, range) = dates::find_in_text(&opening, ctx)?;
    let before = opening.get(..range.start)?.trim_end();
    let bracketed = before.ends_with('(');
    let before = before.trim_end_matches('(').trim_end();
    let place = before.strip_suffix(',');
    let city = place.is_some_and(is_city);
    let placed = match place {
        Some(place) => city || (bracketed && is_place(place)),
        None => before.is_empty(),
    };
    let after = opening.get(range.end..)?.trim_start();
    let set_off = bracketed
        || city
        || after.starts_with(|c: char| ")].-–—|:/„“\"«»(".contains(c) || c.is_ascii_digit());
    (placed && set_off && dates::plausible(&ts, ctx)).then_some(ts)
}

/// Whether `place` is a wire dateline's city: capitals ("NEW YORK").
fn is_city(place: &str) -> bool {
    place.chars().count() <= WIRE_CITY_MAX_CHARS
        && place.chars().any(char::is_alphabetic)
        && place
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '-' | '\'' | '’'))
}

/// Whether `place` reads as a place name: a few words, the first capitalised, no digits.
fn is_place(place: &str) -> bool {
    place.chars().count() <= WIRE_CITY_MAX_CHARS
        && place.split_whitespace().count() <= DATELINE_PLACE_WORDS
        && place.chars().next().is_some_and(char::is_uppercase)
        && !place.chars().any(|c| c.is_ascii_digit())
}

/// Text nodes read back from the body's first paragraph for a meta line...
const TEXTS_BEFORE_BODY: usize = 12;
/// ...and how many of their lines, nearest the body first.
const LINES_BEFORE_BODY: usize = 6;

/// The dateline or short meta line nearest before the body's first paragraph (`start`),
/// within a few short texts: where a story's date sits when it is not by the headline read
/// (a hero block whose title the body repeats, a date set above the title, a title no
/// heading gives).
pub(super) fn before_body(
    dom: &Dom,
    start: NodeId,
    ctx: &DateContext,
) -> (Option<Timestamp>, Option<Timestamp>) {
    let mut from = start;
    let mut texts = 0;
    while from > 0 && texts < TEXTS_BEFORE_BODY {
        from -= 1;
        if let Some(t) = dom.text_of(from) {
            if crate::text::visible_len(t) > 200 {
                from += 1;
                break;
            }
            if !t.trim().is_empty() {
                texts += 1;
            }
        }
    }
    let (mut published, mut updated) = (None, None);
    let lines = labelled(lines(dom, from..start, usize::MAX), ctx);
    if let Some(line) = lines
        .iter()
        .rev()
        .take(LINES_BEFORE_BODY)
        .find(|l| is_dateline(l) || is_meta_line(l, ctx))
    {
        read_dateline(line, ctx, &mut published, &mut updated);
    }
    (published, updated)
}

/// Bytes of a headline's text read to find its twin.
const HEADLINE_BYTES_MAX: usize = 1_000;

/// An earlier heading of the same level that says what the headline says: the title of a
/// hero block when the body repeats it, with the meta line beside the first.
pub(super) fn earlier_twin(dom: &Dom, headline: NodeId) -> Option<NodeId> {
    let name = dom.tag(headline).filter(|t| crate::dom::is_heading(t))?;
    let text = dom.text_within(headline, HEADLINE_BYTES_MAX)?;
    // Read a bounded way: a heading wrapped around the page cannot be the twin.
    let max = text.len() * 2 + 64;
    (0..headline).find(|&i| {
        dom.tag(i) == Some(name)
            && dom
                .text_within(i, max)
                .is_some_and(|t| crate::metadata::headline::same_headline(&t, &text))
    })
}

/// The header's dates read in the day order that makes one of them a day the page states
/// unambiguously in a `<time datetime>` elsewhere (`02-12-2025` in the header, the same
/// post's `2025-12-02` in a list of recent posts), on a page whose language gives no order.
pub(super) fn order_the_page_states(
    dom: &Dom,
    ctx: &DateContext,
    read: impl Fn(&DateContext) -> (Option<Timestamp>, Option<Timestamp>),
) -> (Option<Timestamp>, Option<Timestamp>) {
    let plain = DateContext {
        day_first: None,
        ..*ctx
    };
    let stated: Vec<NaiveDate> = (0..dom.len())
        .filter(|&i| dom.is(i, &tag!("time")))
        .filter_map(|i| dom.attr(i, "datetime"))
        .filter_map(|v| dates::parse_machine(v, &plain))
        .map(|t| t.date())
        .collect();
    if stated.is_empty() {
        return (None, None);
    }
    let read_as = |day_first| {
        let (p, u) = read(&DateContext {
            day_first: Some(day_first),
            ..*ctx
        });
        let first = p.or(u).map(|t| t.date());
        (p, u, first.is_some_and(|d| stated.contains(&d)), first)
    };
    let (dp, du, d_stated, d_first) = read_as(true);
    let (mp, mu, m_stated, m_first) = read_as(false);
    // Only one order may say a stated day (both do when the date reads the same either way).
    match (d_stated, m_stated) {
        (true, false) => (dp, du),
        (false, true) => (mp, mu),
        (true, true) if d_first == m_first => (dp, du),
        _ => (None, None),
    }
}
