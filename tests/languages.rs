//! A multilingual hub: the mini fixture with French and Arabic, a French translation of a
//! term and of a page, and a French label for another term.

mod common;
use common::Fixture;

/// The mini hub in English, French and Arabic.
fn multilingual() -> Fixture {
    let f = Fixture::new("mini");
    let config = std::fs::read_to_string(f.root().join("hub.yaml")).unwrap();
    let config = config
        .replace(
            "language: en\n",
            "language: en\nlanguages: [fr, ar]\ntranslations: { fr: { title: Mini-centre } }\n",
        )
        .replace(
            "{ label: Glossary, url: /glossary/ }",
            "{ label: Glossary, url: /glossary/, labels: { fr: Glossaire, ar: المسرد } }",
        );
    f.write("hub.yaml", &config);
    f.write(
        "content/glossary/link-worker.fr.md",
        "---\nterm: Agent de liaison\ndefinition: Intervenant non clinicien qui prend le temps d'écouter la personne.\n---\nL'agent de liaison travaille avec la prescription sociale et le réseau de soins primaires.\n",
    );
    let sp =
        std::fs::read_to_string(f.root().join("content/glossary/social-prescribing.md")).unwrap();
    f.write(
        "content/glossary/social-prescribing.md",
        &sp.replace(
            "pt: prescrição social }",
            "pt: prescrição social, fr: prescription sociale }",
        ),
    );
    f.write(
        "content/pages/about.fr.md",
        "---\ntitle: À propos\ntranslation_sources:\n  - { title: \"Une source en français\", url: \"https://example.org/fr/source\" }\n---\nCe site rassemble des connaissances. Voir le [glossaire](/glossary/).\n",
    );
    f
}

#[test]
fn pages_in_other_languages_live_under_their_code_with_lang_and_dir() {
    let f = multilingual();
    f.build().unwrap();
    let fr = f.read("fr/glossary/link-worker/index.html");
    assert!(fr.contains(r#"<html lang="fr" dir="ltr">"#));
    assert!(fr.contains("Agent de liaison"));
    assert!(fr.contains(
        r#"<link rel="canonical" href="https://hub.example.org/fr/glossary/link-worker/">"#
    ));
    let ar = f.read("ar/index.html");
    assert!(ar.contains(r#"<html lang="ar" dir="rtl">"#));
    // The default language keeps the site's paths.
    let en = f.read("glossary/link-worker/index.html");
    assert!(en.contains(r#"<html lang="en" dir="ltr">"#));
    assert!(en.contains("Link worker"));
    // A record without a translation has no page in the language.
    assert!(
        !f.out()
            .join("fr/glossary/primary-care-network/index.html")
            .exists()
    );
    assert!(!f.out().join("ar/glossary/link-worker/index.html").exists());
    // The site's title in the language where it has one, marked as English where not.
    assert!(fr.contains("<span>Mini-centre</span>"));
    assert!(ar.contains(r#"<span lang="en" dir="auto">Mini Hub</span>"#));
    assert!(en.contains("<span>Mini Hub</span>"));
    // "Recently added" names each record's kind in the page's language.
    assert!(
        f.read("index.html")
            .contains(r#"<span class="kind">Case study</span>"#)
    );
    let fr_home = f.read("fr/index.html");
    assert!(
        fr_home.contains(r#"<span class="kind">"#)
            && !fr_home.contains(r#"<span class="kind">Case study"#)
    );
    // Menus take their label in the page's language.
    assert!(fr.contains(">Glossaire</a>"));
    assert!(ar.contains(">المسرد</a>"));
}

#[test]
fn hreflang_alternates_pair_the_languages_both_ways() {
    let f = multilingual();
    f.build().unwrap();
    let en = f.read("glossary/link-worker/index.html");
    let fr = f.read("fr/glossary/link-worker/index.html");
    for page in [&en, &fr] {
        assert!(page.contains(r#"<link rel="alternate" hreflang="en" href="https://hub.example.org/glossary/link-worker/">"#));
        assert!(page.contains(r#"<link rel="alternate" hreflang="fr" href="https://hub.example.org/fr/glossary/link-worker/">"#));
        assert!(page.contains(r#"<link rel="alternate" hreflang="x-default" href="https://hub.example.org/glossary/link-worker/">"#));
        assert!(
            !page.contains(r#"hreflang="ar" href"#),
            "no Arabic page, no Arabic alternate"
        );
    }
    // Index pages exist in every language.
    let glossary = f.read("glossary/index.html");
    assert!(glossary.contains(r#"hreflang="ar" href="https://hub.example.org/ar/glossary/""#));
    let sitemap = f.read("sitemap.xml");
    assert!(sitemap.contains(r#"xmlns:xhtml="http://www.w3.org/1999/xhtml""#));
    assert!(sitemap.contains(r#"<url><loc>https://hub.example.org/fr/glossary/link-worker/</loc><xhtml:link rel="alternate" hreflang="en" href="https://hub.example.org/glossary/link-worker/"/><xhtml:link rel="alternate" hreflang="fr" href="https://hub.example.org/fr/glossary/link-worker/"/></url>"#));
}

#[test]
fn the_switcher_goes_to_the_same_page_or_says_it_is_not_translated() {
    let f = multilingual();
    f.build().unwrap();
    let fr = f.read("fr/glossary/link-worker/index.html");
    let switch = between(&fr, "data-language-switch>", "</nav>");
    assert!(
        switch.contains(
            r#"<a href="/glossary/link-worker/" hreflang="en" lang="en" dir="ltr">English</a>"#
        ),
        "{switch}"
    );
    assert!(
        switch.contains(r#"<span aria-current="true" lang="fr" dir="ltr">Français</span>"#),
        "{switch}"
    );
    // No Arabic page: the Arabic home page, with a note in French.
    assert!(
        switch.contains(
            r#"<a href="/ar/" hreflang="ar" lang="ar" dir="rtl">العربية</a> <span class="small">"#
        ),
        "{switch}"
    );
    let note = between(
        switch,
        r#"dir="rtl">العربية</a> <span class="small">"#,
        "</span>",
    );
    assert_ne!(
        note, "(this page is not translated)",
        "the note is in the page's language"
    );
}

#[test]
fn links_on_a_translated_page_stay_in_its_language_where_they_can() {
    let f = multilingual();
    f.build().unwrap();
    let about = f.read("fr/about/index.html");
    // The glossary exists in French; the contribute page does not.
    assert!(
        about.contains(r#"<a href="/fr/glossary/">glossaire</a>"#),
        "{about}"
    );
    assert!(about.contains(r#"href="/contribute/""#));
    assert!(about.contains(r#"action="/fr/search/""#));
    // Static files are shared.
    assert!(about.contains(r#"href="/static/style.css""#));
}

#[test]
fn terms_are_linked_with_the_labels_of_the_page_language() {
    let f = multilingual();
    f.build().unwrap();
    let fr = f.read("fr/glossary/link-worker/index.html");
    let body = between(&fr, r#"<div class="prose""#, "</div>");
    assert!(
        body.contains(r#"href="/fr/glossary/social-prescribing/""#)
            && body.contains(">prescription sociale</a>"),
        "{body}"
    );
    // The English page links the English label.
    let en = f.read("glossary/link-worker/index.html");
    assert!(!between(&en, r#"<div class="prose""#, "</div>").contains("/fr/"));
}

#[test]
fn fallbacks_and_proposed_translations_are_marked() {
    let f = multilingual();
    f.build().unwrap();
    // A translation without sources is proposed.
    let lw = f.read("fr/glossary/link-worker/index.html");
    assert!(lw.contains(r#"class="notice translation-notice""#));
    // A term with only a French label: the English definition and body are marked as such.
    let sp = f.read("fr/glossary/social-prescribing/index.html");
    assert!(sp.contains("prescription sociale"));
    assert!(
        sp.contains(r#"<span lang="en" dir="auto">Connecting people"#),
        "{sp}"
    );
    assert!(sp.contains(r#"<div class="prose" lang="en" dir="auto">"#));
    // An attested translation lists its sources.
    let about = f.read("fr/about/index.html");
    assert!(about.contains("https://example.org/fr/source"));
    // The English pages carry no notice.
    assert!(!f.read("about/index.html").contains("translation-notice"));
}

#[test]
fn each_language_has_its_own_search_index() {
    let f = multilingual();
    f.build().unwrap();
    assert!(f.out().join("search-index/meta.json").exists());
    assert!(f.out().join("fr/search-index/meta.json").exists());
    let fr = f.read("fr/glossary/link-worker/index.html");
    assert!(fr.contains(r#"data-index="/fr/search-index/""#));
}

#[test]
fn a_translation_may_not_change_ids_or_relations() {
    let f = multilingual();
    f.write(
        "content/glossary/link-worker.fr.md",
        "---\nterm: Agent de liaison\nbroader: [community-referral]\n---\n",
    );
    f.write(
        "content/glossary/nowhere.fr.md",
        "---\nterm: Nulle part\n---\n",
    );
    let Err(hub::BuildError::Invalid(problems)) = f.build() else {
        panic!("the build must fail");
    };
    let broader = problems
        .iter()
        .find(|d| d.message.contains("`broader` cannot be translated"))
        .expect("the relation is refused");
    assert_eq!(
        broader.file,
        std::path::Path::new("content/glossary/link-worker.fr.md")
    );
    assert_eq!((broader.line, broader.col), (3, 1));
    assert!(problems.iter().any(|d| {
        d.message
            .contains("content/glossary/nowhere.md does not exist")
    }));
}

#[test]
fn a_broken_link_in_a_translation_names_the_translation() {
    let f = multilingual();
    f.write(
        "content/pages/about.fr.md",
        "---\ntitle: À propos\n---\nVoir le [glossaire](/glosary/).\n",
    );
    let Err(hub::BuildError::Invalid(problems)) = f.build() else {
        panic!("the build must fail");
    };
    let link = problems
        .iter()
        .find(|d| {
            d.message
                .contains("`/glosary/` points to a page that does not exist")
        })
        .expect("the translation's link is checked");
    assert_eq!(link.file, std::path::Path::new("content/pages/about.fr.md"));
    assert_eq!(link.line, 4);
    assert!(link.help.as_deref().unwrap_or("").contains("/glossary/"));
}

#[test]
fn numbers_are_written_the_way_each_language_writes_them() {
    let f = multilingual();
    let path = "content/evidence/rotherham-evaluation.md";
    let text = std::fs::read_to_string(f.root().join(path)).unwrap();
    f.write(
        path,
        &text.replace("sample_size: 280", "sample_size: 12345"),
    );
    f.build().unwrap();
    assert!(f.read("evidence/index.html").contains("<td>12,345</td>"));
    assert!(
        f.read("fr/evidence/index.html")
            .contains("<td>12\u{202f}345</td>")
    );
    assert!(
        f.read("ar/evidence/index.html").contains("<td>12,345</td>"),
        "Latin digits, as its messages"
    );
}

#[test]
fn hub_check_names_the_messages_a_language_lacks() {
    let f = multilingual();
    let config = std::fs::read_to_string(f.root().join("hub.yaml")).unwrap();
    f.write(
        "hub.yaml",
        &config.replace("languages: [fr, ar]", "languages: [fr, ar, tlh]"),
    );
    let report = f.build().unwrap();
    let warning = report
        .warnings
        .iter()
        .find(|d| d.message.contains("`tlh` interface lacks"))
        .expect("a warning for the language without a catalogue");
    assert_eq!(
        warning.file,
        std::path::Path::new("themes/default/i18n/tlh.ftl")
    );
    assert!(
        warning.message.contains("base-breadcrumb-label"),
        "{}",
        warning.message
    );
}

#[test]
fn the_shipped_arabic_and_russian_interfaces_choose_their_plural_forms() {
    let mut problems = Vec::new();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let theme = hub::render::theme::Theme::load(root, "default", &mut problems);
    let c = hub::i18n::Catalogues::new(&["en", "ar", "ru"], &theme.catalogues, &mut problems);
    assert!(problems.is_empty(), "{problems:?}");
    let forms = |lang: &str| [1, 2, 5, 11].map(|n| c.count(lang, "mentions-count", n));
    assert_eq!(
        forms("en"),
        [
            "(1 mention)",
            "(2 mentions)",
            "(5 mentions)",
            "(11 mentions)"
        ]
    );
    assert_eq!(
        forms("ar"),
        [
            "(ذُكر مرة واحدة)",
            "(ذُكر مرتين)",
            "(ذُكر 5 مرات)",
            "(ذُكر 11 مرة)"
        ]
    );
    assert_eq!(
        forms("ru"),
        [
            "(1 упоминание)",
            "(2 упоминания)",
            "(5 упоминаний)",
            "(11 упоминаний)"
        ]
    );
}

#[test]
fn only_attested_translations_reach_the_vocabulary_exports() {
    let f = multilingual();
    f.write(
        "content/glossary/primary-care-network.fr.md",
        "---\nterm: Réseau de soins primaires\ndefinition: Un regroupement de cabinets de médecine générale.\ntranslation_sources:\n  - { title: \"Une source en français\", url: \"https://example.org/fr/rsp\" }\n---\n",
    );
    f.build().unwrap();
    let skos: serde_json::Value = serde_json::from_str(&f.read("api/glossary.jsonld")).unwrap();
    let concept = |id: &str| common::skos_concept(&skos, id);
    let pcn = concept("primary-care-network");
    let definitions = pcn["skos:definition"].as_array().expect("two definitions");
    assert!(definitions.iter().any(|d| d["@language"] == "fr"
        && d["@value"] == "Un regroupement de cabinets de médecine générale."));
    assert!(
        pcn["skos:prefLabel"]
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l["@language"] == "fr" && l["@value"] == "Réseau de soins primaires")
    );
    // The proposed French definition of link worker stays on the site.
    assert!(concept("link-worker")["skos:definition"].is_object());
    let csv = f.read("api/glossary.csv");
    assert!(csv.lines().any(|l| l.starts_with("primary-care-network,")
        && l.contains(",fr,Réseau de soins primaires,attested,")
        && l.contains("Un regroupement de cabinets")));
}

#[test]
fn countries_go_by_their_name_in_the_page_language() {
    let f = multilingual();
    let countries = std::fs::read_to_string(f.root().join("data/countries.yaml")).unwrap();
    f.write(
        "data/countries.yaml",
        &countries.replace(
            "{ code: JP, name: Japan, region: WPR }",
            "{ code: JP, name: Japan, region: WPR, names: { fr: Japon, ar: اليابان } }",
        ),
    );
    f.build().unwrap();
    assert!(f.read("fr/countries/jp/index.html").contains("Japon"));
    assert!(f.read("ar/countries/jp/index.html").contains("اليابان"));
    let en = f.read("countries/jp/index.html");
    assert!(en.contains("Japan") && !en.contains("Japon"));
}

/// The text between the first `start` and the next `end` after it.
fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text
        .find(start)
        .unwrap_or_else(|| panic!("`{start}` not found"))
        + start.len();
    let to = text[from..].find(end).map_or(text.len(), |i| from + i);
    &text[from..to]
}

#[test]
fn untranslated_titles_in_mentions_and_recent_lists_are_marked_as_the_original() {
    let f = multilingual();
    // Japan: translated text but not its title. Netherlands: its title too.
    f.write(
        "content/case-studies/japan.fr.md",
        "---\nsummary: Des projets modèles ont testé la méthode.\n---\nLa prescription sociale a été testée.\n",
    );
    f.write(
        "content/case-studies/netherlands.fr.md",
        "---\ntitle: Titre traduit\n---\nUn coach rencontre la personne ; la prescription sociale l'oriente.\n",
    );
    f.build().unwrap();
    let mentions = f.read("fr/glossary/social-prescribing/index.html");
    let mentions = between(&mentions, "mentions-heading", "</section>");
    assert!(
        mentions.contains(
            r#"<a href="/fr/case-studies/japan/" lang="en" dir="auto">Social prescribing against loneliness in Japan</a>"#
        ),
        "{mentions}"
    );
    assert!(
        mentions.contains(r#"<a href="/fr/case-studies/netherlands/">Titre traduit</a>"#),
        "{mentions}"
    );
    let home = f.read("fr/index.html");
    let recent = between(&home, "recent-heading", "</section>");
    assert!(
        recent.contains(
            r#"<a href="/fr/case-studies/japan/" lang="en" dir="auto">Social prescribing against"#
        ),
        "{recent}"
    );
    assert!(
        recent.contains(r#"<a href="/evidence/green/" lang="en" dir="auto">"#),
        "{recent}"
    );
    assert!(recent.contains(r#"<a href="/fr/case-studies/netherlands/">Titre traduit</a>"#));
    // The English home marks nothing.
    let en = f.read("index.html");
    assert!(!between(&en, "recent-heading", "</section>").contains("lang=\"en\""));
}

#[test]
fn mentioned_in_counts_the_pages_not_translated_too() {
    let f = multilingual();
    f.build().unwrap();
    let en = f.read("glossary/social-prescribing/index.html");
    let fr = f.read("fr/glossary/social-prescribing/index.html");
    let count = |page: &str| -> String {
        let section = between(page, "mentions-heading", "</section>");
        section
            .split("<p class=\"small\">")
            .nth(1)
            .and_then(|rest| rest.split(' ').next())
            .unwrap_or_default()
            .to_string()
    };
    // As many pages mention the term in French as in English: the French ones (the
    // translated link worker) and the English ones not translated.
    assert!(!count(&en).is_empty());
    assert_eq!(
        count(&fr),
        count(&en),
        "{}",
        between(&fr, "mentions-heading", "</section>")
    );
    let mentions = between(&fr, "mentions-heading", "</section>");
    assert!(
        mentions.contains(r#"<a href="/fr/glossary/link-worker/">Agent de liaison</a>"#),
        "{mentions}"
    );
    assert!(
        mentions.contains(r#"<a href="/case-studies/rotherham/" lang="en" dir="auto">"#),
        "{mentions}"
    );
}
