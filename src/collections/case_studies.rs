//! Case studies: social prescribing (and related approaches) in practice, by country and
//! WHO region, with the world map.

use super::{FeedEntry, Kind};
use crate::content::{CaseStudy, Collection, Record};
use crate::diagnostics::Diagnostic;
use crate::output::OutputFile;
use crate::render::exports::json_file;
use crate::render::views::Resolver;
use crate::render::{Job, PageContext};
use crate::schema::{SchemaFacts, set_date, set_enum};
use crate::site::Site;
use serde_json::{Value, json};

/// `content/case-studies/`.
pub(super) struct CaseStudies;

impl Kind for CaseStudies {
    type Meta = CaseStudy;
    const COLLECTION: Collection = Collection::CASE_STUDIES;
    const TITLE: &'static str = "Case studies";
    const KIND_NAME: &'static str = "case-study";
    const TRANSLATABLE: &'static [&'static str] = &[
        "title",
        "place",
        "population",
        "summary",
        "outcomes",
        "organisations",
    ];
    const PROPOSE_TITLE: Option<&'static str> = Some("New case study");
    const BODY_PROMPT: &'static str = "Tell the story: context, how it works, what was found, what others can learn. Cite every figure in `sources`.\n";

    fn validate(site: &Site, out: &mut Vec<Diagnostic>) {
        crate::site::validate::check_case_studies(site, out);
    }

    fn refine_schema(schema: &mut Value, facts: &SchemaFacts<'_>) {
        set_enum(schema, &["country"], &facts.countries());
        set_enum(
            schema,
            &["setting"],
            &SchemaFacts::ids(&facts.vocab.settings),
        );
        set_enum(schema, &["model"], &SchemaFacts::ids(&facts.vocab.models));
        set_enum(schema, &["evidence", "items"], facts.evidence_ids);
        set_date(schema, "date");
    }

    fn index_pages(ctx: &PageContext<'_>, jobs: &mut Vec<Job>) {
        ctx.case_studies(jobs);
    }

    fn record_page(ctx: &PageContext<'_>, record: &Record<CaseStudy>, _position: usize) -> Job {
        ctx.case_study_job(record)
    }

    fn files(site: &Site, resolver: &Resolver<'_>) -> Vec<OutputFile> {
        let studies: Vec<_> = site
            .case_studies()
            .iter()
            .map(|r| resolver.case_study(r, ""))
            .collect();
        vec![json_file(
            "api/case-studies.json",
            &json!({
                "coverage": crate::site::coverage::Coverage::of(site),
                "case_studies": studies,
            }),
        )]
    }

    fn feed_entries(site: &Site) -> Vec<FeedEntry> {
        site.case_studies()
            .iter()
            .map(|r| FeedEntry {
                id: r.id.clone(),
                date: r.meta.date.value.clone(),
                title: r.meta.title.clone(),
                path: Self::COLLECTION.path_of(&r.id),
                summary: r.meta.summary.trim().to_string(),
                kind: "Case study",
                collection: Self::COLLECTION,
            })
            .collect()
    }
}
