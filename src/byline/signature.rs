//! Lines that sign a post ("Written by Jane Doe", "View all posts by Jane Doe") in the story
//! or right after it: where some blogs put the only byline they show.

use super::{LINE_MAX_BYTES, LINE_MAX_CHARS, SIGNATURE, in_discussion, is_figure, names};

/// A short line that signs the post ("Written by Jane Doe", "This post was written by
/// Danielle Padula, …") in the story or right after it, outside discussions: where some
/// blogs put the only byline they show.
pub(super) fn signed(
    dom: &crate::dom::Dom,
    range: std::ops::Range<usize>,
    site_names: &[&str],
) -> Vec<String> {
    let start = range.start;
    for i in range {
        // Cheap test first: the text node opens a signature; then its line and place.
        let Some(t) = dom.text_of(i) else { continue };
        if !SIGNATURE.is_match(t) {
            continue;
        }
        // The line is the signature's block (`<p><em>Written by</em> <a>Jane</a></p>`).
        let Some(p) = dom
            .ancestors(i)
            .take(4)
            .find(|&a| dom.tag(a).is_some_and(crate::score::is_block))
            .or_else(|| dom.parent(i))
        else {
            continue;
        };
        let Some(line) = dom.text_within(p, LINE_MAX_BYTES) else {
            continue;
        };
        let in_aside = std::iter::once(p)
            .chain(dom.ancestors(p))
            .take_while(|&a| a >= start)
            .any(|a| in_discussion(dom, a) || is_figure(dom, a));
        if in_aside || crate::text::visible_len(&line) >= LINE_MAX_CHARS {
            continue;
        }
        let rest = SIGNATURE
            .find(&line)
            .and_then(|m| line.get(m.end()..))
            .unwrap_or_default();
        let found = names(rest, site_names);
        if !found.is_empty() {
            return found;
        }
    }
    Vec::new()
}
