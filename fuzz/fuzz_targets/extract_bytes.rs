//! Fuzzes the whole pipeline: any bytes, with and without a content-type hint, must give a
//! `Page` or a typed error, never a panic, a hang or a stack overflow.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use newsprint::{Extractor, Limits, Options};

static EXTRACTOR: LazyLock<Option<Extractor>> = LazyLock::new(|| {
    // Smaller limits than the defaults so that each run stays fast; the code paths are the same.
    let limits = Limits {
        max_input_bytes: 1 << 20,
        max_nodes: 200_000,
        max_depth: 2_000,
    };
    Extractor::new(Options::default().limits(limits)).ok()
});

fuzz_target!(|data: &[u8]| {
    let Some(extractor) = EXTRACTOR.as_ref() else {
        return;
    };
    let (hint, body) = match data.split_first() {
        Some((b, rest)) if b % 4 == 0 => (Some("text/html; charset=windows-1252"), rest),
        Some((b, rest)) if b % 4 == 1 => (Some("text/html; charset=shift_jis"), rest),
        _ => (None, data),
    };
    if let Ok(page) = extractor.extract_bytes(body, hint) {
        for article in &page.articles {
            for quote in &article.quotes {
                assert!(quote.paragraph < article.paragraphs.len());
            }
        }
        let _ = serde_json::to_string(&page);
    }
});
