//! The quality gate: runs the evaluation of `examples/evaluate` on `../shared/corpus` and
//! fails when a score drops below its floor in `quality-floors.toml`. Skips, saying so,
//! when the corpora are not there.

#[path = "../examples/evaluate/htmldate.rs"]
mod htmldate;
#[path = "../examples/evaluate/polnear.rs"]
mod polnear;
#[path = "../examples/evaluate/scoring.rs"]
mod scoring;
#[path = "../examples/evaluate/stitched.rs"]
mod stitched;

use std::collections::HashMap;
use std::path::Path;

use scoring::PageScore;

fn floors() -> HashMap<String, f64> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("quality-floors.toml");
    let text = std::fs::read_to_string(&path).expect("quality-floors.toml is in the repository");
    text.lines()
        .map(|l| l.split('#').next().unwrap_or_default().trim())
        .filter(|l| !l.is_empty())
        .map(|l| {
            let (k, v) = l
                .split_once('=')
                .unwrap_or_else(|| panic!("bad floor line: {l}"));
            (
                k.trim().to_string(),
                v.trim()
                    .parse()
                    .unwrap_or_else(|_| panic!("bad floor value: {l}")),
            )
        })
        .collect()
}

#[test]
fn quality_does_not_drop_below_the_floors() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if !corpus.is_dir() {
        println!("quality gate skipped: {} not found", corpus.display());
        return;
    }
    let cases = scoring::load(&corpus);
    assert!(
        cases.len() > 1000,
        "the corpora look incomplete: {} pages",
        cases.len()
    );
    let scores: Vec<PageScore> = cases.iter().map(scoring::score).collect();
    let pick = |corpus: &str, page_type: Option<&str>| -> scoring::Summary {
        let of: Vec<&PageScore> = scores
            .iter()
            .filter(|s| s.corpus == corpus && page_type.is_none_or(|t| s.page_type == t))
            .collect();
        scoring::summarise(&of)
    };
    let (wcxb, wcxb_articles) = (pick("wcxb", None), pick("wcxb", Some("article")));
    let wcxb_forums = pick("wcxb", Some("forum"));
    let (readability, readability_articles) = (
        pick("readability", None),
        pick("readability", Some("article")),
    );
    let measured = [
        ("wcxb_all_word_f1", wcxb.f1),
        ("wcxb_article_word_f1", wcxb_articles.f1),
        (
            "wcxb_article_headline",
            wcxb_articles.headline.unwrap_or(0.0),
        ),
        ("wcxb_article_date", wcxb_articles.date.unwrap_or(0.0)),
        ("wcxb_all_page_title", wcxb.page_title.unwrap_or(0.0)),
        ("wcxb_article_author", wcxb_articles.author.unwrap_or(0.0)),
        ("wcxb_forum_word_f1", wcxb_forums.f1),
        ("readability_word_f1", readability.f1),
        ("readability_article_word_f1", readability_articles.f1),
        ("readability_date", readability.date.unwrap_or(0.0)),
        ("readability_author", readability.author.unwrap_or(0.0)),
        (
            "trafilatura_snippet_f1",
            pick("trafilatura", None).snippet_f1.unwrap_or(0.0),
        ),
    ];
    let failures = below_floors(&measured);
    // Every page of these corpora holds one story (or none): none may be split.
    let split: Vec<String> = scores
        .iter()
        .filter(|s| s.articles > 1 && s.corpus != "trafilatura")
        .map(|s| format!("{}/{}", s.corpus, s.id))
        .collect();
    assert!(split.is_empty(), "single-story pages split: {split:?}");
    let errors: Vec<_> = scores
        .iter()
        .filter_map(|s| {
            s.error
                .as_ref()
                .map(|e| format!("{}/{}: {e}", s.corpus, s.id))
        })
        .collect();
    assert!(errors.is_empty(), "corpus pages failed: {errors:?}");
    assert!(failures.is_empty(), "quality dropped: {failures:?}");
}

/// The measured values under their floors, printed as they are checked.
fn below_floors(measured: &[(&str, f64)]) -> Vec<String> {
    let floors = floors();
    let mut failures = Vec::new();
    for &(name, value) in measured {
        let floor = floors
            .get(name)
            .copied()
            .unwrap_or_else(|| panic!("no floor for {name}"));
        println!("{name:<30} {value:.4}  (floor {floor:.3})");
        if value < floor {
            failures.push(format!("{name} = {value:.4} < floor {floor:.3}"));
        }
    }
    failures
}

/// The stitched multi-story set built from WCXB dev's article pages (see
/// `examples/evaluate/stitched.rs`): stories counted, each story's text, appended headlines.
#[test]
fn several_stories_per_page_do_not_drop_below_the_floors() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/wcxb-dev");
    if !corpus.is_dir() {
        println!("stitched gate skipped: {} not found", corpus.display());
        return;
    }
    let set = stitched::build(&scoring::load(&corpus));
    assert!(
        set.len() >= 300,
        "the stitched set is small: {} pages",
        set.len()
    );
    let r = stitched::evaluate(&set);
    let share = |(a, b): (usize, usize)| a as f64 / b.max(1) as f64;
    let measured = [
        ("stitched_story_count", share((r.right_count, r.pages))),
        (
            "stitched_story_word_f1",
            r.story_f1.0 / r.story_f1.1.max(1) as f64,
        ),
        ("stitched_appended_headline", share(r.headlines)),
    ];
    let failures = below_floors(&measured);
    assert!(failures.is_empty(), "quality dropped: {failures:?}");
}

/// PolNeAR's quotes with their speakers (see `examples/evaluate/polnear.rs`).
#[test]
fn quotes_in_real_news_do_not_drop_below_the_floors() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/polnear");
    let articles = polnear::load(&corpus);
    if articles.is_empty() {
        println!("quotes gate skipped: {} not found", corpus.display());
        return;
    }
    let s = polnear::evaluate(&articles);
    let measured = [
        ("polnear_recall", s.recall()),
        ("polnear_speaker", s.speaker()),
        ("polnear_attributed", s.attributed()),
        ("polnear_precision", s.precision()),
    ];
    let failures = below_floors(&measured);
    assert!(failures.is_empty(), "quality dropped: {failures:?}");
}

/// htmldate-dev's publication days (see `examples/evaluate/htmldate.rs`).
#[test]
fn page_dates_do_not_drop_below_the_floor() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/htmldate-dev");
    let cases = htmldate::load(&corpus);
    if cases.is_empty() {
        println!("dates gate skipped: {} not found", corpus.display());
        return;
    }
    let s = htmldate::evaluate(&cases);
    let failures = below_floors(&[("htmldate_day_accuracy", s.accuracy())]);
    assert!(failures.is_empty(), "quality dropped: {failures:?}");
}

#[test]
fn expected_html_reads_as_a_browser_shows_it() {
    // Inline elements join their neighbours' words; blocks and line breaks part them.
    let text = scoring::strip_tags(
        "<p><span>一波波<span>接續性</span>低溫</span></p><p>Re<em>ad</em>ing &amp; <a href=x>links</a></p><div>x</div>y<br>z",
    );
    let words: Vec<&str> = text.split_whitespace().collect();
    assert_eq!(
        words,
        ["一波波接續性低溫", "Reading", "&", "links", "x", "y", "z"]
    );
}
