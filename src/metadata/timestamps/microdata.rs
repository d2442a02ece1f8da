//! A story's dates in microdata: `itemprop=datePublished`/`dateModified` on elements (a
//! Blogger theme's `<abbr itemprop=datePublished title=…>`), the story's own item's.

use crate::dom::{Dom, NodeId, tag};

/// The value of the story's own `itemprop=prop` (lowercase; not one of an item nested in
/// it, such as a comment or a teaser card): its `content`, its `datetime`, or its text.
pub(super) fn microdata(dom: &Dom, container: NodeId, prop: &str) -> Option<String> {
    let id = dom.subtree(container).find(|&i| {
        dom.attr(i, "itemprop")
            .is_some_and(|p| p.split_whitespace().any(|p| p.eq_ignore_ascii_case(prop)))
            && !dom
                .ancestors(i)
                .take_while(|&a| a > container)
                .any(|a| dom.attr(a, "itemscope").is_some())
    })?;
    item_value(dom, id)
}

/// The story's `itemprop=prop` (lowercase): one whose item is an article or a web page
/// around the story's container or inside it (not a comment's, a review's, or a teaser's
/// elsewhere on the page), or that stands in the container outside any item.
pub(super) fn story_microdata(dom: &Dom, container: NodeId, prop: &str) -> Option<String> {
    let id = (0..dom.len()).find(|&i| {
        dom.attr(i, "itemprop")
            .is_some_and(|p| p.split_whitespace().any(|p| p.eq_ignore_ascii_case(prop)))
            && match dom
                .ancestors(i)
                .find(|&a| dom.attr(a, "itemscope").is_some())
            {
                None => dom.contains(container, i),
                Some(item) => {
                    (dom.contains(item, container) || dom.contains(container, item))
                        && dom.attr(item, "itemtype").is_some_and(|t| {
                            let t = t.to_ascii_lowercase();
                            ["article", "posting", "webpage"]
                                .iter()
                                .any(|k| t.contains(k))
                        })
                }
            }
    })?;
    item_value(dom, id)
}

/// A microdata value: `content`, `datetime`, `title` (of an `<abbr>`), else the text.
fn item_value(dom: &Dom, id: NodeId) -> Option<String> {
    dom.attr(id, "content")
        .or_else(|| dom.attr(id, "datetime"))
        .or_else(|| dom.attr(id, "title").filter(|_| dom.is(id, &tag!("abbr"))))
        .map(str::to_string)
        .or_else(|| Some(dom.text(id)))
}
