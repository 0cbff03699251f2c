//! `hub init [DIR]`: a new, empty hub that builds and checks cleanly, so that another
//! network can start its own: an explained hub.yaml, the vocabularies of `data/`, and one
//! example of each kind of record (real, sourced records from this hub, and an example
//! champion marked as such).

use std::path::{Path, PathBuf};

macro_rules! files {
    ($($to:literal => $from:literal),* $(,)?) => {
        &[$(($to, include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/", $from)))),*]
    };
}

/// Every file of a new hub: (path in the new hub, contents).
const STARTER: &[(&str, &str)] = files!(
    "hub.yaml" => "starter/hub.yaml",
    "data/countries.yaml" => "data/countries.yaml",
    "data/who-regions.yaml" => "data/who-regions.yaml",
    "data/languages.yaml" => "data/languages.yaml",
    "data/professions.yaml" => "data/professions.yaml",
    "data/study-designs.yaml" => "data/study-designs.yaml",
    "data/settings.yaml" => "data/settings.yaml",
    "data/models.yaml" => "data/models.yaml",
    "data/code-systems.yaml" => "data/code-systems.yaml",
    "data/world-map.json" => "data/world-map.json",
    "content/glossary/social-prescribing.md" => "starter/content/glossary/social-prescribing.md",
    "content/case-studies/neuchatel-museum-prescriptions.md" => "content/case-studies/neuchatel-museum-prescriptions.md",
    "content/evidence/bickerdike-2017-systematic-review.md" => "content/evidence/bickerdike-2017-systematic-review.md",
    "content/champions/example-champion.md" => "starter/content/champions/example-champion.md",
    "content/pages/about.md" => "starter/content/pages/about.md",
);

/// Why a hub could not be created.
#[derive(Debug, thiserror::Error)]
pub enum InitError {
    /// The folder already holds files.
    #[error("{0} is not empty: hub init only writes into a new or empty folder")]
    NotEmpty(PathBuf),
    /// A file could not be written.
    #[error("cannot write the new hub: {0}")]
    Io(#[from] std::io::Error),
}

/// Writes a new hub into `dir` (created if missing; it must be empty). Returns the files.
pub fn init(dir: &Path) -> Result<Vec<PathBuf>, InitError> {
    if dir.exists() && std::fs::read_dir(dir)?.next().is_some() {
        return Err(InitError::NotEmpty(dir.to_path_buf()));
    }
    let mut written = Vec::new();
    for (path, text) in STARTER {
        let to = dir.join(path);
        if let Some(parent) = to.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&to, text)?;
        written.push(to);
    }
    Ok(written)
}
