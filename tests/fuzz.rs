//! Property-based fuzzing (proptest) of the input-facing parsers: the front-matter splitter,
//! the YAML record loader, wiki-links, the auto-linker and the search indexer. Each runs a bounded number of
//! cases under `cargo test`; failures are saved by proptest in `proptest-regressions/` and
//! replayed first on every later run.

use hub::config::AutolinkMode;
use hub::content::front_matter::split;
use hub::content::{Record, Term, yaml};
use hub::link::Linker;
use hub::link::markdown::{BodyOptions, BodySource, render_body};
use proptest::prelude::*;
use std::path::Path;

fn term(id: &str, yaml_text: &str) -> Record<Term> {
    Record {
        id: id.into(),
        file: Path::new("t.md").into(),
        meta: yaml::parse(yaml_text, Path::new("t.md"), 2).unwrap(),
        yaml_line: 2,
        body: String::new(),
        body_line: 1,
        emails: Vec::new(),
    }
}

fn linker() -> Linker {
    let terms = vec![
        term(
            "link-worker",
            "term: Link worker\ndefinition: A \"role\" <b>.\nabbreviations: [SPLW]",
        ),
        term(
            "sp",
            "term: Social prescribing\ndefinition: d\nabbreviations: [SP]",
        ),
        term(
            "sp-lw",
            "term: Social prescribing link worker\ndefinition: d",
        ),
        term("pc", "term: Prescrição social\ndefinition: d"),
        term(
            "old",
            "term: Community referral\ndefinition: d\nstatus: deprecated\nreplaced_by: sp",
        ),
    ];
    Linker::new(&terms, "/", AutolinkMode::All)
}

/// Text made of pieces that exercise the parsers: labels, Markdown and HTML syntax, wiki
/// brackets, multi-byte characters and line endings.
fn tricky_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "link worker",
        "Link Workers",
        "SPLW",
        "SP",
        "sp",
        "social prescribing",
        "Prescrição social",
        "community referral",
        "[[",
        "]]",
        "|",
        "[[link worker]]",
        "[[sp|x]]",
        "[[nope]]",
        "[",
        "]",
        "(",
        ")",
        "`",
        "```\n",
        "#",
        "\n",
        "\r\n",
        " ",
        "-",
        "*",
        "_",
        "<span>",
        "</span>",
        "<script>",
        "&amp;",
        "é",
        "日本",
        "\u{feff}",
        "---\n",
        ":",
        "'",
        "\"",
        "{{",
        "}}",
        "![a](b)",
        "[x](/y/)",
        "\\",
        "\t",
        "0",
        "😀",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

    #[test]
    fn the_splitter_never_panics_and_returns_parts_of_the_input(text in any::<String>(), tricky in tricky_text()) {
        for t in [text, format!("---\n{tricky}\n---\n{tricky}")] {
            if let Ok(s) = split(&t) {
                prop_assert!(t.contains(s.yaml) && t.contains(s.body));
                prop_assert!(s.body_line >= 3);
            }
        }
    }

    #[test]
    fn the_yaml_loader_never_panics(text in tricky_text(), raw in any::<String>()) {
        for t in [text, raw] {
            let _ = yaml::parse::<Term>(&t, Path::new("x.md"), 2);
            let _ = yaml::parse::<hub::content::CaseStudy>(&t, Path::new("x.md"), 2);
        }
    }

    #[test]
    fn the_matcher_finds_ordered_mentions_on_char_boundaries(text in tricky_text()) {
        let l = linker();
        let mut last = 0;
        for m in l.matcher.find(&text) {
            prop_assert!(m.start >= last && m.start < m.end && m.end <= text.len());
            prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
            last = m.end;
        }
    }

    #[test]
    fn rendering_bodies_never_panics_and_never_emits_scripts(text in tricky_text()) {
        let l = linker();
        let mut diags = Vec::new();
        let source = BodySource { file: Path::new("x.md"), first_line: 4 };
        let options = BodyOptions { base_path: "/", autolink: AutolinkMode::All, self_term: None, page_path: "/x/" };
        let out = render_body(&text, source, &l, options, &mut diags);
        prop_assert!(!out.html.to_lowercase().contains("<script"));
        for d in &diags {
            prop_assert!(d.line >= 4, "{:?}", d);
        }
        let links = out.html.matches("class=\"term-link\"").count();
        prop_assert!(links <= out.mentions.values().sum::<usize>());
    }

    #[test]
    fn the_search_indexer_never_panics_and_writes_valid_json(text in tricky_text(), raw in any::<String>()) {
        let pages: Vec<hub::output::OutputFile> = [
            format!("<main data-search-body data-search-kind=\"{raw}\"><h1>{text}</h1>{text}</main>"),
            format!("<main data-search-body>{raw}<p data-search-weight=\"{raw}\">{text}</p></main>"),
            format!("<main data-search-body{raw}</main>"),
        ]
        .into_iter()
        .enumerate()
        .map(|(i, html)| hub::output::OutputFile { path: format!("p{i}/index.html"), bytes: html.into_bytes() })
        .collect();
        let pairs = pages.iter().map(|p| (p.path.as_str(), p.bytes.as_slice()));
        for file in hub::search::search_index(pairs, "en") {
            prop_assert!(file.path.starts_with("search-index/"));
            prop_assert!(serde_json::from_slice::<serde_json::Value>(&file.bytes).is_ok(), "{}", file.path);
        }
        hub::search::tokens::words(&text, |w| assert!(w.chars().count() > 1));
    }
}
