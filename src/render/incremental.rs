//! What the live preview re-renders on its own, before the full rebuild that follows: the
//! page of one edited record, or every page an edit of one glossary term can change.

use super::templates::Templates;
use super::views::Resolver;
use super::{Bodies, OutputFile, PageContext, RecordPage, render_jobs};
use crate::content::{Collection, Record, Term};
use crate::diagnostics::Diagnostic;
use crate::link::Linker;
use crate::link::link_bodies;
use crate::link::markdown::{BodyOptions, BodySource, render_body};
use crate::link::matcher::surface_forms;
use crate::site::Site;
use std::collections::HashSet;

/// Renders the page of one record on its own, for the live preview's fast path: its body
/// and its page, not the indexes and backlinks that also show it (a full build follows).
/// Glossary terms are not rendered alone, since their pages list every mention.
///
/// It renders on the calling thread on purpose, rather than through `link_bodies` and
/// `render_record_pages`: those run on rayon's pool, where a full rebuild that is still
/// running would make this page wait (35 ms became 100–400 ms when tried).
pub fn render_record(
    site: &Site,
    templates: &Templates,
    linker: &Linker,
    collection: Collection,
    id: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<OutputFile> {
    fn find<'a, T>(records: &'a [Record<T>], id: &str) -> Option<&'a Record<T>> {
        records.iter().find(|r| r.id == id)
    }
    let base_path = site.config.base_path();
    let (file, text, first_line, mode) =
        match collection {
            Collection::CaseStudies => find(&site.case_studies, id)
                .map(|r| (&r.file, &r.body, r.body_line, r.meta.autolink))?,
            Collection::Evidence => find(&site.evidence, id)
                .map(|r| (&r.file, &r.body, r.body_line, r.meta.autolink))?,
            Collection::Champions => find(&site.champions, id)
                .map(|r| (&r.file, &r.body, r.body_line, r.meta.autolink))?,
            Collection::Pages => {
                find(&site.pages, id).map(|r| (&r.file, &r.body, r.body_line, r.meta.autolink))?
            }
            Collection::Glossary => return None,
        };
    let page_path = collection.path_of(id);
    let options = BodyOptions {
        base_path: &base_path,
        autolink: mode.unwrap_or(site.config.autolink),
        self_term: None,
        page_path: &page_path,
    };
    let body = render_body(
        text,
        BodySource { file, first_line },
        linker,
        options,
        diagnostics,
    );
    let bodies: Bodies = [((collection, id.to_string()), body)].into_iter().collect();
    let resolver = Resolver {
        site,
        base_path: &base_path,
    };
    let ctx = PageContext::new(site, &resolver, linker, &bodies, &base_path);
    let job = match collection {
        Collection::CaseStudies => ctx.case_study_job(find(&site.case_studies, id)?),
        Collection::Evidence => ctx.evidence_job(find(&site.evidence, id)?),
        Collection::Champions => ctx.champion_job(find(&site.champions, id)?),
        Collection::Pages => ctx.page_job(find(&site.pages, id)?),
        Collection::Glossary => return None,
    };
    match templates.render(&job.template, job.context) {
        Ok(html) => Some(OutputFile {
            path: job.path,
            bytes: html.into_bytes(),
        }),
        Err(d) => {
            diagnostics.push(d);
            None
        }
    }
}

/// Puts the edited glossary term `edited` into `model` and renders what the edit can
/// change, reusing the bodies of the last build for everything else:
/// - the bodies that contain a name of the term as it was or as it is now, or a wiki-link
///   (which may name it), and the pages that show them: only those can link to the term,
///   stop linking to it, or show its definition;
/// - every glossary page (labels, relations and "Mentioned in" lists), the home page and
///   the country pages (which show term labels).
///
/// A new label can move the term in glossary order: the kept bodies' term numbers are
/// renumbered. The model's bodies and linker are updated. Returns `None` (changing nothing)
/// when the model has no term with that id. Feeds, exports and the search index are left to
/// the full build that follows.
pub fn render_term_edit(
    model: &mut crate::Model,
    edited: Record<Term>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Vec<OutputFile>> {
    let previous_order: Vec<String> = model.site.terms.iter().map(|t| t.id.clone()).collect();
    let id = edited.id.clone();
    let previous = model.site.replace_term(edited)?;
    let crate::Model {
        site,
        templates,
        bodies,
        linker,
    } = model;
    let site = &*site;
    renumber_terms(site, bodies, &previous_order);
    let current = site.term(&id)?;
    let names: Vec<&str> = surface_forms(&previous.meta)
        .chain(surface_forms(&current.meta))
        .map(|(name, _)| name.trim())
        .filter(|name| !name.is_empty())
        .collect();
    // Plain substring search, without regard to case: it finds every body the term matcher
    // could match differently, and a few more.
    let names = aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(&names)
        .ok()?;
    let base_path = site.config.base_path();
    *linker = Linker::new(&site.terms, &base_path, site.config.autolink);
    let linker = &*linker;
    let fresh = link_bodies(site, linker, &base_path, diagnostics, |c, _, body| {
        c == Collection::Glossary || body.contains("[[") || names.is_match(body)
    });
    let changed: HashSet<(Collection, String)> = fresh.keys().cloned().collect();
    bodies.extend(fresh);

    let resolver = Resolver {
        site,
        base_path: &base_path,
    };
    let ctx = PageContext::new(site, &resolver, linker, &*bodies, &base_path);
    let mut jobs = Vec::new();
    ctx.home(&mut jobs);
    ctx.glossary(&mut jobs);
    ctx.countries(&mut jobs);
    let mut files = render_jobs(templates, jobs, diagnostics);
    // Every term page (the "Mentioned in" lists may change), and the pages of the records
    // whose bodies were rendered again.
    let mut pages: Vec<RecordPage> = (0..site.terms.len()).map(RecordPage::Term).collect();
    let mut add = |c: Collection, ids: Vec<&str>, page: fn(usize) -> RecordPage| {
        pages.extend(
            ids.iter()
                .enumerate()
                .filter(|(_, id)| changed.contains(&(c, id.to_string())))
                .map(|(i, _)| page(i)),
        );
    };
    add(
        Collection::CaseStudies,
        ids(&site.case_studies),
        RecordPage::CaseStudy,
    );
    add(
        Collection::Evidence,
        ids(&site.evidence),
        RecordPage::Evidence,
    );
    add(
        Collection::Champions,
        ids(&site.champions),
        RecordPage::Champion,
    );
    add(Collection::Pages, ids(&site.pages), RecordPage::Page);
    files.extend(ctx.render_record_pages(templates, pages, diagnostics));
    Some(files)
}

/// Rewrites the term numbers of `bodies` (mentions and links) from the order of the last
/// build (`previous_order`, term ids) to the current order; terms no longer known are dropped.
fn renumber_terms(site: &Site, bodies: &mut Bodies, previous_order: &[String]) {
    let map: Vec<Option<usize>> = previous_order
        .iter()
        .map(|id| site.term_position(id))
        .collect();
    if map.iter().enumerate().all(|(i, m)| *m == Some(i)) {
        return;
    }
    for body in bodies.values_mut() {
        body.mentions = std::mem::take(&mut body.mentions)
            .into_iter()
            .filter_map(|(term, count)| Some((map.get(term).copied()??, count)))
            .collect();
        body.linked = std::mem::take(&mut body.linked)
            .into_iter()
            .filter_map(|term| map.get(term).copied()?)
            .collect();
    }
}

/// The ids of `records`, in order.
fn ids<T>(records: &[Record<T>]) -> Vec<&str> {
    records.iter().map(|r| r.id.as_str()).collect()
}
