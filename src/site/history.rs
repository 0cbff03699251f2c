//! What changed in the glossary between two releases, and each term's history across them.

use super::Site;
use crate::content::releases::{Release, ReleasedTerm};

/// One change to a term between two versions of the glossary.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Change {
    /// A new term.
    Added {
        /// Its label.
        label: String,
    },
    /// The preferred label changed.
    Relabelled {
        /// Before.
        old: String,
        /// After.
        new: String,
    },
    /// The definition changed.
    Redefined {
        /// Before.
        old: String,
        /// After.
        new: String,
    },
    /// The term was deprecated.
    Deprecated {
        /// The term that replaces it.
        replaced_by: Option<String>,
    },
    /// The status changed otherwise (e.g. proposed → agreed).
    StatusChanged {
        /// Before.
        old: String,
        /// After.
        new: String,
    },
    /// The term disappeared (`hub check` refuses this for released terms).
    Removed,
}

/// The changes of one term.
#[derive(Debug, Clone, serde::Serialize)]
pub struct TermChanges {
    /// The term's id.
    pub id: String,
    /// Its label in the newer version (or the older one, if removed).
    pub label: String,
    /// What changed, in a fixed order.
    pub changes: Vec<Change>,
}

/// Every change from `old` (nothing, for the first release) to `new`, by term id.
pub fn compare(old: &[ReleasedTerm], new: &[ReleasedTerm]) -> Vec<TermChanges> {
    fn by_id(list: &[ReleasedTerm]) -> std::collections::HashMap<&str, &ReleasedTerm> {
        list.iter().map(|t| (t.id.as_str(), t)).collect()
    }
    let (old_by_id, new_by_id) = (by_id(old), by_id(new));
    let mut out = Vec::new();
    for n in new {
        let mut changes = Vec::new();
        match old_by_id.get(n.id.as_str()) {
            None => changes.push(Change::Added {
                label: n.term.clone(),
            }),
            Some(o) => {
                if o.term != n.term {
                    changes.push(Change::Relabelled {
                        old: o.term.clone(),
                        new: n.term.clone(),
                    });
                }
                if o.definition != n.definition {
                    changes.push(Change::Redefined {
                        old: o.definition.clone(),
                        new: n.definition.clone(),
                    });
                }
                if o.status != n.status {
                    changes.push(if n.status == "deprecated" {
                        Change::Deprecated {
                            replaced_by: n.replaced_by.clone(),
                        }
                    } else {
                        Change::StatusChanged {
                            old: o.status.clone(),
                            new: n.status.clone(),
                        }
                    });
                }
            }
        }
        if !changes.is_empty() {
            out.push(TermChanges {
                id: n.id.clone(),
                label: n.term.clone(),
                changes,
            });
        }
    }
    for o in old
        .iter()
        .filter(|o| !new_by_id.contains_key(o.id.as_str()))
    {
        out.push(TermChanges {
            id: o.id.clone(),
            label: o.term.clone(),
            changes: vec![Change::Removed],
        });
    }
    out.sort_by(|a, b| a.id.cmp(&b.id));
    out
}

/// The glossary as it is now, in the form releases keep.
pub fn current_terms(site: &Site) -> Vec<ReleasedTerm> {
    let mut terms: Vec<ReleasedTerm> = site
        .terms()
        .iter()
        .map(|t| ReleasedTerm {
            id: t.id.clone(),
            term: t.meta.term.value.clone(),
            definition: t.meta.definition.trim().to_string(),
            status: t.meta.status.as_str().to_string(),
            replaced_by: t.meta.replaced_by.as_ref().map(|r| r.value.clone()),
        })
        .collect();
    terms.sort_by(|a, b| a.id.cmp(&b.id));
    terms
}

/// When a term was added and changed, release by release.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct TermHistory {
    /// (version, date) of the first release that has the term.
    pub added_in: Option<(String, String)>,
    /// (version, date, what) of each later release that changed it.
    pub changed_in: Vec<(String, String, String)>,
}

/// The history of term `id` across `releases` (oldest first).
pub fn term_history(releases: &[Release], id: &str) -> TermHistory {
    let mut history = TermHistory::default();
    let mut previous: Option<&ReleasedTerm> = None;
    for r in releases {
        let Some(now) = r.term(id) else { continue };
        let when = (r.info.version.clone(), r.info.date.clone());
        match previous {
            None => history.added_in = Some(when),
            Some(before) => {
                let what = compare(std::slice::from_ref(before), std::slice::from_ref(now));
                if let Some(c) = what.first() {
                    let text = c
                        .changes
                        .iter()
                        .map(describe)
                        .collect::<Vec<_>>()
                        .join("; ");
                    history.changed_in.push((when.0, when.1, text));
                }
            }
        }
        previous = Some(now);
    }
    history
}

/// A change in a few words, for term pages and the changelog.
pub fn describe(change: &Change) -> String {
    match change {
        Change::Added { .. } => "added".into(),
        Change::Relabelled { old, new } => format!("label changed from “{old}” to “{new}”"),
        Change::Redefined { .. } => "definition changed".into(),
        Change::Deprecated {
            replaced_by: Some(r),
        } => format!("deprecated, replaced by `{r}`"),
        Change::Deprecated { replaced_by: None } => "deprecated".into(),
        Change::StatusChanged { old, new } => format!("status changed from {old} to {new}"),
        Change::Removed => "removed".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(id: &str, term: &str, definition: &str, status: &str) -> ReleasedTerm {
        ReleasedTerm {
            id: id.into(),
            term: term.into(),
            definition: definition.into(),
            status: status.into(),
            replaced_by: None,
        }
    }

    #[test]
    fn compare_reports_every_kind_of_change() {
        let old = [
            t("a", "A", "one two", "agreed"),
            t("b", "B", "x", "agreed"),
            t("c", "C", "x", "agreed"),
        ];
        let mut dep = t("b", "B", "x", "deprecated");
        dep.replaced_by = Some("d".into());
        let new = [
            t("a", "Aa", "one three", "agreed"),
            dep,
            t("d", "D", "y", "proposed"),
        ];
        let c = compare(&old, &new);
        let kinds: Vec<(&str, Vec<String>)> = c
            .iter()
            .map(|x| (x.id.as_str(), x.changes.iter().map(describe).collect()))
            .collect();
        assert_eq!(
            kinds,
            [
                (
                    "a",
                    vec![
                        "label changed from “A” to “Aa”".to_string(),
                        "definition changed".into()
                    ]
                ),
                ("b", vec!["deprecated, replaced by `d`".into()]),
                ("c", vec!["removed".into()]),
                ("d", vec!["added".into()]),
            ]
        );
    }
}
