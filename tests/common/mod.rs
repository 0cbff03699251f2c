//! Helpers shared by the integration tests: copy a fixture hub, build it, read the output.

#![allow(dead_code)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// A fixture hub copied into a temporary folder, so tests may edit it.
pub(crate) struct Fixture {
    pub dir: tempfile::TempDir,
}

impl Fixture {
    /// Copies `tests/fixtures/<name>` into a new temporary folder.
    pub(crate) fn new(name: &str) -> Fixture {
        let src = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name);
        let dir = tempfile::tempdir().expect("temp dir");
        copy_dir(&src, &dir.path().join("hub"));
        Fixture { dir }
    }

    /// The hub root.
    pub(crate) fn root(&self) -> PathBuf {
        self.dir.path().join("hub")
    }

    /// The default output folder (beside the hub, inside the temp dir).
    pub(crate) fn out(&self) -> PathBuf {
        self.dir.path().join("public")
    }

    /// Writes `text` to `rel` under the hub root.
    pub(crate) fn write(&self, rel: &str, text: &str) {
        let path = self.root().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    /// Builds with default options into `out()`.
    pub(crate) fn build(&self) -> Result<hub::BuildReport, hub::BuildError> {
        self.build_with(None)
    }

    /// Builds with an optional base URL.
    pub(crate) fn build_with(
        &self,
        base_url: Option<&str>,
    ) -> Result<hub::BuildReport, hub::BuildError> {
        hub::build(&hub::BuildOptions {
            precompress: false,
            root: self.root(),
            output: self.out(),
            base_url: base_url.map(str::to_string),
            drafts: false,
            force: false,
        })
    }

    /// Reads a file of the fixture's sources (relative to its root).
    pub(crate) fn read_source(&self, rel: &str) -> String {
        std::fs::read_to_string(self.root().join(rel)).unwrap()
    }

    /// Reads an output file as text.
    pub(crate) fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.out().join(rel))
            .unwrap_or_else(|e| panic!("reading {rel}: {e}"))
    }
}

fn copy_dir(src: &Path, dst: &Path) {
    for entry in walkdir::WalkDir::new(src) {
        let entry = entry.unwrap();
        let rel = entry.path().strip_prefix(src).unwrap();
        let target = dst.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// Every file under `dir`, as relative paths with `/`.
pub(crate) fn files_under(dir: &Path) -> BTreeSet<String> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            e.path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/")
        })
        .collect()
}

/// The values of every `href="…"` and `src="…"` attribute in `html`, unescaped.
pub(crate) fn links_in(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for attr in ["href=\"", "src=\""] {
        let mut rest = html;
        while let Some(i) = rest.find(attr) {
            rest = &rest[i + attr.len()..];
            let end = rest.find('"').unwrap_or(rest.len());
            out.push(rest[..end].replace("&amp;", "&").replace("&#x2f;", "/"));
            rest = &rest[end..];
        }
    }
    out
}

/// Checks that every internal link (starting with `base_path`) of every HTML file under
/// `out` points at a file that was written. Returns the broken ones as (page, link).
pub(crate) fn broken_internal_links(out: &Path, base_path: &str) -> Vec<(String, String)> {
    let files = files_under(out);
    let mut broken = Vec::new();
    for page in files.iter().filter(|f| f.ends_with(".html")) {
        let html = std::fs::read_to_string(out.join(page)).unwrap();
        for link in links_in(&html) {
            if !link.starts_with('/') || link.starts_with("//") {
                continue;
            }
            let path = link.split(['#', '?']).next().unwrap();
            let Some(rel) = path.strip_prefix(base_path) else {
                broken.push((page.clone(), link.clone()));
                continue;
            };
            let target = if rel.is_empty() || rel.ends_with('/') {
                format!("{rel}index.html")
            } else {
                rel.to_string()
            };
            if !files.contains(&target) {
                broken.push((page.clone(), link.clone()));
            }
        }
    }
    broken
}

/// Builds the shipped hub (this repository) into a temporary folder: (the folder, which
/// removes it when dropped, and the site inside it).
pub(crate) fn shipped_build() -> (tempfile::TempDir, PathBuf) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = tempfile::tempdir().unwrap();
    let output = out.path().join("site");
    hub::build(&hub::BuildOptions {
        precompress: false,
        root: root.into(),
        output: output.clone(),
        base_url: None,
        drafts: false,
        force: false,
    })
    .unwrap();
    (out, output)
}

/// The `hub` binary built for these tests, ready for arguments.
pub(crate) fn hub() -> std::process::Command {
    std::process::Command::new(env!("CARGO_BIN_EXE_hub"))
}

/// The Python of `target/py`, with the independent checkers of tests/python/requirements.txt
/// (rdflib, pyshacl, fhir.resources, icalendar), or `None` when those checks are skipped on
/// purpose (HUB_SKIP_PYTHON_TESTS).
pub(crate) fn checker_python() -> Option<PathBuf> {
    let python = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/py/bin/python");
    if python.exists() {
        return Some(python);
    }
    assert!(
        std::env::var_os("HUB_SKIP_PYTHON_TESTS").is_some(),
        "target/py is missing: run ./scripts/test (it installs the checkers), or set HUB_SKIP_PYTHON_TESTS=1"
    );
    None
}

/// The concept `id` (its `skos:notation`) of the glossary's SKOS JSON-LD export.
pub(crate) fn skos_concept<'a>(skos: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    skos["@graph"]
        .as_array()
        .expect("the export has a @graph")
        .iter()
        .find(|c| c["skos:notation"] == id)
        .unwrap_or_else(|| panic!("no concept `{id}` in the export"))
}
