//! Everything the Markdown renderer needs to link terms: the matcher, a label index for
//! wiki-links, and each term's URL and definition.

use super::TermMatcher;
use crate::config::AutolinkMode;
use crate::content::{Collection, Record, Term};
use std::collections::HashMap;

/// What a link to one term shows.
#[derive(Debug, Clone)]
pub struct TermTarget {
    /// Term id.
    pub id: String,
    /// Preferred label.
    pub label: String,
    /// Short definition, shown as a tooltip.
    pub definition: String,
    /// Site path of the term page (base path included).
    pub href: String,
    /// True for deprecated terms.
    pub deprecated: bool,
    /// Index of the replacing term.
    pub replaced_by: Option<usize>,
}

/// Built once per build from all terms.
#[derive(Debug)]
pub struct Linker {
    /// Finds mentions in text.
    pub matcher: TermMatcher,
    /// Link targets, by term index.
    pub targets: Vec<TermTarget>,
    /// Term index by id and by lowercase label, alias or abbreviation.
    by_name: HashMap<String, usize>,
    /// Default auto-linking mode.
    pub mode: AutolinkMode,
}

impl Linker {
    /// Builds the linker; `base_path` is the site's path prefix (e.g. `/sp-hub/`).
    pub fn new(terms: &[Record<Term>], base_path: &str, mode: AutolinkMode) -> Linker {
        let mut by_name = HashMap::new();
        let mut targets = Vec::with_capacity(terms.len());
        for (i, t) in terms.iter().enumerate() {
            let m = &t.meta;
            let names = std::iter::once(&m.term)
                .chain(&m.aliases)
                .chain(&m.abbreviations);
            for name in names {
                by_name.entry(name.value.trim().to_lowercase()).or_insert(i);
            }
            targets.push(TermTarget {
                id: t.id.clone(),
                label: m.term.value.clone(),
                definition: m.definition.trim().to_string(),
                href: join_path(base_path, &Collection::GLOSSARY.path_of(&t.id)),
                deprecated: m.status == crate::content::term::TermStatus::Deprecated,
                replaced_by: None,
            });
        }
        // Ids win over labels when both could match.
        for (i, t) in terms.iter().enumerate() {
            by_name.insert(t.id.clone(), i);
        }
        let index: HashMap<&str, usize> = terms
            .iter()
            .enumerate()
            .map(|(i, t)| (t.id.as_str(), i))
            .collect();
        for (target, t) in targets.iter_mut().zip(terms) {
            target.replaced_by = t
                .meta
                .replaced_by
                .as_ref()
                .and_then(|r| index.get(r.value.as_str()).copied());
        }
        Linker {
            matcher: TermMatcher::new(terms),
            targets,
            by_name,
            mode,
        }
    }

    /// Resolves a wiki-link target (a term id or any of its labels, any case).
    pub fn resolve(&self, target: &str) -> Option<usize> {
        let key = target.trim();
        self.by_name
            .get(key)
            .or_else(|| self.by_name.get(&key.to_lowercase()))
            .copied()
    }

    /// Every id and label, for "did you mean" suggestions.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.by_name.keys().map(String::as_str)
    }
}

/// Joins the base path (`/` or `/sp-hub/`) and a site path (`/glossary/x/`).
pub fn join_path(base_path: &str, path: &str) -> String {
    format!("{}{}", base_path.trim_end_matches('/'), path)
}
