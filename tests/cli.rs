//! The `newsprint` binary end to end: a directory of fixtures, WARC archives built here from
//! the fixtures (plain and gzip), the JSON Lines streaming mode, formats and exit codes.
#![cfg(feature = "cli")]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use newsprint::{Extractor, Options};
use serde_json::Value;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_newsprint"))
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

/// The fixture pages, sorted by name.
fn pages() -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(fixtures())
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "html"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&p).unwrap())
        })
        .collect();
    out.sort();
    out
}

/// What the library itself says about a page, as JSON.
fn expected(bytes: &[u8], url: Option<&str>, content_type: Option<&str>) -> Value {
    let options = match url {
        Some(u) => Options::default().base_url(u),
        None => Options::default(),
    };
    let page = Extractor::new(options)
        .unwrap()
        .extract_bytes(bytes, content_type)
        .unwrap();
    serde_json::to_value(page).unwrap()
}

/// The output lines as JSON, each split into its `source` and the rest.
fn lines(out: &Output) -> Vec<(String, Value)> {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| {
            let mut v: Value = serde_json::from_str(l).unwrap();
            let source = v
                .as_object_mut()
                .and_then(|o| o.remove("source"))
                .and_then(|s| s.as_str().map(str::to_string))
                .unwrap();
            (source, v)
        })
        .collect()
}

#[test]
fn a_directory_gives_one_line_per_page_in_order() {
    let out = bin()
        .args(["extract", "--jobs", "2"])
        .arg(fixtures())
        .output()
        .unwrap();
    let got = lines(&out);
    let want = pages();
    assert_eq!(got.len(), want.len());
    for ((source, page), (name, bytes)) in got.iter().zip(&want) {
        assert!(source.ends_with(name.as_str()), "{source} vs {name}");
        assert_eq!(page, &expected(bytes, None, None), "{name}");
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!("{} documents", want.len())),
        "{stderr}"
    );
}

/// A WARC file: a warcinfo record, then per page a request and a response (every third one
/// chunked and gzip-encoded), and an image response that must be skipped.
fn warc(pages: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut record = |kind: &str, uri: Option<&str>, content_type: &str, block: &[u8]| {
        let mut head = format!("WARC/1.1\r\nWARC-Type: {kind}\r\n");
        head += &format!(
            "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{:012}>\r\n",
            out.len()
        );
        head += "WARC-Date: 2025-01-08T12:00:00Z\r\n";
        if let Some(u) = uri {
            head += &format!("WARC-Target-URI: {u}\r\n");
        }
        head += &format!(
            "Content-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
            block.len()
        );
        out.extend_from_slice(head.as_bytes());
        out.extend_from_slice(block);
        out.extend_from_slice(b"\r\n\r\n");
    };
    record(
        "warcinfo",
        None,
        "application/warc-fields",
        b"software: newsprint tests\r\n",
    );
    for (i, (name, bytes)) in pages.iter().enumerate() {
        let uri = format!("https://crawl.example/{name}");
        let request = format!("GET /{name} HTTP/1.1\r\nHost: crawl.example\r\n\r\n");
        record(
            "request",
            Some(&uri),
            "application/http; msgtype=request",
            request.as_bytes(),
        );
        let mut http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n".to_vec();
        if i % 3 == 0 {
            let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            gz.write_all(bytes).unwrap();
            let gz = gz.finish().unwrap();
            http.extend_from_slice(b"Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n");
            for chunk in gz.chunks(1000) {
                http.extend_from_slice(format!("{:x}\r\n", chunk.len()).as_bytes());
                http.extend_from_slice(chunk);
                http.extend_from_slice(b"\r\n");
            }
            http.extend_from_slice(b"0\r\n\r\n");
        } else {
            http.extend_from_slice(format!("Content-Length: {}\r\n\r\n", bytes.len()).as_bytes());
            http.extend_from_slice(bytes);
        }
        record(
            "response",
            Some(&uri),
            "application/http; msgtype=response",
            &http,
        );
    }
    let png = b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n";
    record(
        "response",
        Some("https://crawl.example/logo.png"),
        "application/http; msgtype=response",
        png,
    );
    out
}

fn check_warc(path: &Path, pages: &[(String, Vec<u8>)]) {
    let out = bin().arg("extract").arg(path).output().unwrap();
    let got = lines(&out);
    assert_eq!(
        got.len(),
        pages.len(),
        "one line per HTML response, the image skipped"
    );
    for (k, ((source, page), (name, bytes))) in got.iter().zip(pages).enumerate() {
        assert_eq!(source, &format!("{}#{}", path.display(), k + 1));
        let url = format!("https://crawl.example/{name}");
        assert_eq!(
            page,
            &expected(bytes, Some(&url), Some("text/html")),
            "{name}"
        );
    }
}

#[test]
fn warc_archives_plain_and_gzip() {
    let pages: Vec<_> = pages().into_iter().take(9).collect();
    let dir = std::env::temp_dir().join(format!("newsprint-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let plain = dir.join("crawl.warc");
    std::fs::write(&plain, warc(&pages)).unwrap();
    check_warc(&plain, &pages);
    // A .warc.gz is a gzip member per record, concatenated.
    let gz_path = dir.join("crawl.warc.gz");
    let mut gz = Vec::new();
    let bytes = warc(&pages);
    for part in bytes
        .split_inclusive(|&b| b == b'\n')
        .collect::<Vec<_>>()
        .chunks(50)
    {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        for p in part {
            e.write_all(p).unwrap();
        }
        gz.extend(e.finish().unwrap());
    }
    std::fs::write(&gz_path, gz).unwrap();
    check_warc(&gz_path, &pages);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn streaming_mode_answers_each_line_in_order() {
    let pages: Vec<_> = pages().into_iter().take(6).collect();
    let mut input = String::new();
    for (k, (name, bytes)) in pages.iter().enumerate() {
        if k == 3 {
            input += "this is not json\n";
        }
        let html = String::from_utf8_lossy(bytes);
        let line = serde_json::json!({ "url": format!("https://s.example/{name}"), "html": html });
        input += &format!("{line}\n");
    }
    let mut child = bin()
        .args(["stream", "--jobs", "2"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    let got = lines(&out);
    assert_eq!(got.len(), pages.len() + 1);
    let mut want = pages.iter();
    for (k, (source, value)) in got.iter().enumerate() {
        if k == 3 {
            assert_eq!(source, "-#4");
            assert!(value["error"].as_str().unwrap().contains("bad input line"));
            continue;
        }
        let (name, bytes) = want.next().unwrap();
        let url = format!("https://s.example/{name}");
        assert_eq!(source, &url);
        let html = String::from_utf8_lossy(bytes);
        let page = Extractor::new(Options::default().base_url(&url))
            .unwrap()
            .extract(&html)
            .unwrap();
        assert_eq!(value, &serde_json::to_value(page).unwrap(), "{name}");
    }
}

#[test]
fn text_and_markdown_formats() {
    let seed = fixtures().join("seed_two_articles.html");
    for (format, marker) in [("text", "==> "), ("markdown", "<!-- source: ")] {
        let out = bin()
            .args(["extract", "--format", format])
            .arg(&seed)
            .output()
            .unwrap();
        assert!(out.status.success());
        let s = String::from_utf8(out.stdout).unwrap();
        assert!(s.starts_with(marker), "{format}: {s:.80}");
        assert!(s.contains("# New US guidance on Huawei chip usage reveals deeper fears"));
    }
}

#[test]
fn a_failed_document_never_stops_the_batch() {
    let seed = fixtures().join("seed_two_articles.html");
    let out = bin()
        .args(["extract", "/nonexistent/page.html"])
        .arg(&seed)
        .output()
        .unwrap();
    let got = lines(&out);
    assert_eq!(got.len(), 2);
    assert!(got[0].1["error"].is_string());
    assert_eq!(got[1].1["articles"].as_array().map(Vec::len), Some(2));
    // Nothing readable at all: a non-zero exit code.
    let none = bin()
        .args(["extract", "/nonexistent/page.html"])
        .output()
        .unwrap();
    assert!(!none.status.success());
}

#[test]
fn output_file_and_gzip_page() {
    let dir = std::env::temp_dir().join(format!("newsprint-cli-out-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (name, bytes) = pages().into_iter().next().unwrap();
    let gz_page = dir.join(format!("{name}.gz"));
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(&bytes).unwrap();
    std::fs::write(&gz_page, e.finish().unwrap()).unwrap();
    let target = dir.join("out.jsonl");
    let out = bin()
        .args(["extract", "-o"])
        .arg(&target)
        .arg(&gz_page)
        .output()
        .unwrap();
    assert!(out.status.success());
    let written = std::fs::read_to_string(&target).unwrap();
    let mut v: Value = serde_json::from_str(written.trim()).unwrap();
    v.as_object_mut().unwrap().remove("source");
    assert_eq!(v, expected(&bytes, None, None));
    std::fs::remove_dir_all(&dir).ok();
}
