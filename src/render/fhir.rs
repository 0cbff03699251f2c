//! The glossary as HL7 FHIR R5 terminology resources, for terminology servers: a
//! `CodeSystem` (every term, its definition, labels per language, status and parents), a
//! `ValueSet` of all its codes, and a `ConceptMap` of the terms' mappings to other code
//! systems (SNOMED CT, ICD-11, MeSH, Wikidata).

use crate::content::term::{MatchRelation, TermStatus};
use crate::site::Site;
use serde_json::{Value, json};

/// The HL7 code system of designation uses.
const DESIGNATION_USAGE: &str = "http://terminology.hl7.org/CodeSystem/designation-usage";

/// The canonical URL of the glossary's code system (the vocabulary's scheme IRI).
fn canonical(site: &Site) -> String {
    site.config.scheme_iri()
}

/// A FHIR `name`: the title's letters and digits, each word capitalised.
fn computable_name(title: &str) -> String {
    title
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut chars = w.chars();
            chars
                .next()
                .map(|f| f.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// The parts every resource shares: url, name, title, status, publisher, description.
fn header(site: &Site, kind: &str, id: &str, url: String, title: &str) -> Value {
    let mut resource = json!({
        "resourceType": kind,
        "id": id,
        "url": url,
        "name": computable_name(title),
        "title": title,
        // Until the editors publish a release, the resources are drafts.
        "status": "draft",
        "experimental": false,
        "description": site.config.description,
    });
    if let Some(publisher) = &site.config.publisher {
        resource["publisher"] = json!(publisher);
    }
    resource
}

/// The glossary as a FHIR R5 `CodeSystem`.
pub fn code_system(site: &Site) -> Value {
    let lang = site.config.language.as_str();
    let title = format!("{} — glossary", site.config.title);
    let mut resource = header(site, "CodeSystem", "glossary", canonical(site), &title);
    let concepts: Vec<Value> = site
        .terms()
        .iter()
        .map(|t| {
            let m = &t.meta;
            let mut designations: Vec<Value> = m
                .aliases
                .iter()
                .chain(&m.abbreviations)
                .map(|a| json!({ "language": lang, "value": a.value }))
                .collect();
            for (code, translation) in &m.translations {
                let mut d = json!({ "language": code, "value": translation.value.label() });
                if !translation.value.is_proposed() {
                    d["use"] = json!({ "system": DESIGNATION_USAGE, "code": "display" });
                }
                designations.push(d);
            }
            for r in &m.regional {
                let code = r.language.as_ref().map_or(lang, |l| l.value.as_str());
                designations.push(json!({ "language": code, "value": r.label }));
            }
            let status = match m.status {
                TermStatus::Agreed => "active",
                TermStatus::Proposed => "draft",
                TermStatus::Deprecated => "retired",
            };
            let mut properties = vec![json!({ "code": "status", "valueCode": status })];
            properties.extend(
                site.relations(&t.id)
                    .broader
                    .iter()
                    .map(|b| json!({ "code": "parent", "valueCode": b })),
            );
            let mut concept = json!({
                "code": t.id,
                "display": m.term.value,
                "definition": m.definition.trim(),
                "property": properties,
            });
            if !designations.is_empty() {
                concept["designation"] = json!(designations);
            }
            concept
        })
        .collect();
    resource["caseSensitive"] = json!(true);
    resource["valueSet"] = json!(format!("{}#valueset", canonical(site)));
    resource["hierarchyMeaning"] = json!("grouped-by");
    resource["content"] = json!("complete");
    resource["count"] = json!(concepts.len());
    resource["property"] = json!([
        { "code": "status", "uri": "http://hl7.org/fhir/concept-properties#status", "type": "code",
          "description": "active (agreed), draft (proposed) or retired (deprecated)" },
        { "code": "parent", "uri": "http://hl7.org/fhir/concept-properties#parent", "type": "code",
          "description": "a broader term" }
    ]);
    resource["concept"] = json!(concepts);
    resource
}

/// A FHIR R5 `ValueSet` of every code of the glossary.
pub fn value_set(site: &Site) -> Value {
    let title = format!("{} — all glossary terms", site.config.title);
    let url = format!("{}#valueset", canonical(site));
    let mut resource = header(site, "ValueSet", "glossary-all", url, &title);
    resource["compose"] = json!({ "include": [ { "system": canonical(site) } ] });
    resource
}

/// The FHIR R5 relationship of a term to a mapped code.
fn relationship(relation: MatchRelation) -> &'static str {
    match relation {
        MatchRelation::Exact => "equivalent",
        MatchRelation::Close | MatchRelation::Related => "related-to",
        // A broad match: the code is broader than the term.
        MatchRelation::Broad => "source-is-narrower-than-target",
        MatchRelation::Narrow => "source-is-broader-than-target",
    }
}

/// The terms' mappings as a FHIR R5 `ConceptMap`, one group per target system.
pub fn concept_map(site: &Site) -> Value {
    let title = format!("{} — glossary mappings", site.config.title);
    let url = format!("{}#conceptmap", canonical(site));
    let mut resource = header(site, "ConceptMap", "glossary-mappings", url, &title);
    let mut groups = Vec::new();
    for system in &site.vocab.code_systems {
        let elements: Vec<Value> = site
            .terms()
            .iter()
            .filter_map(|t| {
                let targets: Vec<Value> = t
                    .meta
                    .mappings
                    .iter()
                    .filter(|x| x.scheme.value == system.id)
                    .map(|x| {
                        let mut target = json!({
                            "code": x.code,
                            "display": x.label,
                            "relationship": relationship(x.relation),
                        });
                        if x.relation == MatchRelation::Close {
                            target["comment"] = json!("close match (skos:closeMatch)");
                        }
                        target
                    })
                    .collect();
                (!targets.is_empty()).then(
                    || json!({ "code": t.id, "display": t.meta.term.value, "target": targets }),
                )
            })
            .collect();
        if !elements.is_empty() {
            groups.push(json!({
                "source": canonical(site),
                "target": system.system,
                "element": elements,
            }));
        }
    }
    resource["sourceScopeUri"] = json!(canonical(site));
    resource["group"] = json!(groups);
    resource
}

#[cfg(test)]
mod tests {
    use super::computable_name;

    #[test]
    fn names_are_computable() {
        assert_eq!(
            computable_name("Social Prescribing Knowledge Hub — glossary"),
            "SocialPrescribingKnowledgeHubGlossary"
        );
    }
}
