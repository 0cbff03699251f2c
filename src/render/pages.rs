//! The pages of the site: what each template is given (site, page meta, breadcrumbs, term
//! definitions and the page's own context), for the index pages and the page of every record.

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

pub(super) fn champion_filters(all: &[views::ChampionView]) -> Vec<Value> {
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

pub(super) fn evidence_filters(rows: &[views::EvidenceView]) -> Vec<Value> {
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

    pub(super) fn home(&self, jobs: &mut Vec<Job>) {
        let s = self.site;
        let coverage = crate::site::coverage::Coverage::of(s);
        let stats = context! {
            terms => s.terms.len(),
            case_studies => coverage.social_prescribing,
            countries => coverage.countries.len(),
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
        let featured: Vec<_> = s
            .config
            .featured_terms
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

    pub(super) fn glossary(&self, jobs: &mut Vec<Job>) {
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
    pub(super) fn glossary_languages(&self, jobs: &mut Vec<Job>) -> Vec<Value> {
        let s = self.site;
        let mut by_language: BTreeMap<&str, Vec<(String, views::TermSummary)>> = BTreeMap::new();
        for t in &s.terms {
            for (code, label) in &t.meta.translations {
                by_language.entry(code.as_str()).or_default().push((
                    label.value.label().to_string(),
                    self.resolver.term_summary(t),
                ));
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
    pub(super) fn backlinks(&self) -> HashMap<usize, Vec<MentionGroup>> {
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
    pub(super) fn world_map(&self) -> Option<String> {
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
    pub(super) fn regions_with_studies(&self) -> Vec<Value> {
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

    pub(super) fn case_studies(&self, jobs: &mut Vec<Job>) {
        let s = self.site;
        jobs.push(self.job(PageSpec { path: "/case-studies/", template: "case_studies.html", title: "Case studies", description: "Social prescribing in practice around the world, by WHO region and country.", crumbs: self.crumbs(&[("Case studies", "/case-studies/")]), tips: Vec::new() }, context! { regions => self.regions_with_studies(), count => s.case_studies.len(), coverage => self.coverage_view(), map_svg => self.world_map() }));
    }

    /// The coverage figures with the places named, for the case-studies index.
    fn coverage_view(&self) -> Value {
        let c = crate::site::coverage::Coverage::of(self.site);
        let names = |codes: &std::collections::BTreeSet<String>| -> Vec<String> {
            let mut v: Vec<String> = codes
                .iter()
                .map(|code| self.resolver.country(code).name)
                .collect();
            v.sort();
            v
        };
        context! {
            social_prescribing => c.social_prescribing,
            related_approaches => c.related_approaches,
            countries => c.countries.len(),
            territories => names(&c.territories),
            related_only => names(&c.related_only),
        }
    }

    pub(super) fn countries(&self, jobs: &mut Vec<Job>) {
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
                        let language = g.language.as_ref().map_or(s.config.language.as_str(), |l| l.value.as_str());
                        let places: Vec<String> = g.subdivisions.iter().filter(|d| d.value.starts_with(&format!("{code}-"))).map(|d| self.resolver.place_name(&d.value)).collect();
                        context! { label => g.label.clone(), language, places, term => v(&self.resolver.term_ref(&t.id)) }
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

    pub(super) fn evidence(&self, jobs: &mut Vec<Job>) {
        let s = self.site;
        let mut rows: Vec<_> = s
            .evidence
            .iter()
            .map(|r| self.resolver.evidence(r, ""))
            .collect();
        rows.sort_by(|a, b| b.year.cmp(&a.year).then(a.title.cmp(&b.title)));
        jobs.push(self.job(PageSpec { path: "/evidence/", template: "evidence_index.html", title: "Evidence", description: "Structured summaries of evaluations and reviews of social prescribing, with their figures and citations.", crumbs: self.crumbs(&[("Evidence", "/evidence/")]), tips: Vec::new() }, context! { filters => evidence_filters(&rows), rows => v(&rows) }));
    }

    pub(super) fn champions(&self, jobs: &mut Vec<Job>) {
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

    pub(super) fn term_job(&self, i: usize, backlinks: &HashMap<usize, Vec<MentionGroup>>) -> Job {
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

    pub(super) fn case_study_job(&self, r: &Record<crate::content::CaseStudy>) -> Job {
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
    pub(super) fn evidence_job(&self, r: &Record<crate::content::Evidence>) -> Job {
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
    pub(super) fn champion_job(&self, r: &Record<crate::content::Champion>) -> Job {
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
    pub(super) fn page_job(&self, r: &Record<crate::content::Page>) -> Job {
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
    pub(super) fn field_reference(&self) -> Vec<Value> {
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
