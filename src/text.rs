//! Small text helpers shared by the stages: whitespace normalisation and counting.

/// Collapses every run of whitespace (including no-break and other Unicode spaces) to one
/// ASCII space, trims both ends, and drops invisible characters (zero-width spaces and
/// joiners, soft hyphens, byte-order marks).
pub(crate) fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars() {
        if is_invisible(c) {
            continue;
        }
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(c);
    }
    out
}

/// Characters that render as nothing.
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
    )
}

/// Counts the characters of a string that are not whitespace.
pub(crate) fn visible_len(s: &str) -> usize {
    s.chars().filter(|c| !c.is_whitespace()).count()
}

/// Lowercases and trims trailing punctuation and decoration, for comparing a short label
/// with a list ("Advertisement:", "RELATED ›").
pub(crate) fn label_key(s: &str) -> String {
    normalize(s)
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '·')
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_collapses_all_spaces() {
        assert_eq!(normalize("  a\u{a0}\u{a0} b\n\tc\u{200b}d  "), "a b cd");
        assert_eq!(normalize(""), "");
        assert_eq!(normalize(" \u{a0} "), "");
    }

    #[test]
    fn label_key_trims_decoration() {
        assert_eq!(label_key("  RELATED › "), "related");
        assert_eq!(label_key("Hot · Posts"), "hot · posts");
    }
}
