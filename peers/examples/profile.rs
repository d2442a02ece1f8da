//! Runs newsprint once over the bench sample, for a profiler:
//! `valgrind --tool=callgrind target/release/examples/profile [paragraphs]`. With
//! `paragraphs` the pipeline stops before the quotes stage, so the two runs' instruction
//! counts give the quotes stage's share of extraction.

use newsprint::bench_internals::Stage;

fn main() {
    let until = match std::env::args().nth(1).as_deref() {
        Some("paragraphs") => Stage::Paragraphs,
        _ => Stage::Quotes,
    };
    let pages = newsprint_peers::sample();
    let extractor = newsprint::Extractor::default();
    let articles: usize = pages
        .iter()
        .filter_map(|p| extractor.extract_until(p.html.as_bytes(), until).ok())
        .map(|page| page.articles.len())
        .sum();
    println!("{} pages, {articles} articles", pages.len());
}
