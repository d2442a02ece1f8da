//! Speaker noun phrases: tokens of an attribution window and the phrase that names or
//! describes who is speaking ("NVIDIA CEO Jensen Huang", "a spokesperson for Acme", "she").

use std::collections::HashSet;
use std::sync::LazyLock;

pub(super) use super::describe::{desc_after, names_in};
use super::tokens;
pub(super) use super::words::{MASK, Tok, Win, tokenize};

/// Who an attribution names.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) enum Subject {
    /// No subject was found.
    #[default]
    Nobody,
    /// A named person or organisation, and the description given at this mention.
    Named {
        /// The name without honorifics ("Jensen Huang").
        name: String,
        /// Title or appositive at this mention ("NVIDIA CEO").
        desc: Option<String>,
    },
    /// A pronoun, epithet or dropped subject referring back to someone; `org` for "it".
    Anaphor {
        /// Whether it refers to an organisation.
        org: bool,
    },
    /// "the company", "the club": the organisation named earlier; the phrase as written.
    OrgRef(String),
    /// Someone unnamed, described by this phrase ("a spokesperson for Acme").
    Unnamed(String),
    /// A document or publication ("the statement"): no speaker.
    Document,
}

/// What a word can be inside a speaker's phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Cat {
    /// A capitalised word that may be part of a name.
    Cap,
    /// A job title or role ("CEO", "manager").
    Title,
    /// "Mr.", "Dr." and the like.
    Honorific,
    /// "van", "de": inside a name.
    Particle,
    /// "of", "and", "&": inside an organisation's name.
    Connector,
    /// A determiner or possessive determiner ("the", "his").
    Det,
    /// A possessive noun ("Ferris's").
    Poss,
    /// Any other lower-case word.
    Lower,
    /// Anything that ends a phrase (a blanked quotation, a function word, a sentence opener).
    Stop,
}

/// Whether `w` is written like a name word ("Powell", "al-Rashid", "O'Brien").
fn capitalised(w: &str) -> bool {
    let first = w.chars().next();
    if first.is_some_and(char::is_uppercase) {
        // "Trump-style", "Obama-era": a name made an adjective by a suffix (a given name
        // such as "Sung-ho" stays a name).
        return w
            .rsplit_once('-')
            .is_none_or(|(_, last)| !tokens::NAME_ADJECTIVE_SUFFIXES.contains(&last));
    }
    let Some((pre, rest)) = w.split_once('-') else {
        return false;
    };
    pre.len() <= 3 && rest.chars().next().is_some_and(char::is_uppercase)
}

/// Whether `w` is a job title or role, including German compounds ("Sportdirektor").
pub(super) fn is_title(w: &str) -> bool {
    if tokens::TITLES.contains(&w) {
        return true;
    }
    // A word already in lower case was just looked up as it is, and takes no suffix rule.
    if w.bytes()
        .all(|b| b.is_ascii_lowercase() || b == b'-' || b == b'\'')
    {
        return false;
    }
    let lower = crate::text::lowercase(w);
    if tokens::TITLES.contains(&lower.as_ref()) {
        return !tokens::NAME_LIKE_TITLES.contains(&w);
    }
    w.chars().next().is_some_and(char::is_uppercase)
        && lower.chars().count() > 5
        && tokens::TITLE_SUFFIXES.iter().any(|s| lower.ends_with(s))
}

/// Whether `w` ends in a possessive ("Ferris's", "players'").
fn is_possessive(w: &str) -> bool {
    ["'s", "’s", "s'", "s’"].iter().any(|s| w.ends_with(s))
}

/// `w` without a possessive ending.
fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .unwrap_or(w)
}

/// Whether `w` is a speech verb of any language (never part of a phrase).
pub(super) fn is_cue_word(w: &str) -> bool {
    static CUE_WORDS: LazyLock<HashSet<&str>> = LazyLock::new(|| {
        [
            tokens::CUES_EN,
            tokens::CUES_EN_PARTICIPLE,
            tokens::CUES_CHARACTERISE,
            tokens::CUES_DE,
            tokens::CUES_ES,
        ]
        .iter()
        .flat_map(|l| l.iter().copied())
        .collect()
    });
    CUE_WORDS.contains(w)
}

/// The category of a token.
pub(super) fn cat(t: &Tok<'_>) -> Cat {
    let w = t.word;
    if t.masked || w.is_empty() {
        return Cat::Stop;
    }
    if tokens::DETERMINERS.contains(&w) || tokens::POSSESSIVES.contains(&w) {
        return Cat::Det;
    }
    if tokens::HONORIFICS.contains(&w) {
        return Cat::Honorific;
    }
    if is_title(w) {
        return Cat::Title;
    }
    if is_possessive(w) {
        let name = capitalised(w) && !tokens::NOT_NAMES.contains(&strip_possessive(w));
        return if name { Cat::Cap } else { Cat::Poss };
    }
    // `Said Comey, "…"`: a speech verb opening the window, before its subject.
    if tokens::NOT_NAMES.contains(&w) || (t.start == 0 && tokens::INVERTED_OPENERS.contains(&w)) {
        return Cat::Stop;
    }
    if capitalised(w) {
        return Cat::Cap;
    }
    if tokens::NAME_PARTICLES.contains(&w) {
        return Cat::Particle;
    }
    if tokens::NAME_CONNECTORS.contains(&w) {
        return Cat::Connector;
    }
    let lower = crate::text::lowercase(w);
    if tokens::FUNCTION_WORDS.contains(&lower.as_ref()) || is_cue_word(w) {
        return Cat::Stop;
    }
    Cat::Lower
}

/// Whether `w` is a pronoun for a person (`Some(false)`) or an organisation (`Some(true)`).
pub(super) fn pronoun(w: &str) -> Option<bool> {
    if tokens::NAME_LIKE_PRONOUNS.contains(&w) {
        return None;
    }
    // "He's predicting", "she’d said": the pronoun before a contracted auxiliary.
    let w = ["'s", "’s", "'d", "’d", "'ll", "’ll"]
        .iter()
        .find_map(|c| w.strip_suffix(c))
        .unwrap_or(w);
    let lower = crate::text::lowercase(w);
    if tokens::PRONOUNS.contains(&lower.as_ref()) {
        Some(false)
    } else if tokens::ORG_PRONOUNS.contains(&lower.as_ref()) {
        Some(true)
    } else {
        None
    }
}

/// Whether `name` looks like an organisation rather than a person.
pub(super) fn is_org(name: &str) -> bool {
    name.split_whitespace().any(|w| {
        tokens::ORG_WORDS.contains(&w)
            || (w.chars().nth(1).is_some() && w.chars().all(|c| c.is_uppercase() || c == '&'))
    }) || name.contains(" & ")
}

/// The original text from the start of token `a` to the end of token `b` (inclusive).
pub(super) fn span_text(w: Win<'_>, toks: &[Tok<'_>], a: usize, b: usize) -> String {
    match (toks.get(a), toks.get(b)) {
        (Some(x), Some(y)) if x.start <= y.end => {
            let s = w.orig.get(x.start..y.end).unwrap_or("").trim().to_string();
            if s.matches('(').count() > s.matches(')').count() {
                format!("{s})")
            } else {
                s
            }
        }
        _ => String::new(),
    }
}

/// Builds the subject from the phrase `toks[a..=b]`: splits off titles, honorifics and
/// determiners, and recognises post-modified common nouns ("a spokesperson for Acme").
fn phrase_subject(w: Win<'_>, toks: &[Tok<'_>], a: usize, b: usize) -> Option<Subject> {
    let cats: Vec<Cat> = toks.get(a..=b)?.iter().map(cat).collect();
    if cats.iter().all(|c| *c == Cat::Det) {
        return None;
    }
    let text = span_text(w, toks, a, b);
    let n = cats.len();
    let mut rs = n;
    while rs > 0 && in_name_run(toks, a, &cats, rs - 1) {
        rs -= 1;
    }
    while rs < n && matches!(cats[rs], Cat::Particle | Cat::Connector) {
        rs += 1;
    }
    if rs >= n || cats[n - 1] != Cat::Cap {
        return Some(common_subject(w, toks, a, b, &cats));
    }
    let before = rs
        .checked_sub(1)
        .and_then(|k| toks.get(a + k))
        .map(|t| t.word);
    let before2 = rs
        .checked_sub(2)
        .and_then(|k| toks.get(a + k))
        .map(|t| t.word);
    let prep = |x: Option<&str>| x.is_some_and(|x| tokens::PREPOSITIONS.contains(&x));
    let det = |x: Option<&str>| x.is_some_and(|x| tokens::DETERMINERS.contains(&x));
    if prep(before) || (det(before) && prep(before2)) {
        return Some(common_subject(w, toks, a, b, &cats));
    }
    let first_name = (rs..cats.len())
        .find(|&k| cats[k] == Cat::Cap && !tokens::HONORIFICS.contains(&toks[a + k].word))
        .unwrap_or(rs);
    let name = span_text(w, toks, a + first_name, b);
    let name = strip_possessive(&name).to_string();
    let prefix = (rs > 0).then(|| span_text(w, toks, a, a + rs - 1));
    let only_det = rs == 1 && cats[0] == Cat::Det;
    let desc = prefix.filter(|_| !only_det && rs > 0);
    let bare = tokens::BARE_SUBJECTS.contains(&crate::text::lowercase(&name).as_ref());
    if name.is_empty() || bare {
        return Some(Subject::Unnamed(text));
    }
    Some(Subject::Named { name, desc })
}

/// Whether token `a + k` continues a name run read backwards: a name word, particle,
/// connector or honorific, or a capitalised article after a particle ("de La Tour").
fn in_name_run(toks: &[Tok<'_>], a: usize, cats: &[Cat], k: usize) -> bool {
    match cats.get(k) {
        Some(Cat::Cap | Cat::Particle | Cat::Connector | Cat::Honorific) => true,
        Some(Cat::Det) => {
            k > 0
                && cats.get(k - 1) == Some(&Cat::Particle)
                && toks.get(a + k).is_some_and(|t| {
                    capitalised(t.word) || tokens::NAME_PARTICLES.contains(&t.word)
                })
        }
        _ => false,
    }
}

/// The subject for a phrase without a trailing name: a document, an organisation reference,
/// an epithet ("the 19-year-old") or an unnamed speaker.
fn common_subject(w: Win<'_>, toks: &[Tok<'_>], a: usize, b: usize, cats: &[Cat]) -> Subject {
    let text = span_text(w, toks, a, b);
    let head = toks.get(b).map(|t| t.word).unwrap_or("");
    let first = toks.get(a).map(|t| t.word).unwrap_or("");
    let noun = toks.get(a + 1).map(|t| t.word).unwrap_or("");
    let elided = ["L'", "l'", "L’", "l’"]
        .iter()
        .any(|e| first.starts_with(e));
    let det_led = matches!(cats.first(), Some(Cat::Det | Cat::Poss)) || elided;
    let first_cap = toks
        .get(a)
        .is_some_and(|t| capitalised(strip_possessive(t.word)));
    // "a spokesperson for the label" is a person, whatever the phrase ends with.
    let doc = !cats.contains(&Cat::Title)
        && (tokens::DOCUMENTS.contains(&head) || (det_led && tokens::DOCUMENTS.contains(&noun)));
    if doc && (det_led || first_cap) {
        return Subject::Document;
    }
    if head.ends_with("-year-old") {
        return Subject::Anaphor { org: false };
    }
    if b == a + 1 && det_led && tokens::ORG_REFS.contains(&head) {
        return Subject::OrgRef(text);
    }
    let bare = tokens::BARE_SUBJECTS.contains(&crate::text::lowercase(head).as_ref());
    if det_led || bare || cats.contains(&Cat::Title) {
        return Subject::Unnamed(text);
    }
    Subject::Nobody
}

/// Whether a phrase speaks of a document ("the full text of the resolution"): one of its
/// words is a document's.
pub(super) fn names_document(phrase: &str) -> bool {
    phrase
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| tokens::DOCUMENTS.contains(&crate::text::lowercase(w).as_ref()))
}

/// "the Frenchman", "the 19-year-old" at token `i`: someone just named.
fn epithet(toks: &[Tok<'_>], i: usize) -> Option<Subject> {
    let det = toks.get(i).filter(|t| t.word == "the" || t.word == "The")?;
    let noun = toks.get(i + 1)?;
    let known = tokens::EPITHETS.contains(&noun.word) || noun.word.ends_with("-year-old");
    (known && det.punct.is_none()).then_some(Subject::Anaphor { org: false })
}

/// The phrase read forwards from token `i`: `(subject, index after the phrase)`.
pub(super) fn np_forward(w: Win<'_>, toks: &[Tok<'_>], i: usize) -> Option<(Subject, usize)> {
    let t = toks.get(i)?;
    if let Some(org) = pronoun(t.word) {
        return Some((Subject::Anaphor { org }, i + 1));
    }
    if let Some(s) = epithet(toks, i) {
        return Some((s, i + 2));
    }
    let c0 = cat(t);
    if c0 == Cat::Stop {
        return None;
    }
    let end = forward_end(toks, i, matches!(c0, Cat::Det | Cat::Poss));
    let last = end.checked_sub(1).filter(|&l| l >= i)?;
    let possessive_head = toks
        .get(last)
        .is_some_and(|t| is_possessive(t.word) && t.punct.is_none());
    if possessive_head && toks.get(end).is_some_and(|t| cat(t) == Cat::Lower) {
        return Some((Subject::Nobody, end));
    }
    let subject = phrase_subject(w, toks, i, last)?;
    Some((swap_appositive(w, toks, subject, last), end))
}

/// Index just after the phrase starting at token `i`; `det_led` when it opens with a
/// determiner, so common nouns and their prepositional phrases belong to it.
fn forward_end(toks: &[Tok<'_>], i: usize, det_led: bool) -> usize {
    let (mut end, mut lowers, mut seen_cap) = (i, 0, false);
    // Whether the last word read was a head noun: a role ("official") or an
    // organisation ("bank"), after which only a modifier or a name may follow.
    let (mut after_head, mut seen_prep) = (false, false);
    while let Some(t) = toks.get(end) {
        let c = cat(t);
        let next = toks.get(end + 1).map(cat);
        if det_led && end > i && !seen_cap && RELATIVES.contains(&t.word) {
            // "a woman whose brother died in the collapse": a restrictive clause.
            return relative_clause_end(toks, end).unwrap_or(end);
        }
        let in_name = seen_cap && matches!(c, Cat::Particle | Cat::Det) && next == Some(Cat::Cap);
        let and_title = t.word == "and" && matches!(next, Some(Cat::Title | Cat::Cap));
        let prepositional = det_led && !seen_cap && tokens::PREPOSITIONAL_STOPS.contains(&t.word);
        let stop_word = tokens::NP_STOPS.contains(&t.word)
            && end > i
            && !in_name
            && !and_title
            && !prepositional;
        let person_run = end >= i + 2 && toks.get(end - 2..end).is_some_and(person_like);
        let cut_prep = tokens::PREPOSITIONS.contains(&t.word) && person_run && !in_name;
        if (c == Cat::Stop && !and_title && !prepositional)
            || stop_word
            || cut_prep
            || end - i >= 12
        {
            break;
        }
        if c == Cat::Lower && !prepositional {
            let verb = || t.word.ends_with("ed") || tokens::IRREGULAR_PASTS.contains(&t.word);
            // After the head noun a verb starts the predicate ("The central bank left
            // rates unchanged"); a participle with its preposition still describes
            // ("a diplomat involved in the talks").
            let predicate = || {
                let reduced_relative = t.word.ends_with("ed")
                    && toks.get(end + 1).is_some_and(|n| {
                        // "declined to comment" is a verb and its infinitive.
                        n.word != "to"
                            && (tokens::PREPOSITIONS.contains(&n.word)
                                || tokens::PREPOSITIONAL_STOPS.contains(&n.word))
                    });
                verb() && !reduced_relative && !tokens::ORG_REFS.contains(&t.word)
            };
            if det_led && (seen_cap || (after_head && predicate())) {
                break;
            }
            lowers += 1;
            // "Perez hammered Trump": a verb between two names joins nothing.
            if !det_led && (lowers > 3 || !next_is_name_part(toks, end) || verb()) {
                break;
            }
        }
        seen_cap |= c == Cat::Cap;
        if det_led {
            seen_prep |= prepositional || tokens::PREPOSITIONS.contains(&t.word);
            after_head = !seen_prep
                && (c == Cat::Title || (c == Cat::Lower && tokens::ORG_REFS.contains(&t.word)));
        }
        end += 1;
        if t.punct.is_some() {
            break;
        }
    }
    end
}

/// Relative pronouns that open a restrictive clause after a described speaker.
const RELATIVES: [&str; 2] = ["who", "whose"];

/// The end of the relative clause opening at token `k` ("who saw it fall"): up to a speech
/// verb or the first punctuation, within [`RELATIVE_WORDS`] words; `None` when it runs on.
fn relative_clause_end(toks: &[Tok<'_>], k: usize) -> Option<usize> {
    for j in k + 1..(k + 1 + RELATIVE_WORDS).min(toks.len()) {
        let t = toks.get(j)?;
        if t.masked || is_cue_word(t.word) {
            return (j > k + 1).then_some(j);
        }
        if t.punct.is_some() {
            return Some(j + 1);
        }
    }
    (toks.len() <= k + 1 + RELATIVE_WORDS && toks.len() > k + 1).then_some(toks.len())
}

/// Longest relative clause kept in a speaker's description, in words.
const RELATIVE_WORDS: usize = 10;

/// Whether the word after `k` (within two) continues a name or title.
fn next_is_name_part(toks: &[Tok<'_>], k: usize) -> bool {
    toks.get(k + 1..(k + 3).min(toks.len()))
        .unwrap_or(&[])
        .iter()
        .map(cat)
        .take_while(|c| !matches!(c, Cat::Stop))
        .any(|c| matches!(c, Cat::Cap | Cat::Title))
}

/// Whether two tokens look like a person's first and last name.
fn person_like(pair: &[Tok<'_>]) -> bool {
    pair.iter()
        .all(|t| cat(t) == Cat::Cap && !tokens::ORG_WORDS.contains(&t.word))
        && pair.first().is_some_and(|t| t.punct.is_none())
}

/// "the director, Dr. Helga Strand": an unnamed phrase followed by a name in commas
/// becomes that name, with the phrase as its description.
fn swap_appositive(w: Win<'_>, toks: &[Tok<'_>], subject: Subject, last: usize) -> Subject {
    let Subject::Unnamed(desc) = &subject else {
        return subject;
    };
    if toks.get(last).and_then(|t| t.punct) != Some(',') {
        return subject;
    }
    match name_at(w, toks, last + 1) {
        Some(name) => Subject::Named {
            name,
            desc: Some(desc.clone()),
        },
        None => subject,
    }
}

/// A bare name (capitalised words and particles, no title) starting at token `i` and
/// ending at punctuation or the end of the window.
pub(super) fn name_at(w: Win<'_>, toks: &[Tok<'_>], i: usize) -> Option<String> {
    let mut k = i;
    while let Some(t) = toks.get(k) {
        let c = cat(t);
        if !matches!(c, Cat::Cap | Cat::Particle | Cat::Honorific) || k - i > 5 {
            return None;
        }
        if t.punct.is_some() || k + 1 == toks.len() {
            break;
        }
        k += 1;
    }
    let first = (i..=k).find(|&j| toks.get(j).is_some_and(|t| cat(t) == Cat::Cap))?;
    Some(span_text(w, toks, first, k)).filter(|s| !s.is_empty())
}

/// The phrase ending at token `end - 1` read backwards (the subject before a cue).
pub(super) fn np_backward(w: Win<'_>, toks: &[Tok<'_>], end: usize) -> Option<(Subject, usize)> {
    let last = end.checked_sub(1)?;
    let t = toks.get(last)?;
    if let Some(org) = pronoun(t.word) {
        return Some((Subject::Anaphor { org }, last));
    }
    if let Some(s) = last.checked_sub(1).and_then(|k| epithet(toks, k)) {
        return Some((s, last - 1));
    }
    let (mut start, mut lowers, mut clean) = (last, 0, true);
    loop {
        let c = toks.get(start).map_or(Cat::Stop, cat);
        let before_title = start < last && toks.get(start + 1).map(cat) == Some(Cat::Title);
        let edge = match c {
            Cat::Stop => true,
            Cat::Particle | Cat::Connector => before_title,
            Cat::Lower | Cat::Poss => {
                lowers += 1;
                lowers > 4
            }
            _ => false,
        };
        if edge {
            start += 1;
            clean = false;
            break;
        }
        if c == Cat::Det {
            break;
        }
        let Some(prev) = start.checked_sub(1) else {
            break;
        };
        // "Rep. Glenn Thompson": an abbreviated title's full stop ends no phrase.
        let abbreviated =
            |p: &Tok<'_>| p.punct == Some('.') && matches!(cat(p), Cat::Honorific | Cat::Title);
        if toks
            .get(prev)
            .is_none_or(|p| (p.punct.is_some() && !abbreviated(p)) || p.masked)
        {
            break;
        }
        start = prev;
    }
    if !clean {
        let named_later = |s: usize| {
            (s + 1..=last).any(|k| {
                toks.get(k)
                    .is_some_and(|t| matches!(cat(t), Cat::Title | Cat::Cap))
            })
        };
        while start < last
            && toks
                .get(start)
                .is_some_and(|t| matches!(cat(t), Cat::Lower | Cat::Poss))
            && named_later(start)
        {
            start += 1;
        }
    }
    if start > last {
        return None;
    }
    phrase_from(w, toks, start, last)
}

/// The subject of `toks[start..=last]`, trimming leading words that cannot open a phrase.
fn phrase_from(
    w: Win<'_>,
    toks: &[Tok<'_>],
    start: usize,
    last: usize,
) -> Option<(Subject, usize)> {
    let mut s = start;
    while s <= last
        && matches!(
            cat(toks.get(s)?),
            Cat::Connector | Cat::Particle | Cat::Stop
        )
    {
        s += 1;
    }
    if s > last {
        return None;
    }
    let subject = phrase_subject(w, toks, s, last)?;
    (subject != Subject::Nobody).then_some((subject, s))
}
