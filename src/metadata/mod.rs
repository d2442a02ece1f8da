//! Metadata: page facts (URL, site name, language) and, per article root, the headline,
//! description, authors and timestamps, merged from JSON-LD, `<meta>`, the visible header
//! of the story and the URL, in that order of trust.

pub(crate) mod byline;
pub(crate) mod dates;
pub(crate) mod headline;
pub(crate) mod json_ld;
pub(crate) mod meta_tags;
mod timestamps;

use crate::dom::{Dom, NodeId, tag};
use crate::model::Timestamp;
use crate::options::Options;
use crate::roots::Root;
use crate::score::Stats;

pub(crate) use timestamps::{is_dateline, shows_date};

use dates::DateContext;
use json_ld::{LdArticle, LdData};
use meta_tags::MetaTags;

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
    headline_for(input, None).0
}

/// Reads one article's metadata.
pub(crate) fn article_meta(input: &ArticleInput<'_>, ld: Option<&LdArticle>) -> ArticleMeta {
    let (headline, headline_node) = headline_for(input, ld);
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
            after,
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
    let end = crate::roots::body_start(input.dom, input.stats, c, headline_node);
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

/// The headline: the story's own heading; for the main article, checked against the
/// titles of the head and falling back to them.
fn headline_for(input: &ArticleInput<'_>, ld: Option<&LdArticle>) -> (String, Option<NodeId>) {
    let dom = input.dom;
    let facts = input.facts;
    let site_names: Vec<&str> = facts.title_site_names.iter().map(String::as_str).collect();
    let mut titles: Vec<String> = Vec::new();
    if let Some(h) = ld.and_then(|l| l.headline.as_deref()) {
        titles.push(headline::strip_site_name(h, &site_names));
    }
    if input.main {
        for key in ["og:title", "twitter:title"] {
            if let Some(t) = facts.meta.get(key) {
                titles.push(headline::strip_site_name(t, &site_names));
            }
        }
        if let Some(t) = &facts.meta.title {
            titles.push(headline::strip_site_name(t, &site_names));
        }
    }
    let host = facts.url.as_deref().and_then(headline::host_label);
    let raw_titles: Vec<&str> = if input.main {
        [facts.meta.get("og:title"), facts.meta.title.as_deref()]
            .into_iter()
            .flatten()
            .collect()
    } else {
        Vec::new()
    };
    let is_site = |t: &str| {
        site_names.iter().any(|s| headline::same_headline(s, t))
            || host.as_deref().is_some_and(|h| headline::names_host(t, h))
            || (!agrees(t, &titles)
                && raw_titles
                    .iter()
                    .any(|title| headline::is_title_tail(title, t)))
    };
    let c = input.root.container;
    let inside = |name: &html5ever::LocalName| {
        dom.subtree(c).find(|&i| {
            dom.is(i, name) && heading(dom, i).is_some_and(|t| is_headline_text(&t, &is_site))
        })
    };
    let mut node = inside(&tag!("h1"));
    if node.is_none() && input.multi {
        node = inside(&tag!("h2"));
    }
    // Cross-check: an `<h1>` that says none of the titles (a section heading in a body
    // written in Markdown, a promo) gives way to a page heading that says one of them.
    // And one that says a title only nearly gives way to one that says it exactly.
    if input.main
        && !input.multi
        && let Some(n) = node
        && !heading(dom, n).is_some_and(|t| agrees(&t, &titles))
        && let Some(m) = titled_heading(dom, &titles, &is_site)
    {
        node = Some(m);
    }
    // A body that heads its sections with `<h1>`s ("Day 7", "Day 8") has none for the
    // story: when the first says no title and nothing on the page does, the title stands.
    if input.main
        && !input.multi
        && let Some(n) = node
        && titles.iter().any(|t| !t.is_empty() && !is_site(t))
        && !heading(dom, n).is_some_and(|t| agrees(&t, &titles))
        && dom
            .subtree(c)
            .filter(|&i| dom.is(i, &tag!("h1")))
            .nth(1)
            .is_some()
    {
        let title = titles.iter().find(|t| !t.is_empty() && !is_site(t));
        return (title.cloned().unwrap_or_default(), None);
    }
    if node.is_none() && input.main {
        node = page_heading(dom, c, &titles, &is_site);
    }
    // A heading that reads as a sentence of description (a long one, or one ending in a
    // full stop after many words) and says no title is a standfirst set as `<h1>`.
    if input.main
        && let Some(n) = node
        && heading(dom, n).is_some_and(|t| is_description(&t) && !agrees(&t, &titles))
        && let Some(title) = titles.iter().find(|t| !t.is_empty() && !is_site(t))
    {
        // The heading still stands where the headline would: its meta lines follow it.
        return (title.clone(), Some(n));
    }
    if node.is_none() && input.main {
        node = post_title(dom, c, &is_site);
    }
    if let Some(n) = node {
        let text = headline::heading_text(dom, n);
        let text = titled_part(dom, n, &text, &titles).unwrap_or(text);
        return (headline::tidy(&text, &titles, &site_names), Some(n));
    }
    let fallback = titles
        .into_iter()
        .find(|t| !t.is_empty())
        .unwrap_or_default();
    (fallback, None)
}

/// The text of one element inside a heading that says a title the whole heading does not
/// (`<h1><a>Title</a> <span>(latimes.com)</span> <span>87</span></h1>`, a kicker `<div>`
/// beside the title's `<span>`): the rest is the heading's furniture.
fn titled_part(dom: &Dom, heading: NodeId, text: &str, titles: &[String]) -> Option<String> {
    let exact = |t: &str| {
        let key = crate::text::squash(t);
        titles
            .iter()
            .any(|title| crate::text::squash(title) == key || headline::part_of_title(title, t))
    };
    if titles.is_empty() || exact(text) {
        return None;
    }
    dom.subtree(heading)
        .skip(1)
        .filter(|&i| dom.tag(i).is_some())
        .map(|i| headline::heading_text(dom, i))
        .find(|t| !t.is_empty() && t.len() < text.len() && exact(t))
}

/// Whether a heading's text can be a headline: not empty, not the site's name, not only a
/// byline word or a date (`<h1>By</h1>` over an author box).
fn is_headline_text(text: &str, is_site: &dyn Fn(&str) -> bool) -> bool {
    !text.is_empty()
        && !is_site(text)
        && !byline::is_bare_prefix(text)
        && !timestamps::is_dateline(text)
}

/// Characters beyond which a heading is a paragraph of description, not a headline.
const HEADLINE_MAX_CHARS: usize = 140;

/// Words from which a heading ending in a full stop reads as a sentence of description.
const DESCRIPTION_MIN_WORDS: usize = 14;

/// Whether a heading's text reads as description rather than a headline.
fn is_description(text: &str) -> bool {
    let text = text.trim();
    text.chars().count() > HEADLINE_MAX_CHARS
        || (text.ends_with('.') && text.split_whitespace().count() >= DESCRIPTION_MIN_WORDS)
}

/// Whether a heading says one of the titles (whole, or as the part of a title beside the
/// site name).
fn agrees(text: &str, titles: &[String]) -> bool {
    titles
        .iter()
        .any(|t| headline::same_headline(t, text) || headline::part_of_title(t, text))
}

/// The first `<h1>`–`<h3>` of the page that says one of the titles.
fn titled_heading(dom: &Dom, titles: &[String], is_site: &dyn Fn(&str) -> bool) -> Option<NodeId> {
    (0..dom.len()).find(|&i| {
        dom.tag(i)
            .is_some_and(|t| matches!(*t, tag!("h1") | tag!("h2") | tag!("h3")))
            && heading(dom, i)
                .is_some_and(|text| !text.is_empty() && !is_site(&text) && agrees(&text, titles))
    })
}

/// Raw bytes of a heading read to judge it: far more than any headline.
const HEADING_MAX_BYTES: usize = 1_000;

/// A heading's text, `None` when it runs past what a headline can be (a heading wrapped
/// around the content): nested headings then cost linear time to judge, not quadratic.
fn heading(dom: &Dom, id: NodeId) -> Option<String> {
    dom.text_within(id, HEADING_MAX_BYTES)
}

/// For a main article whose container holds no `<h1>`: the page's `<h1>` matching a title,
/// else a text outside links that repeats a title (the bold headline cell of a table
/// layout), else the nearest `<h1>` before the container.
fn page_heading(
    dom: &Dom,
    container: NodeId,
    titles: &[String],
    is_site: &dyn Fn(&str) -> bool,
) -> Option<NodeId> {
    let h1s: Vec<NodeId> = dom
        .elements_named(&tag!("h1"))
        .filter(|&h| heading(dom, h).is_some_and(|t| is_headline_text(&t, is_site)))
        .collect();
    h1s.iter()
        .copied()
        .find(|&h| heading(dom, h).is_some_and(|text| agrees(&text, titles)))
        .or_else(|| {
            // A title that is only the site's name says nothing of the story.
            let story: Vec<String> = titles.iter().filter(|t| !is_site(t)).cloned().collect();
            titled_text(dom, container, &story)
        })
        .or_else(|| h1s.iter().copied().rev().find(|&h| h < container))
        .or_else(|| (h1s.len() == 1).then(|| h1s.first().copied()).flatten())
}

/// For a main article that no `<h1>` heads and no text of the page titles: the post's title
/// heading as blog themes mark it (`itemprop="headline"`, `<h2 class="entry-title">`),
/// inside the container or the nearest before it.
fn post_title(dom: &Dom, container: NodeId, is_site: &dyn Fn(&str) -> bool) -> Option<NodeId> {
    use crate::patterns::boilerplate::TITLE_HEADING_TOKENS;
    let marked = |i: NodeId| {
        dom.tag(i).is_some_and(crate::dom::is_heading)
            && (dom.attr(i, "itemprop").is_some_and(|p| {
                crate::score::tokens(p).any(|t| t.eq_ignore_ascii_case("headline"))
            }) || dom.attr(i, "class").is_some_and(|c| {
                crate::score::tokens(c).any(|t| crate::score::is_one_of(t, TITLE_HEADING_TOKENS))
            }))
            && heading(dom, i).is_some_and(|t| is_headline_text(&t, is_site))
    };
    dom.subtree(container)
        .find(|&i| marked(i))
        .or_else(|| (0..container).rev().find(|&i| marked(i)))
}

/// The element around the first text node that says the same as a title, outside links and
/// the head, preferring one before `container`.
fn titled_text(dom: &Dom, container: NodeId, titles: &[String]) -> Option<NodeId> {
    let keys: Vec<String> = titles.iter().map(|t| crate::text::squash(t)).collect();
    let mut after = None;
    for i in 0..dom.len() {
        let Some(t) = dom.text_of(i) else { continue };
        let len = t.trim().len();
        if !(10..=400).contains(&len) {
            continue;
        }
        let text = crate::text::squash(t);
        if !keys.iter().any(|k| headline::same_squashed(k, &text)) {
            continue;
        }
        let Some(el) = dom.parent(i) else { continue };
        if el >= container && after.is_some() {
            continue;
        }
        // A link or the head this close above: a teaser or the <title> itself; a navigation
        // or breadcrumb trail, whose last crumb repeats the title. Bounded, so many repeats
        // deep in a page stay linear.
        let hidden = dom.ancestors(i).take(32).any(|a| {
            dom.is(a, &tag!("a"))
                || dom.is(a, &tag!("title"))
                || dom.is(a, &tag!("head"))
                || dom.is(a, &tag!("nav"))
                || dom.attr(a, "class").is_some_and(|c| {
                    crate::score::tokens(c).any(|t| {
                        crate::score::is_one_of(t, crate::patterns::boilerplate::TRAIL_TOKENS)
                    })
                })
        });
        if hidden {
            continue;
        }
        if el < container {
            return Some(el);
        }
        after = Some(el);
    }
    after
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
