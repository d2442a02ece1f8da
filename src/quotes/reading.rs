//! The reading state: the article walked sentence by sentence, learning who is named and
//! described, so that each quotation's speaker resolves against what came before it.

use super::np::{self, Subject};
use super::speakers::{Registry, Resolved};
use super::{CONTEXT, Cand, Doc, attribution};
use crate::model::{Quote, QuoteKind};
use crate::patterns::quotes as tokens;

/// The reading state while the article is walked sentence by sentence.
#[derive(Debug, Default)]
pub(super) struct State {
    /// Names and descriptions introduced so far.
    reg: Registry,
    /// The current sentence `(block, start)` and the person it is about.
    cur: ((usize, usize), Option<Resolved>),
    /// The previous sentence and the person it is about.
    prev: ((usize, usize), Option<Resolved>),
    /// The current sentence's grammatical subject as written.
    subject: Subject,
    /// The sentence where the last kept quotation ended, and its speaker.
    last_quote: Option<((usize, usize), Resolved)>,
}

impl State {
    /// Moves to the sentence `s..e` of block `b` and takes note of whom it names.
    pub(super) fn enter_sentence(&mut self, doc: &Doc<'_>, b: usize, s: usize, e: usize) {
        let blockquote = doc.blocks.get(b).is_some_and(|x| x.blockquote);
        self.subject = Subject::Nobody;
        let subject = if blockquote {
            None
        } else {
            let w = doc.win(b, s, e.min(s + 4 * CONTEXT));
            for (name, desc) in np::names_in(w) {
                self.reg.learn(&name, desc.as_deref());
            }
            let head = doc.win(b, s, e.min(s + CONTEXT));
            let subject = attribution::sentence_subject(head);
            let speaks = match &subject {
                Subject::Unnamed(phrase) => attribution::speaks_right_after(head, phrase),
                _ => false,
            };
            let seen = self.reg.observe(&subject, speaks);
            self.subject = subject;
            seen
        };
        let cur = std::mem::replace(&mut self.cur, ((b, s), subject));
        self.prev = cur;
    }

    /// Resolves a candidate's speaker and builds the quote, or `None` when it is dropped.
    pub(super) fn finish(&mut self, doc: &Doc<'_>, c: &Cand) -> Option<Quote> {
        if !c.keep {
            return None;
        }
        // No subject found: the quotation belongs to whoever the last one in this or the
        // previous sentence did (`"…," said S, adding that "…"`), or to the previous
        // sentence's subject; with or without a cue of its own.
        let inherited = c.attr.subject == Subject::Nobody;
        let uncued = c.kind == QuoteKind::Partial && c.attr.cue.is_none();
        // A fragment in the middle of a sentence whose subject is someone is that
        // subject's words (`Trump would denounce "self-deportation"`).
        let governed = uncued && inherited && self.governs(doc, c);
        let (speaker, desc) = if governed {
            self.reg.resolve(&self.subject)
        } else if inherited {
            self.inherit()
        } else {
            self.reg.resolve(&c.attr.subject)
        };
        let governed = governed && speaker.is_some();
        if uncued
            && (one_word(&c.text) || !(governed || self.refers_back(doc, c, speaker.as_deref())))
        {
            return None;
        }
        if inherited && speaker.is_some() {
            self.reg.resolve(&Subject::Named {
                name: speaker.clone().unwrap_or_default(),
                desc: desc.clone(),
            });
        }
        let (s, _) = doc.sentence(c.end_block, c.close.saturating_sub(1));
        self.last_quote = Some(((c.end_block, s), (speaker.clone(), desc.clone())));
        Some(Quote {
            text: c.text.clone(),
            speaker,
            speaker_description: desc,
            cue: c.attr.cue.clone(),
            paragraph: c.block,
            kind: c.kind,
        })
    }

    /// The speaker of an unattributed quotation: the last quotation's speaker when it ended
    /// in this or the previous sentence, else the person the previous sentence is about.
    fn inherit(&self) -> Resolved {
        if let Some((sid, r)) = &self.last_quote {
            if *sid == self.cur.0 || *sid == self.prev.0 {
                return r.clone();
            }
        }
        self.prev.1.clone().unwrap_or_default()
    }

    /// Whether the current sentence's subject, a speaker, stands before fragment `c`, which
    /// reads as a phrase rather than a sentence of its own (it opens in lower case).
    fn governs(&self, doc: &Doc<'_>, c: &Cand) -> bool {
        let speaker_subject = self.reg.can_speak(&self.subject);
        let lower = c
            .text
            .chars()
            .find(|ch| ch.is_alphabetic())
            .is_some_and(char::is_lowercase);
        if !(speaker_subject && lower) {
            return false;
        }
        let (s, _) = doc.sentence(c.block, c.open);
        let before = doc.win(c.block, s, c.open);
        let mut words = before.masked.split_whitespace().rev();
        let last = words.next().map(|w| {
            w.trim_matches(|ch: char| !ch.is_alphanumeric())
                .to_lowercase()
        });
        words.next().is_some() && !last.is_some_and(|w| tokens::TERM_CONTEXT.contains(&w.as_str()))
    }

    /// Whether an unattributed fragment's sentence points back at `speaker` (a pronoun or
    /// their surname), so it is their words rather than a scare quote.
    fn refers_back(&self, doc: &Doc<'_>, c: &Cand, speaker: Option<&str>) -> bool {
        let Some(speaker) = speaker.filter(|s| self.reg.knows(s) || !np::is_org(s)) else {
            return false;
        };
        let (s, e) = doc.sentence(c.block, c.open);
        let w = doc.win(c.block, s, e.min(s + CONTEXT));
        let surname = speaker.split_whitespace().next_back().unwrap_or(speaker);
        np::tokenize(w)
            .iter()
            .any(|t| !t.masked && (np::pronoun(t.word) == Some(false) || t.word == surname))
    }
}

/// Whether a quotation is a single word: without a cue, a scare quote ("so-called").
fn one_word(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .nth(1)
        .is_none()
}
