//! One output record per document, in the chosen format.

use newsprint::Page;

/// How results are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One compact JSON `Page` per line with an added `"source"` (or `{"source", "error"}`).
    Jsonl,
    /// Readable plain text, each document under a `==> source <==` header.
    Text,
    /// Markdown, each document after a `<!-- source: ... -->` comment.
    Markdown,
}

/// A Page with the place it came from, for JSON Lines.
#[derive(serde::Serialize)]
struct WithSource<'a> {
    source: &'a str,
    #[serde(flatten)]
    page: &'a Page,
}

/// The output record of one document (without the final newline of JSON Lines; text and
/// Markdown records end with a blank line).
pub fn record(format: Format, source: &str, result: &Result<Page, String>) -> String {
    match (format, result) {
        (Format::Jsonl, Ok(page)) => serde_json::to_string(&WithSource { source, page })
            .unwrap_or_else(|e| error_json(source, &e.to_string())),
        (Format::Jsonl, Err(e)) => error_json(source, e),
        (Format::Text, Ok(page)) => format!("==> {source} <==\n{}\n", page.to_text()),
        (Format::Text, Err(e)) => format!("==> {source} <==\nerror: {e}\n\n"),
        (Format::Markdown, Ok(page)) => {
            format!(
                "<!-- source: {} -->\n\n{}\n",
                comment_safe(source),
                page.to_markdown()
            )
        }
        (Format::Markdown, Err(e)) => format!(
            "<!-- source: {} -->\n\n*error: {}*\n\n",
            comment_safe(source),
            comment_safe(e)
        ),
    }
}

/// `{"source": ..., "error": ...}`.
pub fn error_json(source: &str, error: &str) -> String {
    serde_json::json!({ "source": source, "error": error }).to_string()
}

fn comment_safe(s: &str) -> String {
    s.replace("--", "‐‐")
}
