//! JSON Schemas of each collection's front matter, derived from the Rust types (schemars)
//! and completed with the hub's controlled vocabularies, so that editors can complete and
//! check fields while typing. The contribute page's field reference and the files written
//! by `hub new` come from the same schemas, so none of them can drift from the code.

use crate::collections::AnyCollection;
use crate::content::Vocabularies;
use crate::content::data::Entry;
use serde::Serialize;
use serde_json::{Map, Value, json};

/// What schemas list as allowed values: the hub's vocabularies and the ids of existing
/// terms and evidence summaries.
#[derive(Debug, Clone, Copy)]
pub struct SchemaFacts<'a> {
    /// `data/` vocabularies.
    pub vocab: &'a Vocabularies,
    /// Ids of glossary terms, sorted.
    pub term_ids: &'a [String],
    /// Ids of evidence summaries, sorted.
    pub evidence_ids: &'a [String],
}

impl SchemaFacts<'_> {
    /// Country codes.
    pub fn countries(&self) -> Vec<&str> {
        self.vocab
            .countries
            .iter()
            .map(|c| c.code.as_str())
            .collect()
    }

    /// Language codes.
    pub fn languages(&self) -> Vec<&str> {
        self.vocab
            .languages
            .iter()
            .map(|l| l.code.as_str())
            .collect()
    }

    /// The ids of a vocabulary list.
    pub fn ids(list: &[Entry]) -> Vec<&str> {
        list.iter().map(|e| e.id.as_str()).collect()
    }
}

/// The facts of a loaded site, owned (term and evidence ids sorted).
#[derive(Debug, Clone)]
pub struct OwnedFacts<'a> {
    vocab: &'a Vocabularies,
    term_ids: Vec<String>,
    evidence_ids: Vec<String>,
}

impl<'a> OwnedFacts<'a> {
    /// The facts of `site`.
    pub fn of(site: &'a crate::site::Site) -> OwnedFacts<'a> {
        let mut term_ids: Vec<String> = site.terms().iter().map(|t| t.id.clone()).collect();
        term_ids.sort();
        let evidence_ids = site.evidence().iter().map(|e| e.id.clone()).collect();
        OwnedFacts {
            vocab: &site.vocab,
            term_ids,
            evidence_ids,
        }
    }

    /// Borrowed as [`SchemaFacts`].
    pub fn facts(&self) -> SchemaFacts<'_> {
        SchemaFacts {
            vocab: self.vocab,
            term_ids: &self.term_ids,
            evidence_ids: &self.evidence_ids,
        }
    }
}

/// The object at `path` of a schema: property names at the top level, then `items` or `$defs`.
pub fn prop<'a>(schema: &'a mut Value, path: &[&str]) -> Option<&'a mut Map<String, Value>> {
    let mut node = schema;
    for (i, key) in path.iter().enumerate() {
        node = match *key {
            "items" | "$defs" => node.get_mut(*key)?,
            _ if i > 0 && path[i - 1] == "$defs" => node.get_mut(*key)?,
            _ => node.get_mut("properties")?.get_mut(*key)?,
        };
    }
    node.as_object_mut()
}

/// Lists the allowed `values` of the field at `path` (nothing when there are none).
pub fn set_enum<S: Serialize>(schema: &mut Value, path: &[&str], values: &[S]) {
    if values.is_empty() {
        return;
    }
    if let Some(node) = prop(schema, path) {
        let nullable = node
            .get("type")
            .and_then(Value::as_array)
            .is_some_and(|t| t.iter().any(|v| v == "null"));
        let mut list = serde_json::to_value(values).expect("values serialize");
        if nullable && let Some(a) = list.as_array_mut() {
            a.push(Value::Null);
        }
        node.insert("enum".into(), list);
    }
}

/// Marks field `key` as a date written YYYY-MM-DD.
pub fn set_date(schema: &mut Value, key: &str) {
    if let Some(node) = prop(schema, &[key]) {
        node.insert("pattern".into(), json!("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    }
}

/// One field of a collection, for people.
#[derive(Debug, Clone, Serialize)]
pub struct FieldDoc {
    /// Key in the front matter.
    pub name: String,
    /// Type in plain words ("text", "list of text", "whole number", …).
    pub kind: String,
    /// Must be present.
    pub required: bool,
    /// Allowed values, when the field is controlled.
    pub allowed: Vec<String>,
    /// What the field means (the Rust doc comment).
    pub description: String,
    /// The value used when the field is left out, if any.
    pub default: Option<Value>,
}

/// The fields of a collection, in the order they are declared.
pub fn fields(schema: &Value) -> Vec<FieldDoc> {
    let required: Vec<&str> = schema["required"]
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let Some(props) = schema["properties"].as_object() else {
        return Vec::new();
    };
    props
        .iter()
        .map(|(name, p)| FieldDoc {
            name: name.clone(),
            kind: kind_of(p, schema),
            required: required.contains(&name.as_str()),
            allowed: allowed_values(p, schema),
            description: p["description"].as_str().unwrap_or_default().to_string(),
            default: p.get("default").filter(|d| !d.is_null()).cloned(),
        })
        .collect()
}

/// Follows a local `$ref` (`#/$defs/Name`).
fn resolve<'a>(p: &'a Value, root: &'a Value) -> &'a Value {
    match p["$ref"].as_str().and_then(|r| r.strip_prefix("#/$defs/")) {
        Some(name) => &root["$defs"][name],
        None => p,
    }
}

fn kind_of(p: &Value, root: &Value) -> String {
    if let Some(any) = p["anyOf"].as_array() {
        return any
            .iter()
            .filter(|v| v["type"] != "null")
            .map(|v| kind_of(v, root))
            .next()
            .unwrap_or_default();
    }
    let p = resolve(p, root);
    if p.get("enum").is_some() || p.get("oneOf").is_some() {
        return "one of the allowed values".into();
    }
    let types: Vec<&str> = match &p["type"] {
        Value::String(t) => vec![t.as_str()],
        Value::Array(a) => a
            .iter()
            .filter_map(Value::as_str)
            .filter(|t| *t != "null")
            .collect(),
        _ => Vec::new(),
    };
    match types.first().copied() {
        Some("string") if p.get("pattern").is_some() => "date (YYYY-MM-DD)".into(),
        Some("string") => "text".into(),
        Some("integer") => "whole number".into(),
        Some("number") => "number".into(),
        Some("boolean") => "true or false".into(),
        Some("array") => format!("list of {}", plural(&kind_of(&p["items"], root))),
        Some("object") if p.get("additionalProperties").is_some_and(Value::is_object) => {
            "map of language code to text".into()
        }
        Some("object") => {
            let keys: Vec<&str> = p["properties"]
                .as_object()
                .map(|o| o.keys().map(String::as_str).collect())
                .unwrap_or_default();
            format!("{{ {} }}", keys.join(", "))
        }
        _ => "value".into(),
    }
}

fn plural(kind: &str) -> String {
    match kind {
        "text" => "text".into(),
        "one of the allowed values" => "allowed values".into(),
        other => other.to_string(),
    }
}

fn allowed_values(p: &Value, root: &Value) -> Vec<String> {
    let p = if let Some(any) = p["anyOf"].as_array() {
        any.iter().find(|v| v["type"] != "null").unwrap_or(p)
    } else {
        p
    };
    let p = resolve(p, root);
    let from = |v: &Value| -> Vec<String> {
        v.as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|x| x.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    };
    if let Some(one_of) = p["oneOf"].as_array() {
        return one_of
            .iter()
            .flat_map(|v| {
                from(&v["enum"])
                    .into_iter()
                    .chain(v["const"].as_str().map(str::to_string))
            })
            .collect();
    }
    if p.get("enum").is_some() {
        return from(&p["enum"]);
    }
    if p["type"] == "array" {
        return allowed_values(&p["items"], root);
    }
    Vec::new()
}

/// Every collection's schema as (file name, pretty JSON with a final newline).
pub fn all_schemas(facts: &SchemaFacts<'_>) -> Vec<(String, String)> {
    crate::collections::REGISTRY
        .iter()
        .map(|c| schema_file(*c, facts))
        .collect()
}

/// One collection's schema as (file name, pretty JSON with a final newline).
pub fn schema_file(c: &dyn AnyCollection, facts: &SchemaFacts<'_>) -> (String, String) {
    let mut text = serde_json::to_string_pretty(&c.schema(facts)).expect("schemas serialize");
    text.push('\n');
    (c.schema_file(), text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocab() -> Vocabularies {
        let mut v = Vocabularies::default();
        v.countries.push(crate::content::data::Country {
            code: "GB".into(),
            name: "United Kingdom".into(),
            region: "EUR".into(),
            part_of: None,
            names: Default::default(),
        });
        v.settings.push(crate::content::data::Entry {
            id: "community".into(),
            name: "Community".into(),
            description: None,
        });
        v
    }

    #[test]
    fn schemas_reject_unknown_keys_and_list_vocabularies() {
        let vocab = vocab();
        let evidence = ["x".to_string()];
        let facts = SchemaFacts {
            vocab: &vocab,
            term_ids: &[],
            evidence_ids: &evidence,
        };
        let s = crate::collections::by_name("case-study")
            .unwrap()
            .schema(&facts);
        assert_eq!(s["additionalProperties"], false);
        assert_eq!(s["properties"]["country"]["enum"], json!(["GB"]));
        assert_eq!(s["properties"]["evidence"]["items"]["enum"], json!(["x"]));
        assert!(s["required"].as_array().unwrap().contains(&json!("title")));
    }

    #[test]
    fn field_docs_follow_declaration_order_with_types_and_values() {
        let vocab = vocab();
        let facts = SchemaFacts {
            vocab: &vocab,
            term_ids: &[],
            evidence_ids: &[],
        };
        let s = crate::collections::by_name("evidence")
            .unwrap()
            .schema(&facts);
        let f = fields(&s);
        assert_eq!(f[0].name, "title");
        let strength = f.iter().find(|f| f.name == "strength").unwrap();
        assert!(strength.required);
        assert_eq!(strength.allowed, ["high", "moderate", "low", "emerging"]);
        let year = f.iter().find(|f| f.name == "year").unwrap();
        assert_eq!(year.kind, "whole number");
        let date = f.iter().find(|f| f.name == "date").unwrap();
        assert_eq!(date.kind, "date (YYYY-MM-DD)");
        let countries = f.iter().find(|f| f.name == "countries").unwrap();
        assert_eq!(countries.allowed, ["GB"]);
    }
}
