//! Cost of each stage: the pipeline run up to and including each stage in turn (decode,
//! parse, clean, roots, metadata, paragraphs, quotes), so a stage's own cost is the
//! difference between its line and the one before. On every page in `fixtures/`, and on
//! every tenth page of `../shared/corpus/wcxb-dev` when the corpus is there.
//!
//! `cargo bench --features bench-internals --bench stages`

use std::hint::black_box;
use std::io::Read;
use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use newsprint::bench_internals::Stage;

const STAGES: [(&str, Stage); 7] = [
    ("1_decode", Stage::Decode),
    ("2_parse", Stage::Parse),
    ("3_clean", Stage::Clean),
    ("4_roots", Stage::Roots),
    ("5_metadata", Stage::Metadata),
    ("6_paragraphs", Stage::Paragraphs),
    ("7_quotes", Stage::Quotes),
];

fn fixtures() -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "html"))
                .collect()
        })
        .unwrap_or_default();
    paths.sort();
    paths.iter().filter_map(|p| std::fs::read(p).ok()).collect()
}

fn corpus_sample() -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/wcxb-dev/html");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    paths.sort();
    paths
        .iter()
        .step_by(10)
        .filter_map(|p| {
            let mut out = Vec::new();
            flate2::read::GzDecoder::new(std::fs::File::open(p).ok()?)
                .read_to_end(&mut out)
                .ok()?;
            Some(out)
        })
        .collect()
}

fn group(c: &mut Criterion, name: &str, pages: &[Vec<u8>]) {
    if pages.is_empty() {
        eprintln!("stages bench: no pages for {name}; skipped");
        return;
    }
    let extractor = newsprint::Extractor::new(newsprint::Options::default())
        .expect("default options are valid");
    let total: usize = pages.iter().map(Vec::len).sum();
    let mut g = c.benchmark_group(name);
    g.throughput(Throughput::Bytes(total as u64));
    g.sample_size(10);
    for (label, stage) in STAGES {
        g.bench_function(label, |b| {
            b.iter(|| {
                for p in pages {
                    let _ = black_box(extractor.extract_until(black_box(p), stage));
                }
            })
        });
    }
    g.finish();
}

fn bench(c: &mut Criterion) {
    group(c, "stages_fixtures", &fixtures());
    group(c, "stages_wcxb_sample", &corpus_sample());
}

criterion_group!(benches, bench);
criterion_main!(benches);
