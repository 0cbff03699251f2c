//! The glossary as linked data and in other languages: SKOS JSON-LD parsed as RDF with a real
//! JSON-LD parser, language pages, per-page auto-linking and glossary validation.

mod common;

use common::Fixture;
use oxjsonld::JsonLdParser;
use oxrdf::{Literal, NamedNode, Quad, Term};

const SKOS: &str = "http://www.w3.org/2004/02/skos/core#";
/// The mini hub's vocabulary namespace: concept IRIs do not depend on `base_url`.
const BASE: &str = "https://w3id.org/mini-hub/";

fn quads(f: &Fixture) -> Vec<Quad> {
    let text = f.read("api/glossary.jsonld");
    JsonLdParser::new()
        .for_slice(text.as_bytes())
        .collect::<Result<Vec<_>, _>>()
        .expect("the export is valid JSON-LD")
}

fn node(iri: &str) -> NamedNode {
    NamedNode::new(iri).unwrap()
}

fn has(quads: &[Quad], subject: &str, predicate: &str, object: impl Into<Term>) -> bool {
    let (s, p, o) = (node(subject), node(predicate), object.into());
    quads
        .iter()
        .any(|q| q.subject == s.clone().into() && q.predicate == p && q.object == o)
}

#[test]
fn the_skos_export_parses_as_rdf_with_the_expected_triples() {
    let f = Fixture::new("mini");
    f.build().unwrap();
    let q = quads(&f);
    let lw = format!("{BASE}link-worker");
    let sp = format!("{BASE}social-prescribing");
    let rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    assert!(has(&q, &lw, rdf_type, node(&format!("{SKOS}Concept"))));
    assert!(has(
        &q,
        BASE,
        rdf_type,
        node(&format!("{SKOS}ConceptScheme"))
    ));
    assert!(has(&q, &lw, &format!("{SKOS}inScheme"), node(BASE)));
    assert!(has(
        &q,
        &lw,
        &format!("{SKOS}prefLabel"),
        Literal::new_language_tagged_literal("Link worker", "en").unwrap()
    ));
    assert!(has(
        &q,
        &lw,
        &format!("{SKOS}altLabel"),
        Literal::new_language_tagged_literal("social prescribing link worker", "en").unwrap()
    ));
    assert!(has(
        &q,
        &lw,
        &format!("{SKOS}altLabel"),
        Literal::new_language_tagged_literal("SPLW", "en").unwrap()
    ));
    assert!(has(&q, &lw, &format!("{SKOS}broader"), node(&sp)));
    // The reverse direction is derived: social prescribing is narrower-linked to link worker.
    assert!(has(&q, &sp, &format!("{SKOS}narrower"), node(&lw)));
    assert!(has(
        &q,
        &sp,
        &format!("{SKOS}prefLabel"),
        Literal::new_language_tagged_literal("社会的処方", "ja").unwrap()
    ));
    // A translation without a source is not a preferred label: it is a proposed one.
    assert!(!has(
        &q,
        &sp,
        &format!("{SKOS}prefLabel"),
        Literal::new_language_tagged_literal("prescrição social", "pt").unwrap()
    ));
    assert!(has(
        &q,
        &sp,
        &format!("{BASE}#proposedLabel"),
        Literal::new_language_tagged_literal("prescrição social", "pt").unwrap()
    ));
    // Regional labels carry their language and the part of the country that uses them.
    assert!(has(
        &q,
        &lw,
        &format!("{SKOS}altLabel"),
        Literal::new_language_tagged_literal("Welzijnscoach", "nl").unwrap()
    ));
    assert!(has(
        &q,
        &lw,
        &format!("{SKOS}scopeNote"),
        Literal::new_language_tagged_literal(
            "“Community connector” is used in Scotland (United Kingdom).",
            "en"
        )
        .unwrap()
    ));
    assert!(has(&q, &sp, &format!("{SKOS}definition"), Literal::new_language_tagged_literal("Connecting people to non-clinical support in their community to improve health and wellbeing.", "en").unwrap()));
    assert!(has(
        &q,
        &sp,
        "http://purl.org/dc/terms/source",
        node("https://doi.org/10.1136/bmjopen-2022-070184")
    ));
    let old = format!("{BASE}community-referral");
    assert!(has(
        &q,
        &old,
        "http://www.w3.org/2002/07/owl#deprecated",
        Literal::from(true)
    ));
    assert!(has(
        &q,
        &old,
        "http://purl.org/dc/terms/isReplacedBy",
        node(&sp)
    ));
    assert!(has(&q, BASE, &format!("{SKOS}hasTopConcept"), node(&sp)));
}

#[test]
fn concept_iris_do_not_change_when_the_site_moves() {
    let f = Fixture::new("mini");
    let iris = |base: &str| -> (Vec<String>, String) {
        f.build_with(Some(base)).unwrap();
        let skos: serde_json::Value = serde_json::from_str(&f.read("api/glossary.jsonld")).unwrap();
        let mut ids: Vec<String> = skos["@graph"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["@id"].as_str().unwrap().to_string())
            .collect();
        ids.sort();
        (ids, f.read("glossary/link-worker/index.html"))
    };
    let (here, page_here) = iris("https://hub.example.org/");
    let (there, page_there) = iris("https://elsewhere.example.net/sp/");
    assert_eq!(here, there, "moving the site changes no IRI");
    assert!(here.contains(&format!("{BASE}link-worker")), "{here:?}");
    for page in [&page_here, &page_there] {
        assert!(page.contains(&format!(r#"<code id="term-iri">{BASE}link-worker</code>"#)));
    }
    assert!(page_there.contains(
        r#"<code id="term-url">https://elsewhere.example.net/sp/glossary/link-worker/</code>"#
    ));
    // The concept still says where its page is.
    let q = quads(&f);
    assert!(has(
        &q,
        &format!("{BASE}link-worker"),
        "http://xmlns.com/foaf/0.1/page",
        node("https://elsewhere.example.net/sp/glossary/link-worker/")
    ));
    assert!(has(
        &q,
        BASE,
        "http://purl.org/dc/terms/license",
        node("https://creativecommons.org/licenses/by/4.0/")
    ));
}

#[test]
fn each_translation_language_gets_a_glossary_page() {
    let f = Fixture::new("mini");
    f.build().unwrap();
    let ja = f.read("glossary/lang/ja/index.html");
    assert!(
        ja.contains(r#"<td lang="ja"><a href="/glossary/social-prescribing/">社会的処方</a></td>"#),
        "{ja}"
    );
    assert!(
        ja.contains(r#"<td><a href="/glossary/social-prescribing/">Social prescribing</a></td>"#)
    );
    let index = f.read("glossary/index.html");
    assert!(index.contains(r#"<a href="/glossary/lang/nl/" hreflang="nl">"#));
    assert!(
        index.contains("3 languages"),
        "the A–Z index shows how many languages a term has"
    );
}

#[test]
fn autolinking_can_be_set_per_page() {
    let f = Fixture::new("mini");
    f.write(
        "content/pages/all.md",
        "---\ntitle: All\nautolink: all\n---\nA link worker and another link worker.\n",
    );
    f.write(
        "content/pages/off.md",
        "---\ntitle: Off\nautolink: \"off\"\n---\nA link worker, but see [[link worker]].\n",
    );
    f.write("content/pages/code.md", "---\ntitle: Code\n---\n`link worker` and [link worker](/about/) and ![link worker](/static/favicon.svg) and <span>link worker</span>, then link worker.\n");
    f.build().unwrap();
    let all = f.read("all/index.html");
    assert_eq!(
        all.matches(r#"class="term-link" href="/glossary/link-worker/""#)
            .count(),
        2
    );
    let off = f.read("off/index.html");
    assert_eq!(
        off.matches(r#"class="term-link""#).count(),
        1,
        "only the explicit wiki-link"
    );
    let code = f.read("code/index.html");
    let body =
        &code[code.find(r#"<div class="prose">"#).unwrap()..code.find("</article>").unwrap()];
    assert_eq!(body.matches(r#"class="term-link""#).count(), 1, "{body}");
    assert!(
        body.contains("<code>link worker</code>"),
        "inline code is never linked"
    );
    assert!(
        body.contains(r#"alt="link worker""#),
        "alt text is never linked"
    );
    assert!(
        body.contains("<span>link worker</span>"),
        "raw HTML is never linked: {body}"
    );
    assert!(
        body.contains(r#"aria-describedby="tip-link-worker">link worker</a>.</p>"#),
        "the plain mention is: {body}"
    );
}

#[test]
fn glossary_validation_catches_cycles_and_names_both_files_of_a_duplicate() {
    let f = Fixture::new("mini");
    f.write(
        "content/glossary/social-prescribing.md",
        &std::fs::read_to_string(f.root().join("content/glossary/social-prescribing.md"))
            .unwrap()
            .replace("related: []", "broader: [what-matters-to-you]"),
    );
    f.write(
        "content/glossary/connector-a.md",
        "---\nterm: Connector\ndefinition: D.\nsources: [{ title: T }]\n---\n",
    );
    f.write(
        "content/glossary/connector-b.md",
        "---\nterm: Bridge\naliases: [connector]\ndefinition: D.\nsources: [{ title: T }]\n---\n",
    );
    let diags = hub::check(&f.root());
    let cycle = diags
        .iter()
        .find(|d| d.message.contains("cycle"))
        .unwrap_or_else(|| panic!("{diags:#?}"));
    assert!(
        cycle.message.contains("social-prescribing")
            && cycle.message.contains("what-matters-to-you"),
        "{cycle:?}"
    );
    let dup = diags
        .iter()
        .find(|d| d.message.contains("also used"))
        .unwrap();
    assert!(
        dup.message.contains("content/glossary/connector-a.md")
            || dup.message.contains("content/glossary/connector-b.md"),
        "{dup:?}"
    );
}
