//! htmldate-dev: 800 pages (mostly German and English blogs, regional news, magazines and
//! institutions) with the day each was first published (`../shared/corpus/htmldate-dev`),
//! scored as that corpus's README says: day accuracy over all pages, a page without a label
//! being right only when no date is given.
//!
//! The date newsprint gives a page: the page's `published`, else its `updated` (the page as
//! a document: its main story's dates when there is a story, else what its metadata, header
//! and URL state).

#![allow(dead_code)]

use std::path::Path;

use chrono::NaiveDate;
use serde_json::Value;

use super::scoring::{gunzip, read_json};

/// One page and its label.
pub struct Case {
    /// The page's address, given to the extractor as its base URL.
    pub url: String,
    /// The file under `html/`.
    pub file: String,
    /// The day the page was first published; `None` when it states none.
    pub date: Option<NaiveDate>,
    /// The raw bytes.
    pub html: Vec<u8>,
}

/// Reads the corpus, or nothing when `dir` is not it.
pub fn load(dir: &Path) -> Vec<Case> {
    let Some(truth) = read_json(&dir.join("ground-truth.json")) else {
        return Vec::new();
    };
    let Some(map) = truth.as_object() else {
        return Vec::new();
    };
    let mut out: Vec<Case> = map
        .iter()
        .filter_map(|(url, v)| {
            let file = v.get("file")?.as_str()?.to_string();
            let date = v
                .get("date")
                .and_then(Value::as_str)
                .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
            let html = gunzip(&dir.join("html").join(format!("{file}.gz")))?;
            Some(Case {
                url: url.clone(),
                file,
                date,
                html,
            })
        })
        .collect();
    out.sort_by(|a, b| a.file.cmp(&b.file));
    out
}

/// The day newsprint gives `page`: published, else updated.
pub fn day_of(page: &newsprint::Page) -> Option<NaiveDate> {
    page.published
        .as_ref()
        .or(page.updated.as_ref())
        .map(newsprint::Timestamp::date)
}

/// The counts over the corpus.
#[derive(Debug, Default, Clone)]
pub struct Score {
    pub pages: usize,
    pub right: usize,
    /// Pages with no article.
    pub no_article: usize,
    /// Right among pages with no article.
    pub no_article_right: usize,
    /// Misses whose labelled day is the page's `updated` (the label follows the update).
    pub label_is_update: usize,
    /// Misses for reading: file, label, returned, articles on the page.
    pub misses: Vec<(String, Option<NaiveDate>, Option<NaiveDate>, usize)>,
}

impl Score {
    pub fn accuracy(&self) -> f64 {
        self.right as f64 / self.pages.max(1) as f64
    }
}

/// Extracts every page (with its URL as the base, or none when the corpus's URL is not a
/// valid one: one is written `xhttps://`) and scores the day.
pub fn evaluate(cases: &[Case]) -> Score {
    let mut s = Score::default();
    for c in cases {
        let extractor =
            newsprint::Extractor::new(newsprint::Options::default().base_url(c.url.clone()))
                .or_else(|_| newsprint::Extractor::new(newsprint::Options::default()))
                .ok();
        let page = extractor
            .as_ref()
            .and_then(|x| x.extract_bytes(&c.html, None).ok())
            .unwrap_or_default();
        let got = day_of(&page);
        let right = got == c.date;
        s.pages += 1;
        s.right += usize::from(right);
        if page.articles.is_empty() {
            s.no_article += 1;
            s.no_article_right += usize::from(right);
        }
        if !right && page.updated.as_ref().map(newsprint::Timestamp::date) == c.date {
            s.label_is_update += 1;
        }
        if !right {
            s.misses
                .push((c.file.clone(), c.date, got, page.articles.len()));
        }
    }
    s
}
