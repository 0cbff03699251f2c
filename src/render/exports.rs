//! Machine-readable outputs: sitemap, robots.txt, Atom feed and the open-data JSON files.

use super::OutputFile;
use super::views::Resolver;
use crate::content::Collection;
use crate::site::Site;
use rayon::prelude::*;
use serde_json::json;

/// Escapes text for XML.
pub fn escape_xml(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

/// The feed, `robots.txt` and every collection's files (JSON exports, vocabularies,
/// calendars), built in parallel. The sitemap, which lists the rendered pages, is
/// [`sitemap`].
pub fn feeds_and_exports(site: &Site, resolver: &Resolver<'_>) -> Vec<OutputFile> {
    let (mut files, collections) = rayon::join(
        || vec![robots(site), atom(site)],
        || {
            crate::collections::REGISTRY
                .par_iter()
                .flat_map_iter(|c| c.files(site, resolver))
                .collect::<Vec<_>>()
        },
    );
    files.extend(collections);
    files
}

/// The glossary's machine-readable files: JSON, SKOS (JSON-LD and Turtle, and one file
/// per concept), FHIR CodeSystem, ValueSet and ConceptMap, and CSV.
pub fn glossary_files(site: &Site) -> Vec<OutputFile> {
    type Export = fn(&Site) -> Vec<OutputFile>;
    let exports: [Export; 4] = [
        |site| vec![json_file("api/glossary.json", &glossary_json(site))],
        |site| {
            let skos = glossary_skos(site);
            let turtle = super::vocabulary::turtle(&skos);
            let mut files = vec![
                json_file("api/glossary.jsonld", &skos),
                OutputFile {
                    path: "api/glossary.ttl".into(),
                    bytes: turtle.into_bytes(),
                },
            ];
            files.extend(concept_files(&skos));
            files
        },
        |site| {
            vec![
                json_file(
                    "api/fhir/CodeSystem-glossary.json",
                    &super::fhir::code_system(site),
                ),
                json_file(
                    "api/fhir/ValueSet-glossary-all.json",
                    &super::fhir::value_set(site),
                ),
                json_file(
                    "api/fhir/ConceptMap-glossary-mappings.json",
                    &super::fhir::concept_map(site),
                ),
            ]
        },
        |site| {
            vec![OutputFile {
                path: "api/glossary.csv".into(),
                bytes: super::vocabulary::csv(site),
            }]
        },
    ];
    exports.par_iter().flat_map(|export| export(site)).collect()
}

/// The absolute URL of a site path.
pub fn absolute(site: &Site, site_path: &str) -> String {
    format!(
        "{}{}",
        site.config.base_url.trim_end_matches('/'),
        site_path
    )
}

/// A pretty-printed JSON file with a final newline.
pub fn json_file(path: &str, value: &serde_json::Value) -> OutputFile {
    let mut bytes = serde_json::to_vec_pretty(value).expect("JSON values serialize");
    bytes.push(b'\n');
    OutputFile {
        path: path.into(),
        bytes,
    }
}

/// The sitemap of every HTML page of `pages`, by path (see [`super::sitemap`]).
pub fn sitemap(site: &Site, pages: &[OutputFile]) -> Vec<OutputFile> {
    let mut paths: Vec<&str> = pages
        .iter()
        .filter_map(|p| p.path.strip_suffix("index.html"))
        .collect();
    paths.sort_unstable();
    let entries: Vec<String> = paths
        .into_iter()
        .map(|path| {
            format!(
                "  <url><loc>{}</loc></url>\n",
                escape_xml(&absolute(site, &format!("/{path}")))
            )
        })
        .collect();
    super::sitemap::sitemap_files(&entries, "", &|path| absolute(site, path))
}

fn robots(site: &Site) -> OutputFile {
    let text = format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}\n",
        absolute(site, "/sitemap.xml")
    );
    OutputFile {
        path: "robots.txt".into(),
        bytes: text.into_bytes(),
    }
}

/// Atom feed of every collection's feed entries (case studies and evidence), newest first. Dates come from the records
/// (never the build time), so the same input gives the same feed.
fn atom(site: &Site) -> OutputFile {
    let mut entries: Vec<crate::collections::FeedEntry> = crate::collections::REGISTRY
        .iter()
        .flat_map(|c| c.feed_entries(site))
        .collect();
    entries.sort_by(|a, b| b.date.cmp(&a.date).then(a.path.cmp(&b.path)));
    let updated = entries
        .first()
        .map_or_else(|| "1970-01-01".to_string(), |e| e.date.clone());
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n",
    );
    xml.push_str(&format!(
        "  <title>{}</title>\n",
        escape_xml(&site.config.title)
    ));
    xml.push_str(&format!(
        "  <subtitle>{}</subtitle>\n",
        escape_xml(&site.config.description)
    ));
    xml.push_str(&format!(
        "  <id>{}</id>\n",
        escape_xml(&absolute(site, "/"))
    ));
    xml.push_str(&format!(
        "  <link rel=\"self\" href=\"{}\"/>\n",
        escape_xml(&absolute(site, "/atom.xml"))
    ));
    xml.push_str(&format!(
        "  <link href=\"{}\"/>\n",
        escape_xml(&absolute(site, "/"))
    ));
    xml.push_str(&format!("  <updated>{updated}T00:00:00Z</updated>\n"));
    if let Some(p) = &site.config.publisher {
        xml.push_str(&format!(
            "  <author><name>{}</name></author>\n",
            escape_xml(p)
        ));
    } else {
        xml.push_str(&format!(
            "  <author><name>{}</name></author>\n",
            escape_xml(&site.config.title)
        ));
    }
    for crate::collections::FeedEntry {
        date,
        title,
        path,
        summary,
        ..
    } in entries.iter().take(50)
    {
        let url = absolute(site, path);
        xml.push_str("  <entry>\n");
        xml.push_str(&format!("    <title>{}</title>\n", escape_xml(title)));
        xml.push_str(&format!("    <id>{}</id>\n", escape_xml(&url)));
        xml.push_str(&format!("    <link href=\"{}\"/>\n", escape_xml(&url)));
        xml.push_str(&format!("    <updated>{date}T00:00:00Z</updated>\n"));
        xml.push_str(&format!("    <summary>{}</summary>\n", escape_xml(summary)));
        xml.push_str("  </entry>\n");
    }
    xml.push_str("</feed>\n");
    OutputFile {
        path: "atom.xml".into(),
        bytes: xml.into_bytes(),
    }
}

fn glossary_json(site: &Site) -> serde_json::Value {
    let terms: Vec<serde_json::Value> = site
        .terms()
        .iter()
        .map(|t| {
            let m = &t.meta;
            let rel = site.relations(&t.id);
            json!({
                "id": t.id,
                "iri": site.config.concept_iri(&t.id),
                "url": absolute(site, &Collection::GLOSSARY.path_of(&t.id)),
                "term": m.term.value,
                "definition": m.definition.trim(),
                "aliases": m.aliases,
                "abbreviations": m.abbreviations,
                "definition_quoted_from": m.quoted_from,
                "jurisdiction": m.jurisdiction,
                "mappings": m.mappings,
                "regional": m.regional,
                "translations": m.translations.iter().map(|(code, t)| (code.clone(), json!({
                    "label": t.value.label(),
                    "status": t.value.status(),
                    "source": t.value.source(),
                }))).collect::<serde_json::Map<String, serde_json::Value>>(),
                "reviewed": m.reviewed,
                "broader": rel.broader,
                "narrower": rel.narrower,
                "related": rel.related,
                "status": m.status,
                "replaced_by": m.replaced_by,
                "sources": m.sources,
            })
        })
        .collect();
    json!({
        "title": format!("{} — glossary", site.config.title),
        "url": absolute(site, "/glossary/"),
        "count": terms.len(),
        "terms": terms,
    })
}

/// One JSON-LD file per concept (`api/glossary/<id>.jsonld`): the concept's node from the
/// scheme, with the same context, so that a term can be fetched on its own.
fn concept_files(skos: &serde_json::Value) -> Vec<OutputFile> {
    let context = &skos["@context"];
    skos["@graph"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|node| node["@type"] == "skos:Concept")
        .filter_map(|node| {
            let id = node["skos:notation"].as_str()?;
            Some(json_file(
                &format!("api/glossary/{id}.jsonld"),
                &json!({ "@context": context, "@graph": [node] }),
            ))
        })
        .collect()
}

/// "Title (Publisher, year), URL" for a source.
fn citation_text(s: &crate::content::Source) -> String {
    let mut text = format!("“{}”", s.title);
    match (&s.publisher, s.year) {
        (Some(p), Some(y)) => text.push_str(&format!(" ({p}, {y})")),
        (Some(p), None) => text.push_str(&format!(" ({p})")),
        (None, Some(y)) => text.push_str(&format!(" ({y})")),
        (None, None) => {}
    }
    if let Some(url) = &s.url {
        text.push_str(&format!(", {}", url.value));
    }
    text
}

/// A language-tagged literal.
fn lit(value: &str, language: &str) -> serde_json::Value {
    json!({ "@value": value, "@language": language })
}

/// The glossary as a SKOS concept scheme in JSON-LD, with an inline `@context` so that it
/// can be read offline. Every concept's `@id` is its persistent IRI (`vocabulary.namespace` in
/// hub.yaml followed by its id), linked to its page with `foaf:page`.
fn glossary_skos(site: &Site) -> serde_json::Value {
    let lang = site.config.language.as_str();
    let scheme_id = site.config.scheme_iri();
    let concept_id = |id: &str| site.config.concept_iri(id);
    let ids = |set: &std::collections::BTreeSet<String>| -> Vec<serde_json::Value> {
        set.iter()
            .map(|id| json!({ "@id": concept_id(id) }))
            .collect()
    };
    let mut top = Vec::new();
    let mut graph = Vec::new();
    for t in site.terms() {
        let m = &t.meta;
        let rel = site.relations(&t.id);
        let mut pref = vec![lit(&m.term.value, lang)];
        let mut proposed = Vec::new();
        for (code, t) in &m.translations {
            if t.value.is_proposed() {
                proposed.push(lit(t.value.label(), code));
            } else {
                pref.push(lit(t.value.label(), code));
            }
        }
        // Abbreviations are alternative labels (skos:hiddenLabel is for misspellings).
        let mut alt: Vec<serde_json::Value> = m
            .aliases
            .iter()
            .chain(&m.abbreviations)
            .map(|a| lit(&a.value, lang))
            .collect();
        let mut scope_notes = Vec::new();
        for r in &m.regional {
            let language = r.language.as_ref().map_or(lang, |l| l.value.as_str());
            alt.push(lit(&r.label, language));
            let places: Vec<String> = r
                .countries
                .iter()
                .map(|c| {
                    let parts: Vec<String> = r
                        .subdivisions
                        .iter()
                        .filter(|s| s.value.starts_with(&format!("{}-", c.value)))
                        .map(|s| site.vocab.place_name(&s.value))
                        .collect();
                    if parts.is_empty() {
                        site.vocab.place_name(&c.value)
                    } else {
                        format!("{} ({})", parts.join(", "), site.vocab.place_name(&c.value))
                    }
                })
                .collect();
            scope_notes.push(lit(
                &format!("“{}” is used in {}.", r.label, places.join(", ")),
                lang,
            ));
        }
        if let Some(place) = &m.jurisdiction {
            scope_notes.push(lit(
                &format!(
                    "An administrative concept of {} only.",
                    site.vocab.place_name(&place.value)
                ),
                lang,
            ));
        }
        let editorial = match &m.quoted_from {
            Some(q) => format!(
                "The definition is quoted word for word from {}{}.",
                citation_text(q),
                q.page
                    .as_ref()
                    .map_or_else(String::new, |p| format!(", p. {p}"))
            ),
            None => "The definition is the hub's own wording.".to_string(),
        };
        // The definition in the default language, and in each language where a translation
        // attested by sources in that language gives one (proposed ones stay on the site).
        let mut definitions = vec![lit(m.definition.trim(), lang)];
        for attested in site.attested_translations(&t.id) {
            if let Some(text) = attested.definition {
                definitions.push(lit(text, attested.lang));
            }
            // One preferred label per language (SKOS): the translation's, when the term
            // has none in that language yet.
            if let Some(label) = attested.label
                && !pref.iter().any(|p| p["@language"] == attested.lang)
            {
                pref.push(lit(label, attested.lang));
                proposed.retain(|p| p["@language"] != attested.lang);
            }
        }
        let definitions = if definitions.len() == 1 {
            definitions.remove(0)
        } else {
            json!(definitions)
        };
        let mut concept = json!({
            "@id": concept_id(&t.id),
            "@type": "skos:Concept",
            "foaf:page": { "@id": absolute(site, &Collection::GLOSSARY.path_of(&t.id)) },
            "skos:inScheme": { "@id": scheme_id },
            "skos:notation": t.id,
            "skos:prefLabel": pref,
            "skos:definition": definitions,
        });
        let obj = concept.as_object_mut().expect("object");
        obj.insert("skos:editorialNote".into(), lit(&editorial, lang));
        if !alt.is_empty() {
            obj.insert("skos:altLabel".into(), json!(alt));
        }
        for mapping in &m.mappings {
            let target = site
                .vocab
                .code_system(&mapping.scheme.value)
                .and_then(|c| c.iri_of(&mapping.code));
            if let Some(iri) = target {
                let key = mapping.relation.skos_property();
                let entry = obj.entry(key).or_insert_with(|| json!([]));
                if let Some(list) = entry.as_array_mut() {
                    list.push(json!({ "@id": iri }));
                }
            }
        }
        if !proposed.is_empty() {
            // Not a preferred label until a source attests it: a label of the hub's own
            // vocabulary, declared in the scheme as a sub-property of skos:altLabel.
            obj.insert("hub:proposedLabel".into(), json!(proposed));
        }

        if !scope_notes.is_empty() {
            obj.insert("skos:scopeNote".into(), json!(scope_notes));
        }
        for (key, set) in [
            ("skos:broader", &rel.broader),
            ("skos:narrower", &rel.narrower),
            ("skos:related", &rel.related),
        ] {
            if !set.is_empty() {
                obj.insert(key.into(), json!(ids(set)));
            }
        }
        if rel.broader.is_empty() {
            obj.insert("skos:topConceptOf".into(), json!({ "@id": scheme_id }));
            top.push(json!({ "@id": concept_id(&t.id) }));
        }
        let sources: Vec<serde_json::Value> = m
            .sources
            .iter()
            .map(|s| match &s.url {
                Some(url) => json!({ "@id": url.value }),
                None => json!(s.title),
            })
            .collect();
        if !sources.is_empty() {
            obj.insert("dct:source".into(), json!(sources));
        }
        if m.status == crate::content::term::TermStatus::Deprecated {
            obj.insert("owl:deprecated".into(), json!(true));
            if let Some(r) = &m.replaced_by {
                obj.insert(
                    "dct:isReplacedBy".into(),
                    json!({ "@id": concept_id(&r.value) }),
                );
            }
        }
        let history = crate::site::history::term_history(&site.releases, &t.id);
        if let Some((version, date)) = &history.added_in {
            let obj = concept.as_object_mut().expect("object");
            let typed =
                |d: &str| json!({ "@value": d, "@type": "http://www.w3.org/2001/XMLSchema#date" });
            obj.insert("dct:created".into(), typed(date));
            let modified = history.changed_in.last().map_or(date, |c| &c.1);
            obj.insert("dct:modified".into(), typed(modified));
            obj.insert(
                "skos:historyNote".into(),
                lit(&format!("Added in release {version} ({date})."), lang),
            );
            if !history.changed_in.is_empty() {
                let notes: Vec<serde_json::Value> = history
                    .changed_in
                    .iter()
                    .map(|(v, d, what)| lit(&format!("Release {v} ({d}): {what}."), lang))
                    .collect();
                obj.insert("skos:changeNote".into(), json!(notes));
            }
        }
        graph.push(concept);
    }
    let mut all = vec![
        json!({
            "@id": site.config.vocabulary_property_iri("proposedLabel"),
            "@type": "rdf:Property",
            "rdfs:label": lit("proposed label", "en"),
            "rdfs:comment": lit("A translation of the preferred label proposed by the hub's editors and not yet attested by a source in that language; awaiting review by partners who speak it.", "en"),
            "rdfs:subPropertyOf": { "@id": "http://www.w3.org/2004/02/skos/core#altLabel" },
        }),
        json!({
            "@id": scheme_id,
            "@type": "skos:ConceptScheme",
            "foaf:page": { "@id": absolute(site, "/glossary/") },
            "dct:title": lit(&format!("{} — glossary", site.config.title), lang),
            "dct:description": lit(&site.config.description, lang),
            "skos:hasTopConcept": top,
        }),
    ];
    let scheme = all[1].as_object_mut().expect("the scheme is an object");
    if let Some(license) = site
        .config
        .vocabulary
        .as_ref()
        .and_then(|v| v.license.as_ref())
    {
        let value = if license.starts_with("http") {
            json!({ "@id": license })
        } else {
            json!(license)
        };
        scheme.insert("dct:license".into(), value);
    }
    if let Some(publisher) = &site.config.publisher {
        scheme.insert("dct:publisher".into(), lit(publisher, lang));
        scheme.insert("dct:creator".into(), lit(publisher, lang));
    }
    if let (Some(first), Some(last)) = (site.releases.first(), site.releases.last()) {
        let date =
            |d: &str| json!({ "@value": d, "@type": "http://www.w3.org/2001/XMLSchema#date" });
        scheme.insert("owl:versionInfo".into(), json!(last.info.version));
        scheme.insert("dct:issued".into(), date(&first.info.date));
        scheme.insert("dct:modified".into(), date(&last.info.date));
    }
    all.extend(graph);
    json!({
        "@context": {
            "skos": "http://www.w3.org/2004/02/skos/core#",
            "dct": "http://purl.org/dc/terms/",
            "owl": "http://www.w3.org/2002/07/owl#",
            "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
            "foaf": "http://xmlns.com/foaf/0.1/",
            "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "hub": site.config.vocabulary_property_iri(""),
        },
        "@graph": all,
    })
}
