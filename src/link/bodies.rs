//! The link pass: every record's Markdown body rendered to HTML with glossary terms linked,
//! wiki-links resolved and the mentions collected for backlinks.

use super::Linker;
use super::markdown::{BodyOptions, BodySource, RenderedBody, render_body};
use crate::collections::RecordText;
use crate::content::Collection;
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
    let default_mode = site.config.autolink;
    let texts: Vec<RecordText<'_>> = crate::collections::REGISTRY
        .iter()
        .flat_map(|c| c.texts(site))
        .collect();
    let results: Vec<((Collection, String), RenderedBody, Vec<Diagnostic>)> = texts
        .par_iter()
        .filter(|job| wanted(job.collection, job.id, job.body))
        .map(|job| {
            let mut local = Vec::new();
            let page_path = job.collection.path_of(job.id);
            let options = BodyOptions {
                base_path,
                autolink: job.autolink.unwrap_or(default_mode),
                // A term's page does not link the term to itself.
                self_term: (job.collection == Collection::GLOSSARY).then_some(job.position),
                page_path: &page_path,
            };
            let source = BodySource {
                file: job.file,
                first_line: job.body_line,
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
