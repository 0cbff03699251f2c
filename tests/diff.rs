//! `hub diff <ref>` on a git repository made in the test: records added, removed, renamed
//! and changed field by field, and the problems a change introduces.

mod common;

use common::{Fixture, hub};
use std::path::Path;
use std::process::Command;

fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn hub_diff(dir: &Path, format: &str) -> String {
    let out = hub()
        .args(["diff", "HEAD", "--format", format, "--root"])
        .arg(dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn diff_reports_content_changes_against_a_git_ref() {
    let f = Fixture::new("mini");
    let dir = f.root();
    git(&dir, &["init", "-q", "-b", "main"]);
    git(
        &dir,
        &[
            "-c",
            "user.name=T",
            "-c",
            "user.email=t@example.org",
            "add",
            ".",
        ],
    );
    git(
        &dir,
        &[
            "-c",
            "user.name=T",
            "-c",
            "user.email=t@example.org",
            "commit",
            "-q",
            "-m",
            "base",
        ],
    );
    assert!(hub_diff(&dir, "human").contains("no record changed"));

    // A relabelled term, a new case study, a renamed champion, a removed page, a new problem.
    let term = f.read_source("content/glossary/link-worker.md");
    f.write(
        "content/glossary/link-worker.md",
        &term.replace("term: Link worker", "term: Link practitioner"),
    );
    let japan = f.read_source("content/case-studies/japan.md");
    f.write(
        "content/case-studies/japan-2.md",
        &(japan.replace(
            "Social prescribing against loneliness in Japan",
            "A second Japanese programme",
        ) + "\nSee the [[link wroker]] entry.\n"),
    );
    std::fs::rename(
        dir.join("content/champions/ben-example.md"),
        dir.join("content/champions/ben-example-2.md"),
    )
    .unwrap();
    std::fs::remove_file(dir.join("content/pages/about.md")).unwrap();
    let json: serde_json::Value = serde_json::from_str(&hub_diff(&dir, "json")).unwrap();
    let records = json["records"].as_array().unwrap();
    let find = |id: &str| {
        records
            .iter()
            .find(|r| r["id"] == id)
            .unwrap_or_else(|| panic!("{id} in {records:#?}"))
    };
    let lw = find("link-worker");
    assert_eq!(lw["kind"], "changed");
    assert_eq!(lw["fields"][0]["field"], "term");
    assert_eq!(lw["fields"][0]["old"], "Link worker");
    assert_eq!(lw["fields"][0]["new"], "Link practitioner");
    assert_eq!(find("japan-2")["kind"], "added");
    assert_eq!(find("ben-example-2")["kind"], "renamed");
    assert_eq!(find("ben-example-2")["renamed_from"], "ben-example");
    assert_eq!(find("about")["kind"], "removed");
    assert_eq!(records.len(), 4, "nothing else changed: {records:#?}");
    let problems = json["new_problems"].as_array().unwrap();
    assert!(
        problems
            .iter()
            .any(|p| p["file"] == "content/case-studies/japan-2.md"
                && p["message"].as_str().unwrap().contains("[[link wroker]]")),
        "the broken wiki-link is a new problem: {problems:#?}"
    );
    assert!(
        !problems
            .iter()
            .any(|p| p["file"] == "content/case-studies/japan.md"),
        "problems the ref already had are not new"
    );
    let markdown = hub_diff(&dir, "markdown");
    assert!(
        markdown.contains(
            "| `glossary/link-worker` | changed | `term`: Link worker → Link practitioner |"
        ),
        "{markdown}"
    );
    // The working tree is untouched by reading the ref.
    assert!(!dir.join("content/pages/about.md").exists());
}

#[test]
fn diff_explains_a_bad_ref() {
    let f = Fixture::new("mini");
    let dir = f.root();
    git(&dir, &["init", "-q"]);
    let out = hub()
        .args(["diff", "no-such-ref", "--root"])
        .arg(&dir)
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("cannot read the hub at `no-such-ref` through git")
    );
}
