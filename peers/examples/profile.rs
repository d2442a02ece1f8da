//! Runs newsprint once over the bench sample, for a profiler:
//! `valgrind --tool=callgrind target/release/examples/profile`.

fn main() {
    let pages = newsprint_peers::sample();
    let extractor = newsprint::Extractor::default();
    let articles: usize = pages
        .iter()
        .filter_map(|p| extractor.extract(&p.html).ok())
        .map(|page| page.articles.len())
        .sum();
    println!("{} pages, {articles} articles", pages.len());
}
