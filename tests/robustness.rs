//! Hostile and broken input: no panic, typed errors for limits, zero articles for pages
//! without one.

use newsprint::{Error, Extractor, Limits, Options};

fn extractor() -> Extractor {
    Extractor::new(Options::default()).expect("default options are valid")
}

#[test]
fn extractor_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Extractor>();
    assert_send_sync::<newsprint::Page>();
}

#[test]
fn empty_and_trivial_pages_have_no_article() {
    for html in [
        "",
        " ",
        "<",
        "<html>",
        "<p>hi</p>",
        "<!-- only a comment -->",
        "\u{feff}",
    ] {
        let page = extractor()
            .extract(html)
            .expect("no error on a trivial page");
        assert!(page.articles.is_empty(), "{html:?}");
    }
}

#[test]
fn a_story_without_any_title_is_still_the_article() {
    let para = "Under extreme conditions, quarks may become deconfined and exist as free particles; the exact conditions are unknown. ";
    let html = format!(
        "<html><body><p>{}</p><p>{}</p></body></html>",
        para.repeat(3),
        para.repeat(2)
    );
    let page = extractor().extract(&html).expect("no error");
    assert_eq!(page.articles.len(), 1);
    assert_eq!(page.articles[0].headline, "");
    assert_eq!(page.articles[0].paragraphs.len(), 2);
}

#[test]
fn nesting_beyond_the_limit_is_a_typed_error_not_a_stack_overflow() {
    let deep = format!("<body>{}<p>deep</p></body>", "<div>".repeat(1_000_000));
    assert_eq!(
        extractor().extract(&deep).unwrap_err(),
        Error::TooDeep {
            limit: Limits::default().max_depth
        }
    );
}

#[test]
fn deep_nesting_within_the_limit_is_walked_without_recursion() {
    let para =
        "<p>A sentence of prose long enough to count, with a comma, and more words here.</p>";
    let html = format!(
        "<body>{}<h1>Deep page</h1>{}</body>",
        "<div>".repeat(9_000),
        para.repeat(6)
    );
    let page = extractor().extract(&html).expect("within the depth limit");
    assert_eq!(page.articles.len(), 1);
    assert_eq!(
        page.articles[0].paragraphs.len(),
        1,
        "identical short repeats collapse"
    );
}

#[test]
fn many_siblings_are_fine() {
    let html = format!(
        "<body><h1>Wide</h1>{}</body>",
        "<p>Sibling paragraph of prose, with a comma and enough words.</p>".repeat(1_000_000)
    );
    let page = extractor().extract(&html).expect("wide page");
    assert_eq!(page.articles.len(), 1);
}

#[test]
fn limits_are_typed_errors() {
    let small = Extractor::new(Options::new().limits(Limits {
        max_input_bytes: 10,
        ..Limits::default()
    }))
    .unwrap();
    assert!(matches!(
        small.extract("<p>more than ten bytes</p>"),
        Err(Error::InputTooLarge { limit: 10, .. })
    ));
    let few = Extractor::new(Options::new().limits(Limits {
        max_nodes: 5,
        ..Limits::default()
    }))
    .unwrap();
    assert!(matches!(
        few.extract(&"<p>x</p>".repeat(10)),
        Err(Error::TooManyNodes { limit: 5 })
    ));
}

#[test]
fn invalid_options_fail_at_construction() {
    assert!(matches!(
        Extractor::new(Options::new().base_url("not a url")),
        Err(Error::InvalidOption {
            option: "base_url",
            ..
        })
    ));
    assert!(matches!(
        Extractor::new(Options::new().limits(Limits {
            max_depth: 0,
            ..Limits::default()
        })),
        Err(Error::InvalidOption {
            option: "max_depth",
            ..
        })
    ));
}

#[test]
fn binary_input_is_undecodable() {
    assert!(matches!(
        extractor().extract_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", None),
        Err(Error::Undecodable { .. })
    ));
}

#[test]
fn output_is_deterministic_and_identical_across_threads() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let pages: Vec<Vec<u8>> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "html"))
        .map(|p| std::fs::read(p).unwrap())
        .collect();
    let ex = extractor();
    let once: Vec<_> = pages.iter().map(|p| ex.extract_bytes(p, None)).collect();
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..8)
            .map(|_| {
                s.spawn(|| {
                    pages
                        .iter()
                        .map(|p| ex.extract_bytes(p, None))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        for h in handles {
            assert_eq!(h.join().unwrap(), once);
        }
    });
}

#[test]
fn nested_overlays_fields_and_cards_stay_linear() {
    // Patterns that the cleaner and the teaser pass look at, nested deep: each must be
    // judged without rescanning what it holds (a quadratic walk would not finish here).
    let para = "<p>A sentence of prose long enough to count, with a comma, and more words.</p>";
    let card = "<div><h3><a href=/other>Another story</a></h3><p>An excerpt of it, cut short by the theme.</p></div>";
    let html = format!(
        "<body><h1>Deep page</h1>{}{}{}{}</body>",
        para.repeat(20),
        r#"<div class="modal"><input type="email">"#.repeat(5_000),
        format!("<div>{}</div>", card.repeat(3)).repeat(2_000),
        "<article>".repeat(1_000)
    );
    let page = extractor().extract(&html).expect("within the limits");
    assert!(page.articles.len() <= 1);
    // Many e-mail fields in one wrapper with no text: each finds the same sign-up box,
    // which is marked once.
    let fields = format!(
        "<body><h1>Fields</h1>{}<div>{}</div></body>",
        para.repeat(20),
        r#"<i><input type="email"></i>"#.repeat(200_000)
    );
    let page = extractor().extract(&fields).expect("within the limits");
    assert!(page.articles.len() <= 1);
}
