//! The writer's bio closing a story ("Rebecca Norris is a full-time freelance writer …"),
//! set under the text by the site's theme: about the author, not the story.

use std::sync::LazyLock;

use regex::Regex;

use super::{Block, BlockKind};
use crate::patterns::{self, boilerplate as bp};

/// What follows a name that opens a bio: "is a", "has written", "holds", "joined".
static BIO_VERB: LazyLock<Regex> = LazyLock::new(|| patterns::compile(bp::BIO_VERB));

/// A bio is looked for among the story's last blocks.
const TAIL_BLOCKS: usize = 6;
/// A role line above a bio ("Contributing Writer", "Founder and CEO") is this short …
const ROLE_MAX_WORDS: usize = 8;
/// … and there are at most this many short lines (a box's tabs, the role) above it.
const ROLE_MAX_LINES: usize = 3;
/// Lines after a bio that are mostly links (a list of her posts) go with it.
const AFTER_MIN_LINK_SHARE: f32 = 0.5;
/// Lines after a bio that go with it ("Latest posts by …") are this short, or a bio's
/// later sentences ("She has …") at most this long.
const AFTER_MAX_WORDS: usize = 16;
const FOLLOW_ON_MAX_WORDS: usize = 60;
/// The story keeps at least one block this long before the bio (a text that opens with
/// its writer's introduction is hers, not a bio under it).
const STORY_MIN_WORDS: usize = 12;

/// Drops the bio of one of `authors` that ends the story: the block naming the writer with
/// a bio's verb, the box's short lines above it (its tabs, the writer's role; not list
/// items) and the short, linked or follow-on lines after it.
pub(crate) fn drop_closing_bio(mut blocks: Vec<Block>, authors: &[String]) -> Vec<Block> {
    let names: Vec<(&str, &str)> = authors
        .iter()
        .filter_map(|a| {
            let first = a.split_whitespace().next()?;
            // A person's name, the first word like "Karina" (not an initial, not a brand's
            // capitals like "QCY").
            let person =
                first.chars().count() >= 3 && first.chars().skip(1).any(char::is_lowercase);
            person.then_some((a.as_str(), first))
        })
        .collect();
    if names.is_empty() {
        return blocks;
    }
    let tail_from = blocks.len().saturating_sub(TAIL_BLOCKS);
    let Some(start) = (tail_from..blocks.len()).find(|&k| {
        blocks
            .get(k)
            .is_some_and(|b| opens_any_bio(&b.text, &names))
    }) else {
        return blocks;
    };
    let after_ok = blocks.get(start + 1..).is_some_and(|rest| {
        rest.iter().all(|b| {
            let words = b.text.split_whitespace().count();
            words <= AFTER_MAX_WORDS
                || b.link_share >= AFTER_MIN_LINK_SHARE
                || opens_any_bio(&b.text, &names)
                || (words <= FOLLOW_ON_MAX_WORDS && continues_bio(&b.text))
        })
    });
    if !after_ok {
        return blocks;
    }
    // The box's short lines above the bio: its tabs ("Author", "Recent posts"), the
    // writer's role ("Owner, Founder & Retreat Leader at Ambuja Yoga").
    let mut cut = start;
    while start - cut < ROLE_MAX_LINES {
        let Some(prev) = cut.checked_sub(1).and_then(|k| blocks.get(k)) else {
            break;
        };
        let role = super::is_short_line(&prev.text, ROLE_MAX_WORDS)
            && !prev.text.trim_end().ends_with(',');
        if prev.kind == BlockKind::ListItem || !role {
            break;
        }
        cut -= 1;
    }
    let story_left = blocks.get(..cut).is_some_and(|kept| {
        kept.iter()
            .any(|b| b.text.split_whitespace().count() >= STORY_MIN_WORDS)
    });
    if story_left {
        blocks.truncate(cut);
    }
    blocks
}

/// Whether a block opens with one of the writers' bios.
fn opens_any_bio(text: &str, names: &[(&str, &str)]) -> bool {
    names
        .iter()
        .any(|&(full, first)| opens_bio(text, full, first))
}

/// Whether a block opens with the writer's name (full, or the first name alone) and a
/// bio's verb.
fn opens_bio(text: &str, full: &str, first: &str) -> bool {
    // A bio set apart: "*Angela Holliday-Bell, MD, is …", "(Paul Fenaroli is …)".
    let text = text.trim_start_matches(['*', '(', '—', '–', ' ']);
    [full, first].iter().any(|name| {
        text.strip_prefix(name)
            .is_some_and(|rest| rest.starts_with([' ', ',']) && BIO_VERB.is_match(rest))
    })
}

/// "She has …", "He lives …": a bio's later sentences.
fn continues_bio(text: &str) -> bool {
    bp::BIO_FOLLOW_ON_WORDS.iter().any(|w| {
        text.strip_prefix(w)
            .is_some_and(|rest| rest.starts_with(' '))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(texts: &[&str]) -> Vec<Block> {
        texts
            .iter()
            .map(|t| Block {
                text: (*t).to_string(),
                kind: BlockKind::Paragraph,
                link_share: 0.0,
            })
            .collect()
    }

    fn texts(b: &[Block]) -> Vec<&str> {
        b.iter().map(|b| b.text.as_str()).collect()
    }

    #[test]
    fn the_writers_closing_bio_goes_with_its_role_line() {
        let authors = ["Rebecca Norris".to_string()];
        let story = blocks(&[
            "The plants need little light, so a north window or a dim hallway suits them well.",
            "Water them once a week.",
            "Contributing Writer",
            "Rebecca Norris is a full-time freelance writer living in Washington.",
            "She has written for many magazines.",
        ]);
        let kept = drop_closing_bio(story, &authors);
        assert_eq!(
            texts(&kept),
            [
                "The plants need little light, so a north window or a dim hallway suits them well.",
                "Water them once a week."
            ]
        );
        // Set apart, with credentials; a one-word byline.
        let authors = ["Angela Holliday-Bell".to_string(), "Lauren".to_string()];
        for bio in [
            "*Angela Holliday-Bell, MD, is a physician in Chicago.",
            "Lauren has written for this blog since 2018.",
        ] {
            let story = blocks(&[
                "The plants need little light, so a north window or a dim hallway suits them well.",
                bio,
            ]);
            assert_eq!(drop_closing_bio(story, &authors).len(), 1, "{bio}");
        }
    }

    #[test]
    fn an_author_box_goes_with_its_tabs_and_list_of_posts() {
        let authors = ["Autumn Adams".to_string()];
        let mut story = blocks(&[
            "See you on retreat, where we will practise twice a day and hike in the afternoons!",
            "Author",
            "Recent Posts",
            "Owner, Founder, & Retreat Leader at Ambuja Yoga",
            "Autumn founded Ambuja Yoga in 2014 to share her love of adventure.",
            "Latest posts by Autumn Adams (see all)",
            "What to Bring for a Yoga Retreat in Patagonia: Your Complete Packing Guide for Tawa Refugio (or Any Adventure in Patagonia) - November 2, 2025",
        ]);
        if let Some(last) = story.last_mut() {
            last.link_share = 0.9;
        }
        assert_eq!(drop_closing_bio(story, &authors).len(), 1);
    }

    #[test]
    fn a_story_that_is_all_the_writers_own_or_ends_in_a_list_keeps_its_text() {
        let authors = ["Karina Lopez".to_string()];
        let story = blocks(&[
            "Karina has lived in Lima for ten years, and these are her favourite places.",
            "She has visited all of them.",
        ]);
        assert_eq!(drop_closing_bio(story, &authors).len(), 2);
        let mut story = blocks(&[
            "The cake takes an hour to bake, and it keeps for a week in a tin.",
            "You will need:",
            "Flour",
            "Two eggs",
            "Karina has baked it for twenty years.",
        ]);
        for b in story.iter_mut().skip(2).take(2) {
            b.kind = BlockKind::ListItem;
        }
        let kept = drop_closing_bio(story, &authors);
        assert_eq!(kept.len(), 4, "{:?}", texts(&kept));
    }

    #[test]
    fn a_person_the_story_is_about_or_a_bio_mid_story_stays() {
        let authors = ["Rebecca Norris".to_string()];
        // Someone else: the story's subject.
        let story = blocks(&["Intro.", "Tomson Highway is a Cree playwright."]);
        assert_eq!(drop_closing_bio(story, &authors).len(), 2);
        // The writer introduces herself, then the story goes on.
        let long = "The first step is to choose a pot with a drainage hole and fill it with fresh soil, then water.";
        let story = blocks(&["Rebecca Norris is a gardener, and here is how.", long]);
        assert_eq!(drop_closing_bio(story, &authors).len(), 2);
    }
}
