//! Glossary terms: the hub's shared vocabulary.

use super::{Source, Spanned};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Whether a term is agreed, still under discussion, or replaced.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum TermStatus {
    /// Agreed by the hub's editors and partners.
    #[default]
    Agreed,
    /// Proposed, awaiting review.
    Proposed,
    /// No longer preferred; see `replaced_by`.
    Deprecated,
}

impl TermStatus {
    /// The status as written in front matter and exports (`agreed`, `proposed`, `deprecated`).
    pub fn as_str(self) -> &'static str {
        match self {
            TermStatus::Agreed => "agreed",
            TermStatus::Proposed => "proposed",
            TermStatus::Deprecated => "deprecated",
        }
    }
}

/// A label of the term in another language.
///
/// A plain string is a *proposed* translation: the hub's suggestion, awaiting review by
/// partners who speak the language. A label with a `source` is *attested*: the cited
/// document uses that label for this concept. Only attested labels are exported as
/// preferred labels.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(untagged)]
pub enum Translation {
    /// Proposed by the hub, not yet attested by a source.
    Proposed(String),
    /// Used in the language by the cited source.
    Attested {
        /// The label.
        label: String,
        /// A document in that language (or about it) that uses the label.
        source: Source,
    },
}

impl Translation {
    /// The label.
    pub fn label(&self) -> &str {
        match self {
            Translation::Proposed(label) | Translation::Attested { label, .. } => label,
        }
    }

    /// The source that attests the label, if any.
    pub fn source(&self) -> Option<&Source> {
        match self {
            Translation::Proposed(_) => None,
            Translation::Attested { source, .. } => Some(source),
        }
    }

    /// True when no source attests the label.
    pub fn is_proposed(&self) -> bool {
        self.source().is_none()
    }

    /// `proposed` or `attested`, as the exports write it.
    pub fn status(&self) -> &'static str {
        if self.is_proposed() {
            "proposed"
        } else {
            "attested"
        }
    }
}

/// How a code in another system relates to the term (the SKOS mapping properties).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum MatchRelation {
    /// The same concept (`skos:exactMatch`).
    Exact,
    /// Close enough to use interchangeably in some applications (`skos:closeMatch`).
    Close,
    /// The code is broader than the term (`skos:broadMatch`).
    Broad,
    /// The code is narrower than the term (`skos:narrowMatch`).
    Narrow,
    /// Associated, not hierarchical (`skos:relatedMatch`).
    Related,
}

impl MatchRelation {
    /// The SKOS property, as a compact IRI.
    pub fn skos_property(self) -> &'static str {
        match self {
            MatchRelation::Exact => "skos:exactMatch",
            MatchRelation::Close => "skos:closeMatch",
            MatchRelation::Broad => "skos:broadMatch",
            MatchRelation::Narrow => "skos:narrowMatch",
            MatchRelation::Related => "skos:relatedMatch",
        }
    }
}

/// A code in another system (SNOMED CT, ICD-11, MeSH, Wikidata …) for the same concept.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    /// Id of the code system in `data/code-systems.yaml`.
    #[schemars(with = "String")]
    pub scheme: Spanned<String>,
    /// The code, exactly as the system writes it.
    pub code: String,
    /// The code's official label in that system.
    pub label: String,
    /// How the code relates to the term.
    pub relation: MatchRelation,
    /// Where the code and its label are published (required: never a guessed code).
    pub source: Source,
}

/// A label used for the term in particular countries.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RegionalLabel {
    /// The label as used there.
    pub label: String,
    /// ISO 3166-1 alpha-2 codes of the countries that use it.
    #[schemars(with = "Vec<String>")]
    pub countries: Vec<Spanned<String>>,
    /// ISO 3166-2 codes when the label is used only in part of a country (e.g. `GB-SCT`).
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub subdivisions: Vec<Spanned<String>>,
    /// Language of the label (BCP 47), when it is not the site's language.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub language: Option<Spanned<String>>,
}

/// Front matter of `content/glossary/<id>.md`.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// Preferred English label.
    #[schemars(with = "String")]
    pub term: Spanned<String>,
    /// One or two plain sentences: the hub's own gloss, or, when `quoted_from` is set, the
    /// word-for-word text of that source.
    pub definition: String,
    /// The source `definition` is quoted from, word for word (with `page`). Without it the
    /// definition is the hub's own wording.
    #[serde(default)]
    pub quoted_from: Option<Source>,
    /// ISO 3166-1 or 3166-2 code of the only place where the concept applies (e.g. `GB-ENG`
    /// for an NHS England administrative term); absent for concepts used everywhere.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub jurisdiction: Option<Spanned<String>>,
    /// Other English labels meaning exactly this.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub aliases: Vec<Spanned<String>>,
    /// Abbreviations, matched case-sensitively.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub abbreviations: Vec<Spanned<String>>,
    /// Labels used in particular countries.
    #[serde(default)]
    pub regional: Vec<RegionalLabel>,
    /// Label per language code: a string (proposed) or `{ label, source }` (attested).
    /// (Each value keeps its place in the file, so that diagnostics can point at it.)
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, Translation>")]
    pub translations: BTreeMap<String, Spanned<Translation>>,
    /// Codes for the same (or a broader, narrower, related) concept in other systems.
    #[serde(default)]
    pub mappings: Vec<Mapping>,
    /// Ids of broader terms.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub broader: Vec<Spanned<String>>,
    /// Ids of narrower terms (also derived from other terms' `broader`).
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub narrower: Vec<Spanned<String>>,
    /// Ids of related terms.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub related: Vec<Spanned<String>>,
    /// Agreed, proposed or deprecated.
    #[serde(default)]
    pub status: TermStatus,
    /// Replacement term id; required when deprecated.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub replaced_by: Option<Spanned<String>>,
    /// Where the definition comes from.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// When the term's facts were last checked against its sources (YYYY-MM-DD).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub reviewed: Option<Spanned<String>>,
    /// Left out of the site unless building with drafts.
    #[serde(default)]
    pub draft: bool,
    /// Overrides the site's auto-linking mode for this page: first, all or off.
    #[serde(default)]
    pub autolink: Option<crate::config::AutolinkMode>,
}

impl super::FrontMatter for Term {
    fn title(&self) -> &str {
        &self.term.value
    }
    super::shared_front_matter!();
    fn cited_urls(&self) -> Vec<&Spanned<String>> {
        let mappings = self.mappings.iter().map(|m| &m.source);
        super::source_urls(self.sources.iter().chain(&self.quoted_from).chain(mappings))
    }
}
