//! Evidence summaries: structured records of studies and evaluations.

use super::{Source, Spanned};
use serde::{Deserialize, Serialize};

/// How much confidence the evidence supports.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Strength {
    /// Consistent findings from well-designed studies.
    High,
    /// Some well-designed studies, or consistent weaker ones.
    Moderate,
    /// Weak designs or high risk of bias.
    Low,
    /// Early, local or not yet independently evaluated.
    Emerging,
}

/// Which way an outcome moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Direction {
    /// Better for people or the system.
    Improved,
    /// Worse.
    Worsened,
    /// No meaningful change.
    NoChange,
    /// Better for some, worse for others.
    Mixed,
    /// Not clear from the study.
    Unclear,
}

/// One measured outcome.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    /// What was measured.
    pub measure: String,
    /// The change or result.
    #[serde(default)]
    pub value: Option<f64>,
    /// Unit of `value` (or of before/after).
    #[serde(default)]
    pub unit: Option<String>,
    /// Value before the intervention.
    #[serde(default)]
    pub before: Option<f64>,
    /// Value after the intervention.
    #[serde(default)]
    pub after: Option<f64>,
    /// Which way it moved.
    pub direction: Direction,
    /// What it was compared with.
    #[serde(default)]
    pub comparison: Option<String>,
}

/// How to cite the study.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Citation {
    /// Authors, e.g. "Dayson C, Bashir N".
    pub authors: String,
    /// Title of the publication.
    pub title: String,
    /// Journal, if published in one.
    #[serde(default)]
    pub journal: Option<String>,
    /// Publisher, for reports.
    #[serde(default)]
    pub publisher: Option<String>,
    /// Year of publication; left out when the document is undated.
    #[serde(default)]
    pub year: Option<u16>,
    /// DOI without the `https://doi.org/` prefix.
    #[serde(default)]
    pub doi: Option<String>,
    /// Where to read it (http or https).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub url: Option<Spanned<String>>,
}

/// Front matter of `content/evidence/<id>.md`.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// Title of the summary.
    pub title: String,
    /// Date added to or reviewed for the hub (YYYY-MM-DD).
    #[schemars(with = "String")]
    pub date: Spanned<String>,
    /// Year of publication; left out when the source does not give one (never guessed).
    #[serde(default)]
    pub year: Option<u16>,
    /// Countries studied; empty for international reviews.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub countries: Vec<Spanned<String>>,
    /// Place studied.
    #[serde(default)]
    pub place: Option<String>,
    /// Care setting id from `data/settings.yaml`.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub setting: Option<Spanned<String>>,
    /// Study design id from `data/study-designs.yaml`.
    #[schemars(with = "String")]
    pub design: Spanned<String>,
    /// Number of participants or studies.
    #[serde(default)]
    pub sample_size: Option<u64>,
    /// Description of the sample.
    #[serde(default)]
    pub sample: Option<String>,
    /// Strength of the evidence.
    pub strength: Strength,
    /// Two or three sentences.
    pub summary: String,
    /// Structured figures.
    #[serde(default)]
    pub outcomes: Vec<Outcome>,
    /// How to cite it.
    pub citation: Citation,
    /// Further sources.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// When the record's facts were last checked against its sources (YYYY-MM-DD).
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

impl super::FrontMatter for Evidence {
    fn title(&self) -> &str {
        &self.title
    }
    super::shared_front_matter!();
    fn cited_urls(&self) -> Vec<&Spanned<String>> {
        let mut urls = super::source_urls(&self.sources);
        urls.extend(self.citation.url.as_ref());
        urls
    }
}
