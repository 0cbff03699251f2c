//! `hub diff <git-ref>`: what a change does to the hub's content, for reviewers — records
//! added, removed or renamed, the fields changed per record (old → new), and problems that
//! the change introduces — rather than lines of text.
//!
//! The hub at the ref is read through git (`git archive`), never by touching the working
//! tree, and both versions are loaded and validated like a build.

use crate::diagnostics::Diagnostic;
use crate::site::Site;
use serde::Serialize;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;

/// Why the comparison could not be made.
#[derive(Debug, thiserror::Error)]
pub enum DiffError {
    /// git failed (not a repository, unknown ref …).
    #[error("cannot read the hub at `{reference}` through git: {message}")]
    Git {
        /// The ref asked for.
        reference: String,
        /// What git said.
        message: String,
    },
    /// A temporary folder could not be made.
    #[error("cannot prepare a temporary copy: {0}")]
    Io(#[from] std::io::Error),
    /// One of the two versions has no readable hub.yaml.
    #[error("the hub at {0} cannot be loaded (is hub.yaml readable there?)")]
    Unloadable(String),
}

/// A field whose value changed.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct FieldChange {
    /// The front-matter key.
    pub field: String,
    /// Before (JSON).
    pub old: Value,
    /// After (JSON).
    pub new: Value,
}

/// What happened to one record.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct RecordChange {
    /// The collection folder (glossary, case-studies …).
    pub collection: String,
    /// The record's id (its new id, when renamed).
    pub id: String,
    /// added, removed, renamed or changed.
    pub kind: &'static str,
    /// The old id of a renamed record.
    pub renamed_from: Option<String>,
    /// Front-matter fields that changed.
    pub fields: Vec<FieldChange>,
    /// True when the Markdown body changed.
    pub body_changed: bool,
}

impl RecordChange {
    /// A change of the whole record (collection, id) with no field detail yet.
    fn whole(key: &(String, String), kind: &'static str) -> RecordChange {
        RecordChange {
            collection: key.0.clone(),
            id: key.1.clone(),
            kind,
            renamed_from: None,
            fields: Vec::new(),
            body_changed: false,
        }
    }
}

/// Everything `hub diff` reports.
#[derive(Debug, Clone, Serialize)]
pub struct ContentDiff {
    /// The ref compared with the working tree.
    pub reference: String,
    /// Records, by collection and id.
    pub records: Vec<RecordChange>,
    /// Problems (errors and warnings) that the working tree has and the ref had not.
    pub new_problems: Vec<Diagnostic>,
}

/// Compares the hub at `reference` (a git ref) with the working tree at `root`.
pub fn diff(root: &Path, reference: &str) -> Result<ContentDiff, DiffError> {
    // Removed when dropped, whichever way this function returns.
    let old_root = tempfile::tempdir()?;
    export_ref(root, reference, old_root.path())?;
    let old = crate::render_in_memory_with(old_root.path(), None, true, false);
    let new = crate::render_in_memory_with(root, None, true, false);
    let (Some(old_model), Some(new_model)) = (old.model, new.model) else {
        return Err(DiffError::Unloadable(reference.to_string()));
    };
    let records = compare_sites(&old_model.site, &new_model.site);
    let seen: BTreeSet<(String, String)> = old
        .diagnostics
        .iter()
        .map(|d| (d.file.display().to_string(), d.message.clone()))
        .collect();
    let new_problems = new
        .diagnostics
        .into_iter()
        .filter(|d| !seen.contains(&(d.file.display().to_string(), d.message.clone())))
        .collect();
    Ok(ContentDiff {
        reference: reference.to_string(),
        records,
        new_problems,
    })
}

/// Writes the hub folder as it is at `reference` into `into`, through `git archive`.
fn export_ref(root: &Path, reference: &str, into: &Path) -> Result<(), DiffError> {
    let git_error = |message: String| DiffError::Git {
        reference: reference.to_string(),
        message,
    };
    if reference.starts_with('-') {
        return Err(git_error("a ref cannot start with `-`".into()));
    }
    let prefix = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(["rev-parse", "--show-prefix"])
        .output()
        .map_err(|e| git_error(e.to_string()))?;
    if !prefix.status.success() {
        return Err(git_error(
            String::from_utf8_lossy(&prefix.stderr).trim().to_string(),
        ));
    }
    let prefix = String::from_utf8_lossy(&prefix.stdout).trim().to_string();
    let tree = format!("{reference}:{prefix}");
    let archive = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(["archive", "--format=tar", &tree])
        .output()
        .map_err(|e| git_error(e.to_string()))?;
    if !archive.status.success() {
        return Err(git_error(
            String::from_utf8_lossy(&archive.stderr).trim().to_string(),
        ));
    }
    let mut tar = Command::new("tar")
        .arg("-x")
        .arg("-C")
        .arg(into)
        .stdin(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| git_error(format!("cannot run tar: {e}")))?;
    if let Some(mut stdin) = tar.stdin.take() {
        use std::io::Write;
        stdin.write_all(&archive.stdout)?;
    }
    let status = tar.wait()?;
    if !status.success() {
        return Err(git_error("tar could not unpack the archive".into()));
    }
    Ok(())
}

/// Every record of a site as (collection, id) → (front matter as JSON, body).
fn records_of(site: &Site) -> BTreeMap<(String, String), (Value, String)> {
    fn add<T: Serialize>(
        out: &mut BTreeMap<(String, String), (Value, String)>,
        collection: &str,
        records: &[crate::content::Record<T>],
    ) {
        for r in records {
            let meta = serde_json::to_value(&r.meta).unwrap_or(Value::Null);
            out.insert(
                (collection.to_string(), r.id.clone()),
                (meta, r.body.clone()),
            );
        }
    }
    let mut out = BTreeMap::new();
    add(&mut out, "glossary", site.terms());
    add(&mut out, "case-studies", site.case_studies());
    add(&mut out, "evidence", site.evidence());
    add(&mut out, "champions", site.champions());
    add(&mut out, "pages", site.pages());
    out
}

/// The record changes from `old` to `new`.
pub fn compare_sites(old: &Site, new: &Site) -> Vec<RecordChange> {
    let before = records_of(old);
    let after = records_of(new);
    let mut changes = Vec::new();
    let mut added: Vec<&(String, String)> =
        after.keys().filter(|k| !before.contains_key(*k)).collect();
    let mut removed: Vec<&(String, String)> =
        before.keys().filter(|k| !after.contains_key(*k)).collect();
    // A removed and an added record of the same collection with the same content: renamed.
    let mut renamed = Vec::new();
    for r in removed.clone() {
        if let Some(pos) = added
            .iter()
            .position(|a| a.0 == r.0 && before.get(r) == after.get(*a))
        {
            renamed.push((r.clone(), added.remove(pos).clone()));
        }
    }
    removed.retain(|r| !renamed.iter().any(|(from, _)| from == *r));
    for (from, to) in renamed {
        changes.push(RecordChange {
            renamed_from: Some(from.1.clone()),
            ..RecordChange::whole(&to, "renamed")
        });
    }
    changes.extend(
        added
            .into_iter()
            .map(|key| RecordChange::whole(key, "added")),
    );
    changes.extend(
        removed
            .into_iter()
            .map(|key| RecordChange::whole(key, "removed")),
    );
    for (key, (new_meta, new_body)) in &after {
        let Some((old_meta, old_body)) = before.get(key) else {
            continue;
        };
        let fields = field_changes(old_meta, new_meta);
        let body_changed = old_body != new_body;
        if !fields.is_empty() || body_changed {
            changes.push(RecordChange {
                fields,
                body_changed,
                ..RecordChange::whole(key, "changed")
            });
        }
    }
    changes.sort_by(|a, b| (&a.collection, &a.id).cmp(&(&b.collection, &b.id)));
    changes
}

/// The top-level fields whose values differ.
fn field_changes(old: &Value, new: &Value) -> Vec<FieldChange> {
    let empty = serde_json::Map::new();
    let o = old.as_object().unwrap_or(&empty);
    let n = new.as_object().unwrap_or(&empty);
    let keys: BTreeSet<&String> = o.keys().chain(n.keys()).collect();
    keys.into_iter()
        .filter_map(|k| {
            let (a, b) = (
                o.get(k).cloned().unwrap_or(Value::Null),
                n.get(k).cloned().unwrap_or(Value::Null),
            );
            (a != b).then(|| FieldChange {
                field: k.clone(),
                old: a,
                new: b,
            })
        })
        .collect()
}

/// A JSON value in a line of text, shortened.
fn short(v: &Value) -> String {
    let text = match v {
        Value::String(s) => s.clone(),
        Value::Null => "(none)".into(),
        other => other.to_string(),
    };
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() > 120 {
        format!("{}…", text.chars().take(119).collect::<String>())
    } else {
        text
    }
}

impl ContentDiff {
    /// For people in a terminal.
    pub fn human(&self) -> String {
        let mut out = format!("Changes since {}:\n", self.reference);
        if self.records.is_empty() {
            out.push_str("  no record changed\n");
        }
        for c in &self.records {
            let what = match (&c.renamed_from, c.kind) {
                (Some(from), _) => format!("renamed from {from}"),
                (None, kind) => kind.to_string(),
            };
            out.push_str(&format!("  {}/{}: {what}\n", c.collection, c.id));
            for f in &c.fields {
                out.push_str(&format!(
                    "    {}: {} → {}\n",
                    f.field,
                    short(&f.old),
                    short(&f.new)
                ));
            }
            if c.body_changed {
                out.push_str("    the text (body) changed\n");
            }
        }
        if !self.new_problems.is_empty() {
            out.push_str(&format!("New problems ({}):\n", self.new_problems.len()));
            for d in &self.new_problems {
                out.push_str(&format!("  {}: {}\n", d.position(), d.message));
            }
        }
        out
    }

    /// For a pull request's job summary.
    pub fn markdown(&self) -> String {
        let esc = |s: &str| s.replace('|', "\\|").replace('\n', " ");
        let mut out = format!("## Content changes since `{}`\n\n", self.reference);
        if self.records.is_empty() {
            out.push_str("No record changed.\n");
        } else {
            out.push_str("| Record | Change | Details |\n|---|---|---|\n");
            for c in &self.records {
                let what = match (&c.renamed_from, c.kind) {
                    (Some(from), _) => format!("renamed from `{from}`"),
                    (None, kind) => kind.to_string(),
                };
                let mut details: Vec<String> = c
                    .fields
                    .iter()
                    .map(|f| {
                        format!(
                            "`{}`: {} → {}",
                            f.field,
                            esc(&short(&f.old)),
                            esc(&short(&f.new))
                        )
                    })
                    .collect();
                if c.body_changed {
                    details.push("text changed".into());
                }
                out.push_str(&format!(
                    "| `{}/{}` | {what} | {} |\n",
                    c.collection,
                    c.id,
                    details.join("<br>")
                ));
            }
        }
        if !self.new_problems.is_empty() {
            out.push_str(&format!(
                "\n### New problems ({})\n\n",
                self.new_problems.len()
            ));
            for d in &self.new_problems {
                out.push_str(&format!("- `{}`: {}\n", d.position(), esc(&d.message)));
            }
        }
        out
    }
}
