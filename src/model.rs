//! The public data: [`Page`], [`Article`], [`Quote`] and [`Timestamp`].
//!
//! These are plain owned values with no reference to the parser. Their serde form is the
//! JSON contract other tools read; its field names are fixed:
//!
//! ```text
//! Page    { "url": string|null, "site_name": string|null, "language": string|null,
//!           "articles": [Article], "title": string|null, "published": Timestamp|null,
//!           "updated": Timestamp|null, "authors": [string], "description": string|null,
//!           "image": string|null }
//! Article { "headline": string, "description": string|null, "authors": [string],
//!           "published": Timestamp|null, "updated": Timestamp|null,
//!           "paragraphs": [string], "quotes": [Quote] }
//! Quote   { "text": string, "speaker": string|null, "speaker_description": string|null,
//!           "cue": string|null, "paragraph": integer, "kind": "direct"|"partial"|"block" }
//! ```

use std::fmt;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, SecondsFormat};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Everything extracted from one page.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Page {
    /// The page's canonical URL (`<link rel=canonical>`, `og:url`, JSON-LD `url`), resolved
    /// against [`Options::base_url`](crate::Options::base_url); else the base URL itself.
    pub url: Option<String>,
    /// The publisher's name (`og:site_name`, JSON-LD `publisher.name`, `application-name`).
    pub site_name: Option<String>,
    /// The page language as a BCP 47 tag (`<html lang>`, `og:locale`, `content-language`).
    pub language: Option<String>,
    /// One entry per story on the page, in page order. Empty when the page holds no article
    /// (a home page, a listing, an error page): that is not an error.
    pub articles: Vec<Article>,
    /// The page's own title without the site name, for every page (listings and product
    /// pages included): the main story's headline when there is a story, else the head's
    /// `og:title`, `<title>` or JSON-LD headline.
    #[serde(default)]
    pub title: Option<String>,
    /// When the page was first published: the main story's date when there is a story,
    /// else what the page's JSON-LD, `<meta>`, `<time pubdate>` or URL state.
    #[serde(default)]
    pub published: Option<Timestamp>,
    /// When the page was last updated, from the same places as `published`; never earlier.
    /// A page that shows only an update has this and no `published`.
    #[serde(default)]
    pub updated: Option<Timestamp>,
    /// The page's authors: the main story's byline, else the JSON-LD's.
    #[serde(default)]
    pub authors: Vec<String>,
    /// The page's summary: the main story's standfirst, else `og:description` or the
    /// `description` meta tag.
    #[serde(default)]
    pub description: Option<String>,
    /// The lead image's absolute URL (`og:image`, `twitter:image`), resolved against the
    /// page's URL.
    #[serde(default)]
    pub image: Option<String>,
}

/// One story.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// The headline as the reader sees it, without the site name. Empty only when the page
    /// states none anywhere (no heading, no title) around its one story.
    pub headline: String,
    /// The standfirst or summary (`og:description`, JSON-LD `description`), when the page gives one.
    pub description: Option<String>,
    /// Each author's name once, in byline order; no "By", roles, e-mail addresses or handles.
    pub authors: Vec<String>,
    /// When the story was first published.
    pub published: Option<Timestamp>,
    /// When the story was last updated; never earlier than `published`.
    pub updated: Option<Timestamp>,
    /// The body text blocks in reading order, whitespace-normalised, entities decoded, without
    /// the headline, bylines, captions or boilerplate.
    pub paragraphs: Vec<String>,
    /// The direct quotes in the body, in reading order.
    pub quotes: Vec<Quote>,
}

/// A quotation in an article's body and who said it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted words without their quotation marks or a dangling comma.
    pub text: String,
    /// Who is quoted: the fullest name the article gives them, a person ("Zhang Peng") or
    /// an organisation ("Big Machine Records"), resolved from a surname, a pronoun or a role
    /// noun that points back ("Powell said", "she added", "the officer said"); or, when the
    /// article names no one, its own description of the source ("a senior official", "one
    /// neighbour"). `None` when the article does not say who spoke, or a document speaks
    /// without a named issuer ("the statement says").
    pub speaker: Option<String>,
    /// The appositive or title that describes a named speaker ("head of production for Great
    /// Wall Motor", "NVIDIA CEO"), or `None` (always for a speaker given only as a
    /// description).
    pub speaker_description: Option<String>,
    /// The attribution verb as written ("said", "told reporters", "sagte").
    pub cue: Option<String>,
    /// Index into [`Article::paragraphs`] of the paragraph where the quote starts.
    pub paragraph: usize,
    /// What kind of quotation this is.
    pub kind: QuoteKind,
}

/// The kind of a [`Quote`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// A sentence or more of reported speech.
    Direct,
    /// A fragment quoted inside the writer's own sentence: China is "not behind".
    Partial,
    /// A `<blockquote>` of quoted speech.
    Block,
}

/// A point in time as precise as the page states it.
///
/// Serialises as RFC 3339: with the offset when the page gives one or it was inferred from
/// another timestamp of the same page (`2025-01-08T20:23:00+08:00`), without an offset when
/// it is unknown (`2025-01-08T20:23:00`), and as a bare date when only the day is known
/// (`2025-01-08`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Timestamp {
    /// Only the day is known.
    Date(NaiveDate),
    /// Date and time, but the page does not say in which time zone.
    Local(NaiveDateTime),
    /// Date and time with a known UTC offset.
    Offset(DateTime<FixedOffset>),
}

impl Timestamp {
    /// The calendar day, as the page states it (in the page's own time zone).
    pub fn date(&self) -> NaiveDate {
        match self {
            Timestamp::Date(d) => *d,
            Timestamp::Local(dt) => dt.date(),
            Timestamp::Offset(dt) => dt.date_naive(),
        }
    }

    /// The wall-clock date and time, when the time of day is known.
    pub fn naive_local(&self) -> Option<NaiveDateTime> {
        match self {
            Timestamp::Date(_) => None,
            Timestamp::Local(dt) => Some(*dt),
            Timestamp::Offset(dt) => Some(dt.naive_local()),
        }
    }

    /// The UTC offset, when known.
    pub fn offset(&self) -> Option<FixedOffset> {
        match self {
            Timestamp::Offset(dt) => Some(*dt.offset()),
            _ => None,
        }
    }

    /// Parses the serialised form back (the inverse of `Display`).
    pub fn parse(s: &str) -> Option<Timestamp> {
        let s = s.trim();
        if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
            return Some(Timestamp::Offset(dt));
        }
        if let Ok(dt) = NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S%.f") {
            return Some(Timestamp::Local(dt));
        }
        NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .ok()
            .map(Timestamp::Date)
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Timestamp::Date(d) => write!(f, "{}", d.format("%Y-%m-%d")),
            Timestamp::Local(dt) => write!(f, "{}", dt.format("%Y-%m-%dT%H:%M:%S")),
            Timestamp::Offset(dt) => f.write_str(&dt.to_rfc3339_opts(SecondsFormat::Secs, false)),
        }
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        Timestamp::parse(&s)
            .ok_or_else(|| serde::de::Error::custom(format!("not an RFC 3339 timestamp: {s}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_serialise_at_their_precision() {
        for s in [
            "2025-01-08T20:23:00+08:00",
            "2025-01-08T20:23:00",
            "2025-01-08",
            "2025-01-08T20:23:00-05:00",
        ] {
            let t = Timestamp::parse(s).unwrap();
            assert_eq!(t.to_string(), s);
            assert_eq!(serde_json::to_string(&t).unwrap(), format!("\"{s}\""));
        }
    }

    #[test]
    fn quote_kind_is_lowercase() {
        assert_eq!(
            serde_json::to_string(&QuoteKind::Partial).unwrap(),
            "\"partial\""
        );
    }
}
