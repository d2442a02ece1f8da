//! The batch loop: documents in order, extracted in parallel chunks on a rayon pool, written
//! in input order, with a progress line on a terminal and a summary at the end.

use std::io::{self, IsTerminal, Write};
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

/// What one document came to.
pub struct Outcome {
    /// The output record.
    pub record: String,
    /// Articles extracted (0 on error).
    pub articles: usize,
    /// Whether the document could not be read at all (as opposed to read and refused).
    pub unreadable: bool,
    /// Whether it failed, for either reason.
    pub failed: bool,
}

/// Totals for the summary and the exit code.
#[derive(Default)]
pub struct Totals {
    /// Documents seen.
    pub documents: usize,
    /// Articles extracted.
    pub articles: usize,
    /// Documents that failed.
    pub errors: usize,
    /// Documents that could not be read.
    pub unreadable: usize,
}

/// Runs `work` over `items` on `jobs` threads, writing each record to `out` in input order.
pub fn run<T: Send>(
    items: impl Iterator<Item = T>,
    jobs: usize,
    out: &mut dyn Write,
    work: impl Fn(T) -> Outcome + Sync,
) -> io::Result<Totals> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build()
        .map_err(io::Error::other)?;
    let progress = progress_bar();
    let start = Instant::now();
    let mut totals = Totals::default();
    let chunk_len = jobs.max(1) * 16;
    let mut items = items.peekable();
    while items.peek().is_some() {
        let chunk: Vec<T> = items.by_ref().take(chunk_len).collect();
        let outcomes: Vec<Outcome> = pool.install(|| chunk.into_par_iter().map(&work).collect());
        for o in outcomes {
            out.write_all(o.record.as_bytes())?;
            if !o.record.ends_with('\n') {
                out.write_all(b"\n")?;
            }
            totals.documents += 1;
            totals.articles += o.articles;
            totals.errors += usize::from(o.failed);
            totals.unreadable += usize::from(o.unreadable);
        }
        out.flush()?;
        if let Some(p) = &progress {
            p.set_position(totals.documents as u64);
        }
    }
    if let Some(p) = progress {
        p.finish_and_clear();
    }
    let secs = start.elapsed().as_secs_f64();
    eprintln!(
        "newsprint: {} documents, {} articles, {} errors in {secs:.1} s ({:.0} documents/s)",
        totals.documents,
        totals.articles,
        totals.errors,
        totals.documents as f64 / secs.max(1e-9)
    );
    Ok(totals)
}

/// A spinner with the count and rate, only when stderr is a terminal.
fn progress_bar() -> Option<ProgressBar> {
    if !io::stderr().is_terminal() {
        return None;
    }
    let bar = ProgressBar::new_spinner();
    if let Ok(style) =
        ProgressStyle::with_template("{spinner} {pos} documents ({per_sec}) {elapsed}")
    {
        bar.set_style(style);
    }
    bar.enable_steady_tick(std::time::Duration::from_millis(200));
    Some(bar)
}
