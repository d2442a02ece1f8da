//! The last resort for a page nothing else dated: its date lines read in document order,
//! where small sites put a post's only date (a meta line above the text, a sentence in
//! the footer, a label in a sidebar).

use std::sync::LazyLock;

use regex::Regex;

use crate::dates::{self, DateContext};
use crate::dom::Dom;
use crate::model::Timestamp;
use crate::patterns::dates as tokens;

/// A publication date in a script's state.
static SCRIPT_DATE: LazyLock<Regex> =
    LazyLock::new(|| crate::patterns::compile(tokens::SCRIPT_DATE));

/// Longest text read for a date at all, in bytes.
const LINE_BYTES: usize = 400;

/// Longest text read as a meta line opening with its date.
const DATE_LINE_CHARS: usize = 100;

/// Characters before a date read for its label.
const LABEL_WINDOW_CHARS: usize = 48;

/// Where a line's date stands when it opens the line (after a bullet or a bracket).
const OPENING_BYTES: usize = 3;

/// The page's dates when nothing else gave one, read text by text in document order (a
/// label may stand in the element before its date): the first date a label introduces as
/// the publication's or the page's (`Datum: 19.11.2021`, `Erschienen am: 01.11.2023`,
/// `Dieser Artikel wurde am … veröffentlicht`, `Gespeichert von X am …`); else the first
/// short text that opens with a full date (`3. August 2015 · Filed under`, `04.02.2022 |
/// 13:10 Uhr | Name`) when `openings` (a page with a story: on a page without one, such
/// lines are its teasers' dates); else a publication date a script keeps in its state
/// (`"published_at":"2019-03-02T06:22:28+01:00"`); else a date labelled as an update, as
/// `updated`. Texts longer than
/// [`LINE_BYTES`] (prose) and dates labelled as another kind ("Mitglied seit") are passed.
pub(super) fn document_date(
    dom: &Dom,
    ctx: &DateContext,
    openings: bool,
) -> (Option<Timestamp>, Option<Timestamp>) {
    let (mut opening, mut updated, mut scripted) = (None, None, None);
    // The text read so far, for the label before a date in another element
    // (`<label>Datum:</label> 19.11.2021`); only its tail is kept.
    let mut before = String::new();
    for i in 0..dom.len() {
        let Some(text) = dom.text_of(i) else {
            continue;
        };
        if dom
            .parent(i)
            .and_then(|p| dom.tag(p))
            .is_some_and(crate::dom::is_non_text)
        {
            if scripted.is_none() {
                scripted = script_date(text, ctx);
            }
            continue;
        }
        let text = text.trim();
        // A paragraph of prose holds no page date; a text without a digit holds no date.
        if text.len() <= LINE_BYTES && text.bytes().any(|b| b.is_ascii_digit()) {
            let line = format!("{before} {text}");
            let offset = before.len() + 1;
            for (ts, r) in dates::find_all_in_text(text, ctx) {
                let at = r.start + offset;
                if !dates::plausible(&ts, ctx) || dates::labels_other_date(&line, at) {
                    continue;
                }
                match label_of(&line, at) {
                    Some(false) => return (Some(ts), None),
                    Some(true) => {
                        updated.get_or_insert(ts);
                    }
                    None if openings
                        && r.start <= OPENING_BYTES
                        && text.chars().count() <= DATE_LINE_CHARS =>
                    {
                        opening.get_or_insert(ts);
                    }
                    None => {}
                }
            }
        }
        keep_tail(&mut before, text);
    }
    match opening.or(scripted) {
        Some(p) => (Some(p), None),
        None => (None, updated),
    }
}

/// The first publication date a script keeps in its state, when plausible.
fn script_date(text: &str, ctx: &DateContext) -> Option<Timestamp> {
    SCRIPT_DATE
        .captures_iter(text)
        .filter_map(|c| c.get(1))
        .find_map(|m| dates::parse_machine(m.as_str(), ctx).filter(|t| dates::plausible(t, ctx)))
}

/// Appends `text` to `before`, keeping only its last [`LABEL_WINDOW_CHARS`] characters.
fn keep_tail(before: &mut String, text: &str) {
    if !before.is_empty() {
        before.push(' ');
    }
    before.push_str(text);
    if let Some((cut, _)) = before.char_indices().rev().nth(LABEL_WINDOW_CHARS) {
        before.drain(..cut);
    }
}

/// Whether the words before byte `at` of `line` label its date as an update (`Some(true)`)
/// or as the publication's or the page's (`Some(false)`): any label word among the last
/// [`LABEL_WINDOW_CHARS`] characters, so a name between label and date does not matter.
fn label_of(line: &str, at: usize) -> Option<bool> {
    let window = dates::label_window(line, at, LABEL_WINDOW_CHARS)?;
    let has = |label: &str| {
        window.match_indices(label).any(|(i, _)| {
            let open = !window
                .get(..i)
                .and_then(|h| h.chars().next_back())
                .is_some_and(char::is_alphanumeric);
            let close = !window
                .get(i + label.len()..)
                .and_then(|t| t.chars().next())
                .is_some_and(char::is_alphanumeric);
            open && close
        })
    };
    let label = |l: &&str| has(l.trim_end_matches(':'));
    if tokens::UPDATED_LABELS.iter().any(label) {
        Some(true)
    } else if tokens::PUBLISHED_LABELS.iter().any(label)
        || tokens::PAGE_DATE_LABELS.iter().any(label)
    {
        Some(false)
    } else {
        None
    }
}
