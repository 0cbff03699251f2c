//! What the live preview re-renders on its own, before the full rebuild that follows: the
//! page of one edited record, or every page an edit of one glossary term can change.

use super::templates::Templates;
use super::{Bodies, OutputFile, RecordPage, render_jobs, with_page_context};
use crate::content::{Collection, Record, Term};
use crate::diagnostics::Diagnostic;
use crate::i18n::Language;
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
pub(crate) fn render_record(
    site: &Site,
    templates: &Templates,
    linker: &Linker,
    collection: Collection,
    id: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<OutputFile> {
    let kind = crate::collections::of(collection)?;
    if kind.preview() != crate::collections::Preview::OwnPage {
        return None;
    }
    let position = kind.position(site, id)?;
    let text = kind.text(site, position)?;
    let base_path = site.config.base_path();
    let page_path = collection.path_of(id);
    let options = BodyOptions {
        base_path: &base_path,
        autolink: text.autolink.unwrap_or(site.config.autolink),
        self_term: None,
        page_path: &page_path,
    };
    let body = render_body(
        text.body,
        BodySource {
            file: text.file,
            first_line: text.body_line,
        },
        linker,
        options,
        diagnostics,
    );
    let bodies: Bodies = [((collection, id.to_string()), body)].into_iter().collect();
    let language = Language::new(&site.config.language, true);
    let job = with_page_context(site, templates, linker, &bodies, &language, None, |ctx| {
        kind.record_page(ctx, position)
    });
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
pub(crate) fn render_term_edit(
    model: &mut crate::Model,
    edited: Record<Term>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Vec<OutputFile>> {
    let previous_order: Vec<String> = model.site.terms().iter().map(|t| t.id.clone()).collect();
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
    *linker = Linker::new(site.terms(), &base_path, site.config.autolink);
    let linker = &*linker;
    let fresh = link_bodies(site, linker, &base_path, diagnostics, |c, _, body| {
        c == Collection::GLOSSARY || body.contains("[[") || names.is_match(body)
    });
    let changed: HashSet<(Collection, String)> = fresh.keys().cloned().collect();
    bodies.extend(fresh);

    let language = Language::new(&site.config.language, true);
    let files = with_page_context(site, templates, linker, bodies, &language, None, |ctx| {
        let mut jobs = Vec::new();
        ctx.home(&mut jobs);
        ctx.glossary(&mut jobs);
        ctx.countries(&mut jobs);
        let mut files = render_jobs(templates, jobs, diagnostics);
        // Every term page (the "Mentioned in" lists may change; every term body was
        // rendered again), and the pages of the records whose bodies were rendered again.
        let pages: Vec<RecordPage> = crate::collections::REGISTRY
            .iter()
            .enumerate()
            .flat_map(|(c, kind)| {
                kind.texts(site)
                    .into_iter()
                    .filter(|t| changed.contains(&(t.collection, t.id.to_string())))
                    .map(move |t| RecordPage(c, t.position))
            })
            .collect();
        files.extend(ctx.render_record_pages(templates, pages, diagnostics));
        files
    });
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
