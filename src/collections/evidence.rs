//! Evidence summaries: structured findings, strength of evidence and citations.

use super::{FeedEntry, Kind};
use crate::content::{Collection, Evidence, Record};
use crate::diagnostics::Diagnostic;
use crate::output::OutputFile;
use crate::render::exports::json_file;
use crate::render::views::Resolver;
use crate::render::{Job, PageContext};
use crate::schema::{SchemaFacts, set_date, set_enum};
use crate::site::Site;
use serde_json::{Value, json};

/// `content/evidence/`.
pub(super) struct EvidenceSummaries;

impl Kind for EvidenceSummaries {
    type Meta = Evidence;
    const COLLECTION: Collection = Collection::EVIDENCE;
    const TITLE: &'static str = "Evidence";
    const KIND_NAME: &'static str = "evidence";
    const TRANSLATABLE: &'static [&'static str] = &["title", "place", "sample", "summary"];
    const PROPOSE_TITLE: Option<&'static str> = Some("New evidence summary");
    const BODY_PROMPT: &'static str =
        "What was done, what was found, its limits, and what it means for practice.\n";

    fn validate(site: &Site, out: &mut Vec<Diagnostic>) {
        crate::site::validate::check_evidence(site, out);
    }

    fn refine_schema(schema: &mut Value, facts: &SchemaFacts<'_>) {
        set_enum(schema, &["countries", "items"], &facts.countries());
        set_enum(
            schema,
            &["setting"],
            &SchemaFacts::ids(&facts.vocab.settings),
        );
        set_enum(
            schema,
            &["design"],
            &SchemaFacts::ids(&facts.vocab.study_designs),
        );
        set_date(schema, "date");
    }

    fn index_pages(ctx: &PageContext<'_>, jobs: &mut Vec<Job>) {
        ctx.evidence(jobs);
    }

    fn record_page(ctx: &PageContext<'_>, record: &Record<Evidence>, _position: usize) -> Job {
        ctx.evidence_job(record)
    }

    fn files(site: &Site, resolver: &Resolver<'_>) -> Vec<OutputFile> {
        let evidence: Vec<_> = site
            .evidence()
            .iter()
            .map(|r| resolver.evidence(r, ""))
            .collect();
        vec![json_file(
            "api/evidence.json",
            &json!({ "evidence": evidence }),
        )]
    }

    fn feed_entries(site: &Site) -> Vec<FeedEntry> {
        site.evidence()
            .iter()
            .map(|r| FeedEntry {
                id: r.id.clone(),
                date: r.meta.date.value.clone(),
                title: r.meta.title.clone(),
                path: Self::COLLECTION.path_of(&r.id),
                summary: r.meta.summary.trim().to_string(),
                kind: "Evidence",
                collection: Self::COLLECTION,
            })
            .collect()
    }
}
