//! Page-level metadata: what the page as a document states about itself, for every page
//! (listings, product and section pages included). Where the page holds a story, the main
//! story's own fields stand for the page; else the head's metadata, JSON-LD and the URL.

use super::{PageFacts, headline, resolve, timestamps};
use crate::dom::Dom;
use crate::model::{Article, Timestamp};
use crate::options::Options;

/// The page-level fields of [`Page`](crate::Page).
#[derive(Debug, Default)]
pub(crate) struct PageMeta {
    /// The page's own title, site name stripped.
    pub title: Option<String>,
    /// When the page was first published.
    pub published: Option<Timestamp>,
    /// When the page was last updated.
    pub updated: Option<Timestamp>,
    /// The page's authors.
    pub authors: Vec<String>,
    /// The page's summary.
    pub description: Option<String>,
    /// The lead image's absolute URL.
    pub image: Option<String>,
}

/// `<meta>` keys for the page's title, most trusted first.
const TITLE_KEYS: &[&str] = &["og:title", "twitter:title", "dc.title"];

/// `<meta>` keys for the page's summary, most trusted first.
const DESCRIPTION_KEYS: &[&str] = &["og:description", "description", "twitter:description"];

/// `<meta>` keys for the lead image, most trusted first.
const IMAGE_KEYS: &[&str] = &[
    "og:image",
    "og:image:url",
    "og:image:secure_url",
    "twitter:image",
    "twitter:image:src",
    "image_src",
    "thumbnail",
];

/// The page's metadata: the main story's (the first article) where there is one, the
/// head's otherwise; the image always from the head.
pub(crate) fn page_meta(
    dom: &Dom,
    facts: &PageFacts,
    articles: &[Article],
    options: &Options,
) -> PageMeta {
    let main = articles.first();
    let site_names: Vec<&str> = facts.title_site_names.iter().map(String::as_str).collect();
    let ld = facts.ld.for_stories().first();
    let head_title = facts
        .meta
        .first(TITLE_KEYS)
        .or(facts.meta.title.as_deref())
        .or_else(|| ld.and_then(|l| l.headline.as_deref()))
        .map(|t| headline::strip_site_name(t, &site_names))
        .filter(|t| !t.is_empty());
    // The main story's headline; on a page without a story, its first `<h1>` (what the
    // reader sees as the page's title), else the head's title.
    let title = main
        .map(|a| a.headline.clone())
        .filter(|h| !h.is_empty())
        .or_else(|| first_h1(dom, &site_names));
    // A page that does not declare a story and whose heading is a slogan ("One workspace.
    // Zero busywork.") is titled by its `<title>`.
    let own = facts
        .meta
        .title
        .as_deref()
        .map(|t| headline::strip_site_name(t, &site_names))
        .filter(|t| !t.is_empty());
    let title = match (title, own) {
        (Some(h), Some(t)) if !facts.declares_article() && is_slogan_beside(&h, &t) => Some(t),
        (title, _) => title.or(head_title),
    };
    let (published, updated) = match main {
        Some(a) if a.published.is_some() || a.updated.is_some() => (a.published, a.updated),
        _ => timestamps::for_page(dom, facts, main.is_none()),
    };
    let authors = match main {
        Some(a) if !a.authors.is_empty() => a.authors.clone(),
        _ => ld.map(|l| l.authors.clone()).unwrap_or_default(),
    };
    let description = main.and_then(|a| a.description.clone()).or_else(|| {
        facts
            .meta
            .first(DESCRIPTION_KEYS)
            .or_else(|| ld.and_then(|l| l.description.as_deref()))
            .map(crate::text::normalize)
            .filter(|d| !d.is_empty())
    });
    let image = facts
        .meta
        .first(IMAGE_KEYS)
        .and_then(|u| resolve(options.base_url.as_deref().or(facts.url.as_deref()), u));
    PageMeta {
        title,
        published,
        updated,
        authors,
        description,
        image,
    }
}

/// The text of the page's first `<h1>` with a word in it, site name stripped.
fn first_h1(dom: &Dom, site_names: &[&str]) -> Option<String> {
    (0..dom.len())
        .filter(|&i| dom.is(i, &crate::dom::tag!("h1")))
        .map(|i| headline::heading_text(dom, i))
        .map(|t| headline::strip_site_name(&t, site_names))
        .find(|t| t.chars().any(char::is_alphanumeric))
}

/// Whether a heading reads as a slogan beside the page's title: a sentence of its own (it
/// ends in a full stop or an exclamation mark) that the title does not repeat.
fn is_slogan_beside(heading: &str, title: &str) -> bool {
    use crate::text::squash;
    heading.trim_end().ends_with(['.', '!']) && !squash(title).contains(&squash(heading))
}
