//! The interface in the site's languages: Project Fluent catalogues (`i18n/<language>.ftl`
//! in the theme), so that plurals follow each language's rules (Arabic has six forms,
//! Russian three) and translators can reorder a sentence around its values.
//!
//! A message missing in a language falls back to the default language's; `hub check`
//! lists what each catalogue lacks ([`Catalogues::missing`]).

mod language;
mod localize;
pub mod numbers;

pub use language::{Direction, Language};
pub use localize::{language_of, localize};

use crate::diagnostics::Diagnostic;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use unic_langid::LanguageIdentifier;

/// A value given to a message: text, a number (which selects the plural form) or HTML that
/// is already safe (a link inside a sentence), inserted as it is.
#[derive(Debug, Clone)]
pub enum Arg {
    /// Plain text, escaped with the message.
    Text(String),
    /// A number.
    Number(f64),
    /// Safe HTML.
    Html(String),
}

/// One language's catalogue: its messages, and the file each came from.
struct Catalogue {
    bundle: FluentBundle<FluentResource>,
    ids: BTreeSet<String>,
    files: Vec<PathBuf>,
}

/// The messages that take no argument, formatted once per language: most of a page's
/// interface, asked for on every page (a 10,000-page site asks half a million
/// times).
type Formatted = HashMap<String, HashMap<String, String>>;

/// Every catalogue of the site's languages.
pub struct Catalogues {
    default: String,
    by_language: HashMap<String, Catalogue>,
    plain: Formatted,
}

impl Catalogues {
    /// Reads the catalogues of `languages` (the default first) from the theme's
    /// `(file, text)` lists, later files overriding earlier ones. Syntax errors become
    /// diagnostics at their line and column; the messages that parse are kept.
    pub fn new(
        languages: &[&str],
        sources: &std::collections::BTreeMap<String, Vec<(PathBuf, String)>>,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Catalogues {
        let default = languages.first().copied().unwrap_or("en").to_string();
        let mut by_language = HashMap::new();
        for &code in languages {
            let locale: LanguageIdentifier = code.parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![locale]);
            // The templates place values themselves (and wrap them in <bdi> where the
            // direction may differ): no invisible isolation marks in text and attributes.
            bundle.set_use_isolating(false);
            bundle.set_formatter(Some(numbers::in_message));
            let mut ids = BTreeSet::new();
            let mut files = Vec::new();
            for (file, text) in sources.get(code).into_iter().flatten() {
                let resource = match FluentResource::try_new(text.clone()) {
                    Ok(r) => r,
                    Err((r, errors)) => {
                        for e in errors {
                            // The entry that failed (its junk slice) starts where the
                            // translator should look; the error's own position is often
                            // the next line, where the parser noticed.
                            let at = e.slice.as_ref().map_or(e.pos.start, |s| s.start);
                            let (line, col) = line_col(text, at);
                            diagnostics.push(
                                Diagnostic::error(
                                    file,
                                    line,
                                    col,
                                    format!("the catalogue cannot be read here: {}", e.kind),
                                )
                                .with_help(
                                    "see https://projectfluent.org/fluent/guide/ for the syntax",
                                ),
                            );
                        }
                        r
                    }
                };
                ids.extend(message_ids(&resource));
                bundle.add_resource_overriding(resource);
                files.push(file.clone());
            }
            by_language.insert(code.to_string(), Catalogue { bundle, ids, files });
        }
        let mut catalogues = Catalogues {
            default,
            by_language,
            plain: Formatted::new(),
        };
        catalogues.plain = catalogues.format_plain();
        catalogues
    }

    /// Every message of every language (falling back to the default's), formatted without
    /// arguments: what [`Catalogues::text`] returns for them, and [`Catalogues::html`]
    /// escaped.
    fn format_plain(&self) -> Formatted {
        let ids: BTreeSet<&String> = self.by_language.values().flat_map(|c| &c.ids).collect();
        self.by_language
            .keys()
            .map(|code| {
                let messages = ids
                    .iter()
                    .map(|id| ((*id).clone(), self.format(code, id, &FluentArgs::new())))
                    .collect();
                (code.clone(), messages)
            })
            .collect()
    }

    /// The message `id` in `language` with `args`, falling back to the default language,
    /// then to the id itself (so a missing message shows, and `hub check` names it).
    /// The result is HTML: the message's text escaped, [`Arg::Html`] values inserted as
    /// they are.
    pub fn html(&self, language: &str, id: &str, args: &[(&str, Arg)]) -> String {
        if args.is_empty()
            && let Some(text) = self.formatted(language, id)
        {
            return crate::link::markdown::escape_attr(text);
        }
        let mut safe = Vec::new();
        let mut fluent = FluentArgs::new();
        for (name, arg) in args {
            match arg {
                Arg::Text(s) => fluent.set(*name, FluentValue::from(s.as_str())),
                Arg::Number(n) => fluent.set(*name, FluentValue::from(*n)),
                Arg::Html(html) => {
                    fluent.set(*name, FluentValue::from(placeholder(safe.len())));
                    safe.push(html.as_str());
                }
            }
        }
        let text = self.format(language, id, &fluent);
        let escaped = crate::link::markdown::escape_attr(&text);
        if safe.is_empty() {
            return escaped;
        }
        // One pass: each placeholder character becomes its HTML argument.
        let mut html =
            String::with_capacity(escaped.len() + safe.iter().map(|s| s.len()).sum::<usize>());
        for c in escaped.chars() {
            match placeholder_index(c).and_then(|i| safe.get(i)) {
                Some(value) => html.push_str(value),
                None => html.push(c),
            }
        }
        html
    }

    /// The message `id` in `language` as plain text (no arguments), for titles and labels
    /// that Rust code puts in the page's context.
    pub fn text(&self, language: &str, id: &str) -> String {
        self.formatted(language, id).map_or_else(
            || self.format(language, id, &FluentArgs::new()),
            str::to_string,
        )
    }

    /// The message `id` without arguments as formatted once, in `language` or else the
    /// default language.
    fn formatted(&self, language: &str, id: &str) -> Option<&str> {
        self.plain
            .get(language)
            .or_else(|| self.plain.get(&self.default))
            .and_then(|messages| messages.get(id))
            .map(String::as_str)
    }

    /// The message `id` as plain text with `args` (HTML arguments are taken as text).
    pub fn text_with(&self, language: &str, id: &str, args: &[(&str, Arg)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, arg) in args {
            match arg {
                Arg::Text(s) | Arg::Html(s) => fluent.set(*name, FluentValue::from(s.as_str())),
                Arg::Number(n) => fluent.set(*name, FluentValue::from(*n)),
            }
        }
        self.format(language, id, &fluent)
    }

    /// The message `id` as plain text with one number, which selects the plural form.
    pub fn count(&self, language: &str, id: &str, count: usize) -> String {
        self.text_with(language, id, &[("count", Arg::Number(count as f64))])
    }

    fn format(&self, language: &str, id: &str, args: &FluentArgs<'_>) -> String {
        for code in [language, self.default.as_str()] {
            let Some(catalogue) = self.by_language.get(code) else {
                continue;
            };
            let Some(pattern) = catalogue.bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = catalogue
                .bundle
                .format_pattern(pattern, Some(args), &mut errors);
            return text.into_owned();
        }
        id.to_string()
    }

    /// Per language other than the default: the catalogue file (the last one read, or the
    /// file it should be) and the ids of the default catalogue it lacks.
    pub fn missing(&self) -> Vec<(String, PathBuf, Vec<String>)> {
        let Some(default) = self.by_language.get(&self.default) else {
            return Vec::new();
        };
        let mut out: Vec<(String, PathBuf, Vec<String>)> = self
            .by_language
            .iter()
            .filter(|(code, _)| **code != self.default)
            .filter_map(|(code, c)| {
                let lacking: Vec<String> = default.ids.difference(&c.ids).cloned().collect();
                let file = c.files.last().cloned().unwrap_or_else(|| {
                    Path::new("themes/default/i18n").join(format!("{code}.ftl"))
                });
                (!lacking.is_empty()).then(|| (code.clone(), file, lacking))
            })
            .collect();
        out.sort();
        out
    }

    /// Diagnostics for [`Catalogues::missing`]: one warning per language.
    pub fn check(&self, diagnostics: &mut Vec<Diagnostic>) {
        for (code, file, lacking) in self.missing() {
            let shown: Vec<&str> = lacking.iter().take(8).map(String::as_str).collect();
            let more = lacking.len().saturating_sub(shown.len());
            diagnostics.push(
                Diagnostic::warning(
                    &file,
                    0,
                    0,
                    format!(
                        "the `{code}` interface lacks {} message(s) of the default catalogue: {}{}",
                        lacking.len(),
                        shown.join(", "),
                        if more > 0 {
                            format!(" and {more} more")
                        } else {
                            String::new()
                        }
                    ),
                )
                .with_help(format!(
                    "add them to {}; until then the `{}` text is shown",
                    file.display(),
                    self.default
                )),
            );
        }
    }
}

/// The first of the private-use characters that stand for HTML arguments while a message
/// is formatted and escaped (neither Fluent nor the escaping touch them): U+E000 for the
/// first argument, U+E001 for the second, ….
const PLACEHOLDERS: u32 = 0xE000;

/// The character standing for the `i`th HTML argument.
fn placeholder(i: usize) -> String {
    char::from_u32(PLACEHOLDERS + i as u32).map_or_else(String::new, String::from)
}

/// The argument a placeholder character stands for.
fn placeholder_index(c: char) -> Option<usize> {
    let offset = (c as u32).checked_sub(PLACEHOLDERS)?;
    (offset < 0x100).then_some(offset as usize)
}

/// The ids of the messages (not terms) of a resource.
fn message_ids(resource: &FluentResource) -> Vec<String> {
    resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

/// 1-based line and column of byte `offset` in `text`.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    fn catalogues(files: &[(&str, &str)]) -> (Catalogues, Vec<Diagnostic>) {
        let mut sources: BTreeMap<String, Vec<(PathBuf, String)>> = BTreeMap::new();
        for (code, text) in files {
            sources
                .entry(code.to_string())
                .or_default()
                .push((format!("i18n/{code}.ftl").into(), text.to_string()));
        }
        let mut diagnostics = Vec::new();
        let codes: Vec<&str> = files.iter().map(|(c, _)| *c).collect();
        (
            Catalogues::new(&codes, &sources, &mut diagnostics),
            diagnostics,
        )
    }

    const PLURALS_EN: &str =
        "results = { $count ->\n    [one] { $count } result\n   *[other] { $count } results\n}\n";
    const PLURALS_AR: &str = "results = { $count ->\n    [zero] لا نتائج\n    [one] نتيجة واحدة\n    [two] نتيجتان\n    [few] { $count } نتائج\n    [many] { $count } نتيجة\n   *[other] { $count } نتيجة\n}\n";
    const PLURALS_RU: &str = "results = { $count ->\n    [one] { $count } результат\n    [few] { $count } результата\n   *[many] { $count } результатов\n}\n";

    #[test]
    fn numbers_in_messages_are_written_each_language_s_way() {
        let fr = "results = { $count ->\n    [one] { $count } résultat\n   *[other] { $count } résultats\n}\n";
        let (c, problems) = catalogues(&[("en", PLURALS_EN), ("fr", fr), ("ru", PLURALS_RU)]);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(c.count("en", "results", 12345), "12,345 results");
        assert_eq!(c.count("fr", "results", 12345), "12\u{202f}345 résultats");
        assert_eq!(c.count("fr", "results", 1), "1 résultat");
        // The plural form is still chosen from the number: 21 is "one" in Russian.
        assert_eq!(c.count("ru", "results", 21), "21 результат");
        assert_eq!(c.count("ru", "results", 12345), "12\u{a0}345 результатов");
    }

    #[test]
    fn plural_forms_follow_each_language() {
        let (c, problems) =
            catalogues(&[("en", PLURALS_EN), ("ar", PLURALS_AR), ("ru", PLURALS_RU)]);
        assert!(problems.is_empty(), "{problems:?}");
        let forms = |lang: &str| -> Vec<String> {
            [1, 2, 5, 11]
                .iter()
                .map(|&n| c.count(lang, "results", n))
                .collect()
        };
        assert_eq!(
            forms("en"),
            ["1 result", "2 results", "5 results", "11 results"]
        );
        assert_eq!(
            forms("ar"),
            ["نتيجة واحدة", "نتيجتان", "5 نتائج", "11 نتيجة"]
        );
        assert_eq!(
            forms("ru"),
            [
                "1 результат",
                "2 результата",
                "5 результатов",
                "11 результатов"
            ]
        );
        assert_eq!(c.count("ru", "results", 21), "21 результат");
    }

    #[test]
    fn a_missing_message_falls_back_to_the_default_and_is_reported() {
        let (c, _) = catalogues(&[
            ("en", "hello = Hello\nbye = Goodbye\n"),
            ("fr", "hello = Bonjour\n"),
        ]);
        assert_eq!(c.text("fr", "hello"), "Bonjour");
        assert_eq!(c.text("fr", "bye"), "Goodbye");
        assert_eq!(c.text("fr", "nowhere"), "nowhere");
        let missing = c.missing();
        assert_eq!(missing.len(), 1);
        assert_eq!(missing[0].0, "fr");
        assert_eq!(missing[0].2, ["bye"]);
    }

    #[test]
    fn text_is_escaped_and_html_arguments_are_kept() {
        let (c, _) = catalogues(&[("en", "see = See { $link } & { $name }.\n")]);
        let html = c.html(
            "en",
            "see",
            &[
                ("link", Arg::Html("<a href=\"/x/\">this</a>".into())),
                ("name", Arg::Text("<b>".into())),
            ],
        );
        assert_eq!(html, "See <a href=\"/x/\">this</a> &amp; &lt;b&gt;.");
    }

    #[test]
    fn syntax_errors_name_the_line_and_column() {
        let (_, problems) = catalogues(&[("en", "ok = fine\nbroken = { $x\nlater = still read\n")]);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].line, 2);
    }
}
