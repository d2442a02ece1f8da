//! Reading the corpora into [`Case`]s: the Readability suite's directories, WCXB's
//! ground-truth files, trafilatura-dev's `evaldata.json`.

use std::io::Read;
use std::path::{Path, PathBuf};

use serde_json::Value;

use super::{Case, strip_tags};

/// Reads every case under a corpus directory: the Readability layout, the WCXB layout, the
/// trafilatura-dev layout (`evaldata.json`), or a directory holding several of them.
pub fn load(dir: &Path) -> Vec<Case> {
    let mut cases = Vec::new();
    if dir.join("ground-truth").is_dir() {
        cases.extend(load_wcxb(dir));
    } else if dir.join("evaldata.json").is_file() {
        cases.extend(load_trafilatura(dir));
    } else if is_readability(dir) {
        cases.extend(load_readability(dir));
    } else {
        for sub in sorted_dirs(dir) {
            cases.extend(load(&sub));
        }
    }
    cases
}

fn is_readability(dir: &Path) -> bool {
    sorted_dirs(dir)
        .iter()
        .any(|d| d.join("source.html").is_file())
}

fn sorted_dirs(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

fn load_readability(dir: &Path) -> Vec<Case> {
    let mut out = Vec::new();
    for d in sorted_dirs(dir) {
        let (Ok(html), Ok(expected)) = (
            std::fs::read(d.join("source.html")),
            std::fs::read_to_string(d.join("expected.html")),
        ) else {
            continue;
        };
        let meta = read_json(&d.join("expected-metadata.json")).unwrap_or(Value::Null);
        let s = |k: &str| text_field(&meta, k);
        let readerable = meta
            .get("readerable")
            .and_then(Value::as_bool)
            .unwrap_or(true);
        out.push(Case {
            id: d
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_string(),
            corpus: "readability",
            page_type: if readerable {
                "article"
            } else {
                "not-readerable"
            }
            .to_string(),
            html,
            url: Some("http://fakehost/test/page.html".to_string()),
            text: strip_tags(&expected),
            title: s("title"),
            author: s("byline"),
            date: s("publishedTime").chars().take(10).collect(),
            with: Vec::new(),
            without: Vec::new(),
        });
    }
    out
}

fn load_wcxb(dir: &Path) -> Vec<Case> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join("ground-truth"))
        .map(|rd| rd.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    let mut out = Vec::new();
    for gt_path in files {
        let Some(id) = gt_path
            .file_stem()
            .and_then(|s| s.to_str())
            .map(str::to_string)
        else {
            continue;
        };
        let Some(gt) = read_json(&gt_path) else {
            continue;
        };
        let Some(html) = gunzip(&dir.join("html").join(format!("{id}.html.gz"))) else {
            continue;
        };
        let truth = &gt["ground_truth"];
        let s = |k: &str| text_field(truth, k);
        let list = |k: &str| text_list(truth, k);
        out.push(Case {
            id,
            corpus: "wcxb",
            page_type: gt["_internal"]["page_type"]["primary"]
                .as_str()
                .unwrap_or("unknown")
                .to_string(),
            html,
            url: gt.get("url").and_then(Value::as_str).map(str::to_string),
            text: s("main_content"),
            title: s("title"),
            author: s("author"),
            date: s("publish_date"),
            with: list("with"),
            without: list("without"),
        });
    }
    out
}

/// trafilatura-dev: pages with the snippets their main text must and must not hold, and
/// sometimes a title, date or author (no full main text: word F1 is not defined there).
fn load_trafilatura(dir: &Path) -> Vec<Case> {
    let Some(data) = read_json(&dir.join("evaldata.json")) else {
        return Vec::new();
    };
    let Some(map) = data.as_object() else {
        return Vec::new();
    };
    let mut out: Vec<Case> = map
        .iter()
        .filter_map(|(key, v)| {
            let file = v.get("file")?.as_str()?.to_string();
            let html = gunzip(&dir.join("html").join(format!("{file}.gz")))?;
            let s = |k: &str| text_field(v, k);
            let list = |k: &str| text_list(v, k);
            Some(Case {
                id: file,
                corpus: "trafilatura",
                page_type: "page".to_string(),
                html,
                url: key.starts_with("http").then(|| key.clone()),
                text: String::new(),
                title: s("title"),
                author: s("author"),
                date: s("date").chars().take(10).collect(),
                with: list("with"),
                without: list("without"),
            })
        })
        .collect();
    out.sort_by(|a, b| a.id.cmp(&b.id));
    out
}

/// The JSON document at `path`, when it reads and parses.
pub fn read_json(path: &Path) -> Option<Value> {
    std::fs::read_to_string(path)
        .ok()
        .and_then(|s| serde_json::from_str(&s).ok())
}

/// The string field `key` of `v`, or empty.
fn text_field(v: &Value, key: &str) -> String {
    v.get(key)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

/// The strings of the array field `key` of `v`, or none.
fn text_list(v: &Value, key: &str) -> Vec<String> {
    v.get(key)
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

/// The bytes of the gzip file at `path`.
pub fn gunzip(path: &Path) -> Option<Vec<u8>> {
    let file = std::fs::File::open(path).ok()?;
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(file)
        .read_to_end(&mut out)
        .ok()?;
    Some(out)
}
