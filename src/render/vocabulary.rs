//! The glossary in the other formats partners load: SKOS as Turtle (from the JSON-LD
//! export, through an RDF library rather than hand-formatted) and a CSV with one row per
//! concept and language for spreadsheet users.

use crate::content::Collection;
use crate::site::Site;
use oxjsonld::JsonLdParser;
use oxttl::TurtleSerializer;

/// Prefixes of the Turtle file, so that it reads like a hand-written SKOS file.
const PREFIXES: [(&str, &str); 7] = [
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("dct", "http://purl.org/dc/terms/"),
    ("owl", "http://www.w3.org/2002/07/owl#"),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("foaf", "http://xmlns.com/foaf/0.1/"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
];

/// The SKOS concept scheme `skos` (the JSON-LD document of the glossary export) as Turtle:
/// the same triples, read by a JSON-LD parser and written by a Turtle serializer.
pub fn turtle(skos: &serde_json::Value) -> String {
    let json = serde_json::to_vec(skos).expect("JSON values serialize");
    let mut serializer = TurtleSerializer::new();
    for (name, iri) in PREFIXES {
        serializer = serializer
            .with_prefix(name, iri)
            .expect("the prefixes are valid IRIs");
    }
    let mut writer = serializer.for_writer(Vec::new());
    for quad in JsonLdParser::new().for_slice(&json) {
        // The export is built from validated data; a quad the parser rejects would be a bug
        // in the export, which the tests parse independently.
        let Ok(quad) = quad else { continue };
        writer
            .serialize_triple(quad.as_ref())
            .expect("writing to memory cannot fail");
    }
    let bytes = writer.finish().expect("writing to memory cannot fail");
    String::from_utf8(bytes).expect("Turtle is UTF-8")
}

/// The glossary as CSV: one row per concept and language, with the preferred label in
/// that language (and whether a source attests it), the other labels, and the definition
/// and its origin: in the site's language, and in another where a translation attested by
/// sources in it gives one.
pub fn csv(site: &Site) -> Vec<u8> {
    let mut out = csv::Writer::from_writer(Vec::new());
    let site_language = site.config.language.as_str();
    let header = [
        "id",
        "iri",
        "page",
        "language",
        "label",
        "label_status",
        "other_labels",
        "definition",
        "definition_origin",
        "term_status",
        "broader",
        "related",
    ];
    out.write_record(header)
        .expect("writing to memory cannot fail");
    let page_url = |id: &str| {
        format!(
            "{}{}",
            site.config.base_url.trim_end_matches('/'),
            Collection::GLOSSARY.path_of(id)
        )
    };
    for t in site.terms() {
        let m = &t.meta;
        let relations = site.relations(&t.id);
        let join = |ids: &std::collections::BTreeSet<String>| {
            ids.iter().cloned().collect::<Vec<_>>().join(" | ")
        };
        let status = m.status.as_str();
        let iri = site.config.concept_iri(&t.id);
        let page = page_url(&t.id);
        // Other labels of the site's language: aliases, abbreviations and regional labels
        // that carry no other language.
        let others: Vec<&str> = m
            .aliases
            .iter()
            .chain(&m.abbreviations)
            .map(|a| a.value.as_str())
            .chain(
                m.regional
                    .iter()
                    .filter(|r| r.language.as_ref().is_none_or(|l| l.value == site_language))
                    .map(|r| r.label.as_str()),
            )
            .collect();
        let origin = if m.quoted_from.is_some() {
            "quoted"
        } else {
            "hub's own wording"
        };
        out.write_record([
            t.id.as_str(),
            &iri,
            &page,
            site_language,
            &m.term.value,
            "preferred",
            &others.join(" | "),
            m.definition.trim(),
            origin,
            status,
            &join(&relations.broader),
            &join(&relations.related),
        ])
        .expect("writing to memory cannot fail");
        // Every other language with a translation, an attested translated definition or a
        // regional label in it.
        let attested = site.attested_translations(&t.id);
        let languages: std::collections::BTreeSet<&str> = m
            .translations
            .keys()
            .map(String::as_str)
            .chain(attested.iter().map(|a| a.lang))
            .chain(
                m.regional
                    .iter()
                    .filter_map(|r| r.language.as_ref())
                    .map(|l| l.value.as_str()),
            )
            .filter(|code| *code != site_language)
            .collect();
        for code in languages {
            let regional: Vec<&str> = m
                .regional
                .iter()
                .filter(|r| r.language.as_ref().is_some_and(|l| l.value == code))
                .map(|r| r.label.as_str())
                .collect();
            let translated = attested.iter().find(|a| a.lang == code);
            let definition = translated.and_then(|a| a.definition).unwrap_or("");
            let (label, label_status) =
                match (m.translations.get(code), translated.and_then(|a| a.label)) {
                    (Some(t), _) if !t.value.is_proposed() => (t.value.label(), t.value.status()),
                    (_, Some(label)) => (label, "attested"),
                    (Some(t), None) => (t.value.label(), t.value.status()),
                    (None, None) => ("", "none"),
                };
            out.write_record([
                t.id.as_str(),
                &iri,
                &page,
                code,
                label,
                label_status,
                &regional.join(" | "),
                definition.trim(),
                if definition.is_empty() {
                    ""
                } else {
                    "attested translation"
                },
                status,
                &join(&relations.broader),
                &join(&relations.related),
            ])
            .expect("writing to memory cannot fail");
        }
    }
    out.into_inner().expect("writing to memory cannot fail")
}
