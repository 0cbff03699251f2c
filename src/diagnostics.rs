//! Diagnostics: what went wrong, where, and how to fix it.
//!
//! Every stage of the pipeline reports problems as [`Diagnostic`]s instead of stopping at
//! the first one, so that a contributor sees every mistake of a build at once.

use serde::Serialize;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The build cannot produce a correct site.
    Error,
    /// The site can be built, but something should be looked at.
    Warning,
}

/// One problem found in the hub's sources.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Path of the file, relative to the hub root where possible.
    pub file: PathBuf,
    /// 1-based line, 0 when the problem concerns the whole file.
    pub line: usize,
    /// 1-based column, 0 when unknown.
    pub col: usize,
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong.
    pub message: String,
    /// What to do about it, when we can tell.
    pub help: Option<String>,
}

impl Diagnostic {
    /// An error at `file:line:col`.
    pub fn error(
        file: impl Into<PathBuf>,
        line: usize,
        col: usize,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            file: file.into(),
            line,
            col,
            severity: Severity::Error,
            message: message.into(),
            help: None,
        }
    }

    /// A warning at `file:line:col`.
    pub fn warning(
        file: impl Into<PathBuf>,
        line: usize,
        col: usize,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(file, line, col, message)
        }
    }

    /// Adds a suggestion of what to do.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Adds a suggestion only when there is one.
    pub fn with_optional_help(mut self, help: Option<String>) -> Self {
        self.help = help;
        self
    }

    /// True for errors.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `file:line:col`, leaving out unknown parts.
    pub fn position(&self) -> String {
        let file = self.file.display();
        match (self.line, self.col) {
            (0, _) => format!("{file}"),
            (line, 0) => format!("{file}:{line}"),
            (line, col) => format!("{file}:{line}:{col}"),
        }
    }
}

/// Output formats for diagnostics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// For people: position, message, the source line with a caret, and help.
    #[default]
    Human,
    /// GitHub Actions workflow commands, shown inline on pull requests.
    Github,
    /// One JSON object per line.
    Json,
}

/// Renders diagnostics in `format`. `root` is used to read the offending source lines.
pub fn render(diagnostics: &[Diagnostic], format: Format, root: &Path) -> String {
    let mut out = String::new();
    for d in diagnostics {
        match format {
            Format::Human => render_human(d, root, &mut out),
            Format::Github => render_github(d, &mut out),
            Format::Json => {
                out.push_str(&serde_json::to_string(d).unwrap_or_default());
                out.push('\n');
            }
        }
    }
    out
}

fn render_human(d: &Diagnostic, root: &Path, out: &mut String) {
    let label = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let _ = writeln!(out, "{label}: {}", d.message);
    let _ = writeln!(out, "  --> {}", d.position());
    if d.line > 0
        && let Some(source_line) = read_line(root, &root.join(&d.file), d.line)
    {
        let number = d.line.to_string();
        let pad = " ".repeat(number.len());
        let _ = writeln!(out, "{pad} |");
        let _ = writeln!(out, "{number} | {source_line}");
        if d.col > 0 {
            let caret_pad: String = source_line
                .chars()
                .take(d.col - 1)
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            let _ = writeln!(out, "{pad} | {caret_pad}^");
        }
    }
    if let Some(help) = &d.help {
        let _ = writeln!(out, "  = help: {help}");
    }
    out.push('\n');
}

/// True when `path`, with symbolic links resolved, is inside `root`.
pub fn is_inside(root: &Path, path: &Path) -> bool {
    match (std::fs::canonicalize(root), std::fs::canonicalize(path)) {
        (Ok(root), Ok(path)) => path.starts_with(root),
        _ => false,
    }
}

fn read_line(root: &Path, path: &Path, line: usize) -> Option<String> {
    if !is_inside(root, path) {
        return None;
    }
    let text = std::fs::read(path).ok()?;
    let text = String::from_utf8_lossy(&text);
    text.lines()
        .nth(line - 1)
        .map(|l| l.trim_end_matches('\r').to_string())
}

/// Escapes a value for a GitHub workflow command property or message.
fn github_escape(text: &str, property: bool) -> String {
    let mut s = text
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A");
    if property {
        s = s.replace(':', "%3A").replace(',', "%2C");
    }
    s
}

fn render_github(d: &Diagnostic, out: &mut String) {
    let kind = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let mut props = format!("file={}", github_escape(&d.file.to_string_lossy(), true));
    if d.line > 0 {
        let _ = write!(props, ",line={}", d.line);
    }
    if d.col > 0 {
        let _ = write!(props, ",col={}", d.col);
    }
    let mut message = d.message.clone();
    if let Some(help) = &d.help {
        let _ = write!(message, " (help: {help})");
    }
    let _ = writeln!(out, "::{kind} {props}::{}", github_escape(&message, false));
}

/// Suggests the candidate closest to `wrong`, if one is close enough to be a likely typo.
pub fn nearest<'a, I>(wrong: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    let wrong_lower = wrong.to_lowercase();
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(&wrong_lower, &c.to_lowercase()), c))
        .filter(|(score, _)| *score >= 0.7)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// "did you mean `x`?" for the candidate nearest to `wrong`.
pub fn did_you_mean<'a, I>(wrong: &str, candidates: I) -> Option<String>
where
    I: IntoIterator<Item = &'a str>,
{
    nearest(wrong, candidates).map(|c| format!("did you mean `{c}`?"))
}

/// Converts a byte offset in `text` into a 1-based (line, column) pair, counting columns in
/// characters.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..floor_char_boundary(text, offset)];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    (line, col)
}

fn floor_char_boundary(text: &str, mut index: usize) -> usize {
    while index > 0 && !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_finds_typos_and_ignores_unrelated_words() {
        let keys = ["title", "country", "place"];
        assert_eq!(nearest("contry", keys), Some("country"));
        assert_eq!(nearest("zzzzzz", keys), None);
    }

    #[test]
    fn line_col_counts_characters() {
        let text = "ab\ncé d";
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, 3), (2, 1));
        assert_eq!(line_col(text, text.find('d').unwrap()), (2, 4));
    }

    #[test]
    fn github_format_escapes_and_positions() {
        let d = Diagnostic::error("content/a,b.md", 3, 7, "bad: thing\nhere").with_help("fix it");
        let out = render(&[d], Format::Github, Path::new("."));
        assert_eq!(
            out,
            "::error file=content/a%2Cb.md,line=3,col=7::bad: thing%0Ahere (help: fix it)\n"
        );
    }
}
