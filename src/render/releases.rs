//! The glossary's releases on the site: `/glossary/releases/` lists them, each release has a
//! "What changed" page (terms added, relabelled, redefined with a word-level diff,
//! deprecated) and its frozen exports next to it.

use super::OutputFile;
use super::pages::{Job, PageContext, PageSpec, v};
use crate::content::releases::{Release, ReleasedTerm};
use crate::site::history::{self, Change};
use minijinja::{Value, context};

impl PageContext<'_> {
    /// The releases index and one page per release.
    pub(super) fn releases(&self, jobs: &mut Vec<Job>) {
        let releases = &self.site.releases;
        let current = history::current_terms(self.site);
        let mut listed = Vec::new();
        for (i, release) in releases.iter().enumerate() {
            let previous = if i == 0 {
                &[][..]
            } else {
                releases[i - 1].terms.as_slice()
            };
            let changes = self.change_views(previous, &release.terms);
            let version = &release.info.version;
            let path = format!("/glossary/releases/{version}/");
            let title = format!("Glossary release {version}");
            let files: Vec<Value> = release
                .files
                .iter()
                .map(|(name, _)| context! { name, url => self.url(&format!("{path}{name}")) })
                .collect();
            listed.push(context! {
                version, date => release.info.date.clone(), url => self.url(&path),
                terms => release.terms.len(), changed => changes.len(),
            });
            jobs.push(self.job(
                PageSpec {
                    path: &path,
                    template: "release.html",
                    title: &title,
                    description: &format!("What changed in release {version} of the social prescribing glossary, and its files."),
                    crumbs: self.crumbs(&[("Glossary", "/glossary/"), ("Releases", "/glossary/releases/"), (version, &path)]),
                    tips: Vec::new(),
                },
                context! {
                    version, date => release.info.date.clone(), first => i == 0,
                    previous => (i > 0).then(|| releases[i - 1].info.version.clone()),
                    terms => release.terms.len(), changes, files,
                },
            ));
        }
        listed.reverse();
        let unreleased = releases
            .last()
            .map(|last| self.change_views(&last.terms, &current))
            .unwrap_or_default();
        jobs.push(self.job(
            PageSpec {
                path: "/glossary/releases/",
                template: "releases.html",
                title: "Glossary releases",
                description: "Numbered releases of the social prescribing glossary and what changed in each.",
                crumbs: self.crumbs(&[("Glossary", "/glossary/"), ("Releases", "/glossary/releases/")]),
                tips: Vec::new(),
            },
            context! {
                releases => listed,
                latest => releases.last().map(|r| r.info.version.clone()),
                unreleased,
            },
        ));
    }

    /// The changes from `old` to `new`, each with a link to the term page and, for a new
    /// definition, a word-level diff.
    fn change_views(&self, old: &[ReleasedTerm], new: &[ReleasedTerm]) -> Vec<Value> {
        history::compare(old, new)
            .into_iter()
            .map(|c| {
                let items: Vec<Value> = c
                    .changes
                    .iter()
                    .map(|change| {
                        let diff = match change {
                            Change::Redefined { old, new } => {
                                Some(word_diff_html(old, new))
                            }
                            _ => None,
                        };
                        let replaced_by = match change {
                            Change::Deprecated { replaced_by: Some(r) } => {
                                v(&self.resolver.term_ref(r))
                            }
                            _ => Value::from(()),
                        };
                        context! { change => v(change), text => history::describe(change), diff, replaced_by }
                    })
                    .collect();
                let term = v(&self.resolver.term_ref(&c.id));
                context! { id => c.id, label => c.label, term, items }
            })
            .collect()
    }
}

/// The frozen files of every release, under `/glossary/releases/<version>/`.
pub(super) fn release_files(releases: &[Release]) -> Vec<OutputFile> {
    releases
        .iter()
        .flat_map(|r| {
            r.files.iter().map(move |(name, bytes)| OutputFile {
                path: format!("glossary/releases/{}/{name}", r.info.version),
                bytes: bytes.clone(),
            })
        })
        .collect()
}

/// A word-level diff of two texts as HTML: removed words in `<del>`, added words in `<ins>`.
pub(super) fn word_diff_html(old: &str, new: &str) -> String {
    use similar::{ChangeTag, TextDiff};
    let diff = TextDiff::from_words(old, new);
    let mut html = String::new();
    for change in diff.iter_all_changes() {
        let text = crate::link::markdown::escape_attr(change.value());
        match change.tag() {
            ChangeTag::Equal => html.push_str(&text),
            ChangeTag::Delete => html.push_str(&format!("<del>{text}</del>")),
            ChangeTag::Insert => html.push_str(&format!("<ins>{text}</ins>")),
        }
    }
    html
}

#[cfg(test)]
mod tests {
    use super::word_diff_html;

    #[test]
    fn word_diffs_mark_whole_words() {
        assert_eq!(
            word_diff_html("connect people to support", "connect a person to <support>"),
            "connect <del>people</del><ins>a</ins><ins> </ins><ins>person</ins> to <del>support</del><ins>&lt;support&gt;</ins>"
        );
    }
}
