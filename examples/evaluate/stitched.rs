//! A multi-story development set stitched from real single-story pages, built the way
//! infinite scroll appends the next story: page A as fetched; after A's story container, a
//! separator and a copy of the next pages' story containers with A's tag and classes, each
//! with its own headline inside it. Built deterministically from the WCXB article pages (no
//! page is written to disk or committed); the expected answer is the stories in order,
//! each with its own page's labelled text and title.
//!
//! A page's story container is the element whose text best covers the page's labelled main
//! content (word F1 at least [`MIN_COVER`]). The variations real sites use cycle
//! independently over the set: the separator ("Next Article", "Up next", "Read next",
//! `<hr>`, nothing), the appended headline (`<h1>`, `<h2>`, or a link inside an `<h2>`),
//! a visible dateline in the appended story or none, 2 to 4 stories, and containers marked
//! with `data-article-id`, `data-post-id`, `data-url` or not.

#![allow(dead_code)]

use scraper::{ElementRef, Html};

use crate::scoring::{Case, headline_matches, strip_tags, word_prf};

/// Least word F1 of a container's text against the page's labelled text for the page to
/// take part.
const MIN_COVER: f64 = 0.85;
/// Least labelled text (characters) of a page that takes part: a story, not a stub.
const MIN_TEXT: usize = 600;

/// One stitched page and its answer.
pub struct Stitched {
    /// The ids of the pages it joins, in order (`4012+0033`).
    pub id: String,
    /// The variation, for reports.
    pub variant: String,
    /// The separator's name (`next-article`, `hr`, `none`, …).
    pub separator: &'static str,
    /// The page.
    pub html: String,
    /// The page URL (the first story's).
    pub url: Option<String>,
    /// Each story's title and labelled text, in page order.
    pub stories: Vec<(String, String)>,
}

/// A page's story container, as pieces of HTML to stitch with.
struct Source<'c> {
    case: &'c Case,
    /// The whole page, serialised.
    page: String,
    /// Where the container's outer HTML starts and ends in `page`.
    span: (usize, usize),
    /// The container's tag and class attribute.
    tag: String,
    class: Option<String>,
    /// The container's inner HTML with its own headline taken out.
    inner: String,
}

/// Builds the stitched set from a corpus's article pages.
pub fn build(cases: &[Case]) -> Vec<Stitched> {
    let sources: Vec<Source<'_>> = cases
        .iter()
        .filter(|c| c.corpus == "wcxb" && c.page_type == "article")
        .filter(|c| c.text.len() >= MIN_TEXT && !c.title.trim().is_empty())
        .filter_map(source)
        .collect();
    let n = sources.len();
    if n < 4 {
        return Vec::new();
    }
    (0..n)
        .filter_map(|i| {
            let count = 2 + i % 3;
            let parts: Vec<&Source<'_>> = (0..count).map(|k| &sources[(i + k * 7) % n]).collect();
            stitch(&parts, i)
        })
        .collect()
}

/// A page's container, or nothing when no element covers its labelled text well, or the
/// cover is the whole body.
fn source(case: &Case) -> Option<Source<'_>> {
    let text = std::str::from_utf8(&case.html).ok()?;
    let doc = Html::parse_document(text);
    let truth_len = case.text.chars().filter(|c| !c.is_whitespace()).count();
    let mut best: Option<(f64, ElementRef<'_>)> = None;
    for node in doc.root_element().descendants() {
        let Some(el) = ElementRef::wrap(node) else {
            continue;
        };
        if matches!(el.value().name(), "html" | "body" | "head") {
            continue;
        }
        let len: usize = el
            .text()
            .map(|t| t.chars().filter(|c| !c.is_whitespace()).count())
            .sum();
        if len * 10 < truth_len * 7 || len > truth_len * 3 {
            continue;
        }
        let f1 = word_prf(&strip_tags(&el.html()), &case.text).2;
        // Pre-order: an inner element replaces an outer one only when it covers better.
        if best.as_ref().is_none_or(|(b, _)| f1 > *b + 1e-9) {
            best = Some((f1, el));
        }
    }
    let (f1, el) = best?;
    if f1 < MIN_COVER {
        return None;
    }
    let page = doc.html();
    let outer = el.html();
    let start = page.find(&outer)?;
    if page.rfind(&outer) != Some(start) {
        return None;
    }
    let mut inner = el.inner_html();
    // The appended copy carries the headline this set sets itself: the page's own (its
    // first `<h1>`, and any heading that says the title) is taken out.
    let mut first_h1 = true;
    for node in el.descendants() {
        let Some(h) = ElementRef::wrap(node) else {
            continue;
        };
        let name = h.value().name();
        let own = name == "h1" && std::mem::replace(&mut first_h1, false);
        if (own
            || matches!(name, "h1" | "h2" | "h3")
                && headline_matches(&h.text().collect::<String>(), &case.title))
            && let Some(at) = inner.find(&h.html())
        {
            inner.replace_range(at..at + h.html().len(), "");
        }
    }
    Some(Source {
        case,
        span: (start, start + outer.len()),
        tag: el.value().name().to_string(),
        class: el.value().attr("class").map(str::to_string),
        inner,
        page,
    })
}

const SEPARATORS: [(&str, &str); 5] = [
    ("next-article", "<div>Next Article</div>"),
    ("up-next", "<div class=\"label\">Up next</div>"),
    ("read-next", "<p>Read next</p>"),
    ("hr", "<hr>"),
    ("none", ""),
];
const HEADLINES: [&str; 3] = ["h1", "h2", "h2-link"];
const MARKS: [&str; 4] = ["", "data-article-id", "data-post-id", "data-url"];

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Page A with the other parts appended after its container.
fn stitch(parts: &[&Source<'_>], i: usize) -> Option<Stitched> {
    let (first, rest) = parts.split_first()?;
    let (sep_name, sep) = SEPARATORS[i % SEPARATORS.len()];
    let headline = HEADLINES[(i / SEPARATORS.len()) % HEADLINES.len()];
    let dated = (i / 15) % 2 == 0;
    let mark = MARKS[(i / 30) % MARKS.len()];
    let mark_of = |k: usize, s: &Source<'_>| match mark {
        "" => String::new(),
        "data-url" => format!(
            " data-url=\"{}\"",
            escape(s.case.url.as_deref().unwrap_or("/"))
        ),
        m => format!(" {m}=\"{}\"", 1000 + k),
    };
    let class = first
        .class
        .as_deref()
        .map(|c| format!(" class=\"{}\"", escape(c)))
        .unwrap_or_default();
    let (start, end) = first.span;
    let open = format!("<{}", first.tag);
    let mut html = String::with_capacity(first.page.len() * 2);
    html.push_str(first.page.get(..start)?);
    // The first container, marked like the others.
    let outer = first.page.get(start..end)?;
    html.push_str(&open);
    html.push_str(&mark_of(0, first));
    html.push_str(outer.get(open.len()..)?);
    for (k, part) in rest.iter().enumerate() {
        let title = escape(part.case.title.trim());
        // The headline links to the story's own page on the site.
        let url = escape(&path_of(part.case.url.as_deref().unwrap_or("/")));
        html.push_str(sep);
        html.push_str(&format!("{open}{class}{}>", mark_of(k + 1, part)));
        html.push_str(&match headline {
            "h1" => format!("<h1>{title}</h1>"),
            "h2" => format!("<h2>{title}</h2>"),
            _ => format!("<h2><a href=\"{url}\">{title}</a></h2>"),
        });
        if dated && let Some(day) = dateline(&part.case.date) {
            html.push_str(&day);
        }
        html.push_str(&part.inner);
        html.push_str(&format!("</{}>", first.tag));
    }
    html.push_str(first.page.get(end..)?);
    let ids: Vec<&str> = parts.iter().map(|p| p.case.id.as_str()).collect();
    Some(Stitched {
        id: ids.join("+"),
        variant: format!(
            "{} stories, separator {sep_name}, headline {headline}, {}, marks {}",
            parts.len(),
            if dated { "dated" } else { "no dateline" },
            if mark.is_empty() { "none" } else { mark }
        ),
        html,
        separator: sep_name,
        url: first.case.url.clone(),
        stories: parts
            .iter()
            .map(|p| (p.case.title.trim().to_string(), p.case.text.clone()))
            .collect(),
    })
}

/// The path of an address (a story's own page, linked from its headline on the site).
fn path_of(url: &str) -> String {
    url::Url::parse(url).map_or_else(|_| url.to_string(), |u| u.path().to_string())
}

/// A visible dateline for a labelled day, as a news site prints it, or nothing when the
/// page has no labelled day.
fn dateline(day: &str) -> Option<String> {
    let d = chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()?;
    Some(format!(
        "<div class=\"meta\"><span>{} 09:30</span></div>",
        d.format("%Y-%m-%d")
    ))
}

/// What the set scored.
#[derive(Debug, Default)]
pub struct Report {
    pub pages: usize,
    /// Pages that gave exactly as many articles as they hold stories.
    pub right_count: usize,
    /// Sum and count of every story's word F1 (a story with no article scores 0).
    pub story_f1: (f64, usize),
    /// Appended stories whose article has the right headline, and how many there are.
    pub headlines: (usize, usize),
    /// The pages with the wrong count: id, variant, stories, articles.
    pub wrong: Vec<(String, String, usize, usize)>,
    /// Per separator: pages, and pages with the right count.
    pub by_separator: Vec<(&'static str, usize, usize)>,
    /// Appended headlines missed on pages with the right count: page, expected, given.
    pub wrong_headlines: Vec<(String, String, String)>,
}

/// Extracts every stitched page and scores it against its stories.
pub fn evaluate(set: &[Stitched]) -> Report {
    let mut r = Report::default();
    for s in set {
        let mut options = newsprint::Options::new();
        if let Some(u) = s.url.as_deref() {
            options = options.base_url(u);
        }
        let page = newsprint::Extractor::new(options)
            .and_then(|x| x.extract(&s.html))
            .unwrap_or_default();
        r.pages += 1;
        let right = page.articles.len() == s.stories.len();
        match r
            .by_separator
            .iter_mut()
            .find(|(name, _, _)| *name == s.separator)
        {
            Some(row) => {
                row.1 += 1;
                row.2 += usize::from(right);
            }
            None => r.by_separator.push((s.separator, 1, usize::from(right))),
        }
        if right {
            r.right_count += 1;
        } else {
            r.wrong.push((
                s.id.clone(),
                s.variant.clone(),
                s.stories.len(),
                page.articles.len(),
            ));
        }
        for (k, (title, text)) in s.stories.iter().enumerate() {
            let article = page.articles.get(k);
            let f1 = article.map_or(0.0, |a| word_prf(&a.paragraphs.join("\n"), text).2);
            r.story_f1.0 += f1;
            r.story_f1.1 += 1;
            if k > 0 {
                r.headlines.1 += 1;
                if article.is_some_and(|a| headline_matches(&a.headline, title)) {
                    r.headlines.0 += 1;
                } else if let Some(a) = article {
                    r.wrong_headlines
                        .push((s.id.clone(), title.clone(), a.headline.clone()));
                }
            }
        }
    }
    r
}
