//! Small text helpers shared by the stages: whitespace normalisation and counting.

/// Collapses every run of whitespace (including no-break and other Unicode spaces) to one
/// ASCII space, trims both ends, and drops invisible characters (zero-width spaces and
/// joiners, soft hyphens, byte-order marks).
pub(crate) fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    if s.is_ascii() {
        // ASCII has no invisible characters, and its whitespace is these six bytes.
        for word in s
            .split([' ', '\t', '\n', '\r', '\x0B', '\x0C'])
            .filter(|w| !w.is_empty())
        {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(word);
        }
        return out;
    }
    for word in s.split(char::is_whitespace) {
        let before = out.len();
        if before > 0 {
            out.push(' ');
        }
        let mark = out.len();
        if word.contains(is_invisible) {
            out.extend(word.chars().filter(|&c| !is_invisible(c)));
        } else {
            out.push_str(word);
        }
        if out.len() == mark {
            // Nothing visible in this word: no space for it either.
            out.truncate(before);
        }
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

/// Counts the characters of a string that are not whitespace, East Asian ones twice.
pub(crate) fn visible_len(s: &str) -> usize {
    if s.is_ascii() {
        s.bytes().filter(|b| !b.is_ascii_whitespace()).count()
    } else {
        s.chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| if is_dense(c) { 2 } else { 1 })
            .sum()
    }
}

/// Characters that carry about a word each (Chinese and Japanese ideographs, kana, Hangul
/// syllables): they count twice in [`visible_len`], so that the length thresholds tuned on
/// alphabetic text (a sentence, a paragraph, an article) hold for East Asian text too.
fn is_dense(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}'      // hiragana, katakana
        | '\u{3400}'..='\u{4DBF}'    // CJK extension A
        | '\u{4E00}'..='\u{9FFF}'    // CJK unified ideographs
        | '\u{AC00}'..='\u{D7AF}'    // Hangul syllables
        | '\u{F900}'..='\u{FAFF}') // CJK compatibility ideographs
}

/// Lowercases and trims trailing punctuation and decoration, for comparing a short label
/// with a list ("Advertisement:", "RELATED ›").
pub(crate) fn label_key(s: &str) -> String {
    normalize(s)
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '·')
        .to_lowercase()
}

/// Decodes character references left in text that was escaped twice upstream
/// (`&amp;#038;` parses to `&#038;`): numeric references and the common named ones.
/// Unknown or malformed references stay as written.
pub(crate) fn decode_leftover_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(rest.get(..at).unwrap_or_default());
        let tail = rest.get(at..).unwrap_or_default();
        match tail
            .find(';')
            .filter(|&e| e <= 10)
            .and_then(|e| Some((entity(tail.get(1..e)?)?, e)))
        {
            Some((c, e)) => {
                out.push(c);
                rest = tail.get(e + 1..).unwrap_or_default();
            }
            None => {
                out.push('&');
                rest = tail.get(1..).unwrap_or_default();
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code).filter(|c| *c != '\0');
    }
    Some(match name {
        "amp" => '&',
        "quot" => '"',
        "apos" => '\'',
        "lt" => '<',
        "gt" => '>',
        "nbsp" => ' ',
        "rsquo" => '\u{2019}',
        "lsquo" => '\u{2018}',
        "ldquo" => '\u{201c}',
        "rdquo" => '\u{201d}',
        "ndash" => '\u{2013}',
        "mdash" => '\u{2014}',
        "hellip" => '\u{2026}',
        _ => return None,
    })
}

/// Whether `s` is a Chinese, Japanese or Korean personal name: two to four CJK ideographs or
/// Hangul syllables, written without spaces ("王小明", "김민수").
pub(crate) fn is_cjk_name(s: &str) -> bool {
    (2..=4).contains(&s.chars().count())
        && s.chars()
            .all(|c| matches!(c, '\u{3400}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}'))
}

/// `s` in lower case, borrowed when it has no upper-case letter (most words of a page), so
/// that looking a word up in a lower-case list costs no allocation.
pub(crate) fn lowercase(s: &str) -> std::borrow::Cow<'_, str> {
    if s.chars().any(char::is_uppercase) {
        std::borrow::Cow::Owned(s.to_lowercase())
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

/// Lower-case letters and digits only ("The Harbour-Wire.com" → "theharbourwirecom"): the
/// form in which headlines, site names, bylines and slugs are compared.
pub(crate) fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_matches_the_char_by_char_definition() {
        fn reference(s: &str) -> String {
            let mut out = String::new();
            let mut pending = false;
            for c in s.chars() {
                if is_invisible(c) {
                    continue;
                }
                if c.is_whitespace() {
                    pending = !out.is_empty();
                    continue;
                }
                if pending {
                    out.push(' ');
                    pending = false;
                }
                out.push(c);
            }
            out
        }
        for s in [
            "",
            "   ",
            "a",
            "  a  b  ",
            "ab\u{200B}cd",
            "ab \u{200B} cd",
            "\u{00AD}x\u{00A0}\u{2003}y\n",
            "\u{FEFF}  é\tü  中文  ",
            "x\u{200B} \u{200B}",
        ] {
            assert_eq!(normalize(s), reference(s), "{s:?}");
        }
    }

    #[test]
    fn normalize_collapses_all_spaces() {
        assert_eq!(normalize("  a\u{a0}\u{a0} b\n\tc\u{200b}d  "), "a b cd");
        assert_eq!(normalize(""), "");
        assert_eq!(normalize(" \u{a0} "), "");
    }

    #[test]
    fn leftover_entities_decode_once() {
        assert_eq!(
            decode_leftover_entities("Full &#038; Part &amp; more &#x26; &bogus; & x"),
            "Full & Part & more & &bogus; & x"
        );
        assert_eq!(
            decode_leftover_entities("&#0; &#xFFFFFFFF; &#128557;"),
            "&#0; &#xFFFFFFFF; \u{1F62D}"
        );
    }

    #[test]
    fn label_key_trims_decoration() {
        assert_eq!(label_key("  RELATED › "), "related");
        assert_eq!(label_key("Hot · Posts"), "hot · posts");
    }
}
