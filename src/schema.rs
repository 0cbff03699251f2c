//! JSON Schemas of each collection's front matter, derived from the Rust types (schemars)
//! and completed with the hub's controlled vocabularies, so that editors can complete and
//! check fields while typing. The contribute page's field reference and the files written
//! by `hub new` come from the same schemas, so none of them can drift from the code.

use crate::content::{CaseStudy, Champion, Collection, Evidence, Page, Term, Vocabularies};
use serde::Serialize;
use serde_json::{Map, Value, json};

/// The schema of `collection`'s front matter, with allowed values from `vocab` and the ids
/// of existing terms and evidence summaries.
pub fn schema(
    collection: Collection,
    vocab: &Vocabularies,
    term_ids: &[String],
    evidence_ids: &[String],
) -> Value {
    let mut schema = match collection {
        Collection::Glossary => serde_json::to_value(schemars::schema_for!(Term)),
        Collection::CaseStudies => serde_json::to_value(schemars::schema_for!(CaseStudy)),
        Collection::Evidence => serde_json::to_value(schemars::schema_for!(Evidence)),
        Collection::Champions => serde_json::to_value(schemars::schema_for!(Champion)),
        Collection::Pages => serde_json::to_value(schemars::schema_for!(Page)),
    }
    .expect("schemas serialize");
    let countries: Vec<&str> = vocab.countries.iter().map(|c| c.code.as_str()).collect();
    let languages: Vec<&str> = vocab.languages.iter().map(|l| l.code.as_str()).collect();
    let ids = |list: &[crate::content::data::Entry]| {
        list.iter().map(|e| e.id.clone()).collect::<Vec<_>>()
    };
    let settings = ids(&vocab.settings);
    match collection {
        Collection::Glossary => {
            for key in ["broader", "narrower", "related"] {
                set_enum(&mut schema, &[key, "items"], term_ids);
            }
            set_enum(
                &mut schema,
                &["$defs", "RegionalLabel", "countries", "items"],
                &countries,
            );
            set_enum(
                &mut schema,
                &["$defs", "RegionalLabel", "language"],
                &languages,
            );
            if let Some(t) = prop(&mut schema, &["translations"]) {
                t.insert("propertyNames".into(), json!({ "enum": languages }));
            }
        }
        Collection::CaseStudies => {
            set_enum(&mut schema, &["country"], &countries);
            set_enum(&mut schema, &["setting"], &settings);
            set_enum(&mut schema, &["model"], &ids(&vocab.models));
            set_enum(&mut schema, &["evidence", "items"], evidence_ids);
            set_date(&mut schema, "date");
        }
        Collection::Evidence => {
            set_enum(&mut schema, &["countries", "items"], &countries);
            set_enum(&mut schema, &["setting"], &settings);
            set_enum(&mut schema, &["design"], &ids(&vocab.study_designs));
            set_date(&mut schema, "date");
        }
        Collection::Champions => {
            set_enum(&mut schema, &["profession"], &ids(&vocab.professions));
            set_enum(&mut schema, &["setting"], &settings);
            set_enum(&mut schema, &["country"], &countries);
            set_enum(&mut schema, &["languages", "items"], &languages);
        }
        Collection::Pages => {}
    }
    schema
}

/// The object at `path`: property names at the top level, then `items` or `$defs`.
fn prop<'a>(schema: &'a mut Value, path: &[&str]) -> Option<&'a mut Map<String, Value>> {
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

fn set_enum<S: Serialize>(schema: &mut Value, path: &[&str], values: &[S]) {
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

fn set_date(schema: &mut Value, key: &str) {
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

/// File name of a collection's schema in `schemas/`.
pub fn file_name(collection: Collection) -> String {
    let name = match collection {
        Collection::Glossary => "glossary-term",
        Collection::CaseStudies => "case-study",
        Collection::Evidence => "evidence",
        Collection::Champions => "champion",
        Collection::Pages => "page",
    };
    format!("{name}.schema.json")
}

/// Every schema as (file name, pretty JSON with a final newline).
pub fn all_schemas(
    vocab: &Vocabularies,
    term_ids: &[String],
    evidence_ids: &[String],
) -> Vec<(String, String)> {
    Collection::ALL
        .iter()
        .map(|&c| {
            let mut text = serde_json::to_string_pretty(&schema(c, vocab, term_ids, evidence_ids))
                .expect("schemas serialize");
            text.push('\n');
            (file_name(c), text)
        })
        .collect()
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
        let s = schema(Collection::CaseStudies, &vocab(), &[], &["x".into()]);
        assert_eq!(s["additionalProperties"], false);
        assert_eq!(s["properties"]["country"]["enum"], json!(["GB"]));
        assert_eq!(s["properties"]["evidence"]["items"]["enum"], json!(["x"]));
        assert!(s["required"].as_array().unwrap().contains(&json!("title")));
    }

    #[test]
    fn field_docs_follow_declaration_order_with_types_and_values() {
        let s = schema(Collection::Evidence, &vocab(), &[], &[]);
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
