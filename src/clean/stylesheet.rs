//! Classes a page's own stylesheet hides: `.herocardbannerSec { display: none }` in a
//! `<style>` element takes every element of that class off the page, as an inline
//! `style="display:none"` does.
//!
//! Only what the page surely hides counts: a rule at the top level (not under `@media`,
//! `@supports` or a print sheet) whose selector is the class alone, and only when no rule
//! anywhere on the page shows that class again (`.slick-initialized .slick-slide {
//! display: block }`, a carousel's script-driven reveal, or a media query's).

use std::collections::HashSet;

use crate::dom::{Dom, tag};
use crate::patterns::boilerplate as bp;

/// Bytes of stylesheet text read per page: pages inline whole frameworks (hundreds of
/// kilobytes); past this the rest is not read.
const MAX_SHEET_BYTES: usize = 4 << 20;

/// The classes the page's stylesheets hide, and those any of its rules shows.
#[derive(Debug, Default)]
pub(crate) struct HiddenClasses {
    names: HashSet<String>,
    shown: HashSet<String>,
}

impl HiddenClasses {
    /// Reads every `<style>` element of the page: screen sheets for what they hide and
    /// show, the others (print, a media query) for what they show.
    pub(crate) fn of(dom: &Dom) -> HiddenClasses {
        let mut hidden = HashSet::new();
        let mut shown = HashSet::new();
        let mut budget = MAX_SHEET_BYTES;
        for style in dom.elements_named(&tag!("style")) {
            if budget == 0 {
                break;
            }
            let screen = dom.attr(style, "media").is_none_or(|m| {
                let m = m.trim().to_ascii_lowercase();
                m.is_empty() || m == "all" || m == "screen"
            });
            // A `<style>`'s text is one text node (the parser reads it raw): read in place.
            for css in dom.children(style).filter_map(|c| dom.text_of(c)) {
                let css = css.get(..floor_boundary(css, budget)).unwrap_or("");
                budget = budget.saturating_sub(css.len());
                read_sheet(css, screen, &mut hidden, &mut shown);
            }
        }
        hidden.retain(|c| !shown.contains(c));
        HiddenClasses {
            names: hidden,
            shown,
        }
    }

    /// Whether an element has a class the page hides, none that a rule shows (Tailwind's
    /// `hidden md:block`, Bootstrap's `d-none d-md-block`: shown on wider screens), and
    /// none naming a part a reader opens (an accordion's answer, a collapsed tab: hidden
    /// until clicked, but the page's text).
    pub(crate) fn hides(&self, class: Option<&str>) -> bool {
        let Some(class) = class.filter(|_| !self.names.is_empty()) else {
            return false;
        };
        let mut names = class.split_ascii_whitespace();
        names.clone().any(|t| self.names.contains(t))
            && !names.any(|t| {
                let lower = t.to_ascii_lowercase();
                self.shown.contains(t) || bp::OPENED_BY_READER.iter().any(|w| lower.contains(w))
            })
    }
}

/// The largest char boundary of `s` at or below `at`.
fn floor_boundary(s: &str, at: usize) -> usize {
    if at >= s.len() {
        return s.len();
    }
    (0..=at).rev().find(|&i| s.is_char_boundary(i)).unwrap_or(0)
}

/// Reads one stylesheet: classes a top-level rule hides go to `hidden` (when `hides` is
/// set: a screen sheet), classes any rule shows to `shown`. One pass over the text; blocks
/// (`@media { … }`, nested rules) are counted, not recursed into.
fn read_sheet(css: &str, hides: bool, hidden: &mut HashSet<String>, shown: &mut HashSet<String>) {
    let bytes = css.as_bytes();
    let mut depth = 0usize;
    let mut prelude = 0usize;
    let mut i = 0usize;
    while let Some(&b) = bytes.get(i) {
        if matches!(b, b'/' | b'"' | b'\'')
            && let Some(next) = skip_comment_or_string(bytes, i)
        {
            // A comment before a selector is not part of it.
            if b == b'/' && css.get(prelude..i).is_none_or(|p| p.trim().is_empty()) {
                prelude = next;
            }
            i = next;
            continue;
        }
        match b {
            b'{' => {
                let selector = css.get(prelude..i).unwrap_or("").trim();
                let close = block_end(bytes, i + 1);
                match close {
                    // A plain rule: its declarations run to the next `}`.
                    Some(end) if !selector.starts_with('@') => {
                        let body = css.get(i + 1..end).unwrap_or("");
                        read_rule(selector, body, hides && depth == 0, hidden, shown);
                        i = end + 1;
                        prelude = i;
                        continue;
                    }
                    // An at-rule's block or a rule with nested rules: one level deeper.
                    _ => {
                        depth += 1;
                        prelude = i + 1;
                    }
                }
            }
            b'}' => {
                depth = depth.saturating_sub(1);
                prelude = i + 1;
            }
            b';' => prelude = i + 1,
            _ => {}
        }
        i += 1;
    }
}

/// Where a comment (`/* … */`) or a quoted string that opens at `i` ends (one past it; the
/// text's end when it is never closed); `None` when none opens there.
fn skip_comment_or_string(bytes: &[u8], i: usize) -> Option<usize> {
    let rest = bytes.get(i..)?;
    let (close, from): (&[u8], usize) = match rest {
        [b'/', b'*', ..] => (b"*/", 2),
        [b'"', ..] => (b"\"", 1),
        [b'\'', ..] => (b"'", 1),
        _ => return None,
    };
    let end = rest
        .get(from..)?
        .windows(close.len())
        .position(|w| w == close)
        .map_or(bytes.len(), |k| i + from + k + close.len());
    Some(end)
}

/// The `}` closing a block that opens at `from`, when no block opens inside it first
/// (comments and quoted strings skipped).
fn block_end(bytes: &[u8], from: usize) -> Option<usize> {
    let mut k = from;
    while let Some(off) = bytes.get(k..).and_then(|rest| {
        rest.iter()
            .position(|&b| matches!(b, b'{' | b'}' | b'/' | b'"' | b'\''))
    }) {
        k += off;
        match bytes.get(k) {
            Some(b'{') => return None,
            Some(b'}') => return Some(k),
            _ => match skip_comment_or_string(bytes, k) {
                Some(next) => k = next,
                None => k += 1,
            },
        }
    }
    None
}

/// One rule: the display its declarations set (the last one wins), applied to its
/// selectors.
fn read_rule(
    selector: &str,
    body: &str,
    top_level: bool,
    hidden: &mut HashSet<String>,
    shown: &mut HashSet<String>,
) {
    let Some(display) = display_value(body) else {
        return;
    };
    let none = display.eq_ignore_ascii_case("none");
    for part in selector.split(',') {
        let part = part.trim();
        if none {
            if top_level && let Some(name) = lone_class(part) {
                hidden.insert(name.to_string());
            }
        } else {
            shown.extend(classes_in(part));
        }
    }
}

/// The value of a rule's last `display` declaration (`display: none !important` and
/// `display:none!important` give "none"). Read without a regex: most rules set no display at all.
fn display_value(body: &str) -> Option<&str> {
    // "display", "Display", "DISPLAY": property names ignore case.
    if !body.contains("isplay") && !body.contains("ISPLAY") {
        return None;
    }
    body.rsplit(';')
        .filter_map(|declaration| declaration.split_once(':'))
        .filter(|(property, _)| property.trim().eq_ignore_ascii_case("display"))
        .find_map(|(_, value)| {
            value
                .trim()
                .split(|c: char| c.is_whitespace() || c == '!')
                .next()
                .filter(|v| !v.is_empty())
        })
}

/// The classes a selector names (`.ready .slick-slide:hover` names "ready" and
/// "slick-slide"; `.md\\:block` names "md:block", its escape undone).
fn classes_in(selector: &str) -> impl Iterator<Item = String> + '_ {
    selector.split('.').skip(1).filter_map(|rest| {
        let mut name = String::new();
        let mut chars = rest.chars();
        while let Some(c) = chars.next() {
            match c {
                '\\' => name.extend(chars.next()),
                c if c.is_alphanumeric() || c == '-' || c == '_' => name.push(c),
                _ => break,
            }
        }
        (!name.is_empty()).then_some(name)
    })
}

/// The class of a selector that is one class and nothing else (`.promo`).
fn lone_class(selector: &str) -> Option<&str> {
    let name = selector.strip_prefix('.')?;
    let plain = !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    plain.then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hidden(css: &str) -> Vec<String> {
        let mut h = HashSet::new();
        let mut s = HashSet::new();
        read_sheet(css, true, &mut h, &mut s);
        h.retain(|c| !s.contains(c));
        let mut v: Vec<String> = h.into_iter().collect();
        v.sort();
        v
    }

    #[test]
    fn a_lone_class_hidden_at_the_top_level_is_hidden() {
        let css = ".promo { color: red; display: none; order: 3 }\n.card{display:block}";
        assert_eq!(hidden(css), ["promo"]);
        assert_eq!(hidden(".a, .b{display:none}"), ["a", "b"]);
        assert_eq!(hidden(".c{Display: none!important}"), ["c"]);
    }

    #[test]
    fn media_queries_compound_selectors_and_reveals_do_not_hide() {
        // Hidden on small screens only.
        assert!(hidden("@media (max-width: 600px) { .wide { display: none } }").is_empty());
        // Not a lone class.
        assert!(hidden("div.x, .y .z, .w:hover { display: none }").is_empty());
        // Shown again by another rule (a carousel's script adds the first class).
        assert!(hidden(".slide{display:none} .ready .slide{display:block}").is_empty());
        assert!(hidden(".m{display:none} @media print { .m { display: block } }").is_empty());
        // The last declaration wins.
        assert!(hidden(".a{display:none;display:flex}").is_empty());
        // A comment holding a brace does not end a media query early.
        assert!(
            hidden("@media (max-width:600px){ .a{ /* } */ color:red } .m{display:none} }")
                .is_empty()
        );
    }

    #[test]
    fn comments_strings_and_broken_sheets_are_read_safely() {
        assert_eq!(
            hidden("/* .c{display:none} */ .d{content:\"}\";display:none}"),
            ["d"]
        );
        for css in ["{", "}", ".a{", "@media{", "/*", "'", ".a{display:", "}}{{"] {
            let _ = hidden(css);
        }
    }

    #[test]
    fn elements_with_a_hidden_class_are_found() {
        let dom = Dom::parse(
            r"<style>.x{display:none}.hidden{display:none}@media(min-width:768px){.md\:block{display:block}}</style><style media=print>.y{display:none}</style><style media='(max-width:600px)'>.z{display:none}.x2{display:block}</style><style>.x2{display:none}</style>",
            &crate::options::Limits::default(),
        )
        .unwrap();
        let h = HiddenClasses::of(&dom);
        assert!(h.hides(Some("a x b")));
        assert!(!h.hides(Some("y")));
        assert!(!h.hides(Some("z")));
        assert!(!h.hides(None));
        // Shown again on wider screens, by another class or by a media sheet.
        assert!(h.hides(Some("hidden")));
        assert!(!h.hides(Some("hidden md:block")));
        assert!(!h.hides(Some("x2")));
        assert!(!h.hides(Some("x accordion__body")));
    }
}
