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

/// Review status of a term's translations.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum TranslationStatus {
    /// Awaiting review by partners who speak the language.
    #[default]
    Proposed,
    /// Reviewed and agreed.
    Agreed,
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
    /// One or two plain sentences.
    pub definition: String,
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
    /// Label per language code.
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, String>")]
    pub translations: BTreeMap<String, Spanned<String>>,
    /// Review status of the translations.
    #[serde(default)]
    pub translation_status: TranslationStatus,
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
    /// Left out of the site unless building with drafts.
    #[serde(default)]
    pub draft: bool,
    /// Overrides the site's auto-linking mode for this page: first, all or off.
    #[serde(default)]
    pub autolink: Option<crate::config::AutolinkMode>,
}
