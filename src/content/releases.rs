//! Released versions of the glossary: `releases/<version>/`, written by `hub release` and
//! committed by the editors like a lock file. Each holds `release.json` (version and date)
//! and the glossary's exports as they were released.

use crate::diagnostics::Diagnostic;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The files of a release, as `hub release` writes them.
pub const RELEASE_FILES: [&str; 4] = [
    "release.json",
    "glossary.json",
    "glossary.jsonld",
    "glossary.ttl",
];

/// `releases/<version>/release.json`.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct ReleaseInfo {
    /// The version, as the editors named it (e.g. `2026.1` or `1.0.0`).
    pub version: String,
    /// The day it was released (YYYY-MM-DD).
    pub date: String,
}

/// A term as it was released (the fields of `glossary.json` that releases compare).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct ReleasedTerm {
    /// The term's id.
    pub id: String,
    /// Its preferred label.
    pub term: String,
    /// Its definition.
    pub definition: String,
    /// agreed, proposed or deprecated.
    pub status: String,
    /// The term that replaces a deprecated one.
    #[serde(default)]
    pub replaced_by: Option<String>,
}

/// One released version of the glossary.
#[derive(Debug, Clone)]
pub struct Release {
    /// Version and date.
    pub info: ReleaseInfo,
    /// Every term of the release, by id order.
    pub terms: Vec<ReleasedTerm>,
    /// The release's files (name, bytes), published under `/glossary/releases/<version>/`.
    pub files: Vec<(String, Vec<u8>)>,
}

impl Release {
    /// The released term `id`, if the release has it.
    pub fn term(&self, id: &str) -> Option<&ReleasedTerm> {
        self.terms
            .binary_search_by(|t| t.id.as_str().cmp(id))
            .ok()
            .map(|i| &self.terms[i])
    }
}

/// True for a version name that is safe as a folder and URL segment.
pub fn is_valid_version(version: &str) -> bool {
    !version.is_empty()
        && version.len() <= 40
        && !version.starts_with('.')
        && version
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
}

#[derive(Deserialize)]
struct GlossaryFile {
    terms: Vec<ReleasedTerm>,
}

/// Every release under `root/releases/`, oldest first. Problems are pushed to `diagnostics`.
pub fn load_releases(root: &Path, diagnostics: &mut Vec<Diagnostic>) -> Vec<Release> {
    let dir = root.join("releases");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut releases = Vec::new();
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        if !path.is_dir() {
            continue;
        }
        let shown = Path::new("releases").join(entry.file_name());
        match load_release(&path) {
            Ok(release) => releases.push(release),
            Err(message) => diagnostics.push(Diagnostic::error(&shown, 0, 0, message).with_help(
                "a release folder is written by `hub release`; restore it from version control",
            )),
        }
    }
    releases.sort_by(|a, b| {
        (a.info.date.as_str(), a.info.version.as_str())
            .cmp(&(b.info.date.as_str(), b.info.version.as_str()))
    });
    releases
}

fn load_release(dir: &Path) -> Result<Release, String> {
    let read =
        |name: &str| std::fs::read(dir.join(name)).map_err(|e| format!("cannot read {name}: {e}"));
    let info: ReleaseInfo = serde_json::from_slice(&read("release.json")?)
        .map_err(|e| format!("release.json is not valid: {e}"))?;
    let folder = dir.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    if info.version != folder || !is_valid_version(&info.version) {
        return Err(format!(
            "release.json names version `{}` but the folder is `{folder}`",
            info.version
        ));
    }
    let glossary: GlossaryFile = serde_json::from_slice(&read("glossary.json")?)
        .map_err(|e| format!("glossary.json is not valid: {e}"))?;
    let mut terms = glossary.terms;
    terms.sort_by(|a, b| a.id.cmp(&b.id));
    let mut files = Vec::new();
    for name in RELEASE_FILES {
        files.push((name.to_string(), read(name)?));
    }
    Ok(Release { info, terms, files })
}
