//! RENDER: every page, feed and export of the site, as bytes in memory.

pub mod exports;
pub mod fhir;
mod incremental;
pub mod map;
mod pages;
mod paginate;
mod releases;
pub mod sitemap;
pub mod templates;
pub mod theme;
pub mod views;
pub mod vocabulary;

pub(crate) use incremental::{render_record, render_term_edit};

use crate::content::Collection;
use crate::diagnostics::Diagnostic;
use crate::i18n::Language;

use crate::link::Linker;
use crate::site::Site;
use pages::RecordPage;
pub use pages::{InLanguage, Job, Original, OtherLanguage, PageContext};
pub(crate) use pages::{PageSpec, v};
use rayon::prelude::*;
use templates::Templates;
use views::Resolver;

pub use crate::link::Bodies;
pub use crate::output::OutputFile;

/// Renders the whole site in its default language. Problems (unknown wiki-links, template
/// errors) are pushed to `diagnostics`; the caller must not publish the files when any of
/// them is an error.
///
/// It takes the link stage's output (the linker and every record's linked body) and returns
/// every file of the site except the search index, which the next stage adds, and the
/// pages of its other languages ([`render_language`]).
pub fn render_site(
    site: &Site,
    templates: &Templates,
    linker: &Linker,
    bodies: &Bodies,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<OutputFile> {
    let language = Language::new(&site.config.language, true);
    with_page_context(site, templates, linker, bodies, &language, None, |ctx| {
        // The pages and the exports are independent: both at once.
        let mut problems = Vec::new();
        let (mut files, exports) = rayon::join(
            || render_pages(ctx, templates, &mut problems),
            || exports::feeds_and_exports(site, ctx.resolver),
        );
        diagnostics.append(&mut problems);
        files.extend(releases::release_files(&site.releases));
        // With other languages, the languages step writes the sitemap of them all.
        if site.config.languages.is_empty() {
            let sitemap = exports::sitemap(site, &files);
            files.extend(sitemap);
        }
        files.extend(exports);
        for (path, bytes) in templates.static_files() {
            files.push(OutputFile {
                path: format!("static/{path}"),
                bytes: bytes.clone(),
            });
        }
        files.sort_by(|a, b| a.path.cmp(&b.path));
        check_body_links(site, bodies, &files, diagnostics);
        files
    })
}

/// Renders the pages of `site` (the site in `language`, from [`Site::localized`]) under
/// `/<language>/`: every index page, and the page of each record in `shown`. Exports,
/// feeds and static files are the default language's alone.
pub fn render_language(
    site: &Site,
    templates: &Templates,
    linker: &Linker,
    bodies: &Bodies,
    language: &Language,
    other: OtherLanguage<'_>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<OutputFile> {
    with_page_context(
        site,
        templates,
        linker,
        bodies,
        language,
        Some(other),
        |ctx| {
            let mut files = render_pages(ctx, templates, diagnostics);
            files.sort_by(|a, b| a.path.cmp(&b.path));
            files
        },
    )
}

/// Every page of the context's site: its index pages and its records' pages, rendered at
/// once; their problems go to `diagnostics` (the index pages' first).
fn render_pages(
    ctx: &PageContext<'_>,
    templates: &Templates,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<OutputFile> {
    let (mut index_problems, mut page_problems) = (Vec::new(), Vec::new());
    let (mut files, pages) = rayon::join(
        || render_jobs(templates, ctx.jobs(), &mut index_problems),
        || ctx.render_record_pages(templates, ctx.record_pages(), &mut page_problems),
    );
    diagnostics.append(&mut index_problems);
    diagnostics.append(&mut page_problems);
    files.extend(pages);
    files
}

/// Calls `render` with the context of pages of `site` in `language`. For a language other
/// than the default, `other_language` gives the records that exist in it and the default
/// language's bodies (see [`InLanguage`]).
fn with_page_context<R>(
    site: &Site,
    templates: &Templates,
    linker: &Linker,
    bodies: &Bodies,
    language: &Language,
    other_language: Option<OtherLanguage<'_>>,
    render: impl FnOnce(&PageContext<'_>) -> R,
) -> R {
    let shown = other_language.map(|o| o.shown);
    let original = other_language.map(|o| o.original);
    let base_path = site.config.base_path();
    let resolver = Resolver {
        site,
        base_path: &base_path,
        language: &language.code,
    };
    let ctx = PageContext::new(
        site,
        &resolver,
        linker,
        bodies,
        &base_path,
        InLanguage {
            language,
            messages: templates.catalogues(),
            shown,
            original,
        },
    );
    render(&ctx)
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
pub fn check_body_links(
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
    let files_of: std::collections::HashMap<(Collection, &str), &std::path::Path> =
        crate::collections::REGISTRY
            .iter()
            .flat_map(|c| c.texts(site))
            .map(|t| ((t.collection, t.id), t.file))
            .collect();
    let file_of = |c: Collection, id: &str| files_of.get(&(c, id)).copied();
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
