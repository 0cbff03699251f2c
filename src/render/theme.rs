//! Themes: the built-in default theme (compiled into the binary) overlaid with a site's
//! own `themes/<name>/templates/` and `themes/<name>/static/` files.

use crate::diagnostics::Diagnostic;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

macro_rules! embed {
    ($kind:literal, $($name:literal),* $(,)?) => {
        &[$(($name, include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/themes/default/", $kind, "/", $name)) as &[u8])),*]
    };
}

/// The default theme's templates, compiled in so that any hub builds without a theme folder.
const DEFAULT_TEMPLATES: &[(&str, &[u8])] = embed!(
    "templates",
    "base.html",
    "macros.html",
    "home.html",
    "glossary.html",
    "glossary_lang.html",
    "term.html",
    "case_studies.html",
    "case_study.html",
    "country.html",
    "evidence_index.html",
    "evidence.html",
    "champions.html",
    "champion.html",
    "page.html",
    "contribute.html",
    "404.html",
    "search.html",
    "releases.html",
    "release.html",
);

/// The default theme's static assets.
const DEFAULT_STATIC: &[(&str, &[u8])] = embed!("static", "style.css", "hub.js", "favicon.svg");

/// A theme's templates (name → source, with where each came from) and static files.
#[derive(Debug, Clone, Default)]
pub struct Theme {
    /// Template sources by name.
    pub templates: BTreeMap<String, String>,
    /// Where each template was read from (for error positions); built-in ones map to
    /// `themes/default/templates/<name>`.
    pub template_files: BTreeMap<String, PathBuf>,
    /// Static files by path relative to `static/`.
    pub static_files: BTreeMap<String, Vec<u8>>,
}

impl Theme {
    /// The built-in theme overlaid with `root/themes/<name>/`.
    pub fn load(root: &Path, name: &str, diagnostics: &mut Vec<Diagnostic>) -> Theme {
        let mut theme = Theme::default();
        for (file, bytes) in DEFAULT_TEMPLATES {
            theme
                .templates
                .insert((*file).into(), String::from_utf8_lossy(bytes).into_owned());
            theme.template_files.insert(
                (*file).into(),
                Path::new("themes/default/templates").join(file),
            );
        }
        for (file, bytes) in DEFAULT_STATIC {
            theme.static_files.insert((*file).into(), bytes.to_vec());
        }
        let dir = root.join("themes").join(name);
        for (rel, path) in files_under(&dir.join("templates")) {
            let shown = path.strip_prefix(root).unwrap_or(&path).to_path_buf();
            match std::fs::read_to_string(&path) {
                Ok(text) => {
                    theme.templates.insert(rel.clone(), text);
                    theme.template_files.insert(rel, shown);
                }
                Err(e) => diagnostics.push(Diagnostic::error(
                    shown,
                    0,
                    0,
                    format!("cannot read the template: {e}"),
                )),
            }
        }
        for (rel, path) in files_under(&dir.join("static")) {
            match std::fs::read(&path) {
                Ok(bytes) => {
                    theme.static_files.insert(rel, bytes);
                }
                Err(e) => diagnostics.push(Diagnostic::error(
                    path.strip_prefix(root).unwrap_or(&path),
                    0,
                    0,
                    format!("cannot read the file: {e}"),
                )),
            }
        }
        theme
    }
}

/// Regular files under `dir` (not following symlinks), as (relative path with `/`, full path).
fn files_under(dir: &Path) -> Vec<(String, PathBuf)> {
    let mut out = Vec::new();
    for entry in walkdir::WalkDir::new(dir)
        .follow_links(false)
        .into_iter()
        .filter_map(Result::ok)
    {
        if !entry.file_type().is_file() {
            continue;
        }
        let Ok(rel) = entry.path().strip_prefix(dir) else {
            continue;
        };
        let rel: Vec<String> = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        if rel.iter().any(|c| c.starts_with('.')) {
            continue;
        }
        out.push((rel.join("/"), entry.path().to_path_buf()));
    }
    out.sort();
    out
}
