//! Which element heads a story: its own `<h1>` (or `<h2>` in a stream), checked against the
//! titles of the head, with the page's other headings, a text repeating a title and the
//! titles themselves as fallbacks. The text side (site names, comparisons) is in
//! [`super::headline`].

use super::json_ld::LdArticle;
use super::{ArticleInput, byline, headline};
use crate::dom::{Dom, NodeId, tag};

/// The headline: the story's own heading; for the main article, checked against the
/// titles of the head and falling back to them.
pub(super) fn headline_for(
    input: &ArticleInput<'_>,
    ld: Option<&LdArticle>,
) -> (String, Option<NodeId>) {
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
    // The first title that names the story, not the site: what stands when no heading does.
    let story_title = titles
        .iter()
        .find(|t| !t.is_empty() && !is_site(t))
        .cloned();
    let c = input.root.container;
    let inside = |name: &html5ever::LocalName| {
        dom.subtree(c).find(|&i| {
            dom.is(i, name)
                && heading(dom, i).is_some_and(|t| is_headline_text(&t, &is_site))
                && !links_home(dom, i)
        })
    };
    // On a page of several stories each opens with its own headline; a heading further
    // down is one of its sections (or the appended page's furniture).
    let opening = input
        .multi
        .then(|| crate::story::opening_headline(dom, c))
        .flatten()
        .filter(|&h| {
            heading(dom, h).is_some_and(|t| is_headline_text(&t, &is_site)) && !links_home(dom, h)
        });
    let mut node = opening.or_else(|| inside(&tag!("h1")));
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
        && let Some(title) = &story_title
        && !heading(dom, n).is_some_and(|t| agrees(&t, &titles))
        && dom
            .subtree(c)
            .filter(|&i| dom.is(i, &tag!("h1")))
            .nth(1)
            .is_some()
    {
        return (title.clone(), None);
    }
    if node.is_none() && input.main {
        node = page_heading(dom, c, &titles, &is_site);
    }
    // A heading that reads as a sentence of description (a long one, or one ending in a
    // full stop after many words) and says no title is a standfirst set as `<h1>`.
    if input.main
        && let Some(n) = node
        && heading(dom, n).is_some_and(|t| is_description(&t) && !agrees(&t, &titles))
        && let Some(title) = &story_title
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
    let keys: Vec<String> = titles.iter().map(|t| crate::text::squash(t)).collect();
    let exact = |t: &str| {
        let key = crate::text::squash(t);
        keys.contains(&key) || titles.iter().any(|title| headline::part_of_title(title, t))
    };
    if titles.is_empty() || exact(text) {
        return None;
    }
    // Bounded: the first elements of the heading, each small (a heading wrapped around many
    // nested elements stays linear to judge).
    dom.subtree(heading)
        .skip(1)
        .take(PART_NODES_MAX)
        .filter(|&i| dom.tag(i).is_some() && dom.end(i) - i <= PART_NODES_MAX)
        .map(|i| headline::heading_text(dom, i))
        .find(|t| !t.is_empty() && t.len() < text.len() && exact(t))
}

/// Nodes of a heading read for the part that says a title.
const PART_NODES_MAX: usize = 64;

/// Whether a heading's text can be a headline: not empty, not the site's name, not only a
/// byline word or a date (`<h1>By</h1>` over an author box).
fn is_headline_text(text: &str, is_site: &dyn Fn(&str) -> bool) -> bool {
    !text.is_empty()
        && !is_site(text)
        && !byline::is_bare_prefix(text)
        && !crate::dates::is_dateline(text)
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
    let h1s: Vec<(NodeId, String)> = dom
        .elements_named(&tag!("h1"))
        .filter_map(|h| heading(dom, h).map(|t| (h, t)))
        .filter(|(h, t)| is_headline_text(t, is_site) && !links_home(dom, *h))
        .collect();
    h1s.iter()
        .find(|(_, text)| agrees(text, titles))
        .map(|&(h, _)| h)
        .or_else(|| {
            // A title that is only the site's name says nothing of the story.
            let story: Vec<String> = titles.iter().filter(|t| !is_site(t)).cloned().collect();
            titled_text(dom, container, &story)
        })
        .or_else(|| leading_heading(dom, container, titles, is_site))
        .or_else(|| h1s.iter().rev().map(|&(h, _)| h).find(|&h| h < container))
        .or(match h1s.as_slice() {
            [(h, _)] => Some(*h),
            _ => None,
        })
}

/// Whether all of a heading's text is a link to a site's front page (`<h1><a href="/">
/// Site</a></h1>`, a theme's masthead; any host's root path counts): the site's name,
/// whatever it says.
fn links_home(dom: &Dom, heading: NodeId) -> bool {
    let Some(link) = dom
        .subtree(heading)
        .take(PART_NODES_MAX)
        .find(|&i| dom.is(i, &tag!("a")))
    else {
        return false;
    };
    let home = dom.attr(link, "href").is_some_and(|href| {
        let href = href.trim();
        href == "/"
            || url::Url::parse(href)
                .is_ok_and(|u| u.path() == "/" && u.query().is_none() && u.fragment().is_none())
    });
    let squashed = |id| {
        dom.text_within(id, HEADING_MAX_BYTES)
            .map(|t| crate::text::squash(&t).len())
    };
    home && squashed(link).is_some_and(|l| squashed(heading) == Some(l))
}

/// Characters of text a container may hold before the heading that leads it.
const LEAD_TEXT_MAX: usize = 200;

/// The `<h2>`/`<h3>` that opens the container, before any of its text, when it says a title
/// (a post's own heading under a site banner's `<h1>`, "Hi, I'm Nicolas."). A heading
/// after the story's first lines is a section of it.
fn leading_heading(
    dom: &Dom,
    container: NodeId,
    titles: &[String],
    is_site: &dyn Fn(&str) -> bool,
) -> Option<NodeId> {
    let mut seen = 0;
    let mut i = container;
    while i < dom.end(container) {
        if dom
            .tag(i)
            .is_some_and(|t| matches!(*t, tag!("h2") | tag!("h3")))
        {
            if heading(dom, i).is_some_and(|t| is_headline_text(&t, is_site) && agrees(&t, titles))
            {
                return Some(i);
            }
            i = dom.end(i).max(i + 1);
            continue;
        }
        seen += dom.text_of(i).map_or(0, |t| t.trim().len());
        if seen > LEAD_TEXT_MAX {
            return None;
        }
        i += 1;
    }
    None
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
