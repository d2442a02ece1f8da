//! Descriptions of the people an article names: a title before the name, an appositive
//! after it ("Paul Osgood, the state senator for Easton Harbor"), or a described noun phrase
//! set in commas before it ("The mayor of Kingsport, Ella Fairweather, ...").

use super::np::{Cat, Subject, Tok, Win, cat, is_cue_word, np_backward, span_text, tokenize};
use super::tokens;

/// Whether `t` can open a description ("a lawyer", "head of", "chief executive").
fn starts_description(t: &Tok<'_>) -> bool {
    let lower = crate::text::lowercase(t.word);
    let verbal = t.word.chars().next().is_some_and(char::is_lowercase)
        && (lower.ends_with("ing") || lower.ends_with("ed"));
    !t.masked
        && !verbal
        && !tokens::DESCRIPTION_STOPS.contains(&lower.as_ref())
        && !tokens::FUNCTION_WORDS.contains(&lower.as_ref())
        && !is_cue_word(t.word)
        && !tokens::NP_STOPS.contains(&t.word)
}

/// The description after a name followed by a comma ("…, head of production, …"): up to
/// the next comma, or the sentence end when `to_end` allows it; an age ("67,") is kept
/// only before a description.
pub(super) fn desc_after(w: Win<'_>, toks: &[Tok<'_>], i: usize, to_end: bool) -> Option<String> {
    if toks.get(i.checked_sub(1)?)?.punct != Some(',') {
        return None;
    }
    let mut k = i;
    for _ in 0..2 {
        if !starts_description(toks.get(k)?) {
            return None;
        }
        let stop =
            (k..toks.len().min(k + 30)).find(|&j| toks.get(j).is_some_and(|t| t.punct.is_some()));
        let e = match stop {
            Some(e) if toks.get(e + 1).is_none_or(|t| !t.masked) || to_end => e,
            None if to_end => toks.len().checked_sub(1)?,
            _ => return None,
        };
        // A quotation inside means a clause ("X, la situación está «bajo control»"), not
        // an appositive.
        if toks.get(k..=e).is_some_and(|r| r.iter().any(|t| t.masked)) {
            return None;
        }
        let punct = toks.get(e).and_then(|t| t.punct);
        let age = e == k
            && toks
                .get(e)
                .is_some_and(|t| t.word.chars().all(|c| c.is_ascii_digit()));
        if age && punct == Some(',') {
            k = e + 1;
            continue;
        }
        // Without `to_end` the appositive must be closed: by a comma, or by the full stop
        // that ends the window's sentence ("filed by Paul Osgood, the state senator.").
        let closed =
            punct == Some(',') || (e + 1 == toks.len() && matches!(punct, Some('.' | '!' | '?')));
        if !to_end && !closed {
            return None;
        }
        return Some(span_text(w, toks, i, e)).filter(|s| !s.is_empty());
    }
    None
}

/// The full names in `w` with the description each is given there: a title before the
/// name, an appositive after it, or a described noun phrase before it in commas.
pub(super) fn names_in(w: Win<'_>) -> Vec<(String, Option<String>)> {
    // A name here is a run of two or more capitalised words: a window with fewer than two
    // capitals at the start of a word (most sentences: "The council said …") has none, and
    // is not tokenised.
    if !two_word_capitals(w.orig) {
        return Vec::new();
    }
    let toks = tokenize(w);
    // Each token's category once: the scan below asks for most of them two or three times.
    let cats: Vec<Cat> = toks.iter().map(cat).collect();
    let mut out = Vec::new();
    let mut k = 0;
    while k < toks.len() {
        if cats.get(k) != Some(&Cat::Cap) {
            k += 1;
            continue;
        }
        let mut e = k;
        while toks.get(e).is_some_and(|t| t.punct.is_none())
            && cats
                .get(e + 1)
                .is_some_and(|c| matches!(c, Cat::Cap | Cat::Particle))
        {
            e += 1;
        }
        let caps = (k..=e).filter(|&j| cats.get(j) == Some(&Cat::Cap)).count();
        if caps >= 2 {
            if let Some((Subject::Named { name, desc }, _)) = np_backward(w, &toks, e + 1) {
                let desc = desc
                    .or_else(|| described_before(w, &toks, k, e))
                    .or_else(|| desc_after(w, &toks, e + 1, false));
                out.push((name, desc));
            }
        }
        k = e + 1;
    }
    out
}

/// "The mayor of Kingsport, Ella Fairweather, …": the phrase before a name set in commas.
fn described_before(w: Win<'_>, toks: &[Tok<'_>], k: usize, e: usize) -> Option<String> {
    let before = toks.get(k.checked_sub(1)?)?;
    if before.punct != Some(',') || toks.get(e)?.punct != Some(',') {
        return None;
    }
    match np_backward(w, toks, k)? {
        (Subject::Unnamed(desc), s) => {
            let opener = s.checked_sub(1).and_then(|p| toks.get(p));
            let adverbial = opener.is_some_and(|t| tokens::CLAUSE_OPENERS.contains(&t.word));
            (!adverbial).then_some(desc)
        }
        _ => None,
    }
}

/// Whether at least two upper-case letters each start a word (follow a character that is
/// not a letter or digit, or the start): a superset of the tokens that can be capitalised.
fn two_word_capitals(text: &str) -> bool {
    let mut prev_alnum = false;
    let mut seen = 0;
    for c in text.chars() {
        if c.is_uppercase() && !prev_alnum {
            seen += 1;
            if seen == 2 {
                return true;
            }
        }
        prev_alnum = c.is_alphanumeric();
    }
    false
}
