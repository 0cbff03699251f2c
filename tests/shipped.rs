//! The shipped hub (this repository's content/ and data/) builds cleanly, meets the content
//! minimums and has no broken internal link.

mod common;

use common::{broken_internal_links, files_under, shipped_build};
use std::path::Path;

#[test]
fn the_shipped_hub_builds_without_errors_or_broken_links() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = tempfile::tempdir().unwrap();
    let output = out.path().join("site");
    let report = hub::build(&hub::BuildOptions {
        precompress: false,
        root: root.into(),
        output: output.clone(),
        base_url: None,
        drafts: false,
        force: false,
    })
    .unwrap_or_else(|e| match e {
        hub::BuildError::Invalid(d) => panic!(
            "{}",
            hub::diagnostics::render(&d, hub::diagnostics::Format::Human, root)
        ),
        other => panic!("{other}"),
    });
    assert!(report.warnings.is_empty(), "{:#?}", report.warnings);
    let broken = broken_internal_links(&output, "/");
    assert!(broken.is_empty(), "broken links: {broken:?}");

    let files = files_under(&output);
    let count = |prefix: &str| {
        files
            .iter()
            .filter(|f| {
                f.starts_with(prefix) && f.ends_with("/index.html") && f.matches('/').count() == 2
            })
            .count()
    };
    assert!(count("glossary/") >= 50, "at least 50 glossary terms");
    assert!(count("case-studies/") >= 20, "case studies");
    assert!(count("evidence/") >= 20, "evidence summaries");
    assert!(count("champions/") >= 12, "champions");
    assert!(count("countries/") >= 20, "country pages");
    for page in ["about/index.html", "contribute/index.html", "404.html"] {
        assert!(files.contains(page), "{page}");
    }
}

#[test]
fn the_shipped_content_meets_the_content_standard() {
    let (_tmp, output) = shipped_build();
    let read_json = |p: &str| -> serde_json::Value {
        serde_json::from_str(&std::fs::read_to_string(output.join(p)).unwrap()).unwrap()
    };

    let glossary = read_json("api/glossary.json");
    let terms = glossary["terms"].as_array().unwrap();
    assert!(terms.len() >= 50);
    for t in terms {
        let linked = ["broader", "narrower", "related"]
            .iter()
            .any(|k| !t[k].as_array().unwrap().is_empty());
        assert!(linked, "{} is linked to no other term", t["id"]);
        assert!(
            !t["sources"].as_array().unwrap().is_empty(),
            "{} cites no source",
            t["id"]
        );
    }
    assert!(terms.len() >= 90, "the glossary has {} terms", terms.len());
    let evidence = read_json("api/evidence.json");
    let evidence = evidence["evidence"].as_array().unwrap();
    assert!(evidence.len() >= 20);
    for e in evidence {
        // An unpublished document (such as a slide deck) has no address; a published one
        // is linked over https.
        assert!(
            e["citation_url"]
                .as_str()
                .is_none_or(|u| u.starts_with("https://")),
            "{} has a citation URL that is not https",
            e["id"]
        );
        assert!(
            !e["outcomes"].as_array().unwrap().is_empty(),
            "{} has no structured outcome",
            e["id"]
        );
    }

    let champions = read_json("api/champions.json");
    let champions = champions["champions"].as_array().unwrap();
    assert!(
        champions.len() >= 12 && champions.iter().all(|c| c["example"] == true),
        "example profiles are marked"
    );
}

#[test]
fn no_private_champion_contact_appears_anywhere_in_the_output() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // Every address written in content/ belongs to a contact its owner made public.
    let mut public = Vec::new();
    for (file, text) in content_files(root) {
        for email in emails_in(&text) {
            let line = text.lines().find(|l| l.contains(&email)).unwrap();
            assert!(
                line.trim_start().starts_with("contact:") && line.contains("public: true"),
                "{file} holds {email} outside a public contact"
            );
            public.push(email);
        }
    }
    assert!(
        !public.is_empty(),
        "the example champions publish a contact"
    );
    let private_profiles = content_files(root)
        .into_iter()
        .filter(|(f, t)| f.starts_with("champions/") && t.contains("public: false"))
        .count();
    assert!(
        private_profiles >= 4,
        "profiles without a public contact are shipped"
    );
    let (_tmp, output) = shipped_build();
    let mut introductions = 0;
    for file in files_under(&output) {
        let text =
            String::from_utf8_lossy(&std::fs::read(output.join(&file)).unwrap()).into_owned();
        introductions += usize::from(
            file.starts_with("champions/") && text.contains("Ask the editors to introduce you"),
        );
        for email in emails_in(&text) {
            assert!(
                public.contains(&email) || email.starts_with("editors@"),
                "{file} publishes {email}, which no champion made public"
            );
        }
    }
    assert_eq!(
        introductions, private_profiles,
        "each private champion offers an introduction"
    );
}

/// Every `content/**/*.md` file: (path under content/, text).
fn content_files(root: &Path) -> Vec<(String, String)> {
    files_under(&root.join("content"))
        .into_iter()
        .filter(|f| f.ends_with(".md"))
        .map(|f| {
            let text = std::fs::read_to_string(root.join("content").join(&f)).unwrap();
            (f, text)
        })
        .collect()
}

/// The email addresses in a text (a deliberately plain scan, independent of hub's).
fn emails_in(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || "@._%+-".contains(c)))
        .filter(|w| {
            w.split_once('@').is_some_and(|(l, d)| {
                !l.is_empty() && d.contains('.') && !d.ends_with('.') && !d.starts_with('.')
            })
        })
        .map(|w| w.trim_matches('.').to_string())
        .collect()
}

#[test]
fn every_record_has_a_review_date_and_cites_no_denied_host() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let config = hub::config::Config::load(root).unwrap();
    assert!(
        config.deny_source_hosts.iter().any(|h| h == "booksci.cn"),
        "the mirrors named in the review are on the deny-list"
    );
    for (file, text) in content_files(root) {
        let front = text.split("\n---").next().unwrap();
        assert!(
            front.lines().any(|l| l.starts_with("reviewed: 20")),
            "{file} has no `reviewed` date"
        );
        for url in text
            .split(['"', ' ', '(', ')', '<', '>'])
            .filter(|w| w.starts_with("http"))
        {
            let host = url
                .split("://")
                .nth(1)
                .unwrap_or("")
                .split(['/', '?', '#'])
                .next()
                .unwrap();
            let host = host.trim_end_matches('.').to_ascii_lowercase();
            for denied in &config.deny_source_hosts {
                assert!(
                    host != *denied && !host.ends_with(&format!(".{denied}")),
                    "{file} cites {url}, on the deny-list"
                );
            }
        }
    }
}

#[test]
fn the_stated_country_count_is_computed_from_the_case_studies() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (_tmp, output) = shipped_build();
    let studies: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(output.join("api/case-studies.json")).unwrap(),
    )
    .unwrap();
    let countries_yaml = std::fs::read_to_string(root.join("data/countries.yaml")).unwrap();
    let territories: Vec<&str> = countries_yaml
        .lines()
        .filter(|l| l.contains("part_of:"))
        .map(|l| {
            l.split("code: \"")
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap()
        })
        .collect();
    assert!(
        territories.contains(&"HK"),
        "Hong Kong is a territory, not a country"
    );
    let counted: std::collections::BTreeSet<&str> = studies["case_studies"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["kind"] == "social-prescribing")
        .map(|s| s["country"]["code"].as_str().unwrap())
        .filter(|c| !territories.contains(c))
        .collect();
    let stated = |page: &str, before: &str, after: &str| -> usize {
        let html = std::fs::read_to_string(output.join(page)).unwrap();
        let at = html
            .find(after)
            .unwrap_or_else(|| panic!("{page} states no count"));
        let digits: String = html[..at]
            .trim_end_matches(before)
            .chars()
            .rev()
            .take_while(char::is_ascii_digit)
            .collect();
        digits.chars().rev().collect::<String>().parse().unwrap()
    };
    assert_eq!(
        stated("case-studies/index.html", "", " countries</strong>"),
        counted.len(),
        "the case-studies page states the computed count: {counted:?}"
    );
    assert_eq!(
        stated("index.html", "", "</strong> countries"),
        counted.len(),
        "the home page states the computed count"
    );
    assert_eq!(
        studies["coverage"]["countries"].as_array().unwrap().len(),
        counted.len()
    );
}

#[test]
fn the_international_definition_is_quoted_word_for_word() {
    const VERBATIM: &str = "a means for trusted individuals in clinical and community settings to identify that a person has non-medical, health-related social needs and to subsequently connect them to non-clinical supports and services within the community by co-producing a social prescription – a non-medical prescription, to improve health and wellbeing and to strengthen community connections";
    let (_tmp, output) = shipped_build();
    let read = |p: &str| std::fs::read_to_string(output.join(p)).unwrap();
    // Whitespace in HTML may wrap; compare with runs of whitespace collapsed.
    let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    for page in [
        "glossary/social-prescribing/index.html",
        "what-is-social-prescribing/index.html",
    ] {
        let html = flat(&read(page));
        let quoted = html.match_indices("<blockquote").any(|(start, _)| {
            let end = start + html[start..].find("</blockquote>").unwrap();
            let caption = &html[end..(end + 800).min(html.len())];
            html[start..end].contains(VERBATIM)
                && caption.contains("<cite>")
                && caption.contains("10.1136/bmjopen-2022-070184")
        });
        assert!(
            quoted,
            "{page} quotes the definition in a <blockquote> followed by its <cite> and DOI"
        );
    }
    let skos: serde_json::Value = serde_json::from_str(&read("api/glossary.jsonld")).unwrap();
    let concept = common::skos_concept(&skos, "social-prescribing");
    // The definition in English, beside those of its attested translations.
    let english = concept["skos:definition"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["@language"] == "en")
        .unwrap();
    assert_eq!(
        english["@value"].as_str().map(flat),
        Some(VERBATIM.to_string())
    );
    assert!(
        concept["skos:definition"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["@language"] == "fr"),
        "the French definition, attested by sources in French, is exported"
    );
    assert!(
        concept["skos:editorialNote"]["@value"]
            .as_str()
            .unwrap()
            .contains("quoted word for word")
    );
    // Proposed translations are never exported as preferred labels.
    for c in skos["@graph"].as_array().unwrap() {
        let preferred: Vec<&str> = c["skos:prefLabel"].as_array().map_or(Vec::new(), |v| {
            v.iter().filter_map(|l| l["@value"].as_str()).collect()
        });
        if let Some(proposed) = c["hub:proposedLabel"].as_array() {
            for p in proposed {
                assert!(
                    !preferred.contains(&p["@value"].as_str().unwrap()),
                    "{}",
                    c["@id"]
                );
            }
        }
    }
}
