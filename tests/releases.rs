//! `hub release` freezes the glossary; the site publishes every release with what changed,
//! term pages show their history, and a released term can be deprecated but never removed.

mod common;

use common::{Fixture, hub};

fn release(f: &Fixture, version: &str, date: &str) -> std::process::Output {
    hub()
        .args(["release", version, "--date", date, "--root"])
        .arg(f.root())
        .output()
        .unwrap()
}

fn edit(f: &Fixture, rel: &str, from: &str, to: &str) {
    let text = f.read_source(rel);
    assert!(text.contains(from), "{rel} has no `{from}`");
    f.write(rel, &text.replacen(from, to, 1));
}

#[test]
fn releases_freeze_the_glossary_and_the_site_shows_what_changed() {
    let f = Fixture::new("mini");
    assert!(release(&f, "1.0", "2026-01-15").status.success());
    let frozen = f.read_source("releases/1.0/glossary.json");
    assert!(frozen.contains("\"id\": \"link-worker\""));

    edit(
        &f,
        "content/glossary/link-worker.md",
        "term: Link worker",
        "term: Social prescribing link worker role",
    );
    edit(
        &f,
        "content/glossary/link-worker.md",
        "aliases: [social prescribing link worker]",
        "aliases: []",
    );
    edit(
        &f,
        "content/glossary/link-worker.md",
        "gives people time and co-produces",
        "gives people time, listens and co-produces",
    );
    let out = release(&f, "1.1", "2026-03-01");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let again = release(&f, "1.1", "2026-03-02");
    assert!(!again.status.success(), "a release is never rewritten");
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
    assert_eq!(
        f.read_source("releases/1.0/glossary.json"),
        frozen,
        "1.0 is untouched"
    );

    let changelog = f.read_source("releases/CHANGELOG.md");
    let (new, old) = (
        changelog.find("## 1.1").unwrap(),
        changelog.find("## 1.0").unwrap(),
    );
    assert!(new < old, "newest first");
    assert!(changelog.contains("`link-worker` (Social prescribing link worker role): label changed from “Link worker” to “Social prescribing link worker role”; definition changed"), "{changelog}");

    f.build().unwrap();
    let page = f.read("glossary/releases/1.1/index.html");
    assert!(page.contains("Changes since release <a href=\"/glossary/releases/1.0/\">1.0</a>"));
    assert!(
        page.contains("<del>time</del><ins>time,</ins><ins> </ins><ins>listens</ins>"),
        "a word-level diff: {page}"
    );
    assert!(
        !page.contains("what-matters-to-you"),
        "unchanged terms are not listed"
    );
    assert_eq!(
        std::fs::read(f.out().join("glossary/releases/1.0/glossary.ttl")).unwrap(),
        std::fs::read(f.root().join("releases/1.0/glossary.ttl")).unwrap(),
        "the release's files are published as frozen"
    );
    let term = f.read("glossary/link-worker/index.html");
    assert!(term.contains("Added in release <a href=\"/glossary/releases/1.0/\">1.0</a>"));
    assert!(term.contains("Release <a href=\"/glossary/releases/1.1/\">1.1</a> (<time datetime=\"2026-03-01\">2026-03-01</time>): label changed"));
    let skos = f.read("api/glossary.jsonld");
    assert!(skos.contains("\"owl:versionInfo\": \"1.1\""));
    assert!(skos.contains("Added in release 1.0 (2026-01-15)."));
    let index = f.read("glossary/releases/index.html");
    assert!(
        index.contains("The glossary is as in release 1.1."),
        "{index}"
    );
}

#[test]
fn a_released_term_can_be_deprecated_but_not_removed() {
    let f = Fixture::new("mini");
    assert!(release(&f, "1.0", "2026-01-15").status.success());
    std::fs::remove_file(f.root().join("content/glossary/what-matters-to-you.md")).unwrap();
    let diags = hub::check(&f.root());
    let removed = diags
        .iter()
        .find(|d| {
            d.message
                .contains("was released in 1.0 and cannot be removed")
        })
        .unwrap_or_else(|| panic!("{diags:#?}"));
    assert!(removed.is_error());
    assert_eq!(
        removed.file,
        std::path::Path::new("content/glossary/what-matters-to-you.md")
    );
    let out = release(&f, "1.1", "2026-02-01");
    assert!(
        !out.status.success(),
        "nothing is released while the hub has errors"
    );
    assert!(!f.root().join("releases/1.1").exists());

    // Deprecating it instead is fine, and the next release says so.
    f.write(
        "content/glossary/what-matters-to-you.md",
        "---\nterm: What matters to you conversation\naliases: [what matters to you]\ndefinition: D.\nstatus: deprecated\nreplaced_by: link-worker\nrelated: [link-worker]\nsources: [{ title: T, url: \"https://example.org/wmty\" }]\nreviewed: 2026-11-29\n---\nKept for its IRI.\n",
    );
    assert!(!hub::check(&f.root()).iter().any(|d| d.is_error()));
    assert!(release(&f, "1.1", "2026-02-01").status.success());
    f.build().unwrap();
    let page = f.read("glossary/releases/1.1/index.html");
    assert!(page.contains("deprecated, replaced by `link-worker`: use <a href=\"/glossary/link-worker/\">Link worker</a>"), "{page}");
}
