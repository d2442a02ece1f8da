//! Measures extraction accuracy on the development corpora: WCXB dev and the Readability
//! suite (text and metadata), the stitched multi-story set built from WCXB dev's article
//! pages ([`stitched`]), and PolNeAR's quotes with their speakers ([`polnear`]).
//!
//! ```text
//! cargo run --release --example evaluate -- ../shared/corpus            # every corpus
//! cargo run --release --example evaluate -- ../shared/corpus/wcxb-dev   # one
//! cargo run --release --example evaluate -- DIR --worst 20 --json runs/today.json
//! cargo run --release --example evaluate -- DIR --stitched-dump /tmp/stitched   # its pages
//! ```
//!
//! Scorers (exactly those of `../shared/corpus/README.md`): word P/R/F1 is WCXB's (mean over
//! pages of lowercased `\w+` multiset overlap; an empty prediction scores 0), shingle F1 is
//! ScrapingHub's (4-token shingles), snippet F1 is trafilatura's (`with`/`without` lists,
//! summed over pages). The text scored is the paragraphs of all articles, joined with
//! newlines. Headline match: squashed equality (lowercase letters and digits) with the
//! label, or the label without a " - Site"/" | Site" part. Author match: every labelled
//! name is among the predicted authors; the name-level match first reads the label's
//! person names (`scoring::label_names`: a raw byline's "By", dates, credentials such as
//! "MA" and later lines set aside). Date: the first article's publication day equals
//! the labelled day. Each is over the pages whose label is non-empty. Speed counts the
//! `extract_bytes` calls only.

mod htmldate;
mod polnear;
mod scoring;
mod stitched;

use std::path::PathBuf;
use std::time::Duration;

use scoring::{PageScore, Summary};

fn main() {
    let mut args = std::env::args().skip(1);
    let (mut dir, mut worst, mut json, mut dump) = (None, 0usize, None, None);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--worst" => worst = args.next().and_then(|n| n.parse().ok()).unwrap_or(10),
            "--json" => json = args.next().map(PathBuf::from),
            "--stitched-dump" => dump = args.next().map(PathBuf::from),
            _ => dir = Some(PathBuf::from(a)),
        }
    }
    let Some(dir) = dir else {
        eprintln!("usage: evaluate CORPUS_DIR [--worst N] [--json FILE] [--stitched-dump DIR]");
        std::process::exit(2);
    };
    let cases = scoring::load(&dir);
    let quotes = [dir.clone(), dir.join("polnear")]
        .iter()
        .map(|d| polnear::load(d))
        .find(|a| !a.is_empty())
        .unwrap_or_default();
    let dated = [dir.clone(), dir.join("htmldate-dev")]
        .iter()
        .map(|d| htmldate::load(d))
        .find(|a| !a.is_empty())
        .unwrap_or_default();
    if cases.is_empty() && quotes.is_empty() && dated.is_empty() {
        eprintln!("evaluate: no corpus pages under {}", dir.display());
        std::process::exit(2);
    }
    let scores: Vec<PageScore> = cases.iter().map(scoring::score).collect();
    for corpus in ["wcxb", "readability"] {
        let of: Vec<&PageScore> = scores.iter().filter(|s| s.corpus == corpus).collect();
        if !of.is_empty() {
            report(corpus, &of);
        }
    }
    report_snippets(&scores, worst);
    report_stitched(&cases, worst, dump.as_deref());
    report_quotes(&quotes, worst);
    report_dates(&dated, worst);
    if worst > 0 {
        print_worst(&scores, worst);
    }
    if let Some(path) = json {
        match serde_json::to_string_pretty(&scores) {
            Ok(s) => {
                if let Err(e) = std::fs::write(&path, s) {
                    eprintln!("evaluate: {}: {e}", path.display());
                }
            }
            Err(e) => eprintln!("evaluate: {e}"),
        }
    }
}

fn pct(x: Option<f64>) -> String {
    x.map_or_else(|| "-".to_string(), |v| format!("{v:.3}"))
}

fn row(label: &str, s: &Summary) {
    println!(
        "{label:<16} {:>5}  {:.3}  {:.3}  {:.3}  {:.3}  {:>7}  {:>6}  {:>6}  {:>6}  {:>6}  {:.3}",
        s.pages,
        s.precision,
        s.recall,
        s.f1,
        s.shingle_f1,
        pct(s.snippet_f1),
        pct(s.headline),
        pct(s.page_title),
        pct(s.author),
        pct(s.date),
        s.zero_articles
    );
}

fn report(corpus: &str, scores: &[&PageScore]) {
    println!("\n== {corpus}");
    println!(
        "{:<16} {:>5}  {:>5}  {:>5}  {:>5}  {:>5}  {:>7}  {:>6}  {:>6}  {:>6}  {:>6}  {:>5}",
        "pages", "n", "P", "R", "F1", "shF1", "snipF1", "head", "title", "author", "date", "zero"
    );
    row("all", &scoring::summarise(scores));
    let mut types: Vec<&str> = scores.iter().map(|s| s.page_type.as_str()).collect();
    types.sort_unstable();
    types.dedup();
    for t in types {
        let of: Vec<&PageScore> = scores
            .iter()
            .copied()
            .filter(|s| s.page_type == t)
            .collect();
        row(t, &scoring::summarise(&of));
    }
    report_multi(scores);
    report_date_misses(scores);
    report_author_names(scores);
    let time: Duration = scores.iter().map(|s| s.elapsed).sum();
    let bytes: usize = scores.iter().map(|s| s.bytes).sum();
    let secs = time.as_secs_f64().max(1e-9);
    let errors = scores.iter().filter(|s| s.error.is_some()).count();
    println!(
        "speed: {:.0} pages/s, {:.1} MB/s (extraction only, one thread); errors: {errors}",
        scores.len() as f64 / secs,
        bytes as f64 / 1e6 / secs
    );
}

/// Authors matched at the level of names on article pages, beside the strict match.
fn report_author_names(scores: &[&PageScore]) {
    let articles: Vec<&PageScore> = scores
        .iter()
        .copied()
        .filter(|s| s.page_type == "article")
        .collect();
    let sum = scoring::summarise(&articles);
    if let (Some(names), Some(strict)) = (sum.author_names, sum.author) {
        println!(
            "article authors: {names:.3} at name level (label's byline word, dates, \
             credentials and later lines set aside), {strict:.3} strict"
        );
    }
}

/// Why labelled publication dates were missed on article pages, by kind.
fn report_date_misses(scores: &[&PageScore]) {
    let articles = scores.iter().filter(|s| s.page_type == "article");
    let labelled: Vec<&&PageScore> = articles.filter(|s| s.date_ok.is_some()).collect();
    let count = |kind: &str| {
        labelled
            .iter()
            .filter(|s| s.date_miss == Some(kind))
            .count()
    };
    let right = labelled.iter().filter(|s| s.date_ok == Some(true)).count();
    println!(
        "article dates: {} labelled, {} right; missed: {} none found, {} label is the update \
         shown (our `updated`), {} a day apart (time zone), {} other",
        labelled.len(),
        right,
        count("none"),
        count("updated"),
        count("one-day"),
        count("other")
    );
}

/// Pages that give several articles, with their word F1 beside that of the same page
/// extracted as one article.
fn report_multi(scores: &[&PageScore]) {
    let multi: Vec<&PageScore> = scores.iter().copied().filter(|s| s.articles > 1).collect();
    let n = multi.len() as f64;
    let (f1, single) = multi.iter().fold((0.0, 0.0), |(a, b), s| {
        (a + s.f1, b + s.single_f1.unwrap_or(0.0))
    });
    print!("several articles: {} pages", multi.len());
    if !multi.is_empty() {
        print!(
            "; word F1 on them {:.3} (as one article {:.3}):",
            f1 / n,
            single / n
        );
        for s in &multi {
            print!(" {}({})", s.id, s.articles);
        }
    }
    println!();
}

fn print_worst(scores: &[PageScore], n: usize) {
    // trafilatura-dev has snippets, not a main text: no word F1 to rank by.
    let mut v: Vec<&PageScore> = scores
        .iter()
        .filter(|s| s.corpus != "trafilatura")
        .collect();
    v.sort_by(|a, b| a.f1.total_cmp(&b.f1));
    println!("\n== worst {n}");
    for s in v.into_iter().take(n) {
        println!(
            "{:.3} P{:.2} R{:.2}  {}/{} ({}, {} articles)",
            s.f1, s.precision, s.recall, s.corpus, s.id, s.page_type, s.articles
        );
        println!("      missed: {}", s.missed.join(" "));
        println!("      extra:  {}", s.extra.join(" "));
    }
}

/// The stitched multi-story set (see [`stitched`]): the share of pages with the right number
/// of stories, every story's word F1, the appended stories' headlines; with `--worst N`, the
/// first N pages with the wrong count.
fn report_stitched(cases: &[scoring::Case], worst: usize, dump: Option<&std::path::Path>) {
    let set = stitched::build(cases);
    if set.is_empty() {
        return;
    }
    if let Some(dir) = dump {
        let written = std::fs::create_dir_all(dir).and_then(|()| {
            set.iter()
                .try_for_each(|s| std::fs::write(dir.join(format!("{}.html", s.id)), &s.html))
        });
        if let Err(e) = written {
            eprintln!("evaluate: {}: {e}", dir.display());
        }
    }
    let r = stitched::evaluate(&set);
    let share = |(a, b): (usize, usize)| a as f64 / b.max(1) as f64;
    println!(
        "\n== stitched (WCXB article pages joined as infinite scroll appends them)\n\
         pages {}, right number of stories {:.3}, story word F1 {:.3} ({} stories), \
         appended headlines {:.3} ({})",
        r.pages,
        share((r.right_count, r.pages)),
        r.story_f1.0 / r.story_f1.1.max(1) as f64,
        r.story_f1.1,
        share(r.headlines),
        r.headlines.1
    );
    for (name, pages, right) in &r.by_separator {
        println!(
            "  separator {name}: right number of stories {:.3} ({right} of {pages})",
            share((*right, *pages))
        );
    }
    for (id, variant, want, got) in r.wrong.iter().take(worst) {
        println!("  {id}: {got} articles for {want} ({variant})");
    }
    for (id, want, got) in r.wrong_headlines.iter().take(worst) {
        println!("  {id}: headline {got:?} for {want:?}");
    }
}

/// PolNeAR's quotes (see [`polnear`]): recall, speaker accuracy, attributed, precision; with
/// `--worst N`, N of each kind of miss.
fn report_quotes(articles: &[polnear::Article], worst: usize) {
    if articles.is_empty() {
        return;
    }
    let s = polnear::evaluate(articles);
    println!(
        "\n== polnear quotes ({} articles, {} labelled quotes)\n\
         recall {:.3}, speaker accuracy {:.3} ({} named), attributed {:.3} ({} with a source), \
         precision (lower bound) {:.3} ({} returned)",
        articles.len(),
        s.labelled,
        s.recall(),
        s.speaker(),
        s.named,
        s.attributed(),
        s.sourced,
        s.precision(),
        s.returned
    );
    for (id, start, want, got) in s.wrong_speakers.iter().take(worst) {
        println!("  speaker {got:?} for {want:?}: {start} ({id})");
    }
    for (id, start, source) in s.unattributed.iter().take(worst) {
        println!("  no speaker, source {source:?}: {start} ({id})");
    }
    for (id, start) in s.missed.iter().take(worst) {
        println!("  missed: {start} ({id})");
    }
}

/// htmldate-dev's publication days (see [`htmldate`]): day accuracy over all pages, and over
/// the pages where no article comes out.
fn report_dates(cases: &[htmldate::Case], worst: usize) {
    if cases.is_empty() {
        return;
    }
    let s = htmldate::evaluate(cases);
    println!(
        "\n== htmldate-dev dates ({} pages)\nday accuracy {:.3}; pages with no article {} (right {}); misses whose label is our `updated` {}",
        s.pages,
        s.accuracy(),
        s.no_article,
        s.no_article_right,
        s.label_is_update
    );
    for (file, want, got, n) in s.misses.iter().take(worst) {
        let day = |d: &Option<chrono::NaiveDate>| d.map_or("none".to_string(), |d| d.to_string());
        println!(
            "  {file}: want {}, got {} ({n} articles)",
            day(want),
            day(got)
        );
    }
}

/// trafilatura-dev (snippets of the main text that must and must not appear; trafilatura's
/// own scorer): snippet F1 summed over all pages, the pages where no article comes out, and
/// where labelled, `Page.title`, the first article's publication day and its authors.
fn report_snippets(scores: &[PageScore], worst: usize) {
    let of: Vec<&PageScore> = scores
        .iter()
        .filter(|s| s.corpus == "trafilatura")
        .collect();
    if of.is_empty() {
        return;
    }
    let sum = scoring::summarise(&of);
    let zero = of.iter().filter(|s| s.articles == 0).count();
    let (tp, fp, fn_) = of.iter().fold((0, 0, 0), |a, s| {
        (a.0 + s.snippets.0, a.1 + s.snippets.1, a.2 + s.snippets.2)
    });
    println!(
        "\n== trafilatura-dev ({} pages)\nsnippet F1 {} (found {tp}, boilerplate kept {fp}, missed {fn_}); \
         pages with no article {zero}; title {}, date {}, author {}",
        of.len(),
        pct(sum.snippet_f1),
        pct(sum.page_title),
        pct(sum.date),
        pct(sum.author),
    );
    if worst > 0 {
        for s in of.iter().filter(|s| s.articles == 0) {
            println!("  no article: {}", s.id);
        }
        let mut by_loss: Vec<&&PageScore> = of.iter().filter(|s| s.articles > 0).collect();
        by_loss.sort_by_key(|s| std::cmp::Reverse(s.snippets.1 + s.snippets.2));
        for s in by_loss.iter().take(worst) {
            println!(
                "  {}: found {}, boilerplate kept {}, missed {}",
                s.id, s.snippets.0, s.snippets.1, s.snippets.2
            );
        }
    }
}
