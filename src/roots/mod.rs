//! Article roots: the container of each story on the page, in page order.
//!
//! Structure first: repeated story containers (`<article>`, `itemtype` of an Article) that
//! each hold real prose are separate stories. Otherwise the container with the best
//! Readability-style score (prose blocks credit their parent and, decaying, their
//! ancestors; class names and link density weigh in) is the one article. A page whose best
//! container is a list of teasers, or holds too little prose, has no article.

mod best;
mod series;
mod teasers;

use best::{best_in, content_scores};

use crate::dom::{Dom, NodeId, tag};
use crate::score::Stats;
use crate::story::{MIN_STORY_PROSE, is_separate_story, is_story_element};

/// Least prose for the single best container of a page to be an article.
pub(crate) const MIN_ARTICLE_PROSE: u32 = 250;

/// Prose a page that declares itself an article (`og:type`, JSON-LD) needs in its best
/// container: a short post (a link post, a few lines between `<br>`s, a paywalled teaser)
/// is still the page's article.
const MIN_DECLARED_ARTICLE_PROSE: u32 = 50;

/// More story containers than this on one page are sections of one document (or a
/// listing), not separate stories.
pub(crate) const MAX_STORIES: usize = 8;

/// A lone story element inside the best container must hold at least this inverse share
/// of its prose (a quarter) to be the article.
const LONE_STORY_SHARE: u32 = 4;

/// One story's container.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Root {
    /// The element that holds the story (headline, byline and body when the page groups
    /// them; the body alone otherwise): metadata is read here.
    pub container: NodeId,
    /// The element that holds the body text, inside `container` (or the same).
    pub body: NodeId,
}

/// What the page says about itself, from its metadata.
#[derive(Debug, Clone, Default)]
pub(crate) struct PageHints {
    /// The page declares itself an article (`og:type`, JSON-LD): its best container is then
    /// not taken for a listing.
    pub declares_article: bool,
    /// The page's host, to tell links to the site's own stories from links elsewhere.
    pub host: Option<String>,
    /// Whether the page may give several stories: [`Options::multiple_articles`](crate::Options::multiple_articles),
    /// and not a live blog (whose updates, each dated and titled like a story, are one
    /// article).
    pub multiple: bool,
}

/// Finds the article roots of a cleaned document.
pub(crate) fn find(dom: &Dom, removed: &[bool], stats: &Stats, hints: &PageHints) -> Vec<Root> {
    let is_listing = |id: NodeId| is_listing(dom, removed, stats, id, hints.host.as_deref());
    let scores = content_scores(dom, removed, stats);
    let best = best_in(dom, stats, &scores, 0..dom.len(), None)
        .map(|b| among_its_kind(dom, removed, stats, b));
    let root = |container: NodeId| {
        let body = best_in(dom, stats, &scores, dom.subtree(container), Some(container))
            .unwrap_or(container);
        // A story element is the author's own boundary: when the best-scored block inside
        // it holds under half of its text (a body of lists, tables and short lines), the
        // whole story is the body and the paragraph filters do the rest.
        let thin = u64::from(stats.text(body)) * 2 < u64::from(stats.text(container));
        Root {
            container,
            body: if thin { container } else { body },
        }
    };
    let mut stories = if hints.multiple {
        story_containers(dom, removed, stats, &is_listing)
    } else {
        Vec::new()
    };
    if stories.len() > 1
        && (stories.len() > MAX_STORIES
            || among_teasers(dom, removed, &stories)
            || !stories.iter().all(|&s| is_separate_story(dom, stats, s)))
    {
        stories.clear();
    }
    let best_prose = best.map_or(0, |b| stats.prose(b));
    let story_max = stories.iter().map(|&s| stats.prose(s)).max().unwrap_or(0);
    if std::env::var_os("NP_DEBUG").is_some() {
        if let Some(b) = best {
            for a in std::iter::once(b).chain(dom.ancestors(b)).take(8) {
                eprintln!(
                    "  anc {a} {:?} class={:?} prose={} text={} ld={:.2}",
                    dom.tag(a),
                    dom.attr(a, "class"),
                    stats.prose(a),
                    stats.text(a),
                    stats.link_density(a)
                );
            }
        }
        eprintln!(
            "best={best:?} prose={best_prose} stories={stories:?} listing={:?} tag={:?} class={:?}",
            best.map(is_listing),
            best.and_then(|b| dom.tag(b).cloned()),
            best.and_then(|b| dom.attr(b, "class"))
        );
    }
    let best_outside = best.is_some_and(|b| {
        !stories
            .iter()
            .any(|&s| dom.contains(s, b) || dom.contains(b, s))
    });
    // A lone story element holding a small part of the best container's prose is a
    // component inside the article (an FAQ accordion marked up as an `<article>`), not it;
    // unless the best container is the whole page (no container stood out).
    let lone_part = stories.len() == 1
        && best.is_some_and(|b| {
            !matches!(dom.tag(b), Some(&tag!("body") | &tag!("html")))
                && stories.iter().all(|&s| dom.contains(b, s))
        })
        && story_max * LONE_STORY_SHARE < best_prose;
    // A lone story element among siblings of its template that were too short to count
    // is the first post of a thread (XenForo's `article.message`), not the article.
    let first_of_series = stories.len() == 1
        && stories
            .first()
            .is_some_and(|&s| series_of(dom, removed, stats, s).0 >= SERIES_MIN);
    let stories_hold_the_text =
        !(lone_part || first_of_series || best_outside && best_prose > story_max * 2);
    let cx = series::Context {
        dom,
        removed,
        stats,
        host: hints.host.as_deref(),
        is_listing: &is_listing,
    };
    let series = |container: NodeId| {
        hints
            .multiple
            .then(|| series::find(&cx, container))
            .flatten()
    };
    if !stories.is_empty() && stories_hold_the_text {
        // A lone story element may hold the stories appended after the first (the
        // page's `<article>` around an infinite-scroll stream), or be one of them.
        if let [only] = stories[..] {
            // Around it first: the story element may be one appended story's own markup.
            let around = best
                .filter(|&b| b != only && dom.contains(b, only))
                .and_then(series);
            if let Some(group) = around.or_else(|| series(only)) {
                return group.into_iter().map(root).collect();
            }
        }
        return stories.into_iter().map(root).collect();
    }
    match best {
        Some(b)
            if (best_prose >= MIN_ARTICLE_PROSE
                || (hints.declares_article && best_prose >= MIN_DECLARED_ARTICLE_PROSE))
                && (hints.declares_article || !is_listing(b)) =>
        {
            match series(b) {
                Some(group) => group.into_iter().map(root).collect(),
                None => vec![Root {
                    container: b,
                    body: b,
                }],
            }
        }
        _ => Vec::new(),
    }
}

/// The teaser cards set after each root's story (see [`teasers`]): subtrees to leave out of
/// the articles' paragraphs.
pub(crate) fn teaser_cards(
    dom: &Dom,
    removed: &[bool],
    stats: &Stats,
    roots: &[Root],
    hints: &PageHints,
) -> Vec<NodeId> {
    let host = hints.host.as_deref();
    let elsewhere = |href: &str| leads_to_another_page(href, host);
    roots
        .iter()
        .flat_map(|r| teasers::trailing_cards(dom, removed, stats, r.body, &elsewhere))
        .collect()
}

/// Story-typed containers with enough prose, outermost unless they wrap several stories.
fn story_containers(
    dom: &Dom,
    removed: &[bool],
    stats: &Stats,
    is_listing: &dyn Fn(NodeId) -> bool,
) -> Vec<NodeId> {
    let candidates: Vec<NodeId> = (0..dom.len())
        .filter(|&i| !removed.get(i).copied().unwrap_or(true))
        .filter(|&i| is_story_element(dom, i))
        .filter(|&i| stats.prose(i) >= MIN_STORY_PROSE && stats.prose_blocks(i) >= 2)
        .filter(|&i| !is_listing(i))
        .collect();
    let mut out: Vec<NodeId> = Vec::new();
    for &c in &candidates {
        if out.last().is_some_and(|&o| dom.contains(o, c)) {
            continue;
        }
        let inner = candidates
            .iter()
            .filter(|&&x| x != c && dom.contains(c, x))
            .filter(|&&x| {
                !candidates
                    .iter()
                    .any(|&y| y != x && y != c && dom.contains(y, x) && dom.contains(c, y))
            })
            .count();
        if inner >= 2 {
            continue;
        }
        out.push(c);
    }
    out
}

/// Least number of elements of one template, the best one included, that make it one of
/// a series (a thread's posts).
const SERIES_MIN: usize = 3;

/// The children of an element's parent that share its template and show text, itself
/// included: how many, and the prose of the others.
fn series_of(dom: &Dom, removed: &[bool], stats: &Stats, id: NodeId) -> (usize, u64) {
    let Some(parent) = dom.parent(id) else {
        return (1, 0);
    };
    let mut count = 0;
    let mut others = 0;
    for c in dom.child_elements(parent) {
        if !removed.get(c).copied().unwrap_or(true)
            && stats.text(c) > 0
            && same_template(dom, c, id)
        {
            count += 1;
            if c != id {
                others += u64::from(stats.prose(c));
            }
        }
    }
    (count, others)
}

/// The best container and the levels above it looked at for a series: a post's text sits
/// up to three levels inside the post (`div.post > div.inner > div.postbody > div.content`).
const SERIES_LEVELS: usize = 4;

/// A series whose parent has this share of its text in links or more is a grid of
/// cards (names and taglines), not posts.
const SERIES_MAX_LINK_DENSITY: f32 = 0.45;

/// The best container, or the parent of the series it belongs to: a forum post among
/// posts of the same template that together hold more prose than it (phpBB's
/// `div.post` siblings), looked for at its level and a few above.
fn among_its_kind(dom: &Dom, removed: &[bool], stats: &Stats, best: NodeId) -> NodeId {
    for level in std::iter::once(best)
        .chain(dom.ancestors(best))
        .take(SERIES_LEVELS)
    {
        let Some(parent) = dom.parent(level) else {
            break;
        };
        if matches!(dom.tag(parent), Some(&tag!("body") | &tag!("html")) | None) {
            break;
        }
        let (count, others) = series_of(dom, removed, stats, level);
        if count >= SERIES_MIN
            && others >= u64::from(stats.prose(level))
            && stats.link_density(parent) < SERIES_MAX_LINK_DENSITY
        {
            return parent;
        }
    }
    best
}

/// The element inside wrappers that hold nothing else (`<div class="auto-load">` around
/// each appended post).
fn core(dom: &Dom, mut id: NodeId) -> NodeId {
    for _ in 0..8 {
        let mut children = dom.child_elements(id);
        match (children.next(), children.next()) {
            (Some(only), None)
                if dom
                    .children(id)
                    .all(|c| dom.text_of(c).is_none_or(|t| t.trim().is_empty())) =>
            {
                id = only;
            }
            _ => break,
        }
    }
    id
}

/// Whether two elements come from one template: the same tag and mostly the same class
/// names (tokens with digits, such as `post-4812`, set aside).
fn same_template(dom: &Dom, a: NodeId, b: NodeId) -> bool {
    if dom.tag(a) != dom.tag(b) {
        return false;
    }
    let classes = |id: NodeId| -> Vec<&str> {
        let mut v: Vec<&str> = dom
            .attr(id, "class")
            .unwrap_or_default()
            .split_whitespace()
            .filter(|t| !t.chars().any(|c| c.is_ascii_digit()))
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    let (x, y) = (classes(a), classes(b));
    let shared = x.iter().filter(|t| y.contains(t)).count();
    let all = x.len() + y.len() - shared;
    all == 0 || shared * 2 >= all
}

/// Whether the stories stand among many more story elements of the same parent that are
/// too short to be stories: a listing of excerpts, some of them long.
fn among_teasers(dom: &Dom, removed: &[bool], stories: &[NodeId]) -> bool {
    let Some(parent) = stories.first().and_then(|&s| dom.parent(s)) else {
        return false;
    };
    let siblings = dom
        .child_elements(parent)
        .filter(|&c| !removed.get(c).copied().unwrap_or(true) && is_story_element(dom, c))
        .count();
    siblings >= 4 && siblings > stories.len() * 2
}

/// A container of teasers: many headings linking to the site's own pages, with little
/// prose each. (A listicle's headings link elsewhere, to the things it reviews.)
pub(crate) fn is_listing(
    dom: &Dom,
    removed: &[bool],
    stats: &Stats,
    id: NodeId,
    host: Option<&str>,
) -> bool {
    let mut linked = dom
        .subtree(id)
        .filter(|&i| !removed.get(i).copied().unwrap_or(true))
        .filter(|&i| matches!(dom.tag(i), Some(t) if matches!(*t, tag!("h2") | tag!("h3") | tag!("h4"))))
        .filter(|&i| {
            heading_link(dom, i).is_some_and(|href| leads_to_another_page(href, host))
        });
    let Some(first) = linked.next() else {
        return false;
    };
    let linked_headings = 1 + linked.count() as u32;
    let teasers = linked_headings >= 4 && stats.prose(id) / linked_headings < 300;
    teasers && !introduced(dom, stats, id, first)
}

/// A guide's introduction holds at least this much prose (characters) …
const INTRO_MIN_PROSE: u32 = 400;

/// … and at least half of its container's: whether the prose before a container's first
/// linked heading (the blocks before it; text set straight in the heading's ancestors is
/// not counted) is a guide's introduction over the cards of its chapters, not a listing's
/// blurb.
fn introduced(dom: &Dom, stats: &Stats, id: NodeId, first: NodeId) -> bool {
    let mut intro = 0u32;
    let mut i = id;
    while i < first {
        if dom.contains(i, first) {
            i += 1;
            continue;
        }
        intro += stats.own_prose.get(i).copied().unwrap_or(0);
        i += 1;
    }
    intro >= INTRO_MIN_PROSE && intro * 2 >= stats.prose(id)
}

/// The href of a link in or around a heading (a named anchor, `<a name=…>` without an
/// href, is no link).
fn heading_link(dom: &Dom, heading: NodeId) -> Option<&str> {
    dom.subtree(heading)
        .chain(dom.ancestors(heading).take(3))
        .find_map(|d| link_href(dom, d))
}

/// The href of a link element: an `<a>` with a non-empty `href`.
fn link_href(dom: &Dom, id: NodeId) -> Option<&str> {
    if !dom.is(id, &tag!("a")) {
        return None;
    }
    dom.attr(id, "href").filter(|h| !h.trim().is_empty())
}

/// Whether a heading's link stays with the post rather than leading to another story: an
/// anchor in a page (`#p2169826`, or phpBB's `viewtopic.php?p=550452#p550452`: a forum
/// post's permalink) or a member's profile (the writer's name heading a forum post).
fn is_post_link(href: &str) -> bool {
    let href = href.trim();
    if href.starts_with('#')
        || href
            .split_once('#')
            .is_some_and(|(_, fragment)| names_a_post(fragment))
    {
        return true;
    }
    let path = href.split(['?', '#']).next().unwrap_or_default();
    // The path of an absolute link starts after its host.
    let path = match path.split_once("//") {
        Some((_, rest)) => rest.split_once('/').map_or("", |(_, p)| p),
        None => path,
    };
    // A profile is `/members/<name>`: the profile word first, the member right after.
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    matches!(segments.as_slice(), [word, _] if crate::score::is_one_of(word, crate::patterns::boilerplate::PROFILE_PATH_SEGMENTS))
}

/// A link to another of the site's pages (not to a place in a post, nor to a member).
fn leads_to_another_page(href: &str, host: Option<&str>) -> bool {
    is_internal(href, host) && !is_post_link(href)
}

/// Whether a link's fragment names a post: a few letters and its number (`p550452`,
/// `post-123`, `msg98765`), not a section (`#comments`) or a tracking tag (`#xtor=…`).
fn names_a_post(fragment: &str) -> bool {
    let letters = fragment.trim_end_matches(|c: char| c.is_ascii_digit());
    letters.len() < fragment.len()
        && letters.len() <= 12
        && letters
            .chars()
            .all(|c| c.is_ascii_alphabetic() || c == '-' || c == '_')
}

/// A link to the same site: relative, or to the page's host.
fn is_internal(href: &str, host: Option<&str>) -> bool {
    let href = href.trim();
    if !(href.starts_with("http://") || href.starts_with("https://") || href.starts_with("//")) {
        return true;
    }
    let Some(host) = host else { return true };
    let rest = href.split("//").nth(1).unwrap_or_default();
    let link_host = rest
        .split(['/', '?', '#'])
        .next()
        .unwrap_or_default()
        .trim_start_matches("www.");
    link_host.eq_ignore_ascii_case(host.trim_start_matches("www."))
}

#[cfg(test)]
mod tests;
