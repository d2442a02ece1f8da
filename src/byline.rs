//! Bylines: person names from visible bylines and author fields, without "By", roles,
//! dates, e-mail addresses, handles or the site name.

use std::sync::LazyLock;

use regex::Regex;

use crate::patterns::{self, byline as tokens};
use crate::text::{normalize, squash};

use pictures::{holds_picture, pictured_at_most_one, pictured_name, pictured_once};
use signature::signed;

static PREFIX: LazyLock<Regex> = LazyLock::new(|| patterns::compile(tokens::PREFIX));
static SPLIT: LazyLock<Regex> = LazyLock::new(|| patterns::compile(tokens::SPLIT));
static NOISE: LazyLock<Regex> = LazyLock::new(|| patterns::compile(tokens::NOISE));
static CREDIT: LazyLock<Regex> = LazyLock::new(|| patterns::compile(tokens::CREDIT));
static GLUED: LazyLock<Regex> = LazyLock::new(|| patterns::compile(tokens::GLUED));
static CLAUSE: LazyLock<Regex> = LazyLock::new(|| patterns::compile(tokens::CLAUSE));
static INNER_PARENS: LazyLock<Regex> = LazyLock::new(|| patterns::compile(tokens::INNER_PARENS));
static ASIDE: LazyLock<Regex> = LazyLock::new(|| patterns::compile(tokens::ASIDE));
static SIGNATURE: LazyLock<Regex> = LazyLock::new(|| patterns::compile(tokens::SIGNATURE));

/// How sure the source is that it names people.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Source {
    /// Any text that may be a byline: a name needs two to five words.
    Text,
    /// A field or element declared to hold the author (JSON-LD or `<meta>` author,
    /// `rel=author`, `itemprop=author`), or a line opening with "By": a single word that
    /// reads as a name ("By Susan") counts too.
    Declared,
}

/// The person names in a byline text ("By Jane Doe and John Roe | Published Jan 8").
pub(crate) fn names(text: &str, site_names: &[&str]) -> Vec<String> {
    names_from(text, site_names, Source::Text)
}

/// The person names in a declared author value or a "By" line: see [`Source::Declared`].
pub(crate) fn declared_names(text: &str, site_names: &[&str]) -> Vec<String> {
    names_from(text, site_names, Source::Declared)
}

fn names_from(text: &str, site_names: &[&str], source: Source) -> Vec<String> {
    let text = normalize(text);
    let text = GLUED.replace_all(&text, |c: &regex::Captures<'_>| {
        let part = |i| c.get(i).map_or("", |m| m.as_str());
        format!("{}{} | {}{}", part(1), part(3), part(2), part(4))
    });
    let mut out: Vec<String> = Vec::new();
    for segment in text.split(['|', '•', '·', '\n']) {
        let segment = INNER_PARENS.replace_all(segment, "$1 $2 $3");
        let segment = NOISE.replace_all(&segment, " ");
        // "This post was written by Jane Doe, …" in an author box.
        let segment = SIGNATURE.replace(segment.trim(), "");
        let segment = PREFIX.replace(segment.trim(), "$1");
        for part in SPLIT.split(&segment) {
            let part = PREFIX.replace(part.trim(), "$1");
            let part = CLAUSE.replace(&part, "");
            let part = ASIDE.replace(&part, "");
            if let Some(name) = clean_name(&part, site_names, source)
                && !out.iter().any(|n| n.eq_ignore_ascii_case(&name))
            {
                out.push(name);
            }
        }
    }
    out
}

/// A name, or `None` when the part is a role, an organisation, a date or noise.
pub(crate) fn clean_name(part: &str, site_names: &[&str], source: Source) -> Option<String> {
    let part = part
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != '\'' && c != '’')
        .trim_end_matches('.')
        .trim();
    if part.is_empty() || part.chars().any(|c| c.is_ascii_digit() || c == '@') {
        return None;
    }
    let squashed = squash(part);
    let words: Vec<&str> = part.split_whitespace().collect();
    // The site name standing in for a person, or a name holding it ("Reuters Staff"), is
    // not an author; a person's name inside a longer site name ("Kyle Howells Blog",
    // "Colin Watson's blog") is the site's owner writing on it.
    let owner = (2..=3).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    if site_names.iter().map(|s| squash(s)).any(|s| {
        s.len() >= 3
            && (squashed.contains(&s)
                || (s.contains(&squashed) && !(owner && s.len() > squashed.len())))
    }) {
        return None;
    }
    if words.iter().any(|w| {
        tokens::ROLE_WORDS.contains(
            &w.to_lowercase()
                .trim_matches(|c: char| !c.is_alphanumeric()),
        )
    }) {
        return None;
    }
    if crate::text::is_cjk_name(part) {
        return Some(part.to_string());
    }
    let capitalised = words.iter().all(|w| {
        tokens::NAME_PARTICLES.contains(&w.to_lowercase().as_str())
            || w.chars().next().is_some_and(char::is_uppercase)
    });
    let one_word = source == Source::Declared && words.len() == 1 && is_one_word_name(part);
    (capitalised && ((2..=5).contains(&words.len()) || one_word)).then(|| words.join(" "))
}

/// Whether a site's name reads as a person's ("Rick Steves", "Paige Brunton"; not "Loona
/// Construction", "Yoga With Olivia" or "USA TODAY"): two or three words, each a capital
/// and then lower case, none an organisation word. Such a site is named after its author.
pub(crate) fn is_person_site(site: &str) -> bool {
    let words: Vec<&str> = site.split_whitespace().collect();
    (2..=3).contains(&words.len())
        && words.iter().all(|w| {
            let mut c = w.chars();
            c.next().is_some_and(char::is_uppercase)
                && c.clone().any(char::is_lowercase)
                && c.all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
                && !tokens::ORG_WORDS.contains(&w.to_lowercase().as_str())
                && !tokens::ROLE_WORDS.contains(&w.to_lowercase().as_str())
        })
}

/// A single word that reads as a given name or a surname ("Susan", "O'Neil", "Smith-Jones"):
/// letters only, at least three, at most two capitals, and not a button's label.
fn is_one_word_name(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().count() >= 3
        && word
            .chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
        && word.chars().filter(|c| c.is_uppercase()).count() <= 2
        && !tokens::NOT_NAMES.contains(&word.to_lowercase().as_str())
}

/// A name written all in lower case, kept as written, when it would be a name capitalised
/// (two to five words, no role, not the site).
pub(crate) fn lowercase_name(text: &str, site_names: &[&str]) -> Option<String> {
    let text = normalize(text);
    if text.chars().any(char::is_uppercase) || !text.chars().any(char::is_alphabetic) {
        return None;
    }
    let capitalised: String = text
        .split(' ')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ");
    clean_name(&capitalised, site_names, Source::Text).map(|_| text)
}

/// Whether a line opens with a byline word that cannot be the start of a surname (not
/// "De", "Di"): what follows is declared to be the author.
fn declares_author(text: &str) -> bool {
    PREFIX.find(text).is_some_and(|m| {
        let word = m.as_str().trim().to_lowercase();
        !word.is_empty() && !tokens::SURNAME_PREFIXES.contains(&word.as_str())
    })
}

/// Whether a text opens with a byline word ("By", "Von", "Por", ...).
pub(crate) fn starts_with_prefix(text: &str) -> bool {
    PREFIX
        .find(text)
        .is_some_and(|m| !m.as_str().trim().is_empty())
}

/// Class/id tokens of byline elements.
const BYLINE_TOKENS: &[&str] = &[
    "author",
    "authors",
    "byline",
    "by",
    "writer",
    "reporter",
    "contributor",
    "autor",
    "autorin",
    "firma",
    "journalist",
    "creator",
];

/// The authors named in a story's header region (the innermost elements marked as
/// bylines, and lines that open with "By"), else in the meta lines right after its
/// headline (`after_headline`), else anywhere in its container through `rel=author` and
/// `itemprop=author`, else in an author box right after it.
pub(crate) fn find(
    dom: &crate::dom::Dom,
    header: std::ops::Range<usize>,
    after_headline: std::ops::Range<usize>,
    container: usize,
    site_names: &[&str],
) -> Vec<String> {
    // Pictures beside their names say who wrote only where one person is pictured so: a
    // catalogue's or a forum's tiles picture many.
    // Asked only once a picture beside a name is found (it reads every picture of the page).
    let once = std::cell::OnceCell::new();
    let portraits = || *once.get_or_init(|| pictured_at_most_one(dom, site_names));
    let mut out = in_header(dom, header, site_names, true, &portraits);
    if out.is_empty() {
        out = in_header(dom, after_headline, site_names, false, &|| false);
    }
    if out.is_empty() {
        out = marked_names(dom, container..dom.end(container), site_names);
        out.truncate(MAX_AUTHORS);
    }
    if out.is_empty() {
        // An author box right after the story ("About the author"), within the story's
        // column (its grandparent): trusted only when it names exactly one person.
        let column = dom
            .ancestors(container)
            .nth(1)
            .map_or_else(|| dom.len(), |g| dom.end(g));
        let after = marked_names(dom, dom.end(container)..column, site_names);
        if after.len() == 1 {
            out = after;
        }
        if out.is_empty() {
            out = pictured_once(dom, container..column, site_names);
            if !out.is_empty() && !portraits() {
                out.clear();
            }
        }
        if out.is_empty() {
            out = signed(dom, container..column, site_names);
        }
    }
    out
}

/// A byline or signature line is shorter than this (characters)...
const LINE_MAX_CHARS: usize = 150;
/// ...and than this in raw bytes, read before judging it.
const LINE_MAX_BYTES: usize = 600;

/// The names of a header region: its innermost marked byline elements (when `marked`) and
/// its lines that open with a byline word, outside figures and credit lines.
fn in_header(
    dom: &crate::dom::Dom,
    header: std::ops::Range<usize>,
    site_names: &[&str],
    marked: bool,
    portraits: &dyn Fn() -> bool,
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let innermost = if marked {
        innermost_marked(dom, header.clone())
    } else {
        Vec::new()
    };
    let mut i = header.start;
    while i < header.end {
        if is_figure(dom, i) {
            i = dom.end(i).max(i + 1);
            continue;
        }
        // A marked element that runs past the header (an `<article class="author-…">`
        // wrapping the whole story) is not a byline: its text is the story.
        if innermost.get(i - header.start).copied().unwrap_or(false)
            && dom.end(i) <= header.end
            && is_byline_sized(dom, i)
        {
            if !in_credit_line(dom, i) {
                let source = if is_explicit_author(dom, i) {
                    Source::Declared
                } else {
                    Source::Text
                };
                let mut text = element_name_text(dom, i);
                let bare = is_bare_prefix(&text);
                if bare || text.trim().is_empty() && holds_picture(dom, i) {
                    // The marked element is only the "By" label or the author's picture
                    // (`<span class="author-by">By </span>Scott Pletcher`): the name is
                    // the next text.
                    let last = dom.end(i).saturating_sub(1);
                    text = next_text(dom, last, header.end)
                        .map_or_else(String::new, |n| if bare { format!("By {n}") } else { n });
                }
                push_new(&mut out, names_from(&text, site_names, source));
            }
            i = dom.end(i).max(i + 1);
            continue;
        }
        if let Some(name) =
            pictured_name(dom, i, header.end, site_names, true).filter(|n| is_person_site(n))
            && portraits()
        {
            // A picture of the author beside their name (`<img alt="Jane Doe">Jane Doe`).
            push_new(&mut out, vec![name]);
            i += 1;
            continue;
        }
        if marked && is_author_link(dom, i) {
            // A link to the author's page outside any marked byline (`<a
            // href="/author/jane-doe">`), beside those there are.
            if !in_credit_line(dom, i) && is_byline_sized(dom, i) {
                push_new(&mut out, names(&dom.text(i), site_names));
            }
            i = dom.end(i).max(i + 1);
            continue;
        }
        if let Some(t) = dom.text_of(i)
            && starts_with_prefix(t.trim())
            && let Some(p) = dom.parent(i)
        {
            let line = if is_bare_prefix(t) {
                // `<span>By</span><span>Daryl Austin</span>`: the name is the next text.
                next_text(dom, i, header.end).map_or_else(String::new, |n| format!("By {n}"))
            } else {
                dom.text(p)
            };
            if crate::text::visible_len(&line) < LINE_MAX_CHARS {
                // "By Susan" names her; "Di Maio" or "De Vries" is a surname, not "by".
                let found = if declares_author(&line) {
                    declared_names(&line, site_names)
                } else {
                    names(&line, site_names)
                };
                push_new(&mut out, found);
            }
        }
        i += 1;
    }
    out
}

/// The names in the innermost marked byline elements of `range`, outside discussions and
/// figures.
fn marked_names(
    dom: &crate::dom::Dom,
    range: std::ops::Range<usize>,
    site_names: &[&str],
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let innermost = innermost_marked(dom, range.clone());
    let mut i = range.start;
    while i < range.end {
        if in_discussion(dom, i) || is_figure(dom, i) {
            i = dom.end(i).max(i + 1);
            continue;
        }
        if innermost.get(i - range.start).copied().unwrap_or(false) && is_byline_sized(dom, i) {
            push_new(&mut out, names(&element_name_text(dom, i), site_names));
        }
        i += 1;
    }
    out
}

/// For each node of `range` (by offset), whether it is a marked byline element with no
/// marked element below it. One reverse pass, so nested markers cost linear time.
fn innermost_marked(dom: &crate::dom::Dom, range: std::ops::Range<usize>) -> Vec<bool> {
    let start = range.start;
    let mut marked_below = vec![false; range.len()];
    let mut innermost = vec![false; range.len()];
    for i in range.rev() {
        let k = i - start;
        let below = marked_below.get(k).copied().unwrap_or(false);
        let marked = is_marked_byline(dom, i);
        if let Some(slot) = innermost.get_mut(k) {
            *slot = marked && !below;
        }
        if (marked || below)
            && let Some(slot) = dom
                .parent(i)
                .filter(|&p| p >= start)
                .and_then(|p| marked_below.get_mut(p - start))
        {
            *slot = true;
        }
    }
    innermost
}

/// Raw text (bytes) past which a marked element is not a byline but a block that merely
/// carries an author class (a story `<article class="author-jane-doe">`).
const BYLINE_MAX_BYTES: usize = 600;

fn is_byline_sized(dom: &crate::dom::Dom, id: usize) -> bool {
    // Raw text counts the markup's indentation: read more of it, judge what shows.
    dom.text_within(id, 4 * BYLINE_MAX_BYTES)
        .is_some_and(|t| t.len() <= BYLINE_MAX_BYTES)
}

/// Adds the names not yet in `out`.
pub(crate) fn push_new(out: &mut Vec<String>, found: Vec<String>) {
    for n in found {
        if !out.contains(&n) {
            out.push(n);
        }
    }
}

/// Whether `text` is a byline prefix and nothing else ("By", "Written by", "Autor:").
pub(crate) fn is_bare_prefix(text: &str) -> bool {
    PREFIX
        .find(text)
        .is_some_and(|m| m.end() >= text.trim_end().len())
}

/// The first non-empty text after node `i` (within a few nodes and before `end`).
fn next_text(dom: &crate::dom::Dom, i: usize, end: usize) -> Option<String> {
    (i + 1..end.min(i + 12))
        .filter(|&j| {
            !dom.parent(j)
                .and_then(|p| dom.tag(p))
                .is_some_and(crate::dom::is_non_text)
        })
        .filter_map(|j| dom.text_of(j))
        .map(normalize)
        .find(|t| !t.is_empty())
}

/// A figure and its caption: a name there ("Foto: Álvaro Ibáñez") is the photographer's.
fn is_figure(dom: &crate::dom::Dom, id: usize) -> bool {
    dom.is(id, &crate::dom::tag!("figure")) || dom.is(id, &crate::dom::tag!("figcaption"))
}

/// Bylines found outside a story's header are trusted only this far: beyond it, they are
/// a list of people, not a byline.
const MAX_AUTHORS: usize = 4;

/// Comments, related stories and other people's posts: their bylines are not the story's.
fn in_discussion(dom: &crate::dom::Dom, id: usize) -> bool {
    ["class", "id"].iter().any(|a| {
        dom.attr(id, a).is_some_and(|v| {
            let v = v.to_ascii_lowercase();
            [
                "comment",
                "related",
                "recommend",
                "reply",
                "respon",
                "discussion",
                "popular",
                "trending",
                "more-from",
                "sidebar",
            ]
            .iter()
            .any(|k| v.contains(k))
        })
    })
}

fn is_explicit_author(dom: &crate::dom::Dom, id: usize) -> bool {
    dom.attr(id, "rel").is_some_and(|r| {
        r.split_whitespace()
            .any(|x| x.eq_ignore_ascii_case("author"))
    }) || dom.attr(id, "itemprop").is_some_and(|r| {
        r.split_whitespace()
            .any(|x| x.eq_ignore_ascii_case("author"))
    })
}

/// A link to an author's page: `/author/jane-doe`, `/authors/…`, `/autor/…`, `/auteur/…`.
fn is_author_link(dom: &crate::dom::Dom, id: usize) -> bool {
    dom.is(id, &crate::dom::tag!("a"))
        && dom.attr(id, "href").is_some_and(|h| {
            let path = h.split(['?', '#']).next().unwrap_or_default();
            path.split('/').rev().skip(1).any(|seg| {
                tokens::AUTHOR_PATH_SEGMENTS.contains(&seg.to_ascii_lowercase().as_str())
            })
        })
}

fn is_marked_byline(dom: &crate::dom::Dom, id: usize) -> bool {
    static MARKS: crate::patterns::TokenSet = crate::patterns::TokenSet::new(BYLINE_TOKENS);
    if dom.element(id).is_none() {
        return false;
    }
    is_explicit_author(dom, id)
        || ["class", "id"].iter().any(|a| {
            dom.attr(id, a)
                .is_some_and(|v| crate::score::tokens(v).any(|t| MARKS.contains(t)))
        })
}

/// Whether a marked name stands in a credit line ("Photographs by …"): the text of its
/// nearest block opens with a credit word.
fn in_credit_line(dom: &crate::dom::Dom, id: usize) -> bool {
    dom.ancestors(id)
        .take(4)
        .find(|&a| dom.tag(a).is_some_and(crate::score::is_block))
        .is_some_and(|b| CREDIT.is_match(&dom.text_start(b, CREDIT_PREFIX_BYTES)))
}

/// An author element's name: its `itemprop=name` descendant when it has one, else its text
/// with its blocks kept apart (`<div>Joe Kindness</div><div>Founder</div>` is a name and a
/// role, not "Joe KindnessFounder").
/// How much of a block's opening a credit word is looked for in.
const CREDIT_PREFIX_BYTES: usize = 160;

fn element_name_text(dom: &crate::dom::Dom, id: usize) -> String {
    dom.subtree(id)
        .skip(1)
        .find(|&i| {
            dom.attr(i, "itemprop")
                .is_some_and(|p| p.eq_ignore_ascii_case("name"))
        })
        .map_or_else(
            || block_text(dom, id),
            |n| {
                dom.attr(n, "content")
                    .map_or_else(|| dom.text(n), str::to_string)
            },
        )
}

/// The text of a subtree with " | " between its blocks (a segment separator of [`names`]).
fn block_text(dom: &crate::dom::Dom, id: usize) -> String {
    let mut out = String::new();
    for i in dom.subtree(id).skip(1) {
        if let Some(t) = dom.text_of(i) {
            if !dom
                .parent(i)
                .and_then(|p| dom.tag(p))
                .is_some_and(crate::dom::is_non_text)
            {
                out.push_str(t);
            }
        } else if dom
            .tag(i)
            .is_some_and(|t| crate::score::is_block(t) || *t == crate::dom::tag!("br"))
        {
            out.push_str(" | ");
        }
    }
    out
}

mod pictures;
mod signature;
#[cfg(test)]
mod tests;
