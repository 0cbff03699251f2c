//! The glossary: one term per file, with its labels, relations, translations, mappings
//! and sources; pages A–Z and per language, and the vocabulary exports (SKOS, FHIR, CSV).

use super::{Kind, Preview, RecordLanguage};
use crate::content::{Collection, Record, Term};
use crate::diagnostics::Diagnostic;
use crate::output::OutputFile;
use crate::render::views::Resolver;
use crate::render::{Job, PageContext};
use crate::schema::{SchemaFacts, set_enum};
use crate::site::Site;
use serde_json::{Value, json};

/// `content/glossary/`.
pub(super) struct Glossary;

impl Kind for Glossary {
    type Meta = Term;
    const COLLECTION: Collection = Collection::GLOSSARY;
    const TITLE: &'static str = "Glossary";
    const KIND_NAME: &'static str = "glossary";
    const SCHEMA_NAME: &'static str = "glossary-term";
    const PROPOSE_TITLE: Option<&'static str> = Some("New term");
    const BODY_PROMPT: &'static str = "Explain how the term is used, where labels differ between countries, and how it relates to other terms.\n";
    const PREVIEW: Preview = Preview::Vocabulary;
    const TRANSLATABLE: &'static [&'static str] =
        &["term", "definition", "aliases", "abbreviations"];
    const TITLE_FIELD: Option<&'static str> = Some("term");

    /// Glossary order: by label without regard to case, then by id.
    fn sort(records: &mut [Record<Term>]) {
        crate::site::sort_terms(records);
    }

    fn validate(site: &Site, out: &mut Vec<Diagnostic>) {
        crate::site::validate::check_glossary(site, out);
    }

    fn refine_schema(schema: &mut Value, facts: &SchemaFacts<'_>) {
        for key in ["broader", "narrower", "related"] {
            set_enum(schema, &[key, "items"], facts.term_ids);
        }
        let countries = facts.countries();
        let languages = facts.languages();
        set_enum(
            schema,
            &["$defs", "RegionalLabel", "countries", "items"],
            &countries,
        );
        set_enum(schema, &["$defs", "RegionalLabel", "language"], &languages);
        if let Some(t) = crate::schema::prop(schema, &["translations"]) {
            t.insert("propertyNames".into(), json!({ "enum": languages }));
        }
    }

    fn index_pages(ctx: &PageContext<'_>, jobs: &mut Vec<Job>) {
        ctx.glossary(jobs);
    }

    /// A term whose `translations` has a label in `lang` is shown in it: under that label,
    /// with the definition in the default language until a translation file gives one.
    fn in_language(record: &mut Record<Term>, lang: &str) -> Option<RecordLanguage> {
        let translation = record.meta.translations.get(lang)?;
        let how = RecordLanguage {
            proposed: translation.value.is_proposed(),
            sources: translation.value.source().cloned().into_iter().collect(),
            fields: vec!["term".into()],
            body: false,
        };
        record.meta.term.value = translation.value.label().to_string();
        Some(how)
    }

    fn record_page(ctx: &PageContext<'_>, _record: &Record<Term>, position: usize) -> Job {
        ctx.term_job(position)
    }

    fn files(site: &Site, _resolver: &Resolver<'_>) -> Vec<OutputFile> {
        crate::render::exports::glossary_files(site)
    }
}
