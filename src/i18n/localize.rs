//! LANGUAGES, after rendering: ties the languages of a multilingual site together.
//!
//! Pages are rendered with links written as site paths in the default language. Once every
//! language's pages exist, this step knows which pages each language has, and:
//! - points each link of a page in another language at that language's page when it
//!   exists (otherwise at the default-language page, which every page has);
//! - adds `hreflang` alternates for the languages a page exists in;
//! - fills the language switcher (`[data-language-switch]`): the same page in each
//!   language, or that language's home page with a note that the page is not translated;
//! - writes the sitemap with `xhtml:link` alternates.
//!
//! Doing this in one place keeps the question "does this page exist in French?" out of
//! every template and view, as Hugo's `.Translations` and Zola's `get_url(lang=…)` do.

use super::{Catalogues, Language};
use crate::config::Config;
use crate::link::markdown::escape_attr;
use crate::output::OutputFile;
use lol_html::html_content::ContentType;
use lol_html::{RewriteStrSettings, element, rewrite_str};
use rayon::prelude::*;
use std::collections::HashMap;

/// The language of the output file `path`: the language whose folder it is in, or the
/// default language.
pub fn language_of<'a>(path: &str, languages: &'a [Language]) -> &'a str {
    languages
        .iter()
        .filter(|l| !l.is_default)
        .find(|l| {
            path.strip_prefix(l.code.as_str())
                .is_some_and(|rest| rest.starts_with('/'))
        })
        .or_else(|| languages.iter().find(|l| l.is_default))
        .map_or("", |l| l.code.as_str())
}

/// Which languages have each page: site path in the default language → language indexes.
struct Pages {
    by_path: HashMap<String, Vec<usize>>,
}

impl Pages {
    fn of(files: &[OutputFile], languages: &[Language]) -> Pages {
        let mut by_path: HashMap<String, Vec<usize>> = HashMap::new();
        for f in files.iter().filter(|f| f.path.ends_with(".html")) {
            let (index, path) = page_of(&f.path, languages);
            by_path.entry(path).or_default().push(index);
        }
        for langs in by_path.values_mut() {
            langs.sort_unstable();
        }
        Pages { by_path }
    }

    fn has(&self, path: &str, language: usize) -> bool {
        self.by_path
            .get(path)
            .is_some_and(|langs| langs.contains(&language))
    }

    fn languages(&self, path: &str) -> &[usize] {
        self.by_path.get(path).map_or(&[], Vec::as_slice)
    }
}

/// The language index and the default-language site path (`/glossary/`, `/404.html`) of
/// the output file `path`.
fn page_of(path: &str, languages: &[Language]) -> (usize, String) {
    let code = language_of(path, languages);
    let index = languages.iter().position(|l| l.code == code).unwrap_or(0);
    let rest = if languages[index].is_default {
        path
    } else {
        &path[code.len() + 1..]
    };
    let site_path = match rest.strip_suffix("index.html") {
        Some(dir) => format!("/{dir}"),
        None => format!("/{rest}"),
    };
    (index, site_path)
}

/// Rewrites every page of `files` (see the module's documentation) and adds the sitemap of
/// every language (the default language's render leaves it out).
pub fn localize(
    files: &mut Vec<OutputFile>,
    config: &Config,
    languages: &[Language],
    messages: &Catalogues,
) {
    let pages = Pages::of(files, languages);
    let base_path = config.base_path();
    let base_url = config.base_url.trim_end_matches('/').to_string();
    files
        .par_iter_mut()
        .filter(|f| f.path.ends_with(".html"))
        .for_each(|f| {
            let (language, site_path) = page_of(&f.path, languages);
            let page = Page {
                language,
                site_path: &site_path,
                languages,
                pages: &pages,
                base_path: &base_path,
                base_url: &base_url,
                messages,
            };
            if let Ok(text) = std::str::from_utf8(&f.bytes)
                && let Ok(html) = page.rewrite(text)
            {
                f.bytes = html.into_bytes();
            }
        });
    files.extend(self::sitemap(&pages, languages, &base_url));
}

/// One page being localized.
struct Page<'a> {
    language: usize,
    site_path: &'a str,
    languages: &'a [Language],
    pages: &'a Pages,
    base_path: &'a str,
    base_url: &'a str,
    messages: &'a Catalogues,
}

impl Page<'_> {
    fn rewrite(&self, html: &str) -> Result<String, lol_html::errors::RewritingError> {
        let alternates = self.alternates();
        let switcher = self.switcher();
        let in_other_language = !self.languages[self.language].is_default;
        let link = |value: &str| -> Option<String> {
            in_other_language.then(|| self.link(value)).flatten()
        };
        let settings = RewriteStrSettings::new()
            .append_element_content_handler(element!("head", |el| {
                el.append(&alternates, ContentType::Html);
                Ok(())
            }))
            .append_element_content_handler(element!("[data-language-switch]", |el| {
                el.set_inner_content(&switcher, ContentType::Html);
                Ok(())
            }))
            .append_element_content_handler(element!(
                "a[href]:not([hreflang]), link[rel=prev], link[rel=next]",
                |el| {
                    if let Some(to) = el.get_attribute("href").and_then(|h| link(&h)) {
                        el.set_attribute("href", &to)?;
                    }
                    Ok(())
                }
            ))
            .append_element_content_handler(element!("form[action]", |el| {
                if let Some(to) = el.get_attribute("action").and_then(|h| link(&h)) {
                    el.set_attribute("action", &to)?;
                }
                Ok(())
            }))
            .append_element_content_handler(element!("[data-list-base]", |el| {
                if let Some(to) = el.get_attribute("data-list-base").and_then(|h| link(&h)) {
                    el.set_attribute("data-list-base", &to)?;
                }
                Ok(())
            }));
        rewrite_str(html, settings)
    }

    /// The link `href` of a page in this page's language: that language's page when it
    /// exists (`None`: keep the default-language page, or not a page of the site).
    fn link(&self, href: &str) -> Option<String> {
        let rest = href.strip_prefix(self.base_path)?;
        let end = rest.find(['?', '#']).unwrap_or(rest.len());
        let path = format!("/{}", &rest[..end]);
        let code = &self.languages[self.language].code;
        (self.pages.has(&path, self.language) && !rest.starts_with(&format!("{code}/")))
            .then(|| format!("{}{code}/{rest}", self.base_path))
    }

    /// The URL of this page (by its default-language path) in language `index`.
    fn url_in(&self, index: usize, site_path: &str) -> String {
        format!("{}{}", self.base_url, self.languages[index].path(site_path))
    }

    /// `<link rel=alternate hreflang>` for every language the page exists in, and
    /// `x-default` for the default language's; nothing for a page in one language only.
    fn alternates(&self) -> String {
        let present = self.pages.languages(self.site_path);
        if present.len() < 2 {
            return String::new();
        }
        let mut out = String::new();
        for &i in present {
            out.push_str(&format!(
                "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">\n",
                self.languages[i].code,
                escape_attr(&self.url_in(i, self.site_path))
            ));
        }
        if let Some(default) = self.languages.iter().position(|l| l.is_default) {
            out.push_str(&format!(
                "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\">\n",
                escape_attr(&self.url_in(default, self.site_path))
            ));
        }
        out
    }

    /// The language switcher's list: every language by its own name; the current one
    /// marked; the others linking to this page in them, or to their home page with a note
    /// (in this page's language) that the page is not translated.
    fn switcher(&self) -> String {
        let here = &self.languages[self.language].code;
        let mut out = String::from("<ul>");
        for (i, language) in self.languages.iter().enumerate() {
            let code = &language.code;
            let name = escape_attr(&self.messages.text(code, "language-name"));
            let dir = language.dir_attribute();
            if i == self.language {
                out.push_str(&format!(
                    "<li><span aria-current=\"true\" lang=\"{code}\"{dir}>{name}</span></li>"
                ));
            } else if self.pages.has(self.site_path, i) {
                let href = format!(
                    "{}{}",
                    self.base_path.trim_end_matches('/'),
                    language.path(self.site_path)
                );
                out.push_str(&format!(
                    "<li><a href=\"{}\" hreflang=\"{code}\" lang=\"{code}\"{dir}>{name}</a></li>",
                    escape_attr(&href)
                ));
            } else {
                let href = format!(
                    "{}{}",
                    self.base_path.trim_end_matches('/'),
                    language.path("/")
                );
                let note = escape_attr(&self.messages.text(here, "language-not-translated"));
                out.push_str(&format!(
                    "<li><a href=\"{}\" hreflang=\"{code}\" lang=\"{code}\"{dir}>{name}</a> <span class=\"small\">{note}</span></li>",
                    escape_attr(&href)
                ));
            }
        }
        out.push_str("</ul>");
        out
    }
}

/// The sitemap of every language's pages, each with its alternates (Google's
/// `xhtml:link` extension), in path order.
fn sitemap(pages: &Pages, languages: &[Language], base_url: &str) -> Vec<OutputFile> {
    let mut entries = Vec::new();
    let mut paths: Vec<(&String, &Vec<usize>)> = pages
        .by_path
        .iter()
        .filter(|(p, _)| p.ends_with('/'))
        .collect();
    paths.sort();
    let url = |i: usize, path: &str| escape_attr(&format!("{base_url}{}", languages[i].path(path)));
    for (path, present) in paths {
        for &i in present {
            let mut xml = format!("  <url><loc>{}</loc>", url(i, path));
            if present.len() > 1 {
                for &j in present {
                    xml.push_str(&format!(
                        "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                        languages[j].code,
                        url(j, path)
                    ));
                }
            }
            xml.push_str("</url>\n");
            entries.push(xml);
        }
    }
    crate::render::sitemap::sitemap_files(
        &entries,
        " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"",
        &|path| format!("{base_url}{path}"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn languages() -> Vec<Language> {
        vec![
            Language::new("en", true),
            Language::new("fr", false),
            Language::new("ar", false),
        ]
    }

    #[test]
    fn files_belong_to_the_language_of_their_folder() {
        let l = languages();
        assert_eq!(language_of("fr/glossary/index.html", &l), "fr");
        assert_eq!(language_of("glossary/index.html", &l), "en");
        assert_eq!(language_of("french-page/index.html", &l), "en");
        assert_eq!(
            page_of("fr/glossary/x/index.html", &l),
            (1, "/glossary/x/".into())
        );
        assert_eq!(page_of("404.html", &l), (0, "/404.html".into()));
    }
}
