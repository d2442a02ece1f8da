//! newsprint beside the Rust peers on the same pages in the same run, with the parse-only
//! floor (html5ever through scraper) that every DOM-based extractor pays.
//!
//! `cd peers && cargo bench --bench peers` — criterion reports bytes/s for each extractor
//! over the whole sample (see `newsprint_peers::sample`). Each extractor gets the page as
//! `&str` and is asked for its article text; errors count as done (a peer that gives up on
//! a page is not charged for work it did not do, which only flatters it).

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn bench(c: &mut Criterion) {
    let pages = newsprint_peers::sample();
    if pages.is_empty() {
        eprintln!(
            "peers bench: no corpus at {} (set NEWSPRINT_CORPUS); skipped",
            newsprint_peers::corpus_dir().display()
        );
        return;
    }
    let total: usize = pages.iter().map(|p| p.html.len()).sum();
    let url = url::Url::parse("https://example.com/article").expect("a valid URL");
    let extractor = newsprint::Extractor::new(newsprint::Options::default())
        .expect("default options are valid");

    let mut g = c.benchmark_group("wcxb_sample");
    g.throughput(Throughput::Bytes(total as u64));
    g.sample_size(10);
    g.bench_function("parse_only", |b| {
        b.iter(|| {
            for p in &pages {
                black_box(scraper::Html::parse_document(black_box(&p.html)));
            }
        })
    });
    g.bench_function("newsprint", |b| {
        b.iter(|| {
            for p in &pages {
                let _ = black_box(extractor.extract(black_box(&p.html)));
            }
        })
    });
    g.bench_function("dom_smoothie", |b| {
        b.iter(|| {
            for p in &pages {
                if let Ok(mut r) =
                    dom_smoothie::Readability::new(black_box(p.html.as_str()), None, None)
                {
                    let _ = black_box(r.parse());
                }
            }
        })
    });
    g.bench_function("readability", |b| {
        b.iter(|| {
            for p in &pages {
                let mut input = black_box(p.html.as_bytes());
                let _ = black_box(readability::extractor::extract(&mut input, &url));
            }
        })
    });
    g.bench_function("rs_trafilatura", |b| {
        b.iter(|| {
            for p in &pages {
                let _ = black_box(rs_trafilatura::extract(black_box(&p.html)));
            }
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
