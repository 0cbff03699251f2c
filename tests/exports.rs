//! The glossary exports checked by tools this project does not write: rdflib parses the
//! Turtle and JSON-LD files and pyshacl validates them against the SKOS integrity
//! conditions (tests/python/skos-shapes.ttl). `scripts/test` installs both into target/py.

mod common;

use common::Fixture;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Runs the checker `tests/python/<script>` on `files`: (passed, report).
fn run_checker(python: &Path, script: &str, files: &[PathBuf]) -> (bool, String) {
    let script = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/python")
        .join(script);
    let out = Command::new(python)
        .arg(script)
        .args(files)
        .output()
        .unwrap();
    let report =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.success(), report)
}

#[test]
fn the_shipped_glossary_exports_parse_and_meet_the_skos_integrity_conditions() {
    let Some(python) = common::checker_python() else {
        return;
    };
    let (_tmp, site) = common::shipped_build();
    let api = site.join("api");
    let (ok, report) = check_skos(
        &python,
        &[api.join("glossary.ttl"), api.join("glossary.jsonld")],
    );
    assert!(ok, "{report}");
    assert!(report.contains("conforms: True"), "{report}");
}

#[test]
fn a_broken_export_fails_the_independent_check() {
    let Some(python) = common::checker_python() else {
        return;
    };
    let f = Fixture::new("mini");
    f.build().unwrap();
    let good = f.out().join("api/glossary.ttl");
    let (ok, report) = check_skos(&python, std::slice::from_ref(&good));
    assert!(ok, "the mini hub's export conforms: {report}");
    let turtle = std::fs::read_to_string(&good).unwrap();
    let concept = "<https://w3id.org/mini-hub/link-worker>";
    let broken = [
        // Two English preferred labels (S14).
        format!(
            "{turtle}\n{concept} <http://www.w3.org/2004/02/skos/core#prefLabel> \"Connector\"@en .\n"
        ),
        // Related to its own broader concept (S27).
        format!(
            "{turtle}\n{concept} <http://www.w3.org/2004/02/skos/core#related> <https://w3id.org/mini-hub/social-prescribing> .\n"
        ),
        // Not Turtle at all.
        format!("{turtle}\n{concept} skos:prefLabel \"unclosed ."),
    ];
    for (i, text) in broken.iter().enumerate() {
        let path = f.out().join(format!("broken-{i}.ttl"));
        std::fs::write(&path, text).unwrap();
        let (ok, report) = check_skos(&python, &[path]);
        assert!(!ok, "broken export {i} passed the check: {report}");
    }
}

/// Runs the SKOS checker (rdflib and pyshacl) on `files`.
fn check_skos(python: &Path, files: &[PathBuf]) -> (bool, String) {
    run_checker(python, "check_skos.py", files)
}

/// Runs the FHIR checker (fhir.resources) on `files`.
fn check_fhir(python: &Path, files: &[PathBuf]) -> (bool, String) {
    run_checker(python, "check_fhir.py", files)
}

#[test]
fn the_fhir_resources_validate_against_fhir_r5_and_carry_the_glossary() {
    let Some(python) = common::checker_python() else {
        return;
    };
    let f = Fixture::new("mini");
    f.build().unwrap();
    let dir = f.out().join("api/fhir");
    let files: Vec<PathBuf> = [
        "CodeSystem-glossary.json",
        "ValueSet-glossary-all.json",
        "ConceptMap-glossary-mappings.json",
    ]
    .iter()
    .map(|n| dir.join(n))
    .collect();
    let (ok, report) = check_fhir(&python, &files);
    assert!(ok, "{report}");

    let read = |n: &str| -> serde_json::Value {
        serde_json::from_str(&std::fs::read_to_string(dir.join(n)).unwrap()).unwrap()
    };
    let cs = read("CodeSystem-glossary.json");
    let glossary: serde_json::Value = serde_json::from_str(&f.read("api/glossary.json")).unwrap();
    assert_eq!(cs["count"], glossary["count"], "one concept per term");
    assert_eq!(
        cs["url"], "https://w3id.org/mini-hub/",
        "the canonical URL is the vocabulary namespace"
    );
    let sp = cs["concept"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["code"] == "social-prescribing")
        .unwrap();
    let designations = sp["designation"].as_array().unwrap();
    let ja = designations.iter().find(|d| d["language"] == "ja").unwrap();
    assert_eq!(
        ja["use"]["code"], "display",
        "an attested translation is a display designation"
    );
    let pt = designations.iter().find(|d| d["language"] == "pt").unwrap();
    assert!(pt.get("use").is_none(), "a proposed translation is not");
    let lw = cs["concept"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["code"] == "link-worker")
        .unwrap();
    assert!(
        lw["property"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["code"] == "parent" && p["valueCode"] == "social-prescribing")
    );
    let map = read("ConceptMap-glossary-mappings.json");
    let group = &map["group"][0];
    assert_eq!(group["target"], "http://www.wikidata.org/entity");
    assert_eq!(
        group["element"][0]["target"][0]["relationship"],
        "equivalent"
    );

    // A broken resource fails the same check.
    let mut broken = cs.clone();
    broken["concept"][0]["designations"] = serde_json::json!([]);
    let path = f.out().join("broken-CodeSystem.json");
    std::fs::write(&path, serde_json::to_vec(&broken).unwrap()).unwrap();
    let (ok, report) = check_fhir(&python, &[path]);
    assert!(!ok, "a misspelled field passed: {report}");
}

#[test]
fn mappings_show_on_the_term_page_and_become_skos_matches() {
    let f = Fixture::new("mini");
    f.build().unwrap();
    let page = f.read("glossary/social-prescribing/index.html");
    assert!(
        page.contains(
            r#"<a href="https://www.wikidata.org/wiki/Q000000"><code>Q000000</code></a>"#
        ),
        "{page}"
    );
    let skos: serde_json::Value = serde_json::from_str(&f.read("api/glossary.jsonld")).unwrap();
    let sp = common::skos_concept(&skos, "social-prescribing");
    assert_eq!(
        sp["skos:exactMatch"][0]["@id"],
        "http://www.wikidata.org/entity/Q000000"
    );
    // A mapping to an unknown system, or without a source URL, is refused.
    let term = f.read_source("content/glossary/social-prescribing.md");
    f.write(
        "content/glossary/social-prescribing.md",
        &term.replace("scheme: wikidata", "scheme: wikidat"),
    );
    let diags = hub::check(&f.root());
    assert!(
        diags.iter().any(|d| d.is_error()
            && d.message.contains("`wikidat` is not a code system")
            && d.help.as_deref() == Some("did you mean `wikidata`?")),
        "{diags:#?}"
    );
}

#[test]
fn each_concept_has_its_own_json_ld_file_linked_from_its_page() {
    let f = Fixture::new("mini");
    f.build().unwrap();
    let one: serde_json::Value =
        serde_json::from_str(&f.read("api/glossary/link-worker.jsonld")).unwrap();
    let node = &one["@graph"][0];
    assert_eq!(node["@id"], "https://w3id.org/mini-hub/link-worker");
    assert_eq!(node["skos:prefLabel"][0]["@value"], "Link worker");
    assert!(
        one["@context"]["skos"].is_string(),
        "the context comes with it"
    );
    let page = f.read("glossary/link-worker/index.html");
    assert!(page.contains(r#"<link rel="alternate" type="application/ld+json" href="/api/glossary/link-worker.jsonld""#));
}

#[test]
fn the_csv_has_one_row_per_concept_and_language() {
    let f = Fixture::new("mini");
    f.build().unwrap();
    let csv = f.read("api/glossary.csv");
    let mut rows = csv.lines();
    assert_eq!(
        rows.next(),
        Some(
            "id,iri,page,language,label,label_status,other_labels,definition,definition_origin,term_status,broader,related"
        )
    );
    let sp: Vec<&str> = csv
        .lines()
        .filter(|l| l.starts_with("social-prescribing,"))
        .collect();
    assert!(
        sp.iter()
            .any(|l| l.contains(",en,Social prescribing,preferred,")),
        "{sp:?}"
    );
    assert!(
        sp.iter().any(|l| l.contains(",ja,社会的処方,attested,")),
        "{sp:?}"
    );
    assert!(
        sp.iter()
            .any(|l| l.contains(",pt,prescrição social,proposed,")),
        "{sp:?}"
    );
    let lw: Vec<&str> = csv
        .lines()
        .filter(|l| l.starts_with("link-worker,"))
        .collect();
    assert!(
        lw.iter().any(|l| l.contains(",nl,,none,Welzijnscoach,")),
        "a regional label's language gets a row: {lw:?}"
    );
}
