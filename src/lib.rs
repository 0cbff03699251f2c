//! `hub`: builds the social prescribing knowledge hub — glossary, case studies, evidence
//! and champion directory — from Markdown and YAML into a static site.
//!
//! The pipeline runs one way, and [`render_in_memory_with`] wires it in that order:
//! [`content`] (load) → [`site`] (model) → [`link`] (bodies with terms linked) → [`render`]
//! (pages, feeds, exports) → [`search`] (the index, from the rendered pages) → [`output`]
//! (write). [`build`] runs all of it; [`check`] stops before writing.

pub mod collections;
pub mod config;
pub mod content;
pub mod diagnostics;
pub mod diff;
pub mod i18n;
pub mod init;
pub mod link;
pub mod output;
pub mod precompress;
pub mod render;
pub mod scaffold;
pub mod schema;
pub mod search;
pub mod serve;
pub mod site;

use diagnostics::Diagnostic;
use output::OutputFile;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Time spent in each stage of a build.
#[derive(Debug, Clone, Copy, Default)]
pub struct Timings {
    /// Reading and parsing files, building and validating the model.
    pub load: std::time::Duration,
    /// Markdown with term linking, wiki-links and backlinks.
    pub link: std::time::Duration,
    /// Templates, feeds and exports.
    pub render: std::time::Duration,
    /// The pages in the site's other languages, and every page's language links.
    pub languages: std::time::Duration,
    /// The search index.
    pub search: std::time::Duration,
    /// Writing the output.
    pub write: std::time::Duration,
}

impl std::fmt::Display for Timings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let ms = |d: std::time::Duration| d.as_secs_f64() * 1000.0;
        write!(
            f,
            "load {:.1} ms · link {:.1} ms · render {:.1} ms · languages {:.1} ms · search index {:.1} ms · write {:.1} ms",
            ms(self.load),
            ms(self.link),
            ms(self.render),
            ms(self.languages),
            ms(self.search),
            ms(self.write)
        )
    }
}

/// What to build and where.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// The hub's folder (with `hub.yaml`, `content/`, `data/`).
    pub root: PathBuf,
    /// Where the site goes; relative paths are relative to the current directory.
    pub output: PathBuf,
    /// Overrides `base_url` of `hub.yaml`.
    pub base_url: Option<String>,
    /// Include records marked `draft: true`.
    pub drafts: bool,
    /// Replace an output directory that was not written by hub.
    pub force: bool,
    /// Also write a `.br` and a `.gz` copy beside each text file.
    pub precompress: bool,
}

/// A successful build.
#[derive(Debug, Clone)]
pub struct BuildReport {
    /// Files written.
    pub files: usize,
    /// HTML pages among them.
    pub pages: usize,
    /// Files whose bytes did not change since the previous build (kept, not rewritten).
    pub unchanged: usize,
    /// Warnings found.
    pub warnings: Vec<Diagnostic>,
    /// Wall time in milliseconds.
    pub millis: u128,
    /// Time per stage.
    pub timings: Timings,
}

/// Why a build failed.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    /// The sources have errors; nothing was written.
    #[error("the hub has {} error(s); nothing was written", .0.iter().filter(|d| d.is_error()).count())]
    Invalid(Vec<Diagnostic>),
    /// The site could not be written; the previous output is untouched.
    #[error(transparent)]
    Output(#[from] output::OutputError),
}

/// The result of loading, validating and rendering a hub in memory.
pub struct Rendered {
    /// Every output file.
    pub files: Vec<output::OutputFile>,
    /// Every problem found (errors and warnings).
    pub diagnostics: Vec<Diagnostic>,
    /// Time spent per stage.
    pub timings: Timings,
    /// The site configuration, when `hub.yaml` could be read.
    pub config: Option<config::Config>,
    /// The model and templates the files were rendered from, kept by the live preview to
    /// re-render a single edited page quickly (and by `hub diff` and `hub release`).
    pub(crate) model: Option<Model>,
}

impl Rendered {
    /// The validated model the files were rendered from, when the hub loaded.
    pub fn site(&self) -> Option<&site::Site> {
        self.model.as_ref().map(|m| &m.site)
    }
}

/// A loaded hub ready to render: the validated model and the compiled templates.
pub(crate) struct Model {
    /// All records and indexes.
    pub(crate) site: site::Site,
    /// The theme's templates.
    pub(crate) templates: render::templates::Templates,
    /// The rendered body of every record, for re-rendering pages after one edit.
    pub(crate) bodies: link::Bodies,
    /// The term linker built from the glossary.
    pub(crate) linker: link::Linker,
}

/// Loads, validates and renders the hub at `root` without writing anything.
pub fn render_in_memory(root: &Path, base_url: Option<&str>, drafts: bool) -> Rendered {
    render_in_memory_with(root, base_url, drafts, true)
}

/// Like [`render_in_memory`]; `with_search: false` leaves out the search index (the live
/// preview builds it in the background after showing the pages).
pub fn render_in_memory_with(
    root: &Path,
    base_url: Option<&str>,
    drafts: bool,
    with_search: bool,
) -> Rendered {
    run_pipeline(root, base_url, drafts, with_search, true)
}

/// The pipeline. Without `keep_model` (a build that only writes the files) the model, the
/// linked bodies and the templates are dropped before the search stage, which then has the
/// memory they held (a third of the peak at 100,000 records).
fn run_pipeline(
    root: &Path,
    base_url: Option<&str>,
    drafts: bool,
    with_search: bool,
    keep_model: bool,
) -> Rendered {
    let started = Instant::now();
    let mut timings = Timings::default();
    let mut diagnostics = Vec::new();
    let config = match config::Config::load(root) {
        Ok(mut c) => {
            if let Some(url) = base_url {
                c.base_url = url.to_string();
            }
            Some(c)
        }
        Err(d) => {
            diagnostics.push(d);
            None
        }
    };
    let vocab = content::Vocabularies::load(root, &mut diagnostics);
    let records = collections::load_all(root, &mut diagnostics);
    let translations = collections::load_translations(root, &mut diagnostics);
    let releases = content::releases::load_releases(root, &mut diagnostics);
    let Some(config) = config else {
        return Rendered {
            files: Vec::new(),
            diagnostics,
            timings,
            config: None,
            model: None,
        };
    };
    // MODEL
    let theme = render::theme::Theme::load(root, &config.theme, &mut diagnostics);
    let mut site = site::Site::new(config, vocab, records, releases, drafts, &mut diagnostics);
    collections::check_translations(&site, &translations, &mut diagnostics);
    site.set_translations(translations);
    let languages = i18n::Language::all(&site.config);
    let codes: Vec<&str> = languages.iter().map(|l| l.code.as_str()).collect();
    let templates = render::templates::Templates::new(
        theme,
        &site.config.base_path(),
        &codes,
        &mut diagnostics,
    );
    templates.catalogues().check(&mut diagnostics);
    timings.load = started.elapsed();
    // LINK: every body rendered with its glossary terms linked.
    let stage = Instant::now();
    let base_path = site.config.base_path();
    let linker = link::Linker::new(site.terms(), &base_path, site.config.autolink);
    let bodies = link::link_bodies(&site, &linker, &base_path, &mut diagnostics, |_, _, _| true);
    timings.link = stage.elapsed();
    // RENDER: pages, feeds and exports.
    let stage = Instant::now();
    let mut files = render::render_site(&site, &templates, &linker, &bodies, &mut diagnostics);
    timings.render = stage.elapsed();
    // LANGUAGES: the site in each other language, then every page's links, alternates and
    // language switcher.
    let stage = Instant::now();
    for language in languages.iter().filter(|l| !l.is_default) {
        let original = render::Original {
            linker: &linker,
            bodies: &bodies,
        };
        let pages = render_in_language(
            root,
            &site,
            &templates,
            original,
            language,
            &files,
            &mut diagnostics,
        );
        files.extend(pages);
    }
    if languages.len() > 1 {
        i18n::localize(&mut files, &site.config, &languages, templates.catalogues());
    }
    timings.languages = stage.elapsed();
    let config = site.config.clone();
    let model = keep_model.then(|| Model {
        site,
        templates,
        bodies,
        linker,
    });
    // SEARCH: the static index, read from the rendered pages.
    let stage = Instant::now();
    if config.search && with_search {
        let mut index = Vec::new();
        for language in &languages {
            let folder = language.prefix().trim_start_matches('/').to_string();
            let pages = files
                .iter()
                .filter(|f| i18n::language_of(&f.path, &languages) == language.code)
                .map(|f| (f.path.as_str(), f.bytes.as_slice()));
            index.extend(
                search::search_index(pages, &language.code)
                    .into_iter()
                    .map(|f| OutputFile {
                        path: if folder.is_empty() {
                            f.path
                        } else {
                            format!("{folder}/{}", f.path)
                        },
                        bytes: f.bytes,
                    }),
            );
        }
        files.extend(index);
        files.sort_by(|a, b| a.path.cmp(&b.path));
    }
    timings.search = stage.elapsed();
    diagnostics.sort_by(|a, b| {
        (a.severity, &a.file, a.line, a.col).cmp(&(b.severity, &b.file, b.line, b.col))
    });
    diagnostics.dedup();
    Rendered {
        files,
        diagnostics,
        timings,
        config: Some(config),
        model,
    }
}

/// LANGUAGES: the pages of `site` in `language`: its records with their translations laid
/// over them, bodies linked with the terms' labels in that language, then rendered.
/// Links in translated bodies are written as site paths, so they are checked against the
/// default language's files (`site_files`), which every page has.
fn render_in_language(
    root: &Path,
    site: &site::Site,
    templates: &render::templates::Templates,
    original: render::Original<'_>,
    language: &i18n::Language,
    site_files: &[OutputFile],
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<OutputFile> {
    let (localized, shown) = site.localized(root, site.translations(), &language.code, diagnostics);
    templates.set_translated(&language.code, &shown);
    let base_path = localized.config.base_path();
    let linker = link::Linker::new(localized.terms(), &base_path, localized.config.autolink);
    let bodies = link::link_bodies(&localized, &linker, &base_path, diagnostics, |c, id, _| {
        shown.contains_key(&(c, id.to_string()))
    });
    render::check_body_links(&localized, &bodies, site_files, diagnostics);
    render::render_language(
        &localized,
        templates,
        &linker,
        &bodies,
        language,
        render::OtherLanguage {
            shown: &shown,
            original,
        },
        diagnostics,
    )
}

/// The JSON Schemas of the hub at `root` (file name, JSON text), with its vocabularies and
/// ids as allowed values.
///
/// Only `data/` must be sound: a broken content file (exactly when a contributor needs
/// completion most) does not stop it; the ids of the records that parse are used.
pub fn schemas(root: &Path) -> Result<Vec<(String, String)>, Vec<Diagnostic>> {
    let mut vocab_problems = Vec::new();
    let vocab = content::Vocabularies::load(root, &mut vocab_problems);
    if vocab_problems.iter().any(Diagnostic::is_error) {
        return Err(vocab_problems);
    }
    let (_, terms, evidence) = schema_inputs(root, &mut Vec::new());
    let facts = schema::SchemaFacts {
        vocab: &vocab,
        term_ids: &terms,
        evidence_ids: &evidence,
    };
    Ok(schema::all_schemas(&facts))
}

/// Writes a new content file for `collection` titled `title` and returns its path.
pub fn new_record(
    root: &Path,
    collection: &dyn collections::AnyCollection,
    title: &str,
) -> Result<PathBuf, scaffold::NewError> {
    let (vocab, terms, evidence) = schema_inputs(root, &mut Vec::new());
    let facts = schema::SchemaFacts {
        vocab: &vocab,
        term_ids: &terms,
        evidence_ids: &evidence,
    };
    let schema = collection.schema(&facts);
    scaffold::new_file(root, collection, title, &schema, &scaffold::today())
}

/// What the schemas allow besides their types: the vocabularies, and the ids of the terms
/// and of the evidence summaries, sorted.
fn schema_inputs(
    root: &Path,
    diagnostics: &mut Vec<Diagnostic>,
) -> (content::Vocabularies, Vec<String>, Vec<String>) {
    let vocab = content::Vocabularies::load(root, diagnostics);
    let store = collections::load_all(root, diagnostics);
    let mut terms: Vec<String> = store
        .get::<content::Term>()
        .iter()
        .map(|r| r.id.clone())
        .collect();
    let mut evidence: Vec<String> = store
        .get::<content::Evidence>()
        .iter()
        .map(|r| r.id.clone())
        .collect();
    terms.sort();
    evidence.sort();
    (vocab, terms, evidence)
}

/// Why a release could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ReleaseError {
    /// The hub has errors; nothing was written.
    #[error("the hub has {} error(s); fix them before releasing", .0.iter().filter(|d| d.is_error()).count())]
    Invalid(Vec<Diagnostic>),
    /// The version name cannot be a folder and URL segment.
    #[error("`{0}` is not a valid version: use letters, digits, dots and hyphens (e.g. 2026.1)")]
    BadVersion(String),
    /// A release is never rewritten.
    #[error("release {0} already exists in releases/{0}/; a release is never rewritten")]
    Exists(String),
    /// The date is not YYYY-MM-DD.
    #[error("`{0}` is not a date (YYYY-MM-DD)")]
    BadDate(String),
    /// The files could not be written.
    #[error("cannot write the release: {0}")]
    Io(#[from] std::io::Error),
}

/// A release written by [`release`].
#[derive(Debug, Clone)]
pub struct ReleaseReport {
    /// The release's folder.
    pub dir: PathBuf,
    /// The changes since the previous release (every term, for the first).
    pub changes: Vec<site::history::TermChanges>,
}

/// Freezes the glossary as release `version` of `date`: writes its exports to
/// `releases/<version>/` (atomically) and appends the changes to `releases/CHANGELOG.md`.
pub fn release(root: &Path, version: &str, date: &str) -> Result<ReleaseReport, ReleaseError> {
    use content::releases::{RELEASE_FILES, ReleaseInfo, is_valid_version};
    if !is_valid_version(version) {
        return Err(ReleaseError::BadVersion(version.to_string()));
    }
    if !site::validate::is_date(date) {
        return Err(ReleaseError::BadDate(date.to_string()));
    }
    let releases = root.join("releases");
    let dir = releases.join(version);
    if dir.exists() {
        return Err(ReleaseError::Exists(version.to_string()));
    }
    let rendered = render_in_memory_with(root, None, false, false);
    if rendered.diagnostics.iter().any(Diagnostic::is_error) {
        return Err(ReleaseError::Invalid(rendered.diagnostics));
    }
    let Some(model) = rendered.model else {
        return Err(ReleaseError::Invalid(rendered.diagnostics));
    };
    let info = ReleaseInfo {
        version: version.to_string(),
        date: date.to_string(),
    };
    let staging = releases.join(format!(".{version}.partial"));
    if staging.exists() {
        std::fs::remove_dir_all(&staging)?;
    }
    std::fs::create_dir_all(&staging)?;
    for name in RELEASE_FILES {
        let bytes = if name == "release.json" {
            let mut b = serde_json::to_vec_pretty(&info).expect("release info serializes");
            b.push(b'\n');
            b
        } else {
            let path = format!("api/{name}");
            rendered
                .files
                .iter()
                .find(|f| f.path == path)
                .map(|f| f.bytes.clone())
                .unwrap_or_default()
        };
        std::fs::write(staging.join(name), bytes)?;
    }
    std::fs::rename(&staging, &dir)?;
    let previous = model
        .site
        .releases
        .last()
        .map(|r| r.terms.clone())
        .unwrap_or_default();
    let changes = site::history::compare(&previous, &site::history::current_terms(&model.site));
    let mut log = format!("## {version} ({date})\n\n");
    if changes.is_empty() {
        log.push_str("No change to any term.\n");
    }
    for c in &changes {
        let what: Vec<String> = c.changes.iter().map(site::history::describe).collect();
        log.push_str(&format!(
            "- `{}` ({}): {}\n",
            c.id,
            c.label,
            what.join("; ")
        ));
    }
    log.push('\n');
    let changelog = releases.join("CHANGELOG.md");
    let old = std::fs::read_to_string(&changelog).unwrap_or_else(|_| {
        "# Changes to the glossary\n\nWritten by `hub release`; newest first.\n\n".to_string()
    });
    let (head, rest) = match old.find("\n## ") {
        Some(i) => old.split_at(i + 1),
        None => (old.as_str(), ""),
    };
    std::fs::write(&changelog, format!("{head}{log}{rest}"))?;
    Ok(ReleaseReport { dir, changes })
}

/// Validates the hub at `root` and returns every diagnostic, writing nothing.
pub fn check(root: &Path) -> Vec<Diagnostic> {
    render_in_memory_with(root, None, true, false).diagnostics
}

/// Builds the hub: load, validate, render, and write atomically.
pub fn build(options: &BuildOptions) -> Result<BuildReport, BuildError> {
    let started = Instant::now();
    output::check_output_dir(&options.root, &options.output, options.force)?;
    // Only the files are written: the model (with every rendered body) goes before search.
    let mut rendered = run_pipeline(
        &options.root,
        options.base_url.as_deref(),
        options.drafts,
        true,
        false,
    );
    if rendered.diagnostics.iter().any(Diagnostic::is_error) {
        return Err(BuildError::Invalid(rendered.diagnostics));
    }
    if options.precompress {
        let copies = precompress::precompressed(&rendered.files);
        rendered.files.extend(copies);
    }
    let writing = Instant::now();
    let report = output::write_site(&options.output, &rendered.files)?;
    let mut timings = rendered.timings;
    timings.write = writing.elapsed();
    Ok(BuildReport {
        files: report.files,
        unchanged: report.unchanged,
        pages: rendered
            .files
            .iter()
            .filter(|f| f.path.ends_with(".html"))
            .count(),
        warnings: rendered.diagnostics,
        millis: started.elapsed().as_millis(),
        timings,
    })
}
