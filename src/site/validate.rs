//! Cross-record checks: every reference points at something that exists, with the nearest
//! valid value suggested when it does not.

use super::Site;
use crate::content::data::{Entry, find};
use crate::content::term::TermStatus;
use crate::content::{FrontMatter, Record, Spanned};
use crate::diagnostics::{Diagnostic, did_you_mean};

/// Top-level paths of the site's own pages and files, which free pages may not use as
/// their id (nor the URL prefix of any collection).
const RESERVED_PAGE_IDS: [&str; 5] = ["countries", "api", "search", "static", "releases"];

/// True for URLs a page may link to: http, https and mailto.
pub fn is_safe_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://") || lower.starts_with("mailto:")
}

/// Every source and link URL must be a web address.
fn check_urls<'a, T>(
    r: &Record<T>,
    urls: impl Iterator<Item = &'a Spanned<String>>,
    out: &mut Vec<Diagnostic>,
) {
    for url in urls {
        if !is_safe_url(&url.value) {
            out.push(
                at(r, url, format!("`{}` is not a web address", url.value))
                    .with_help("links in front matter must start with https:// (or http://)"),
            );
        }
    }
}

/// A warning for a record without a body.
fn check_body<T>(r: &Record<T>, out: &mut Vec<Diagnostic>) {
    if r.body.trim().is_empty() {
        out.push(
            Diagnostic::warning(&r.file, r.body_line, 0, "the body is empty")
                .with_help("write a few sentences in Markdown after the closing `---`"),
        );
    }
}

/// Runs the checks that concern the whole hub (its vocabularies, releases and settings),
/// then every collection's: the checks all records share and the collection's own.
pub fn validate(site: &Site, out: &mut Vec<Diagnostic>) {
    check_territories(site, out);
    check_vocabulary_ids(site, out);
    for c in crate::collections::REGISTRY {
        c.validate(site, out);
    }
}

/// The checks every record has, whatever its collection: an empty body, web addresses,
/// primary sources, the review date and published email addresses.
pub fn check_record<M: FrontMatter>(site: &Site, r: &Record<M>, out: &mut Vec<Diagnostic>) {
    check_body(r, out);
    let cited = r.meta.cited_urls();
    check_urls(r, cited.iter().copied().chain(r.meta.link_urls()), out);
    super::provenance::check_record(site, r, &cited, out);
}

/// Case studies: dates, places, settings, models, cited evidence and at least one source.
pub fn check_case_studies(site: &Site, out: &mut Vec<Diagnostic>) {
    for r in site.case_studies() {
        let m = &r.meta;
        check_date(r, &m.date, out);
        check_country(site, r, &m.country, out);
        check_subdivision(r, &m.country, m.subdivision.as_ref(), out);
        check_setting(site, r, &m.setting, out);
        check_entry(
            r,
            &m.model,
            &site.vocab.models,
            "model",
            "data/models.yaml",
            out,
        );
        for e in &m.evidence {
            check_ref(
                r,
                e,
                site.evidence_by_id(&e.value).is_some(),
                site.evidence().iter().map(|x| x.id.as_str()),
                "an evidence summary",
                "content/evidence/",
                out,
            );
        }
        if m.sources.is_empty() {
            out.push(
                at(r, &m.date, "a case study needs at least one source")
                    .with_help("add `sources: [{ title: …, url: … }]`"),
            );
        }
    }
}

/// Evidence summaries: dates, countries, settings and study designs.
pub fn check_evidence(site: &Site, out: &mut Vec<Diagnostic>) {
    for r in site.evidence() {
        let m = &r.meta;
        check_date(r, &m.date, out);
        for c in &m.countries {
            check_country(site, r, c, out);
        }
        if let Some(s) = &m.setting {
            check_setting(site, r, s, out);
        }
        check_entry(
            r,
            &m.design,
            &site.vocab.study_designs,
            "design",
            "data/study-designs.yaml",
            out,
        );
    }
}

/// Champions: profession, setting, place and languages.
pub fn check_champions(site: &Site, out: &mut Vec<Diagnostic>) {
    for r in site.champions() {
        let m = &r.meta;
        check_entry(
            r,
            &m.profession,
            &site.vocab.professions,
            "profession",
            "data/professions.yaml",
            out,
        );
        check_setting(site, r, &m.setting, out);
        check_country(site, r, &m.country, out);
        check_subdivision(r, &m.country, m.subdivision.as_ref(), out);
        for l in &m.languages {
            check_language(site, r, l, out);
        }
    }
}

/// Glossary terms: references, hierarchy, labels, translations, releases and the terms
/// `hub.yaml` features.
pub fn check_glossary(site: &Site, out: &mut Vec<Diagnostic>) {
    check_terms(site, out);
    check_released_terms_remain(site, out);
    check_featured_terms(site, out);
    super::provenance::check_translation_sources(site, out);
}

/// Free pages may not take the id of a section of the site.
pub fn check_pages(site: &Site, out: &mut Vec<Diagnostic>) {
    for r in site.pages() {
        let is_section = crate::collections::REGISTRY.iter().any(|c| {
            c.collection().index_path().as_deref() == Some(format!("/{}/", r.id).as_str())
        });
        if is_section || RESERVED_PAGE_IDS.contains(&r.id.as_str()) {
            out.push(
                Diagnostic::error(
                    &r.file,
                    0,
                    0,
                    format!(
                        "the page id `{}` is reserved for a section of the site",
                        r.id
                    ),
                )
                .with_help("rename the file"),
            );
        }
    }
}

/// Every id of `data/` vocabularies is written in one style: lowercase words joined by
/// hyphens.
fn check_vocabulary_ids(site: &Site, out: &mut Vec<Diagnostic>) {
    let v = &site.vocab;
    for (file, list) in [
        ("data/settings.yaml", &v.settings),
        ("data/models.yaml", &v.models),
        ("data/professions.yaml", &v.professions),
        ("data/study-designs.yaml", &v.study_designs),
    ] {
        for e in list.iter() {
            let canonical = crate::content::data::canonical_id(&e.id);
            if e.id != canonical {
                out.push(
                    Diagnostic::error(file, 0, 0, format!("the id `{}` is not written as lowercase words joined by hyphens", e.id))
                        .with_help(format!("write `{canonical}`; records that use the old spelling still work and are flagged")),
                );
            }
        }
    }
}

/// A term id, once released, may be deprecated but never removed (or its IRI would stop
/// naming anything).
fn check_released_terms_remain(site: &Site, out: &mut Vec<Diagnostic>) {
    let mut reported = std::collections::BTreeSet::new();
    for release in &site.releases {
        for t in &release.terms {
            if site.term(&t.id).is_none() && reported.insert(t.id.clone()) {
                out.push(
                    Diagnostic::error(
                        format!("content/glossary/{}.md", t.id),
                        0,
                        0,
                        format!(
                            "the term `{}` (“{}”) was released in {} and cannot be removed",
                            t.id, t.term, release.info.version
                        ),
                    )
                    .with_help("restore the file and deprecate the term instead: `status: deprecated` and `replaced_by: <id>`; its id is never reused"),
                );
            }
        }
    }
}

/// The home page's featured terms must exist.
fn check_featured_terms(site: &Site, out: &mut Vec<Diagnostic>) {
    for id in &site.config.featured_terms {
        if site.term(id).is_none() {
            out.push(
                Diagnostic::error(
                    "hub.yaml",
                    0,
                    0,
                    format!("featured_terms: `{id}` is not the id of a term in content/glossary/"),
                )
                .with_optional_help(did_you_mean(id, site.terms().iter().map(|t| t.id.as_str()))),
            );
        }
    }
}

/// A territory's `part_of` must name a country of `data/countries.yaml`.
fn check_territories(site: &Site, out: &mut Vec<Diagnostic>) {
    for c in &site.vocab.countries {
        if let Some(parent) = &c.part_of
            && site.vocab.country(parent).is_none()
        {
            out.push(
                Diagnostic::error(
                    "data/countries.yaml",
                    0,
                    0,
                    format!(
                        "`{}` is part of `{parent}`, which is not a country code in the file",
                        c.code
                    ),
                )
                .with_help("add the country, or correct `part_of`"),
            );
        }
    }
}

/// Reports each cycle in the broader relation (A broader than B broader than A) once, at
/// the first term of the cycle in label order.
fn check_broader_cycles(site: &Site, out: &mut Vec<Diagnostic>) {
    // The broader relation as derived by the model (both `broader` and `narrower` lists).
    let broader: Vec<Vec<usize>> = site
        .terms()
        .iter()
        .map(|t| {
            site.relations
                .get(&t.id)
                .map(|r| {
                    r.broader
                        .iter()
                        .filter_map(|b| site.term_position(b))
                        .collect()
                })
                .unwrap_or_default()
        })
        .collect();
    // Iterative depth-first search with colours: 0 unvisited, 1 on the path, 2 done.
    let mut colour = vec![0u8; site.terms().len()];
    for start in 0..site.terms().len() {
        if colour[start] != 0 {
            continue;
        }
        let mut path: Vec<(usize, usize)> = vec![(start, 0)];
        colour[start] = 1;
        while let Some(&mut (node, ref mut next)) = path.last_mut() {
            if let Some(&child) = broader[node].get(*next) {
                *next += 1;
                match colour[child] {
                    0 => {
                        colour[child] = 1;
                        path.push((child, 0));
                    }
                    1 => {
                        let from = path.iter().position(|&(n, _)| n == child).unwrap_or(0);
                        let cycle: Vec<&str> = path[from..]
                            .iter()
                            .map(|&(n, _)| site.terms()[n].id.as_str())
                            .chain([site.terms()[child].id.as_str()])
                            .collect();
                        let r = &site.terms()[child];
                        out.push(
                            Diagnostic::error(&r.file, pos(r, &r.meta.term).0, 0, format!("the broader terms form a cycle: {}", cycle.join(" → ")))
                                .with_help("a term cannot be broader than itself, directly or through other terms; remove one `broader` (or `narrower`) link"),
                        );
                    }
                    _ => {}
                }
            } else {
                colour[node] = 2;
                path.pop();
            }
        }
    }
}

/// A term and one of its labels.
type LabelClaim<'a> = (&'a Record<crate::content::Term>, &'a Spanned<String>);

/// Two terms may not share a label, alias or abbreviation (case-insensitively); each file of
/// a clash gets an error naming the other.
fn report_duplicate_labels(site: &Site, out: &mut Vec<Diagnostic>) {
    let mut claims: std::collections::BTreeMap<String, Vec<LabelClaim<'_>>> = Default::default();
    for r in site.terms() {
        let m = &r.meta;
        for label in std::iter::once(&m.term)
            .chain(&m.aliases)
            .chain(&m.abbreviations)
        {
            let key = label.value.trim().to_lowercase();
            if key.is_empty() {
                out.push(at(r, label, "a label is empty"));
            } else if !claims
                .get(&key)
                .is_some_and(|v| v.iter().any(|(o, _)| o.id == r.id))
            {
                claims.entry(key).or_default().push((r, label));
            }
        }
    }
    for group in claims.values().filter(|g| g.len() > 1) {
        for (r, label) in group {
            let others: Vec<String> = group
                .iter()
                .filter(|(o, _)| o.id != r.id)
                .map(|(o, _)| format!("`{}` ({})", o.id, o.file.display()))
                .collect();
            out.push(
                at(
                    r,
                    label,
                    format!(
                        "the label `{}` is also used by the term {}",
                        label.value,
                        others.join(", ")
                    ),
                )
                .with_help(
                    "each label may name only one term; merge the terms or choose another label",
                ),
            );
        }
    }
}

/// Every broader term of `id`, directly or through other terms.
fn ancestors(site: &Site, id: &str) -> std::collections::BTreeSet<String> {
    let mut seen = std::collections::BTreeSet::new();
    let mut todo = vec![id.to_string()];
    while let Some(next) = todo.pop() {
        for b in &site.relations(&next).broader {
            if seen.insert(b.clone()) {
                todo.push(b.clone());
            }
        }
    }
    seen
}

/// SKOS S27: a term may not be related to one of its broader or narrower terms.
fn check_related_is_not_hierarchical(site: &Site, out: &mut Vec<Diagnostic>) {
    for r in site.terms() {
        let mine = ancestors(site, &r.id);
        for target in &r.meta.related {
            let hierarchical =
                mine.contains(&target.value) || ancestors(site, &target.value).contains(&r.id);
            if hierarchical && site.term(&target.value).is_some() {
                out.push(
                    at(
                        r,
                        target,
                        format!(
                            "`{}` is already a broader or narrower term of `{}` (directly or through other terms)",
                            target.value, r.id
                        ),
                    )
                    .with_help("remove it from `related`: in SKOS a term cannot be both related and in the same hierarchy"),
                );
            }
        }
    }
}

fn check_terms(site: &Site, out: &mut Vec<Diagnostic>) {
    check_broader_cycles(site, out);
    check_related_is_not_hierarchical(site, out);
    report_duplicate_labels(site, out);
    for r in site.terms() {
        let m = &r.meta;
        for (kind, list) in [
            ("broader", &m.broader),
            ("narrower", &m.narrower),
            ("related", &m.related),
        ] {
            for target in list {
                if target.value == r.id {
                    out.push(at(
                        r,
                        target,
                        format!("a term cannot be {kind} than itself"),
                    ));
                } else {
                    check_term_ref(site, r, target, out);
                }
            }
        }
        match (&m.status, &m.replaced_by) {
            (TermStatus::Deprecated, None) => out.push(
                at(r, &m.term, "a deprecated term needs `replaced_by`")
                    .with_help("add `replaced_by: <id of the term that replaces it>`"),
            ),
            (_, Some(target)) => check_term_ref(site, r, target, out),
            _ => {}
        }
        for regional in &m.regional {
            for c in &regional.countries {
                check_country(site, r, c, out);
            }
            for sub in &regional.subdivisions {
                check_subdivision_of_any(r, &regional.countries, sub, out);
            }
            if let Some(language) = &regional.language {
                check_language(site, r, language, out);
            }
        }
        for mapping in &m.mappings {
            if site.vocab.code_system(&mapping.scheme.value).is_none() {
                out.push(
                    at(
                        r,
                        &mapping.scheme,
                        format!(
                            "`{}` is not a code system in data/code-systems.yaml",
                            mapping.scheme.value
                        ),
                    )
                    .with_optional_help(did_you_mean(
                        &mapping.scheme.value,
                        site.vocab.code_systems.iter().map(|c| c.id.as_str()),
                    )),
                );
            }
            if mapping.code.trim().is_empty() || mapping.source.url.is_none() {
                out.push(
                    at(r, &mapping.scheme, "a mapping needs its code and a source with a URL that shows the code")
                        .with_help("never guess a code: cite the official browser or the document that lists it"),
                );
            }
        }
        if let Some(place) = &m.jurisdiction {
            check_place(site, r, place, out);
        }
        if let Some(quote) = &m.quoted_from
            && quote.page.is_none()
        {
            out.push(
                Diagnostic::warning(
                    &r.file,
                    pos(r, &m.term).0,
                    0,
                    "a quoted definition should give the `page` it is quoted from",
                )
                .with_help("add `page:` to `quoted_from`, e.g. `page: \"9\"`"),
            );
        }
        for (code, label) in &m.translations {
            if *code == site.config.language {
                out.push(
                    at(r, label, format!("a translation into `{code}`, the site's own language"))
                        .with_help("the term's label is its label in that language: give other names as `aliases` (one preferred label per language)"),
                );
            }
            if site.vocab.language(code).is_none() {
                out.push(
                    at(
                        r,
                        label,
                        format!("`{code}` is not a language code in data/languages.yaml"),
                    )
                    .with_help(language_help(site, code)),
                );
            }
        }
        if m.sources.is_empty() {
            out.push(
                Diagnostic::warning(
                    &r.file,
                    pos(r, &m.term).0,
                    0,
                    format!("the term `{}` cites no source", m.term.value),
                )
                .with_help("add `sources: [{ title: …, url: … }]`"),
            );
        }
    }
}

/// File line and column of a spanned value of record `r`.
fn pos<T, V>(r: &Record<T>, value: &Spanned<V>) -> (usize, usize) {
    let line = value.referenced.line() as usize;
    let col = value.referenced.column() as usize;
    if line == 0 {
        (0, 0)
    } else {
        (line + r.yaml_line - 1, col)
    }
}

/// An error at the place `value` of record `r` was written.
pub fn at<T, V>(r: &Record<T>, value: &Spanned<V>, message: impl Into<String>) -> Diagnostic {
    let (line, col) = pos(r, value);
    Diagnostic::error(&r.file, line, col, message)
}

/// A warning at the place `value` of record `r` was written.
pub fn warn<T, V>(r: &Record<T>, value: &Spanned<V>, message: impl Into<String>) -> Diagnostic {
    let mut d = at(r, value, message);
    d.severity = crate::diagnostics::Severity::Warning;
    d
}

fn check_ref<'a, T>(
    r: &Record<T>,
    value: &Spanned<String>,
    exists: bool,
    candidates: impl Iterator<Item = &'a str>,
    what: &str,
    place: &str,
    out: &mut Vec<Diagnostic>,
) {
    if !exists {
        out.push(
            at(
                r,
                value,
                format!("`{}` is not the id of {what} in {place}", value.value),
            )
            .with_optional_help(did_you_mean(&value.value, candidates)),
        );
    }
}

/// `value` must be the id of an entry of `list` (the vocabulary `file`), for `field`.
pub fn check_entry<T>(
    r: &Record<T>,
    value: &Spanned<String>,
    list: &[Entry],
    field: &str,
    file: &str,
    out: &mut Vec<Diagnostic>,
) {
    if let Some(entry) = find(list, &value.value)
        && entry.id != value.value
    {
        out.push(
            warn(
                r,
                value,
                format!(
                    "`{}` is an old spelling of the {field} `{}`",
                    value.value, entry.id
                ),
            )
            .with_help(format!(
                "write `{}` (ids in {file} are lowercase words joined by hyphens)",
                entry.id
            )),
        );
    }
    if find(list, &value.value).is_none() {
        let help =
            did_you_mean(&value.value, list.iter().map(|e| e.id.as_str())).unwrap_or_else(|| {
                let ids: Vec<String> = list.iter().map(|e| format!("`{}`", e.id)).collect();
                format!("expected one of {}", ids.join(", "))
            });
        out.push(
            at(
                r,
                value,
                format!("`{}` is not a {field} in {file}", value.value),
            )
            .with_help(help),
        );
    }
}

/// `target` must be the id of a glossary term.
pub fn check_term_ref<T>(
    site: &Site,
    r: &Record<T>,
    target: &Spanned<String>,
    out: &mut Vec<Diagnostic>,
) {
    check_ref(
        r,
        target,
        site.term(&target.value).is_some(),
        site.terms().iter().map(|t| t.id.as_str()),
        "a term",
        "content/glossary/",
        out,
    );
}

fn check_setting<T>(
    site: &Site,
    r: &Record<T>,
    value: &Spanned<String>,
    out: &mut Vec<Diagnostic>,
) {
    check_entry(
        r,
        value,
        &site.vocab.settings,
        "setting",
        "data/settings.yaml",
        out,
    );
}

/// `value` must be a country code of `data/countries.yaml`.
pub fn check_country<T>(
    site: &Site,
    r: &Record<T>,
    value: &Spanned<String>,
    out: &mut Vec<Diagnostic>,
) {
    if site.vocab.country(&value.value).is_none() {
        // Codes people often write that are not ISO 3166-1 alpha-2.
        let known = match value.value.as_str() {
            "UK" => Some("`UK` is not an ISO code: the United Kingdom is `GB`"),
            "EL" => Some("`EL` is the EU's code: Greece is `GR` in ISO 3166-1"),
            _ => None,
        };
        let help = known
            .map(str::to_string)
            .or_else(|| {
                did_you_mean(
                    &value.value,
                    site.vocab.countries.iter().map(|c| c.code.as_str()),
                )
            })
            .unwrap_or_else(|| {
                "use an ISO 3166-1 alpha-2 code, or add the country to data/countries.yaml".into()
            });
        out.push(
            at(
                r,
                value,
                format!(
                    "`{}` is not a country code in data/countries.yaml",
                    value.value
                ),
            )
            .with_help(help),
        );
    }
}

/// The nearest language code, or where to find the codes.
fn language_help(site: &Site, code: &str) -> String {
    did_you_mean(code, site.vocab.languages.iter().map(|l| l.code.as_str())).unwrap_or_else(|| {
        "use a BCP 47 code listed in data/languages.yaml (e.g. `fr`), or add the language there"
            .into()
    })
}

/// `value` must be a language code of `data/languages.yaml`.
pub fn check_language<T>(
    site: &Site,
    r: &Record<T>,
    value: &Spanned<String>,
    out: &mut Vec<Diagnostic>,
) {
    if site.vocab.language(&value.value).is_none() {
        out.push(
            at(
                r,
                value,
                format!(
                    "`{}` is not a language code in data/languages.yaml",
                    value.value
                ),
            )
            .with_optional_help(did_you_mean(
                &value.value,
                site.vocab.languages.iter().map(|l| l.code.as_str()),
            )),
        );
    }
}

fn check_subdivision<T>(
    r: &Record<T>,
    country: &Spanned<String>,
    sub: Option<&Spanned<String>>,
    out: &mut Vec<Diagnostic>,
) {
    if let Some(sub) = sub {
        let prefix = format!("{}-", country.value);
        let rest = sub.value.strip_prefix(&prefix);
        if !rest.is_some_and(|r| {
            (1..=3).contains(&r.len())
                && r.bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        }) {
            out.push(
                at(
                    r,
                    sub,
                    format!(
                        "`{}` is not an ISO 3166-2 subdivision of `{}`",
                        sub.value, country.value
                    ),
                )
                .with_help(format!(
                    "write it as `{prefix}XXX`, e.g. `GB-WLS` for Wales"
                )),
            );
        }
    }
}

/// A regional label's subdivision must belong to one of the label's countries.
fn check_subdivision_of_any<T>(
    r: &Record<T>,
    countries: &[Spanned<String>],
    sub: &Spanned<String>,
    out: &mut Vec<Diagnostic>,
) {
    let owner = countries
        .iter()
        .find(|c| sub.value.starts_with(&format!("{}-", c.value)));
    match owner {
        Some(country) => check_subdivision(r, country, Some(sub), out),
        None => out.push(
            at(
                r,
                sub,
                format!(
                    "`{}` is not a subdivision of the label's countries",
                    sub.value
                ),
            )
            .with_help("list the country in `countries` too, e.g. `countries: [GB], subdivisions: [GB-SCT]`"),
        ),
    }
}

/// A country code (`GB`) or a subdivision code (`GB-ENG`) of a known country.
fn check_place<T>(site: &Site, r: &Record<T>, place: &Spanned<String>, out: &mut Vec<Diagnostic>) {
    match place.value.split_once('-') {
        Some((country, _)) if site.vocab.country(country).is_some() => {
            let country = Spanned {
                value: country.to_string(),
                referenced: place.referenced,
                defined: place.defined,
            };
            check_subdivision(r, &country, Some(place), out);
        }
        _ => check_country(site, r, place, out),
    }
}

/// A `YYYY-MM-DD` field must be a date.
pub fn check_date<T>(r: &Record<T>, date: &Spanned<String>, out: &mut Vec<Diagnostic>) {
    if !is_date(&date.value) {
        out.push(
            at(r, date, format!("`{}` is not a date", date.value))
                .with_help("write dates as YYYY-MM-DD, e.g. 2024-05-01"),
        );
    }
}

/// True for a plausible `YYYY-MM-DD` date.
pub fn is_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return false;
    };
    let num = |p: &str, len: usize| {
        (p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse::<u32>().ok())
            .flatten()
    };
    let (Some(y), Some(m), Some(d)) = (num(y, 4), num(m, 2), num(d, 2)) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

#[cfg(test)]
mod tests {
    use super::is_date;

    #[test]
    fn dates_are_checked() {
        assert!(is_date("2024-05-01"));
        assert!(!is_date("2024-13-01"));
        assert!(!is_date("01/05/2024"));
        assert!(!is_date("2024-5-1"));
        assert!(!is_date("2023-02-29"));
        assert!(is_date("2024-02-29"));
        assert!(!is_date("2024-04-31"));
    }
}
