//! Property tests: whatever the bytes, extraction returns a `Page` or a typed error, never a
//! panic; every quote points at a paragraph of its article; output is the same run to run.

use std::sync::LazyLock;

use newsprint::{Extractor, Options, Page};
use proptest::prelude::*;

static EXTRACTOR: LazyLock<Extractor> =
    LazyLock::new(|| Extractor::new(Options::default()).expect("default options are valid"));

static FIXTURES: LazyLock<Vec<Vec<u8>>> = LazyLock::new(|| {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut pages: Vec<_> = std::fs::read_dir(dir)
        .expect("fixtures directory")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "html"))
        .collect();
    pages.sort();
    pages.iter().filter_map(|p| std::fs::read(p).ok()).collect()
});

fn well_formed(page: &Page) {
    for article in &page.articles {
        // Only a page's lone story may state no headline at all.
        assert!(!article.headline.is_empty() || page.articles.len() == 1);
        for quote in &article.quotes {
            assert!(quote.paragraph < article.paragraphs.len());
        }
    }
    let json = serde_json::to_string(page).expect("a page serialises");
    let back: serde_json::Value = serde_json::from_str(&json).expect("and parses back");
    assert!(back["articles"].is_array());
}

/// Markup-heavy text: tags, attributes, entities, quotes and words in a few scripts.
fn markup() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        Just("<p>".to_string()),
        Just("</p>".to_string()),
        Just("<div class=\"article-body\">".to_string()),
        Just("</div>".to_string()),
        Just("<article><h1>".to_string()),
        Just("</h1>".to_string()),
        Just("<br>".to_string()),
        Just("<script>var x = '</p>';</script>".to_string()),
        Just("<table><tr><td>".to_string()),
        Just("&amp;&#x2019;&bogus;".to_string()),
        Just("“Quote,” said Jane Roe, a lawyer. ".to_string()),
        Just("„Zitat“, sagte Anna Müller. ".to_string()),
        Just("李建国表示：“好。” ".to_string()),
        Just("By Jane Doe | Jan. 8, 2025 ".to_string()),
        "[a-z ,.]{0,40}",
    ];
    proptest::collection::vec(token, 0..120).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_give_a_page_or_an_error(bytes in proptest::collection::vec(any::<u8>(), 0..4096)) {
        if let Ok(page) = EXTRACTOR.extract_bytes(&bytes, None) {
            well_formed(&page);
        }
    }

    #[test]
    fn arbitrary_markup_gives_a_page(html in markup()) {
        let page = EXTRACTOR.extract(&html).expect("text within the limits is never an error");
        well_formed(&page);
        prop_assert_eq!(&page, &EXTRACTOR.extract(&html).expect("again"));
    }

    #[test]
    fn mutated_fixtures_give_a_page_or_an_error(
        which in any::<prop::sample::Index>(),
        edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..3), 1..40),
    ) {
        let mut bytes = which.get(&FIXTURES).clone();
        for (at, byte, op) in edits {
            if bytes.is_empty() {
                break;
            }
            let i = at.index(bytes.len());
            match op {
                0 => bytes[i] = byte,
                1 => bytes.truncate(i.max(1)),
                _ => bytes.insert(i, byte),
            }
        }
        if let Ok(page) = EXTRACTOR.extract_bytes(&bytes, None) {
            well_formed(&page);
        }
    }
}
