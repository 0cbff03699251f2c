//! Sources and links shared by every record type.

use super::Spanned;
use serde::{Deserialize, Serialize};

/// A publication or web page that supports what a record says.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Title of the document or page.
    pub title: String,
    /// Where to read it (http or https).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub url: Option<Spanned<String>>,
    /// Who published it.
    #[serde(default)]
    pub publisher: Option<String>,
    /// Year of publication.
    #[serde(default)]
    pub year: Option<u16>,
    /// Page (or pages, section) of the document that holds the fact, e.g. `9` or `12–14`.
    #[serde(default)]
    pub page: Option<String>,
}

/// A titled external link.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Link {
    /// Link text.
    pub title: String,
    /// Target URL (http or https).
    #[schemars(with = "String")]
    pub url: Spanned<String>,
}
