//! Metadata: page facts (URL, site name, language) and, per article root, the headline,
//! description, authors and timestamps, merged from JSON-LD, `<meta>`, the visible header
//! of the story and the URL, in that order of trust.

mod heading;
pub(crate) mod headline;
pub(crate) mod json_ld;
pub(crate) mod meta_tags;
mod page;
mod timestamps;

use crate::byline;
use crate::dates;
use crate::dom::{Dom, NodeId, tag};
use crate::model::Timestamp;
use crate::options::Options;
use crate::roots::Root;
use crate::score::Stats;

use dates::DateContext;
use json_ld::{LdArticle, LdData};
use meta_tags::MetaTags;
pub(crate) use page::page_meta;

/// What the page as a whole says about itself.
#[derive(Debug)]
pub(crate) struct PageFacts {
    /// The head's meta tags.
    pub meta: MetaTags,
    /// The JSON-LD data.
    pub ld: LdData,
    /// Canonical URL.
    pub url: Option<String>,
    /// Publisher name.
    pub site_name: Option<String>,
    /// BCP 47 language tag.
    pub language: Option<String>,
    /// How to read dates on this page.
    pub dates: DateContext,
    /// Names the site declares (`og:site_name`, JSON-LD), kept out of bylines.
    pub site_names: Vec<String>,
    /// The site names and the host's registrable label, to strip from titles. The label is
    /// not a byline filter: a personal domain is named after the person who writes on it.
    pub title_site_names: Vec<String>,
}

/// Reads the page-level facts.
pub(crate) fn page_facts(dom: &Dom, options: &Options) -> PageFacts {
    let meta = meta_tags::read(dom);
    let ld = json_ld::read(dom);
    let base = options.base_url.as_deref();
    let url = meta
        .canonical
        .as_deref()
        .or_else(|| meta.get("og:url"))
        .or_else(|| ld.articles.first().and_then(|a| a.url.as_deref()))
        .and_then(|u| resolve(base, u))
        .or_else(|| base.map(str::to_string));
    let site_name = meta
        .first(&[
            "og:site_name",
            "application-name",
            "al:android:app_name",
            "twitter:app:name:iphone",
        ])
        .map(str::to_string)
        .or_else(|| ld.site_name.clone());
    let language = meta
        .html_lang
        .clone()
        .or_else(|| meta.get("og:locale").map(|l| l.replace('_', "-")))
        .or_else(|| {
            meta.first(&["content-language", "language", "dc.language"])
                .map(str::to_string)
        })
        .or_else(|| ld.articles.iter().find_map(|a| a.language.clone()));
    let mut site_names: Vec<String> = site_name.iter().cloned().collect();
    site_names.extend(ld.site_name.iter().cloned());
    let mut title_site_names = site_names.clone();
    title_site_names.extend(url.as_deref().and_then(headline::host_label));
    let dates = DateContext {
        reference: options.reference_time,
        day_first: language.as_deref().and_then(day_first),
    };
    PageFacts {
        meta,
        ld,
        url,
        site_name,
        language,
        dates,
        site_names,
        title_site_names,
    }
}

impl PageFacts {
    /// What the roots stage may know of the page.
    pub fn hints(&self, options: &Options) -> crate::roots::PageHints {
        crate::roots::PageHints {
            multiple: options.multiple_articles && !self.ld.live_blog,
            declares_article: self.declares_article(),
            host: self
                .url
                .as_deref()
                .and_then(|u| url::Url::parse(u).ok())
                .and_then(|u| u.host_str().map(str::to_string)),
        }
    }

    /// Whether the page declares itself an article (`og:type=article` or a JSON-LD article).
    pub fn declares_article(&self) -> bool {
        self.meta
            .get("og:type")
            .is_some_and(|t| t.eq_ignore_ascii_case("article"))
            || !self.ld.articles.is_empty()
    }
}

/// Resolves a possibly relative URL against the base; keeps absolute ones as they are.
fn resolve(base: Option<&str>, href: &str) -> Option<String> {
    if let Ok(u) = url::Url::parse(href) {
        return Some(u.to_string());
    }
    let base = url::Url::parse(base?).ok()?;
    base.join(href).ok().map(|u| u.to_string())
}

/// Numeric date order by language: US English month-first, most others day-first.
fn day_first(lang: &str) -> Option<bool> {
    let l = lang.to_ascii_lowercase();
    if l == "en-us" || l == "en_us" {
        Some(false)
    } else if l.starts_with("en-")
        || !(l.starts_with("en")
            || l.starts_with("zh")
            || l.starts_with("ja")
            || l.starts_with("ko"))
    {
        Some(true)
    } else {
        None
    }
}

/// One article's metadata.
#[derive(Debug, Default)]
pub(crate) struct ArticleMeta {
    /// Headline.
    pub headline: String,
    /// The heading element the headline came from.
    pub headline_node: Option<NodeId>,
    /// Description.
    pub description: Option<String>,
    /// Authors.
    pub authors: Vec<String>,
    /// First published.
    pub published: Option<Timestamp>,
    /// Last updated.
    pub updated: Option<Timestamp>,
}

/// Everything the per-article readers share.
pub(crate) struct ArticleInput<'a> {
    /// The document.
    pub dom: &'a Dom,
    /// Node statistics after cleaning.
    pub stats: &'a Stats,
    /// Page facts.
    pub facts: &'a PageFacts,
    /// The article's root.
    pub root: Root,
    /// Whether this is the page's main article (page-level metadata belongs to it).
    pub main: bool,
    /// Whether the page has several articles.
    pub multi: bool,
}

/// One article's headline as its own heading and the head's titles give it, before any
/// JSON-LD object is paired with it (the pairing goes by this headline).
pub(crate) fn headline(input: &ArticleInput<'_>) -> String {
    heading::headline_for(input, None).0
}

/// Reads one article's metadata.
pub(crate) fn article_meta(input: &ArticleInput<'_>, ld: Option<&LdArticle>) -> ArticleMeta {
    let (headline, headline_node) = heading::headline_for(input, ld);
    let site_names: Vec<&str> = input.facts.site_names.iter().map(String::as_str).collect();
    let header = header_region(input, headline_node);
    let after = headline_node.map_or(0..0, |h| {
        let after = after_headline(input.dom, h, header.end);
        // A headline inside its story: its meta lines are in the story too (not in the
        // comments after a story of short paragraphs).
        let c = input.root.container;
        if input.dom.contains(c, h) {
            after.start..after.end.min(input.dom.end(c))
        } else {
            after
        }
    });
    // Persons the story's JSON-LD types as such are the cleanest source; visible bylines
    // come next (their markup glues names to job titles and dates), then the head's fields.
    let mut authors = typed_authors(ld, &site_names);
    if authors.is_empty() && input.main {
        // A scholarly page lists every author, in order, for citation managers.
        for a in &input.facts.meta.citation_authors {
            push_declared_names(&mut authors, a, &site_names, false);
        }
    }
    if authors.is_empty() {
        authors = byline::find(
            input.dom,
            header.clone(),
            after.clone(),
            input.root.container,
            &site_names,
        );
    }
    if authors.is_empty() && input.main {
        authors = page_authors(input.facts, ld, &site_names);
    }
    if authors.is_empty() && input.main {
        // The "Written by" row of a WordPress SEO plugin's share card.
        let meta = &input.facts.meta;
        for (label, data) in crate::patterns::byline::SHARE_CARD_ROWS {
            if meta
                .get(label)
                .is_some_and(|l| l.trim().eq_ignore_ascii_case("written by"))
                && let Some(v) = meta.get(data)
            {
                push_declared_names(&mut authors, v, &site_names, false);
            }
        }
    }
    if authors.is_empty() && input.main {
        authors = site_person(input, ld, &site_names, header.clone(), after.clone());
    }
    let (published, updated) = timestamps::for_article(input, ld, header, headline_node);
    let description = if input.main {
        let m = &input.facts.meta;
        m.first(&["og:description", "twitter:description"])
            .map(str::to_string)
            .or_else(|| ld.and_then(|l| l.description.clone()))
            .or_else(|| {
                m.first(&["description", "dc.description"])
                    .map(str::to_string)
            })
    } else {
        ld.and_then(|l| l.description.clone())
    };
    ArticleMeta {
        headline,
        headline_node,
        description,
        authors,
        published,
        updated,
    }
}

/// The person a site is named after ("Rick Steves"), when a byline or an author field names
/// them and no one else is named: kept out of bylines as the site until now.
fn site_person(
    input: &ArticleInput<'_>,
    ld: Option<&LdArticle>,
    site_names: &[&str],
    header: std::ops::Range<NodeId>,
    after: std::ops::Range<NodeId>,
) -> Vec<String> {
    let (persons, others): (Vec<&str>, Vec<&str>) =
        site_names.iter().partition(|s| byline::is_person_site(s));
    if persons.is_empty() {
        return Vec::new();
    }
    let mut found = byline::find(input.dom, header, after, input.root.container, &others);
    if found.is_empty() {
        found = page_authors(input.facts, ld, &others);
    }
    found.retain(|n| {
        persons
            .iter()
            .any(|p| crate::text::squash(p) == crate::text::squash(n))
    });
    found
}

/// The names of the JSON-LD object's authors typed `Person` that read as names (no role
/// words, capitalised, or written whole in lower case) and are not the site ("USA TODAY"
/// typed as a person; a person the site is named after comes back through
/// [`page_authors`] when no visible byline names anyone).
fn typed_authors(ld: Option<&LdArticle>, site_names: &[&str]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for s in ld.map(|l| l.typed_persons.as_slice()).unwrap_or_default() {
        push_declared_names(&mut out, s, site_names, true);
    }
    out
}

/// Adds the names of a declared author value not yet in `out`; one written whole in lower
/// case ("kirstin boatto") counts when `lowercase_ok` (a JSON-LD field says it is a name).
fn push_declared_names(out: &mut Vec<String>, value: &str, sites: &[&str], lowercase_ok: bool) {
    let mut names = byline::declared_names(value, sites);
    if names.is_empty() && lowercase_ok {
        names.extend(byline::lowercase_name(value, sites));
    }
    byline::push_new(out, names);
}

fn page_authors(facts: &PageFacts, ld: Option<&LdArticle>, site_names: &[&str]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let sources = ld.map(|l| l.authors.clone()).unwrap_or_default();
    let declared = !sources.is_empty();
    let sources = if declared {
        sources
    } else {
        facts.meta.authors.clone()
    };
    let typed = ld.map(|l| l.typed_persons.as_slice()).unwrap_or_default();
    for s in sources {
        // A `Person` the JSON-LD types as one stays a person on a site named after them.
        let sites = if typed.contains(&s) {
            &[][..]
        } else {
            site_names
        };
        push_declared_names(&mut out, &s, sites, declared);
    }
    out
}

/// The ids from the headline (or the root's start) to the first prose block of the root:
/// where bylines and datelines sit.
fn header_region(
    input: &ArticleInput<'_>,
    headline_node: Option<NodeId>,
) -> std::ops::Range<NodeId> {
    let c = input.root.container;
    let end = crate::story::body_start(input.dom, input.stats, c, headline_node);
    let start = headline_node
        .filter(|&h| h < end)
        .map_or(c, |h| hero_start(input, h, end).min(c));
    start..end
}

/// Text nodes read after a headline for its meta lines (byline, date, reading time).
const META_TEXTS_AFTER_HEADLINE: usize = 12;

/// The meta lines right after a headline that lies outside its story's header region (set
/// in a hero block apart from the body, or followed at once by the body): from the end of
/// the header (or the headline) over the next few short texts, up to the first long one.
fn after_headline(dom: &Dom, headline: NodeId, header_end: NodeId) -> std::ops::Range<NodeId> {
    let start = dom.end(headline).max(header_end);
    let mut texts = 0;
    let mut end = start;
    while end < dom.len() && texts < META_TEXTS_AFTER_HEADLINE {
        if let Some(t) = dom.text_of(end) {
            if crate::text::visible_len(t) > 200 {
                break;
            }
            if !t.trim().is_empty() {
                texts += 1;
            }
        }
        end += 1;
    }
    start..end
}

/// Characters of text besides the headline that a headline's header block may hold: a
/// kicker, a dateline, a byline, a reading time ("December 17, 2025 • 6 min read" set above
/// the `<h1>` in a hero block).
const HERO_TEXT: u32 = 300;

/// Where the header block around the headline starts: the outermost ancestor of the headline
/// that holds none of the body and little text besides the headline.
fn hero_start(input: &ArticleInput<'_>, headline: NodeId, body: NodeId) -> NodeId {
    let (dom, stats) = (input.dom, input.stats);
    let own = stats.text(headline);
    dom.ancestors(headline)
        .take_while(|&a| {
            !dom.contains(a, body) && !dom.is(a, &tag!("body")) && stats.text(a) <= own + HERO_TEXT
        })
        .last()
        .unwrap_or(headline)
}

/// Pairs JSON-LD article objects with roots: by headline, else the first object goes to the
/// main article.
pub(crate) fn pair_ld<'a>(ld: &'a [LdArticle], headlines: &[String]) -> Vec<Option<&'a LdArticle>> {
    let mut out: Vec<Option<&LdArticle>> = vec![None; headlines.len()];
    let mut used = vec![false; ld.len()];
    for (slot, h) in out.iter_mut().zip(headlines) {
        if let Some((k, a)) = ld.iter().enumerate().find(|(k, a)| {
            !used.get(*k).copied().unwrap_or(true)
                && a.headline
                    .as_deref()
                    .is_some_and(|x| headline::same_headline(x, h))
        }) {
            *slot = Some(a);
            if let Some(u) = used.get_mut(k) {
                *u = true;
            }
        }
    }
    if let (Some(first @ None), Some(a)) = (out.first_mut(), ld.first())
        && !used.first().copied().unwrap_or(true)
    {
        *first = Some(a);
    }
    out
}
