//! The champion directory: people who promote social prescribing, published by consent.

use super::Kind;
use crate::content::{Champion, Collection, Record};
use crate::diagnostics::Diagnostic;
use crate::output::OutputFile;
use crate::render::exports::json_file;
use crate::render::views::Resolver;
use crate::render::{Job, PageContext};
use crate::schema::{SchemaFacts, set_enum};
use crate::site::Site;
use serde_json::{Value, json};

/// `content/champions/`.
pub(super) struct Champions;

impl Kind for Champions {
    type Meta = Champion;
    const COLLECTION: Collection = Collection::CHAMPIONS;
    const TITLE: &'static str = "Champions";
    const KIND_NAME: &'static str = "champion";
    const TRANSLATABLE: &'static [&'static str] = &["interests", "activities"];
    const TITLE_FIELD: Option<&'static str> = None;
    const PROPOSE_TITLE: Option<&'static str> = Some("Your name");
    const BODY_PROMPT: &'static str =
        "A short biography: what this champion does for social prescribing.\n";

    /// By name, then id.
    fn sort(records: &mut [Record<Champion>]) {
        records.sort_by(|a, b| a.meta.name.cmp(&b.meta.name).then(a.id.cmp(&b.id)));
    }

    fn validate(site: &Site, out: &mut Vec<Diagnostic>) {
        crate::site::validate::check_champions(site, out);
        for r in site.champions() {
            crate::site::provenance::check_contact(r, out);
        }
    }

    fn refine_schema(schema: &mut Value, facts: &SchemaFacts<'_>) {
        set_enum(
            schema,
            &["profession"],
            &SchemaFacts::ids(&facts.vocab.professions),
        );
        set_enum(
            schema,
            &["setting"],
            &SchemaFacts::ids(&facts.vocab.settings),
        );
        set_enum(schema, &["country"], &facts.countries());
        set_enum(schema, &["languages", "items"], &facts.languages());
    }

    fn index_pages(ctx: &PageContext<'_>, jobs: &mut Vec<Job>) {
        ctx.champions(jobs);
    }

    fn record_page(ctx: &PageContext<'_>, record: &Record<Champion>, _position: usize) -> Job {
        ctx.champion_job(record)
    }

    fn files(site: &Site, resolver: &Resolver<'_>) -> Vec<OutputFile> {
        let champions: Vec<_> = site
            .champions()
            .iter()
            .map(|r| resolver.champion(r, ""))
            .collect();
        vec![json_file(
            "api/champions.json",
            &json!({ "champions": champions }),
        )]
    }
}
