//! View models: what templates see. Ids are resolved to names and URLs here, and private
//! fields (a champion's contact without consent) never reach a view.

use crate::content::case_study::{CaseKind, ProgrammeStatus};
use crate::content::evidence::{Direction, Outcome, Strength};
use crate::content::term::TermStatus;
use crate::content::{CaseStudy, Champion, Collection, Evidence, Link, Page, Record, Source, Term};
use crate::link::join_path;
use crate::link::markdown::RenderedBody;
use crate::site::Site;
use serde::Serialize;

/// Resolves ids to names and paths for views.
pub struct Resolver<'a> {
    /// The model.
    pub site: &'a Site,
    /// Site path prefix.
    pub base_path: &'a str,
    /// The language of the pages (country names are given in it where known).
    pub language: &'a str,
}

/// A link to any record: title and URL.
#[derive(Debug, Clone, Serialize)]
pub struct RecordRef {
    /// Record id.
    pub id: String,
    /// Display title.
    pub title: String,
    /// Site path, base path included.
    pub url: String,
}

/// A country with its name, region and page.
#[derive(Debug, Clone, Serialize)]
pub struct CountryRef {
    /// ISO code.
    pub code: String,
    /// Name.
    pub name: String,
    /// WHO region name.
    pub region: String,
    /// Country page.
    pub url: String,
}

/// A language with its names.
#[derive(Debug, Clone, Serialize)]
pub struct LanguageRef {
    /// BCP 47 code.
    pub code: String,
    /// English name.
    pub name: String,
    /// Name in the language.
    pub native: String,
}

impl<'a> Resolver<'a> {
    /// URL of a site path.
    pub fn url(&self, path: &str) -> String {
        join_path(self.base_path, path)
    }

    /// The country with `code` (unknown codes were rejected by validation).
    pub fn country(&self, code: &str) -> CountryRef {
        let c = self.site.vocab.country(code);
        let region = c.and_then(|c| self.site.vocab.region(&c.region));
        CountryRef {
            code: code.to_string(),
            name: c.map_or_else(
                || code.to_string(),
                |c| c.names.get(self.language).unwrap_or(&c.name).clone(),
            ),
            region: region.map_or_else(String::new, |r| r.name.clone()),
            url: self.url(&format!("/countries/{}/", code.to_lowercase())),
        }
    }

    /// The language with `code`.
    pub fn language(&self, code: &str) -> LanguageRef {
        let l = self.site.vocab.language(code);
        LanguageRef {
            code: code.to_string(),
            name: l.map_or_else(|| code.to_string(), |l| l.name.clone()),
            native: l.map_or_else(|| code.to_string(), |l| l.native.clone()),
        }
    }

    /// A link to the term `id`.
    pub fn term_ref(&self, id: &str) -> Option<RecordRef> {
        self.site.term(id).map(|t| RecordRef {
            id: t.id.clone(),
            title: t.meta.term.value.clone(),
            url: self.url(&Collection::GLOSSARY.path_of(&t.id)),
        })
    }

    fn entry_name(list: &[crate::content::data::Entry], id: &str) -> String {
        crate::content::data::find(list, id).map_or_else(|| id.to_string(), |e| e.name.clone())
    }
}

/// A term in lists (glossary index, related terms).
#[derive(Debug, Clone, Serialize)]
pub struct TermSummary {
    /// Id.
    pub id: String,
    /// Preferred label.
    pub label: String,
    /// Page URL.
    pub url: String,
    /// Short definition.
    pub definition: String,
    /// Abbreviations.
    pub abbreviations: Vec<String>,
    /// Status.
    pub status: TermStatus,
    /// Number of languages with a translation.
    pub languages: usize,
    /// First letter, uppercase, for the A–Z index.
    pub letter: String,
}

/// A label used in some countries.
#[derive(Debug, Clone, Serialize)]
pub struct RegionalView {
    /// The label.
    pub label: String,
    /// Where it is used.
    pub countries: Vec<CountryRef>,
    /// Names of the subdivisions it is limited to (e.g. Scotland), empty for whole countries.
    pub subdivisions: Vec<String>,
    /// Language of the label (the site's language when not stated).
    pub language: LanguageRef,
}

/// A translation of a term's label.
#[derive(Debug, Clone, Serialize)]
pub struct TranslationView {
    /// Language.
    pub language: LanguageRef,
    /// Label in that language.
    pub label: String,
    /// True when no source attests the label yet.
    pub proposed: bool,
    /// The source that uses the label, for attested translations.
    pub source: Option<Source>,
}

/// A code for the term in another system.
#[derive(Debug, Clone, Serialize)]
pub struct MappingView {
    /// Name of the code system.
    pub system: String,
    /// The code.
    pub code: String,
    /// Its label in that system.
    pub label: String,
    /// exact, close, broad, narrow or related.
    pub relation: crate::content::term::MatchRelation,
    /// The code's page in the system's official browser.
    pub url: Option<String>,
    /// Where the code is published.
    pub source: Source,
}

/// Pages that mention a term, for one collection.
#[derive(Debug, Clone, Serialize)]
pub struct MentionGroup {
    /// Collection name.
    pub collection: String,
    /// Pages, with how many mentions each (on a term page, the first few only).
    pub pages: Vec<MentionView>,
    /// How many pages of the collection mention the term.
    pub total: usize,
}

/// One page that mentions a term.
#[derive(Debug, Clone, Serialize)]
pub struct MentionView {
    /// Page title.
    pub title: String,
    /// The record's collection folder (with `id` and `title_field`, what the templates'
    /// `in_original` needs to mark an untranslated title).
    pub dir: &'static str,
    /// The record's id.
    pub id: String,
    /// The field that holds its title (`None`: a person's name, in no language).
    pub title_field: Option<&'static str>,
    /// Page URL.
    pub url: String,
    /// Number of mentions.
    pub count: usize,
}

/// Everything a term page shows.
#[derive(Debug, Clone, Serialize)]
pub struct TermView {
    /// Summary fields.
    #[serde(flatten)]
    pub summary: TermSummary,
    /// The persistent IRI of the concept (independent of where the site is hosted).
    pub iri: String,
    /// Other labels.
    pub aliases: Vec<String>,
    /// Labels in particular countries.
    pub regional: Vec<RegionalView>,
    /// Labels in other languages.
    pub translations: Vec<TranslationView>,
    /// Codes in other systems.
    pub mappings: Vec<MappingView>,
    /// The releases that added and changed the term.
    pub history: crate::site::history::TermHistory,
    /// The source the definition is quoted from word for word; `None` when the definition
    /// is the hub's own gloss.
    pub quoted_from: Option<Source>,
    /// Name of the only place where the concept applies (e.g. England).
    pub jurisdiction: Option<String>,
    /// When the facts were last checked.
    pub reviewed: Option<String>,
    /// Broader terms.
    pub broader: Vec<RecordRef>,
    /// Narrower terms.
    pub narrower: Vec<RecordRef>,
    /// Related terms.
    pub related: Vec<RecordRef>,
    /// Replacement of a deprecated term.
    pub replaced_by: Option<RecordRef>,
    /// Sources.
    pub sources: Vec<Source>,
    /// Body HTML.
    pub body: String,
    /// Where the term is mentioned.
    pub mentioned_in: Vec<MentionGroup>,
    /// Total number of pages that mention it.
    pub mention_pages: usize,
    /// Every name of the term (label, abbreviations, aliases, regional labels, translations)
    /// for the search index, which ranks a page first when the query is one of its names.
    pub search_labels: Vec<String>,
}

impl Resolver<'_> {
    /// The summary of a term.
    pub fn term_summary(&self, r: &Record<Term>) -> TermSummary {
        let m = &r.meta;
        let label = m.term.value.clone();
        TermSummary {
            id: r.id.clone(),
            url: self.url(&Collection::GLOSSARY.path_of(&r.id)),
            definition: m.definition.trim().to_string(),
            abbreviations: m.abbreviations.iter().map(|a| a.value.clone()).collect(),
            status: m.status,
            languages: m.translations.len(),
            letter: label
                .chars()
                .next()
                .map(|c| c.to_uppercase().to_string())
                .unwrap_or_default(),
            label,
        }
    }

    /// The full view of a term.
    pub fn term_view(
        &self,
        r: &Record<Term>,
        body: &RenderedBody,
        mentioned_in: Vec<MentionGroup>,
    ) -> TermView {
        let m = &r.meta;
        let relations = self.site.relations(&r.id);
        let refs = |ids: &std::collections::BTreeSet<String>| -> Vec<RecordRef> {
            let mut v: Vec<RecordRef> = ids.iter().filter_map(|id| self.term_ref(id)).collect();
            v.sort_by_key(|t| t.title.to_lowercase());
            v
        };
        let mention_pages = mentioned_in.iter().map(|g| g.total).sum();
        let search_labels: Vec<String> = std::iter::once(&m.term.value)
            .chain(m.abbreviations.iter().map(|a| &a.value))
            .chain(m.aliases.iter().map(|a| &a.value))
            .chain(m.regional.iter().map(|l| &l.label))
            .map(String::clone)
            .chain(m.translations.values().map(|t| t.value.label().to_string()))
            .collect();
        TermView {
            search_labels,
            summary: self.term_summary(r),
            iri: self.site.config.concept_iri(&r.id),
            aliases: m.aliases.iter().map(|a| a.value.clone()).collect(),
            regional: m
                .regional
                .iter()
                .map(|g| RegionalView {
                    label: g.label.clone(),
                    countries: g.countries.iter().map(|c| self.country(&c.value)).collect(),
                    subdivisions: g
                        .subdivisions
                        .iter()
                        .map(|s| self.place_name(&s.value))
                        .collect(),
                    language: self.language(
                        g.language
                            .as_ref()
                            .map_or(self.site.config.language.as_str(), |l| l.value.as_str()),
                    ),
                })
                .collect(),
            translations: m
                .translations
                .iter()
                .map(|(code, t)| TranslationView {
                    language: self.language(code),
                    label: t.value.label().to_string(),
                    proposed: t.value.is_proposed(),
                    source: t.value.source().cloned(),
                })
                .collect(),
            history: crate::site::history::term_history(&self.site.releases, &r.id),
            mappings: m
                .mappings
                .iter()
                .map(|x| {
                    let system = self.site.vocab.code_system(&x.scheme.value);
                    MappingView {
                        system: system.map_or_else(|| x.scheme.value.clone(), |c| c.name.clone()),
                        code: x.code.clone(),
                        label: x.label.clone(),
                        relation: x.relation,
                        url: system.and_then(|c| c.browser_of(&x.code)),
                        source: x.source.clone(),
                    }
                })
                .collect(),
            quoted_from: m.quoted_from.clone(),
            jurisdiction: m.jurisdiction.as_ref().map(|j| self.place_name(&j.value)),
            reviewed: m.reviewed.as_ref().map(|d| d.value.clone()),
            broader: refs(&relations.broader),
            narrower: refs(&relations.narrower),
            related: refs(&relations.related),
            replaced_by: m
                .replaced_by
                .as_ref()
                .and_then(|id| self.term_ref(&id.value)),
            sources: m.sources.clone(),
            body: body.html.clone(),
            mentioned_in,
            mention_pages,
        }
    }
}

/// Everything a case study page shows.
#[derive(Debug, Clone, Serialize)]
pub struct CaseStudyView {
    /// Id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Page URL.
    pub url: String,
    /// Date added or reviewed.
    pub date: String,
    /// When the facts were last checked.
    pub reviewed: Option<String>,
    /// Social prescribing or a related approach.
    pub kind: CaseKind,
    /// Active, ended or planned.
    pub status: ProgrammeStatus,
    /// Country.
    pub country: CountryRef,
    /// ISO 3166-2 subdivision and its name where known.
    pub subdivision: Option<String>,
    /// Place.
    pub place: String,
    /// Setting name.
    pub setting: String,
    /// Model name.
    pub model: String,
    /// Who it serves.
    pub population: String,
    /// Year started.
    pub started: Option<u16>,
    /// Organisations.
    pub organisations: Vec<String>,
    /// Summary.
    pub summary: String,
    /// Outcome statements.
    pub outcomes: Vec<String>,
    /// Linked evidence.
    pub evidence: Vec<RecordRef>,
    /// Sources.
    pub sources: Vec<Source>,
    /// Body HTML.
    pub body: String,
}

pub use crate::content::data::subdivision_name;

impl Resolver<'_> {
    /// The name of a country or ISO 3166-2 subdivision code.
    pub fn place_name(&self, code: &str) -> String {
        self.site.vocab.place_name(code)
    }
}

impl Resolver<'_> {
    /// The view of a case study (`body` may be empty for lists).
    pub fn case_study(&self, r: &Record<CaseStudy>, body: &str) -> CaseStudyView {
        let m = &r.meta;
        CaseStudyView {
            id: r.id.clone(),
            title: m.title.clone(),
            url: self.url(&Collection::CASE_STUDIES.path_of(&r.id)),
            date: m.date.value.clone(),
            reviewed: m.reviewed.as_ref().map(|d| d.value.clone()),
            kind: m.kind,
            status: m.status,
            country: self.country(&m.country.value),
            subdivision: m.subdivision.as_ref().map(|s| {
                subdivision_name(&s.value).map_or_else(|| s.value.clone(), str::to_string)
            }),
            place: m.place.clone(),
            setting: Resolver::entry_name(&self.site.vocab.settings, &m.setting.value),
            model: Resolver::entry_name(&self.site.vocab.models, &m.model.value),
            population: m.population.clone(),
            started: m.started,
            organisations: m.organisations.clone(),
            summary: m.summary.trim().to_string(),
            outcomes: m.outcomes.clone(),
            evidence: m
                .evidence
                .iter()
                .filter_map(|e| self.site.evidence_by_id(&e.value))
                .map(|e| RecordRef {
                    id: e.id.clone(),
                    title: e.meta.title.clone(),
                    url: self.url(&Collection::EVIDENCE.path_of(&e.id)),
                })
                .collect(),
            sources: m.sources.clone(),
            body: body.to_string(),
        }
    }
}

/// An outcome with its figure formatted for display.
#[derive(Debug, Clone, Serialize)]
pub struct OutcomeView {
    /// What was measured.
    pub measure: String,
    /// The figure as text, e.g. "−17 %" or "5.3 → 7.5".
    pub figure: String,
    /// Which way it moved.
    pub direction: Direction,
    /// Comparison.
    pub comparison: Option<String>,
}

/// Everything an evidence page shows.
#[derive(Debug, Clone, Serialize)]
pub struct EvidenceView {
    /// Id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Page URL.
    pub url: String,
    /// Date added or reviewed.
    pub date: String,
    /// When the facts were last checked.
    pub reviewed: Option<String>,
    /// Year of publication, when the source gives one.
    pub year: Option<u16>,
    /// Countries studied.
    pub countries: Vec<CountryRef>,
    /// Place.
    pub place: Option<String>,
    /// Setting name.
    pub setting: Option<String>,
    /// Design id.
    pub design_id: String,
    /// Design name.
    pub design: String,
    /// Sample size.
    pub sample_size: Option<u64>,
    /// Sample description.
    pub sample: Option<String>,
    /// Strength.
    pub strength: Strength,
    /// Summary.
    pub summary: String,
    /// Figures.
    pub outcomes: Vec<OutcomeView>,
    /// Formatted citation (plain text).
    pub citation: String,
    /// Link to the publication (DOI preferred).
    pub citation_url: Option<String>,
    /// DOI.
    pub doi: Option<String>,
    /// Further sources.
    pub sources: Vec<Source>,
    /// Case studies that cite this evidence.
    pub case_studies: Vec<RecordRef>,
    /// Body HTML.
    pub body: String,
}

/// An outcome's figure (before → after, or the value) with its unit, its numbers written
/// as `language` writes them.
fn outcome_figure(o: &Outcome, language: &str) -> String {
    let unit = o.unit.as_deref().unwrap_or("");
    let with_unit = |v: f64| {
        let n = crate::i18n::numbers::format(language, v);
        match unit {
            "" => n,
            "%" => format!("{n}%"),
            u if u.starts_with('£') || u.starts_with('$') || u.starts_with('€') => {
                format!("{n} {u}")
            }
            u => format!("{n} {u}"),
        }
    };
    match (o.before, o.after, o.value) {
        (Some(b), Some(a), _) => format!("{} → {}", with_unit(b), with_unit(a)),
        (_, _, Some(v)) => {
            if v > 0.0 && unit == "%" {
                format!("+{}", with_unit(v))
            } else {
                with_unit(v)
            }
        }
        _ => String::new(),
    }
}

impl Resolver<'_> {
    /// The view of an evidence summary.
    pub fn evidence(&self, r: &Record<Evidence>, body: &str) -> EvidenceView {
        let m = &r.meta;
        let c = &m.citation;
        let year = c.year.map_or_else(|| "n.d.".to_string(), |y| y.to_string());
        let mut citation = format!("{} ({year}). {}.", c.authors, c.title.trim_end_matches('.'));
        if let Some(j) = c.journal.as_ref().or(c.publisher.as_ref()) {
            citation.push_str(&format!(" {j}."));
        }
        let doi_url = c.doi.as_ref().map(|d| format!("https://doi.org/{d}"));
        let case_studies = self
            .site
            .case_studies_citing(&r.id)
            .map(|cs| RecordRef {
                id: cs.id.clone(),
                title: cs.meta.title.clone(),
                url: self.url(&Collection::CASE_STUDIES.path_of(&cs.id)),
            })
            .collect();
        EvidenceView {
            id: r.id.clone(),
            title: m.title.clone(),
            url: self.url(&Collection::EVIDENCE.path_of(&r.id)),
            date: m.date.value.clone(),
            reviewed: m.reviewed.as_ref().map(|d| d.value.clone()),
            year: m.year,
            countries: m.countries.iter().map(|c| self.country(&c.value)).collect(),
            place: m.place.clone(),
            setting: m
                .setting
                .as_ref()
                .map(|s| Resolver::entry_name(&self.site.vocab.settings, &s.value)),
            design_id: m.design.value.clone(),
            design: Resolver::entry_name(&self.site.vocab.study_designs, &m.design.value),
            sample_size: m.sample_size,
            sample: m.sample.clone(),
            strength: m.strength,
            summary: m.summary.trim().to_string(),
            outcomes: m
                .outcomes
                .iter()
                .map(|o| OutcomeView {
                    measure: o.measure.clone(),
                    figure: outcome_figure(o, self.language),
                    direction: o.direction,
                    comparison: o.comparison.clone(),
                })
                .collect(),
            citation,
            citation_url: doi_url
                .clone()
                .or_else(|| c.url.as_ref().map(|u| u.value.clone())),
            doi: c.doi.clone(),
            sources: m.sources.clone(),
            case_studies,
            body: body.to_string(),
        }
    }
}

/// Everything a champion page shows. The email is present only with consent.
#[derive(Debug, Clone, Serialize)]
pub struct ChampionView {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Page URL.
    pub url: String,
    /// Illustrative profile.
    pub example: bool,
    /// Profession id.
    pub profession_id: String,
    /// Profession name.
    pub profession: String,
    /// Setting name.
    pub setting: String,
    /// Organisation.
    pub organisation: Option<String>,
    /// Region.
    pub region: Option<String>,
    /// Country.
    pub country: CountryRef,
    /// Subdivision name.
    pub subdivision: Option<String>,
    /// Interests.
    pub interests: Vec<String>,
    /// Activities.
    pub activities: Vec<String>,
    /// Year joined.
    pub cohort: Option<u16>,
    /// Languages.
    pub languages: Vec<LanguageRef>,
    /// Email, only when the champion consented to publication.
    pub email: Option<String>,
    /// Without a public email: a `mailto:` link asking the editors to introduce the reader
    /// to this champion (when `hub.yaml` sets `editors_email`).
    pub introduce_url: Option<String>,
    /// When the profile was last checked.
    pub reviewed: Option<String>,
    /// Links.
    pub links: Vec<Link>,
    /// Body HTML.
    pub body: String,
}

impl Resolver<'_> {
    /// The public view of a champion.
    pub fn champion(&self, r: &Record<Champion>, body: &str) -> ChampionView {
        let m = &r.meta;
        let email = public_email(m);
        ChampionView {
            id: r.id.clone(),
            name: m.name.clone(),
            url: self.url(&Collection::CHAMPIONS.path_of(&r.id)),
            example: m.example,
            profession_id: m.profession.value.clone(),
            profession: Resolver::entry_name(&self.site.vocab.professions, &m.profession.value),
            setting: Resolver::entry_name(&self.site.vocab.settings, &m.setting.value),
            organisation: m.organisation.clone(),
            region: m.region.clone(),
            country: self.country(&m.country.value),
            subdivision: m.subdivision.as_ref().map(|s| {
                subdivision_name(&s.value).map_or_else(|| s.value.clone(), str::to_string)
            }),
            interests: m.interests.clone(),
            activities: m.activities.clone(),
            cohort: m.cohort,
            languages: m
                .languages
                .iter()
                .map(|l| self.language(&l.value))
                .collect(),
            introduce_url: match email {
                Some(_) => None,
                None => self
                    .site
                    .config
                    .editors_email
                    .as_deref()
                    .map(|editors| introduction_mailto(editors, &m.name, &r.id)),
            },
            email,
            reviewed: m.reviewed.as_ref().map(|d| d.value.clone()),
            links: m.links.clone(),
            body: body.to_string(),
        }
    }
}

/// The champion's email, only with consent to publication.
fn public_email(m: &Champion) -> Option<String> {
    m.contact
        .as_ref()
        .filter(|c| c.public)
        .and_then(|c| c.email.as_ref())
        .map(|e| e.value.clone())
}

/// A `mailto:` link to the editors asking for an introduction to the champion `name`.
pub fn introduction_mailto(editors: &str, name: &str, id: &str) -> String {
    use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};
    let subject = format!("Introduction to a champion: {name}");
    let body = format!(
        "Dear editors,\n\nPlease introduce me to {name} (champion profile: {id}).\n\nAbout me and why I would like to connect:\n"
    );
    format!(
        "mailto:{editors}?subject={}&body={}",
        utf8_percent_encode(&subject, NON_ALPHANUMERIC),
        utf8_percent_encode(&body, NON_ALPHANUMERIC)
    )
}

/// A free page.
#[derive(Debug, Clone, Serialize)]
pub struct PageView {
    /// Id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Page URL.
    pub url: String,
    /// Meta description.
    pub description: Option<String>,
    /// When the page's facts were last checked.
    pub reviewed: Option<String>,
    /// Body HTML.
    pub body: String,
    /// Table of contents: (level, id, text).
    pub toc: Vec<(u8, String, String)>,
}

impl Resolver<'_> {
    /// The view of a free page.
    pub fn page(&self, r: &Record<Page>, body: &RenderedBody) -> PageView {
        PageView {
            id: r.id.clone(),
            title: r.meta.title.clone(),
            url: self.url(&Collection::PAGES.path_of(&r.id)),
            description: r.meta.description.clone(),
            reviewed: r.meta.reviewed.as_ref().map(|d| d.value.clone()),
            body: body.html.clone(),
            toc: body.headings.clone(),
        }
    }
}
