//! Every page in `fixtures/` against its hand-written expected output
//! (`<name>.html` + `<name>.expected.json`). On a mismatch the test prints, per fixture,
//! each differing field with its JSON path, expected and actual values.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde_json::Value;

fn fixture_pages() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut pages: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("fixtures/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "html"))
        .collect();
    pages.sort();
    pages
}

/// Differences between two JSON values, one line each, with their paths.
fn diff(expected: &Value, actual: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![(String::new(), expected, actual)];
    while let Some((path, e, a)) = stack.pop() {
        match (e, a) {
            (Value::Object(eo), Value::Object(ao)) => {
                for (k, ev) in eo.iter().rev() {
                    match ao.get(k) {
                        Some(av) => stack.push((format!("{path}.{k}"), ev, av)),
                        None => out.push(format!("{path}.{k}: missing (expected {ev})")),
                    }
                }
                for k in ao.keys().filter(|k| !eo.contains_key(*k)) {
                    out.push(format!("{path}.{k}: unexpected field"));
                }
            }
            (Value::Array(ea), Value::Array(aa)) => {
                if ea.len() != aa.len() {
                    out.push(format!(
                        "{path}: expected {} items, got {}",
                        ea.len(),
                        aa.len()
                    ));
                }
                for (i, ev) in ea.iter().enumerate().rev() {
                    match aa.get(i) {
                        Some(av) => stack.push((format!("{path}[{i}]"), ev, av)),
                        None => out.push(format!("{path}[{i}]: missing, expected {ev}")),
                    }
                }
                for (i, av) in aa.iter().enumerate().skip(ea.len()) {
                    out.push(format!("{path}[{i}]: extra {av}"));
                }
            }
            _ if e != a => out.push(format!("{path}:\n      expected {e}\n      got      {a}")),
            _ => {}
        }
    }
    out
}

#[test]
fn every_fixture_matches_its_expected_output() {
    let pages = fixture_pages();
    let mut report = String::new();
    let mut failed = 0;
    for page in &pages {
        let name = page
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        let expected_path = page.with_file_name(format!("{name}.expected.json"));
        let expected: Value = serde_json::from_str(
            &std::fs::read_to_string(&expected_path)
                .unwrap_or_else(|e| panic!("{}: {e}", expected_path.display())),
        )
        .unwrap_or_else(|e| panic!("{}: {e}", expected_path.display()));
        let bytes = std::fs::read(page).expect("fixture readable");
        let actual = match newsprint::Extractor::new(newsprint::Options::default())
            .and_then(|x| x.extract_bytes(&bytes, None))
        {
            Ok(p) => serde_json::to_value(&p).expect("a Page serialises"),
            Err(e) => Value::String(format!("error: {e}")),
        };
        let lines = diff(&expected, &actual);
        if !lines.is_empty() {
            failed += 1;
            let _ = writeln!(report, "\n== {name}: {} difference(s)", lines.len());
            for l in lines {
                let _ = writeln!(report, "  {l}");
            }
        }
    }
    assert!(
        failed == 0,
        "{failed} of {} fixtures differ:{report}",
        pages.len()
    );
}

#[test]
fn diff_reports_paths() {
    let e: Value = serde_json::json!({"a": [1, 2], "b": "x"});
    let a: Value = serde_json::json!({"a": [1, 3, 4], "b": "x"});
    let d = diff(&e, &a);
    assert!(
        d.iter()
            .any(|l| l.starts_with(".a: expected 2 items, got 3"))
    );
    assert!(d.iter().any(|l| l.starts_with(".a[1]:")));
    assert!(d.iter().any(|l| l.starts_with(".a[2]: extra 4")));
}
