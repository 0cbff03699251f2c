//! The link pass: every record's Markdown body rendered to HTML with glossary terms linked,
//! wiki-links resolved and the mentions collected for backlinks.

use super::Linker;
use super::markdown::{BodyOptions, BodySource, RenderedBody, render_body};
use crate::config::AutolinkMode;
use crate::content::{Collection, Record};
use crate::diagnostics::Diagnostic;
use crate::site::Site;
use rayon::prelude::*;
use std::collections::HashMap;

/// Rendered bodies of every record, by collection and id.
pub type Bodies = HashMap<(Collection, String), RenderedBody>;

/// Renders in parallel the Markdown body of every record, with glossary terms linked, for
/// which `wanted(collection, id, body)`
/// holds (every record, for a full build).
pub fn link_bodies(
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
