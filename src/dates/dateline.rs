//! Datelines: a short line that is only a date, a time and their labels ("2025-01-08 20:23
//! Last Updated At:21:17", "Published: March 3, 2025"), not body text.

use super::{DateContext, find_all_in_text, find_time_only};

/// A block that is only a dateline (dates, times and their labels): not body text.
pub(crate) fn is_dateline(text: &str) -> bool {
    if text.chars().count() > 120 {
        return false;
    }
    let ctx = DateContext::default();
    let found = find_all_in_text(text, &ctx);
    let time_only = found.is_empty() && find_time_only(text).is_some();
    if found.is_empty() && !time_only {
        return false;
    }
    let mut rest = String::new();
    let mut at = 0;
    for (_, r) in &found {
        rest.push_str(text.get(at..r.start).unwrap_or_default());
        at = r.end;
    }
    rest.push_str(text.get(at..).unwrap_or_default());
    let letters = rest
        .split_whitespace()
        .filter(|w| !is_label_word(w))
        .map(|w| w.chars().filter(|c| c.is_alphabetic()).count())
        .sum::<usize>();
    letters <= 12
}

pub(crate) fn is_label_word(w: &str) -> bool {
    let w = w
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    matches!(
        w.as_str(),
        "published"
            | "updated"
            | "last"
            | "at"
            | "on"
            | "posted"
            | "modified"
            | "am"
            | "pm"
            | "uhr"
            | "veröffentlicht"
            | "aktualisiert"
            | "am."
            | "publicado"
            | "actualizado"
            | "publié"
            | "le"
            | "mis"
            | "à"
            | "jour"
            | "el"
            | "de"
            | "the"
            | "gmt"
            | "utc"
            | "et"
            | "est"
            | "edt"
    )
}
