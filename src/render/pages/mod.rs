//! The pages of the site: what each template is given (site, page meta, breadcrumbs, term
//! definitions and the page's own context), for the index pages and the page of every record.
//!
//! This module holds what every page shares (the site, page meta, breadcrumbs, the job list);
//! each section of the site has its own module below.

use super::map;
use super::templates::Templates;
use super::views::{self, MentionGroup, MentionView, Resolver};
use super::{Bodies, OutputFile, render_each};
use crate::content::{Collection, Record};
use crate::diagnostics::Diagnostic;
use crate::link::Linker;
use crate::link::markdown::RenderedBody;
use crate::site::Site;
use minijinja::{Value, context};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

mod case_studies;
mod champions;
mod evidence;
mod glossary;
mod home;

/// The header menu entry as templates see it.
#[derive(Debug, Clone, Serialize)]
pub(super) struct MenuView {
    label: String,
    url: String,
    /// The site path, to mark the current section.
    path: String,
}

/// Site-wide values every template sees as `site`.
#[derive(Debug, Clone, Serialize)]
pub(super) struct SiteView {
    title: String,
    description: String,
    base_url: String,
    base_path: String,
    language: String,
    publisher: Option<String>,
    /// Search is built (hub's static index) and offered in the header.
    search: bool,
    menu: Vec<MenuView>,
    /// The footer menu of `hub.yaml`.
    footer_menu: Vec<MenuView>,
    /// Links to the repository's web editor, when `hub.yaml` names one.
    repository: Option<RepositoryView>,
}

/// "Suggest a change" and "Propose a new …" links on the repository's web editor.
#[derive(Debug, Clone, Serialize)]
pub(super) struct RepositoryView {
    /// The editor URL of `content/`; a record's file path follows it.
    edit_base: String,
    /// Per collection folder: the host's new-file page with the `hub new` template filled in.
    propose: std::collections::BTreeMap<&'static str, String>,
}

/// The repository links of the site, built once per build.
fn repository_view(site: &Site) -> Option<RepositoryView> {
    let repo = site.config.repository.as_ref()?;
    let term_ids: Vec<String> = {
        let mut ids: Vec<String> = site.terms.iter().map(|t| t.id.clone()).collect();
        ids.sort();
        ids
    };
    let evidence_ids: Vec<String> = site.evidence.iter().map(|e| e.id.clone()).collect();
    let today = crate::scaffold::today();
    let propose = [
        (Collection::Glossary, "New term"),
        (Collection::CaseStudies, "New case study"),
        (Collection::Evidence, "New evidence summary"),
        (Collection::Champions, "Your name"),
    ]
    .into_iter()
    .map(|(collection, title)| {
        let schema = crate::schema::schema(collection, &site.vocab, &term_ids, &evidence_ids);
        let text = crate::scaffold::front_matter(collection, title, &schema, &today);
        let file = format!("{}.md", slug::slugify(title));
        let url = repo.new_file_url(&format!("content/{}", collection.dir()), &file, &text);
        (collection.dir(), url)
    })
    .collect();
    Some(RepositoryView {
        edit_base: repo.edit_url("content/"),
        propose,
    })
}

/// The menu entries with site paths resolved against the base path.
fn menu_views(items: &[crate::config::MenuItem], base_path: &str) -> Vec<MenuView> {
    items
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
        .collect()
}

/// Per-page values every template sees as `meta`.
#[derive(Debug, Clone, Serialize)]
pub(super) struct MetaView {
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
pub(super) struct Crumb {
    label: String,
    url: String,
}

/// Definition shown for a term link on the page.
#[derive(Debug, Clone, Serialize)]
pub(super) struct Tip {
    id: String,
    definition: String,
}

/// A filter control of an index page: its key (also the URL parameter and the `data-*`
/// attribute of the items), its label and the values present.
pub(super) fn filter_control(
    key: &str,
    label: &str,
    values: impl Iterator<Item = String>,
    multi: bool,
) -> Value {
    let options: std::collections::BTreeSet<String> = values.filter(|v| !v.is_empty()).collect();
    context! { key, label, multi, options => options.into_iter().collect::<Vec<_>>() }
}

/// Any serializable value as a template value.
pub(super) fn v<T: Serialize>(value: &T) -> Value {
    Value::from(minijinja::value::Serde(value))
}

pub(super) fn site_view(site: &Site, base_path: &str) -> SiteView {
    let c = &site.config;
    SiteView {
        title: c.title.clone(),
        description: c.description.clone(),
        base_url: c.base_url.clone(),
        base_path: base_path.to_string(),
        language: c.language.clone(),
        publisher: c.publisher.clone(),
        search: c.search,
        menu: menu_views(&c.menu, base_path),
        footer_menu: menu_views(&c.footer_menu, base_path),
        repository: repository_view(site),
    }
}

/// What every page has besides its own context: where it goes, its template, its title and
/// description, breadcrumbs and the definitions of the terms linked on it.
pub(super) struct PageSpec<'a> {
    pub(super) path: &'a str,
    pub(super) template: &'a str,
    pub(super) title: &'a str,
    pub(super) description: &'a str,
    pub(super) crumbs: Vec<Crumb>,
    pub(super) tips: Vec<Tip>,
}

/// The page of one record, by collection and position in the site's list.
#[derive(Debug, Clone, Copy)]
pub(super) enum RecordPage {
    Term(usize),
    CaseStudy(usize),
    Evidence(usize),
    Champion(usize),
    Page(usize),
}

/// A page to render: output path, template and its context.
pub(super) struct Job {
    pub(super) path: String,
    pub(super) template: String,
    pub(super) context: Value,
}

pub(super) struct PageContext<'a> {
    pub(super) site: &'a Site,
    pub(super) resolver: &'a Resolver<'a>,
    linker: &'a Linker,
    bodies: &'a Bodies,
    base_path: &'a str,
    site_view: SiteView,
}

impl<'a> PageContext<'a> {
    pub(super) fn new(
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
    pub(super) fn url(&self, path: &str) -> String {
        crate::link::join_path(self.base_path, path)
    }

    pub(super) fn crumbs(&self, items: &[(&str, &str)]) -> Vec<Crumb> {
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

    pub(super) fn body(&self, c: Collection, id: &str) -> Option<&RenderedBody> {
        self.bodies.get(&(c, id.to_string()))
    }

    pub(super) fn tips(&self, body: Option<&RenderedBody>) -> Vec<Tip> {
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
    pub(super) fn job(&self, spec: PageSpec<'_>, extra: Value) -> Job {
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
    pub(super) fn jobs(&self) -> Vec<Job> {
        type Section<'c> = fn(&PageContext<'c>, &mut Vec<Job>);
        let sections: [Section<'_>; 7] = [
            Self::home,
            Self::glossary,
            Self::case_studies,
            Self::countries,
            Self::evidence,
            Self::champions,
            Self::releases,
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

    /// The page of one record of this collection.
    /// The page of every record.
    pub(super) fn record_pages(&self) -> Vec<RecordPage> {
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
    pub(super) fn render_record_pages(
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
}
