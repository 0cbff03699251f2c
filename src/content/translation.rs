//! Translations of records: `content/<collection>/<id>.<lang>.md` beside `<id>.md` (the
//! convention of Hugo and Zola). A translation carries the translated text fields and body;
//! ids, relations and every other field stay in the original, which the translation is
//! laid over ([`TranslationFile::overlay`]).
//!
//! `translation_sources` lists documents in the language that attest the translated text;
//! a translation without them is *proposed* (the hub's own, awaiting review).

use super::{Collection, Source, front_matter, yaml};
use crate::diagnostics::Diagnostic;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};
use std::path::{Path, PathBuf};

/// The field of a translation that lists its sources.
pub const SOURCES_FIELD: &str = "translation_sources";

/// The field of any record that says when its facts were last checked; a translation's
/// says when the translation was.
pub const REVIEWED_FIELD: &str = "reviewed";

/// One translation file, read but not yet laid over its original.
#[derive(Debug, Clone)]
pub struct TranslationFile {
    /// The collection of the original.
    pub collection: Collection,
    /// The original's id.
    pub id: String,
    /// The language (BCP 47 tag from the file name).
    pub lang: String,
    /// The file, relative to the hub.
    pub file: PathBuf,
    /// The translated front-matter fields, as written, with the line of each.
    pub fields: Vec<(String, Value, usize)>,
    /// Documents in the language that attest the translation.
    pub sources: Vec<Source>,
    /// The translated Markdown body (empty: the original's body is shown).
    pub body: String,
    /// 1-based line of the body.
    pub body_line: usize,
}

impl TranslationFile {
    /// True when no document attests the translation.
    pub fn is_proposed(&self) -> bool {
        self.sources.is_empty()
    }

    /// `original_yaml` (the original's front matter) with this translation's fields in
    /// place of its own, read as `M`.
    pub fn overlay<M: DeserializeOwned>(&self, original_yaml: &str) -> Result<M, Diagnostic> {
        let mut merged: Map<String, Value> =
            serde_saphyr::from_str(original_yaml).map_err(|e| {
                Diagnostic::error(
                    &self.file,
                    0,
                    0,
                    format!("the original cannot be read: {e}"),
                )
            })?;
        for (key, value, _) in &self.fields {
            merged.insert(key.clone(), value.clone());
        }
        // JSON is YAML: the merged fields go back through the same typed reader.
        let text = Value::Object(merged).to_string();
        yaml::parse::<M>(&text, &self.file, 1)
    }

    /// Checks the fields against `translatable` (the collection's text fields); every
    /// translation may also give the day it was last `reviewed`.
    pub fn check_fields(&self, translatable: &[&str], diagnostics: &mut Vec<Diagnostic>) {
        for (key, _, line) in &self.fields {
            if key != REVIEWED_FIELD && !translatable.contains(&key.as_str()) {
                let allowed = if translatable.is_empty() {
                    "this collection has no translatable fields besides the body".to_string()
                } else {
                    format!(
                        "a translation may set {}, `{REVIEWED_FIELD}` and `{SOURCES_FIELD}`",
                        translatable
                            .iter()
                            .map(|f| format!("`{f}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                };
                diagnostics.push(
                    Diagnostic::error(
                        &self.file,
                        *line,
                        1,
                        format!("`{key}` cannot be translated: it is kept in the original"),
                    )
                    .with_help(format!("remove it from the translation; {allowed}")),
                );
            }
        }
    }
}

/// `(id, lang)` when a file stem is `<id>.<lang>` (`link-worker.fr`, `about.zh-Hans`).
pub fn split_name(stem: &str) -> Option<(&str, &str)> {
    let (id, lang) = stem.rsplit_once('.')?;
    let looks_like_tag = !lang.is_empty()
        && lang.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && lang.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
    (looks_like_tag && !id.is_empty()).then_some((id, lang))
}

/// Reads every translation file of `collection`'s folder.
pub fn load_translations(
    root: &Path,
    collection: Collection,
) -> (Vec<TranslationFile>, Vec<Diagnostic>) {
    let dir = root.join("content").join(collection.dir());
    let paths = super::loader::markdown_files(&dir, |stem| split_name(stem).is_some());
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        match read_translation(root, &path, collection) {
            Ok(t) => files.push(t),
            Err(d) => problems.push(d),
        }
    }
    (files, problems)
}

fn read_translation(
    root: &Path,
    path: &Path,
    collection: Collection,
) -> Result<TranslationFile, Diagnostic> {
    let file = path.strip_prefix(root).unwrap_or(path).to_path_buf();
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    let (id, lang) = split_name(stem).unwrap_or((stem, ""));
    let text = std::fs::read_to_string(path)
        .map_err(|e| Diagnostic::error(&file, 0, 0, format!("cannot read the file: {e}")))?;
    let split =
        front_matter::split(&text).map_err(|e| Diagnostic::error(&file, 1, 1, e.to_string()))?;
    let map: Map<String, Value> = if split.yaml.trim().is_empty() {
        Map::new()
    } else {
        yaml::parse(split.yaml, &file, split.yaml_line)?
    };
    let mut fields = Vec::new();
    let mut sources = Vec::new();
    for (key, value) in map {
        let line = key_line(split.yaml, &key).map_or(split.yaml_line, |l| l + split.yaml_line - 1);
        if key == SOURCES_FIELD {
            sources = yaml::parse::<Vec<Source>>(&value.to_string(), &file, line)?;
        } else {
            fields.push((key, value, line));
        }
    }
    Ok(TranslationFile {
        collection,
        id: id.to_string(),
        lang: lang.to_string(),
        file,
        fields,
        sources,
        body: split.body.to_string(),
        body_line: split.body_line,
    })
}

/// 1-based line of the top-level `key:` in `yaml`.
fn key_line(yaml: &str, key: &str) -> Option<usize> {
    yaml.lines()
        .position(|l| {
            l.strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with(':'))
        })
        .map(|i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn translation_file_names_carry_the_language() {
        assert_eq!(split_name("link-worker.fr"), Some(("link-worker", "fr")));
        assert_eq!(split_name("about.zh-Hans"), Some(("about", "zh-Hans")));
        assert_eq!(split_name("link-worker"), None);
        assert_eq!(split_name(".fr"), None);
    }

    #[test]
    fn a_translation_replaces_only_its_own_fields() {
        #[derive(serde::Deserialize)]
        struct Meta {
            title: String,
            summary: String,
            related: Vec<String>,
        }
        let t = TranslationFile {
            collection: Collection::PAGES,
            id: "x".into(),
            lang: "fr".into(),
            file: "content/pages/x.fr.md".into(),
            fields: vec![("title".into(), Value::from("Titre « cité »"), 2)],
            sources: Vec::new(),
            body: String::new(),
            body_line: 4,
        };
        let meta: Meta = t
            .overlay("title: Title\nsummary: 'A: summary'\nrelated: [a, b]\n")
            .expect("overlaid");
        assert_eq!(meta.title, "Titre « cité »");
        assert_eq!(meta.summary, "A: summary");
        assert_eq!(meta.related, ["a", "b"]);
        assert!(t.is_proposed());
    }
}
