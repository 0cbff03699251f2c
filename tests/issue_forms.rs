//! The GitHub issue forms in .github/ISSUE_TEMPLATE: well-formed (the fields GitHub's form
//! schema requires), and the champion form never asks for a private contact in public.

use std::path::Path;

fn forms() -> Vec<(String, serde_json::Value)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(".github/ISSUE_TEMPLATE");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name == "config.yml" {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let value: serde_json::Value = serde_saphyr::from_str(&text)
            .unwrap_or_else(|e| panic!("{name} is not valid YAML: {e}"));
        out.push((name, value));
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

#[test]
fn issue_forms_have_the_fields_github_requires() {
    let forms = forms();
    assert_eq!(forms.len(), 4, "term, error, case study, champion");
    let kinds = ["markdown", "textarea", "input", "dropdown", "checkboxes"];
    for (name, form) in &forms {
        for key in ["name", "description"] {
            assert!(
                form[key].as_str().is_some_and(|s| !s.is_empty()),
                "{name}: {key}"
            );
        }
        let body = form["body"]
            .as_array()
            .unwrap_or_else(|| panic!("{name}: body"));
        let mut ids = std::collections::BTreeSet::new();
        for element in body {
            let kind = element["type"].as_str().unwrap();
            assert!(kinds.contains(&kind), "{name}: type {kind}");
            if kind != "markdown" {
                assert!(
                    element["attributes"]["label"].is_string(),
                    "{name}: a {kind} needs a label"
                );
                let id = element["id"]
                    .as_str()
                    .unwrap_or_else(|| panic!("{name}: a {kind} needs an id"));
                assert!(ids.insert(id.to_string()), "{name}: id {id} twice");
            }
            if kind == "dropdown" {
                assert!(
                    element["attributes"]["options"]
                        .as_array()
                        .is_some_and(|o| !o.is_empty())
                );
            }
        }
        assert!(
            body.iter().any(|e| e["validations"]["required"] == true),
            "{name} requires something"
        );
    }
}

#[test]
fn the_champion_form_asks_for_no_private_contact() {
    let forms = forms();
    let (_, champion) = forms.iter().find(|(n, _)| n.contains("champion")).unwrap();
    for element in champion["body"].as_array().unwrap() {
        if element["type"] == "markdown" {
            continue;
        }
        let text = format!("{} {}", element["id"], element["attributes"]).to_lowercase();
        for word in ["email", "e-mail", "phone", "telephone", "address"] {
            assert!(
                !text.contains(word) || element["type"] == "checkboxes",
                "the field {} asks for a {word}",
                element["id"]
            );
        }
    }
    let notice = champion["body"][0]["attributes"]["value"].as_str().unwrap();
    assert!(
        notice.contains("This issue is public")
            && notice.contains("Do not write your email address")
    );
}
