//! PolNeAR quotes: 924 US news articles whose attributions were annotated by hand
//! (`../shared/corpus/polnear`), scored exactly as that corpus's README says.
//!
//! A labelled quote is found when a returned quote's text starts with (or else contains)
//! its first six words, compared lowercased on `\w+` words with curly apostrophes
//! straightened; each returned quote matches at most one label. Recall = found / labelled.
//! Speaker accuracy, over found quotes whose label names the speaker: the last word of the
//! returned speaker is among the label's words, or the label's last word among the returned
//! speaker's. Attributed, over found quotes with an annotated source: the share with a
//! returned speaker. Precision (a lower bound: the annotators missed some attributions, and
//! one-word scare quotes are unlabelled): matched returned quotes / returned quotes.

#![allow(dead_code)]

use std::path::Path;

use serde_json::Value;

use super::scoring::read_json;

/// One labelled quote.
pub struct Label {
    pub start: Vec<String>,
    pub speaker: Option<String>,
    pub source: Option<String>,
}

/// One article and its labels.
pub struct Article {
    pub id: String,
    pub html: Vec<u8>,
    pub labels: Vec<Label>,
}

/// Reads the corpus, or nothing when `dir` is not it.
pub fn load(dir: &Path) -> Vec<Article> {
    let Some(labels) = read_json(&dir.join("labels.json")) else {
        return Vec::new();
    };
    let text = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
    labels["articles"]
        .as_array()
        .map(|a| a.as_slice())
        .unwrap_or_default()
        .iter()
        .filter_map(|a| {
            let id = text(a, "id")?;
            let html = std::fs::read(dir.join("pages").join(format!("{id}.html"))).ok()?;
            let labels = a["quotes"]
                .as_array()
                .map(|q| q.as_slice())
                .unwrap_or_default()
                .iter()
                .map(|q| Label {
                    start: words(&text(q, "start").unwrap_or_default()),
                    speaker: text(q, "speaker"),
                    source: text(q, "source"),
                })
                .collect();
            Some(Article { id, html, labels })
        })
        .collect()
}

/// Lowercased `\w+` words, curly apostrophes straightened.
pub fn words(s: &str) -> Vec<String> {
    s.replace(['\u{2019}', '\u{2018}'], "'")
        .to_lowercase()
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// The counts over the corpus.
#[derive(Debug, Default, Clone)]
pub struct Score {
    pub labelled: usize,
    pub found: usize,
    pub named: usize,
    pub named_right: usize,
    pub sourced: usize,
    pub sourced_attributed: usize,
    pub returned: usize,
    pub returned_matched: usize,
    /// Misses for reading: article, label start, label speaker, returned speaker.
    pub wrong_speakers: Vec<(String, String, String, Option<String>)>,
    pub unattributed: Vec<(String, String, String)>,
    pub missed: Vec<(String, String)>,
}

impl Score {
    fn share(a: usize, b: usize) -> f64 {
        a as f64 / b.max(1) as f64
    }
    pub fn recall(&self) -> f64 {
        Self::share(self.found, self.labelled)
    }
    pub fn speaker(&self) -> f64 {
        Self::share(self.named_right, self.named)
    }
    pub fn attributed(&self) -> f64 {
        Self::share(self.sourced_attributed, self.sourced)
    }
    pub fn precision(&self) -> f64 {
        Self::share(self.returned_matched, self.returned)
    }
}

/// Whether `quote` (words) starts with `start`, or else contains it.
fn starts_or_contains(quote: &[String], start: &[String]) -> (bool, bool) {
    if start.is_empty() {
        return (false, false);
    }
    let starts = quote.starts_with(start);
    let contains = starts || quote.windows(start.len()).any(|w| w == start);
    (starts, contains)
}

/// Extracts every article and scores it.
pub fn evaluate(articles: &[Article]) -> Score {
    let extractor = newsprint::Extractor::new(newsprint::Options::default()).ok();
    let mut s = Score::default();
    for a in articles {
        let page = extractor
            .as_ref()
            .and_then(|x| x.extract_bytes(&a.html, None).ok())
            .unwrap_or_default();
        let quotes: Vec<&newsprint::Quote> =
            page.articles.iter().flat_map(|x| x.quotes.iter()).collect();
        let texts: Vec<Vec<String>> = quotes.iter().map(|q| words(&q.text)).collect();
        let mut used = vec![false; quotes.len()];
        s.labelled += a.labels.len();
        s.returned += quotes.len();
        for label in &a.labels {
            // A returned quote that starts with the label, else one that contains it.
            let pick = |starts_only: bool| {
                texts.iter().enumerate().position(|(k, t)| {
                    let (st, co) = starts_or_contains(t, &label.start);
                    !used.get(k).copied().unwrap_or(true) && if starts_only { st } else { co }
                })
            };
            let Some(k) = pick(true).or_else(|| pick(false)) else {
                s.missed.push((a.id.clone(), label.start.join(" ")));
                continue;
            };
            if let Some(u) = used.get_mut(k) {
                *u = true;
            }
            s.found += 1;
            let returned = quotes.get(k).and_then(|q| q.speaker.clone());
            if let Some(named) = &label.speaker {
                s.named += 1;
                let lw = words(named);
                let rw = returned.as_deref().map(words).unwrap_or_default();
                let right = rw.last().is_some_and(|w| lw.contains(w))
                    || lw.last().is_some_and(|w| rw.contains(w));
                if right {
                    s.named_right += 1;
                } else {
                    s.wrong_speakers.push((
                        a.id.clone(),
                        label.start.join(" "),
                        named.clone(),
                        returned.clone(),
                    ));
                }
            }
            if let Some(source) = &label.source {
                s.sourced += 1;
                if returned.is_some() {
                    s.sourced_attributed += 1;
                } else {
                    s.unattributed
                        .push((a.id.clone(), label.start.join(" "), source.clone()));
                }
            }
        }
        s.returned_matched += used.iter().filter(|&&u| u).count();
    }
    s
}
