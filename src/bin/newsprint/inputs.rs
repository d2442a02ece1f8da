//! What to extract from: HTML files (plain or gzip), directories walked recursively, WARC
//! archives (plain or gzip), and standard input. Read lazily, one document at a time, so a
//! crawl of any size streams through in bounded memory.

use std::fs::File;
use std::io::{self, BufReader, Read};
use std::path::{Path, PathBuf};

use flate2::read::MultiGzDecoder;
use warc::{RecordType, WarcHeader, WarcReader};

use crate::http;

/// One page to extract.
pub struct Document {
    /// Where it came from, as printed in the output: the path as given, `path#N` for the
    /// N-th HTML record of a WARC file, `-` for standard input.
    pub source: String,
    /// The page's URL when known (a WARC record's target URI).
    pub url: Option<String>,
    /// The HTTP `Content-Type`, when known, for its charset.
    pub content_type: Option<String>,
    /// The page's bytes.
    pub bytes: Vec<u8>,
}

/// A document, or the source that could not be read and why.
pub type Item = Result<Document, (String, String)>;

/// Every document under `paths`, in order: each path as given; directories in sorted order.
pub fn documents(paths: Vec<String>) -> impl Iterator<Item = Item> {
    paths.into_iter().flat_map(expand)
}

fn expand(path: String) -> Box<dyn Iterator<Item = Item>> {
    if path == "-" {
        return Box::new(std::iter::once(read_stdin()));
    }
    let p = PathBuf::from(&path);
    if p.is_dir() {
        return match walk(&p) {
            Ok(files) => Box::new(files.into_iter().flat_map(|f| {
                let shown = f.display().to_string();
                open_file(shown, &f)
            })),
            Err(e) => Box::new(std::iter::once(Err((path, e.to_string())))),
        };
    }
    open_file(path, &p)
}

fn read_stdin() -> Item {
    let mut bytes = Vec::new();
    match io::stdin().lock().read_to_end(&mut bytes) {
        Ok(_) => Ok(Document {
            source: "-".into(),
            url: None,
            content_type: None,
            bytes: gunzip_if_gzip(bytes).map_err(|e| ("-".to_string(), e.to_string()))?,
        }),
        Err(e) => Err(("-".into(), e.to_string())),
    }
}

/// The files to read under `dir`, sorted, walked with an explicit stack.
fn walk(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(&d)?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .collect();
        entries.sort();
        for e in entries.into_iter().rev() {
            if e.is_dir() {
                stack.push(e);
            } else if kind(&e).is_some() {
                out.push(e);
            }
        }
    }
    out.sort();
    Ok(out)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Html,
    HtmlGz,
    Warc,
    WarcGz,
}

/// What a file is, by its name; `None` for files a directory walk skips.
fn kind(path: &Path) -> Option<Kind> {
    let name = path.file_name()?.to_str()?.to_ascii_lowercase();
    let html = [".html", ".htm", ".xhtml", ".shtml"];
    if name.ends_with(".warc.gz") {
        Some(Kind::WarcGz)
    } else if name.ends_with(".warc") {
        Some(Kind::Warc)
    } else if html.iter().any(|x| name.ends_with(&format!("{x}.gz"))) {
        Some(Kind::HtmlGz)
    } else if html.iter().any(|x| name.ends_with(x)) {
        Some(Kind::Html)
    } else {
        None
    }
}

fn open_file(source: String, path: &Path) -> Box<dyn Iterator<Item = Item>> {
    // A file named on the command line is read whatever its name: gzip by its magic bytes.
    match kind(path) {
        Some(Kind::Warc) => warc_records(source, path, false),
        Some(Kind::WarcGz) => warc_records(source, path, true),
        _ => Box::new(std::iter::once(read_html(source, path))),
    }
}

fn read_html(source: String, path: &Path) -> Item {
    let bytes = std::fs::read(path)
        .and_then(gunzip_if_gzip)
        .map_err(|e| (source.clone(), e.to_string()))?;
    Ok(Document {
        source,
        url: None,
        content_type: None,
        bytes,
    })
}

fn gunzip_if_gzip(bytes: Vec<u8>) -> io::Result<Vec<u8>> {
    if !bytes.starts_with(&[0x1f, 0x8b]) {
        return Ok(bytes);
    }
    let mut out = Vec::new();
    MultiGzDecoder::new(&bytes[..]).read_to_end(&mut out)?;
    Ok(out)
}

/// The HTML responses of a WARC file, numbered from 1 in the source (`file.warc.gz#3`).
fn warc_records(source: String, path: &Path, gzip: bool) -> Box<dyn Iterator<Item = Item>> {
    let file = match File::open(path) {
        Ok(f) => f,
        Err(e) => return Box::new(std::iter::once(Err((source, e.to_string())))),
    };
    let reader: Box<dyn Read> = if gzip {
        Box::new(MultiGzDecoder::new(file))
    } else {
        Box::new(file)
    };
    let records = WarcReader::new(BufReader::new(reader)).iter_records();
    let mut n = 0;
    let mut failed = false;
    Box::new(
        records
            .map_while(move |record| {
                // A malformed record leaves the reader lost in the stream: report it and stop.
                if failed {
                    return None;
                }
                let record = match record {
                    Ok(r) => r,
                    Err(e) => {
                        failed = true;
                        return Some(Some(Err((source.clone(), format!("bad WARC record: {e}")))));
                    }
                };
                let url = record.header(WarcHeader::TargetURI).map(|u| u.into_owned());
                let doc = match record.warc_type() {
                    RecordType::Response => http::parse(record.body())
                        .filter(|r| r.content_type.as_deref().is_some_and(http::is_html))
                        .map(|r| (r.content_type, r.body)),
                    RecordType::Resource => record
                        .header(WarcHeader::ContentType)
                        .filter(|ct| http::is_html(ct))
                        .map(|ct| (Some(ct.into_owned()), record.body().to_vec())),
                    _ => None,
                };
                Some(doc.map(|(content_type, bytes)| {
                    n += 1;
                    Ok(Document {
                        source: format!("{source}#{n}"),
                        url,
                        content_type,
                        bytes,
                    })
                }))
            })
            .flatten(),
    )
}
