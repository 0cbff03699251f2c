//! `hub.yaml`: the site's configuration.

use crate::content::yaml;
use crate::diagnostics::Diagnostic;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// How glossary terms mentioned in text become links.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum AutolinkMode {
    /// Link the first mention of each term on a page.
    #[default]
    First,
    /// Link every mention.
    All,
    /// Do not link mentions automatically (wiki-links still work).
    Off,
}

/// The site's own words in another language.
#[derive(Debug, Clone, Default, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SiteText {
    /// The site's title.
    #[serde(default)]
    pub title: Option<String>,
    /// Its one-sentence description.
    #[serde(default)]
    pub description: Option<String>,
}

/// One entry of the header menu.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MenuItem {
    /// Text shown in the menu.
    pub label: String,
    /// Site path (e.g. `/glossary/`) or absolute URL.
    pub url: String,
    /// The label in the site's other languages, by language (`fr: Glossaire`).
    #[serde(default)]
    pub labels: std::collections::BTreeMap<String, String>,
}

/// How partners reference the glossary: a namespace for its concept IRIs that does not
/// depend on where the site is hosted, and the terms of its licence.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct VocabularyConfig {
    /// Namespace of the concept IRIs, ending in `/` or `#`: a concept's IRI is the
    /// namespace followed by its id (e.g. `https://w3id.org/sp-hub/link-worker`).
    pub namespace: String,
    /// Licence of the vocabulary (an SPDX id such as `CC-BY-4.0`, or a URL).
    #[serde(default)]
    pub license: Option<String>,
}

/// Where the hub's sources live, so that pages can offer "Suggest a change" and
/// "Propose a new …" on the host's web editor.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RepositoryConfig {
    /// `github` or `gitlab`.
    pub host: RepositoryHost,
    /// The account or group that owns the repository.
    pub owner: String,
    /// The repository's name.
    pub name: String,
    /// The branch proposals are made against.
    #[serde(default = "default_branch")]
    pub branch: String,
    /// The host's address, for self-hosted GitLab (default: github.com or gitlab.com).
    #[serde(default)]
    pub url: Option<String>,
}

/// A code host with a web editor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum RepositoryHost {
    /// GitHub.
    Github,
    /// GitLab (gitlab.com or self-hosted).
    Gitlab,
}

fn default_branch() -> String {
    "main".into()
}

impl RepositoryConfig {
    fn base(&self) -> String {
        let host = match (&self.url, self.host) {
            (Some(url), _) => url.trim_end_matches('/').to_string(),
            (None, RepositoryHost::Github) => "https://github.com".into(),
            (None, RepositoryHost::Gitlab) => "https://gitlab.com".into(),
        };
        format!("{host}/{}/{}", self.owner, self.name)
    }

    /// The host's web editor for the file at `path` (relative to the repository root).
    pub fn edit_url(&self, path: &str) -> String {
        match self.host {
            RepositoryHost::Github => format!("{}/edit/{}/{path}", self.base(), self.branch),
            RepositoryHost::Gitlab => format!("{}/-/edit/{}/{path}", self.base(), self.branch),
        }
    }

    /// The host's "new file" page in folder `dir`, with the file name and content filled in.
    pub fn new_file_url(&self, dir: &str, file_name: &str, content: &str) -> String {
        use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};
        let enc = |s: &str| utf8_percent_encode(s, NON_ALPHANUMERIC).to_string();
        match self.host {
            RepositoryHost::Github => format!(
                "{}/new/{}/{dir}?filename={}&value={}",
                self.base(),
                self.branch,
                enc(file_name),
                enc(content)
            ),
            RepositoryHost::Gitlab => format!(
                "{}/-/new/{}/{dir}?file_name={}&content={}",
                self.base(),
                self.branch,
                enc(file_name),
                enc(content)
            ),
        }
    }
}

/// The contents of `hub.yaml`.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Site title, shown in the header and in feeds.
    pub title: String,
    /// One-sentence description for search engines and the home page.
    pub description: String,
    /// Public URL of the site, including any sub-path, e.g. `https://example.org/sp-hub/`.
    pub base_url: String,
    /// Default language of the content (BCP 47), used in `<html lang>`. Its pages keep the
    /// site's paths.
    #[serde(default = "default_language")]
    pub language: String,
    /// The site's other languages (BCP 47), each under `/<code>/`: the interface from the
    /// theme's `i18n/<code>.ftl`, records from their translation files (`id.<code>.md`).
    #[serde(default)]
    pub languages: Vec<String>,
    /// The site's title and description in its other languages, by language.
    #[serde(default)]
    pub translations: std::collections::BTreeMap<String, SiteText>,
    /// Theme folder under `themes/` whose templates override the built-in theme.
    #[serde(default = "default_theme")]
    pub theme: String,
    /// How term mentions are linked: first, all or off.
    #[serde(default)]
    pub autolink: AutolinkMode,
    /// Header menu.
    #[serde(default)]
    pub menu: Vec<MenuItem>,
    /// Footer menu (for example the about, contribute and privacy pages). Free pages are
    /// not listed by themselves: a footer that grew with every page would repeat the whole
    /// list on every page of the site.
    #[serde(default)]
    pub footer_menu: Vec<MenuItem>,
    /// Build the static search index (`search-index/`) and show search on every page.
    #[serde(default = "default_true")]
    pub search: bool,
    /// Publisher named in the footer and feeds.
    #[serde(default)]
    pub publisher: Option<String>,
    /// The editors' address: champions without a public contact offer "ask the editors to
    /// introduce you", a message to this address naming the champion.
    #[serde(default)]
    pub editors_email: Option<String>,
    /// The repository of the hub's sources; pages offer edits and proposals on its web
    /// editor. Without it, nothing of this is shown.
    #[serde(default)]
    pub repository: Option<RepositoryConfig>,
    /// Ids of the glossary terms shown on the home page, in order.
    #[serde(default)]
    pub featured_terms: Vec<String>,
    /// The glossary's persistent identifiers. Without it, concept IRIs are the term pages'
    /// URLs, which change when `base_url` does.
    #[serde(default)]
    pub vocabulary: Option<VocabularyConfig>,
    /// `hub check` warns when a record's `reviewed` date is older than this many months.
    #[serde(default = "default_review_months")]
    pub review_period_months: u32,
    /// Hosts that are never cited (mirrors, aggregators, piracy sites): `hub check` warns
    /// on a source URL on one of them or on any of their subdomains.
    #[serde(default)]
    pub deny_source_hosts: Vec<String>,
    /// Records per page of a list (collection indexes, country pages, "Mentioned in"):
    /// longer lists continue on `page/2/`, `page/3/`, … so that no page grows without bound.
    #[serde(default = "default_paginate")]
    pub paginate: usize,
}

fn default_paginate() -> usize {
    60
}

fn default_review_months() -> u32 {
    18
}

fn default_language() -> String {
    "en".into()
}

fn default_true() -> bool {
    true
}

fn default_theme() -> String {
    "default".into()
}

impl Config {
    /// Every language of the site, the default first.
    pub fn all_languages(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.language.as_str()).chain(self.languages.iter().map(String::as_str))
    }

    /// The language codes are BCP 47 tags, the other languages are distinct and none is the
    /// default (whose pages are the site's own paths).
    fn validate_languages(&self) -> Result<(), Diagnostic> {
        let file = Path::new("hub.yaml");
        let mut seen = std::collections::HashSet::new();
        for code in self.all_languages() {
            let valid = code.parse::<unic_langid::LanguageIdentifier>().is_ok()
                && !code.is_empty()
                && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
            if !valid {
                return Err(Diagnostic::error(
                    file,
                    0,
                    0,
                    format!("`{code}` is not a language tag"),
                )
                .with_help("use a BCP 47 tag such as `fr`, `es`, `ar`, `zh-Hans` or `pt-BR`"));
            }
            if !seen.insert(code.to_ascii_lowercase()) {
                return Err(Diagnostic::error(
                    file,
                    0,
                    0,
                    format!("the language `{code}` is listed twice"),
                )
                .with_help(
                    "`language` is the default language; `languages` lists only the others",
                ));
            }
        }
        Ok(())
    }

    /// Reads and validates `root/hub.yaml`.
    pub fn load(root: &Path) -> Result<Config, Diagnostic> {
        let file = Path::new("hub.yaml");
        let text = std::fs::read_to_string(root.join(file)).map_err(|e| {
            Diagnostic::error(
                file,
                0,
                0,
                format!("cannot read the site configuration: {e}"),
            )
            .with_help("run hub from the hub's folder or pass --root DIR")
        })?;
        let config: Config = yaml::parse(text.strip_prefix('\u{feff}').unwrap_or(&text), file, 1)?;
        config.validate()?;
        Ok(config)
    }

    fn validate(&self) -> Result<(), Diagnostic> {
        let file = Path::new("hub.yaml");
        if !(self.base_url.starts_with("http://")
            || self.base_url.starts_with("https://")
            || self.base_url.starts_with('/'))
        {
            return Err(Diagnostic::error(
                file,
                0,
                0,
                format!(
                    "base_url `{}` is not an absolute URL or path",
                    self.base_url
                ),
            )
            .with_help("use e.g. `https://example.org/` or `/sp-hub/`"));
        }
        if self.theme.contains(['/', '\\']) || self.theme.starts_with('.') {
            return Err(Diagnostic::error(
                file,
                0,
                0,
                format!("theme `{}` must be a folder name under themes/", self.theme),
            ));
        }
        self.validate_languages()?;
        if self.paginate == 0 {
            return Err(Diagnostic::error(
                file,
                0,
                0,
                "`paginate: 0` would put no record on a page",
            )
            .with_help("give the number of records per page of a long list, e.g. `paginate: 60`"));
        }
        if let Some(v) = &self.vocabulary
            && !((v.namespace.starts_with("https://") || v.namespace.starts_with("http://"))
                && (v.namespace.ends_with('/') || v.namespace.ends_with('#')))
        {
            return Err(Diagnostic::error(
                file,
                0,
                0,
                format!(
                    "vocabulary namespace `{}` must be an http(s) IRI ending in `/` or `#`",
                    v.namespace
                ),
            )
            .with_help("for example `https://w3id.org/sp-hub/`: a concept's IRI is the namespace followed by its id"));
        }
        Ok(())
    }

    /// The persistent IRI of the glossary concept `id`: the vocabulary namespace followed by
    /// the id, or, without a namespace, the term page's URL.
    pub fn concept_iri(&self, id: &str) -> String {
        match &self.vocabulary {
            Some(v) => format!("{}{id}", v.namespace),
            None => format!("{}/glossary/{id}/", self.base_url.trim_end_matches('/')),
        }
    }

    /// The IRI of a property the hub defines for its vocabulary (e.g. `proposedLabel`):
    /// a fragment of the scheme IRI. Property names have capitals and concept ids never do,
    /// so the two cannot clash.
    pub fn vocabulary_property_iri(&self, name: &str) -> String {
        match &self.vocabulary {
            Some(v) if v.namespace.ends_with('#') => format!("{}{name}", v.namespace),
            Some(v) => format!("{}#{name}", v.namespace),
            None => format!(
                "{}/api/vocabulary#{name}",
                self.base_url.trim_end_matches('/')
            ),
        }
    }

    /// The IRI of the concept scheme: the namespace itself, or the glossary's URL.
    pub fn scheme_iri(&self) -> String {
        match &self.vocabulary {
            Some(v) => v.namespace.clone(),
            None => format!("{}/glossary/", self.base_url.trim_end_matches('/')),
        }
    }

    /// The path part of `base_url`, always starting and ending with `/` (e.g. `/sp-hub/`).
    pub fn base_path(&self) -> String {
        base_path_of(&self.base_url)
    }
}

/// The path of a base URL: `https://x.org/a/b` → `/a/b/`.
pub fn base_path_of(base_url: &str) -> String {
    let after_scheme = base_url
        .split_once("://")
        .map_or(base_url, |(_, rest)| rest);
    let path = if base_url.contains("://") {
        after_scheme.find('/').map_or("/", |i| &after_scheme[i..])
    } else {
        after_scheme
    };
    let trimmed = path.trim_matches('/');
    if trimmed.is_empty() {
        "/".into()
    } else {
        format!("/{trimmed}/")
    }
}

#[cfg(test)]
mod tests {
    use super::base_path_of;

    #[test]
    fn base_path_is_normalised() {
        assert_eq!(base_path_of("https://example.org"), "/");
        assert_eq!(base_path_of("https://example.org/"), "/");
        assert_eq!(base_path_of("https://example.org/sp-hub"), "/sp-hub/");
        assert_eq!(base_path_of("/sp-hub/"), "/sp-hub/");
    }
}
