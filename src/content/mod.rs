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
pub mod term;
pub mod world_map;
pub mod yaml;

pub use case_study::CaseStudy;
pub use champion::Champion;
pub use data::Vocabularies;
pub use evidence::Evidence;
pub use loader::{Collections, Record, load_collections};
pub use page::Page;
pub use source::{Link, Source};
pub use term::Term;

/// A value read from YAML together with the place it was written, so that later checks
/// (unknown country, unknown term id, …) can point at the exact line and column.
pub type Spanned<T> = serde_saphyr::Spanned<T>;

/// The five content collections, each a folder under `content/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Collection {
    /// `content/glossary/`: one term per file.
    Glossary,
    /// `content/case-studies/`.
    CaseStudies,
    /// `content/evidence/`.
    Evidence,
    /// `content/champions/`.
    Champions,
    /// `content/pages/`: free pages such as about and contribute.
    Pages,
}

impl Collection {
    /// Every collection, in the order they are shown.
    pub const ALL: [Collection; 5] = [
        Collection::Glossary,
        Collection::CaseStudies,
        Collection::Evidence,
        Collection::Champions,
        Collection::Pages,
    ];

    /// Folder name under `content/`, also the URL prefix (pages have none).
    pub fn dir(self) -> &'static str {
        match self {
            Collection::Glossary => "glossary",
            Collection::CaseStudies => "case-studies",
            Collection::Evidence => "evidence",
            Collection::Champions => "champions",
            Collection::Pages => "pages",
        }
    }

    /// Human name of the collection.
    pub fn title(self) -> &'static str {
        match self {
            Collection::Glossary => "Glossary",
            Collection::CaseStudies => "Case studies",
            Collection::Evidence => "Evidence",
            Collection::Champions => "Champions",
            Collection::Pages => "Pages",
        }
    }

    /// Site path of the record `id` in this collection, e.g. `/glossary/link-worker/`.
    pub fn path_of(self, id: &str) -> String {
        match self {
            Collection::Pages => format!("/{id}/"),
            other => format!("/{}/{id}/", other.dir()),
        }
    }
}
