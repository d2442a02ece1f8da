//! `newsprint`: extract articles from saved pages, directories and WARC archives in batch,
//! or from a JSON Lines stream for pipelines (Spark `RDD.pipe`, Hadoop Streaming, GNU
//! parallel).
//!
//! ```text
//! newsprint extract crawl/ pages.warc.gz page.html.gz -o articles.jsonl
//! newsprint extract --format markdown story.html
//! newsprint stream < pages.jsonl > articles.jsonl     # {"url": ..., "html": ...} per line
//! ```

mod http;
mod inputs;
mod output;
mod run;

use std::fs::File;
use std::io::{self, BufRead, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::LazyLock;

use clap::{Parser, Subcommand};
use newsprint::{Extractor, Options, Page};

use inputs::Document;
use output::Format;
use run::Outcome;

#[derive(Parser)]
#[command(
    name = "newsprint",
    version,
    about = "Structured articles from news pages, in batch"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract from HTML files (plain or .gz), directories (walked recursively) and WARC
    /// archives (.warc, .warc.gz); `-` reads one page from standard input.
    Extract {
        /// Files, directories, WARC archives or `-`.
        #[arg(required = true)]
        paths: Vec<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Jsonl)]
        format: Format,
        /// Write to this file instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Worker threads (default: every core).
        #[arg(short, long)]
        jobs: Option<usize>,
    },
    /// JSON Lines in on standard input (`{"url": ..., "html": ...}` per line), JSON Lines out
    /// on standard output: one line per input line, in order.
    Stream {
        /// Worker threads (default: every core).
        #[arg(short, long)]
        jobs: Option<usize>,
    },
}

/// The extractor for pages without a URL; pages with one get their own (cheap: options only).
static DEFAULT: LazyLock<Extractor> = LazyLock::new(Extractor::default);

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract {
            paths,
            format,
            output,
            jobs,
        } => extract(paths, format, output, jobs),
        Command::Stream { jobs } => stream(jobs),
    };
    match result {
        Ok(code) => code,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("newsprint: {e}");
            ExitCode::from(2)
        }
    }
}

fn jobs_or_cores(jobs: Option<usize>) -> usize {
    jobs.filter(|&j| j > 0).unwrap_or_else(|| {
        std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
    })
}

fn sink(output: Option<PathBuf>) -> io::Result<Box<dyn Write>> {
    Ok(match output {
        Some(path) => Box::new(BufWriter::new(File::create(path)?)),
        None => Box::new(BufWriter::new(io::stdout().lock())),
    })
}

/// Runs `f` with the extractor for a page: its URL as the base when known and valid.
fn with_extractor<T>(url: Option<&str>, f: impl FnOnce(&Extractor) -> T) -> T {
    let own = url.and_then(|u| Extractor::new(Options::default().base_url(u)).ok());
    f(own.as_ref().unwrap_or(&DEFAULT))
}

/// Extracts one page from its bytes.
fn extract_page(
    url: Option<&str>,
    bytes: &[u8],
    content_type: Option<&str>,
) -> Result<Page, String> {
    with_extractor(url, |e| e.extract_bytes(bytes, content_type)).map_err(|e| e.to_string())
}

fn outcome(record: String, result: &Result<Page, String>, unreadable: bool) -> Outcome {
    if let Err(e) = result {
        eprintln!("newsprint: {e}");
    }
    Outcome {
        articles: result.as_ref().map_or(0, |p| p.articles.len()),
        failed: result.is_err(),
        unreadable,
        record,
    }
}

fn extract(
    paths: Vec<String>,
    format: Format,
    output: Option<PathBuf>,
    jobs: Option<usize>,
) -> io::Result<ExitCode> {
    let mut out = sink(output)?;
    let work = |item: inputs::Item| match item {
        Ok(Document {
            source,
            url,
            content_type,
            bytes,
        }) => {
            let result = extract_page(url.as_deref(), &bytes, content_type.as_deref());
            outcome(output::record(format, &source, &result), &result, false)
        }
        Err((source, e)) => {
            let result = Err(e);
            outcome(output::record(format, &source, &result), &result, true)
        }
    };
    let totals = run::run(
        inputs::documents(paths),
        jobs_or_cores(jobs),
        &mut out,
        work,
    )?;
    // Only a batch where nothing at all could be read is a failure.
    Ok(if totals.documents > totals.unreadable {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// One line of the streaming input.
#[derive(serde::Deserialize)]
struct StreamLine {
    url: Option<String>,
    html: String,
}

fn stream(jobs: Option<usize>) -> io::Result<ExitCode> {
    let stdin = io::stdin();
    let lines = stdin.lock().lines().enumerate();
    let mut out = BufWriter::new(io::stdout().lock());
    let work = |(n, line): (usize, io::Result<String>)| {
        let source = format!("-#{}", n + 1);
        let parsed = line.map_err(|e| e.to_string()).and_then(|l| {
            serde_json::from_str::<StreamLine>(&l).map_err(|e| format!("bad input line: {e}"))
        });
        let (source, result) = match parsed {
            Ok(StreamLine { url, html }) => {
                let result =
                    with_extractor(url.as_deref(), |e| e.extract(&html)).map_err(|e| e.to_string());
                (url.unwrap_or(source), result)
            }
            Err(e) => (source, Err(e)),
        };
        outcome(
            output::record(Format::Jsonl, &source, &result),
            &result,
            false,
        )
    };
    run::run(lines, jobs_or_cores(jobs), &mut out, work)?;
    Ok(ExitCode::SUCCESS)
}
