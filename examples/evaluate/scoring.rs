//! Scorers and corpus readers shared by the `evaluate` example and the quality gate
//! (`tests/quality.rs` includes this file). The scorers are the exact definitions of
//! `../shared/corpus/README.md`, so numbers compare with published ones.

#![allow(dead_code)]

use std::collections::HashMap;
use std::sync::LazyLock;
use std::time::{Duration, Instant};

use regex::Regex;

#[path = "scoring/corpora.rs"]
mod corpora;
pub use corpora::{gunzip, load, read_json};

static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\w+").expect("valid"));

/// One page of a corpus with its answers.
pub struct Case {
    /// Short id (directory name or file stem).
    pub id: String,
    /// Which corpus.
    pub corpus: &'static str,
    /// Page type (WCXB) or "article"/"not-readerable" (Readability).
    pub page_type: String,
    /// The raw bytes.
    pub html: Vec<u8>,
    /// The page URL, when known.
    pub url: Option<String>,
    /// Expected main text.
    pub text: String,
    /// Expected title, author and date (YYYY-MM-DD); empty when not labelled.
    pub title: String,
    /// Expected author names as labelled.
    pub author: String,
    /// Expected publication day.
    pub date: String,
    /// Snippets that must appear / must not appear.
    pub with: Vec<String>,
    /// Boilerplate snippets.
    pub without: Vec<String>,
}

/// What one page scored.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct PageScore {
    pub id: String,
    pub corpus: &'static str,
    pub page_type: String,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub shingle: (u64, u64, u64),
    pub snippets: (u64, u64, u64),
    pub headline_ok: Option<bool>,
    /// `Page.title` against the labelled title, on every page type.
    pub page_title_ok: Option<bool>,
    pub author_ok: Option<bool>,
    /// Author match at the level of names (see [`author_names_match`]); `None` when the
    /// label names no person.
    pub author_names_ok: Option<bool>,
    pub date_ok: Option<bool>,
    /// Why a labelled date was missed: `none` (no date found), `updated` (the label is the
    /// day of the article's `updated`: the page shows its update as its date), `one-day` (a
    /// day apart: the label counts the day in another time zone), `other`.
    pub date_miss: Option<&'static str>,
    pub articles: usize,
    /// Word F1 of the same page extracted as a single article (`multiple_articles(false)`),
    /// measured only for pages that give several articles.
    pub single_f1: Option<f64>,
    pub error: Option<String>,
    #[serde(skip)]
    pub elapsed: Duration,
    #[serde(skip)]
    pub bytes: usize,
    #[serde(skip)]
    pub missed: Vec<String>,
    #[serde(skip)]
    pub extra: Vec<String>,
}

/// Elements that do not break a line of text.
const INLINE_TAGS: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i",
    "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup",
    "time", "tt", "u", "var", "wbr", "label", "nobr",
];

/// The text of an HTML fragment, as a browser shows it: tags dropped (inline ones join
/// their neighbours' words, every other one breaks the line), script and style content
/// dropped, character references decoded.
pub fn strip_tags(html: &str) -> String {
    static SCRIPT: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?is)<(script|style)\b.*?</(script|style)>").expect("valid"));
    static TAG: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?s)</?([a-zA-Z][a-zA-Z0-9]*)?[^>]*>").expect("valid"));
    static ENTITY: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);").expect("valid"));
    let no_script = SCRIPT.replace_all(html, " ");
    // The text a browser shows: inline elements join their neighbours' words (`<span>一波波
    // <span>接續性</span>` is one run of text), every other tag breaks the line.
    let no_tags = TAG.replace_all(&no_script, |c: &regex::Captures<'_>| {
        let name = c.get(1).map_or("", |m| m.as_str()).to_ascii_lowercase();
        if INLINE_TAGS.contains(&name.as_str()) {
            ""
        } else {
            "\n"
        }
    });
    ENTITY
        .replace_all(&no_tags, |c: &regex::Captures<'_>| {
            let e = c.get(1).map_or("", |m| m.as_str());
            let ch = match e {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some(' '),
                _ if e.starts_with("#x") || e.starts_with("#X") => u32::from_str_radix(&e[2..], 16)
                    .ok()
                    .and_then(char::from_u32),
                _ if e.starts_with('#') => e[1..].parse().ok().and_then(char::from_u32),
                _ => None,
            };
            ch.map_or_else(|| c[0].to_string(), |ch| ch.to_string())
        })
        .into_owned()
}

fn words(s: &str, lower: bool) -> Vec<String> {
    let s = if lower {
        s.to_lowercase()
    } else {
        s.to_string()
    };
    WORD.find_iter(&s).map(|m| m.as_str().to_string()).collect()
}

fn bag<T: std::hash::Hash + Eq>(items: impl IntoIterator<Item = T>) -> HashMap<T, u64> {
    let mut m = HashMap::new();
    for i in items {
        *m.entry(i).or_insert(0) += 1;
    }
    m
}

fn overlap<T: std::hash::Hash + Eq>(a: &HashMap<T, u64>, b: &HashMap<T, u64>) -> u64 {
    a.iter()
        .map(|(k, n)| (*n).min(b.get(k).copied().unwrap_or(0)))
        .sum()
}

/// WCXB word scorer: lowercase `\w+` multisets; (P, R, F1) of one page; 0 when empty.
pub fn word_prf(pred: &str, truth: &str) -> (f64, f64, f64) {
    let (p, t) = (bag(words(pred, true)), bag(words(truth, true)));
    let (np, nt): (u64, u64) = (p.values().sum(), t.values().sum());
    if np == 0 || nt == 0 {
        return (0.0, 0.0, 0.0);
    }
    let i = overlap(&p, &t) as f64;
    let (pr, rc) = (i / np as f64, i / nt as f64);
    let f = if i == 0.0 {
        0.0
    } else {
        2.0 * pr * rc / (pr + rc)
    };
    (pr, rc, f)
}

/// ScrapingHub's shingle counts of one page: (tp, fp, fn) over 4-token shingles of `\w+`
/// tokens, case kept.
pub fn shingles(pred: &str, truth: &str) -> (u64, u64, u64) {
    let sh = |s: &str| {
        let w = words(s, false);
        bag(w.windows(4).map(|x| x.join(" ")).collect::<Vec<_>>())
    };
    let (p, t) = (sh(pred), sh(truth));
    let tp = overlap(&p, &t);
    (
        tp,
        p.values().sum::<u64>() - tp,
        t.values().sum::<u64>() - tp,
    )
}

/// Trafilatura's snippet counts of one page: (tp, fp, fn).
pub fn snippets(pred: &str, with: &[String], without: &[String]) -> (u64, u64, u64) {
    let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let p = norm(pred);
    let tp = with.iter().filter(|s| p.contains(&norm(s))).count() as u64;
    let fp = without.iter().filter(|s| p.contains(&norm(s))).count() as u64;
    (tp, fp, with.len() as u64 - tp)
}

fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Headline match: equal after lowercasing and dropping all but letters and digits, to
/// the labelled title or to it without a trailing " - Site" / " | Site" part.
pub fn headline_matches(pred: &str, truth: &str) -> bool {
    let p = squash(pred);
    if p.is_empty() {
        return false;
    }
    let mut options = vec![squash(truth)];
    for sep in [" | ", " - ", " – ", " — ", " :: ", " · "] {
        if let Some((head, _)) = truth.rsplit_once(sep) {
            options.push(squash(head));
        }
        if let Some((_, tail)) = truth.split_once(sep) {
            options.push(squash(tail));
        }
    }
    options.contains(&p)
}

/// Author match: every labelled name (split at ",", " and ", "&", ";") is among the
/// predicted authors, compared squashed; a prediction is needed.
pub fn author_matches(pred: &[String], truth: &str) -> bool {
    static SPLIT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r",|;|&|\band\b").expect("valid"));
    let predicted: Vec<String> = pred.iter().map(|p| squash(p)).collect();
    let names: Vec<String> = SPLIT
        .split(truth)
        .map(squash)
        .filter(|n| !n.is_empty())
        .collect();
    !predicted.is_empty() && !names.is_empty() && names.iter().all(|n| predicted.contains(n))
}

/// The person names of an author label, for the name-level match: the first line of the
/// label (Readability's labels are raw byline text: "By Kelli Miller\n WebMD Health News"),
/// without URLs, e-mail addresses and parenthesised asides, without a leading byline word
/// ("By", "Par", "Por", "Von", "Written by"), cut at the first digit (a date glued on:
/// "by Lucas Nolan22 Dec 2016"), split at ",", ";", "&", "/", " and ", " avec ", " et ",
/// " und ", " y ", leaving out parts that are one credential ("MA", "Ph.D.", "CEPF®": a
/// single token of at most five letters, all capitals).
pub fn label_names(label: &str) -> Vec<String> {
    static ASIDE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\([^)]*\)|https?://\S+|\S+@\S+").expect("valid"));
    static PREFIX: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\s*(?:(?:written|posted)\s+by|by|par|por|von)\b\s*:?").expect("valid")
    });
    static SPLIT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i),|;|&|/|\band\b|\bavec\b|\bet\b|\bund\b|\by\b").expect("valid")
    });
    let first = label
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    let first = ASIDE.replace_all(first, " ");
    let first = PREFIX.replace(&first, "");
    let first = first
        .split(|c: char| c.is_ascii_digit())
        .next()
        .unwrap_or("");
    SPLIT
        .split(first)
        .map(str::trim)
        .filter(|p| !p.is_empty() && !is_credential(p))
        .map(squash)
        .filter(|p| !p.is_empty())
        .collect()
}

fn is_credential(part: &str) -> bool {
    let letters: String = part.chars().filter(|c| c.is_alphabetic()).collect();
    !part.contains(' ')
        && (1..=5).contains(&letters.chars().count())
        && letters.chars().all(|c| c.is_uppercase() || c == 'h')
}

/// Name-level author match: every name of the label ([`label_names`]) is among the
/// predicted authors, compared squashed.
pub fn author_names_match(pred: &[String], names: &[String]) -> bool {
    let predicted: Vec<String> = pred.iter().map(|p| squash(p)).collect();
    !names.is_empty() && names.iter().all(|n| predicted.contains(n))
}

/// Extracts one case and scores it.
pub fn score(case: &Case) -> PageScore {
    let mut options = newsprint::Options::new();
    if let Some(u) = case.url.as_deref() {
        options = options.base_url(u);
    }
    let extractor = newsprint::Extractor::new(options.clone())
        .or_else(|_| newsprint::Extractor::new(newsprint::Options::new()));
    let mut s = PageScore {
        id: case.id.clone(),
        corpus: case.corpus,
        page_type: case.page_type.clone(),
        bytes: case.html.len(),
        ..PageScore::default()
    };
    let Ok(extractor) = extractor else { return s };
    let start = Instant::now();
    let result = extractor.extract_bytes(&case.html, None);
    s.elapsed = start.elapsed();
    let page = match result {
        Ok(p) => p,
        Err(e) => {
            s.error = Some(e.to_string());
            newsprint::Page::default()
        }
    };
    let pred = joined(&page);
    (s.precision, s.recall, s.f1) = word_prf(&pred, &case.text);
    s.shingle = shingles(&pred, &case.text);
    s.snippets = snippets(&pred, &case.with, &case.without);
    s.articles = page.articles.len();
    if s.articles > 1 {
        let single = newsprint::Extractor::new(options.multiple_articles(false))
            .and_then(|x| x.extract_bytes(&case.html, None))
            .unwrap_or_default();
        s.single_f1 = Some(word_prf(&joined(&single), &case.text).2);
    }
    let first = page.articles.first();
    if !case.title.is_empty() {
        s.headline_ok = Some(first.is_some_and(|a| headline_matches(&a.headline, &case.title)));
        s.page_title_ok = Some(
            page.title
                .as_deref()
                .is_some_and(|t| headline_matches(t, &case.title)),
        );
    }
    if !case.author.is_empty() {
        s.author_ok = Some(first.is_some_and(|a| author_matches(&a.authors, &case.author)));
        let names = label_names(&case.author);
        if !names.is_empty() {
            s.author_names_ok = Some(first.is_some_and(|a| author_names_match(&a.authors, &names)));
        }
    }
    if !case.date.is_empty() {
        let day = |t: Option<newsprint::Timestamp>| t.map(|t| t.date().to_string());
        let published = first.and_then(|a| a.published);
        let ok = day(published).as_deref() == Some(case.date.as_str());
        s.date_ok = Some(ok);
        if !ok {
            let updated = first.and_then(|a| a.updated);
            let apart = published
                .zip(chrono::NaiveDate::parse_from_str(&case.date, "%Y-%m-%d").ok())
                .map(|(p, label)| (p.date() - label).num_days().abs());
            s.date_miss = Some(if published.is_none() && updated.is_none() {
                "none"
            } else if day(updated).as_deref() == Some(case.date.as_str()) {
                "updated"
            } else if apart == Some(1) {
                "one-day"
            } else {
                "other"
            });
        }
    }
    let (p, t) = (bag(words(&pred, true)), bag(words(&case.text, true)));
    s.missed = sample_diff(&t, &p);
    s.extra = sample_diff(&p, &t);
    s
}

/// The text scored: the paragraphs of all articles, joined with newlines.
fn joined(page: &newsprint::Page) -> String {
    page.articles
        .iter()
        .flat_map(|a| a.paragraphs.iter())
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join("\n")
}

fn sample_diff(a: &HashMap<String, u64>, b: &HashMap<String, u64>) -> Vec<String> {
    let mut v: Vec<(&String, u64)> = a
        .iter()
        .map(|(k, n)| (k, n.saturating_sub(b.get(k).copied().unwrap_or(0))))
        .filter(|(_, n)| *n > 0)
        .collect();
    v.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(y.0)));
    v.into_iter().take(12).map(|(k, _)| k.clone()).collect()
}

/// Aggregates over a set of page scores.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    pub pages: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub shingle_f1: f64,
    pub snippet_f1: Option<f64>,
    pub headline: Option<f64>,
    pub page_title: Option<f64>,
    pub author: Option<f64>,
    pub author_names: Option<f64>,
    pub date: Option<f64>,
    pub zero_articles: f64,
    pub errors: usize,
}

fn mean(v: impl Iterator<Item = f64>) -> f64 {
    let (s, n) = v.fold((0.0, 0usize), |(s, n), x| (s + x, n + 1));
    if n == 0 { 0.0 } else { s / n as f64 }
}

fn share(v: impl Iterator<Item = Option<bool>>) -> Option<f64> {
    let (ok, n) = v
        .flatten()
        .fold((0usize, 0usize), |(ok, n), x| (ok + usize::from(x), n + 1));
    (n > 0).then(|| ok as f64 / n as f64)
}

/// Summarises page scores.
pub fn summarise(scores: &[&PageScore]) -> Summary {
    let n = scores.len();
    let sh_p = mean(
        scores
            .iter()
            .filter(|s| s.shingle.0 + s.shingle.1 > 0)
            .map(|s| s.shingle.0 as f64 / (s.shingle.0 + s.shingle.1) as f64),
    );
    let sh_r = mean(
        scores
            .iter()
            .filter(|s| s.shingle.0 + s.shingle.2 > 0)
            .map(|s| s.shingle.0 as f64 / (s.shingle.0 + s.shingle.2) as f64),
    );
    let (tp, fp, fn_) = scores.iter().fold((0, 0, 0), |a, s| {
        (a.0 + s.snippets.0, a.1 + s.snippets.1, a.2 + s.snippets.2)
    });
    Summary {
        pages: n,
        precision: mean(scores.iter().map(|s| s.precision)),
        recall: mean(scores.iter().map(|s| s.recall)),
        f1: mean(scores.iter().map(|s| s.f1)),
        shingle_f1: if sh_p + sh_r > 0.0 {
            2.0 * sh_p * sh_r / (sh_p + sh_r)
        } else {
            0.0
        },
        snippet_f1: (tp + fp + fn_ > 0).then(|| 2.0 * tp as f64 / (2 * tp + fp + fn_) as f64),
        headline: share(scores.iter().map(|s| s.headline_ok)),
        page_title: share(scores.iter().map(|s| s.page_title_ok)),
        author: share(scores.iter().map(|s| s.author_ok)),
        author_names: share(scores.iter().map(|s| s.author_names_ok)),
        date: share(scores.iter().map(|s| s.date_ok)),
        zero_articles: mean(scores.iter().map(|s| f64::from(u8::from(s.articles == 0)))),
        errors: scores.iter().filter(|s| s.error.is_some()).count(),
    }
}
