//! The fixed page sample the peer benchmarks run on: every tenth page of the WCXB
//! development split in `../shared/corpus/wcxb-dev/html/` (ordered by id), gunzipped and
//! decoded to text once, so that every extractor is timed on the same `&str` input.
//!
//! `NEWSPRINT_CORPUS` overrides the corpus directory (the one holding `wcxb-dev/`).

use std::io::Read;
use std::path::PathBuf;

/// One page of the sample.
pub struct SamplePage {
    /// The WCXB page id.
    pub id: String,
    /// The page as text (UTF-8, invalid sequences replaced).
    pub html: String,
}

/// Every `step`-th page of the corpus, in id order.
pub const STEP: usize = 10;

/// The corpus directory: `NEWSPRINT_CORPUS`, else `../shared/corpus` beside the project.
pub fn corpus_dir() -> PathBuf {
    std::env::var_os("NEWSPRINT_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus"))
}

/// The sample: every [`STEP`]-th WCXB page; empty when the corpus is not there.
pub fn sample() -> Vec<SamplePage> {
    let dir = corpus_dir().join("wcxb-dev/html");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.to_string_lossy().ends_with(".html.gz"))
                .collect()
        })
        .unwrap_or_default();
    paths.sort();
    paths
        .iter()
        .step_by(STEP)
        .filter_map(|p| {
            let mut bytes = Vec::new();
            flate2::read::GzDecoder::new(std::fs::File::open(p).ok()?)
                .read_to_end(&mut bytes)
                .ok()?;
            let id = p.file_name()?.to_str()?.split('.').next()?.to_string();
            Some(SamplePage {
                id,
                html: String::from_utf8_lossy(&bytes).into_owned(),
            })
        })
        .collect()
}
