//! The subject a cue attributes speech to: read before the cue ("Smith, a lawyer, said"),
//! after it ("said Smith"), or the sentence's own, as the kind of cue calls for.

use super::super::np::{self, Subject, Tok, Win};
use super::super::tokens;
use super::{Cue, CueKind, cues_in, sentence_subject};

/// Index of the first token starting at or after byte `pos`.
pub(super) fn token_at(toks: &[Tok<'_>], pos: usize) -> usize {
    toks.iter()
        .position(|t| t.start >= pos)
        .unwrap_or(toks.len())
}

/// Whether `t` may sit between a subject and its cue ("has", "later", "quickly").
pub(super) fn is_filler(t: &Tok<'_>) -> bool {
    let w = t.word;
    tokens::CUE_FILLERS.contains(&w)
        || (w.len() > 4 && w.ends_with("ly") && w.chars().all(char::is_lowercase))
}

/// The subject named after token `i` (cue-first order), with its description, which may
/// run to the end of the window when `to_end`.
pub(super) fn subject_after(
    w: Win<'_>,
    toks: &[Tok<'_>],
    i: usize,
    to_end: bool,
) -> Option<Subject> {
    let mut i = i;
    while toks
        .get(i)
        .is_some_and(|t| tokens::TEMPORAL.contains(&t.word) && t.punct.is_none())
    {
        i += 1;
    }
    let (subject, end) = np::np_forward(w, toks, i)?;
    match subject {
        Subject::Named { name, desc: None } => {
            let desc = np::desc_after(w, toks, end, to_end);
            Some(Subject::Named { name, desc })
        }
        Subject::Nobody => None,
        other => Some(other),
    }
}

/// The subject that ends right before token `cue` (subject-first order): skips auxiliaries
/// and reads an appositive in commas ("Smith, a lawyer, said"). Returns the subject and
/// the index of its first token.
pub(super) fn subject_before(w: Win<'_>, toks: &[Tok<'_>], cue: usize) -> Option<(Subject, usize)> {
    let mut end = parenthetical_start(w, toks, cue);
    while end > 0
        && toks
            .get(end - 1)
            .is_some_and(|t| is_filler(t) && t.punct.is_none())
    {
        end -= 1;
    }
    let last = end.checked_sub(1)?;
    match toks.get(last)?.punct {
        None => np::np_backward(w, toks, end),
        Some(',') => {
            // The phrase before the parenthetical's opening comma; a name that a
            // preposition governs ("… in Columbus, Ohio, said") is a place inside a longer
            // parenthetical, whose own opening comma is looked for further back.
            let commas = (last.saturating_sub(30)..last)
                .rev()
                .take_while(|&k| toks.get(k).is_some_and(|t| t.punct != Some('.')))
                .filter(|&k| toks.get(k).is_some_and(|t| t.punct == Some(',')));
            for open in commas.take(3) {
                let (subject, start) = np::np_backward(w, toks, open + 1)?;
                let governed = start
                    .checked_sub(1)
                    .and_then(|k| toks.get(k))
                    .is_some_and(|t| {
                        t.punct.is_none()
                            && (tokens::PREPOSITIONS.contains(&t.word)
                                || tokens::NP_STOPS.contains(&t.word))
                    });
                if !governed {
                    return Some((with_parenthetical(w, toks, subject, open + 1, last), start));
                }
            }
            None
        }
        Some(_) => None,
    }
}

/// `cue`, or the first token of a parenthesis that ends right before it ("Schumer
/// (D-N.Y.) said", "Ms. Lee (pictured) said"): what is in brackets is read past.
pub(super) fn parenthetical_start(w: Win<'_>, toks: &[Tok<'_>], cue: usize) -> usize {
    let Some(last) = cue.checked_sub(1).and_then(|k| toks.get(k)) else {
        return cue;
    };
    let tail = w.orig.get(last.end..).unwrap_or("");
    let tail = tail
        .get(..tail.find(char::is_whitespace).unwrap_or(tail.len()))
        .unwrap_or("");
    if !tail.contains(')') {
        return cue;
    }
    (cue.saturating_sub(PARENTHESIS_WORDS)..cue)
        .rev()
        .find(|&k| {
            toks.get(k)
                .and_then(|t| w.orig.get(..t.start))
                .is_some_and(|h| h.ends_with('('))
        })
        .unwrap_or(cue)
}

/// Longest parenthesis read past between a subject and its cue, in words.
const PARENTHESIS_WORDS: usize = 6;

/// Combines a subject with the parenthetical `toks[a..=b]` that follows it.
pub(super) fn with_parenthetical(
    w: Win<'_>,
    toks: &[Tok<'_>],
    subject: Subject,
    a: usize,
    b: usize,
) -> Subject {
    match subject {
        Subject::Named { name, desc: None } => {
            let desc = np::desc_after(w, toks, a, false).filter(|_| b >= a);
            Subject::Named { name, desc }
        }
        Subject::Unnamed(desc) => match np::name_at(w, toks, a) {
            Some(name) if toks.get(b).is_some_and(|t| t.punct.is_some()) => Subject::Named {
                name,
                desc: Some(desc),
            },
            _ => Subject::Unnamed(desc),
        },
        other => other,
    }
}

/// The subject for `cue` at token `ci` of `toks`, read in the order the cue calls for.
pub(super) fn subject_for(
    w: Win<'_>,
    toks: &[Tok<'_>],
    cue: &Cue,
    ci: usize,
    sentence: Win<'_>,
) -> Subject {
    let after = token_at(toks, cue.end);
    match cue.kind {
        CueKind::Inverted => Subject::Anaphor { org: false },
        CueKind::According => subject_after(w, toks, after, false).unwrap_or(Subject::Nobody),
        // "Nefzi said, adding, …": the participle shares the finite verb's subject.
        CueKind::Participle => cues_in(w.masked)
            .iter()
            .rev()
            .filter(|c| c.end <= cue.start && c.kind == CueKind::Finite)
            .find(|c| {
                w.masked
                    .get(c.end..cue.start)
                    .is_some_and(|gap| gap.split_whitespace().count() <= 2)
            })
            .map(|c| subject_for(w, toks, c, token_at(toks, c.start), sentence))
            .unwrap_or_else(|| sentence_subject(sentence)),
        CueKind::Finite | CueKind::Characterise => {
            let prev = ci.checked_sub(1).and_then(|k| toks.get(k));
            let comma_before = prev.is_some_and(|t| t.punct == Some(',') || t.masked);
            // "sagte, die Kosten seien …": punctuation right after the cue ends the
            // attribution, so what follows is reported speech, not an inverted subject.
            let cue_closed = after
                .checked_sub(1)
                .and_then(|k| toks.get(k))
                .is_some_and(|t| t.punct.is_some());
            // "S told Forbes that …": the name after the verb is the one spoken to.
            let addressee = cue
                .text
                .split_whitespace()
                .next()
                .is_some_and(|v| tokens::ADDRESSEE_CUES.contains(&v));
            // "…, mocked Marco Rubio for": a characterising verb's object, never its
            // subject; "said Obamacare has been": the subject of reported speech.
            let inverted = cue.kind == CueKind::Finite && !clause_after(toks, after);
            let named_after = subject_after(w, toks, after, false).filter(|s| {
                // A cue opening the sentence (`Added the mayor: "…"`) takes any subject.
                inverted
                    && !cue_closed
                    && !addressee
                    && (ci == 0 || matches!(s, Subject::Named { .. }))
            });
            // "… and called the system": a second verb shares the sentence's subject.
            let coordinated = prev
                .is_some_and(|t| t.punct.is_none() && tokens::CUE_COORDINATORS.contains(&t.word));
            if coordinated && named_after.is_none() {
                return sentence_subject(sentence);
            }
            match (comma_before || ci == 0, named_after) {
                (true, Some(s)) => s,
                _ => subject_before(w, toks, ci)
                    .map(|(s, _)| s)
                    .unwrap_or_else(|| sentence_subject(sentence)),
            }
        }
    }
}

/// Whether a clause, not an inverted subject, follows the cue at token `i` of a window that
/// ends at the quotation: a name then a verb ("said Obamacare has been a success"), read
/// as a capitalised run followed by the quotation or a lowercase word that is neither a
/// preposition, a time, a relative nor a filler.
pub(super) fn clause_after(toks: &[Tok<'_>], i: usize) -> bool {
    let mut k = i;
    while toks
        .get(k)
        .is_some_and(|t| t.punct.is_none() && np::cat(t) == np::Cat::Cap)
    {
        k += 1;
    }
    if k == i {
        return false;
    }
    // The window ends at the quotation (`said Obama "understood …"`): the quotation is
    // the name's predicate.
    let Some(next) = toks.get(k) else {
        return true;
    };
    let w = next.word;
    if toks.get(k - 1).is_some_and(|t| t.punct.is_some()) {
        return false;
    }
    next.masked
        || tokens::AUXILIARIES.contains(&w)
        || w.starts_with(|c: char| c.is_lowercase())
            && !tokens::PREPOSITIONS.contains(&w)
            && !tokens::PREPOSITIONAL_STOPS.contains(&w)
            && !tokens::TEMPORAL.contains(&w)
            && !tokens::CUE_FILLERS.contains(&w)
            && !tokens::NP_STOPS.contains(&w)
            && !tokens::NAME_PARTICLES.contains(&w)
}
