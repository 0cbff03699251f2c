//! Reads every collection under `content/` into typed records, in parallel.

use super::front_matter::{self, SplitError};
use super::{Collection, yaml};
use crate::diagnostics::Diagnostic;
use rayon::prelude::*;
use serde::de::DeserializeOwned;
use std::path::{Path, PathBuf};

/// The largest content file hub reads. Real records are a few kilobytes; anything this
/// large is a mistake (or an attack) and would only slow every build.
pub const MAX_FILE_BYTES: u64 = 10_000_000;

/// One content file: its id, where it came from, its typed front matter and its body.
#[derive(Debug, Clone)]
pub struct Record<T> {
    /// Stable id: the file stem.
    pub id: String,
    /// Path relative to the hub root.
    pub file: PathBuf,
    /// Typed front matter.
    pub meta: T,
    /// 1-based file line where the front matter starts (the line after `---`).
    pub yaml_line: usize,
    /// Markdown body.
    pub body: String,
    /// 1-based file line where the body starts.
    pub body_line: usize,
    /// Every email address written anywhere in the file (front matter or body), so that
    /// the privacy check can refuse the ones that must not be published.
    pub emails: Vec<EmailMention>,
}

/// An email address found in a content file, with its 1-based line and column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmailMention {
    /// The address.
    pub address: String,
    /// Line of the address.
    pub line: usize,
    /// Column of the address.
    pub col: usize,
}

/// Every `local@domain.tld` in `text`.
pub fn find_emails(text: &str) -> Vec<EmailMention> {
    let is_local = |c: char| c.is_ascii_alphanumeric() || "._%+-".contains(c);
    let is_domain = |c: char| c.is_ascii_alphanumeric() || c == '.' || c == '-';
    let mut found = Vec::new();
    for (at, _) in text.match_indices('@') {
        let start = text[..at]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| is_local(c))
            .last()
            .map_or(at, |(i, _)| i);
        let end = text[at + 1..]
            .char_indices()
            .find(|&(_, c)| !is_domain(c))
            .map_or(text.len(), |(i, _)| at + 1 + i);
        let local = text[start..at].trim_start_matches('.');
        let domain = text[at + 1..end].trim_end_matches(['.', '-']);
        let tld_ok = domain.rsplit_once('.').is_some_and(|(name, tld)| {
            !name.is_empty() && tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_alphabetic())
        });
        if !local.is_empty() && tld_ok {
            let begin = at - local.len();
            let (line, col) = crate::diagnostics::line_col(text, begin);
            found.push(EmailMention {
                address: format!("{local}@{domain}"),
                line,
                col,
            });
        }
    }
    found
}

/// Records read from one collection folder, and the problems found reading them.
pub type Loaded<T> = (Vec<Record<T>>, Vec<Diagnostic>);

/// Reads every `*.md` file of `collection`'s folder, in parallel; files that fail to parse
/// are left out and reported.
pub fn load_one<T: DeserializeOwned + Send>(root: &Path, collection: Collection) -> Loaded<T> {
    let dir = root.join("content").join(collection.dir());
    if dir.exists() && !crate::diagnostics::is_inside(root, &dir) {
        let shown = dir.strip_prefix(root).unwrap_or(&dir).to_path_buf();
        let d = Diagnostic::error(
            shown,
            0,
            0,
            "refusing to read a folder that links outside the hub",
        )
        .with_help("replace the symbolic link with the folder itself");
        return (Vec::new(), vec![d]);
    }
    // `<id>.<lang>.md` is a translation, read by `translation::load_translations`.
    let files = markdown_files(&dir, |stem| super::translation::split_name(stem).is_none());
    let results: Vec<Result<Record<T>, Diagnostic>> = files
        .par_iter()
        .map(|path| load_record::<T>(root, path))
        .collect();
    let mut records = Vec::new();
    let mut diagnostics = Vec::new();
    for r in results {
        match r {
            Ok(record) => records.push(record),
            Err(d) => diagnostics.push(d),
        }
    }
    (records, diagnostics)
}

/// The `*.md` files of `dir` whose name without `.md` satisfies `keep`, sorted.
pub fn markdown_files(dir: &Path, keep: impl Fn(&str) -> bool) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "md") && p.is_file())
            // A name that is not UTF-8 is kept (lossily), so that its reader can report it.
            .filter(|p| p.file_stem().is_some_and(|s| keep(&s.to_string_lossy())))
            .collect(),
        Err(_) => Vec::new(),
    };
    files.sort();
    files
}

/// Reads and parses one content file.
pub fn load_record<T: DeserializeOwned>(root: &Path, path: &Path) -> Result<Record<T>, Diagnostic> {
    let file = path.strip_prefix(root).unwrap_or(path).to_path_buf();
    // Only a symbolic link can lead outside the hub (collection folders are checked once
    // in `load_one`), so regular files skip the costly path resolution.
    let is_link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    if is_link && !crate::diagnostics::is_inside(root, path) {
        return Err(Diagnostic::error(
            &file,
            0,
            0,
            "refusing to read a symbolic link that points outside the hub",
        )
        .with_help("replace the link with the file itself"));
    }
    if let Ok(meta) = std::fs::metadata(path)
        && meta.len() > MAX_FILE_BYTES
    {
        return Err(Diagnostic::error(
            &file,
            0,
            0,
            format!("the file is {:.1} MB; content files are limited to {} MB", meta.len() as f64 / 1e6, MAX_FILE_BYTES / 1_000_000),
        )
        .with_help("split it into several records or pages; put large documents elsewhere and link to them"));
    }
    let bytes = std::fs::read(path)
        .map_err(|e| Diagnostic::error(&file, 0, 0, format!("cannot read the file: {e}")))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let (line, col) =
            crate::diagnostics::line_col(&String::from_utf8_lossy(&e.as_bytes()[..valid]), valid);
        Diagnostic::error(&file, line, col, "the file is not valid UTF-8")
            .with_help("save the file with UTF-8 encoding")
    })?;
    if let Some(offset) = text.find('\0') {
        let (line, col) = crate::diagnostics::line_col(&text, offset);
        return Err(
            Diagnostic::error(&file, line, col, "the file contains a NUL byte")
                .with_help("remove the NUL character; content files must be plain text"),
        );
    }
    let id = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default()
        .to_string();
    if !is_valid_id(&id) {
        return Err(Diagnostic::error(
            &file,
            0,
            0,
            format!("`{id}` is not a valid id (file name)"),
        )
        .with_help(format!(
            "ids use lowercase letters, digits and hyphens: rename the file to `{}.md`",
            slug::slugify(&id)
        )));
    }
    let split = front_matter::split(&text).map_err(|e| {
        let help = match e {
            SplitError::Missing => {
                "start the file with a line `---`, the YAML fields, then another `---`"
            }
            SplitError::Unclosed => "add a line `---` after the last front-matter field",
        };
        Diagnostic::error(&file, 1, 1, e.to_string()).with_help(help)
    })?;
    let meta = yaml::parse::<T>(split.yaml, &file, split.yaml_line)?;
    let emails = if text.contains('@') {
        find_emails(&text)
    } else {
        Vec::new()
    };
    Ok(Record {
        id,
        file,
        meta,
        yaml_line: split.yaml_line,
        body: split.body.to_string(),
        body_line: split.body_line,
        emails,
    })
}

/// Ids are lowercase ASCII letters and digits separated by single hyphens.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::{find_emails, is_valid_id};

    #[test]
    fn emails_are_found_with_their_place() {
        let found = find_emails(
            "---\nname: A\ncontact: { email: a.b+c@example.org, public: false }\n---\nWrite to x@y.co. Not @handle or a@b.\n",
        );
        let addresses: Vec<_> = found
            .iter()
            .map(|e| (e.address.as_str(), e.line, e.col))
            .collect();
        assert_eq!(addresses, [("a.b+c@example.org", 3, 19), ("x@y.co", 5, 10)]);
    }

    #[test]
    fn ids_are_lowercase_slugs() {
        assert!(is_valid_id("link-worker"));
        assert!(is_valid_id("ons4"));
        assert!(!is_valid_id("Link-Worker"));
        assert!(!is_valid_id("link worker"));
        assert!(!is_valid_id("-x"));
        assert!(!is_valid_id(""));
    }
}
