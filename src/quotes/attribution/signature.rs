//! Signed quotations: a testimonial's or review's `― Jane Doe, customer`, and the
//! attribution line under a block quotation.

use super::super::np::{self, Subject, Win};
use super::{Attribution, subject_after};

/// Dashes that sign a quotation (`"…" ― Jane Doe`), as testimonials and reviews do.
const SIGNATURE_DASHES: [char; 4] = ['―', '—', '–', '~'];

/// A signature after the closing mark: a dash, then only a name (one to five capitalised
/// words), with an optional description after a comma (`― Jane Doe, mayor of Leeds`).
pub(in crate::quotes) fn signature(near: Win<'_>) -> Option<Attribution> {
    let t = near.orig.trim();
    let rest = t.strip_prefix(SIGNATURE_DASHES)?.trim_start();
    let (name_part, desc) = match rest.split_once(',') {
        Some((n, d)) => (n, Some(d.trim().trim_end_matches('.').trim())),
        None => (rest.trim_end_matches('.'), None),
    };
    let words: Vec<&str> = name_part.split_whitespace().collect();
    let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    if words.is_empty() || words.len() > 5 || !words.iter().all(capitalised) {
        return None;
    }
    let masked = near.masked.trim();
    if masked.chars().count() != t.chars().count() || desc.is_some_and(|d| d.len() > 100) {
        return None;
    }
    Some(Attribution {
        cue: None,
        subject: Subject::Named {
            name: words.join(" "),
            desc: desc.filter(|d| !d.is_empty()).map(str::to_string),
        },
        direct: true,
        intro: true,
    })
}

/// The speaker named in a block quotation's attribution line ("— Jane Doe, mayor").
pub(in crate::quotes) fn attribution_line(w: Win<'_>) -> Option<Subject> {
    let toks = np::tokenize(w);
    subject_after(w, &toks, 0, true).filter(|s| matches!(s, Subject::Named { .. }))
}
