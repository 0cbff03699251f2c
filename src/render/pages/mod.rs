//! The pages of the site: what each template is given (site, page meta, breadcrumbs, term
//! definitions and the page's own context), for the index pages and the page of every record.
//!
//! This module holds what every page shares (the site, page meta, breadcrumbs, the job list);
//! each section of the site has its own module below.

use super::map;
use super::templates::Templates;
use super::views::{self, MentionGroup, MentionView, Resolver};
use super::{Bodies, OutputFile, render_each};
use crate::collections::{LanguageRecords, RecordLanguage};
use crate::content::{Collection, Record};
use crate::diagnostics::Diagnostic;
use crate::i18n::{Arg, Catalogues, Language};
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
pub(crate) struct MenuView {
    label: String,
    url: String,
    /// The site path, to mark the current section.
    path: String,
}

/// Site-wide values every template sees as `site`.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct SiteView {
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
    /// The language of `title` when it is not the page's (not translated into it).
    title_lang: Option<String>,
    /// The language of `description` when it is not the page's.
    description_lang: Option<String>,
    /// The site has other languages (the header shows the language switcher).
    multilingual: bool,
    /// URL of the search index of the page's language.
    search_index: String,
    /// Links to the repository's web editor, when `hub.yaml` names one.
    repository: Option<RepositoryView>,
}

/// "Suggest a change" and "Propose a new …" links on the repository's web editor.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct RepositoryView {
    /// The editor URL of `content/`; a record's file path follows it.
    edit_base: String,
    /// Per collection folder: the host's new-file page with the `hub new` template filled in.
    propose: std::collections::BTreeMap<&'static str, String>,
}

/// The repository links of the site, built once per build.
fn repository_view(site: &Site) -> Option<RepositoryView> {
    let repo = site.config.repository.as_ref()?;
    let owned = crate::schema::OwnedFacts::of(site);
    let facts = owned.facts();
    let today = crate::scaffold::today();
    let propose = crate::collections::REGISTRY
        .iter()
        .filter_map(|c| Some((c, c.propose_title()?)))
        .map(|(c, title)| {
            let schema = c.schema(&facts);
            let text = crate::scaffold::front_matter(*c, title, &schema, &today);
            let file = format!("{}.md", slug::slugify(title));
            let dir = c.collection().dir();
            let url = repo.new_file_url(&format!("content/{dir}"), &file, &text);
            (dir, url)
        })
        .collect();
    Some(RepositoryView {
        edit_base: repo.edit_url("content/"),
        propose,
    })
}

/// The menu entries in `lang`, with site paths resolved against the base path.
fn menu_views(items: &[crate::config::MenuItem], base_path: &str, lang: &str) -> Vec<MenuView> {
    items
        .iter()
        .map(|m| MenuView {
            label: m.labels.get(lang).unwrap_or(&m.label).clone(),
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
pub(crate) struct MetaView {
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
pub(crate) struct Crumb {
    label: String,
    url: String,
}

/// Definition shown for a term link on the page.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Tip {
    id: String,
    definition: String,
}

/// A filter control of an index page: its key (also the URL parameter and the `data-*`
/// attribute of the items), its label and the values present.
pub(crate) fn filter_control(
    key: &str,
    label: &str,
    values: impl Iterator<Item = String>,
    multi: bool,
) -> Value {
    let options: std::collections::BTreeSet<String> = values.filter(|v| !v.is_empty()).collect();
    context! { key, label, multi, options => options.into_iter().collect::<Vec<_>>() }
}

/// `items` in runs of equal `key`, in order: the groups of one page of a list sorted by that
/// key (a glossary letter, a profession, a WHO region).
pub(crate) fn runs_by<I: IntoIterator, K: PartialEq>(
    items: I,
    key: impl Fn(&I::Item) -> K,
) -> Vec<(K, Vec<I::Item>)> {
    let mut runs: Vec<(K, Vec<I::Item>)> = Vec::new();
    for item in items {
        let k = key(&item);
        match runs.last_mut() {
            Some((last, members)) if *last == k => members.push(item),
            _ => runs.push((k, vec![item])),
        }
    }
    runs
}

/// Any serializable value as a template value.
pub(crate) fn v<T: Serialize>(value: &T) -> Value {
    Value::from(minijinja::value::Serde(value))
}

pub(crate) fn site_view(site: &Site, base_path: &str, language: &Language) -> SiteView {
    let c = &site.config;
    let own = c.translations.get(&language.code);
    let title = own.and_then(|t| t.title.clone());
    let description = own.and_then(|t| t.description.clone());
    let original = |translated: &Option<String>| {
        (translated.is_none() && !language.is_default).then(|| c.language.clone())
    };
    SiteView {
        title_lang: original(&title),
        description_lang: original(&description),
        title: title.unwrap_or_else(|| c.title.clone()),
        description: description.unwrap_or_else(|| c.description.clone()),
        base_url: c.base_url.clone(),
        base_path: base_path.to_string(),
        language: c.language.clone(),
        publisher: c.publisher.clone(),
        search: c.search,
        menu: menu_views(&c.menu, base_path, &language.code),
        footer_menu: menu_views(&c.footer_menu, base_path, &language.code),
        multilingual: !c.languages.is_empty(),
        search_index: crate::link::join_path(base_path, &language.path("/search-index/")),
        repository: repository_view(site),
    }
}

/// What every page has besides its own context: where it goes, its template, its title and
/// description, breadcrumbs and the definitions of the terms linked on it.
pub(crate) struct PageSpec<'a> {
    /// Site path, e.g. `/events/` (or `/404.html`).
    pub(crate) path: &'a str,
    /// Template file of the theme.
    pub(crate) template: &'a str,
    /// Page title.
    pub(crate) title: &'a str,
    /// Meta description.
    pub(crate) description: &'a str,
    /// Breadcrumbs after "Home".
    pub(crate) crumbs: Vec<Crumb>,
    /// Definitions of the terms linked on the page.
    pub(crate) tips: Vec<Tip>,
}

/// The page of one record: the position of its collection in the registry and its
/// position in the collection's list.
#[derive(Debug, Clone, Copy)]
pub(super) struct RecordPage(pub(super) usize, pub(super) usize);

/// The language pages are rendered in: the language, its interface catalogues and, for a
/// language other than the default, the records that exist in it and how each is
/// translated (`None` for the default language, where every record exists).
pub struct InLanguage<'a> {
    /// The language.
    pub language: &'a Language,
    /// The interface catalogues.
    pub messages: &'a Catalogues,
    /// The records in the language (`None`: all of them).
    pub shown: Option<&'a LanguageRecords>,
    /// In a language other than the default, the default language's linked bodies: what
    /// the pages show of the records not translated into it ("Mentioned in").
    pub original: Option<Original<'a>>,
}

/// A language other than the default: the records that exist in it and how each is
/// translated, and the default language's bodies, for the records that are not.
#[derive(Clone, Copy)]
pub struct OtherLanguage<'a> {
    /// The records in the language.
    pub shown: &'a LanguageRecords,
    /// The default language's linked bodies.
    pub original: Original<'a>,
}

/// The default language's term links and linked bodies.
#[derive(Clone, Copy)]
pub struct Original<'a> {
    /// Its linker (the term indices of `bodies`).
    pub linker: &'a Linker,
    /// Its linked bodies.
    pub bodies: &'a Bodies,
}

/// A page to render: output path, template and its context.
pub struct Job {
    /// Output file path.
    pub(crate) path: String,
    /// Template file of the theme.
    pub(crate) template: String,
    /// What the template sees.
    pub(crate) context: Value,
}

/// What every page of a build is rendered with: the model, the linked bodies, the site's
/// own view and helpers for URLs, breadcrumbs and term tips.
pub struct PageContext<'a> {
    /// The model.
    pub(crate) site: &'a Site,
    /// Views of records and references.
    pub(crate) resolver: &'a Resolver<'a>,
    linker: &'a Linker,
    bodies: &'a Bodies,
    base_path: &'a str,
    site_view: SiteView,
    /// The language of the pages.
    pub(crate) language: &'a Language,
    /// The interface catalogues.
    pub(crate) messages: &'a Catalogues,
    /// In a language other than the default: the records that exist in it, and how each is
    /// translated (`None` for the default language, where every record exists).
    shown: Option<&'a LanguageRecords>,
    /// The default language's bodies, for the records not translated (see [`InLanguage`]).
    original: Option<Original<'a>>,
    /// The pages that mention each term, computed once when a term page first needs them.
    backlinks: std::sync::OnceLock<HashMap<usize, Vec<MentionGroup>>>,
}

impl<'a> PageContext<'a> {
    pub(crate) fn new(
        site: &'a Site,
        resolver: &'a Resolver<'a>,
        linker: &'a Linker,
        bodies: &'a Bodies,
        base_path: &'a str,
        in_language: InLanguage<'a>,
    ) -> Self {
        let InLanguage {
            language,
            messages,
            shown,
            original,
        } = in_language;
        PageContext {
            site,
            resolver,
            linker,
            bodies,
            base_path,
            site_view: site_view(site, base_path, language),
            language,
            messages,
            shown,
            original,
            backlinks: std::sync::OnceLock::new(),
        }
    }
}

impl PageContext<'_> {
    /// The interface message `id` in the pages' language, as plain text.
    pub(crate) fn t(&self, id: &str) -> String {
        self.messages.text(&self.language.code, id)
    }

    pub(crate) fn url(&self, path: &str) -> String {
        crate::link::join_path(self.base_path, path)
    }

    pub(crate) fn crumbs(&self, items: &[(&str, &str)]) -> Vec<Crumb> {
        let mut v = vec![Crumb {
            label: self.t("crumb-home"),
            url: self.url("/"),
        }];
        v.extend(items.iter().map(|(label, path)| Crumb {
            label: (*label).into(),
            url: self.url(path),
        }));
        v
    }

    pub(crate) fn body(&self, c: Collection, id: &str) -> Option<&RenderedBody> {
        self.bodies.get(&(c, id.to_string()))
    }

    pub(crate) fn tips(&self, body: Option<&RenderedBody>) -> Vec<Tip> {
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
    pub(crate) fn job(&self, spec: PageSpec<'_>, extra: Value) -> Job {
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
                self.language.path(site_path)
            ),
            path: site_path.to_string(),
            og_type: if template == "home.html" {
                "website"
            } else {
                "article"
            },
        };
        let template = template.to_string();
        let in_language = self.language.path(site_path);
        let path = if in_language.ends_with(".html") {
            in_language.trim_start_matches('/').to_string()
        } else {
            format!("{}index.html", in_language.trim_start_matches('/'))
        };
        let lang = &self.language.code;
        let dir = self.language.dir;
        Job {
            path,
            template,
            context: context! { site => v(&self.site_view), lang, dir => v(&dir), meta => v(&meta), breadcrumbs => v(&crumbs), tips => v(&tips), ..extra },
        }
    }

    /// One job per page of the list `items`: `spec` describes the list (its path is the
    /// first page's); later pages say "page N of M" in their title and breadcrumbs.
    /// `extra(chunk, number)` gives each page's own context; the pager is added as `pager`.
    pub(crate) fn paged<T>(
        &self,
        spec: PageSpec<'_>,
        items: &[T],
        extra: impl Fn(&[T], usize) -> Value,
    ) -> Vec<Job> {
        let per_page = self.site.config.paginate;
        super::paginate::paginate(items, per_page, spec.path)
            .into_iter()
            .map(|(path, chunk, pager)| {
                let (number, count) = pager.as_ref().map_or((1, 1), |p| (p.number, p.count));
                let mut crumbs = spec.crumbs.clone();
                let title = if number > 1 {
                    crumbs.push(Crumb {
                        label: self
                            .messages
                            .count(&self.language.code, "page-number", number),
                        url: self.url(&path),
                    });
                    self.messages.text_with(
                        &self.language.code,
                        "page-title-numbered",
                        &[
                            ("title", Arg::Text(spec.title.to_string())),
                            ("number", Arg::Number(number as f64)),
                            ("count", Arg::Number(count as f64)),
                        ],
                    )
                } else {
                    spec.title.to_string()
                };
                self.job(
                    PageSpec {
                        path: &path,
                        template: spec.template,
                        title: &title,
                        description: spec.description,
                        crumbs,
                        tips: spec.tips.clone(),
                    },
                    context! { pager => v(&pager), ..extra(chunk, number) },
                )
            })
            .collect()
    }

    /// The pages that mention each term (by position in the glossary), grouped by
    /// collection; computed on first use.
    pub(crate) fn term_backlinks(&self) -> &HashMap<usize, Vec<MentionGroup>> {
        self.backlinks.get_or_init(|| self.backlinks())
    }

    /// The index pages (everything but the pages of records): the site's own pages and
    /// every collection's, each built in parallel.
    pub(super) fn jobs(&self) -> Vec<Job> {
        type Section<'c> = fn(&PageContext<'c>, &mut Vec<Job>);
        // Releases freeze the glossary as it was written, in the default language: their
        // pages exist in it alone.
        let releases: Section<'_> = if self.shown.is_none() {
            Self::releases
        } else {
            |_, _| {}
        };
        let site_pages: [Section<'_>; 3] = [Self::home, Self::countries, releases];
        let collections = crate::collections::REGISTRY.par_iter().flat_map_iter(|c| {
            let mut jobs = Vec::new();
            c.index_pages(self, &mut jobs);
            jobs
        });
        let mut jobs: Vec<Job> = site_pages
            .par_iter()
            .flat_map_iter(|section| {
                let mut jobs = Vec::new();
                section(self, &mut jobs);
                jobs
            })
            .chain(collections)
            .collect();
        jobs.push(self.job(
            PageSpec {
                path: "/search/",
                template: "search.html",
                title: &self.t("search-title"),
                description: &self.t("search-description"),
                crumbs: self.crumbs(&[(&self.t("search-title"), "/search/")]),
                tips: Vec::new(),
            },
            context! { enabled => self.site.config.search },
        ));
        jobs.push(self.job(
            PageSpec {
                path: "/404.html",
                template: "404.html",
                title: &self.t("not-found-title"),
                description: &self.t("not-found-description"),
                crumbs: self.crumbs(&[]),
                tips: Vec::new(),
            },
            context! {},
        ));
        jobs
    }

    /// The page of every record in the pages' language: (position in the registry,
    /// position in its collection).
    pub(super) fn record_pages(&self) -> Vec<RecordPage> {
        crate::collections::REGISTRY
            .iter()
            .enumerate()
            .flat_map(|(c, kind)| (0..kind.len(self.site)).map(move |i| RecordPage(c, i)))
            .filter(|&RecordPage(c, i)| self.translation(c, i).is_some() || self.shown.is_none())
            .collect()
    }

    /// How the record at `position` of the registry's collection `c` is translated into
    /// the pages' language (`None` when it is not, or in the default language).
    fn translation(&self, c: usize, position: usize) -> Option<&RecordLanguage> {
        let kind = crate::collections::REGISTRY[c];
        let text = kind.text(self.site, position)?;
        self.shown?.get(&(kind.collection(), text.id.to_string()))
    }

    /// Renders the pages of records, each context built just before its page is rendered.
    pub(super) fn render_record_pages(
        &self,
        templates: &Templates,
        pages: Vec<RecordPage>,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Vec<OutputFile> {
        render_each(
            templates,
            pages,
            |RecordPage(c, i)| {
                let mut job = crate::collections::REGISTRY[c].record_page(self, i);
                if let Some(how) = self.translation(c, i) {
                    job.context = context! { translation => v(how), ..job.context };
                }
                job
            },
            diagnostics,
        )
    }
}
