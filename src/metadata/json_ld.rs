//! JSON-LD (`<script type="application/ld+json">`): the article objects a page describes,
//! found in plain objects, arrays and `@graph`s, walked with an explicit stack.

use std::collections::HashMap;

use serde_json::Value;

use crate::dom::{Dom, tag};
use crate::text::normalize;

/// What one JSON-LD article object says.
#[derive(Debug, Clone, Default)]
pub(crate) struct LdArticle {
    /// `headline` (or `name`).
    pub headline: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// Names of `author`s that are persons (not organisations).
    pub authors: Vec<String>,
    /// Those of `authors` typed `Person` explicitly: persons even when the site is named
    /// after them.
    pub typed_persons: Vec<String>,
    /// `datePublished` as written.
    pub published: Option<String>,
    /// `dateModified` as written.
    pub modified: Option<String>,
    /// `url` or `mainEntityOfPage`.
    pub url: Option<String>,
    /// `inLanguage`.
    pub language: Option<String>,
}

/// What the page's JSON-LD says, in document order.
#[derive(Debug, Clone, Default)]
pub(crate) struct LdData {
    /// The article-typed objects.
    pub articles: Vec<LdArticle>,
    /// The first `publisher.name` or `WebSite.name`.
    pub site_name: Option<String>,
    /// Whether a `WebPage`-like object says this is a listing (`CollectionPage`, `SearchResultsPage`).
    pub listing: bool,
    /// Whether the page is a live blog (`LiveBlogPosting`): its updates are one article.
    pub live_blog: bool,
    /// Whether the page is a forum thread (`DiscussionForumPosting`): its replies, marked up
    /// as comments, are its content.
    pub discussion: bool,
    /// The first `WebPage`-typed object that carries dates or authors. Yoast and other
    /// generators put `datePublished` and `author` on the `WebPage` when the theme declares no
    /// `Article`; it stands in for the main article's object only when there is none.
    pub page: Option<LdArticle>,
}

impl LdData {
    /// The article objects to pair with the page's stories: the article-typed ones, else the
    /// `WebPage` stand-in (without its `name`, which is the document title, not a headline).
    pub(crate) fn for_stories(&self) -> &[LdArticle] {
        if self.articles.is_empty() {
            self.page.as_slice()
        } else {
            &self.articles
        }
    }
}

/// Page types whose dates and authors describe the page's one article.
const PAGE_TYPES: &[&str] = &["webpage", "itempage", "medicalwebpage", "aboutpage"];

const ARTICLE_TYPES: &[&str] = &[
    "article",
    "newsarticle",
    "blogposting",
    "liveblogposting",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "backgroundnewsarticle",
    "reviewnewsarticle",
    "askpublicnewsarticle",
    "scholarlyarticle",
    "techarticle",
    "report",
    "socialmediaposting",
    "posting",
    "satiricalarticle",
    "discussionforumposting",
];

/// Reads every JSON-LD block of the document.
pub(crate) fn read(dom: &Dom) -> LdData {
    let mut data = LdData::default();
    let blocks: Vec<Value> = dom
        .elements_named(&tag!("script"))
        .filter(|&id| {
            dom.attr(id, "type")
                .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"))
        })
        .filter_map(|id| serde_json::from_str::<Value>(clean_json(&dom.raw_text(id))).ok())
        .collect();
    let nodes = index(&blocks);
    for value in &blocks {
        collect(value, &nodes, &mut data);
    }
    data
}

/// Objects by `@id` across every block, so that `"author": {"@id": ...}` finds the `Person`
/// the page describes elsewhere (Yoast and other `@graph` generators do this).
type Nodes<'a> = HashMap<&'a str, &'a Value>;

fn index(blocks: &[Value]) -> Nodes<'_> {
    let mut nodes = HashMap::new();
    let mut stack: Vec<&Value> = blocks.iter().collect();
    while let Some(v) = stack.pop() {
        match v {
            Value::Array(items) => stack.extend(items),
            Value::Object(map) => {
                if let Some(Value::String(id)) = map.get("@id")
                    && (map.contains_key("name") || map.contains_key("@type"))
                {
                    nodes.entry(id.as_str()).or_insert(v);
                }
                stack.extend(map.values().filter(|x| x.is_array() || x.is_object()));
            }
            _ => {}
        }
    }
    nodes
}

/// Strips HTML comment wrappers and CDATA that some CMSs put around the JSON.
fn clean_json(raw: &str) -> &str {
    let t = raw.trim();
    let t = t.strip_prefix("<!--").unwrap_or(t);
    let t = t.strip_suffix("-->").unwrap_or(t);
    let t = t.trim();
    let t = t.strip_prefix("//").map_or(t, str::trim_start);
    let t = t.strip_prefix("<![CDATA[").unwrap_or(t).trim();
    let t = t.strip_suffix("]]>").unwrap_or(t).trim_end();
    t.strip_suffix("//").unwrap_or(t).trim()
}

/// Walks objects, arrays and `@graph` with an explicit stack.
fn collect(root: &Value, nodes: &Nodes<'_>, data: &mut LdData) {
    let mut stack = vec![root];
    while let Some(v) = stack.pop() {
        match v {
            Value::Array(items) => stack.extend(items.iter().rev()),
            Value::Object(map) => {
                if let Some(graph) = map.get("@graph") {
                    stack.push(graph);
                }
                let types = types_of(v);
                // A thread is the page's own first post, not a comment plugin's object
                // below a story.
                data.discussion |=
                    data.articles.is_empty() && types.iter().any(|t| t == "discussionforumposting");
                if types.iter().any(|t| ARTICLE_TYPES.contains(&t.as_str())) {
                    data.live_blog |= types.iter().any(|t| t == "liveblogposting");
                    data.articles.push(article(v, nodes));
                } else if types
                    .iter()
                    .any(|t| t == "website" || t == "organization" || t == "newsmediaorganization")
                {
                    if data.site_name.is_none() && types.iter().any(|t| t == "website") {
                        data.site_name = string(map.get("name"));
                    }
                } else if types
                    .iter()
                    .any(|t| t == "collectionpage" || t == "searchresultspage" || t == "itemlist")
                {
                    data.listing = true;
                } else if data.page.is_none()
                    && types.iter().any(|t| PAGE_TYPES.contains(&t.as_str()))
                {
                    let page = LdArticle {
                        headline: None,
                        ..article(v, nodes)
                    };
                    if page.published.is_some() || !page.authors.is_empty() {
                        data.page = Some(page);
                    }
                }
                if let Some(main) = map.get("mainEntity") {
                    stack.push(main);
                }
            }
            _ => {}
        }
    }
    if data.site_name.is_none() {
        data.site_name = publisher_name(root);
    }
}

fn types_of(v: &Value) -> Vec<String> {
    match v.get("@type") {
        Some(Value::String(s)) => vec![s.to_ascii_lowercase()],
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_ascii_lowercase)
            .collect(),
        _ => Vec::new(),
    }
}

fn article(v: &Value, nodes: &Nodes<'_>) -> LdArticle {
    let (authors, typed_persons) = persons(v.get("author"), nodes);
    LdArticle {
        headline: string(v.get("headline")).or_else(|| string(v.get("name"))),
        description: string(v.get("description")),
        authors,
        typed_persons,
        published: string(v.get("datePublished")).or_else(|| string(v.get("dateCreated"))),
        modified: string(v.get("dateModified")),
        url: string(v.get("url")).or_else(|| match v.get("mainEntityOfPage") {
            Some(Value::Object(m)) => string(m.get("@id")).or_else(|| string(m.get("url"))),
            other => string(other),
        }),
        language: string(v.get("inLanguage")),
    }
}

/// The names of the persons among `author` values (an object, an array, or a string), and
/// those of them typed `Person`.
fn persons(v: Option<&Value>, nodes: &Nodes<'_>) -> (Vec<String>, Vec<String>) {
    let mut names = Vec::new();
    let mut typed = Vec::new();
    let mut stack: Vec<&Value> = v.into_iter().collect();
    while let Some(v) = stack.pop() {
        match v {
            Value::Array(items) => stack.extend(items.iter().rev()),
            Value::String(s) => names.push(normalize(s)),
            Value::Object(m) if !m.contains_key("name") && !m.contains_key("@type") => {
                // A reference: the node it names (which has a name or type, so this arm
                // never sees it again).
                if let Some(node) = string(m.get("@id")).and_then(|id| nodes.get(id.as_str())) {
                    stack.push(node);
                }
            }
            Value::Object(m) => {
                let types = types_of(v);
                let is_org = types
                    .iter()
                    .any(|t| t.contains("organization") || t == "newsmediaorganization");
                if !is_org && let Some(name) = string(m.get("name")) {
                    if types.iter().any(|t| t == "person") {
                        typed.push(name.clone());
                    }
                    names.push(name);
                }
            }
            _ => {}
        }
    }
    names.retain(|n| !n.is_empty());
    (names, typed)
}

fn publisher_name(root: &Value) -> Option<String> {
    let mut stack = vec![root];
    while let Some(v) = stack.pop() {
        match v {
            Value::Array(items) => stack.extend(items.iter().rev()),
            Value::Object(map) => {
                if let Some(name) = map.get("publisher").and_then(|p| string(p.get("name"))) {
                    return Some(name);
                }
                if let Some(graph) = map.get("@graph") {
                    stack.push(graph);
                }
            }
            _ => {}
        }
    }
    None
}

/// A string value, whitespace-normalised; the first of an array; `None` when empty.
fn string(v: Option<&Value>) -> Option<String> {
    let s = match v? {
        Value::String(s) => normalize(s),
        Value::Array(a) => return a.iter().find_map(|x| string(Some(x))),
        Value::Number(n) => n.to_string(),
        _ => return None,
    };
    (!s.is_empty()).then(|| crate::text::decode_leftover_entities(&s))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::Limits;

    fn ld(json: &str) -> LdData {
        let html = format!(r#"<script type="application/ld+json">{json}</script>"#);
        read(&Dom::parse(&html, &Limits::default()).unwrap())
    }

    #[test]
    fn finds_articles_in_graphs_and_arrays() {
        let d = ld(
            r#"{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},
            {"@type":["NewsArticle"],"headline":"H &amp; K","datePublished":"2025-01-08T20:23:00+08:00",
             "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Organization","name":"Org"}]}]}"#,
        );
        assert_eq!(d.articles.len(), 1);
        assert_eq!(d.articles[0].headline.as_deref(), Some("H & K"));
        assert_eq!(d.articles[0].authors, ["Jane Doe"]);
        assert_eq!(d.site_name.as_deref(), Some("Site"));
    }

    #[test]
    fn a_forum_thread_says_so() {
        let thread = ld(
            r#"{"@type":"DiscussionForumPosting","headline":"Range?","author":{"@type":"Person","name":"Marta Lindqvist"}}"#,
        );
        assert!(thread.discussion);
        // The thread's opening post is read like an article: headline, author, dates.
        assert_eq!(thread.articles.len(), 1);
        assert!(!ld(r#"{"@type":"NewsArticle","headline":"Range?"}"#).discussion);
        // A comment plugin's thread under a story is not the page.
        assert!(
            !ld(r#"[{"@type":"NewsArticle","headline":"Storm"},{"@type":"DiscussionForumPosting","headline":"Comments"}]"#)
                .discussion
        );
    }

    #[test]
    fn author_references_resolve_across_the_graph() {
        let d = ld(
            r#"{"@graph":[{"@type":"Article","headline":"H","author":{"@id":"https://s.example/#/person/1"}},
             {"@type":"Person","@id":"https://s.example/#/person/1","name":"Nirmala Pant"}]}"#,
        );
        assert_eq!(d.articles[0].authors, ["Nirmala Pant"]);
    }

    #[test]
    fn a_web_page_stands_in_only_when_no_article_is_declared() {
        let d = ld(
            r##"{"@graph":[{"@type":"WebPage","name":"Title | Site","datePublished":"2018-11-22T14:30:24+00:00",
             "author":{"@id":"#p"}},{"@type":"Person","@id":"#p","name":"Ann Lee"}]}"##,
        );
        assert!(d.articles.is_empty());
        let page = &d.for_stories()[0];
        assert_eq!(page.published.as_deref(), Some("2018-11-22T14:30:24+00:00"));
        assert_eq!(page.authors, ["Ann Lee"]);
        assert_eq!(page.headline, None);
        let d = ld(
            r#"{"@graph":[{"@type":"WebPage","datePublished":"2018-11-22"},
             {"@type":"Article","headline":"H","datePublished":"2019-01-02"}]}"#,
        );
        assert_eq!(d.for_stories().len(), 1);
        assert_eq!(d.for_stories()[0].published.as_deref(), Some("2019-01-02"));
    }

    #[test]
    fn cdata_wrappers_with_and_without_comment_slashes() {
        for wrapped in [
            "<![CDATA[ {\"@type\":\"NewsArticle\",\"headline\":\"H\"} ]]>",
            "//<![CDATA[\n{\"@type\":\"NewsArticle\",\"headline\":\"H\"}\n//]]>",
            "<!-- {\"@type\":\"NewsArticle\",\"headline\":\"H\"} -->",
        ] {
            assert_eq!(ld(wrapped).articles.len(), 1, "{wrapped}");
        }
    }

    #[test]
    fn broken_json_is_ignored() {
        assert!(ld("{not json").articles.is_empty());
        let deep = "[".repeat(10_000);
        assert!(ld(&deep).articles.is_empty());
    }
}
