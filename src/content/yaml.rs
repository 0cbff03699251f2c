//! Typed YAML parsing that turns parser errors into [`Diagnostic`]s with suggestions.

use crate::diagnostics::{Diagnostic, did_you_mean};
use serde::de::DeserializeOwned;
use std::path::Path;

/// Parses `yaml` into `T`. `first_line` is the file line where `yaml` starts, so that
/// positions point into the whole file.
pub fn parse<T: DeserializeOwned>(
    yaml: &str,
    file: &Path,
    first_line: usize,
) -> Result<T, Diagnostic> {
    let options = serde_saphyr::options! {
        with_snippet: false,
        strict_booleans: true,
    };
    serde_saphyr::from_str_with_options::<T>(yaml, options).map_err(|err| {
        let (line, col) = err
            .location()
            .map(|l| (l.line() as usize, l.column() as usize))
            .unwrap_or((1, 0));
        let message = clean_message(&err.to_string());
        let help = suggestion_for(&message);
        Diagnostic::error(file, line + first_line - 1, col, message).with_optional_help(help)
    })
}

/// Strips the parser's own position suffix ("at line 3 column 5") since ours is shown, and
/// rewords terse type errors for people.
fn clean_message(message: &str) -> String {
    let first = message.lines().next().unwrap_or(message).trim();
    let cut = first.find(" at line ").map_or(first, |i| &first[..i]);
    let cut = cut.trim_end_matches(['.', ',']);
    match cut {
        "invalid u8" | "invalid u16" | "invalid u32" | "invalid u64" | "invalid i32"
        | "invalid i64" => "expected a whole number here (such as a year or a count)".to_string(),
        "invalid f32" | "invalid f64" => "expected a number here".to_string(),
        "invalid bool" => "expected `true` or `false` here".to_string(),
        "expected string scalar" => {
            "expected a single text value here, not a list or a mapping".to_string()
        }
        other => other.to_string(),
    }
}

/// Turns "unknown field `contry`, expected one of `a`, `b`" into "did you mean `country`?".
fn suggestion_for(message: &str) -> Option<String> {
    let wrong = message.split('`').nth(1);
    if message.starts_with("unknown field") || message.starts_with("unknown variant") {
        let wrong = wrong?;
        let expected = expected_values(message);
        // The message already lists what is expected, so only a likely typo is worth adding.
        return did_you_mean(wrong, expected.iter().map(String::as_str));
    }
    if message.starts_with("missing field") {
        return wrong.map(|f| format!("add `{f}:` to the front matter"));
    }
    None
}

/// The list after "expected one of" (or "expected"), with or without backticks.
fn expected_values(message: &str) -> Vec<String> {
    let Some(i) = message.find("expected") else {
        return Vec::new();
    };
    let rest = message[i + "expected".len()..].trim_start();
    let rest = rest.strip_prefix("one of").unwrap_or(rest);
    rest.replace(" or ", ",")
        .split(',')
        .map(|v| v.trim().trim_matches('`').to_string())
        .filter(|v| !v.is_empty() && !v.contains(' '))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Example {
        title: String,
        country: String,
    }

    #[test]
    fn unknown_key_names_position_and_suggests_the_field() {
        let err = parse::<Example>("title: x\ncontry: GB\n", Path::new("a.md"), 2).unwrap_err();
        assert_eq!((err.line, err.col), (3, 1), "{err:?}");
        assert!(err.message.contains("contry"), "{}", err.message);
        assert_eq!(err.help.as_deref(), Some("did you mean `country`?"));
    }

    #[test]
    fn expected_values_are_read_with_or_without_backticks() {
        assert_eq!(
            expected_values("unknown field `x`, expected one of a, b"),
            ["a", "b"]
        );
        assert_eq!(
            expected_values("unknown variant `x`, expected `a` or `b`"),
            ["a", "b"]
        );
        assert_eq!(
            expected_values("unknown field `x`, expected one of `title`, `url`"),
            ["title", "url"]
        );
    }

    #[test]
    fn missing_field_is_reported() {
        let err = parse::<Example>("title: x\n", Path::new("a.md"), 2).unwrap_err();
        assert!(err.message.contains("country"), "{}", err.message);
    }

    #[test]
    fn country_no_stays_a_string() {
        let ok = parse::<Example>("title: x\ncountry: NO\n", Path::new("a.md"), 2).unwrap();
        assert_eq!(ok.country, "NO");
    }
}
