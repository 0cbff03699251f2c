//! Case studies: social prescribing as practised in a place.

use super::{Source, Spanned};
use serde::{Deserialize, Serialize};

/// What a case study describes.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum CaseKind {
    /// A social prescribing programme, policy or evaluation as the 2023 international
    /// definition describes it.
    #[default]
    SocialPrescribing,
    /// A related approach (exercise referral, health mediation, health promotion …): shown
    /// and counted apart from social prescribing.
    RelatedApproach,
}

/// Whether the programme runs today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum ProgrammeStatus {
    /// Running.
    Active,
    /// Closed or finished.
    Ended,
    /// Announced or funded, not yet running.
    Planned,
}

/// Front matter of `content/case-studies/<id>.md`.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CaseStudy {
    /// Title of the study.
    pub title: String,
    /// Date added to or reviewed for the hub (YYYY-MM-DD).
    #[schemars(with = "String")]
    pub date: Spanned<String>,
    /// ISO 3166-1 alpha-2 country code.
    #[schemars(with = "String")]
    pub country: Spanned<String>,
    /// Optional ISO 3166-2 subdivision (e.g. GB-WLS).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub subdivision: Option<Spanned<String>>,
    /// Social prescribing, or a related approach counted apart.
    #[serde(default)]
    pub kind: CaseKind,
    /// Active, ended or planned.
    pub status: ProgrammeStatus,
    /// City, region or "National".
    pub place: String,
    /// Care setting id from `data/settings.yaml`.
    #[schemars(with = "String")]
    pub setting: Spanned<String>,
    /// Model id from `data/models.yaml`.
    #[schemars(with = "String")]
    pub model: Spanned<String>,
    /// Who it serves.
    pub population: String,
    /// Year it started.
    #[serde(default)]
    pub started: Option<u16>,
    /// Organisations running it.
    #[serde(default)]
    pub organisations: Vec<String>,
    /// Two or three sentences.
    pub summary: String,
    /// Short statements of what was found.
    #[serde(default)]
    pub outcomes: Vec<String>,
    /// Ids of evidence summaries.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub evidence: Vec<Spanned<String>>,
    /// Where the facts come from.
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

impl super::FrontMatter for CaseStudy {
    fn title(&self) -> &str {
        &self.title
    }
    super::shared_front_matter!();
    fn cited_urls(&self) -> Vec<&Spanned<String>> {
        super::source_urls(&self.sources)
    }
}
