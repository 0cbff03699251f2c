//! The live preview's fast paths: after a save, re-render from the kept model only what the
//! edit changes and show it at once; the full rebuild follows on its own thread.

use super::{AppState, ServeOptions};
use crate::diagnostics::Diagnostic;
use std::sync::Arc;

/// The fast path for the most common edits, one record saved. A case study, evidence
/// summary, champion or page: re-read that file, render its page from the last good model
/// and show it at once. A glossary term: see [`fast_term_update`]. Returns true when the page was shown; the full rebuild that follows updates
/// indexes, backlinks and the search index (and reports any error).
pub(super) fn fast_update(options: &ServeOptions, state: &AppState, changed: &[String]) -> bool {
    use crate::collections::Preview;
    let [path] = changed else { return false };
    let rel = std::path::Path::new(path);
    let parts: Vec<&str> = rel.iter().filter_map(|p| p.to_str()).collect();
    let ["content", dir, file] = parts.as_slice() else {
        return false;
    };
    let Some(id) = file.strip_suffix(".md") else {
        return false;
    };
    let Some(kind) = crate::collections::REGISTRY
        .iter()
        .find(|c| c.collection().dir() == *dir)
    else {
        return false;
    };
    let full = options.root.join(rel);
    if kind.preview() == Preview::Vocabulary {
        return fast_term_update(options, state, &full, id);
    }
    let mut guard = state.model.lock().unwrap_or_else(|p| p.into_inner());
    let Some(model) = guard.as_mut() else {
        return false;
    };
    if !kind.reload(&mut model.site, &options.root, &full, id) {
        return false;
    }
    let collection = kind.collection();
    let mut problems = Vec::new();
    let Some(page) = crate::render::render_record(
        &model.site,
        &model.templates,
        &model.linker,
        collection,
        id,
        &mut problems,
    ) else {
        return false;
    };
    if problems.iter().any(Diagnostic::is_error) {
        return false;
    }
    drop(guard);
    publish(state, vec![page])
}

/// The fast path for an edited glossary term: re-read it, then re-render from the kept
/// model every page the edit can change (the pages that mention the term before or after
/// the edit, the glossary, the home and country pages; see
/// [`crate::render::render_term_edit`]) and show them at once.
fn fast_term_update(
    options: &ServeOptions,
    state: &AppState,
    full: &std::path::Path,
    id: &str,
) -> bool {
    let mut guard = state.model.lock().unwrap_or_else(|p| p.into_inner());
    let Some(model) = guard.as_mut() else {
        return false;
    };
    let Ok(record) =
        crate::content::loader::load_record::<crate::content::Term>(&options.root, full)
    else {
        return false;
    };
    if record.id != id || (record.meta.draft && !options.drafts) {
        return false;
    }
    let mut problems = Vec::new();
    let Some(pages) = crate::render::render_term_edit(model, record, &mut problems) else {
        return false;
    };
    if problems.iter().any(Diagnostic::is_error) {
        return false;
    }
    drop(guard);
    publish(state, pages)
}

/// Puts re-rendered pages in place and reloads the browsers, unless errors are on show
/// (then only the full build that follows may clear them). Returns whether it published.
fn publish(state: &AppState, pages: Vec<crate::output::OutputFile>) -> bool {
    {
        let mut snap = state.snapshot.write().unwrap_or_else(|p| p.into_inner());
        if snap.overlay.is_some() || pages.is_empty() {
            return false;
        }
        for page in pages {
            snap.files.insert(page.path, Arc::from(page.bytes));
        }
        // A rebuild running now read the files before this edit: it must not publish.
        state.rebuilds.request(false);
    }
    let _ = state.events.send("reload".into());
    true
}
