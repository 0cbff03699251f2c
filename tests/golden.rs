//! Golden tests for `hub check`: every file under tests/golden/content is broken in one way,
//! and tests/golden/expected.txt holds the exact diagnostic each must produce (reviewed by
//! hand). Set HUB_BLESS=1 to rewrite expected.txt after an intended change, then review the diff.

mod common;

use common::Fixture;
use std::collections::BTreeSet;
use std::path::Path;

fn golden_files() -> BTreeSet<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    common::files_under(&dir.join("content"))
        .into_iter()
        .map(|f| format!("content/{f}"))
        .collect()
}

#[test]
fn each_broken_file_gives_its_exact_diagnostic() {
    let f = Fixture::new("mini");
    let golden = golden_files();
    assert!(golden.len() >= 25, "the corpus has {} files", golden.len());
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    for rel in &golden {
        let to = f.root().join(rel);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(src.join(rel), to).unwrap();
    }
    let diags = hub::check(&f.root());
    let actual: Vec<String> = diags
        .iter()
        .filter(|d| golden.contains(&d.file.to_string_lossy().into_owned()))
        .map(|d| {
            let kind = if d.is_error() { "error" } else { "warning" };
            let help = d
                .help
                .as_deref()
                .map(|h| format!(" [help: {h}]"))
                .unwrap_or_default();
            format!(
                "{kind} {}:{}:{}: {}{help}",
                d.file.display(),
                d.line,
                d.col,
                d.message
            )
        })
        .collect();
    let expected_path = src.join("expected.txt");
    if std::env::var_os("HUB_BLESS").is_some() {
        std::fs::write(&expected_path, actual.join("\n") + "\n").unwrap();
    }
    let expected: Vec<String> = std::fs::read_to_string(&expected_path)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    assert_eq!(
        actual, expected,
        "diagnostics changed; review and bless with HUB_BLESS=1"
    );
    let files_with_diagnostics: BTreeSet<String> = diags
        .iter()
        .map(|d| d.file.to_string_lossy().into_owned())
        .collect();
    for file in &golden {
        assert!(
            files_with_diagnostics.contains(file),
            "{file} produced no diagnostic"
        );
    }
    assert!(diags.iter().any(|d| d.is_error()), "check fails");
}
