//! Throughput of the whole extraction beside a parse-only reference (html5ever through
//! scraper, the floor any DOM-based extractor pays), on every page in `fixtures/`, in the
//! same run so the ratio holds on a noisy machine.
//!
//! `cargo bench --bench extract` — criterion reports bytes/s per page and per group.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn pages() -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "html"))
                .filter_map(|p| {
                    let name = p.file_stem()?.to_str()?.to_string();
                    Some((name, std::fs::read(&p).ok()?))
                })
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

fn bench(c: &mut Criterion) {
    let pages = pages();
    let total: usize = pages.iter().map(|(_, b)| b.len()).sum();
    let texts: Vec<String> = pages
        .iter()
        .map(|(_, b)| String::from_utf8_lossy(b).into_owned())
        .collect();
    let extractor = newsprint::Extractor::new(newsprint::Options::default())
        .expect("default options are valid");

    let mut all = c.benchmark_group("all_fixtures");
    all.throughput(Throughput::Bytes(total as u64));
    all.bench_function("parse_only", |b| {
        b.iter(|| {
            for t in &texts {
                black_box(scraper::Html::parse_document(black_box(t)));
            }
        })
    });
    all.bench_function("extract", |b| {
        b.iter(|| {
            for (_, bytes) in &pages {
                let _ = black_box(extractor.extract_bytes(black_box(bytes), None));
            }
        })
    });
    all.finish();

    let mut each = c.benchmark_group("per_fixture");
    for (name, bytes) in &pages {
        each.throughput(Throughput::Bytes(bytes.len() as u64));
        each.bench_function(name.as_str(), |b| {
            b.iter(|| black_box(extractor.extract_bytes(black_box(bytes), None)))
        });
    }
    each.finish();

    // One 256 KiB paragraph of dense quote marks and apostrophes: the quotes stage must stay
    // linear here, so its throughput should sit near the parse-only floor of the same page.
    let mut dense = c.benchmark_group("pathological_paragraphs");
    for (name, unit) in [
        (
            "quotes_and_cues",
            "\"We will win,\" said Jane Roe, a lawyer. The \"plan\" is ‘fine’, she added. ",
        ),
        ("apostrophes", "’s ‘x s’ y "),
    ] {
        let page = format!(
            "<html><body><article><h1>Dense</h1><p>{}</p></article></body></html>",
            unit.repeat(256 * 1024 / unit.len())
        );
        dense.throughput(Throughput::Bytes(page.len() as u64));
        dense.bench_function(format!("{name}/parse_only"), |b| {
            b.iter(|| black_box(scraper::Html::parse_document(black_box(&page))))
        });
        dense.bench_function(format!("{name}/extract"), |b| {
            b.iter(|| black_box(extractor.extract(black_box(&page))))
        });
    }
    dense.finish();

    // Headings nested inside one another 3,000 deep, each in an element whose id slugs it:
    // every heading-based check must read a bounded part of each, or this page costs
    // quadratic time (html5ever's own scope checks are the floor here).
    let mut nested = c.benchmark_group("pathological_nesting");
    let unit = "<div id=\"sharing-section-x\"><h2>sharing section x <div>";
    let page = format!(
        "<html><body>{}end{}</body></html>",
        unit.repeat(3000),
        "</div></h2></div>".repeat(3000)
    );
    nested.throughput(Throughput::Bytes(page.len() as u64));
    nested.bench_function("nested_headings/parse_only", |b| {
        b.iter(|| black_box(scraper::Html::parse_document(black_box(&page))))
    });
    nested.bench_function("nested_headings/extract", |b| {
        b.iter(|| black_box(extractor.extract(black_box(&page))))
    });
    nested.finish();
}

/// A hostile page of about `size` bytes: a tenth in one inline script, a tenth in one text
/// node, and the rest paragraphs, rows of one huge table and links (about one per 500 bytes).
fn composite_page(size: usize) -> String {
    let tenth = size / 10;
    let mut page = String::with_capacity(size + 4096);
    page.push_str("<html><head><title>Scaling</title><script>var data = \"");
    page.push_str(&"x".repeat(tenth));
    page.push_str("\";</script></head><body><article><h1>Scaling</h1><div>");
    page.push_str(&"word ".repeat(tenth / 5));
    page.push_str("</div><table>");
    let unit = "<p>A paragraph of prose, with a comma, and \"a quote,\" said Jane Roe, a lawyer.</p>\
                <tr><td>cell</td><td>12.5</td><td><a href=\"/x\">link</a></td></tr>\
                <ul><li><a href=\"/a\">one</a></li><li><a href=\"/b\">two</a></li></ul>";
    while page.len() < size {
        page.push_str(unit);
    }
    page.push_str("</table></article></body></html>");
    page
}

/// Time per megabyte from 100 KB to 50 MB: flat when every stage is linear.
fn scaling(c: &mut Criterion) {
    let extractor = newsprint::Extractor::new(newsprint::Options::default())
        .expect("default options are valid");
    let mut group = c.benchmark_group("scaling");
    group.sample_size(10);
    for size in [100_000, 1_000_000, 10_000_000, 50_000_000] {
        let page = composite_page(size);
        let articles = extractor.extract(&page).map(|p| p.articles.len());
        assert_eq!(
            articles,
            Ok(1),
            "the {size}-byte page must be extracted, not refused"
        );
        group.throughput(Throughput::Bytes(page.len() as u64));
        group.bench_function(format!("{}KB", size / 1000), |b| {
            b.iter(|| black_box(extractor.extract(black_box(&page))))
        });
    }
    group.finish();
}

criterion_group! {
    name = large;
    config = Criterion::default().warm_up_time(std::time::Duration::from_secs(1)).measurement_time(std::time::Duration::from_secs(5));
    targets = scaling
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).warm_up_time(std::time::Duration::from_millis(500)).measurement_time(std::time::Duration::from_secs(2));
    targets = bench
}
criterion_main!(benches, large);
