//! Champions: health professionals in the champion network.

use super::{Link, Spanned};
use serde::{Deserialize, Serialize};

/// How to reach a champion, published only with consent.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// Email address. Only with `public: true`: a contact that is not public is kept by
    /// the editors outside the repository, never in a content file.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub email: Option<Spanned<String>>,
    /// True only when the champion has consented to publication.
    #[serde(default)]
    pub public: bool,
}

/// Front matter of `content/champions/<id>.md`.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Champion {
    /// Full name.
    pub name: String,
    /// True for illustrative profiles that are not real people.
    #[serde(default)]
    pub example: bool,
    /// Profession id from `data/professions.yaml`.
    #[schemars(with = "String")]
    pub profession: Spanned<String>,
    /// Care setting id from `data/settings.yaml`.
    #[schemars(with = "String")]
    pub setting: Spanned<String>,
    /// Employer or network.
    #[serde(default)]
    pub organisation: Option<String>,
    /// Region (e.g. NHS region).
    #[serde(default)]
    pub region: Option<String>,
    /// ISO 3166-1 alpha-2 country code.
    #[schemars(with = "String")]
    pub country: Spanned<String>,
    /// Optional ISO 3166-2 subdivision.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub subdivision: Option<Spanned<String>>,
    /// Topics they champion.
    #[serde(default)]
    pub interests: Vec<String>,
    /// What they do as a champion.
    #[serde(default)]
    pub activities: Vec<String>,
    /// Year joined.
    #[serde(default)]
    pub cohort: Option<u16>,
    /// Language codes from `data/languages.yaml`.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub languages: Vec<Spanned<String>>,
    /// Contact details; private unless `public: true`.
    #[serde(default)]
    pub contact: Option<Contact>,
    /// Further links.
    #[serde(default)]
    pub links: Vec<Link>,
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

impl super::FrontMatter for Champion {
    fn title(&self) -> &str {
        &self.name
    }
    super::shared_front_matter!();
    fn link_urls(&self) -> Vec<&Spanned<String>> {
        self.links.iter().map(|l| &l.url).collect()
    }
    /// The contact's own address is judged by the champion's privacy check (public or not).
    fn own_email(&self) -> Option<&str> {
        let email = self.contact.as_ref()?.email.as_ref()?;
        Some(&email.value)
    }
}
