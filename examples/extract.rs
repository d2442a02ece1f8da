//! Extracts the articles of saved pages.
//!
//! ```text
//! cargo run --release --example extract -- PAGE.html            # pretty JSON of the Page
//! cargo run --release --example extract -- A.html B.html ...    # JSON Lines, with "source"
//! cargo run --release --example extract -- --text PAGE.html     # readable plain text
//! ```
//!
//! Files are read as bytes (the charset is detected the way a browser would). With several
//! paths a file that fails gives `{"source": ..., "error": ...}` and the rest go on; the exit
//! code is non-zero when any file failed.

use std::io::{self, Write};
use std::process::ExitCode;

use newsprint::{Extractor, Options, Page};

fn main() -> ExitCode {
    let mut text = false;
    let mut paths = Vec::new();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--text" => text = true,
            "-h" | "--help" => {
                eprintln!("usage: extract [--text] PAGE.html [PAGE.html ...]");
                return ExitCode::SUCCESS;
            }
            _ => paths.push(arg),
        }
    }
    if paths.is_empty() {
        eprintln!("usage: extract [--text] PAGE.html [PAGE.html ...]");
        return ExitCode::from(2);
    }
    let extractor = match Extractor::new(Options::default()) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("extract: {e}");
            return ExitCode::from(2);
        }
    };
    let many = paths.len() > 1;
    let mut failed = false;
    let mut out = io::BufWriter::new(io::stdout().lock());
    for path in &paths {
        let result = std::fs::read(path)
            .map_err(|e| e.to_string())
            .and_then(|bytes| {
                extractor
                    .extract_bytes(&bytes, None)
                    .map_err(|e| e.to_string())
            });
        let source = many.then_some(path.as_str());
        let written = match result {
            Ok(page) if text => out.write_all(as_text(&page, source).as_bytes()),
            Ok(page) => write_json(&mut out, &page, source),
            Err(e) => {
                failed = true;
                eprintln!("extract: {path}: {e}");
                if many && !text {
                    writeln!(out, "{}", serde_json::json!({ "source": path, "error": e }))
                } else {
                    Ok(())
                }
            }
        };
        // A closed pipe (`extract ... | head`) ends the run quietly; other write errors are reported.
        if let Err(e) = written.and_then(|()| out.flush()) {
            if e.kind() == io::ErrorKind::BrokenPipe {
                return ExitCode::SUCCESS;
            }
            eprintln!("extract: cannot write output: {e}");
            return ExitCode::FAILURE;
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// One path: pretty JSON of the Page. Several: one compact line each, with `source`.
fn write_json(out: &mut impl Write, page: &Page, source: Option<&str>) -> io::Result<()> {
    match source {
        Some(source) => serde_json::to_writer(&mut *out, &WithSource { source, page })?,
        None => serde_json::to_writer_pretty(&mut *out, page)?,
    }
    writeln!(out)
}

/// A Page with the path it came from, for JSON Lines output.
#[derive(serde::Serialize)]
struct WithSource<'a> {
    source: &'a str,
    #[serde(flatten)]
    page: &'a Page,
}

fn as_text(page: &Page, source: Option<&str>) -> String {
    let header = source
        .map(|src| format!("==> {src} <==\n"))
        .unwrap_or_default();
    format!("{header}{}\n", page.to_text())
}
