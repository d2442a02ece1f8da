//! Authors pictured beside their names: an `<img>` whose `alt` says the name the next
//! text says, or an avatar beside a name.

use super::{in_discussion, is_figure, is_person_site, names, next_text, push_new, tokens};
use crate::text::normalize;

/// The name beside a picture of its person: an `<img>` whose `alt` says the name (alone, or
/// followed by a role or "Image": "Jane Doe, Staff Writer") and is followed by a text that
/// is that name and nothing else.
pub(super) fn pictured_name(
    dom: &crate::dom::Dom,
    id: usize,
    end: usize,
    site_names: &[&str],
    avatars: bool,
) -> Option<String> {
    if !dom.is(id, &crate::dom::tag!("img")) {
        return None;
    }
    let alt = normalize(dom.attr(id, "alt").unwrap_or_default()).to_lowercase();
    let text = next_text(dom, id, end)?;
    let found = names(&text, site_names);
    let [name] = found.as_slice() else {
        return None;
    };
    // A caption that repeats the alt ("Image Credit: Pexels") names no one.
    let caption = (id..end.min(id + 12))
        .find(|&j| dom.text_of(j).is_some_and(|t| !t.trim().is_empty()))
        .is_some_and(|j| dom.ancestors(j).take(3).any(|a| is_figure(dom, a)));
    if caption || text.contains(':') {
        return None;
    }
    if alt.is_empty() {
        // An avatar that says no name: the text after it in its parent names its person
        // (`<p><img class="avatar"> Mahua Das in <a>Project Management</a></p>`).
        let beside = dom
            .parent(id)
            .is_some_and(|p| next_text(dom, id, dom.end(p).min(end)).is_some());
        return (avatars && beside && is_avatar(dom, id)).then(|| name.clone());
    }
    let rest = alt.strip_prefix(&text.to_lowercase())?;
    let rest_ok = rest.is_empty()
        || rest.starts_with([',', '|', '-', '–', '(', ':'])
        || tokens::PICTURE_WORDS.contains(&rest.trim());
    (rest_ok && *name == text).then_some(text)
}

/// An image marked as an avatar (`class="avatar"`, a Gravatar).
fn is_avatar(dom: &crate::dom::Dom, id: usize) -> bool {
    dom.attr(id, "class").is_some_and(|c| {
        crate::score::tokens(c).any(|t| t.eq_ignore_ascii_case(tokens::AVATAR_CLASS))
    }) || dom
        .attr(id, "src")
        .is_some_and(|s| s.contains(tokens::GRAVATAR_PATH))
}

/// Whether at most one person is pictured beside their name on the whole page.
pub(super) fn pictured_at_most_one(dom: &crate::dom::Dom, site_names: &[&str]) -> bool {
    let mut seen: Option<String> = None;
    for i in dom.elements_named(&crate::dom::tag!("img")) {
        if let Some(name) = pictured_name(dom, i, dom.len(), site_names, true) {
            match &seen {
                Some(s) if *s != name => return false,
                _ => seen = Some(name),
            }
        }
    }
    true
}

/// The one person pictured beside their name in `range` (an author box under the story,
/// marked as one: a product's or a category's tile, a testimonial, is no author), when
/// exactly one is: several are a list of people.
pub(super) fn pictured_once(
    dom: &crate::dom::Dom,
    range: std::ops::Range<usize>,
    site_names: &[&str],
) -> Vec<String> {
    let end = range.end;
    let mut out: Vec<String> = Vec::new();
    for i in range {
        if let Some(name) = pictured_name(dom, i, end, site_names, false)
            && !in_discussion(dom, i)
            && in_author_box(dom, i)
        {
            push_new(&mut out, vec![name]);
        }
    }
    // Only a person-shaped name ("Cloud SQL" under a product's picture is none; a category
    // titled like a name, "Garden Tools", still passes this shape test).
    out.retain(|n| is_person_site(n));
    if out.len() == 1 { out } else { Vec::new() }
}

/// Whether an element is or holds a picture (an author's avatar).
pub(super) fn holds_picture(dom: &crate::dom::Dom, id: usize) -> bool {
    dom.subtree(id)
        .any(|j| dom.is(j, &crate::dom::tag!("img")) || dom.is(j, &crate::dom::tag!("picture")))
}

/// Whether a picture sits in a box marked as the author's (a class or id saying author,
/// byline, bio, profile, avatar), looked for a bounded way up.
fn in_author_box(dom: &crate::dom::Dom, id: usize) -> bool {
    std::iter::once(id)
        .chain(dom.ancestors(id))
        .take(8)
        .any(|a| {
            ["class", "id"].iter().any(|attr| {
                dom.attr(a, attr).is_some_and(|v| {
                    crate::score::tokens(v)
                        .any(|t| crate::score::is_one_of(t, tokens::AUTHOR_BOX_TOKENS))
                })
            })
        })
}
