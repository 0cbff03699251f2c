//! The controlled vocabularies in `data/`: countries, regions, languages, professions,
//! study designs, settings and models.

use super::yaml;
use crate::diagnostics::Diagnostic;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// A country or territory (`data/countries.yaml`).
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code, uppercase.
    pub code: String,
    /// English short name.
    pub name: String,
    /// WHO region code.
    pub region: String,
    /// For a territory or special administrative region: the code of the country it is part
    /// of (e.g. `CN` for China, Hong Kong SAR). Territories are not counted as countries.
    #[serde(default)]
    pub part_of: Option<String>,
    /// The name in other languages, by language (from Unicode CLDR).
    #[serde(default)]
    pub names: std::collections::BTreeMap<String, String>,
}

/// A WHO region (`data/who-regions.yaml`).
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Region {
    /// Code such as EUR.
    pub code: String,
    /// Name such as European Region.
    pub name: String,
}

/// A language (`data/languages.yaml`).
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Language {
    /// BCP 47 code.
    pub code: String,
    /// English name.
    pub name: String,
    /// Name in the language itself.
    pub native: String,
}

/// A code system that glossary terms map to (`data/code-systems.yaml`), such as SNOMED CT.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CodeSystem {
    /// Stable id used in `mappings` (e.g. `snomed-ct`).
    pub id: String,
    /// Name shown to readers.
    pub name: String,
    /// The system's canonical URI in FHIR (e.g. `http://snomed.info/sct`).
    pub system: String,
    /// The IRI of a code in linked data, with `{code}` for the code; without it, mappings
    /// to this system are not exported as SKOS matches (FHIR and the page still show them).
    #[serde(default)]
    pub iri: Option<String>,
    /// The official browser's page for a code, with `{code}`.
    #[serde(default)]
    pub browser: Option<String>,
}

impl CodeSystem {
    /// The linked-data IRI of `code`, if the system has one.
    pub fn iri_of(&self, code: &str) -> Option<String> {
        self.iri.as_ref().map(|p| p.replace("{code}", code))
    }

    /// The browser page of `code`, if the system has one.
    pub fn browser_of(&self, code: &str) -> Option<String> {
        self.browser.as_ref().map(|p| p.replace("{code}", code))
    }
}

/// An entry of a simple id → name vocabulary (professions, settings, models, designs).
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// Stable id used in front matter.
    pub id: String,
    /// Human name.
    pub name: String,
    /// Optional explanation.
    #[serde(default)]
    pub description: Option<String>,
}

/// Names of the ISO 3166-2 subdivisions the hub's content names (the UK nations share the
/// code GB; provinces and autonomous communities carry regional labels).
pub fn subdivision_name(code: &str) -> Option<&'static str> {
    match code {
        "GB-ENG" => Some("England"),
        "GB-SCT" => Some("Scotland"),
        "GB-WLS" => Some("Wales"),
        "GB-NIR" => Some("Northern Ireland"),
        "CA-ON" => Some("Ontario"),
        "CA-BC" => Some("British Columbia"),
        "CA-QC" => Some("Québec"),
        "ES-AR" => Some("Aragón"),
        "ES-CT" => Some("Catalonia"),
        "AU-QLD" => Some("Queensland"),
        "CH-ZH" => Some("Zurich"),
        "CH-NE" => Some("Neuchâtel"),
        "CH-GE" => Some("Geneva"),
        "CN-SH" => Some("Shanghai"),
        "SE-M" => Some("Skåne"),
        "JP-32" => Some("Shimane"),
        "IN-KL" => Some("Kerala"),
        "US-MA" => Some("Massachusetts"),
        _ => None,
    }
}

/// All vocabularies of `data/`.
#[derive(Debug, Default, Clone, Serialize)]
pub struct Vocabularies {
    /// Countries by ISO code.
    pub countries: Vec<Country>,
    /// WHO regions.
    pub regions: Vec<Region>,
    /// Languages.
    pub languages: Vec<Language>,
    /// Professions of champions.
    pub professions: Vec<Entry>,
    /// Study designs.
    pub study_designs: Vec<Entry>,
    /// Care settings.
    pub settings: Vec<Entry>,
    /// Models of social prescribing.
    pub models: Vec<Entry>,
    /// Code systems that glossary terms map to (optional file).
    pub code_systems: Vec<CodeSystem>,
    /// Pre-projected world map (`data/world-map.json`), if the hub ships one.
    #[serde(skip)]
    pub world_map: Option<super::world_map::WorldMap>,
}

impl Vocabularies {
    /// Loads every vocabulary file; a missing file is an error naming it.
    pub fn load(root: &Path, diagnostics: &mut Vec<Diagnostic>) -> Vocabularies {
        let vocab = Vocabularies {
            countries: load_list(root, "countries.yaml", diagnostics),
            regions: load_list(root, "who-regions.yaml", diagnostics),
            languages: load_list(root, "languages.yaml", diagnostics),
            professions: load_list(root, "professions.yaml", diagnostics),
            study_designs: load_list(root, "study-designs.yaml", diagnostics),
            settings: load_list(root, "settings.yaml", diagnostics),
            models: load_list(root, "models.yaml", diagnostics),
            code_systems: if root.join("data/code-systems.yaml").exists() {
                load_list(root, "code-systems.yaml", diagnostics)
            } else {
                Vec::new()
            },
            world_map: match super::world_map::WorldMap::load(root) {
                Ok(map) => map,
                Err(e) => {
                    diagnostics.push(
                        Diagnostic::error("data/world-map.json", 0, 0, format!("cannot read the world map: {e}"))
                            .with_help("regenerate it with tools/map (see tools/map/README.md) or delete it to build without maps"),
                    );
                    None
                }
            },
        };
        let file = Path::new("data/countries.yaml");
        for c in &vocab.countries {
            if c.code.len() != 2 || !c.code.bytes().all(|b| b.is_ascii_uppercase()) {
                diagnostics.push(
                    Diagnostic::error(
                        file,
                        0,
                        0,
                        format!("`{}` is not an ISO 3166-1 alpha-2 code", c.code),
                    )
                    .with_help("use two uppercase letters, e.g. `GB`"),
                );
            }
            if vocab.region(&c.region).is_none() {
                diagnostics.push(
                    Diagnostic::error(
                        file,
                        0,
                        0,
                        format!("country `{}` has unknown WHO region `{}`", c.code, c.region),
                    )
                    .with_optional_help(crate::diagnostics::did_you_mean(
                        &c.region,
                        vocab.regions.iter().map(|r| r.code.as_str()),
                    )),
                );
            }
        }
        vocab
    }

    /// The country with ISO code `code`.
    pub fn country(&self, code: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.code == code)
    }

    /// The name of a country (ISO 3166-1) or subdivision (ISO 3166-2) code; a subdivision
    /// without a known name is shown as `XX-YYY (Country)`.
    pub fn place_name(&self, code: &str) -> String {
        if let Some(name) = subdivision_name(code) {
            return name.to_string();
        }
        let country = code.split('-').next().unwrap_or(code);
        let name = self
            .country(country)
            .map_or_else(|| country.to_string(), |c| c.name.clone());
        if country == code {
            name
        } else {
            format!("{code} ({name})")
        }
    }

    /// The code system with id `id`.
    pub fn code_system(&self, id: &str) -> Option<&CodeSystem> {
        self.code_systems.iter().find(|c| c.id == id)
    }

    /// The WHO region with code `code`.
    pub fn region(&self, code: &str) -> Option<&Region> {
        self.regions.iter().find(|r| r.code == code)
    }

    /// The language with code `code`.
    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }
}

/// Finds `id` in a vocabulary list.
///
/// An id written in an older style (`primary care`, `Link_Worker`) finds the entry whose id
/// is its canonical form (`primary-care`); `hub check` flags such spellings.
pub fn find<'a>(list: &'a [Entry], id: &str) -> Option<&'a Entry> {
    list.iter().find(|e| e.id == id).or_else(|| {
        let canonical = canonical_id(id);
        list.iter().find(|e| e.id == canonical)
    })
}

/// The one style of every id in `data/`: lowercase words joined by hyphens
/// (`Primary care` → `primary-care`).
pub fn canonical_id(id: &str) -> String {
    id.trim()
        .to_lowercase()
        .split(|c: char| c.is_whitespace() || c == '_' || c == '-')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

fn load_list<T: DeserializeOwned>(
    root: &Path,
    name: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<T> {
    let file = Path::new("data").join(name);
    let text = match std::fs::read_to_string(root.join(&file)) {
        Ok(text) => text,
        Err(e) => {
            diagnostics.push(
                Diagnostic::error(&file, 0, 0, format!("cannot read the vocabulary: {e}"))
                    .with_help("every hub needs the files of data/; copy them from the default hub (`hub init`)"),
            );
            return Vec::new();
        }
    };
    match yaml::parse::<Vec<T>>(text.strip_prefix('\u{feff}').unwrap_or(&text), &file, 1) {
        Ok(list) => list,
        Err(d) => {
            diagnostics.push(d);
            Vec::new()
        }
    }
}
