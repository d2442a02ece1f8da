//! The subject of a sentence: whom a quotation without a subject of its own, or one cued by a
//! participle, is attributed to. Sentence adverbs, clause openers, sentence-opening adverbs
//! and datelines are read past.

use super::super::np::{self, Subject, Tok, Win};
use super::super::tokens;
use super::zh_subject;

/// The subject of the sentence in `w`: the first noun phrase, skipping a leading masked
/// quotation, sentence adverbs and introductory phrases ending in a comma.
pub(in crate::quotes) fn sentence_subject(w: Win<'_>) -> Subject {
    if let Some(s) = zh_subject(w) {
        return s;
    }
    let toks = np::tokenize(w);
    let mut i = 0;
    for _ in 0..4 {
        while toks.get(i).is_some_and(|t| {
            t.masked || tokens::SENTENCE_ADVERBS.contains(&t.word) || adverb_opener(&toks, i)
        }) {
            i += 1;
        }
        let Some(t) = toks.get(i) else {
            return Subject::Nobody;
        };
        let opener = tokens::CLAUSE_OPENERS.contains(&t.word);
        let comma_ahead = toks
            .get(i..)
            .is_some_and(|r| r.iter().any(|t| t.punct == Some(',')));
        if opener && !comma_ahead {
            i += 1;
            continue;
        }
        if !opener {
            if let Some((subject, end)) = np::np_forward(w, &toks, i) {
                // "Voltline, the electric scooter company, has pulled …": the appositive.
                let comma = end
                    .checked_sub(1)
                    .and_then(|k| toks.get(k))
                    .is_some_and(|t| t.punct == Some(','));
                // "Speaking in Salem, New Hampshire, Trump went …": after an opening
                // phrase, a name set off by a comma before another name is a place.
                let place = i > 0
                    && comma
                    && matches!(subject, Subject::Named { .. })
                    && toks
                        .get(end)
                        .is_some_and(|t| t.word.starts_with(char::is_uppercase));
                match subject {
                    _ if place => {}
                    Subject::Nobody => {}
                    Subject::Named { name, desc: None } if comma => {
                        let desc = np::desc_after(w, &toks, end, false);
                        return Subject::Named { name, desc };
                    }
                    other => return other,
                }
            }
        }
        match toks
            .get(i..)
            .and_then(|r| r.iter().position(|t| t.punct == Some(',')))
        {
            Some(p) => i += p + 1,
            None => return Subject::Nobody,
        }
    }
    Subject::Nobody
}

/// A sentence-opening adverb in "-ly" before a preposition or a comma ("Early in his
/// campaign, …", "Shortly after the call, …", "Finally, …"), a participle before a
/// preposition ("Appearing before supporters, …"), or a dateline's place in capitals
/// ("WASHINGTON, Dec. 8 —"): no one's name.
fn adverb_opener(toks: &[Tok<'_>], i: usize) -> bool {
    let Some(t) = toks.get(i) else {
        return false;
    };
    let next_is_prep = toks
        .get(i + 1)
        .is_some_and(|n| tokens::PREPOSITIONS.contains(&n.word));
    let w = t.word;
    let opens = w.starts_with(char::is_uppercase);
    let adverb = w.len() > 3 && w.ends_with("ly") && (t.punct == Some(',') || next_is_prep);
    let participle = w.len() > 5 && w.ends_with("ing") && t.punct.is_none() && next_is_prep;
    let dateline = i == 0
        && t.punct == Some(',')
        && w.chars().count() >= 3
        && w.chars().all(|c| c.is_uppercase() || c == '-' || c == '.');
    opens && (adverb || participle || dateline)
}
