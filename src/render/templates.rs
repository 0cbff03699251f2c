//! The template engine (minijinja), set up with the theme's templates and the site's helpers.

use super::theme::Theme;
use crate::diagnostics::Diagnostic;
use crate::i18n::{Arg, Catalogues};
use crate::link::join_path;
use minijinja::value::Kwargs;
use minijinja::{AutoEscape, Environment, State, UndefinedBehavior, Value};
use std::collections::HashMap;
use std::sync::{Arc, RwLock};

/// A ready template environment.
pub struct Templates {
    env: Environment<'static>,
    theme: Theme,
    catalogues: Arc<Catalogues>,
    translated: Arc<RwLock<Translated>>,
}

/// Per language other than the default: the translated fields of each record that exists
/// in it, by collection folder and id (nested, so that a lookup borrows its keys). Read by
/// the templates' `in_original`, called for every entry of a list.
type Translated = HashMap<String, HashMap<String, HashMap<String, Vec<String>>>>;

impl Templates {
    /// Compiles every template of `theme` and reads its catalogues for `languages` (the
    /// default first); syntax errors become diagnostics.
    pub fn new(
        theme: Theme,
        base_path: &str,
        languages: &[&str],
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Templates {
        let catalogues = Arc::new(Catalogues::new(languages, &theme.catalogues, diagnostics));
        let mut env = Environment::new();
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        env.set_fuel(Some(50_000_000));
        env.set_recursion_limit(64);
        env.set_formatter(|out, state, value| {
            // Escape only what HTML needs (& < > " '), so URLs stay readable in the output.
            if matches!(state.auto_escape(), AutoEscape::Html)
                && !value.is_safe()
                && let Some(s) = value.as_str()
            {
                return out
                    .write_str(&crate::link::markdown::escape_attr(s))
                    .map_err(minijinja::Error::from);
            }
            minijinja::escape_formatter(out, state, value)
        });
        // Front-matter URLs are validated by `hub check`; templates filter them again so a
        // `javascript:` or `data:` URL can never become a link.
        env.add_filter("safe_url", |url: String| -> String {
            if crate::site::validate::is_safe_url(&url) {
                url
            } else {
                "#".into()
            }
        });
        let default_language: Arc<str> = Arc::from(languages.first().copied().unwrap_or("en"));
        // A number as the page's language writes it (its grouping and decimal sign).
        let default = Arc::clone(&default_language);
        env.add_filter("thousands", move |state: &State, n: f64| -> String {
            in_page_language(state, &default, |lang| {
                crate::i18n::numbers::format(lang, n)
            })
        });
        let base = base_path.to_string();
        env.add_function("url", move |path: String| -> String {
            if path.starts_with('/') && !path.starts_with("//") {
                join_path(&base, &path)
            } else {
                path
            }
        });
        let default = Arc::clone(&default_language);
        let messages = Arc::clone(&catalogues);
        // `t("id", name=value, …)`: the message `id` of the catalogue of the page's `lang`.
        // Numbers select plural forms; safe values (macro output, `|safe`) go in as HTML.
        env.add_function(
            "t",
            move |state: &State, id: String, kwargs: Kwargs| -> Result<Value, minijinja::Error> {
                let mut args = Vec::new();
                for name in kwargs.args() {
                    let value: Value = kwargs.get(name)?;
                    let arg = if value.is_number() {
                        Arg::Number(f64::try_from(value)?)
                    } else if value.is_safe() {
                        Arg::Html(value.to_string())
                    } else {
                        Arg::Text(value.to_string())
                    };
                    args.push((name, arg));
                }
                kwargs.assert_all_used()?;
                let html =
                    in_page_language(state, &default, |lang| messages.html(lang, &id, &args));
                Ok(Value::from_safe_string(html))
            },
        );
        // `in_original("glossary", id, "definition")`: ` lang=… dir=auto` when that field
        // of the record is shown in the default language on a page in another language
        // (the record, or that field, is not translated), so that it is read as such.
        let translated: Arc<RwLock<Translated>> = Arc::default();
        let known = Arc::clone(&translated);
        env.add_function(
            "in_original",
            move |state: &State, collection: &str, id: &str, field: &str| -> Value {
                let translated = in_page_language(state, &default_language, |lang| {
                    if lang == &*default_language {
                        return true;
                    }
                    let known = known.read().unwrap_or_else(|p| p.into_inner());
                    known
                        .get(lang)
                        .and_then(|collections| collections.get(collection))
                        .and_then(|records| records.get(id))
                        .is_some_and(|fields| fields.iter().any(|f| f == field))
                });
                if translated {
                    Value::from("")
                } else {
                    Value::from_safe_string(format!(" lang=\"{default_language}\" dir=\"auto\""))
                }
            },
        );
        for (name, source) in &theme.templates {
            if let Err(err) = env.add_template_owned(name.clone(), source.clone()) {
                diagnostics.push(template_diagnostic(&theme, &err));
            }
        }
        Templates {
            env,
            theme,
            catalogues,
            translated,
        }
    }

    /// Tells the templates which records exist in `lang` and which of their fields are
    /// translated (`in_original`); called before the pages of `lang` are rendered.
    pub fn set_translated(&self, lang: &str, shown: &crate::collections::LanguageRecords) {
        let mut records: HashMap<String, HashMap<String, Vec<String>>> = HashMap::new();
        for ((c, id), how) in shown {
            let mut fields = how.fields.clone();
            if how.body {
                fields.push("body".into());
            }
            records
                .entry(c.dir().to_string())
                .or_default()
                .insert(id.clone(), fields);
        }
        self.translated
            .write()
            .unwrap_or_else(|p| p.into_inner())
            .insert(lang.to_string(), records);
    }

    /// The interface catalogues, for the titles and labels that Rust code writes.
    pub fn catalogues(&self) -> &Catalogues {
        &self.catalogues
    }

    /// Renders the template `name` with `context`.
    pub fn render(&self, name: &str, context: Value) -> Result<String, Diagnostic> {
        let template = self
            .env
            .get_template(name)
            .map_err(|e| template_diagnostic(&self.theme, &e))?;
        template
            .render(context)
            .map_err(|e| template_diagnostic(&self.theme, &e))
    }

    /// The theme's static files.
    pub fn static_files(&self) -> &std::collections::BTreeMap<String, Vec<u8>> {
        &self.theme.static_files
    }
}

/// Calls `f` with the page's language (`lang` in the render context), or `default` where
/// the context has none, without copying it: the template helpers ask on every call.
fn in_page_language<R>(state: &State, default: &str, f: impl FnOnce(&str) -> R) -> R {
    let lang = state.lookup("lang");
    f(lang.as_ref().and_then(Value::as_str).unwrap_or(default))
}

/// Turns a template error into a diagnostic at the template's file and line.
fn template_diagnostic(theme: &Theme, err: &minijinja::Error) -> Diagnostic {
    let name = err.name().unwrap_or("");
    let file = theme
        .template_files
        .get(name)
        .cloned()
        .unwrap_or_else(|| format!("themes/<theme>/templates/{name}").into());
    let mut message = format!("template error: {}", err.kind());
    if let Some(detail) = err.detail() {
        message.push_str(&format!(": {detail}"));
    }
    let mut source = std::error::Error::source(err);
    while let Some(inner) = source {
        message.push_str(&format!(" ({inner})"));
        source = inner.source();
    }
    Diagnostic::error(file, err.line().unwrap_or(0), 0, message)
        .with_help("fix the template; see https://docs.rs/minijinja for the syntax")
}
