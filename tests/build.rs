//! End-to-end tests of `hub build`: build fixture hubs into temp folders and read what was written.

mod common;

use common::{Fixture, broken_internal_links, files_under};

#[test]
fn every_route_is_written() {
    let f = Fixture::new("mini");
    let report = f.build().expect("the mini hub builds");
    let files = files_under(&f.out());
    for route in [
        "index.html",
        "404.html",
        "glossary/index.html",
        "glossary/link-worker/index.html",
        "glossary/social-prescribing/index.html",
        "case-studies/index.html",
        "case-studies/rotherham/index.html",
        "countries/gb/index.html",
        "countries/jp/index.html",
        "countries/nl/index.html",
        "evidence/index.html",
        "evidence/rotherham-evaluation/index.html",
        "champions/index.html",
        "champions/ada-example/index.html",
        "about/index.html",
        "contribute/index.html",
        "sitemap.xml",
        "robots.txt",
        "atom.xml",
        "api/glossary.json",
        "api/case-studies.json",
        "api/evidence.json",
        "api/champions.json",
        "static/style.css",
    ] {
        assert!(
            files.contains(route),
            "{route} was not written; got {files:?}"
        );
    }
    assert_eq!(
        report.pages,
        files.iter().filter(|f| f.ends_with(".html")).count()
    );
}

#[test]
fn every_internal_link_resolves() {
    let f = Fixture::new("mini");
    f.build().unwrap();
    let broken = broken_internal_links(&f.out(), "/");
    assert!(broken.is_empty(), "broken links: {broken:?}");
}

#[test]
fn a_base_url_with_a_sub_path_prefixes_every_internal_link() {
    let f = Fixture::new("mini");
    f.build_with(Some("https://example.org/sp-hub/")).unwrap();
    let broken = broken_internal_links(&f.out(), "/sp-hub/");
    assert!(
        broken.is_empty(),
        "links outside /sp-hub/ or broken: {broken:?}"
    );
    let page = f.read("case-studies/rotherham/index.html");
    assert!(
        page.contains(r#"href="/sp-hub/glossary/""#),
        "Markdown links are rebased"
    );
    assert!(page.contains(
        r#"<link rel="canonical" href="https://example.org/sp-hub/case-studies/rotherham/">"#
    ));
    assert!(
        f.read("sitemap.xml")
            .contains("<loc>https://example.org/sp-hub/glossary/link-worker/</loc>")
    );
}

#[test]
fn pages_have_meta_description_open_graph_and_landmarks() {
    let f = Fixture::new("mini");
    f.build().unwrap();
    let page = f.read("glossary/link-worker/index.html");
    assert!(page.contains(r#"<meta name="description" content="A non-clinical practitioner who gives people time and co-produces a plan.">"#));
    assert!(page.contains(r#"<meta property="og:title" content="Link worker">"#));
    assert!(page.contains(r##"<a class="skip-link" href="#main">"##));
    assert!(page.contains(r#"<main id="main""#));
    assert!(page.contains(r#"<nav class="breadcrumbs wrap" aria-label="Breadcrumb">"#));
    assert!(page.contains(r#"<html lang="en" dir="ltr">"#));
}

#[test]
fn term_pages_show_labels_relations_and_backlinks() {
    let f = Fixture::new("mini");
    f.build().unwrap();
    let page = f.read("glossary/social-prescribing/index.html");
    // link-worker lists social-prescribing as broader, so it shows here as narrower.
    let narrower = page
        .find("<dt>Narrower</dt>")
        .expect("narrower terms shown");
    assert!(page[narrower..].contains(r#"<a href="/glossary/link-worker/">Link worker</a>"#));
    assert!(page.contains(r#"<td lang="ja">社会的処方</td>"#));
    // Mentioned in: the Rotherham case study mentions social prescribing twice.
    let mentions = page.find("Mentioned in").unwrap();
    assert!(page[mentions..].contains(r#"<a href="/case-studies/rotherham/">Rotherham social prescribing service</a> <span class="small">(2 mentions)</span>"#), "{}", &page[mentions..mentions + 1500]);

    assert!(page.contains(
        r#"<code id="term-url">https://hub.example.org/glossary/social-prescribing/</code>"#
    ));
    assert!(page.contains("“Social prescribing”. In: Mini Hub, glossary. https://w3id.org/mini-hub/social-prescribing. Available at: https://hub.example.org/glossary/social-prescribing/"), "cite this term, with its IRI");

    let deprecated = f.read("glossary/community-referral/index.html");
    assert!(deprecated.contains("This term is deprecated"));
    assert!(
        deprecated.contains(
            r#"use <a href="/glossary/social-prescribing/">Social prescribing</a> instead"#
        )
    );
}

#[test]
fn regional_labels_show_on_country_pages() {
    let f = Fixture::new("mini");
    f.build().unwrap();
    let nl = f.read("countries/nl/index.html");
    assert!(nl.contains(
        "<strong lang=\"nl\">Welzijnscoach</strong> — see <a href=\"/glossary/link-worker/\">Link worker</a>"
    ));
    assert!(nl.contains("Welzijn op Recept"));
    // A label used in one nation says where; its language is marked on the term page too.
    let gb = f.read("countries/gb/index.html");
    assert!(gb.contains("<strong lang=\"en\">Community connector</strong> <span class=\"small\">(Scotland)</span>"), "{gb}");
    let term = f.read("glossary/link-worker/index.html");
    assert!(
        term.contains("<td lang=\"nl\">Welzijnscoach</td>"),
        "{term}"
    );
}

#[test]
fn terms_are_auto_linked_once_per_page_with_a_tooltip() {
    let f = Fixture::new("mini");
    f.build().unwrap();
    let page = f.read("case-studies/rotherham/index.html");
    let body = &page[page.find(r#"<div class="prose">"#).unwrap()..];
    assert_eq!(
        body.matches(r#"href="/glossary/social-prescribing/""#)
            .count(),
        1,
        "first mention only"
    );
    assert!(
        body.contains(r#"aria-describedby="tip-link-worker">link workers</a>"#),
        "plural matched"
    );
    // The definition is on the page once (the script shows it as the tooltip).
    assert!(
        !body.contains("data-tip="),
        "no second copy of the definition per link"
    );
    assert!(
        page.contains(r#"<span id="tip-link-worker">A non-clinical practitioner"#),
        "screen-reader description present"
    );
    assert!(
        body.contains(r#"href="/glossary/primary-care-network/" "#)
            && body.contains(">local PCN</a>"),
        "wiki-link with label"
    );
    // `[[id]]` shows the term's label, not its id.
    let about = f.read("about/index.html");
    assert!(
        about.contains(r#"aria-describedby="tip-primary-care-network">Primary care network</a>"#),
        "{about}"
    );
    // Headings are never linked, and headings get stable ids.
    assert!(body.contains(r#"<h2 id="how-it-works">How it works</h2>"#));
    // A term page does not link to itself.
    let term = f.read("glossary/link-worker/index.html");
    assert!(!term.contains(r#"class="term-link" href="/glossary/link-worker/""#));
}

#[test]
fn markdown_extensions_are_rendered() {
    let f = Fixture::new("mini");
    f.write(
        "content/pages/features.md",
        "---\ntitle: Features\n---\n| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~ \"quoted\" -- dash\n\n- [x] done\n- [ ] todo\n\nNote.[^n]\n\n[^n]: The note.\n\n## Same\n\n## Same\n",
    );
    f.build().unwrap();
    let page = f.read("features/index.html");
    assert!(page.contains("<table>"), "tables");
    assert!(page.contains("<del>old</del>"), "strikethrough");
    assert!(page.contains("“quoted” – dash"), "smart punctuation");
    assert!(
        page.contains(r#"<input disabled type="checkbox" checked"#)
            || page.contains(r#"type="checkbox""#),
        "task lists"
    );
    assert!(page.contains("footnote-definition"), "footnotes");
    assert!(
        page.contains(r#"<h2 id="same">Same</h2>"#)
            && page.contains(r#"<h2 id="same-1">Same</h2>"#),
        "unique heading ids"
    );
}

#[test]
fn contributed_html_is_sanitized() {
    let f = Fixture::new("mini");
    f.write(
        "content/pages/hostile.md",
        "---\ntitle: \"<script>alert('title')</script>\"\n---\nHello <script>alert(1)</script>\n\n<img src=x onerror=\"alert(2)\">\n\n<a href=\"javascript:alert(4)\">x</a> <iframe src=\"https://evil.example\"></iframe>\n\n<p onclick=\"alert(5)\" style=\"background:url(javascript:alert(6))\">p</p>\n\n{{ site.title }} {% raw %}x{% endraw %}\n",
    );
    f.build().unwrap();
    let page = f.read("hostile/index.html");
    let main = &page[page.find("<main").unwrap()..page.find("</main>").unwrap()];
    assert!(!main.contains("<script"), "no script: {main}");
    // Markdown links and images with script or data URLs are errors, and never links.
    f.write("content/pages/md-links.md", "---\ntitle: L\n---\n[click](javascript:alert(3)) ![x](data:image/svg+xml;base64,PHN2Zz4=) [ok](https://example.org/) [mail](mailto:editors@hub.example.org)\n\n# Heading {onclick=alert(7) .note}\n");
    let rendered = hub::render_in_memory(&f.root(), None, false);
    let errors: Vec<_> = rendered
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .collect();
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert!(
        errors
            .iter()
            .all(|d| d.file.ends_with("md-links.md") && d.line == 4)
    );
    let html = String::from_utf8_lossy(
        &rendered
            .files
            .iter()
            .find(|f| f.path == "md-links/index.html")
            .unwrap()
            .bytes,
    )
    .into_owned();
    assert!(
        !html.contains("javascript:") && !html.contains("data:image"),
        "{html}"
    );
    assert!(
        html.contains(r#"<a href="https://example.org/">ok</a>"#)
            && html.contains(r#"href="mailto:editors@hub.example.org""#)
    );
    assert!(
        !html.contains("onclick") && html.contains(r#"class="note""#),
        "heading attributes other than id and class are dropped"
    );
    assert!(!main.to_lowercase().contains("onerror"), "no handlers");
    assert!(!main.contains("onclick"));
    assert!(!main.contains("javascript:"), "no javascript: URLs");
    assert!(!main.contains("<iframe"));
    assert!(
        main.contains("<h1>&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;</h1>"),
        "title escaped"
    );
    assert!(
        main.contains("{{ site.title }}"),
        "template syntax in content is text"
    );
}

#[test]
fn labels_with_apostrophes_and_cjk_labels_are_linked_in_running_text() {
    let f = Fixture::new("mini");
    f.write(
        "content/glossary/mens-shed.md",
        "---\nterm: Men's shed\ndefinition: A community space where people make and mend things together.\naliases: [メンズシェッド]\nrelated: [social-prescribing]\nsources: [{ title: T, url: \"https://example.org/sheds\" }]\nreviewed: 2026-11-29\n---\nA place.\n",
    );
    f.write(
        "content/pages/sheds.md",
        "---\ntitle: Sheds\nreviewed: 2026-11-29\n---\nA men's shed helps.\n",
    );
    f.write(
        "content/pages/sheds-ja.md",
        "---\ntitle: Sheds in Japan\nreviewed: 2026-11-29\n---\n日本でもメンズシェッドが広がっています。\n",
    );
    f.build().unwrap();
    let page = f.read("sheds/index.html");
    assert!(
        page.contains(r#"href="/glossary/mens-shed/""#) && page.contains("men’s shed</a>"),
        "the label written with ' is linked where the text shows ’: {page}"
    );
    let ja = f.read("sheds-ja/index.html");
    assert!(
        ja.contains("日本でも<a class=\"term-link\" href=\"/glossary/mens-shed/\""),
        "the Japanese label is linked inside a sentence: {ja}"
    );
}

#[test]
fn the_home_page_features_the_configured_terms_and_a_wrong_id_is_reported() {
    let f = Fixture::new("mini");
    f.build().unwrap();
    let home = f.read("index.html");
    let sp = home
        .find(r#"<dt><a href="/glossary/social-prescribing/">"#)
        .expect("featured");
    let lw = home
        .find(r#"<dt><a href="/glossary/link-worker/">"#)
        .expect("featured");
    assert!(sp < lw, "in the configured order");
    assert!(!home.contains(r#"<dt><a href="/glossary/what-matters-to-you/">"#));
    let config = f.read_source("hub.yaml");
    f.write(
        "hub.yaml",
        &config.replace(
            "[social-prescribing, link-worker]",
            "[social-prescribing, link-wroker]",
        ),
    );
    let diags = hub::check(&f.root());
    assert!(
        diags.iter().any(|d| d.is_error()
            && d.message.contains("`link-wroker` is not the id of a term")
            && d.help.as_deref() == Some("did you mean `link-worker`?")),
        "{diags:#?}"
    );
}

#[test]
fn adding_free_pages_does_not_grow_other_pages() {
    let f = Fixture::new("mini");
    f.build().unwrap();
    let before = f.read("case-studies/rotherham/index.html");
    for i in 0..30 {
        f.write(
            &format!("content/pages/note-{i}.md"),
            &format!("---\ntitle: Note {i}\nreviewed: 2026-11-29\n---\nA one-line page.\n"),
        );
    }
    f.build().unwrap();
    assert!(f.read("note-7/index.html").contains("A one-line page."));
    assert_eq!(
        f.read("case-studies/rotherham/index.html"),
        before,
        "a case study page does not change when free pages are added"
    );
    assert!(
        before.contains(r#"<li><a href="/contribute/">Contribute</a></li>"#),
        "the footer lists the configured menu"
    );
}

#[test]
fn private_contact_details_are_refused_and_never_published() {
    let f = Fixture::new("mini");
    // A private address written into a content file is refused: the repository is public.
    f.write(
        "content/champions/ada-example.md",
        &f.read_source("content/champions/ada-example.md").replace(
            "contact: { public: false }",
            "contact: { email: ada.private@example.org, public: false }",
        ),
    );
    let Err(hub::BuildError::Invalid(diags)) = f.build() else {
        panic!("a private email in a content file must fail the build");
    };
    assert!(
        diags.iter().any(|d| d.is_error()
            && d.file.ends_with("ada-example.md")
            && d.message
                .contains("not public must not be in the repository")),
        "{diags:#?}"
    );
    // Without it, the public address is published and the private champion offers an
    // introduction through the editors instead of an address.
    f.write(
        "content/champions/ada-example.md",
        &f.read_source("content/champions/ada-example.md").replace(
            "contact: { email: ada.private@example.org, public: false }",
            "contact: { public: false }",
        ),
    );
    f.build().unwrap();
    let mut public_seen = false;
    for file in files_under(&f.out()) {
        let text =
            String::from_utf8_lossy(&std::fs::read(f.out().join(&file)).unwrap()).into_owned();
        assert!(!text.contains(".private@"), "{file} leaks a private email");
        public_seen |= text.contains("ben.public@example.org");
    }
    assert!(public_seen, "a consented email is published");
    let ada = f.read("champions/ada-example/index.html");
    assert!(ada.contains("This is an example profile"));
    assert!(
        ada.contains("mailto:editors@hub.example.org?subject=Introduction%20to%20a%20champion%3A%20Dr%20Ada%20Example"),
        "a champion without a public contact offers an introduction by the editors"
    );
    assert!(
        !f.read("champions/ben-example/index.html")
            .contains("Ask the editors"),
        "a champion with a public contact is reached directly"
    );
}

#[test]
fn json_exports_and_feed_are_well_formed() {
    let f = Fixture::new("mini");
    f.build().unwrap();
    let glossary: serde_json::Value = serde_json::from_str(&f.read("api/glossary.json")).unwrap();
    let terms = glossary["terms"].as_array().unwrap();
    assert_eq!(terms.len(), 6);
    let lw = terms.iter().find(|t| t["id"] == "link-worker").unwrap();
    assert_eq!(lw["url"], "https://hub.example.org/glossary/link-worker/");
    assert_eq!(lw["broader"][0], "social-prescribing");
    assert_eq!(lw["abbreviations"][0], "SPLW");
    let feed = f.read("atom.xml");
    assert!(feed.contains("<title>Welzijn op Recept</title>"));
    assert!(
        feed.find("Social prescribing against loneliness in Japan")
            .unwrap()
            < feed.find("Welzijn op Recept").unwrap(),
        "newest first"
    );
    assert!(
        f.read("robots.txt")
            .contains("Sitemap: https://hub.example.org/sitemap.xml")
    );
}

#[test]
fn the_same_input_builds_byte_identical_output() {
    let f = Fixture::new("mini");
    f.build().unwrap();
    let first: Vec<(String, Vec<u8>)> = files_under(&f.out())
        .into_iter()
        .map(|p| {
            let b = std::fs::read(f.out().join(&p)).unwrap();
            (p, b)
        })
        .collect();
    f.build().unwrap();
    let second: Vec<(String, Vec<u8>)> = files_under(&f.out())
        .into_iter()
        .map(|p| {
            let b = std::fs::read(f.out().join(&p)).unwrap();
            (p, b)
        })
        .collect();
    assert_eq!(first, second);
}

#[test]
fn drafts_are_left_out_unless_asked_for() {
    let f = Fixture::new("mini");
    f.write(
        "content/pages/draft-page.md",
        "---\ntitle: Draft\ndraft: true\n---\nNot yet.\n",
    );
    f.build().unwrap();
    assert!(!f.out().join("draft-page/index.html").exists());
    hub::build(&hub::BuildOptions {
        precompress: false,
        root: f.root(),
        output: f.out(),
        base_url: None,
        drafts: true,
        force: false,
    })
    .unwrap();
    assert!(f.out().join("draft-page/index.html").exists());
}

#[test]
fn a_site_theme_overrides_a_default_template() {
    let f = Fixture::new("mini");
    f.write(
        "themes/default/templates/404.html",
        "{% extends \"base.html\" %}{% block content %}<h1>Lost in the hub</h1>{% endblock %}",
    );
    f.build().unwrap();
    assert!(f.read("404.html").contains("<h1>Lost in the hub</h1>"));
    assert!(
        f.read("index.html").contains("Mini Hub"),
        "other templates still come from the built-in theme"
    );
}

#[test]
fn maps_link_countries_with_accessible_names_and_locate_each_country() {
    let f = Fixture::new("mini");
    f.build().unwrap();
    let page = f.read("case-studies/index.html");
    assert!(page.contains(r#"<svg class="world-map""#));
    assert!(
        page.contains(
            r#"<a href="/countries/gb/" aria-label="United Kingdom: 1 case study"><path d=""#
        ),
        "a shaded country is a keyboard-reachable link with a name"
    );
    assert!(
        page.contains(r#"data-iso="KE" aria-hidden="true""#),
        "countries without studies are decoration"
    );
    assert!(
        page.contains(r#"<a href="/countries/jp/">Japan</a>"#),
        "the plain list sits beside the map"
    );
    let home = f.read("index.html");
    assert!(home.contains(r#"<svg class="world-map""#));
    let country = f.read("countries/nl/index.html");
    assert!(
        country.contains(r#"<svg class="locator-map""#)
            && country.contains(r#"class="country here""#)
    );
}

#[test]
fn a_build_with_nothing_changed_leaves_the_output_untouched() {
    use std::os::unix::fs::MetadataExt;
    let f = Fixture::new("mini");
    let first = f.build().unwrap();
    let dir = std::fs::metadata(f.out()).unwrap().ino();
    let files = files_under(&f.out());
    let report = f.build().unwrap();
    assert_eq!(report.unchanged, report.files);
    assert_eq!(report.files, first.files);
    assert_eq!(
        std::fs::metadata(f.out()).unwrap().ino(),
        dir,
        "no new tree was swapped in"
    );
    assert_eq!(files_under(&f.out()), files);
    // A stray file in the output is not part of the site: the next build replaces the tree.
    std::fs::write(f.out().join("stray.html"), "x").unwrap();
    let report = f.build().unwrap();
    assert!(report.unchanged > 0);
    assert!(!f.out().join("stray.html").exists());
    assert_ne!(std::fs::metadata(f.out()).unwrap().ino(), dir);
}

#[test]
fn unchanged_files_are_kept_from_the_previous_build() {
    use std::os::unix::fs::MetadataExt;
    let f = Fixture::new("mini");
    f.build().unwrap();
    let inode = |p: &str| std::fs::metadata(f.out().join(p)).unwrap().ino();
    let (about, japan) = (
        inode("about/index.html"),
        inode("case-studies/japan/index.html"),
    );
    let path = f.root().join("content/case-studies/japan.md");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replace("were tested", "were tested again")).unwrap();
    let report = f.build().unwrap();
    assert!(
        report.unchanged > 0 && report.unchanged < report.files,
        "{} of {}",
        report.unchanged,
        report.files
    );
    assert_eq!(
        inode("about/index.html"),
        about,
        "an unchanged page keeps its file"
    );
    assert_ne!(
        inode("case-studies/japan/index.html"),
        japan,
        "the edited page is rewritten"
    );
    assert!(
        f.read("case-studies/japan/index.html")
            .contains("were tested again")
    );
}

/// Reads the search index the way the theme's script does: the word's shard, its postings
/// (delta-encoded page numbers), and the page files for the pages found.
fn search_index_pages(f: &Fixture, word: &str) -> Vec<(String, String, u64)> {
    let json = |rel: &str| -> serde_json::Value { serde_json::from_str(&f.read(rel)).unwrap() };
    let meta = json("search-index/meta.json");
    let per_file = meta["per_file"].as_u64().unwrap();
    let hex = |n: usize| hub::search::tokens::shard_of(word, n);
    let split = meta["split"].as_array().unwrap();
    let shard = if split.iter().any(|s| s == &hex(2)) && word.chars().count() > 2 {
        hex(3)
    } else {
        hex(2)
    };
    let words = json(&format!("search-index/words/{shard}.json"));
    let postings = words[word][1].as_array().unwrap().clone();
    let mut page = 0;
    postings
        .chunks(2)
        .map(|pair| {
            page += pair[0].as_u64().unwrap();
            let file = json(&format!("search-index/pages/{}.json", page / per_file));
            let entry = &file[(page % per_file) as usize];
            (
                entry["u"].as_str().unwrap().to_owned(),
                entry["k"].as_str().unwrap().to_owned(),
                pair[1].as_u64().unwrap(),
            )
        })
        .collect()
}

#[test]
fn the_search_index_finds_pages_by_their_words_and_weighs_titles() {
    let f = Fixture::new("mini");
    f.build().unwrap();
    let found = search_index_pages(&f, "worker");
    let term = found
        .iter()
        .find(|(url, _, _)| url == "glossary/link-worker/")
        .expect("the term page is indexed under its label");
    assert_eq!(term.1, "Glossary term");
    assert!(
        term.2 >= 256 * 10,
        "the title counts as emphasised: {term:?}"
    );
    assert!(
        found
            .iter()
            .any(|(url, kind, _)| url.starts_with("case-studies/") && kind == "Case study"),
        "case studies that mention link workers are found: {found:?}"
    );
    // Stems group a word's forms; pages without a search body (the home page) are not indexed.
    let words: serde_json::Value =
        serde_json::from_str(&f.read("search-index/words/776f.json")).unwrap();
    assert_eq!(words["worker"][0], words["workers"][0]);
    let meta: serde_json::Value = serde_json::from_str(&f.read("search-index/meta.json")).unwrap();
    let indexed = std::fs::read_dir(f.out().join("search-index/pages"))
        .unwrap()
        .map(|e| {
            let text = std::fs::read_to_string(e.unwrap().path()).unwrap();
            serde_json::from_str::<serde_json::Value>(&text)
                .unwrap()
                .as_array()
                .unwrap()
                .len()
        })
        .sum::<usize>();
    assert_eq!(meta["pages"].as_u64().unwrap() as usize, indexed);
    assert!(!f.read("search-index/pages/0.json").contains("\"u\":\"\""));
    // Turned off in hub.yaml, no index is written and the search page says so.
    let config = std::fs::read_to_string(f.root().join("hub.yaml")).unwrap() + "search: false\n";
    f.write("hub.yaml", &config);
    f.build().unwrap();
    assert!(!f.out().join("search-index").exists());
    assert!(
        f.read("search/index.html")
            .contains("Search is not built for this site")
    );
}

#[test]
fn precompress_writes_brotli_and_gzip_copies_of_text_files() {
    let f = Fixture::new("mini");
    let report = hub::build(&hub::BuildOptions {
        precompress: true,
        root: f.root(),
        output: f.out(),
        base_url: None,
        drafts: false,
        force: false,
    })
    .unwrap();
    let page = std::fs::read(f.out().join("index.html")).unwrap();
    let gz = std::fs::read(f.out().join("index.html.gz")).unwrap();
    let mut unzipped = Vec::new();
    std::io::Read::read_to_end(
        &mut flate2::read::GzDecoder::new(gz.as_slice()),
        &mut unzipped,
    )
    .unwrap();
    assert_eq!(unzipped, page);
    let br = std::fs::read(f.out().join("index.html.br")).unwrap();
    assert!(br.len() < page.len() / 2, "{} of {}", br.len(), page.len());
    assert!(f.out().join("static/style.css.br").exists());
    assert!(!f.out().join("index.html.br.gz").exists());
    assert!(report.files > report.pages * 2);
    // Without the option, none.
    f.build().unwrap();
    assert!(!f.out().join("index.html.br").exists());
}
