//! Words of an attribution window: the window itself (masked and original text at the same
//! offsets) and its tokens, with the punctuation that follows each.

use super::tokens;

/// Byte that stands for the contents of a quotation in masked text.
pub(super) const MASK: char = '#';

/// A window of a block: the masked text (quotations blanked) and the original, same offsets.
#[derive(Debug, Clone, Copy)]
pub(super) struct Win<'a> {
    /// Text with quotation contents replaced by [`MASK`].
    pub masked: &'a str,
    /// The original text of the same byte range.
    pub orig: &'a str,
}

/// One word of a window with its surrounding punctuation trimmed.
#[derive(Debug, Clone, Copy)]
pub(super) struct Tok<'a> {
    /// The word as written, without leading or trailing punctuation.
    pub word: &'a str,
    /// Offset of the word's first byte in the window.
    pub start: usize,
    /// Offset after the word's last byte in the window.
    pub end: usize,
    /// Punctuation right after the word: ',' ':' ';' or '.' (any sentence end).
    pub punct: Option<char>,
    /// Whether the word is (part of) a blanked quotation.
    pub masked: bool,
}

/// Characters trimmed before a word.
const LEAD: &str = "\"'“‘«„‚‹›»(¿¡[—–-―";
/// Characters trimmed after a word.
const TRAIL: &str = "\"'”’»«“‹›),.;:!?。，：；！？]—–";

/// Whether `w` (with its final period) is an abbreviation or initials ("Dr.", "U.S.").
fn is_abbreviation(w: &str) -> bool {
    let bare = w.trim_end_matches('.');
    let initials = w.len() <= 8
        && w.chars().all(|c| c.is_uppercase() || c == '.')
        && w.chars().next().is_some_and(char::is_uppercase);
    // A party and state ("R-Pa.", "D-N.Y.").
    let affiliation = || {
        w.len() <= 8
            && matches!(bare.split_once('-'), Some((p, st)) if p.len() == 1
                && p.chars().all(|c| c.is_ascii_uppercase())
                && st.starts_with(|c: char| c.is_ascii_uppercase()))
    };
    initials
        || tokens::HONORIFICS.contains(&w)
        || tokens::TITLES.contains(&w)
        || tokens::ABBREVIATIONS.contains(&bare)
        || affiliation()
}

/// Normalises trailing punctuation to the kinds the parser distinguishes.
fn punct_kind(c: char) -> Option<char> {
    match c {
        ',' | '，' | '—' | '–' => Some(','),
        ':' | '：' => Some(':'),
        ';' | '；' => Some(';'),
        '.' | '!' | '?' | '。' | '！' | '？' => Some('.'),
        _ => None,
    }
}

/// Splits a window into words.
pub(super) fn tokenize<'a>(w: Win<'a>) -> Vec<Tok<'a>> {
    let mut out: Vec<Tok<'a>> = Vec::new();
    let mut start = None;
    let text = w.masked;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (c.is_whitespace(), start) {
            (false, None) => start = Some(i),
            (true, Some(s)) => {
                push_token(w, s, i, &mut out);
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// Adds the word in `w.masked[s..e]` to `out`, or marks the previous word's punctuation.
fn push_token<'a>(w: Win<'a>, s: usize, e: usize, out: &mut Vec<Tok<'a>>) {
    let raw = w.masked.get(s..e).unwrap_or("");
    let lead = raw.len() - raw.trim_start_matches(|c| LEAD.contains(c)).len();
    let core_end = raw.trim_end_matches(|c| TRAIL.contains(c)).len();
    if core_end <= lead {
        if let (Some(prev), Some(p)) = (out.last_mut(), raw.chars().find_map(punct_kind)) {
            prev.punct = prev.punct.or(Some(p));
        }
        return;
    }
    let mut end = core_end;
    let tail = raw.get(core_end..).unwrap_or("");
    if tail.starts_with('.') && is_abbreviation(raw.get(lead..core_end + 1).unwrap_or("")) {
        end += 1;
    }
    let punct = raw.get(end..).unwrap_or("").chars().find_map(punct_kind);
    let masked = raw.contains(MASK);
    let word = w.orig.get(s + lead..s + end).unwrap_or("");
    out.push(Tok {
        word,
        start: s + lead,
        end: s + end,
        punct,
        masked,
    });
}
