//! Peak heap memory of newsprint's whole extraction beside that of the parsed DOM alone
//! (scraper's tree, the parse-only reference), page by page over the bench sample:
//! `cd peers && cargo run --release --example memory`.
//!
//! A counting global allocator records the bytes live at the peak of each call, less
//! those live before it (the page text itself, which both share), after one warm-up
//! extraction that builds the process-wide regexes and word lists.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is forwarded to the system allocator unchanged; only counters are
// updated beside it.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller upholds `alloc`'s contract, which `System` shares.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as for `alloc`.
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: as for `alloc`.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size >= layout.size() {
                let grow = new_size - layout.size();
                let now = LIVE.fetch_add(grow, Ordering::Relaxed) + grow;
                PEAK.fetch_max(now, Ordering::Relaxed);
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// Bytes allocated at the peak of `f`, above what was live when it started.
fn peak_of<T>(f: impl FnOnce() -> T) -> usize {
    let base = LIVE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let out = f();
    let peak = PEAK.load(Ordering::Relaxed);
    drop(out);
    peak.saturating_sub(base)
}

fn main() {
    let pages = newsprint_peers::sample();
    let extractor = newsprint::Extractor::default();
    // One extraction first: the regexes and word lists are built on first use and stay for
    // the life of the process, a fixed cost that is not the page's.
    if let Some(p) = pages.first() {
        let _ = extractor.extract(&p.html);
    }
    let (mut dom_total, mut ours_total) = (0usize, 0usize);
    let mut ratios: Vec<f64> = Vec::new();
    let mut worst = (0.0f64, String::new(), 0usize, 0usize);
    for p in &pages {
        let dom = peak_of(|| scraper::Html::parse_document(&p.html));
        let ours = peak_of(|| extractor.extract(&p.html));
        dom_total += dom;
        ours_total += ours;
        if dom > 0 {
            let r = ours as f64 / dom as f64;
            ratios.push(r);
            if r > worst.0 {
                worst = (r, p.id.clone(), dom, ours);
            }
        }
    }
    ratios.sort_by(f64::total_cmp);
    let pick = |q: f64| {
        ratios
            .get(((ratios.len() as f64 - 1.0) * q).round() as usize)
            .copied()
            .unwrap_or(0.0)
    };
    println!(
        "{} pages: peak heap of the parsed DOM {:.1} MiB in all, of the whole extraction {:.1} MiB \
         ({:.2}x); per page median {:.2}x, 90th percentile {:.2}x, max {:.2}x",
        pages.len(),
        dom_total as f64 / 1048576.0,
        ours_total as f64 / 1048576.0,
        ours_total as f64 / dom_total.max(1) as f64,
        pick(0.5),
        pick(0.9),
        pick(1.0),
    );
    println!(
        "largest ratio: page {} ({} KiB of DOM, {} KiB at the extraction's peak)",
        worst.1,
        worst.2 / 1024,
        worst.3 / 1024
    );
}
