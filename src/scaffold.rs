//! `hub new`: a correctly named content file with every field present and explained,
//! generated from the collection's JSON Schema.

use crate::collections::AnyCollection;
use crate::schema::FieldDoc;
use serde_json::Value;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Why a new file could not be written.
#[derive(Debug, thiserror::Error)]
pub enum NewError {
    /// The title gives no usable id.
    #[error("`{0}` does not give a file name; use letters or digits in the title")]
    EmptyId(String),
    /// A file with that id exists.
    #[error(
        "{0} already exists; hub new never overwrites a file (choose another title or edit that file)"
    )]
    Exists(PathBuf),
    /// Writing failed.
    #[error("cannot write {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The error.
        source: std::io::Error,
    },
}

/// Writes `content/<collection>/<slug of title>.md` under `root` and returns its path.
/// `today` is the date written into `date` fields (YYYY-MM-DD).
pub fn new_file(
    root: &Path,
    collection: &dyn AnyCollection,
    title: &str,
    schema: &Value,
    today: &str,
) -> Result<PathBuf, NewError> {
    let id = slug::slugify(title);
    if id.is_empty() {
        return Err(NewError::EmptyId(title.to_string()));
    }
    let dir = root.join("content").join(collection.collection().dir());
    let path = dir.join(format!("{id}.md"));
    let text = front_matter(collection, title, schema, today);
    std::fs::create_dir_all(&dir).map_err(|source| NewError::Io {
        path: dir.clone(),
        source,
    })?;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .map_err(|source| {
            if source.kind() == std::io::ErrorKind::AlreadyExists {
                NewError::Exists(path.clone())
            } else {
                NewError::Io {
                    path: path.clone(),
                    source,
                }
            }
        })?;
    std::io::Write::write_all(&mut file, text.as_bytes()).map_err(|source| NewError::Io {
        path: path.clone(),
        source,
    })?;
    Ok(path)
}

/// The text of a new file: a schema modeline, every field with a comment, and a body prompt.
pub fn front_matter(
    collection: &dyn AnyCollection,
    title: &str,
    schema: &Value,
    today: &str,
) -> String {
    let mut out = String::from("---\n");
    let _ = writeln!(
        out,
        "# yaml-language-server: $schema=../../schemas/{}",
        collection.schema_file()
    );
    let _ = writeln!(
        out,
        "# Every field is explained below; see CONTENT.md. Run `hub check` when you are done."
    );
    let year = &today[..4.min(today.len())];
    for field in crate::schema::fields(schema) {
        let _ = writeln!(out, "{}", comment(&field));
        let _ = writeln!(
            out,
            "{}: {}",
            field.name,
            value_for(&field, title, today, year)
        );
    }
    out.push_str("---\n");
    out.push_str(collection.body_prompt());
    out
}

fn comment(f: &FieldDoc) -> String {
    // Doc comments may wrap: a YAML comment must stay on one line.
    let description = f
        .description
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let mut c = format!(
        "# {} ({}, {}",
        description,
        if f.required { "required" } else { "optional" },
        f.kind
    );
    if !f.allowed.is_empty() {
        if f.allowed.len() <= 10 {
            let _ = write!(c, "; one of: {}", f.allowed.join(", "));
        } else {
            let _ = write!(c, "; {} allowed values, see the schema", f.allowed.len());
        }
    }
    c.push(')');
    c
}

/// A starting value: the title where it belongs, today's date, and otherwise an empty value
/// that `hub check` will ask to be filled in when the field is required.
fn value_for(f: &FieldDoc, title: &str, today: &str, year: &str) -> String {
    let quoted = |s: &str| serde_json::to_string(s).expect("strings serialize");
    match f.name.as_str() {
        "term" | "title" | "name" => return quoted(title),
        "date" | "reviewed" => return today.to_string(),
        "year" if f.required => return year.to_string(),
        "citation" => return format!("{{ authors: \"\", title: \"\", year: {year}, doi: null, url: null }}"),
        "contact" => return "null   # { public: false } (the editors keep your address, outside the repository) or { email: <your address>, public: true } to publish it".into(),
        _ => {}
    }
    if let Some(Value::String(default)) = &f.default {
        return default.clone();
    }
    if matches!(f.name.as_str(), "status" | "kind") && !f.allowed.is_empty() {
        // A state with a few values, listed in the comment: start with the first.
        return f.allowed[0].clone();
    }
    if f.kind.starts_with("list") {
        return "[]".into();
    }
    if f.kind.starts_with("map") {
        return "{}".into();
    }
    match (f.kind.as_str(), f.required) {
        ("true or false", _) => "false".into(),
        (_, false) => "null".into(),
        ("whole number" | "number", true) => "0".into(),
        _ => "\"\"".into(),
    }
}

/// Today's date (UTC) as YYYY-MM-DD, from the system clock.
///
/// `SOURCE_DATE_EPOCH` (seconds since 1970, the reproducible-builds convention) overrides
/// the clock, so that builds and checks that depend on the date can be repeated.
pub fn today() -> String {
    let secs = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<u64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs())
        });
    civil_date((secs / 86_400) as i64)
}

/// The proleptic Gregorian date of a day number since 1970-01-01 (Howard Hinnant's algorithm).
fn civil_date(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::civil_date;

    #[test]
    fn civil_dates() {
        assert_eq!(civil_date(0), "1970-01-01");
        assert_eq!(civil_date(19_782), "2024-02-29");
        assert_eq!(civil_date(20_417), "2025-11-25");
    }
}
