//! The shipped hub (this repository's content/ and data/) builds cleanly, meets the content
//! minimums and has no broken internal link.

mod common;

use common::{broken_internal_links, files_under};
use std::path::Path;

#[test]
fn the_shipped_hub_builds_without_errors_or_broken_links() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = tempfile::tempdir().unwrap();
    let output = out.path().join("site");
    let report = hub::build(&hub::BuildOptions {
        root: root.into(),
        output: output.clone(),
        base_url: None,
        drafts: false,
        force: false,
    })
    .unwrap_or_else(|e| match e {
        hub::BuildError::Invalid(d) => panic!(
            "{}",
            hub::diagnostics::render(&d, hub::diagnostics::Format::Human, root)
        ),
        other => panic!("{other}"),
    });
    assert!(report.warnings.is_empty(), "{:#?}", report.warnings);
    let broken = broken_internal_links(&output, "/");
    assert!(broken.is_empty(), "broken links: {broken:?}");

    let files = files_under(&output);
    let count = |prefix: &str| {
        files
            .iter()
            .filter(|f| {
                f.starts_with(prefix) && f.ends_with("/index.html") && f.matches('/').count() == 2
            })
            .count()
    };
    assert!(count("glossary/") >= 50, "at least 50 glossary terms");
    assert!(count("case-studies/") >= 32, "case studies");
    assert!(count("evidence/") >= 20, "evidence summaries");
    assert!(count("champions/") >= 12, "champions");
    assert!(count("countries/") >= 32, "a page for each of 32 countries");
    for page in ["about/index.html", "contribute/index.html", "404.html"] {
        assert!(files.contains(page), "{page}");
    }
}
