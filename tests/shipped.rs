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

fn shipped_build() -> (tempfile::TempDir, std::path::PathBuf) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = tempfile::tempdir().unwrap();
    let output = out.path().join("site");
    hub::build(&hub::BuildOptions {
        root: root.into(),
        output: output.clone(),
        base_url: None,
        drafts: false,
        force: false,
    })
    .unwrap();
    (out, output)
}

#[test]
fn the_shipped_content_meets_the_content_standard() {
    let (_tmp, output) = shipped_build();
    let read_json = |p: &str| -> serde_json::Value {
        serde_json::from_str(&std::fs::read_to_string(output.join(p)).unwrap()).unwrap()
    };

    let studies = read_json("api/case-studies.json");
    let countries: std::collections::BTreeSet<&str> = studies["case_studies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["country"]["code"].as_str().unwrap())
        .collect();
    assert!(
        countries.len() >= 32,
        "case studies cover {} countries: {countries:?}",
        countries.len()
    );

    let glossary = read_json("api/glossary.json");
    let terms = glossary["terms"].as_array().unwrap();
    assert!(terms.len() >= 50);
    for t in terms {
        let linked = ["broader", "narrower", "related"]
            .iter()
            .any(|k| !t[k].as_array().unwrap().is_empty());
        assert!(linked, "{} is linked to no other term", t["id"]);
        assert!(
            !t["sources"].as_array().unwrap().is_empty(),
            "{} cites no source",
            t["id"]
        );
    }
    let translated = terms
        .iter()
        .filter(|t| t["translations"].as_object().unwrap().len() >= 4)
        .count();
    assert!(
        translated >= 15,
        "only {translated} terms have translations in 4 languages"
    );

    let evidence = read_json("api/evidence.json");
    let evidence = evidence["evidence"].as_array().unwrap();
    assert!(evidence.len() >= 20);
    for e in evidence {
        assert!(
            e["citation_url"]
                .as_str()
                .is_some_and(|u| u.starts_with("https://")),
            "{} has no citation URL",
            e["id"]
        );
        assert!(
            !e["outcomes"].as_array().unwrap().is_empty(),
            "{} has no structured outcome",
            e["id"]
        );
    }

    let champions = read_json("api/champions.json");
    let champions = champions["champions"].as_array().unwrap();
    assert!(
        champions.len() >= 12 && champions.iter().all(|c| c["example"] == true),
        "example profiles are marked"
    );
}

#[test]
fn no_private_champion_contact_appears_anywhere_in_the_output() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut private = Vec::new();
    for entry in std::fs::read_dir(root.join("content/champions")).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let Some(line) = text
            .lines()
            .find(|l| l.trim_start().starts_with("contact:"))
        else {
            continue;
        };
        if !line.contains("public: true") {
            let email = line
                .split("email:")
                .nth(1)
                .unwrap()
                .split([',', '}'])
                .next()
                .unwrap()
                .trim()
                .trim_matches('"')
                .to_string();
            private.push(email);
        }
    }
    assert!(
        private.len() >= 4,
        "the shipped champions include private contacts: {private:?}"
    );
    let mut indexed_names = 0;
    let (_tmp, output) = shipped_build();
    for file in files_under(&output) {
        let bytes = std::fs::read(output.join(&file)).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        for email in &private {
            assert!(!text.contains(email.as_str()), "{file} exposes {email}");
        }
        if file.starts_with("search-index/") && text.contains("\"k\":\"Champion\"") {
            indexed_names += 1;
        }
    }
    assert!(
        indexed_names > 0,
        "the search index (with the champion pages in it) was scanned too"
    );
}
