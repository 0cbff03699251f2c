//! The collections of the hub, each declared in one place.
//!
//! A collection (glossary, case studies, evidence, champions, pages, events) is one module
//! here implementing [`Kind`]: its folder, record type, sort order, validation, schema,
//! `hub new` template, index pages, record pages, exports, feed entries and live preview.
//! [`REGISTRY`] lists them; every stage of the pipeline loops over it and none of them names
//! a collection. Adding a collection is a module, its templates and one line in [`REGISTRY`]
//! (see "Adding a collection" in CONTENT.md).
//!
//! mdBook's `Preprocessor` and `Renderer` traits are the model: the trait is the seam,
//! and what a collection does stays in its own file.

mod case_studies;
mod champions;
pub mod events;

mod evidence;
mod glossary;
mod pages;

use crate::content::translation::TranslationFile;
use crate::content::{Collection, FrontMatter, Record, Store};
use crate::diagnostics::Diagnostic;
use crate::output::OutputFile;
use crate::render::views::Resolver;
use crate::render::{Job, PageContext};
use crate::schema::SchemaFacts;
use crate::site::Site;
use std::collections::HashMap;
use std::marker::PhantomData;
use std::path::Path;

/// Every collection of the hub, in the order the site shows them.
pub static REGISTRY: &[&dyn AnyCollection] = &[
    &Entry::<glossary::Glossary>::NEW,
    &Entry::<case_studies::CaseStudies>::NEW,
    &Entry::<evidence::EvidenceSummaries>::NEW,
    &Entry::<champions::Champions>::NEW,
    &Entry::<events::Events>::NEW,
    &Entry::<pages::Pages>::NEW,
];

/// The collection whose `hub new` kind (e.g. `case-study`) or folder (e.g. `case-studies`)
/// is `name`.
pub fn by_name(name: &str) -> Option<&'static dyn AnyCollection> {
    REGISTRY
        .iter()
        .copied()
        .find(|c| c.kind_name() == name || c.collection().dir() == name)
}

/// The collection read from `collection`'s folder.
pub fn of(collection: Collection) -> Option<&'static dyn AnyCollection> {
    REGISTRY
        .iter()
        .copied()
        .find(|c| c.collection() == collection)
}

/// How the live preview shows an edited record before the full rebuild.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preview {
    /// Re-read the file and render its own page.
    OwnPage,
    /// A glossary term: every page that links the term can change.
    Vocabulary,
}

/// One entry of the Atom feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedEntry {
    /// The record's id.
    pub id: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// Title.
    pub title: String,
    /// Site path of the page.
    pub path: String,
    /// One-paragraph summary.
    pub summary: String,
    /// What the record is, for people ("Case study").
    pub kind: &'static str,
    /// Its collection (the interface names its kind in the page's language from it).
    pub collection: Collection,
}

/// What a collection declares, once. Only [`Kind::record_page`] has no default.
pub trait Kind: 'static {
    /// The type of a record's front matter.
    type Meta: FrontMatter;
    /// Folder and URL prefix.
    const COLLECTION: Collection;
    /// Human name of the collection ("Case studies").
    const TITLE: &'static str;
    /// Name of one record's kind for `hub new` and its schema file ("case-study").
    const KIND_NAME: &'static str;
    /// File name (without `.schema.json`) of the JSON Schema of the front matter.
    const SCHEMA_NAME: &'static str = Self::KIND_NAME;
    /// The title a "Propose a new …" link starts with; `None` offers no such link.
    const PROPOSE_TITLE: Option<&'static str> = None;
    /// What the body of a new record should say, written by `hub new`.
    const BODY_PROMPT: &'static str = "Write the page in Markdown.\n";
    /// How the live preview shows an edit.
    const PREVIEW: Preview = Preview::OwnPage;
    /// The front-matter fields a translation (`<id>.<lang>.md`) may set: the record's text.
    /// Ids, relations, places, dates and codes stay in the original.
    const TRANSLATABLE: &'static [&'static str] = &["title"];
    /// The front-matter field that holds the record's title, so that a list on a page in
    /// another language can mark an untranslated title as the original's; `None` where the
    /// title is a person's name, which is in no language.
    const TITLE_FIELD: Option<&'static str> = Some("title");

    /// Puts records in the order the site lists them (by id unless a collection says).
    fn sort(records: &mut [Record<Self::Meta>]) {
        records.sort_by(|a, b| a.id.cmp(&b.id));
    }
    /// Checks that concern this collection's records and their references; the checks all
    /// records share (URLs, sources, review date, emails, empty body) run for every one.
    fn validate(_site: &Site, _out: &mut Vec<Diagnostic>) {}
    /// Completes the JSON Schema with the hub's controlled values.
    fn refine_schema(_schema: &mut serde_json::Value, _facts: &SchemaFacts<'_>) {}
    /// The collection's index pages.
    fn index_pages(_ctx: &PageContext<'_>, _jobs: &mut Vec<Job>) {}
    /// The page of the record at `position` in the site's list.
    fn record_page(ctx: &PageContext<'_>, record: &Record<Self::Meta>, position: usize) -> Job;
    /// Files besides pages: JSON exports, calendars, vocabularies.
    fn files(_site: &Site, _resolver: &Resolver<'_>) -> Vec<OutputFile> {
        Vec::new()
    }
    /// Entries of the site's Atom feed.
    fn feed_entries(_site: &Site) -> Vec<FeedEntry> {
        Vec::new()
    }
    /// A record without a translation file that is still shown in `lang` (a glossary term
    /// with a translated label): changes it to the language's text and says how it is
    /// translated; `None` leaves it in the default language only.
    fn in_language(_record: &mut Record<Self::Meta>, _lang: &str) -> Option<RecordLanguage> {
        None
    }
}

/// How a record shown in another language is translated.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct RecordLanguage {
    /// No document attests the translation: the hub's proposal, awaiting review.
    pub proposed: bool,
    /// Documents in the language behind the translation.
    pub sources: Vec<crate::content::Source>,
    /// The translated front-matter fields (the others are the original's).
    pub fields: Vec<String>,
    /// The body is translated (otherwise the original's is shown, marked as such).
    pub body: bool,
}

/// The records of one language: which exist in it, and how each is translated.
pub type LanguageRecords = std::collections::HashMap<(Collection, String), RecordLanguage>;

/// A record's text for the link stage, whatever its collection.
#[derive(Debug, Clone, Copy)]
pub struct RecordText<'a> {
    /// The record's collection.
    pub collection: Collection,
    /// Position in the site's list of that collection.
    pub position: usize,
    /// Id.
    pub id: &'a str,
    /// Title (a term's label, a champion's name).
    pub title: &'a str,
    /// File, relative to the hub.
    pub file: &'a Path,
    /// Markdown body.
    pub body: &'a str,
    /// First line of the body in the file.
    pub body_line: usize,
    /// The record's own auto-linking setting.
    pub autolink: Option<crate::config::AutolinkMode>,
}

/// A [`Kind`] behind a pointer, so that the stages can loop over [`REGISTRY`]. Implemented
/// for every `Kind` by [`Entry`]; nothing else implements it.
pub trait AnyCollection: Sync {
    /// Folder and URL prefix.
    fn collection(&self) -> Collection;
    /// Human name.
    fn title(&self) -> &'static str;
    /// `hub new` kind.
    fn kind_name(&self) -> &'static str;
    /// Schema file name, e.g. `case-study.schema.json`.
    fn schema_file(&self) -> String;
    /// Title of a proposed new record, when the site offers "Propose a new …".
    fn propose_title(&self) -> Option<&'static str>;
    /// Body of a new record.
    fn body_prompt(&self) -> &'static str;
    /// How the live preview shows an edit.
    fn preview(&self) -> Preview;
    /// LOAD: reads the collection's folder into `store`.
    fn load(&self, root: &Path, store: &mut Store, diagnostics: &mut Vec<Diagnostic>);
    /// MODEL: drops drafts (unless `drafts`) and sorts.
    fn prepare(&self, store: &mut Store, drafts: bool);
    /// MODEL: the checks every record shares, then the collection's own.
    fn validate(&self, site: &Site, out: &mut Vec<Diagnostic>);
    /// Every record's text, for the link stage.
    fn texts<'a>(&self, site: &'a Site) -> Vec<RecordText<'a>>;
    /// The text of the record at `position` alone (the live preview's one-page render).
    fn text<'a>(&self, site: &'a Site, position: usize) -> Option<RecordText<'a>>;
    /// The position of record `id`.
    fn position(&self, site: &Site, id: &str) -> Option<usize>;
    /// Number of records.
    fn len(&self, site: &Site) -> usize;
    /// Whether the collection has no record.
    fn is_empty(&self, site: &Site) -> bool {
        self.len(site) == 0
    }
    /// The JSON Schema of the front matter.
    fn schema(&self, facts: &SchemaFacts<'_>) -> serde_json::Value;
    /// RENDER: index pages.
    fn index_pages(&self, ctx: &PageContext<'_>, jobs: &mut Vec<Job>);
    /// RENDER: the page of the record at `position`.
    fn record_page(&self, ctx: &PageContext<'_>, position: usize) -> Job;
    /// RENDER: files besides pages.
    fn files(&self, site: &Site, resolver: &Resolver<'_>) -> Vec<OutputFile>;
    /// RENDER: feed entries.
    fn feed_entries(&self, site: &Site) -> Vec<FeedEntry>;
    /// The front-matter fields a translation may set.
    fn translatable(&self) -> &'static [&'static str];
    /// The field that holds a record's title ([`Kind::TITLE_FIELD`]).
    fn title_field(&self) -> Option<&'static str>;
    /// LANGUAGES: this collection's records in `lang` into `store`, each translation laid
    /// over its original; the records that exist in `lang` go to `shown`.
    #[allow(clippy::too_many_arguments)]
    fn localize(
        &self,
        root: &Path,
        site: &Site,
        translations: &HashMap<(Collection, &str), &TranslationFile>,
        lang: &str,
        store: &mut Store,
        shown: &mut LanguageRecords,
        diagnostics: &mut Vec<Diagnostic>,
    );
    /// Live preview: re-reads record `id` from `file` into the model. False when there is
    /// no such record or the file does not parse (the full rebuild will report it).
    fn reload(&self, site: &mut Site, root: &Path, file: &Path, id: &str) -> bool;
}

/// The [`AnyCollection`] of a [`Kind`].
pub struct Entry<K>(PhantomData<fn() -> K>);

impl<K> Entry<K> {
    /// The entry (a constant, for [`REGISTRY`]).
    pub const NEW: Entry<K> = Entry(PhantomData);
}

impl<K: Kind> AnyCollection for Entry<K> {
    fn collection(&self) -> Collection {
        K::COLLECTION
    }
    fn title(&self) -> &'static str {
        K::TITLE
    }
    fn kind_name(&self) -> &'static str {
        K::KIND_NAME
    }
    fn schema_file(&self) -> String {
        format!("{}.schema.json", K::SCHEMA_NAME)
    }
    fn propose_title(&self) -> Option<&'static str> {
        K::PROPOSE_TITLE
    }
    fn body_prompt(&self) -> &'static str {
        K::BODY_PROMPT
    }
    fn preview(&self) -> Preview {
        K::PREVIEW
    }
    fn load(&self, root: &Path, store: &mut Store, diagnostics: &mut Vec<Diagnostic>) {
        let (records, problems) = crate::content::load_one::<K::Meta>(root, K::COLLECTION);
        diagnostics.extend(problems);
        store.insert(records);
    }
    fn prepare(&self, store: &mut Store, drafts: bool) {
        let records = store.get_mut::<K::Meta>();
        if !drafts {
            records.retain(|r| !r.meta.draft());
        }
        K::sort(records);
    }
    fn validate(&self, site: &Site, out: &mut Vec<Diagnostic>) {
        for r in site.records::<K::Meta>() {
            crate::site::validate::check_record(site, r, out);
        }
        K::validate(site, out);
    }
    fn texts<'a>(&self, site: &'a Site) -> Vec<RecordText<'a>> {
        site.records::<K::Meta>()
            .iter()
            .enumerate()
            .map(|(position, r)| record_text::<K>(position, r))
            .collect()
    }
    fn text<'a>(&self, site: &'a Site, position: usize) -> Option<RecordText<'a>> {
        let r = site.records::<K::Meta>().get(position)?;
        Some(record_text::<K>(position, r))
    }
    fn position(&self, site: &Site, id: &str) -> Option<usize> {
        site.records::<K::Meta>().iter().position(|r| r.id == id)
    }
    fn len(&self, site: &Site) -> usize {
        site.records::<K::Meta>().len()
    }
    fn schema(&self, facts: &SchemaFacts<'_>) -> serde_json::Value {
        let mut schema =
            serde_json::to_value(schemars::schema_for!(K::Meta)).expect("schemas serialize");
        K::refine_schema(&mut schema, facts);
        schema
    }
    fn index_pages(&self, ctx: &PageContext<'_>, jobs: &mut Vec<Job>) {
        K::index_pages(ctx, jobs);
    }
    fn record_page(&self, ctx: &PageContext<'_>, position: usize) -> Job {
        K::record_page(ctx, &ctx.site.records::<K::Meta>()[position], position)
    }
    fn files(&self, site: &Site, resolver: &Resolver<'_>) -> Vec<OutputFile> {
        K::files(site, resolver)
    }
    fn feed_entries(&self, site: &Site) -> Vec<FeedEntry> {
        K::feed_entries(site)
    }
    fn translatable(&self) -> &'static [&'static str] {
        K::TRANSLATABLE
    }
    fn title_field(&self) -> Option<&'static str> {
        K::TITLE_FIELD
    }
    fn localize(
        &self,
        root: &Path,
        site: &Site,
        translations: &HashMap<(Collection, &str), &TranslationFile>,
        lang: &str,
        store: &mut Store,
        shown: &mut LanguageRecords,
        diagnostics: &mut Vec<Diagnostic>,
    ) {
        let mut records = site.records::<K::Meta>().to_vec();
        for record in &mut records {
            let Some(&translation) = translations.get(&(K::COLLECTION, record.id.as_str())) else {
                if let Some(how) = K::in_language(record, lang) {
                    shown.insert((K::COLLECTION, record.id.clone()), how);
                }
                continue;
            };
            match lay_over::<K::Meta>(root, record, translation) {
                Ok(()) => {
                    shown.insert(
                        (K::COLLECTION, record.id.clone()),
                        RecordLanguage {
                            proposed: translation.is_proposed(),
                            sources: translation.sources.clone(),
                            fields: translation.fields.iter().map(|f| f.0.clone()).collect(),
                            body: !translation.body.trim().is_empty(),
                        },
                    );
                }
                Err(d) => diagnostics.push(d),
            }
        }
        store.insert(records);
    }
    fn reload(&self, site: &mut Site, root: &Path, file: &Path, id: &str) -> bool {
        let records = site.records_mut::<K::Meta>();
        let Some(slot) = records.iter_mut().find(|r| r.id == id) else {
            return false;
        };
        match crate::content::loader::load_record::<K::Meta>(root, file) {
            Ok(record) => {
                *slot = record;
                true
            }
            Err(_) => false,
        }
    }
}

/// `translation` laid over `record`: its fields over the original's front matter (read
/// again from the original's file) and its body, when it has one, in place of the original's.
fn lay_over<M: FrontMatter>(
    root: &Path,
    record: &mut Record<M>,
    translation: &TranslationFile,
) -> Result<(), Diagnostic> {
    let text = std::fs::read_to_string(root.join(&record.file))
        .map_err(|e| Diagnostic::error(&record.file, 0, 0, format!("cannot read the file: {e}")))?;
    let split = crate::content::front_matter::split(&text)
        .map_err(|e| Diagnostic::error(&record.file, 1, 1, e.to_string()))?;
    record.meta = translation.overlay::<M>(split.yaml)?;
    if !translation.body.trim().is_empty() {
        record.body = translation.body.clone();
        record.body_line = translation.body_line;
        record.file = translation.file.clone();
    }
    Ok(())
}

/// The text of record `r` of collection `K`, at `position` in its list.
fn record_text<K: Kind>(position: usize, r: &Record<K::Meta>) -> RecordText<'_> {
    RecordText {
        collection: K::COLLECTION,
        position,
        id: &r.id,
        title: r.meta.title(),
        file: &r.file,
        body: &r.body,
        body_line: r.body_line,
        autolink: r.meta.autolink(),
    }
}

/// LOAD: every collection's records, read in parallel.
pub fn load_all(root: &Path, diagnostics: &mut Vec<Diagnostic>) -> Store {
    use rayon::prelude::*;
    let loaded: Vec<(Store, Vec<Diagnostic>)> = REGISTRY
        .par_iter()
        .map(|c| {
            let (mut store, mut problems) = (Store::default(), Vec::new());
            c.load(root, &mut store, &mut problems);
            (store, problems)
        })
        .collect();
    let mut all = Store::default();
    for (store, problems) in loaded {
        all.merge(store);
        diagnostics.extend(problems);
    }
    all
}

/// LOAD: every collection's translation files (`<id>.<lang>.md`).
pub fn load_translations(root: &Path, diagnostics: &mut Vec<Diagnostic>) -> Vec<TranslationFile> {
    let mut all = Vec::new();
    for c in REGISTRY {
        let (files, problems) =
            crate::content::translation::load_translations(root, c.collection());
        all.extend(files);
        diagnostics.extend(problems);
    }
    all
}

/// MODEL: each translation is of a record that exists, in a language of the site, and
/// sets only fields its collection lets translations set.
pub fn check_translations(
    site: &Site,
    translations: &[TranslationFile],
    diagnostics: &mut Vec<Diagnostic>,
) {
    if translations.is_empty() {
        return;
    }
    let languages = &site.config.languages;
    // Every record once, rather than a search of its collection per translation.
    let records: std::collections::HashSet<(Collection, &str)> = REGISTRY
        .iter()
        .flat_map(|c| c.texts(site))
        .map(|t| (t.collection, t.id))
        .collect();
    for t in translations {
        let Some(kind) = of(t.collection) else {
            continue;
        };
        if !languages.contains(&t.lang) {
            let help = if languages.is_empty() {
                format!("add `languages: [{}]` to hub.yaml to publish it", t.lang)
            } else {
                format!(
                    "add `{}` to `languages` in hub.yaml (now {}), or rename the file",
                    t.lang,
                    languages.join(", ")
                )
            };
            diagnostics.push(
                Diagnostic::warning(
                    &t.file,
                    1,
                    1,
                    format!(
                        "`{}` is not a language of the site: this translation is not published",
                        t.lang
                    ),
                )
                .with_help(help),
            );
        }
        if !records.contains(&(t.collection, t.id.as_str())) {
            diagnostics.push(
                Diagnostic::error(
                    &t.file,
                    1,
                    1,
                    format!(
                        "this translates `{}`, but content/{}/{}.md does not exist",
                        t.id,
                        t.collection.dir(),
                        t.id
                    ),
                )
                .with_help("a translation is named after its original: `<id>.<language>.md`"),
            );
        }
        t.check_fields(kind.translatable(), diagnostics);
    }
}
