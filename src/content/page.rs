//! Free pages such as about and contribute.

use super::Spanned;
use serde::{Deserialize, Serialize};

/// Front matter of `content/pages/<id>.md`.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Page {
    /// Page title.
    pub title: String,
    /// Meta description.
    #[serde(default)]
    pub description: Option<String>,
    /// Template from the theme to render the page with (default `page.html`); the
    /// contribute page uses `contribute.html`, which adds the field reference.
    #[serde(default)]
    pub template: Option<String>,
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

impl super::FrontMatter for Page {
    fn title(&self) -> &str {
        &self.title
    }
    super::shared_front_matter!();
}
