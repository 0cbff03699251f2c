//! Contributor tools: `hub new`, `hub schema` and the generated field reference.

mod common;

use common::{Fixture, hub};

#[test]
fn hub_new_writes_a_complete_file_and_never_overwrites() {
    let f = Fixture::new("mini");
    let out = hub()
        .args(["new", "glossary", "Community connector", "--root"])
        .arg(f.root())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let path = String::from_utf8_lossy(&out.stdout).trim().to_string();
    assert!(
        path.ends_with("content/glossary/community-connector.md"),
        "{path}"
    );
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.starts_with(
        "---\n# yaml-language-server: $schema=../../schemas/glossary-term.schema.json\n"
    ));
    for field in [
        "term:",
        "definition:",
        "aliases:",
        "abbreviations:",
        "regional:",
        "translations:",
        "broader:",
        "status:",
        "replaced_by:",
        "sources:",
    ] {
        assert!(
            text.lines().any(|l| l.starts_with(field)),
            "{field} missing in\n{text}"
        );
    }
    assert!(text.contains("term: \"Community connector\""));
    // The new file parses: only content problems (empty definition, no sources), no syntax errors.
    let diags = hub::check(&f.root());
    let mine: Vec<_> = diags
        .iter()
        .filter(|d| d.file.ends_with("community-connector.md"))
        .collect();
    assert!(mine.iter().all(|d| !d.is_error()), "{mine:#?}");

    let again = hub()
        .args(["new", "glossary", "Community connector", "--root"])
        .arg(f.root())
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
}

#[test]
fn hub_new_case_study_is_checked_field_by_field() {
    let f = Fixture::new("mini");
    let path = hub::new_record(
        &f.root(),
        hub::collections::by_name("case-study").expect("a collection"),
        "A new programme",
    )
    .unwrap();
    let diags = hub::check(&f.root());
    let messages: Vec<String> = diags
        .iter()
        .filter(|d| d.file.ends_with("a-new-programme.md") && d.is_error())
        .map(|d| d.message.clone())
        .collect();
    assert!(
        messages.iter().any(|m| m.contains("is not a country code")),
        "{messages:?}"
    );
    assert!(
        messages
            .iter()
            .any(|m| m.contains("needs at least one source")),
        "{messages:?}"
    );
    assert!(path.exists());
}

#[test]
fn the_shipped_schemas_are_up_to_date() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for (name, text) in hub::schemas(root).unwrap() {
        let shipped = std::fs::read_to_string(root.join("schemas").join(&name)).unwrap_or_default();
        assert!(
            shipped == text,
            "schemas/{name} is out of date: run `cargo run -- schema`"
        );
        let schema: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(
            schema["additionalProperties"], false,
            "{name} rejects unknown keys"
        );
    }
}

#[test]
fn the_contribute_page_lists_every_field_from_the_schema() {
    let f = Fixture::new("mini");
    f.write(
        "content/pages/contribute.md",
        "---\ntitle: Contribute\ntemplate: contribute.html\n---\nOpen a pull request.\n",
    );
    f.build().unwrap();
    let page = f.read("contribute/index.html");
    assert!(page.contains("Open a pull request."));
    for collection in ["glossary", "case-studies", "evidence", "champions", "pages"] {
        assert!(
            page.contains(&format!(r#"<h3 id="fields-{collection}">"#)),
            "{collection}"
        );
    }
    assert!(page.contains("<th scope=\"row\"><code>strength</code></th>"));
    assert!(page.contains(
        "<code>high</code>, <code>moderate</code>, <code>low</code>, <code>emerging</code>"
    ));
    assert!(page.contains("Care setting id from `data/settings.yaml`."));
}

/// The `value` query parameter of the first "Propose a new …" link on `html`, decoded.
fn proposed_file(html: &str) -> (String, String) {
    let start = html.find("/new/main/content/").expect("a propose link");
    let href = &html[start..start + html[start..].find('"').unwrap()];
    let href = href.replace("&amp;", "&");
    let query = href.split_once('?').unwrap().1;
    let mut name = String::new();
    let mut value = String::new();
    for pair in query.split('&') {
        let (k, v) = pair.split_once('=').unwrap();
        let v = percent_encoding::percent_decode_str(v)
            .decode_utf8()
            .unwrap()
            .into_owned();
        match k {
            "filename" => name = v,
            "value" => value = v,
            _ => {}
        }
    }
    (name, value)
}

#[test]
fn proposals_from_the_site_pass_hub_check_once_filled_in() {
    let f = Fixture::new("mini");
    f.build().unwrap();
    // What a contributor types into the placeholders, per field.
    let fills = [
        ("definition: \"\"", "definition: \"A test definition.\""),
        ("country: \"\"", "country: GB"),
        ("place: \"\"", "place: Leeds"),
        ("setting: \"\"", "setting: community"),
        ("model: \"\"", "model: link-worker"),
        ("population: \"\"", "population: Adults"),
        ("summary: \"\"", "summary: A summary."),
        (
            "sources: []",
            "sources: [{ title: A report, url: \"https://example.org/report\" }]",
        ),
        ("design: \"\"", "design: cohort"),
        ("strength: \"\"", "strength: low"),
        ("authors: \"\"", "authors: A Author"),
        ("title: \"\", year", "title: A paper, year"),
        ("profession: \"\"", "profession: nurse"),
    ];
    for (page, dir) in [
        ("glossary/index.html", "glossary"),
        ("case-studies/index.html", "case-studies"),
        ("evidence/index.html", "evidence"),
        ("champions/index.html", "champions"),
    ] {
        let html = f.read(page);
        assert!(
            html.contains(&format!(
                "https://github.com/example-org/mini-hub/new/main/content/{dir}?filename="
            )),
            "{page}"
        );
        let (name, mut text) = proposed_file(&html);
        assert!(name.ends_with(".md"), "{name}");
        for (from, to) in fills {
            text = text.replace(from, to);
        }
        let rel = format!("content/{dir}/{name}");
        f.write(&rel, &text);
        let errors: Vec<_> = hub::check(&f.root())
            .into_iter()
            .filter(|d| d.is_error() && d.file.to_string_lossy() == rel)
            .collect();
        assert!(
            errors.is_empty(),
            "{rel} does not pass once filled in: {errors:#?}\n{text}"
        );
    }
    // Record pages link their own file on the host's editor.
    let term = f.read("glossary/link-worker/index.html");
    assert!(term.contains(r#"<a href="https://github.com/example-org/mini-hub/edit/main/content/glossary/link-worker.md">Suggest a change to this page</a>"#));
}

#[test]
fn without_a_repository_no_contribution_link_is_shown() {
    let f = Fixture::new("mini");
    let config = f.read_source("hub.yaml");
    let without: String = config
        .lines()
        .filter(|l| !l.starts_with("repository:"))
        .map(|l| format!("{l}\n"))
        .collect();
    f.write("hub.yaml", &without);
    f.build().unwrap();
    for page in [
        "glossary/index.html",
        "glossary/link-worker/index.html",
        "champions/index.html",
    ] {
        let html = f.read(page);
        assert!(
            !html.contains("Suggest a change") && !html.contains("Propose a new"),
            "{page}"
        );
    }
}

#[test]
fn hub_schema_works_on_a_hub_with_broken_content() {
    let f = Fixture::new("mini");
    f.write("content/glossary/broken.md", "---\nterm: [unclosed\n---\n");
    f.write("content/case-studies/no-front-matter.md", "Just text.\n");
    assert!(
        hub::check(&f.root()).iter().any(|d| d.is_error()),
        "the hub is broken"
    );
    let schemas = hub::schemas(&f.root()).expect("schemas depend on data/, not on content");
    let term = schemas
        .iter()
        .find(|(name, _)| name == "glossary-term.schema.json")
        .unwrap();
    assert!(
        term.1.contains("link-worker"),
        "ids of the records that parse are offered"
    );
    // A broken vocabulary still stops it: the schemas are made from it.
    f.write("data/settings.yaml", "- { id: [broken\n");
    assert!(hub::schemas(&f.root()).is_err());
}

#[test]
fn hub_init_creates_a_hub_that_checks_and_builds_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("new-hub");
    let out = hub().arg("init").arg(&root).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for f in [
        "hub.yaml",
        "data/countries.yaml",
        "content/glossary/social-prescribing.md",
        "content/case-studies/neuchatel-museum-prescriptions.md",
        "content/evidence/bickerdike-2017-systematic-review.md",
        "content/champions/example-champion.md",
        "content/pages/about.md",
    ] {
        assert!(root.join(f).is_file(), "{f}");
    }
    // Checked as of a fixed day, so that the examples' review dates do not age the test.
    let check = hub()
        .args(["check", "--deny-warnings", "--root"])
        .arg(&root)
        .env("SOURCE_DATE_EPOCH", "1796083200") // 2026-12-01
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "{}{}",
        String::from_utf8_lossy(&check.stdout),
        String::from_utf8_lossy(&check.stderr)
    );
    let build = hub()
        .args(["build", "--root"])
        .arg(&root)
        .arg("--output")
        .arg(dir.path().join("site"))
        .output()
        .unwrap();
    assert!(
        build.status.success(),
        "{}",
        String::from_utf8_lossy(&build.stderr)
    );
    assert!(
        dir.path()
            .join("site/glossary/social-prescribing/index.html")
            .is_file()
    );
    // A second init never writes over a hub.
    let again = hub().arg("init").arg(&root).output().unwrap();
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("is not empty"));
}
