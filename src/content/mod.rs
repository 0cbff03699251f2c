//! LOAD: walk `content/` and `data/`, split front matter, parse YAML into typed records.

pub mod case_study;
pub mod champion;
pub mod data;
pub mod evidence;
pub mod front_matter;
pub mod loader;
pub mod page;
pub mod releases;
pub mod source;
pub mod store;
pub mod term;
pub mod translation;
pub mod world_map;
pub mod yaml;

pub use case_study::CaseStudy;
pub use champion::Champion;
pub use data::Vocabularies;
pub use evidence::Evidence;
pub use loader::{Record, load_one};
pub use page::Page;
pub use source::{Link, Source};
pub use store::Store;
pub use term::Term;

/// A value read from YAML together with the place it was written, so that later checks
/// (unknown country, unknown term id, …) can point at the exact line and column.
pub type Spanned<T> = serde_saphyr::Spanned<T>;

/// A collection of records: a folder under `content/` and the URL prefix of its pages.
///
/// Each collection is declared once, with everything the stages need to know about it, in
/// [`crate::collections`]; this value is what other records use to name and link to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Collection {
    dir: &'static str,
    url_prefix: &'static str,
}

impl Collection {
    /// `content/glossary/`: one term per file.
    pub const GLOSSARY: Collection = Collection::new("glossary", "glossary");
    /// `content/case-studies/`.
    pub const CASE_STUDIES: Collection = Collection::new("case-studies", "case-studies");
    /// `content/evidence/`.
    pub const EVIDENCE: Collection = Collection::new("evidence", "evidence");
    /// `content/champions/`.
    pub const CHAMPIONS: Collection = Collection::new("champions", "champions");
    /// `content/pages/`: free pages such as about and contribute, at the top of the site.
    pub const PAGES: Collection = Collection::new("pages", "");

    /// A collection read from `content/<dir>/` whose pages live under `/<url_prefix>/`
    /// (at the top of the site when the prefix is empty).
    pub const fn new(dir: &'static str, url_prefix: &'static str) -> Collection {
        Collection { dir, url_prefix }
    }

    /// Folder name under `content/`.
    pub fn dir(self) -> &'static str {
        self.dir
    }

    /// Site path of the record `id` in this collection, e.g. `/glossary/link-worker/`.
    pub fn path_of(self, id: &str) -> String {
        if self.url_prefix.is_empty() {
            format!("/{id}/")
        } else {
            format!("/{}/{id}/", self.url_prefix)
        }
    }

    /// Site path of the collection's index page, e.g. `/glossary/` (`None` for pages).
    pub fn index_path(self) -> Option<String> {
        (!self.url_prefix.is_empty()).then(|| format!("/{}/", self.url_prefix))
    }
}

/// What every record's front matter has, whatever its collection: the stages that treat all
/// records alike (drafts, auto-linking, URL and provenance checks, privacy) read it here.
pub trait FrontMatter:
    serde::de::DeserializeOwned + schemars::JsonSchema + std::fmt::Debug + Clone + Send + Sync + 'static
{
    /// The record's title (a term's label, a champion's name).
    fn title(&self) -> &str;
    /// `draft: true` keeps the record out of the site unless drafts are asked for.
    fn draft(&self) -> bool;
    /// The record's own auto-linking setting, overriding `hub.yaml`'s.
    fn autolink(&self) -> Option<crate::config::AutolinkMode>;
    /// The day the record's facts were last checked.
    fn reviewed(&self) -> Option<&Spanned<String>>;
    /// Web addresses of the documents the record cites: each must be a web address, and
    /// primary (not a mirror, aggregator or bare homepage).
    fn cited_urls(&self) -> Vec<&Spanned<String>> {
        Vec::new()
    }
    /// Other web addresses of the front matter (links), which must be web addresses.
    fn link_urls(&self) -> Vec<&Spanned<String>> {
        Vec::new()
    }
    /// An email address the record may publish (a champion's public contact).
    fn own_email(&self) -> Option<&str> {
        None
    }
}

/// The [`FrontMatter`] accessors that every record type has as fields of the same names
/// (`draft`, `autolink`, `reviewed`), written once: use it inside an `impl FrontMatter`
/// block, which then adds `title` and what the type has of its own.
macro_rules! shared_front_matter {
    () => {
        fn draft(&self) -> bool {
            self.draft
        }
        fn autolink(&self) -> Option<crate::config::AutolinkMode> {
            self.autolink
        }
        fn reviewed(&self) -> Option<&crate::content::Spanned<String>> {
            self.reviewed.as_ref()
        }
    };
}
pub(crate) use shared_front_matter;

/// The URLs of a list of sources.
pub fn source_urls<'a>(sources: impl IntoIterator<Item = &'a Source>) -> Vec<&'a Spanned<String>> {
    sources.into_iter().filter_map(|s| s.url.as_ref()).collect()
}
