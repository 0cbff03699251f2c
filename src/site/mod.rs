//! MODEL: the whole hub as typed records plus lookup indexes, validated across records.

pub mod coverage;
pub mod history;
pub mod provenance;
pub mod validate;

use crate::config::Config;
use crate::content::{
    CaseStudy, Champion, Collections, Evidence, Page, Record, Term, Vocabularies,
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
    /// Glossary terms, sorted by label.
    pub terms: Vec<Record<Term>>,
    /// Case studies, sorted by id.
    pub case_studies: Vec<Record<CaseStudy>>,
    /// Evidence summaries, sorted by id.
    pub evidence: Vec<Record<Evidence>>,
    /// Champions, sorted by name.
    pub champions: Vec<Record<Champion>>,
    /// Free pages, sorted by id.
    pub pages: Vec<Record<Page>>,
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
        collections: Collections,
        drafts: bool,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Site {
        let keep = |draft: bool| drafts || !draft;
        let Collections {
            mut terms,
            mut case_studies,
            mut evidence,
            mut champions,
            mut pages,
            releases,
        } = collections;
        terms.retain(|r| keep(r.meta.draft));
        case_studies.retain(|r| keep(r.meta.draft));
        evidence.retain(|r| keep(r.meta.draft));
        champions.retain(|r| keep(r.meta.draft));
        pages.retain(|r| keep(r.meta.draft));
        sort_terms(&mut terms);
        case_studies.sort_by(|a, b| a.id.cmp(&b.id));
        evidence.sort_by(|a, b| a.id.cmp(&b.id));
        champions.sort_by(|a, b| a.meta.name.cmp(&b.meta.name).then(a.id.cmp(&b.id)));
        pages.sort_by(|a, b| a.id.cmp(&b.id));

        let term_index = index_terms(&terms);
        let evidence_index = evidence
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id.clone(), i))
            .collect();
        let mut site = Site {
            config,
            vocab,
            terms,
            case_studies,
            evidence,
            champions,
            pages,
            releases,
            term_index,
            evidence_index,
            relations: HashMap::new(),
            citing: HashMap::new(),
        };
        site.relations = site.derive_relations();
        validate::validate(&site, diagnostics);
        for (i, cs) in site.case_studies.iter().enumerate() {
            for e in &cs.meta.evidence {
                site.citing.entry(e.value.clone()).or_default().push(i);
            }
        }
        site
    }

    /// Puts an edited term in place of the term with the same id and re-derives what depends
    /// on terms (order by label, index, relations). Returns the previous version, or `None`
    /// (changing nothing) when there is no term with that id. Unlike [`Site::new`] this does
    /// not validate: the live preview uses it to show an edit at once, and a full build
    /// follows.
    pub fn replace_term(&mut self, record: Record<Term>) -> Option<Record<Term>> {
        let at = *self.term_index.get(&record.id)?;
        let previous = std::mem::replace(&mut self.terms[at], record);
        sort_terms(&mut self.terms);
        self.term_index = index_terms(&self.terms);
        self.relations = self.derive_relations();
        Some(previous)
    }

    /// The position of the term with id `id` in [`Site::terms`] (glossary order).
    pub fn term_position(&self, id: &str) -> Option<usize> {
        self.term_index.get(id).copied()
    }

    /// The term with id `id`.
    pub fn term(&self, id: &str) -> Option<&Record<Term>> {
        self.term_index.get(id).map(|&i| &self.terms[i])
    }

    /// The evidence summary with id `id`.
    pub fn evidence_by_id(&self, id: &str) -> Option<&Record<Evidence>> {
        self.evidence_index.get(id).map(|&i| &self.evidence[i])
    }

    /// The case studies that cite the evidence summary `id`.
    pub fn case_studies_citing(&self, id: &str) -> impl Iterator<Item = &Record<CaseStudy>> {
        self.citing
            .get(id)
            .into_iter()
            .flatten()
            .map(|&i| &self.case_studies[i])
    }

    /// Broader, narrower and related terms of `id`, with reverse links added.
    pub fn relations(&self, id: &str) -> Relations {
        self.relations.get(id).cloned().unwrap_or_default()
    }

    fn derive_relations<'a>(&'a self) -> HashMap<String, Relations> {
        let mut map: BTreeMap<String, Relations> = self
            .terms
            .iter()
            .map(|t| (t.id.clone(), Relations::default()))
            .collect();
        let known = |id: &str| self.term_index.contains_key(id);
        // Every broader/narrower statement is one (narrower, broader) edge, whichever side
        // wrote it; related links go both ways.
        let mut hierarchy: Vec<(&str, &str)> = Vec::new();
        let mut related: Vec<(&str, &str)> = Vec::new();
        for t in &self.terms {
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
fn sort_terms(terms: &mut [Record<Term>]) {
    terms.sort_by(|a, b| {
        a.meta
            .term
            .value
            .to_lowercase()
            .cmp(&b.meta.term.value.to_lowercase())
            .then(a.id.cmp(&b.id))
    });
}

fn index_terms(terms: &[Record<Term>]) -> HashMap<String, usize> {
    terms
        .iter()
        .enumerate()
        .map(|(i, r)| (r.id.clone(), i))
        .collect()
}
