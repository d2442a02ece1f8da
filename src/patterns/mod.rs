//! Data only: every token list, selector-like name set and regex source the stages use,
//! kept apart from the logic (as trafilatura does) so that tuning is editing data.
//!
//! Regex sources are compiled once, by [`compile`] inside `LazyLock` statics of the
//! modules that use them; the tests compile every one (`every_source_compiles` here, the date
//! and quote builders beside their code).

pub(crate) mod boilerplate;
pub(crate) mod byline;
pub(crate) mod dates;
pub(crate) mod labels;
pub(crate) mod quotes;

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use regex::Regex;

/// A word list looked up on the hot path: the words as written, and a hash set built on the
/// first lookup, so membership costs one hash instead of a scan of hundreds of words.
pub(crate) struct WordList {
    words: &'static [&'static str],
    set: OnceLock<HashSet<&'static str, BuildHasherDefault<WordHasher>>>,
}

/// A multiply-rotate hash for short words (the lists are constants and page words are only
/// looked up, never inserted, so a keyed hash buys nothing here and costs several times more).
#[derive(Default)]
pub(crate) struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x517c_c1b7_2722_0a95);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

impl WordList {
    /// A list over `words`.
    pub(crate) const fn new(words: &'static [&'static str]) -> WordList {
        WordList {
            words,
            set: OnceLock::new(),
        }
    }

    /// Whether `w` is one of the words (exactly as written).
    pub(crate) fn contains(&self, w: &&str) -> bool {
        self.set
            .get_or_init(|| self.words.iter().copied().collect())
            .contains(*w)
    }
}

/// A list of class/id tokens compared ignoring ASCII case, looked up through a hash set of
/// the lower-cased words built on first use (the token lists are long and every element's
/// class names are checked against them).
pub(crate) struct TokenSet {
    words: &'static [&'static str],
    set: OnceLock<HashSet<String, BuildHasherDefault<WordHasher>>>,
}

impl TokenSet {
    /// A set over `words`.
    pub(crate) const fn new(words: &'static [&'static str]) -> TokenSet {
        TokenSet {
            words,
            set: OnceLock::new(),
        }
    }

    /// Whether `token` is one of the words, ignoring ASCII case.
    pub(crate) fn contains(&self, token: &str) -> bool {
        let set = self
            .set
            .get_or_init(|| self.words.iter().map(|w| w.to_ascii_lowercase()).collect());
        if token.bytes().any(|b| b.is_ascii_uppercase()) {
            set.contains(token.to_ascii_lowercase().as_str())
        } else {
            set.contains(token)
        }
    }
}

/// Compiles a pattern of this module. The sources are constants checked by the tests, so
/// failure cannot depend on page data.
pub(crate) fn compile(source: &str) -> Regex {
    #[allow(clippy::expect_used)]
    Regex::new(source).expect("patterns are constants, checked by the test suite")
}

/// [`compile`] for byte regexes.
pub(crate) fn compile_bytes(source: &str) -> regex::bytes::Regex {
    #[allow(clippy::expect_used)]
    regex::bytes::Regex::new(source).expect("patterns are constants, checked by the test suite")
}

/// `charset=` in a Content-Type value.
pub(crate) const CHARSET_PARAM: &str = r#"(?i-u)charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)"#;

/// `<meta charset=...>` or `<meta http-equiv=Content-Type content="...; charset=...">`.
pub(crate) const META_CHARSET: &str =
    r#"(?i-u)<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)"#;

#[cfg(test)]
mod tests {
    use super::*;

    /// Every regex source kept here compiles (the `LazyLock`s that use them would otherwise
    /// only fail the first time a page reaches them). Date and quote patterns, built from
    /// token lists, have their own tests beside their builders.
    #[test]
    fn every_source_compiles() {
        for source in [
            labels::FURNITURE_TEXT,
            boilerplate::CAPTION_CREDIT,
            boilerplate::PLAYER_TEXT,
            byline::PREFIX,
            byline::SPLIT,
            byline::NOISE,
        ] {
            assert!(Regex::new(source).is_ok(), "{source}");
        }
        for source in [
            CHARSET_PARAM,
            META_CHARSET,
            boilerplate::NOSCRIPT_OPEN,
            boilerplate::NOSCRIPT_CLOSE,
            boilerplate::IFRAME_OPEN,
            boilerplate::IFRAME_CLOSE,
            boilerplate::SPECIAL_BLOCK_TAG,
        ] {
            assert!(regex::bytes::Regex::new(source).is_ok(), "{source}");
        }
    }

    #[test]
    fn word_lists_answer_membership() {
        static LIST: WordList = WordList::new(&["said", "told"]);
        assert!(LIST.contains(&"told"));
        assert!(!LIST.contains(&"Told"));
        assert!(!LIST.contains(&"tell"));
    }
}
