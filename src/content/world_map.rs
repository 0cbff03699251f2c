//! The pre-projected world map of `data/world-map.json` (Natural Earth outlines, made by
//! `tools/map/build-map.mjs`): loaded with the other data, drawn by `render::map`.

use serde::Deserialize;
use std::path::Path;

/// The map data file.
#[derive(Debug, Clone, Deserialize)]
pub struct WorldMap {
    /// Width of the projected map.
    pub width: f64,
    /// Height of the projected map.
    pub height: f64,
    /// Country outlines.
    pub countries: Vec<Outline>,
    /// Points for states too small for the outlines.
    #[serde(default)]
    pub markers: Vec<Marker>,
    /// Where the data comes from.
    #[serde(default)]
    pub source: String,
}

/// One country's outline.
#[derive(Debug, Clone, Deserialize)]
pub struct Outline {
    /// ISO 3166-1 alpha-2 code.
    pub code: String,
    /// Name.
    pub name: String,
    /// SVG path data.
    pub d: String,
}

/// A point for a small state.
#[derive(Debug, Clone, Deserialize)]
pub struct Marker {
    /// ISO 3166-1 alpha-2 code.
    pub code: String,
    /// Name.
    pub name: String,
    /// Projected x.
    pub x: f64,
    /// Projected y.
    pub y: f64,
}

impl WorldMap {
    /// Reads `data/world-map.json` if the hub has one.
    pub fn load(root: &Path) -> Result<Option<WorldMap>, String> {
        let path = root.join("data/world-map.json");
        if !path.exists() {
            return Ok(None);
        }
        let text = std::fs::read_to_string(&path).map_err(|e| e.to_string())?;
        serde_json::from_str(&text)
            .map(Some)
            .map_err(|e| e.to_string())
    }
}
