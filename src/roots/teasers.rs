//! Teaser grids inside an article's body: cards of other stories (a linked title and an
//! excerpt) that a theme sets after the story ("Latest news", a carousel of posts) without
//! a heading the cleaner would know.

use crate::dom::{Dom, NodeId, tag};
use crate::score::Stats;

/// A card holds at most this much prose (characters): a title and an excerpt, cut short.
const CARD_MAX_PROSE: u32 = 600;
/// A card's subtree holds at most this many nodes (it is a small block; bounding it keeps
/// the scan linear on deeply nested pages).
const CARD_MAX_NODES: usize = 400;
/// A card has a title and perhaps a category or date heading, no more.
const CARD_MAX_HEADINGS: usize = 2;
/// The least number of cards side by side that make a grid.
const GRID_MIN_CARDS: usize = 3;
/// The story's prose after a trailing grid is less than this inverse share of its prose
/// before it: the grid closes the story.
const TRAILING_RATIO: u32 = 2;
/// More teaser grids than this in one body make it a listing.
const MAX_GRIDS: usize = 16;
/// The grids hold less than this share of the body's prose: the story itself is elsewhere.
const GRID_MAX_SHARE: f32 = 0.4;

/// The cards of the teaser grids that follow the story in `body`, to leave out of its
/// paragraphs. `linked_elsewhere` tells a title's link to another of the site's pages.
pub(crate) fn trailing_cards(
    dom: &Dom,
    removed: &[bool],
    stats: &Stats,
    body: NodeId,
    linked_elsewhere: &dyn Fn(&str) -> bool,
) -> Vec<NodeId> {
    let grids = grids(dom, removed, stats, body, linked_elsewhere);
    // A body of grids is a listing, not a story they follow (and each grid's position is
    // looked up once: this keeps the work linear).
    if grids.len() > MAX_GRIDS {
        return Vec::new();
    }
    let grid_prose: Vec<u32> = grids
        .iter()
        .map(|(_, cards)| cards.iter().map(|&c| stats.prose(c)).sum())
        .collect();
    let all_grids: u32 = grid_prose.iter().sum();
    let body_prose = stats.prose(body);
    if all_grids as f32 >= body_prose as f32 * GRID_MAX_SHARE {
        return Vec::new();
    }
    let mut cards = Vec::new();
    let mut grids_before = 0;
    for ((grid, grid_cards), &prose) in grids.into_iter().zip(&grid_prose) {
        // The story's own prose before and after the grid (other grids left out).
        let before = prose_before(dom, stats, body, grid).saturating_sub(grids_before);
        let after = body_prose.saturating_sub(before + all_grids);
        grids_before += prose;
        if before > all_grids && after * TRAILING_RATIO < before {
            if std::env::var_os("NP_DEBUG").is_some() {
                eprintln!(
                    "teaser grid {grid}: prose {prose}, story {before} before, {after} after"
                );
            }
            cards.extend(grid_cards);
        }
    }
    cards
}

/// Elements with teaser cards for children (most of their children), in page order.
fn grids(
    dom: &Dom,
    removed: &[bool],
    stats: &Stats,
    body: NodeId,
    linked_elsewhere: &dyn Fn(&str) -> bool,
) -> Vec<(NodeId, Vec<NodeId>)> {
    let mut found = Vec::new();
    let mut i = body;
    while i < dom.end(body) {
        let skip = removed.get(i).copied().unwrap_or(true) || dom.tag(i).is_none();
        if skip {
            i = dom.end(i).max(i + 1);
            continue;
        }
        let cards: Vec<NodeId> = dom
            .child_elements(i)
            .filter(|&c| !removed.get(c).copied().unwrap_or(true))
            .filter(|&c| is_card(dom, removed, stats, c, linked_elsewhere))
            .collect();
        let others = dom
            .child_elements(i)
            .filter(|&c| !removed.get(c).copied().unwrap_or(true) && stats.text(c) > 0)
            .count();
        if cards.len() >= GRID_MIN_CARDS && cards.len() * 3 >= others * 2 {
            found.push((i, cards));
            i = dom.end(i).max(i + 1);
        } else {
            i += 1;
        }
    }
    found
}

/// Whether an element is a teaser card: a title heading (perhaps beside a category or
/// date heading) whose link leads to another page of the site, and a short excerpt at most.
fn is_card(
    dom: &Dom,
    removed: &[bool],
    stats: &Stats,
    id: NodeId,
    linked_elsewhere: &dyn Fn(&str) -> bool,
) -> bool {
    if stats.prose(id) > CARD_MAX_PROSE || dom.end(id).saturating_sub(id) > CARD_MAX_NODES {
        return false;
    }
    let headings: Vec<NodeId> = dom
        .subtree(id)
        .filter(|&d| !removed.get(d).copied().unwrap_or(true))
        .filter(|&d| {
            dom.tag(d)
                .is_some_and(|t| crate::dom::is_heading(t) && *t != tag!("h1"))
        })
        .take(CARD_MAX_HEADINGS + 1)
        .collect();
    headings.len() <= CARD_MAX_HEADINGS
        && headings
            .iter()
            .any(|&heading| super::heading_link(dom, heading).is_some_and(linked_elsewhere))
}

/// Prose in `body` before the element `id` starts.
fn prose_before(dom: &Dom, stats: &Stats, body: NodeId, id: NodeId) -> u32 {
    let mut total = 0;
    let mut at = id;
    while at != body {
        let Some(parent) = dom.parent(at) else { break };
        total += dom
            .child_elements(parent)
            .take_while(|&c| c != at)
            .map(|c| stats.prose(c))
            .sum::<u32>();
        at = parent;
    }
    total
}

#[cfg(test)]
mod tests {
    fn paragraphs(html: &str) -> Vec<String> {
        let options = crate::Options::new().base_url("https://news.example/2025/story");
        let page = crate::Extractor::new(options)
            .unwrap()
            .extract(html)
            .unwrap();
        page.articles
            .into_iter()
            .flat_map(|a| a.paragraphs)
            .collect()
    }

    fn story(paragraphs: usize) -> String {
        (0..paragraphs)
            .map(|i| format!("<p>Paragraph {i} of the story tells what the council decided on Tuesday, and why the vote went the way it did.</p>"))
            .collect()
    }

    fn card(i: usize, href: &str) -> String {
        format!(
            "<div class=\"item\"><h3><a href=\"{href}\">Other story {i}</a></h3><p>An excerpt of other story {i}, cut short by the theme after a line or two of its text…</p></div>"
        )
    }

    fn grid(hrefs: &[&str]) -> String {
        let cards: String = hrefs.iter().enumerate().map(|(i, h)| card(i, h)).collect();
        format!("<div class=\"row\">{cards}</div>")
    }

    fn page(body: &str) -> String {
        format!(
            "<html><head><title>Council vote</title></head><body><div><h1>Council vote</h1>{body}</div></body></html>"
        )
    }

    #[test]
    fn a_grid_of_the_sites_stories_after_the_story_is_left_out() {
        let html = page(&format!(
            "{}{}",
            story(8),
            grid(&["/2025/a", "https://news.example/2025/b", "/2025/c"])
        ));
        let kept = paragraphs(&html);
        assert_eq!(kept.len(), 8, "{kept:?}");
        assert!(kept.iter().all(|p| p.starts_with("Paragraph")));
    }

    #[test]
    fn cards_in_the_middle_of_the_story_or_making_it_are_kept() {
        // The story goes on after the grid: the cards are part of it.
        let middle = page(&format!(
            "{}{}{}",
            story(4),
            grid(&["/a", "/b", "/c"]),
            story(4)
        ));
        assert!(paragraphs(&middle).iter().any(|p| p.contains("excerpt")));
        // Cards that hold as much as the story around them: they are the content.
        let cards = page(&format!("{}{}", story(2), grid(&["/a", "/b", "/c"])));
        assert!(paragraphs(&cards).iter().any(|p| p.contains("excerpt")));
    }

    #[test]
    fn links_elsewhere_or_within_the_page_make_no_teasers() {
        let html = page(&format!(
            "{}{}",
            story(8),
            grid(&[
                "https://other.example/a",
                "#note-2",
                "https://elsewhere.example/c"
            ])
        ));
        assert!(paragraphs(&html).iter().any(|p| p.contains("excerpt")));
    }
}
