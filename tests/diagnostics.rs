//! Broken input: every problem is reported at once, with its position and a suggestion,
//! and a failed build leaves the previous site untouched.

mod common;

use common::{Fixture, files_under};
use hub::diagnostics::Diagnostic;
use std::path::Path;
use std::process::Command;

fn break_five_files(f: &Fixture) {
    // 1. an unknown key (typo)
    f.write(
        "content/case-studies/bad-key.md",
        "---\ntitle: Bad key\ndate: 2024-01-01\ncontry: GB\ncountry: GB\nplace: X\nsetting: community\nstatus: active\nmodel: link worker\npopulation: All\nsummary: S\nsources: [{ title: T }]\n---\n",
    );
    // 2. an unknown country code
    f.write(
        "content/case-studies/bad-country.md",
        "---\ntitle: Bad country\ndate: 2024-01-01\ncountry: KEN\nplace: X\nsetting: community\nstatus: active\nmodel: link worker\npopulation: All\nsummary: S\nsources: [{ title: T }]\n---\n",
    );
    // 3. a YAML syntax error
    f.write(
        "content/evidence/bad-yaml.md",
        "---\ntitle: Bad yaml\nyear: [2014\n---\n",
    );
    // 4. an unknown term id in broader
    f.write(
        "content/glossary/bad-ref.md",
        "---\nterm: Bad reference\ndefinition: D.\nbroader: [social-prescibing]\nsources: [{ title: T }]\n---\n",
    );
    // 5. an unknown wiki-link target in a body
    f.write(
        "content/pages/bad-link.md",
        "---\ntitle: Bad link\n---\nFirst line.\n\nSee the [[link wroker]] page.\n",
    );
}

fn find<'a>(diags: &'a [Diagnostic], file: &str) -> &'a Diagnostic {
    diags
        .iter()
        .find(|d| d.file == Path::new(file))
        .unwrap_or_else(|| panic!("no diagnostic for {file}: {diags:#?}"))
}

#[test]
fn five_broken_files_give_five_positioned_errors_and_keep_the_old_site() {
    let f = Fixture::new("mini");
    f.build().expect("the fixture builds before it is broken");
    let before: Vec<(String, Vec<u8>)> = files_under(&f.out())
        .into_iter()
        .map(|p| {
            let b = std::fs::read(f.out().join(&p)).unwrap();
            (p, b)
        })
        .collect();

    break_five_files(&f);
    let Err(hub::BuildError::Invalid(diags)) = f.build() else {
        panic!("the broken hub must not build")
    };
    let errors: Vec<&Diagnostic> = diags.iter().filter(|d| d.is_error()).collect();
    assert_eq!(errors.len(), 5, "{errors:#?}");

    let d = find(&diags, "content/case-studies/bad-key.md");
    assert_eq!((d.line, d.col), (4, 1));
    assert!(d.message.contains("contry"), "{d:?}");
    assert_eq!(d.help.as_deref(), Some("did you mean `country`?"));

    let d = find(&diags, "content/case-studies/bad-country.md");
    assert_eq!((d.line, d.col), (4, 10));
    assert!(d.message.contains("`KEN` is not a country code"), "{d:?}");
    assert_eq!(d.help.as_deref(), Some("did you mean `KE`?"));

    let d = find(&diags, "content/evidence/bad-yaml.md");
    assert!(
        d.line >= 3,
        "the YAML error points into the front matter: {d:?}"
    );

    let d = find(&diags, "content/glossary/bad-ref.md");
    assert_eq!((d.line, d.col), (4, 11));
    assert_eq!(
        d.help.as_deref(),
        Some("did you mean `social-prescribing`?")
    );

    let d = find(&diags, "content/pages/bad-link.md");
    assert_eq!((d.line, d.col), (6, 9));
    assert!(d.message.contains("[[link wroker]]"));
    assert_eq!(d.help.as_deref(), Some("did you mean `link worker`?"));

    let after: Vec<(String, Vec<u8>)> = files_under(&f.out())
        .into_iter()
        .map(|p| {
            let b = std::fs::read(f.out().join(&p)).unwrap();
            (p, b)
        })
        .collect();
    assert_eq!(before, after, "the previous site is untouched");
    let leftovers: Vec<_> = std::fs::read_dir(f.dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name())
        .filter(|n| n.to_string_lossy().starts_with(".public"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "no staging folders left: {leftovers:?}"
    );
}

#[test]
fn front_matter_problems_are_reported() {
    let f = Fixture::new("mini");
    f.write("content/pages/no-front-matter.md", "Just text.\n");
    f.write("content/pages/unclosed.md", "---\ntitle: Open\n");
    f.write("content/pages/Bad Name.md", "---\ntitle: Bad name\n---\n");
    f.write(
        "content/champions/wrong-type.md",
        "---\nname: X\nprofession: nurse\nsetting: community\ncountry: GB\ncohort: twenty\n---\n",
    );
    f.write(
        "content/champions/missing.md",
        "---\nname: X\nsetting: community\ncountry: GB\n---\n",
    );
    f.write(
        "content/champions/vocab.md",
        "---\nname: X\nprofession: nurce\nsetting: community\ncountry: GB\nlanguages: [xx]\n---\n",
    );
    let diags = hub::check(&f.root());
    let d = find(&diags, "content/pages/no-front-matter.md");
    assert_eq!((d.line, d.col), (1, 1));
    assert!(d.message.contains("does not start with front matter"));
    assert!(
        find(&diags, "content/pages/unclosed.md")
            .message
            .contains("never closed")
    );
    assert_eq!(
        find(&diags, "content/pages/Bad Name.md").help.as_deref(),
        Some("ids use lowercase letters, digits and hyphens: rename the file to `bad-name.md`")
    );
    let d = find(&diags, "content/champions/wrong-type.md");
    assert_eq!(d.line, 6, "{d:?}");
    let d = find(&diags, "content/champions/missing.md");
    assert!(d.message.contains("profession"), "{d:?}");
    assert_eq!(
        d.help.as_deref(),
        Some("add `profession:` to the front matter")
    );
    let vocab: Vec<&Diagnostic> = diags
        .iter()
        .filter(|d| d.file == Path::new("content/champions/vocab.md") && d.is_error())
        .collect();
    assert_eq!(
        vocab.len(),
        2,
        "both problems of one file are reported: {vocab:#?}"
    );
    assert!(
        vocab
            .iter()
            .any(|d| d.help.as_deref() == Some("did you mean `nurse`?"))
    );
}

#[test]
fn duplicate_labels_and_deprecated_terms_without_replacement_are_errors() {
    let f = Fixture::new("mini");
    f.write(
        "content/glossary/lw2.md",
        "---\nterm: LINK WORKER\ndefinition: D.\nsources: [{ title: T }]\n---\n",
    );
    f.write(
        "content/glossary/old.md",
        "---\nterm: Old\ndefinition: D.\nstatus: deprecated\nsources: [{ title: T }]\n---\n",
    );
    let diags = hub::check(&f.root());
    let d = find(&diags, "content/glossary/lw2.md");
    assert!(
        d.message.contains("also used by the term `link-worker`"),
        "{d:?}"
    );
    assert!(
        find(&diags, "content/glossary/old.md")
            .message
            .contains("needs `replaced_by`")
    );
}

#[test]
fn template_errors_name_the_template_file_and_line() {
    let f = Fixture::new("mini");
    f.write(
        "themes/default/templates/404.html",
        "{% extends \"base.html\" %}\n{% block content %}\n{{ nope.missing }}\n{% endblock %}\n",
    );
    let diags = hub::check(&f.root());
    let d = diags
        .iter()
        .find(|d| d.file.ends_with("404.html"))
        .unwrap_or_else(|| panic!("{diags:#?}"));
    assert_eq!(d.line, 3, "{d:?}");
    assert!(d.file.starts_with("themes/default/templates"));
}

#[test]
fn the_cli_prints_human_and_github_diagnostics_and_exits_1() {
    let f = Fixture::new("mini");
    break_five_files(&f);
    let hub = env!("CARGO_BIN_EXE_hub");
    let out = Command::new(hub)
        .args(["build", "--root"])
        .arg(f.root())
        .arg("--output")
        .arg(f.out())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("--> content/case-studies/bad-key.md:4:1"),
        "{stderr}"
    );
    assert!(
        stderr.contains("4 | contry: GB"),
        "the source line is shown: {stderr}"
    );
    assert!(
        stderr.contains("= help: did you mean `country`?"),
        "{stderr}"
    );
    assert!(stderr.contains("5 error(s)"), "{stderr}");

    let out = Command::new(hub)
        .args(["check", "--format", "github", "--root"])
        .arg(f.root())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.lines().any(|l| l.starts_with(
            "::error file=content/case-studies/bad-key.md,line=4,col=1::unknown field `contry`"
        )),
        "{stdout}"
    );
    assert_eq!(
        stdout.lines().filter(|l| l.starts_with("::error ")).count(),
        5
    );

    let out = Command::new(hub)
        .args(["check", "--format", "json", "--root"])
        .arg(f.root())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    for line in stdout.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(v["file"].is_string() && v["line"].is_u64() && v["message"].is_string());
    }
}

#[test]
fn the_cli_refuses_to_write_over_the_hub_itself() {
    let f = Fixture::new("mini");
    let hub = env!("CARGO_BIN_EXE_hub");
    for bad in [f.root(), f.root().join("content"), "/".into()] {
        let out = Command::new(hub)
            .args(["build", "--root"])
            .arg(f.root())
            .arg("--output")
            .arg(&bad)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{bad:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("refusing to write"),
            "{bad:?}"
        );
    }
    assert!(f.root().join("content/glossary/link-worker.md").exists());
}

#[test]
fn check_exits_0_with_only_warnings_unless_warnings_are_denied() {
    let f = Fixture::new("mini");
    f.write(
        "content/pages/no-alt.md",
        "---\ntitle: No alt\n---\n![](/static/favicon.svg)\n",
    );
    let run = |extra: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_hub"))
            .args(["check", "--root"])
            .arg(f.root())
            .args(extra)
            .output()
            .unwrap()
    };
    let out = run(&[]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("warning: an image has no alt text"));
    assert_eq!(run(&["--deny-warnings"]).status.code(), Some(1));
}
