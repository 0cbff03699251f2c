//! Themes: the built-in default theme (compiled into the binary) overlaid with a site's
//! own `themes/<name>/templates/` and `themes/<name>/static/` files.

use crate::diagnostics::Diagnostic;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The default theme, compiled in so that any hub builds without a theme folder: every
/// file under `themes/default/templates/` and `themes/default/static/`, so a new template
/// (a new collection's, say) needs no list to be kept here.
static DEFAULT_THEME: include_dir::Dir<'_> =
    include_dir::include_dir!("$CARGO_MANIFEST_DIR/themes/default");

/// The default theme's files under `kind` (`templates` or `static`): path below it, bytes.
fn default_files(kind: &str) -> Vec<(String, &'static [u8])> {
    let mut files = Vec::new();
    let mut stack: Vec<&include_dir::Dir<'_>> = DEFAULT_THEME.get_dir(kind).into_iter().collect();
    while let Some(dir) = stack.pop() {
        stack.extend(dir.dirs());
        for f in dir.files() {
            let rel = f.path().strip_prefix(kind).unwrap_or(f.path());
            files.push((rel.to_string_lossy().replace('\\', "/"), f.contents()));
        }
    }
    files.sort();
    files
}

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
    /// Interface catalogues (`i18n/<language>.ftl`): the built-in one, then the site
    /// theme's, whose messages override it. Each with the file it was read from.
    pub catalogues: BTreeMap<String, Vec<(PathBuf, String)>>,
}

impl Theme {
    /// The built-in theme overlaid with `root/themes/<name>/`.
    pub fn load(root: &Path, name: &str, diagnostics: &mut Vec<Diagnostic>) -> Theme {
        let mut theme = Theme::default();
        for (file, bytes) in default_files("templates") {
            theme.template_files.insert(
                file.clone(),
                Path::new("themes/default/templates").join(&file),
            );
            theme
                .templates
                .insert(file, String::from_utf8_lossy(bytes).into_owned());
        }
        for (file, bytes) in default_files("static") {
            theme.static_files.insert(file, bytes.to_vec());
        }
        for (file, bytes) in default_files("i18n") {
            theme.add_catalogue(
                &file,
                Path::new("themes/default/i18n").join(&file),
                String::from_utf8_lossy(bytes).into_owned(),
            );
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
        for (rel, path) in files_under(&dir.join("i18n")) {
            let shown = path.strip_prefix(root).unwrap_or(&path).to_path_buf();
            match std::fs::read_to_string(&path) {
                Ok(text) => theme.add_catalogue(&rel, shown, text),
                Err(e) => diagnostics.push(Diagnostic::error(
                    shown,
                    0,
                    0,
                    format!("cannot read the catalogue: {e}"),
                )),
            }
        }
        theme
    }

    /// Files named `<language>.ftl` are catalogues; anything else in `i18n/` is ignored.
    fn add_catalogue(&mut self, file: &str, shown: PathBuf, text: String) {
        if let Some(language) = file.strip_suffix(".ftl").filter(|l| !l.contains('/')) {
            self.catalogues
                .entry(language.to_string())
                .or_default()
                .push((shown, text));
        }
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
