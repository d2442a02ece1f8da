//! Speaker resolution: the people and organisations an article has introduced, so that a
//! surname ("Powell said"), a pronoun ("she added") or "the company" finds the full name
//! and description given earlier.

use super::np::{self, Subject};
use super::tokens;

/// A resolved speaker: the name (if anyone is named) and the description.
pub(super) type Resolved = (Option<String>, Option<String>);

/// At most this many names are remembered, so a huge page stays linear.
const MAX_PEOPLE: usize = 400;

/// Whether `name` is a full name: two words or more, or a Chinese, Japanese or Korean
/// name (written without spaces, two to four characters).
fn is_full_name(name: &str) -> bool {
    name.split_whitespace().nth(1).is_some() || crate::text::is_cjk_name(name)
}

/// Whether a description's head noun is an organisation's ("the electric scooter company",
/// "Roads authority").
fn describes_org(desc: &str) -> bool {
    tokens::ORG_REFS.contains(&head_noun(desc).as_ref())
}

/// A phrase's last word, lower-cased: its head noun ("the electric scooter company" →
/// "company").
fn head_noun(phrase: &str) -> std::borrow::Cow<'_, str> {
    phrase
        .rsplit(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .map(crate::text::lowercase)
        .unwrap_or_default()
}

/// What the article has said about its speakers so far, in reading order.
#[derive(Debug, Default)]
pub(super) struct Registry {
    /// Full names with the first description given, most recent last.
    people: Vec<(String, Option<String>)>,
    /// The person most recently named as a subject (or described, when unnamed).
    last_person: Option<Resolved>,
    /// The organisation most recently named as a subject.
    last_org: Option<Resolved>,
}

impl Registry {
    /// Remembers a full name (two words or more) and its description.
    pub(super) fn learn(&mut self, name: &str, desc: Option<&str>) {
        if !is_full_name(name) {
            return;
        }
        if let Some(i) = self.people.iter().rposition(|p| p.0 == name) {
            let mut entry = self.people.remove(i);
            entry.1 = entry.1.or_else(|| desc.map(str::to_string));
            self.people.push(entry);
            return;
        }
        if self.people.len() >= MAX_PEOPLE {
            self.people.remove(0);
        }
        self.people
            .push((name.to_string(), desc.map(str::to_string)));
    }

    /// The full name and description for `name`: itself when known, else the most recent
    /// full name it is the last (or first) word of.
    fn full_name(&self, name: &str) -> Option<(String, Option<String>)> {
        if is_full_name(name) {
            return self.people.iter().rev().find(|p| p.0 == name).cloned();
        }
        let matches = |p: &&(String, Option<String>)| {
            let mut words = p.0.split_whitespace();
            let first = words.next();
            words.next_back() == Some(name) || (first == Some(name) && !np::is_org(&p.0))
        };
        self.people.iter().rev().find(matches).cloned()
    }

    /// The speaker a definite role phrase points back to ("the officer" after "a Border
    /// Force officer said", "the senator" after "Sen. Ted Cruz" described as "Texas
    /// senator"): the latest person or organisation whose name, description or unnamed
    /// phrase holds the phrase's last word.
    fn described_earlier(&self, phrase: &str) -> Option<Resolved> {
        let mut words = phrase.split_whitespace();
        let first = words.next()?;
        let head = words.next_back()?.to_lowercase();
        if !first.eq_ignore_ascii_case("the") || head.len() < 3 {
            return None;
        }
        let holds = |text: &str| {
            text.split(|c: char| !c.is_alphanumeric())
                .any(|w| w.eq_ignore_ascii_case(&head))
        };
        // A title written short before the name ("Sen.", "Gov.") stands for the role noun.
        let titled = |desc: &str| {
            tokens::SHORT_TITLES
                .iter()
                .any(|(short, role)| *role == head && desc.split_whitespace().any(|w| w == *short))
        };
        for last in [&self.last_person, &self.last_org].into_iter().flatten() {
            if let (Some(who), desc) = last
                && (holds(who) || desc.as_deref().is_some_and(holds))
            {
                return Some(last.clone());
            }
        }
        self.people
            .iter()
            .rev()
            .find(|p| holds(&p.0) || p.1.as_deref().is_some_and(|d| holds(d) || titled(d)))
            .map(|p| (Some(p.0.clone()), p.1.clone()))
    }

    /// The person named most recently anywhere in the text (not only as a sentence's
    /// subject): what a pronoun refers to when no sentence yet was about anyone (the only
    /// person named so far, when there is one: "…, and Agnes Tollefsen has run out of
    /// coffee. “…,” she said").
    fn latest_person(&self) -> Option<Resolved> {
        self.people
            .iter()
            .rev()
            .find(|p| !np::is_org(&p.0))
            .map(|p| (Some(p.0.clone()), p.1.clone()))
    }

    /// Records `r` as the latest person or organisation.
    fn remember(&mut self, r: &Resolved) {
        match &r.0 {
            Some(name) if np::is_org(name) || r.1.as_deref().is_some_and(describes_org) => {
                self.last_org = Some(r.clone())
            }
            _ => self.last_person = Some(r.clone()),
        }
    }

    /// The speaker a quotation's subject stands for, remembered as the latest speaker.
    pub(super) fn resolve(&mut self, subject: &Subject) -> Resolved {
        let r = match subject {
            Subject::Named { name, desc } => {
                let (full, known) = self.full_name(name).unwrap_or((name.clone(), None));
                let desc = desc.clone().or(known);
                self.learn(&full, desc.as_deref());
                (Some(full), desc)
            }
            Subject::Anaphor { org: true } => {
                return self
                    .last_org
                    .clone()
                    .or_else(|| self.last_person.clone())
                    .unwrap_or_default();
            }
            Subject::Anaphor { org: false } => {
                return self
                    .last_person
                    .clone()
                    .or_else(|| self.latest_person())
                    .unwrap_or_default();
            }
            Subject::OrgRef(phrase) => {
                return self
                    .described_earlier(phrase)
                    .or_else(|| self.last_org.clone())
                    .unwrap_or((Some(phrase.clone()), None));
            }
            // A phrase about a document ("the full text of the resolution adopted") names
            // no speaker; any other is the article's own description of one.
            Subject::Unnamed(phrase) if np::names_document(phrase) => (None, Some(phrase.clone())),
            Subject::Unnamed(phrase) => self
                .described_earlier(phrase)
                .unwrap_or((Some(phrase.clone()), None)),
            Subject::Document | Subject::Nobody => return (None, None),
        };
        self.remember(&r);
        r
    }

    /// Takes note of a sentence's subject. Returns the person it names (or the pronoun's
    /// referent), which a following unattributed quotation may belong to.
    pub(super) fn observe(&mut self, subject: &Subject, speech: bool) -> Option<Resolved> {
        match subject {
            Subject::Named { name, desc } => {
                let known = self.full_name(name);
                let person = known.is_some() || (is_full_name(name) && !np::is_org(name));
                let (full, known_desc) = known.unwrap_or((name.clone(), None));
                let r = (Some(full.clone()), desc.clone().or(known_desc));
                if np::is_org(&full) || r.1.as_deref().is_some_and(describes_org) {
                    self.last_org = Some(r);
                    return None;
                }
                if !person {
                    return None;
                }
                self.learn(&full, r.1.as_deref());
                self.last_person = Some(r.clone());
                Some(r)
            }
            Subject::Unnamed(phrase) if !np::names_document(phrase) => {
                // "The central bank left rates unchanged", "Another official was blunter":
                // a described organisation or person that a later "the bank" or "the
                // official" (or "he") points back to, as does any unnamed speaker.
                let head = head_noun(phrase);
                let org = tokens::ORG_REFS.contains(&head.as_ref());
                if !(speech || org || np::is_title(&head)) {
                    return None;
                }
                let r = self
                    .described_earlier(phrase)
                    .unwrap_or((Some(phrase.clone()), None));
                if org {
                    self.last_org = Some(r);
                } else {
                    self.last_person = Some(r);
                }
                None
            }
            Subject::OrgRef(phrase) => {
                // "The company said …": the organisation named earlier, or this phrase
                // when none was.
                let r = self
                    .described_earlier(phrase)
                    .or_else(|| self.last_org.clone())
                    .unwrap_or((Some(phrase.clone()), None));
                self.last_org = Some(r);
                None
            }
            Subject::Anaphor { org: false } => self.last_person.clone(),
            _ => None,
        }
    }

    /// Whether a sentence's subject is someone who can be quoted: a person known or named
    /// in full, an organisation, a pronoun or role pointing back, a described official.
    pub(super) fn can_speak(&self, subject: &Subject) -> bool {
        match subject {
            Subject::Named { name, .. } => {
                self.full_name(name).is_some() || is_full_name(name) || np::is_org(name)
            }
            // "he", "she"; not "it" or "they", often a thing or a crowd.
            Subject::Anaphor { org } => !org,
            Subject::OrgRef(_) => true,
            Subject::Unnamed(phrase) => {
                let head = head_noun(phrase);
                !np::names_document(phrase)
                    && (tokens::ORG_REFS.contains(&head.as_ref()) || np::is_title(&head))
            }
            Subject::Nobody | Subject::Document => false,
        }
    }

    /// Whether `speaker` is a person the reader knows, so a quotation may be theirs.
    pub(super) fn knows(&self, speaker: &str) -> bool {
        self.people.iter().any(|p| p.0 == speaker)
    }
}
