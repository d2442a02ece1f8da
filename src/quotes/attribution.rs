//! Attribution: the cue verb and the subject that say who spoke a quotation.
//!
//! Every function works on bounded windows around one quotation (the sentence up to the
//! opening mark, and from the closing mark to the end of the sentence), so the cost per
//! quotation is constant whatever the length of the paragraph.

use std::sync::LazyLock;

use regex::Regex;

use super::np::{self, Subject, Win};

mod cue_subject;
mod signature;
mod subject;
use super::tokens;
use cue_subject::{subject_after, subject_before, subject_for, token_at};
pub(super) use signature::{attribution_line, signature};
pub(super) use subject::sentence_subject;

/// How a cue attributes speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CueKind {
    /// A finite speech verb: the subject is next to it ("Powell said", "said Powell").
    Finite,
    /// A finite verb with the subject pronoun attached ("a-t-il déclaré", "explique-t-elle").
    Inverted,
    /// A participle: the subject is the clause's subject ("…, declaring that").
    Participle,
    /// "according to": the speaker follows.
    According,
    /// A verb that characterises ("called it"): used only without a speech verb.
    Characterise,
}

/// A cue found in a window.
#[derive(Debug, Clone)]
struct Cue {
    /// Offset of the cue in the window.
    start: usize,
    /// Offset after the cue.
    end: usize,
    /// How the cue attributes.
    kind: CueKind,
    /// The cue as written.
    text: String,
}

/// The attribution of one quotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Attribution {
    /// The cue as written ("said", "a déclaré"); `None` when none was found.
    pub cue: Option<String>,
    /// Who the attribution names.
    pub subject: Subject,
    /// Whether the attribution sits right next to the quotation (`"…," she said`).
    pub direct: bool,
    /// Whether the quotation is introduced as speech (`She said: "…"`, `"…," he said, "…"`).
    pub intro: bool,
}

impl Default for Attribution {
    fn default() -> Self {
        Attribution {
            cue: None,
            subject: Subject::Nobody,
            direct: false,
            intro: false,
        }
    }
}

/// Joins words into a regex alternation, longest first.
fn alternation(lists: &[&[&str]]) -> String {
    let mut words: Vec<&str> = lists.iter().flat_map(|l| l.iter().copied()).collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    words.dedup();
    let escaped: Vec<String> = words
        .iter()
        .map(|w| regex::escape(w).replace(' ', r"\s+"))
        .collect();
    escaped.join("|")
}

/// Every cue of every language, one named group per [`CueKind`]. The word boundaries are
/// spelled out (a non-letter before, checked by [`cues_in`] after) rather than `\b`: a
/// Unicode `\b` keeps the regex off its DFA on non-ASCII text, which made every window of
/// a page full of curly apostrophes cost a backtracking search.
static CUE_RE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    let fr_past = format!(
        r"(?:{})\s+(?:{})",
        alternation(&[tokens::FR_AUXILIARIES]),
        alternation(&[tokens::CUES_FR_PARTICIPLE])
    );
    let fr_inv = format!(
        r"(?:{})(?:{})",
        alternation(&[tokens::CUES_FR_PRESENT]),
        alternation(&[tokens::FR_INVERSIONS])
    );
    let finite = alternation(&[tokens::CUES_EN, tokens::CUES_DE, tokens::CUES_ES]);
    let pattern = format!(
        r"(?:^|[^\p{{L}}\p{{N}}_])(?:(?P<inv>{fr_inv}|a-t-(?:il|elle)\s+(?:{part}))|(?P<fr>{fr_past})|(?P<acc>(?i:{acc}))|(?P<char>{chr})|(?P<part>{ptc})|(?P<fin>{finite}|{frp}))",
        part = alternation(&[tokens::CUES_FR_PARTICIPLE]),
        acc = alternation(&[tokens::ACCORDING_TO]),
        chr = alternation(&[tokens::CUES_CHARACTERISE]),
        ptc = alternation(&[tokens::CUES_EN_PARTICIPLE]),
        frp = alternation(&[tokens::CUES_FR_PRESENT]),
    );
    Regex::new(&pattern).ok()
});

/// A Chinese attribution after the closing mark: `」李明说。`
static ZH_TRAIL_RE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    let cues = alternation(&[tokens::CUES_ZH]);
    Regex::new(&format!(
        r"^[\s，,]*(?P<np>\p{{Han}}{{1,12}}?)(?P<cue>{cues})"
    ))
    .ok()
});

/// A Chinese attribution before the opening mark: `王芳说：「`
static ZH_LEAD_RE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    let cues = alternation(&[tokens::CUES_ZH]);
    Regex::new(&format!(
        r"(?P<np>\p{{Han}}{{1,12}}?)(?P<cue>{cues})[：:，,]?\s*$"
    ))
    .ok()
});

/// A Chinese sentence's described subject: `来自贵州的务工人员陈思雨正在…` (a description
/// ending in a title, a name of two or three characters, then what follows a name).
static ZH_SUBJECT_RE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    let titles = alternation(&[tokens::ZH_TITLES]);
    let followers = alternation(&[tokens::ZH_NAME_FOLLOWERS]);
    Regex::new(&format!(
        r"(?P<desc>\p{{Han}}{{0,14}}?(?:{titles}))(?P<name>\p{{Han}}{{2,3}}?)(?:{followers})"
    ))
    .ok()
});

/// Forces every regex of this module to compile; `false` if one does not.
#[cfg(test)]
pub(super) fn regexes_compile() -> bool {
    CUE_RE.is_some() && ZH_TRAIL_RE.is_some() && ZH_LEAD_RE.is_some() && ZH_SUBJECT_RE.is_some()
}

/// The described person a Chinese sentence is about, if it names one after a title.
fn zh_subject(w: Win<'_>) -> Option<Subject> {
    let caps = ZH_SUBJECT_RE.as_ref()?.captures(w.masked)?;
    let (desc, name) = (caps.name("desc")?, caps.name("name")?);
    let surname = name.as_str().chars().next()?;
    if !tokens::ZH_SURNAMES.contains(surname) {
        return None;
    }
    Some(Subject::Named {
        name: w.orig.get(name.start()..name.end())?.to_string(),
        desc: w.orig.get(desc.start()..desc.end()).map(str::to_string),
    })
}

/// The cues in `text`, in order.
fn cues_in(text: &str) -> Vec<Cue> {
    let Some(re) = CUE_RE.as_ref() else {
        return Vec::new();
    };
    // `Said Comey, "…"`: a speech verb opening the sentence, before its subject.
    let lead = text.len() - text.trim_start().len();
    let first = text.get(lead..).and_then(|t| t.split([' ', ',']).next());
    let lowered;
    let text = match first.filter(|w| tokens::INVERTED_OPENERS.contains(w)) {
        Some(w) => {
            lowered = format!(
                "{}{}{}",
                text.get(..lead).unwrap_or(""),
                w.to_lowercase(),
                text.get(lead + w.len()..).unwrap_or("")
            );
            lowered.as_str()
        }
        None => text,
    };
    re.captures_iter(text)
        .filter_map(|c| {
            let after = c.get(0).map_or(0, |m| m.end());
            if text
                .get(after..)
                .and_then(|r| r.chars().next())
                .is_some_and(|n| n.is_alphanumeric() || n == '_')
            {
                return None;
            }
            let (kind, m) = [
                ("inv", CueKind::Inverted),
                ("fr", CueKind::Finite),
                ("acc", CueKind::According),
                ("char", CueKind::Characterise),
                ("part", CueKind::Participle),
                ("fin", CueKind::Finite),
            ]
            .iter()
            .find_map(|(g, k)| c.name(g).map(|m| (*k, m)))?;
            let text = m.as_str().split_whitespace().collect::<Vec<_>>().join(" ");
            let text = text
                .strip_suffix(" it")
                .map_or(text.clone(), str::to_string);
            Some(Cue {
                start: m.start(),
                end: m.end(),
                kind,
                text,
            })
        })
        .collect()
}

/// Whether a speech cue follows `phrase` in `w` within two words ("A spokesperson has
/// said"), rather than somewhere later in a sentence that merely opens with a noun phrase.
pub(super) fn speaks_right_after(w: Win<'_>, phrase: &str) -> bool {
    let Some(after) = w.orig.find(phrase).map(|at| at + phrase.len()) else {
        return false;
    };
    cues_in(w.masked).iter().any(|c| {
        c.kind != CueKind::Characterise
            && c.start >= after
            && w.masked
                .get(after..c.start)
                .is_some_and(|gap| gap.split_whitespace().count() <= 2)
    })
}

/// A sentence that is only an attribution (`Trump said.`, `said Jones on Monday.`): the
/// speaker of the quotation that ends the sentence before it.
pub(super) fn bare_attribution(w: Win<'_>) -> Option<Attribution> {
    let words = w.orig.split_whitespace().count();
    if words > BARE_ATTRIBUTION_WORDS || !w.orig.trim_end().ends_with('.') {
        return None;
    }
    let a = trailing(w)?;
    let cue_end = cues_in(w.masked).first().map(|c| c.end)?;
    // Nothing but the subject or a time may follow the cue: "said that …" reports.
    let rest = w.masked.get(cue_end..).unwrap_or("");
    let toks = rest.split_whitespace().count();
    let reports = rest
        .split_whitespace()
        .any(|t| tokens::COMPLEMENTISERS.contains(&t));
    (matches!(a.subject, Subject::Named { .. } | Subject::Anaphor { .. }) && toks <= 3 && !reports)
        .then_some(a)
}

/// Longest sentence read as a bare attribution, in words.
const BARE_ATTRIBUTION_WORDS: usize = 6;

/// An attribution right after the closing mark: `," said S` / `," S said` / `, so S`.
fn trailing(near: Win<'_>) -> Option<Attribution> {
    if let Some(a) = zh_attribution(&ZH_TRAIL_RE, near) {
        return Some(a);
    }
    let toks = np::tokenize(near);
    let first = toks.first()?;
    if tokens::SO_CUES.contains(&first.word) {
        let subject = subject_after(near, &toks, 1, true)?;
        return Some(Attribution {
            cue: Some(first.word.to_string()),
            subject,
            direct: true,
            intro: false,
        });
    }
    if let Some(a) = signature(near) {
        return Some(a);
    }
    let cue = cues_in(near.masked)
        .into_iter()
        .find(|c| c.kind != CueKind::Characterise)?;
    let ci = token_at(&toks, cue.start);
    let subject = if ci == 0 {
        let after = token_at(&toks, cue.end);
        match (
            cue.kind,
            subject_after(near, &toks, after, cue.kind != CueKind::According),
        ) {
            (CueKind::Inverted, _) => Subject::Anaphor { org: false },
            (_, Some(s)) => s,
            (_, None)
                if toks
                    .get(after)
                    .is_none_or(|t| t.punct.is_some() || t.masked) =>
            {
                Subject::Anaphor { org: false }
            }
            _ => return None,
        }
    } else {
        let (s, start) = subject_before(near, &toks, ci)?;
        if start != 0 || cue.kind == CueKind::Participle {
            return None;
        }
        s
    };
    Some(Attribution {
        cue: Some(cue.text),
        subject,
        direct: true,
        intro: false,
    })
}

/// An attribution that introduces the quotation: `S said: "` / `"…," S said, "` /
/// `According to S, "` / `S was blunt: "`.
pub(super) fn leading(pre: Win<'_>) -> Option<Attribution> {
    if let Some(a) = zh_attribution(&ZH_LEAD_RE, pre) {
        return Some(Attribution { intro: true, ..a });
    }
    let toks = np::tokenize(pre);
    let tail = pre.masked.trim_end();
    let colon = tail.ends_with(':') || tail.ends_with('：');
    let comma = tail.ends_with(',');
    let cues = cues_in(pre.masked);
    if let Some(cue) = cues.iter().rev().find(|c| c.kind != CueKind::Characterise) {
        let ci = token_at(&toks, cue.start);
        let rest = toks.get(token_at(&toks, cue.end)..).unwrap_or(&[]);
        let that = rest
            .iter()
            .any(|t| tokens::COMPLEMENTISERS.contains(&t.word));
        if rest.len() <= 4
            && !that
            && !rest.iter().any(|t| t.masked)
            && (colon || comma || rest.is_empty())
        {
            let subject = subject_for(pre, &toks, cue, ci, pre);
            let named = matches!(subject, Subject::Named { .. } | Subject::Anaphor { .. });
            if colon || comma || (named && cue.kind == CueKind::Finite) {
                return Some(Attribution {
                    cue: Some(cue.text.clone()),
                    subject,
                    direct: true,
                    intro: true,
                });
            }
        }
    }
    if colon && cues.is_empty() {
        // `… pollster Jane Doe: "…"`: the name the colon follows; else the sentence's
        // subject (`S was blunt: "…"`); else a colon still introduces the words as speech.
        let subject = colon_name(pre, &toks).unwrap_or_else(|| sentence_subject(pre));
        let named = matches!(subject, Subject::Named { .. } | Subject::Anaphor { .. });
        return Some(Attribution {
            cue: None,
            direct: named,
            subject: if named { subject } else { Subject::Nobody },
            intro: true,
        });
    }
    None
}

/// The name right before a colon that introduces a quotation (`… pollster Jane Doe:`),
/// unless a preposition governs it (`a blunt message to Trump:`, `later on CNN:`). A
/// heading run into the line before a spaced dash is cut off (`POLLS WRONG - Jane Doe:`).
fn colon_name(pre: Win<'_>, toks: &[np::Tok<'_>]) -> Option<Subject> {
    let (subject, start) = np::np_backward(pre, toks, toks.len())?;
    let governed = start
        .checked_sub(1)
        .and_then(|k| toks.get(k))
        .is_some_and(|t| t.punct.is_none() && tokens::NAME_PREPOSITIONS.contains(&t.word));
    match subject {
        Subject::Named { name, desc } if !governed => {
            let name = [" - ", " – ", " — "]
                .iter()
                .filter_map(|d| name.rsplit_once(d).map(|(_, tail)| tail))
                .min_by_key(|t| t.len())
                .map_or(name.clone(), str::to_string);
            Some(Subject::Named { name, desc })
        }
        _ => None,
    }
}

/// A cue anywhere in the quotation's sentence: speech verbs before the quotation first,
/// then characterising verbs before it, then speech verbs after it.
fn in_sentence(pre: Win<'_>, full: Win<'_>) -> Option<Attribution> {
    let before = cues_in(pre.masked);
    let toks = np::tokenize(pre);
    // A cue joined by "but"/"and" shares the subject of an earlier cue, which attributes.
    let coordinated = |c: &Cue| {
        token_at(&toks, c.start)
            .checked_sub(1)
            .and_then(|k| toks.get(k))
            .is_some_and(|t| t.punct.is_none() && tokens::CUE_COORDINATORS.contains(&t.word))
    };
    let speech: Vec<&Cue> = before
        .iter()
        .filter(|c| c.kind != CueKind::Characterise)
        .collect();
    let pick = speech
        .iter()
        .rev()
        .find(|c| !coordinated(c))
        .or(speech.last())
        .copied()
        .or_else(|| {
            before
                .iter()
                .rev()
                .find(|c| c.kind == CueKind::Characterise)
        });
    if let Some(cue) = pick {
        let ci = token_at(&toks, cue.start);
        let subject = subject_for(pre, &toks, cue, ci, pre);
        return Some(Attribution {
            cue: Some(cue.text.clone()),
            subject,
            direct: false,
            intro: false,
        });
    }
    let cue = cues_in(full.masked)
        .into_iter()
        .find(|c| matches!(c.kind, CueKind::Finite | CueKind::According))?;
    let toks = np::tokenize(full);
    let ci = token_at(&toks, cue.start);
    let subject = match cue.kind {
        CueKind::According => subject_after(full, &toks, token_at(&toks, cue.end), false)?,
        _ => subject_before(full, &toks, ci)
            .map(|(s, _)| s)
            .or_else(|| {
                let comma = ci
                    .checked_sub(1)
                    .and_then(|k| toks.get(k))
                    .is_some_and(|t| t.punct == Some(','));
                subject_after(full, &toks, token_at(&toks, cue.end), true).filter(|_| comma)
            })?,
    };
    Some(Attribution {
        cue: Some(cue.text),
        subject,
        direct: false,
        intro: false,
    })
}

/// A Chinese attribution matched by `re` in `w`.
fn zh_attribution(re: &LazyLock<Option<Regex>>, w: Win<'_>) -> Option<Attribution> {
    let caps = re.as_ref()?.captures(w.masked)?;
    let (np_m, cue_m) = (caps.name("np")?, caps.name("cue")?);
    let phrase = zh_without_manner(w.orig.get(np_m.start()..np_m.end())?);
    let cue = w.orig.get(cue_m.start()..cue_m.end())?.to_string();
    let subject = if np::pronoun(phrase).is_some() {
        Subject::Anaphor { org: false }
    } else {
        let cut = tokens::ZH_TITLES
            .iter()
            .filter_map(|t| phrase.rfind(t).map(|p| p + t.len()))
            .max();
        match cut.and_then(|c| phrase.get(c..).map(|n| (c, n))) {
            Some((_, "")) => Subject::Unnamed(phrase.to_string()),
            Some((c, name)) => Subject::Named {
                name: name.to_string(),
                desc: phrase.get(..c).map(str::to_string),
            },
            None if phrase.chars().count() <= 4 => Subject::Named {
                name: phrase.to_string(),
                desc: None,
            },
            None => return None,
        }
    };
    Some(Attribution {
        cue: Some(cue),
        subject,
        direct: true,
        intro: false,
    })
}

/// A Chinese speaker phrase without the manner adverbial before the cue: `她笑着` → `她`,
/// `李建国激动地` → `李建国` (one or two characters ending in 着 or 地).
fn zh_without_manner(phrase: &str) -> &str {
    let Some(body) = phrase.strip_suffix(['着', '地']) else {
        return phrase;
    };
    let mut cut = body;
    for _ in 0..2 {
        let mut chars = cut.chars();
        chars.next_back();
        cut = chars.as_str();
        if np::pronoun(cut).is_some() || cut.chars().count() == 3 {
            return cut;
        }
    }
    phrase
}

/// The attribution of a quotation from its windows: `pre` (sentence start to the opening
/// mark), `near` (closing mark to the next quotation or sentence end) and `full` (closing
/// mark to sentence end).
pub(super) fn attribute(pre: Win<'_>, near: Win<'_>, full: Win<'_>) -> Attribution {
    trailing(near)
        .or_else(|| leading(pre))
        .or_else(|| in_sentence(pre, full))
        .unwrap_or_default()
}
