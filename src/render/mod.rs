//! RENDER: every page, feed and export of the site, as bytes in memory.

pub mod exports;
pub mod fhir;
mod incremental;
pub mod map;
pub mod markdown;
mod pages;
mod releases;
pub mod sanitize;
pub mod templates;
pub mod theme;
pub mod views;
pub mod vocabulary;

pub use incremental::{render_record, render_term_edit};

use crate::config::AutolinkMode;
use crate::content::{Collection, Record};
use crate::diagnostics::Diagnostic;
use crate::link::Linker;
use crate::site::Site;
use markdown::{BodyOptions, BodySource, RenderedBody, render_body};
use pages::{Job, PageContext, RecordPage};
use rayon::prelude::*;
use std::collections::HashMap;
use templates::Templates;
use views::Resolver;

/// Time spent in each stage of a build.
#[derive(Debug, Clone, Copy, Default)]
pub struct Timings {
    /// Reading and parsing files, building and validating the model.
    pub load: std::time::Duration,
    /// Markdown with term linking, wiki-links and backlinks.
    pub link: std::time::Duration,
    /// Templates, feeds and exports.
    pub render: std::time::Duration,
    /// The search index (part of render).
    pub search: std::time::Duration,
    /// Writing the output.
    pub write: std::time::Duration,
}

impl std::fmt::Display for Timings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let ms = |d: std::time::Duration| d.as_secs_f64() * 1000.0;
        write!(
            f,
            "load {:.1} ms · link {:.1} ms · render {:.1} ms (search index {:.1} ms) · write {:.1} ms",
            ms(self.load),
            ms(self.link),
            ms(self.render),
            ms(self.search),
            ms(self.write)
        )
    }
}

/// One file of the built site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    /// Path relative to the output directory, with `/` separators.
    pub path: String,
    /// Contents.
    pub bytes: Vec<u8>,
}

/// Rendered bodies of every record, by collection and id.
pub type Bodies = HashMap<(Collection, String), RenderedBody>;

/// What a full render produces: the site's files, and what the live preview keeps to
/// re-render pages after an edit (every body, and the term linker).
pub struct SiteRender {
    /// Every file of the site, sorted by path.
    pub files: Vec<OutputFile>,
    /// The rendered body of every record.
    pub bodies: Bodies,
    /// The linker built from the glossary.
    pub linker: Linker,
}

/// Renders the whole site. Problems (unknown wiki-links, template errors) are pushed to
/// `diagnostics`; the caller must not publish the files when any of them is an error.
pub fn render_site(
    site: &Site,
    templates: &Templates,
    diagnostics: &mut Vec<Diagnostic>,
    timings: &mut Timings,
    with_search: bool,
) -> SiteRender {
    let started = std::time::Instant::now();
    let base_path = site.config.base_path();
    let linker = Linker::new(&site.terms, &base_path, site.config.autolink);
    let bodies = render_bodies(site, &linker, &base_path, diagnostics, |_, _, _| true);
    timings.link = started.elapsed();
    let started = std::time::Instant::now();
    let resolver = Resolver {
        site,
        base_path: &base_path,
    };
    let ctx = PageContext::new(site, &resolver, &linker, &bodies, &base_path);

    // Index pages, record pages and the exports are independent: all at once.
    let (mut index_problems, mut page_problems) = (Vec::new(), Vec::new());
    let ((mut files, pages), exports) = rayon::join(
        || {
            rayon::join(
                || render_jobs(templates, ctx.jobs(), &mut index_problems),
                || ctx.render_record_pages(templates, ctx.record_pages(), &mut page_problems),
            )
        },
        || exports::feeds_and_exports(site, &resolver),
    );
    diagnostics.append(&mut index_problems);
    diagnostics.append(&mut page_problems);
    files.extend(pages);
    files.extend(releases::release_files(&site.releases));
    files.push(exports::sitemap(site, &files));
    files.extend(exports);
    let indexing = std::time::Instant::now();
    if site.config.search && with_search {
        let pages = files.iter().map(|f| (f.path.as_str(), f.bytes.as_slice()));
        let index = crate::search::search_index(pages, &site.config.language);
        files.extend(index);
    }
    timings.search = indexing.elapsed();
    for (path, bytes) in templates.static_files() {
        files.push(OutputFile {
            path: format!("static/{path}"),
            bytes: bytes.clone(),
        });
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    check_body_links(site, &bodies, &files, diagnostics);
    timings.render = started.elapsed();
    SiteRender {
        files,
        bodies,
        linker,
    }
}

/// Renders pages in parallel; template errors go to `diagnostics` (each once).
fn render_jobs(
    templates: &Templates,
    jobs: Vec<Job>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<OutputFile> {
    render_each(templates, jobs, |job| job, diagnostics)
}

/// Renders one page per item in parallel, building each page's context (`make`) just before
/// rendering it, so that only the pages being rendered hold a context, not all at once.
fn render_each<T: Send>(
    templates: &Templates,
    items: Vec<T>,
    make: impl Fn(T) -> Job + Sync,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<OutputFile> {
    let results: Vec<Result<OutputFile, Diagnostic>> = items
        .into_par_iter()
        .map(|item| {
            let job = make(item);
            templates
                .render(&job.template, job.context)
                .map(|html| OutputFile {
                    path: job.path,
                    bytes: html.into_bytes(),
                })
        })
        .collect();
    let mut files = Vec::with_capacity(results.len() + 16);
    for r in results {
        match r {
            Ok(f) => files.push(f),
            Err(d) => {
                if !diagnostics.contains(&d) {
                    diagnostics.push(d);
                }
            }
        }
    }
    files
}

/// The route closest to a broken link, when it is only a few edits away.
fn nearest_route<'a>(target: &str, routes: &'a [String]) -> Option<&'a str> {
    let limit = (target.len() / 4).max(2);
    routes
        .iter()
        .map(|r| (strsim::levenshtein(target, r), r))
        .filter(|(d, _)| *d <= limit)
        .min()
        .map(|(_, r)| r.as_str())
}

/// Every internal link written in a body must point at a file of the built site.
fn check_body_links(
    site: &Site,
    bodies: &Bodies,
    files: &[OutputFile],
    diagnostics: &mut Vec<Diagnostic>,
) {
    let written: std::collections::HashSet<&str> = files.iter().map(|f| f.path.as_str()).collect();
    let routes: Vec<String> = files
        .iter()
        .filter_map(|f| f.path.strip_suffix("index.html").map(|p| format!("/{p}")))
        .collect();
    let file_of = |c: Collection, id: &str| -> Option<&std::path::Path> {
        match c {
            Collection::Glossary => site.term(id).map(|r| r.file.as_path()),
            Collection::CaseStudies => site
                .case_studies
                .iter()
                .find(|r| r.id == id)
                .map(|r| r.file.as_path()),
            Collection::Evidence => site.evidence_by_id(id).map(|r| r.file.as_path()),
            Collection::Champions => site
                .champions
                .iter()
                .find(|r| r.id == id)
                .map(|r| r.file.as_path()),
            Collection::Pages => site
                .pages
                .iter()
                .find(|r| r.id == id)
                .map(|r| r.file.as_path()),
        }
    };
    let mut keys: Vec<&(Collection, String)> = bodies.keys().collect();
    keys.sort();
    for key in keys {
        for link in &bodies[key].links {
            let rel = link.target.trim_start_matches('/');
            let candidates = [
                rel.to_string(),
                format!("{rel}index.html"),
                format!("{rel}/index.html"),
            ];
            if rel.is_empty() || candidates.iter().any(|c| written.contains(c.as_str())) {
                continue;
            }
            let Some(file) = file_of(key.0, &key.1) else {
                continue;
            };
            let help = nearest_route(&link.target, &routes)
                .map(|r| format!("did you mean `{r}`?"))
                .unwrap_or_else(|| {
                    "check the address; site links look like /glossary/link-worker/".into()
                });
            diagnostics.push(
                Diagnostic::error(
                    file,
                    link.line,
                    link.col,
                    format!(
                        "the link `{}` points to a page that does not exist",
                        link.written
                    ),
                )
                .with_help(help),
            );
        }
    }
}

/// Renders in parallel the body of every record for which `wanted(collection, id, body)`
/// holds (every record, for a full build).
fn render_bodies(
    site: &Site,
    linker: &Linker,
    base_path: &str,
    diagnostics: &mut Vec<Diagnostic>,
    wanted: impl Fn(Collection, &str, &str) -> bool + Sync,
) -> Bodies {
    struct Job<'a> {
        collection: Collection,
        id: &'a str,
        file: &'a std::path::Path,
        body: &'a str,
        first_line: usize,
        self_term: Option<usize>,
        autolink: AutolinkMode,
    }
    let default_mode = site.config.autolink;
    fn jobs_of<'a, T>(
        c: Collection,
        records: &'a [Record<T>],
        default_mode: AutolinkMode,
        mode: impl Fn(&T) -> Option<AutolinkMode> + 'a,
    ) -> impl Iterator<Item = Job<'a>> {
        records.iter().enumerate().map(move |(i, r)| Job {
            collection: c,
            id: &r.id,
            file: &r.file,
            body: &r.body,
            first_line: r.body_line,
            self_term: (c == Collection::Glossary).then_some(i),
            autolink: mode(&r.meta).unwrap_or(default_mode),
        })
    }
    let mut jobs: Vec<Job<'_>> = Vec::new();
    jobs.extend(jobs_of(
        Collection::Glossary,
        &site.terms,
        default_mode,
        |m| m.autolink,
    ));
    jobs.extend(jobs_of(
        Collection::CaseStudies,
        &site.case_studies,
        default_mode,
        |m| m.autolink,
    ));
    jobs.extend(jobs_of(
        Collection::Evidence,
        &site.evidence,
        default_mode,
        |m| m.autolink,
    ));
    jobs.extend(jobs_of(
        Collection::Champions,
        &site.champions,
        default_mode,
        |m| m.autolink,
    ));
    jobs.extend(jobs_of(Collection::Pages, &site.pages, default_mode, |m| {
        m.autolink
    }));
    let results: Vec<((Collection, String), RenderedBody, Vec<Diagnostic>)> = jobs
        .par_iter()
        .filter(|job| wanted(job.collection, job.id, job.body))
        .map(|job| {
            let mut local = Vec::new();
            let page_path = job.collection.path_of(job.id);
            let options = BodyOptions {
                base_path,
                autolink: job.autolink,
                self_term: job.self_term,
                page_path: &page_path,
            };
            let source = BodySource {
                file: job.file,
                first_line: job.first_line,
            };
            let body = render_body(job.body, source, linker, options, &mut local);
            ((job.collection, job.id.to_string()), body, local)
        })
        .collect();
    let mut bodies = HashMap::with_capacity(results.len());
    for (key, body, local) in results {
        diagnostics.extend(local);
        bodies.insert(key, body);
    }
    bodies
}
