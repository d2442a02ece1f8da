//! `<meta>`, `<link>`, `<title>` and `<html lang>`: the page-level facts in the head.

use std::collections::HashMap;

use crate::dom::{Dom, tag};
use crate::text::normalize;

/// The head's facts, keys lowercased.
#[derive(Debug, Default)]
pub(crate) struct MetaTags {
    /// `name`/`property`/`itemprop`/`http-equiv` → first non-empty `content`, and whether
    /// that `<meta>` stands in the body (microdata of one story, on a page of several).
    values: HashMap<String, (String, bool)>,
    /// Every `author`-like meta value, in order.
    pub authors: Vec<String>,
    /// The authors of a scholarly page (`citation_author`, Highwire/Google Scholar), each
    /// turned from "Last, First" to "First Last", in order.
    pub citation_authors: Vec<String>,
    /// `<title>` text.
    pub title: Option<String>,
    /// `<link rel=canonical href>`.
    pub canonical: Option<String>,
    /// `<html lang>`.
    pub html_lang: Option<String>,
}

impl MetaTags {
    /// The value of a meta key (lowercase), if present.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.values.get(key).map(|(v, _)| v.as_str())
    }

    /// The first of several keys that is present.
    pub fn first(&self, keys: &[&str]) -> Option<&str> {
        keys.iter().find_map(|k| self.get(k))
    }

    /// The value of a house-named publication-date key (`w-published-date`,
    /// `article-publish-date`: a key naming publication and not an update or an expiry), for
    /// pages whose CMS uses none of the common names; the alphabetically first such key, so
    /// the answer does not depend on attribute order. Head only when `head_only`.
    pub fn publication_like(&self, head_only: bool) -> Option<&str> {
        self.values
            .iter()
            .filter(|(k, (_, in_body))| !(head_only && *in_body) && is_publication_key(k))
            .min_by(|a, b| a.0.cmp(b.0))
            .map(|(_, (v, _))| v.as_str())
    }

    /// The first of several keys that is present in the head.
    pub fn first_in_head(&self, keys: &[&str]) -> Option<&str> {
        keys.iter().find_map(|k| match self.values.get(*k) {
            Some((v, false)) => Some(v.as_str()),
            _ => None,
        })
    }
}

/// Whether a meta key names a publication date: "publish"/"pubdate" with "date" or "time",
/// and nothing of an update, an expiry or a schedule.
fn is_publication_key(key: &str) -> bool {
    (key.contains("publish") || key.contains("pubdate") || key.contains("pub_date"))
        && (key.contains("date") || key.contains("time"))
        && ![
            "modif",
            "updat",
            "expir",
            "revis",
            "embargo",
            "schedul",
            "unpublish",
        ]
        .iter()
        .any(|w| key.contains(w))
}

/// Author keys: `<meta name=author>` and friends.
const AUTHOR_KEYS: &[&str] = &[
    "author",
    "article:author",
    "byl",
    "dc.creator",
    "dc:creator",
    "dcterms.creator",
    "dcterms:creator",
    "parsely-author",
    "sailthru.author",
    "citation_author",
    "twitter:creator:name",
];

/// Reads the head (and any `<meta>`/`itemprop` in the body).
pub(crate) fn read(dom: &Dom) -> MetaTags {
    let mut m = MetaTags::default();
    let mut in_body = false;
    for id in 0..dom.len() {
        let Some(el) = dom.element(id) else { continue };
        match el.name {
            tag!("body") => in_body = true,
            tag!("meta") => {
                let content = el
                    .attr("content")
                    .map(|c| normalize(&crate::text::decode_leftover_entities(c)))
                    .unwrap_or_default();
                if content.is_empty() {
                    continue;
                }
                for key_attr in ["name", "property", "itemprop", "http-equiv"] {
                    let Some(key) = el.attr(key_attr) else {
                        continue;
                    };
                    for key in key.split_whitespace() {
                        let key = key.to_ascii_lowercase();
                        if AUTHOR_KEYS.contains(&key.as_str()) && !content.starts_with("http") {
                            m.authors.push(content.clone());
                        }
                        if key == "citation_author" {
                            m.citation_authors.push(first_last(&content));
                        }
                        m.values
                            .entry(key)
                            .or_insert_with(|| (content.clone(), in_body));
                    }
                }
            }
            tag!("title") if m.title.is_none() && !in_svg(dom, id) => {
                let t = crate::text::decode_leftover_entities(&dom.text(id));
                if !t.is_empty() {
                    m.title = Some(t);
                }
            }
            tag!("link") if m.canonical.is_none() => {
                let rel = el.attr("rel").unwrap_or_default().to_ascii_lowercase();
                if rel.split_whitespace().any(|r| r == "canonical") {
                    m.canonical = el
                        .attr("href")
                        .map(|h| h.trim().to_string())
                        .filter(|h| !h.is_empty());
                }
            }
            tag!("html") if m.html_lang.is_none() => {
                m.html_lang = el
                    .attr("lang")
                    .or_else(|| el.attr("xml:lang"))
                    .map(|l| l.trim().to_string())
                    .filter(|l| !l.is_empty());
            }
            _ => {}
        }
    }
    m
}

fn in_svg(dom: &Dom, id: usize) -> bool {
    dom.ancestors(id).any(|a| dom.is(a, &tag!("svg")))
}

/// "Doe, Jane" as "Jane Doe" ("Doe, Jane, Jr." too, without the suffix); other forms as
/// they are.
fn first_last(name: &str) -> String {
    let mut parts = name.split(',').map(str::trim);
    match (parts.next(), parts.next()) {
        (Some(last), Some(first)) if !last.is_empty() && !first.is_empty() => {
            format!("{first} {last}")
        }
        _ => name.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::Limits;

    #[test]
    fn house_named_publication_keys() {
        let html = r#"<head><meta name="w-published-date" content="2025-05-27T06:03:43Z">
            <meta name="x-unpublish-date" content="2030-01-01"><meta name="publish-date-modified" content="2026-01-01">
            </head><body><meta itemprop="article-publish-time" content="2024-01-01"></body>"#;
        let m = read(&Dom::parse(html, &Limits::default()).unwrap());
        assert_eq!(m.publication_like(true), Some("2025-05-27T06:03:43Z"));
        assert_eq!(m.publication_like(false), Some("2024-01-01"));
        assert!(!is_publication_key("publisher"));
        assert!(!is_publication_key("article:modified_time"));
        assert!(is_publication_key("sailthru.pubdate"));
    }

    #[test]
    fn citation_authors_in_order_first_name_first() {
        let html = r#"<head><meta name="citation_author" content="Doe, Jane">
            <meta name="citation_author" content="John Q. Roe"><meta name="citation_author" content="Smith, John, Jr."></head>"#;
        let m = read(&Dom::parse(html, &Limits::default()).unwrap());
        assert_eq!(
            m.citation_authors,
            ["Jane Doe", "John Q. Roe", "John Smith"]
        );
    }
}
