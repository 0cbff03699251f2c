//! RENDER: every page, feed and export of the site, as bytes in memory.

pub mod exports;
mod incremental;
pub mod map;
pub mod markdown;
pub mod sanitize;
pub mod templates;
pub mod theme;
pub mod views;

pub use incremental::{render_record, render_term_edit};

use crate::config::AutolinkMode;
use crate::content::{Collection, Record};
use crate::diagnostics::Diagnostic;
use crate::link::Linker;
use crate::site::Site;
use markdown::{BodyOptions, BodySource, RenderedBody, render_body};
use minijinja::{Value, context};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use templates::Templates;
use views::{MentionGroup, MentionView, Resolver};

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

/// The header menu entry as templates see it.
#[derive(Debug, Clone, Serialize)]
struct MenuView {
    label: String,
    url: String,
    /// The site path, to mark the current section.
    path: String,
}

/// Site-wide values every template sees as `site`.
#[derive(Debug, Clone, Serialize)]
struct SiteView {
    title: String,
    description: String,
    base_url: String,
    base_path: String,
    language: String,
    publisher: Option<String>,
    /// Search is built (hub's static index) and offered in the header.
    search: bool,
    menu: Vec<MenuView>,
    /// Free pages, for the footer, ordered by `menu_order` then title.
    pages: Vec<views::RecordRef>,
}

/// Per-page values every template sees as `meta`.
#[derive(Debug, Clone, Serialize)]
struct MetaView {
    title: String,
    description: String,
    /// Absolute URL of the page.
    canonical: String,
    /// Site path of the page (without base path).
    path: String,
    og_type: &'static str,
}

/// A breadcrumb: label and URL (the last one is the current page).
#[derive(Debug, Clone, Serialize)]
struct Crumb {
    label: String,
    url: String,
}

/// Definition shown for a term link on the page.
#[derive(Debug, Clone, Serialize)]
struct Tip {
    id: String,
    definition: String,
}

/// A filter control of an index page: its key (also the URL parameter and the `data-*`
/// attribute of the items), its label and the values present.
fn filter_control(
    key: &str,
    label: &str,
    values: impl Iterator<Item = String>,
    multi: bool,
) -> Value {
    let options: std::collections::BTreeSet<String> = values.filter(|v| !v.is_empty()).collect();
    context! { key, label, multi, options => options.into_iter().collect::<Vec<_>>() }
}

fn champion_filters(all: &[views::ChampionView]) -> Vec<Value> {
    vec![
        filter_control(
            "profession",
            "Profession",
            all.iter().map(|c| c.profession.clone()),
            false,
        ),
        filter_control(
            "region",
            "Region",
            all.iter().filter_map(|c| c.region.clone()),
            false,
        ),
        filter_control(
            "country",
            "Country",
            all.iter().map(|c| c.country.name.clone()),
            false,
        ),
        filter_control(
            "interest",
            "Interest",
            all.iter().flat_map(|c| c.interests.clone()),
            true,
        ),
    ]
}

fn evidence_filters(rows: &[views::EvidenceView]) -> Vec<Value> {
    let countries = rows.iter().flat_map(|e| {
        if e.countries.is_empty() {
            vec!["International".to_string()]
        } else {
            e.countries.iter().map(|c| c.name.clone()).collect()
        }
    });
    vec![
        filter_control(
            "design",
            "Design",
            rows.iter().map(|e| e.design.clone()),
            false,
        ),
        filter_control("country", "Country", countries, true),
        filter_control(
            "strength",
            "Strength",
            ["high", "moderate", "low", "emerging"]
                .into_iter()
                .filter(|s| {
                    rows.iter()
                        .any(|e| format!("{:?}", e.strength).eq_ignore_ascii_case(s))
                })
                .map(String::from),
            false,
        ),
    ]
}

/// Any serializable value as a template value.
fn v<T: Serialize>(value: &T) -> Value {
    Value::from(minijinja::value::Serde(value))
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
    files.push(exports::sitemap(site, &files));
    files.extend(exports);
    let indexing = std::time::Instant::now();
    if site.config.search && with_search {
        files.extend(crate::search::search_index(&files, &site.config.language));
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

fn site_view(site: &Site, base_path: &str) -> SiteView {
    let c = &site.config;
    SiteView {
        title: c.title.clone(),
        description: c.description.clone(),
        base_url: c.base_url.clone(),
        base_path: base_path.to_string(),
        language: c.language.clone(),
        publisher: c.publisher.clone(),
        search: c.search,
        menu: c
            .menu
            .iter()
            .map(|m| MenuView {
                label: m.label.clone(),
                url: if m.url.starts_with('/') {
                    crate::link::join_path(base_path, &m.url)
                } else {
                    m.url.clone()
                },
                path: m.url.clone(),
            })
            .collect(),
        pages: {
            let mut pages: Vec<_> = site.pages.iter().collect();
            pages.sort_by(|a, b| {
                a.meta
                    .menu_order
                    .unwrap_or(100)
                    .cmp(&b.meta.menu_order.unwrap_or(100))
                    .then(a.meta.title.cmp(&b.meta.title))
            });
            pages
                .into_iter()
                .map(|p| views::RecordRef {
                    id: p.id.clone(),
                    title: p.meta.title.clone(),
                    url: crate::link::join_path(base_path, &Collection::Pages.path_of(&p.id)),
                })
                .collect()
        },
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
        page_path: String,
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
            page_path: c.path_of(&r.id),
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
            let options = BodyOptions {
                base_path,
                autolink: job.autolink,
                self_term: job.self_term,
                page_path: &job.page_path,
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

/// What every page has besides its own context: where it goes, its template, its title and
/// description, breadcrumbs and the definitions of the terms linked on it.
struct PageSpec<'a> {
    path: &'a str,
    template: &'a str,
    title: &'a str,
    description: &'a str,
    crumbs: Vec<Crumb>,
    tips: Vec<Tip>,
}

/// The page of one record, by collection and position in the site's list.
#[derive(Debug, Clone, Copy)]
enum RecordPage {
    Term(usize),
    CaseStudy(usize),
    Evidence(usize),
    Champion(usize),
    Page(usize),
}

/// A page to render: output path, template and its context.
struct Job {
    path: String,
    template: String,
    context: Value,
}

struct PageContext<'a> {
    site: &'a Site,
    resolver: &'a Resolver<'a>,
    linker: &'a Linker,
    bodies: &'a Bodies,
    base_path: &'a str,
    site_view: SiteView,
}

impl<'a> PageContext<'a> {
    fn new(
        site: &'a Site,
        resolver: &'a Resolver<'a>,
        linker: &'a Linker,
        bodies: &'a Bodies,
        base_path: &'a str,
    ) -> Self {
        PageContext {
            site,
            resolver,
            linker,
            bodies,
            base_path,
            site_view: site_view(site, base_path),
        }
    }
}

impl PageContext<'_> {
    fn url(&self, path: &str) -> String {
        crate::link::join_path(self.base_path, path)
    }

    fn crumbs(&self, items: &[(&str, &str)]) -> Vec<Crumb> {
        let mut v = vec![Crumb {
            label: "Home".into(),
            url: self.url("/"),
        }];
        v.extend(items.iter().map(|(label, path)| Crumb {
            label: (*label).into(),
            url: self.url(path),
        }));
        v
    }

    fn body(&self, c: Collection, id: &str) -> Option<&RenderedBody> {
        self.bodies.get(&(c, id.to_string()))
    }

    fn tips(&self, body: Option<&RenderedBody>) -> Vec<Tip> {
        body.map(|b| {
            b.linked
                .iter()
                .map(|&i| Tip {
                    id: self.linker.targets[i].id.clone(),
                    definition: self.linker.targets[i].definition.clone(),
                })
                .collect()
        })
        .unwrap_or_default()
    }

    /// A job for `spec.path` (e.g. `/glossary/`), written as `.../index.html`.
    fn job(&self, spec: PageSpec<'_>, extra: Value) -> Job {
        let PageSpec {
            path: site_path,
            template,
            title,
            description,
            crumbs,
            tips,
        } = spec;
        let meta = MetaView {
            title: title.to_string(),
            description: description.to_string(),
            canonical: format!(
                "{}{}",
                self.site.config.base_url.trim_end_matches('/'),
                site_path
            ),
            path: site_path.to_string(),
            og_type: if template == "home.html" {
                "website"
            } else {
                "article"
            },
        };
        let template = template.to_string();
        let path = if site_path.ends_with(".html") {
            site_path.trim_start_matches('/').to_string()
        } else {
            format!("{}index.html", site_path.trim_start_matches('/'))
        };
        Job {
            path,
            template,
            context: context! { site => v(&self.site_view), meta => v(&meta), breadcrumbs => v(&crumbs), tips => v(&tips), ..extra },
        }
    }

    /// The index pages (everything but the pages of records), each section built in parallel.
    fn jobs(&self) -> Vec<Job> {
        type Section<'c> = fn(&PageContext<'c>, &mut Vec<Job>);
        let sections: [Section<'_>; 6] = [
            Self::home,
            Self::glossary,
            Self::case_studies,
            Self::countries,
            Self::evidence,
            Self::champions,
        ];
        let mut jobs: Vec<Job> = sections
            .par_iter()
            .flat_map_iter(|section| {
                let mut jobs = Vec::new();
                section(self, &mut jobs);
                jobs
            })
            .collect();
        jobs.push(self.job(
            PageSpec {
                path: "/search/",
                template: "search.html",
                title: "Search",
                description: "Search the glossary, case studies, evidence and champions.",
                crumbs: self.crumbs(&[("Search", "/search/")]),
                tips: Vec::new(),
            },
            context! { enabled => self.site.config.search },
        ));
        jobs.push(self.job(
            PageSpec {
                path: "/404.html",
                template: "404.html",
                title: "Page not found",
                description: "The page you asked for is not here.",
                crumbs: self.crumbs(&[]),
                tips: Vec::new(),
            },
            context! {},
        ));
        jobs
    }

    fn home(&self, jobs: &mut Vec<Job>) {
        let s = self.site;
        let countries: std::collections::BTreeSet<&str> = s
            .case_studies
            .iter()
            .map(|c| c.meta.country.value.as_str())
            .collect();
        let stats = context! {
            terms => s.terms.len(),
            case_studies => s.case_studies.len(),
            countries => countries.len(),
            evidence => s.evidence.len(),
            champions => s.champions.len(),
        };
        let mut recent: Vec<(String, String, &str, String)> = s
            .case_studies
            .iter()
            .map(|r| {
                (
                    r.meta.date.value.clone(),
                    r.meta.title.clone(),
                    "Case study",
                    self.url(&Collection::CaseStudies.path_of(&r.id)),
                )
            })
            .chain(s.evidence.iter().map(|r| {
                (
                    r.meta.date.value.clone(),
                    r.meta.title.clone(),
                    "Evidence",
                    self.url(&Collection::Evidence.path_of(&r.id)),
                )
            }))
            .collect();
        recent.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        recent.truncate(6);
        let recent: Vec<Value> = recent
            .into_iter()
            .map(|(date, title, kind, url)| context! { date, title, kind, url })
            .collect();
        let featured: Vec<_> = [
            "social-prescribing",
            "link-worker",
            "what-matters-to-you",
            "social-prescription",
            "green-social-prescribing",
            "personalised-care",
        ]
        .iter()
        .filter_map(|id| s.term(id))
        .map(|t| self.resolver.term_summary(t))
        .collect();
        let regions = self.regions_with_studies();
        let intro = s
            .pages
            .iter()
            .find(|p| p.id == "what-is-social-prescribing")
            .map(|p| self.url(&Collection::Pages.path_of(&p.id)));
        jobs.push(self.job(
            PageSpec {
                path: "/",
                template: "home.html",
                title: &s.config.title,
                description: &s.config.description,
                crumbs: Vec::new(),
                tips: Vec::new(),
            },
            context! { stats, recent, featured => v(&featured), regions, intro, map_svg => self.world_map() },
        ));
    }

    fn glossary(&self, jobs: &mut Vec<Job>) {
        let s = self.site;
        let summaries: Vec<_> = s
            .terms
            .iter()
            .map(|t| self.resolver.term_summary(t))
            .collect();
        let mut letters: BTreeMap<String, Vec<_>> = BTreeMap::new();
        for t in &summaries {
            letters.entry(t.letter.clone()).or_default().push(t.clone());
        }
        let letters: Vec<Value> = letters
            .into_iter()
            .map(|(letter, terms)| context! { letter, terms => v(&terms) })
            .collect();
        let languages = self.glossary_languages(jobs);
        jobs.push(self.job(
            PageSpec {
                path: "/glossary/",
                template: "glossary.html",
                title: "Glossary",
                description: "A shared vocabulary of social prescribing: definitions, synonyms used in different countries, translations and sources.",
                crumbs: self.crumbs(&[("Glossary", "/glossary/")]),
                tips: Vec::new(),
            },
            context! { letters, count => summaries.len(), languages },
        ));
    }

    /// One page per language with translations, listing terms by their label in that
    /// language; returns the languages (code, names, count) for the glossary index.
    fn glossary_languages(&self, jobs: &mut Vec<Job>) -> Vec<Value> {
        let s = self.site;
        let mut by_language: BTreeMap<&str, Vec<(String, views::TermSummary)>> = BTreeMap::new();
        for t in &s.terms {
            for (code, label) in &t.meta.translations {
                by_language
                    .entry(code.as_str())
                    .or_default()
                    .push((label.value.clone(), self.resolver.term_summary(t)));
            }
        }
        let mut languages = Vec::new();
        for (code, mut entries) in by_language {
            entries.sort_by(|a, b| {
                a.0.to_lowercase()
                    .cmp(&b.0.to_lowercase())
                    .then(a.1.id.cmp(&b.1.id))
            });
            let language = self.resolver.language(code);
            let path = format!("/glossary/lang/{code}/");
            let title = format!("Glossary in {}", language.name);
            let entries: Vec<Value> = entries
                .into_iter()
                .map(|(label, term)| context! { label, term => v(&term) })
                .collect();
            languages.push(context! { language => v(&language), url => self.url(&path), count => entries.len() });
            jobs.push(self.job(
                PageSpec {
                    path: &path,
                    template: "glossary_lang.html",
                    title: &title,
                    description: &format!("Social prescribing terms by their {} labels, with the English term beside each.", language.name),
                    crumbs: self.crumbs(&[("Glossary", "/glossary/"), (&title, &path)]),
                    tips: Vec::new(),
                },
                context! { language => v(&language), entries },
            ));
        }
        languages
    }

    /// For each term index: the pages that mention it, grouped by collection.
    fn backlinks(&self) -> HashMap<usize, Vec<MentionGroup>> {
        let s = self.site;
        let mut by_term: HashMap<usize, BTreeMap<Collection, Vec<MentionView>>> = HashMap::new();
        let mut add = |c: Collection, id: &str, title: &str| {
            if let Some(body) = self.body(c, id) {
                for (&term, &count) in &body.mentions {
                    by_term
                        .entry(term)
                        .or_default()
                        .entry(c)
                        .or_default()
                        .push(MentionView {
                            title: title.to_string(),
                            url: self.url(&c.path_of(id)),
                            count,
                        });
                }
            }
        };
        for r in &s.terms {
            add(Collection::Glossary, &r.id, &r.meta.term.value);
        }
        for r in &s.case_studies {
            add(Collection::CaseStudies, &r.id, &r.meta.title);
        }
        for r in &s.evidence {
            add(Collection::Evidence, &r.id, &r.meta.title);
        }
        for r in &s.champions {
            add(Collection::Champions, &r.id, &r.meta.name);
        }
        for r in &s.pages {
            add(Collection::Pages, &r.id, &r.meta.title);
        }
        by_term
            .into_iter()
            .map(|(term, groups)| {
                let groups = groups
                    .into_iter()
                    .map(|(c, mut pages)| {
                        pages.sort_by(|a, b| a.title.cmp(&b.title));
                        MentionGroup {
                            collection: c.title().to_string(),
                            pages,
                        }
                    })
                    .collect();
                (term, groups)
            })
            .collect()
    }

    /// The world map of case studies as inline SVG, when the hub has map data.
    fn world_map(&self) -> Option<String> {
        let s = self.site;
        let map = s.vocab.world_map.as_ref()?;
        let mut entries: BTreeMap<String, map::MapEntry> = BTreeMap::new();
        for r in &s.case_studies {
            let code = &r.meta.country.value;
            entries
                .entry(code.clone())
                .or_insert_with(|| map::MapEntry {
                    name: self.resolver.country(code).name,
                    count: 0,
                    path: format!("/countries/{}/", code.to_lowercase()),
                })
                .count += 1;
        }
        Some(map::world_map_svg(map, &entries, self.base_path))
    }

    /// WHO regions → countries → case studies, for regions with at least one study.
    fn regions_with_studies(&self) -> Vec<Value> {
        let s = self.site;
        let mut regions = Vec::new();
        for region in &s.vocab.regions {
            let mut countries = Vec::new();
            for country in s.vocab.countries.iter().filter(|c| c.region == region.code) {
                let studies: Vec<_> = s
                    .case_studies
                    .iter()
                    .filter(|r| r.meta.country.value == country.code)
                    .map(|r| self.resolver.case_study(r, ""))
                    .collect();
                if !studies.is_empty() {
                    countries.push(context! { country => v(&self.resolver.country(&country.code)), studies => v(&studies) });
                }
            }
            if !countries.is_empty() {
                regions.push(context! { code => region.code.clone(), name => region.name.clone(), countries });
            }
        }
        regions
    }

    fn case_studies(&self, jobs: &mut Vec<Job>) {
        let s = self.site;
        jobs.push(self.job(PageSpec { path: "/case-studies/", template: "case_studies.html", title: "Case studies", description: "Social prescribing in practice around the world, by WHO region and country.", crumbs: self.crumbs(&[("Case studies", "/case-studies/")]), tips: Vec::new() }, context! { regions => self.regions_with_studies(), count => s.case_studies.len(), map_svg => self.world_map() }));
    }

    fn countries(&self, jobs: &mut Vec<Job>) {
        let s = self.site;
        for country in &s.vocab.countries {
            let code = country.code.as_str();
            let studies: Vec<_> = s
                .case_studies
                .iter()
                .filter(|r| r.meta.country.value == code)
                .map(|r| self.resolver.case_study(r, ""))
                .collect();
            let evidence: Vec<_> = s
                .evidence
                .iter()
                .filter(|r| r.meta.countries.iter().any(|c| c.value == code))
                .map(|r| self.resolver.evidence(r, ""))
                .collect();
            let champions: Vec<_> = s
                .champions
                .iter()
                .filter(|r| r.meta.country.value == code)
                .map(|r| self.resolver.champion(r, ""))
                .collect();
            let labels: Vec<Value> = s
                .terms
                .iter()
                .flat_map(|t| {
                    t.meta.regional.iter().filter(|g| g.countries.iter().any(|c| c.value == code)).map(|g| {
                        context! { label => g.label.clone(), term => v(&self.resolver.term_ref(&t.id)) }
                    })
                })
                .collect();
            if studies.is_empty()
                && evidence.is_empty()
                && champions.is_empty()
                && labels.is_empty()
            {
                continue;
            }
            let view = self.resolver.country(code);
            let path = format!("/countries/{}/", code.to_lowercase());
            jobs.push(self.job(PageSpec { path: &path, template: "country.html", title: &country.name, description: &format!("Social prescribing in {}: case studies, evidence, champions and the words used there.", country.name), crumbs: self.crumbs(&[("Case studies", "/case-studies/"), (&country.name, &path)]), tips: Vec::new() }, context! {
                    locator_svg => s.vocab.world_map.as_ref().and_then(|m| map::locator_svg(m, code, &country.name)),
                    country => v(&view), studies => v(&studies), evidence => v(&evidence), champions => v(&champions), labels
                }));
        }
    }

    fn evidence(&self, jobs: &mut Vec<Job>) {
        let s = self.site;
        let mut rows: Vec<_> = s
            .evidence
            .iter()
            .map(|r| self.resolver.evidence(r, ""))
            .collect();
        rows.sort_by(|a, b| b.year.cmp(&a.year).then(a.title.cmp(&b.title)));
        jobs.push(self.job(PageSpec { path: "/evidence/", template: "evidence_index.html", title: "Evidence", description: "Structured summaries of evaluations and reviews of social prescribing, with their figures and citations.", crumbs: self.crumbs(&[("Evidence", "/evidence/")]), tips: Vec::new() }, context! { filters => evidence_filters(&rows), rows => v(&rows) }));
    }

    fn champions(&self, jobs: &mut Vec<Job>) {
        let s = self.site;
        let all: Vec<_> = s
            .champions
            .iter()
            .map(|r| self.resolver.champion(r, ""))
            .collect();
        let mut by_profession: BTreeMap<String, Vec<_>> = BTreeMap::new();
        for c in &all {
            by_profession
                .entry(c.profession.clone())
                .or_default()
                .push(c.clone());
        }
        let groups: Vec<Value> = by_profession
            .into_iter()
            .map(|(profession, champions)| context! { profession, champions => v(&champions) })
            .collect();
        jobs.push(self.job(PageSpec { path: "/champions/", template: "champions.html", title: "Champion directory", description: "Clinical and community champions of social prescribing, by profession, region and interest.", crumbs: self.crumbs(&[("Champions", "/champions/")]), tips: Vec::new() }, context! { filters => champion_filters(&all), groups, count => all.len() }));
    }

    /// The page of one record of this collection.
    /// The page of every record.
    fn record_pages(&self) -> Vec<RecordPage> {
        let s = self.site;
        (0..s.terms.len())
            .map(RecordPage::Term)
            .chain((0..s.case_studies.len()).map(RecordPage::CaseStudy))
            .chain((0..s.evidence.len()).map(RecordPage::Evidence))
            .chain((0..s.champions.len()).map(RecordPage::Champion))
            .chain((0..s.pages.len()).map(RecordPage::Page))
            .collect()
    }

    /// Renders the pages of records, each context built just before its page is rendered.
    fn render_record_pages(
        &self,
        templates: &Templates,
        pages: Vec<RecordPage>,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Vec<OutputFile> {
        let backlinks = if pages.iter().any(|p| matches!(p, RecordPage::Term(_))) {
            self.backlinks()
        } else {
            HashMap::new()
        };
        let s = self.site;
        render_each(
            templates,
            pages,
            |page| match page {
                RecordPage::Term(i) => self.term_job(i, &backlinks),
                RecordPage::CaseStudy(i) => self.case_study_job(&s.case_studies[i]),
                RecordPage::Evidence(i) => self.evidence_job(&s.evidence[i]),
                RecordPage::Champion(i) => self.champion_job(&s.champions[i]),
                RecordPage::Page(i) => self.page_job(&s.pages[i]),
            },
            diagnostics,
        )
    }

    fn term_job(&self, i: usize, backlinks: &HashMap<usize, Vec<MentionGroup>>) -> Job {
        let t = &self.site.terms[i];
        let body = self.body(Collection::Glossary, &t.id);
        let empty = RenderedBody::default();
        let view = self.resolver.term_view(
            t,
            body.unwrap_or(&empty),
            backlinks.get(&i).cloned().unwrap_or_default(),
        );
        let path = Collection::Glossary.path_of(&t.id);
        self.job(
            PageSpec {
                path: &path,
                template: "term.html",
                title: &t.meta.term.value,
                description: t.meta.definition.trim(),
                crumbs: self.crumbs(&[("Glossary", "/glossary/"), (&t.meta.term.value, &path)]),
                tips: self.tips(body),
            },
            context! { term => v(&view) },
        )
    }

    fn case_study_job(&self, r: &Record<crate::content::CaseStudy>) -> Job {
        let body = self.body(Collection::CaseStudies, &r.id);
        let view = self.resolver.case_study(r, body.map_or("", |b| &b.html));
        let path = Collection::CaseStudies.path_of(&r.id);
        self.job(
            PageSpec {
                path: &path,
                template: "case_study.html",
                title: &r.meta.title,
                description: r.meta.summary.trim(),
                crumbs: self.crumbs(&[
                    ("Case studies", "/case-studies/"),
                    (
                        &view.country.name,
                        &format!("/countries/{}/", r.meta.country.value.to_lowercase()),
                    ),
                    (&r.meta.title, &path),
                ]),
                tips: self.tips(body),
            },
            context! { study => v(&view) },
        )
    }

    /// The page of one record of this collection.
    fn evidence_job(&self, r: &Record<crate::content::Evidence>) -> Job {
        let body = self.body(Collection::Evidence, &r.id);
        let view = self.resolver.evidence(r, body.map_or("", |b| &b.html));
        let path = Collection::Evidence.path_of(&r.id);
        self.job(
            PageSpec {
                path: &path,
                template: "evidence.html",
                title: &r.meta.title,
                description: r.meta.summary.trim(),
                crumbs: self.crumbs(&[("Evidence", "/evidence/"), (&r.meta.title, &path)]),
                tips: self.tips(body),
            },
            context! { item => v(&view) },
        )
    }

    /// The page of one record of this collection.
    fn champion_job(&self, r: &Record<crate::content::Champion>) -> Job {
        let body = self.body(Collection::Champions, &r.id);
        let view = self.resolver.champion(r, body.map_or("", |b| &b.html));
        let path = Collection::Champions.path_of(&r.id);
        let description = format!(
            "{}, {} — social prescribing champion.",
            view.name, view.profession
        );
        self.job(
            PageSpec {
                path: &path,
                template: "champion.html",
                title: &r.meta.name,
                description: &description,
                crumbs: self.crumbs(&[("Champions", "/champions/"), (&r.meta.name, &path)]),
                tips: self.tips(body),
            },
            context! { champion => v(&view) },
        )
    }

    /// The page of one record of this collection.
    fn page_job(&self, r: &Record<crate::content::Page>) -> Job {
        let empty = RenderedBody::default();
        let body = self.body(Collection::Pages, &r.id);
        let view = self.resolver.page(r, body.unwrap_or(&empty));
        let path = Collection::Pages.path_of(&r.id);
        let description = r
            .meta
            .description
            .clone()
            .unwrap_or_else(|| self.site.config.description.clone());
        let template = r.meta.template.as_deref().unwrap_or("page.html");
        let reference = (template == "contribute.html").then(|| self.field_reference());
        self.job(
            PageSpec {
                path: &path,
                template,
                title: &r.meta.title,
                description: &description,
                crumbs: self.crumbs(&[(&r.meta.title, &path)]),
                tips: self.tips(body),
            },
            context! { page => v(&view), reference },
        )
    }

    /// Every collection's fields, from the same JSON Schemas that `hub schema` writes.
    fn field_reference(&self) -> Vec<Value> {
        let s = self.site;
        let terms: Vec<String> = s.terms.iter().map(|t| t.id.clone()).collect();
        let evidence: Vec<String> = s.evidence.iter().map(|e| e.id.clone()).collect();
        Collection::ALL
            .iter()
            .map(|&c| {
                let schema = crate::schema::schema(c, &s.vocab, &terms, &evidence);
                let fields = crate::schema::fields(&schema);
                context! {
                    title => c.title(),
                    dir => c.dir(),
                    schema => crate::schema::file_name(c),
                    fields => v(&fields),
                }
            })
            .collect()
    }
}
