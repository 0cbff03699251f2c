//! MODEL: the whole hub as typed records plus lookup indexes, validated across records.

pub mod coverage;
pub mod history;
pub mod provenance;
pub mod validate;

use crate::config::Config;
use crate::content::{
    CaseStudy, Champion, Evidence, FrontMatter, Page, Record, Store, Term, Vocabularies,
};
use crate::diagnostics::Diagnostic;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Everything a build knows about the hub after loading and validation.
#[derive(Debug)]
pub struct Site {
    /// `hub.yaml`.
    pub config: Config,
    /// `data/` vocabularies.
    pub vocab: Vocabularies,
    /// Every collection's records, each list in its collection's order.
    records: Store,
    /// Released versions of the glossary, oldest first.
    pub releases: Vec<crate::content::releases::Release>,
    /// Term index by id.
    term_index: HashMap<String, usize>,
    /// Evidence index by id.
    evidence_index: HashMap<String, usize>,
    /// Term relations with the reverse directions added: id → (broader, narrower, related).
    relations: HashMap<String, Relations>,
    /// Case studies (indexes) that cite each evidence summary, by evidence id.
    citing: HashMap<String, Vec<usize>>,
    /// The records' translation files (`<id>.<lang>.md`), sorted by collection and id (see
    /// [`Site::set_translations`]), for the exports; the pages in other languages come from
    /// [`Site::localized`].
    translations: Vec<crate::content::translation::TranslationFile>,
}

/// A glossary term's label and definition in another language, from a translation that
/// sources in that language attest.
#[derive(Debug, Clone, Copy)]
pub struct AttestedTerm<'a> {
    /// The language.
    pub lang: &'a str,
    /// The label, when the translation gives one.
    pub label: Option<&'a str>,
    /// The definition, when the translation gives one.
    pub definition: Option<&'a str>,
}

/// The broader, narrower and related terms of one term, in both directions.
#[derive(Debug, Default, Clone)]
pub struct Relations {
    /// Ids of broader terms.
    pub broader: BTreeSet<String>,
    /// Ids of narrower terms.
    pub narrower: BTreeSet<String>,
    /// Ids of related terms.
    pub related: BTreeSet<String>,
}

impl Site {
    /// Builds the model from loaded records, dropping drafts unless `drafts`, and validates
    /// every cross-record reference. Problems are pushed to `diagnostics`.
    pub fn new(
        config: Config,
        vocab: Vocabularies,
        mut records: Store,
        releases: Vec<crate::content::releases::Release>,
        drafts: bool,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Site {
        for c in crate::collections::REGISTRY {
            c.prepare(&mut records, drafts);
        }
        let site = Site::indexed(config, vocab, records, releases);
        validate::validate(&site, diagnostics);
        site
    }

    /// The site in `lang`: every record, with its translation (from `translations`) laid
    /// over it where it has one, in the collection's order for that language (terms sorted
    /// by their labels in it). Also which records exist in `lang`, and how each is
    /// translated. Checks are not run again: the default language's model had them.
    pub fn localized(
        &self,
        root: &std::path::Path,
        translations: &[crate::content::translation::TranslationFile],
        lang: &str,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> (Site, crate::collections::LanguageRecords) {
        let of_language: HashMap<(crate::content::Collection, &str), _> = translations
            .iter()
            .filter(|t| t.lang == lang)
            .map(|t| ((t.collection, t.id.as_str()), t))
            .collect();
        let mut records = Store::default();
        let mut shown = crate::collections::LanguageRecords::new();
        for c in crate::collections::REGISTRY {
            c.localize(
                root,
                self,
                &of_language,
                lang,
                &mut records,
                &mut shown,
                diagnostics,
            );
            c.prepare(&mut records, true);
        }
        let site = Site::indexed(self.config.clone(), self.vocab.clone(), records, Vec::new());
        (site, shown)
    }

    /// Keeps the records' translation files, sorted so that a record's are found at once.
    pub fn set_translations(
        &mut self,
        mut translations: Vec<crate::content::translation::TranslationFile>,
    ) {
        translations
            .sort_by(|a, b| (a.collection, &a.id, &a.lang).cmp(&(b.collection, &b.id, &b.lang)));
        self.translations = translations;
    }

    /// Every translation file of the site.
    pub fn translations(&self) -> &[crate::content::translation::TranslationFile] {
        &self.translations
    }

    /// The translation files of record `id` of `collection` (a binary search: the exports
    /// ask for every term's).
    fn translations_of(
        &self,
        collection: crate::content::Collection,
        id: &str,
    ) -> &[crate::content::translation::TranslationFile] {
        let start = self
            .translations
            .partition_point(|t| (t.collection, t.id.as_str()) < (collection, id));
        let end = self
            .translations
            .partition_point(|t| (t.collection, t.id.as_str()) <= (collection, id));
        &self.translations[start..end]
    }

    /// The translations of the glossary term `id` that are attested by sources in their
    /// language (proposed ones stay on the site), in the site's languages.
    pub fn attested_translations(&self, id: &str) -> Vec<AttestedTerm<'_>> {
        self.translations_of(crate::content::Collection::GLOSSARY, id)
            .iter()
            .filter(|t| !t.is_proposed() && self.config.languages.contains(&t.lang))
            .map(|t| {
                let field = |name: &str| {
                    t.fields
                        .iter()
                        .find(|f| f.0 == name)
                        .and_then(|f| f.1.as_str())
                        .map(str::trim)
                };
                AttestedTerm {
                    lang: &t.lang,
                    label: field("term"),
                    definition: field("definition"),
                }
            })
            .collect()
    }

    /// A site of prepared `records`, with its indexes built (not validated).
    fn indexed(
        config: Config,
        vocab: Vocabularies,
        records: Store,
        releases: Vec<crate::content::releases::Release>,
    ) -> Site {
        let mut site = Site {
            config,
            vocab,
            records,
            releases,
            term_index: HashMap::new(),
            evidence_index: HashMap::new(),
            relations: HashMap::new(),
            citing: HashMap::new(),
            translations: Vec::new(),
        };
        site.index();
        site
    }

    /// The indexes by id, the relations in both directions and the citing case studies.
    fn index(&mut self) {
        self.term_index = index_by_id(self.terms());
        self.evidence_index = index_by_id(self.evidence());
        self.relations = self.derive_relations();
        let mut citing: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, cs) in self.case_studies().iter().enumerate() {
            for e in &cs.meta.evidence {
                citing.entry(e.value.clone()).or_default().push(i);
            }
        }
        self.citing = citing;
    }

    /// The records whose front matter is `M`, in their collection's order.
    pub fn records<M: FrontMatter>(&self) -> &[Record<M>] {
        self.records.get::<M>()
    }

    /// The records whose front matter is `M`, to change in place (the live preview).
    pub fn records_mut<M: FrontMatter>(&mut self) -> &mut Vec<Record<M>> {
        self.records.get_mut::<M>()
    }

    /// Glossary terms, sorted by label.
    pub fn terms(&self) -> &[Record<Term>] {
        self.records()
    }

    /// Case studies, sorted by id.
    pub fn case_studies(&self) -> &[Record<CaseStudy>] {
        self.records()
    }

    /// Evidence summaries, sorted by id.
    pub fn evidence(&self) -> &[Record<Evidence>] {
        self.records()
    }

    /// Champions, sorted by name.
    pub fn champions(&self) -> &[Record<Champion>] {
        self.records()
    }

    /// Free pages, sorted by id.
    pub fn pages(&self) -> &[Record<Page>] {
        self.records()
    }

    /// Puts an edited term in place of the term with the same id and re-derives what depends
    /// on terms (order by label, index, relations). Returns the previous version, or `None`
    /// (changing nothing) when there is no term with that id. Unlike [`Site::new`] this does
    /// not validate: the live preview uses it to show an edit at once, and a full build
    /// follows.
    pub fn replace_term(&mut self, record: Record<Term>) -> Option<Record<Term>> {
        let at = *self.term_index.get(&record.id)?;
        let terms = self.records.get_mut::<Term>();
        let previous = std::mem::replace(&mut terms[at], record);
        sort_terms(terms);
        self.term_index = index_by_id(self.terms());
        self.relations = self.derive_relations();
        Some(previous)
    }

    /// The position of the term with id `id` in [`Site::terms`] (glossary order).
    pub fn term_position(&self, id: &str) -> Option<usize> {
        self.term_index.get(id).copied()
    }

    /// The term with id `id`.
    pub fn term(&self, id: &str) -> Option<&Record<Term>> {
        self.term_index.get(id).map(|&i| &self.terms()[i])
    }

    /// The evidence summary with id `id`.
    pub fn evidence_by_id(&self, id: &str) -> Option<&Record<Evidence>> {
        self.evidence_index.get(id).map(|&i| &self.evidence()[i])
    }

    /// The case studies that cite the evidence summary `id`.
    pub fn case_studies_citing(&self, id: &str) -> impl Iterator<Item = &Record<CaseStudy>> {
        self.citing
            .get(id)
            .into_iter()
            .flatten()
            .map(|&i| &self.case_studies()[i])
    }

    /// Broader, narrower and related terms of `id`, with reverse links added.
    pub fn relations(&self, id: &str) -> Relations {
        self.relations.get(id).cloned().unwrap_or_default()
    }

    fn derive_relations<'a>(&'a self) -> HashMap<String, Relations> {
        let mut map: BTreeMap<String, Relations> = self
            .terms()
            .iter()
            .map(|t| (t.id.clone(), Relations::default()))
            .collect();
        let known = |id: &str| self.term_index.contains_key(id);
        // Every broader/narrower statement is one (narrower, broader) edge, whichever side
        // wrote it; related links go both ways.
        let mut hierarchy: Vec<(&str, &str)> = Vec::new();
        let mut related: Vec<(&str, &str)> = Vec::new();
        for t in self.terms() {
            let id = t.id.as_str();
            let keep = |x: &&str| known(x) && *x != id;
            let values =
                |list: &'a [crate::content::Spanned<String>]| list.iter().map(|x| x.value.as_str());
            hierarchy.extend(values(&t.meta.broader).filter(keep).map(|b| (id, b)));
            hierarchy.extend(values(&t.meta.narrower).filter(keep).map(|n| (n, id)));
            related.extend(values(&t.meta.related).filter(keep).map(|r| (id, r)));
        }
        for (narrow, broad) in hierarchy {
            map.get_mut(narrow)
                .expect("known term")
                .broader
                .insert(broad.to_string());
            map.get_mut(broad)
                .expect("known term")
                .narrower
                .insert(narrow.to_string());
        }
        for (a, b) in related {
            map.get_mut(a)
                .expect("known term")
                .related
                .insert(b.to_string());
            map.get_mut(b)
                .expect("known term")
                .related
                .insert(a.to_string());
        }
        map.into_iter().collect()
    }
}

/// Terms in glossary order: by label without regard to case, then by id.
pub(crate) fn sort_terms(terms: &mut [Record<Term>]) {
    terms.sort_by(|a, b| {
        a.meta
            .term
            .value
            .to_lowercase()
            .cmp(&b.meta.term.value.to_lowercase())
            .then(a.id.cmp(&b.id))
    });
}

fn index_by_id<T>(records: &[Record<T>]) -> HashMap<String, usize> {
    records
        .iter()
        .enumerate()
        .map(|(i, r)| (r.id.clone(), i))
        .collect()
}
