//! Lists that do not grow without bound: collection indexes, country pages and the pages
//! that mention a term continue on numbered pages (`page/2/`, …) linked with rel=prev/next,
//! and every record stays reachable by links without JavaScript.

mod common;

use common::Fixture;
use std::collections::BTreeSet;

/// The mini hub with two records per list page and seven more Japanese case studies, each
/// mentioning the link worker.
fn paginated_hub() -> Fixture {
    let f = Fixture::new("mini");
    let config = f.read_source("hub.yaml");
    f.write("hub.yaml", &format!("{config}paginate: 2\n"));
    let japan = f.read_source("content/case-studies/japan.md");
    for n in 1..=7 {
        f.write(
            &format!("content/case-studies/japan-{n}.md"),
            &japan
                .replace(
                    "Social prescribing against loneliness in Japan",
                    &format!("Japanese project {n}"),
                )
                .replace("linking activities were tested.", "a link worker helped."),
        );
    }
    f.build().expect("the hub builds");
    f
}

/// Follows rel=next from `start` and returns every page's site path, in order.
fn walk(f: &Fixture, start: &str) -> Vec<String> {
    let mut pages = vec![start.to_string()];
    loop {
        let html = f.read(&format!(
            "{}index.html",
            pages.last().unwrap().trim_start_matches('/')
        ));
        let Some(at) = html.find("<link rel=\"next\" href=\"") else {
            return pages;
        };
        let rest = &html[at + 23..];
        let next = rest[..rest.find('"').unwrap()].to_string();
        assert!(!pages.contains(&next), "rel=next loops at {next}");
        pages.push(next);
    }
}

/// The links of the pages `paths` that start with `prefix` (records of a collection).
fn record_links(f: &Fixture, paths: &[String], prefix: &str) -> BTreeSet<String> {
    paths
        .iter()
        .flat_map(|p| {
            common::links_in(&f.read(&format!("{}index.html", p.trim_start_matches('/'))))
        })
        .filter(|l| l.starts_with(prefix) && l.len() > prefix.len() && !l.contains("/page/"))
        .collect()
}

#[test]
fn every_case_study_is_reachable_through_the_numbered_pages() {
    let f = paginated_hub();
    let pages = walk(&f, "/case-studies/");
    assert_eq!(pages.len(), 5, "10 case studies, 2 per page: {pages:?}");
    assert_eq!(pages[1], "/case-studies/page/2/");
    let second = f.read("case-studies/page/2/index.html");
    assert!(second.contains("<link rel=\"prev\" href=\"/case-studies/\">"));
    assert!(second.contains("aria-current=\"page\">2</a>"));
    let linked = record_links(&f, &pages, "/case-studies/");
    let all: BTreeSet<String> = std::fs::read_dir(f.root().join("content/case-studies"))
        .unwrap()
        .map(|e| {
            format!(
                "/case-studies/{}/",
                e.unwrap().path().file_stem().unwrap().to_string_lossy()
            )
        })
        .collect();
    assert_eq!(linked, all);
}

#[test]
fn the_glossary_letters_lead_to_the_page_that_holds_them() {
    let f = paginated_hub();
    let first = f.read("glossary/index.html");
    // Six terms, two per page: W(hat matters to you) is on page 3.
    assert!(
        first.contains("href=\"/glossary/page/3/#letter-W\""),
        "{first}"
    );
    assert!(walk(&f, "/glossary/").len() == 3);
}

#[test]
fn a_country_page_continues_and_a_term_lists_few_of_the_pages_that_mention_it() {
    let f = paginated_hub();
    let country = walk(&f, "/countries/jp/");
    assert_eq!(country.len(), 4, "8 Japanese case studies: {country:?}");
    assert_eq!(record_links(&f, &country, "/case-studies/").len(), 8);
    let term = f.read("glossary/link-worker/index.html");
    let section = &term[term.find("mentions-heading").unwrap()..];
    let section = &section[..section.find("</section>").unwrap()];
    let listed = common::links_in(section)
        .into_iter()
        .filter(|l| l.starts_with("/case-studies/"))
        .count();
    assert_eq!(listed, 3, "a short list: {section}");
    assert!(section.contains("/glossary/link-worker/mentions/"));
    let mentions = walk(&f, "/glossary/link-worker/mentions/");
    let all = record_links(&f, &mentions, "/case-studies/");
    assert!(
        all.len() >= 8,
        "the mentions pages list every case study that mentions it: {all:?}"
    );
}

#[test]
fn paginate_zero_is_refused_with_help() {
    let f = Fixture::new("mini");
    let config = f.read_source("hub.yaml");
    f.write("hub.yaml", &format!("{config}paginate: 0\n"));
    let diags = hub::check(&f.root());
    let d = diags
        .iter()
        .find(|d| d.message.contains("paginate: 0"))
        .expect("paginate: 0 is reported");
    assert!(d.is_error());
}
