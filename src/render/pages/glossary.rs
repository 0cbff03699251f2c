//! The glossary's pages: the A–Z index, the index per language, and each term's page with
//! the pages that mention it.

use super::*;

/// Pages per collection that a term's "Mentioned in" list shows; longer lists continue on
/// the term's mentions pages.
const MENTIONS_SHOWN: usize = 3;

impl PageContext<'_> {
    pub(crate) fn glossary(&self, jobs: &mut Vec<Job>) {
        let s = self.site;
        let summaries: Vec<_> = s
            .terms()
            .iter()
            .map(|t| self.resolver.term_summary(t))
            .collect();
        let languages = self.glossary_languages(jobs);
        self.mention_pages(jobs);
        let spec = PageSpec {
            path: "/glossary/",
            template: "glossary.html",
            title: &self.t("glossary-title"),
            description: &self.t("glossary-description"),
            crumbs: self.crumbs(&[(&self.t("glossary-title"), "/glossary/")]),
            tips: Vec::new(),
        };
        // The A–Z jump links go to the page that holds each letter's first term.
        let per_page = s.config.paginate.max(1);
        let mut letter_pages: Vec<(String, String)> = Vec::new();
        for (i, t) in summaries.iter().enumerate() {
            if letter_pages.last().is_none_or(|(l, _)| *l != t.letter) {
                let page = super::super::paginate::page_path("/glossary/", i / per_page + 1);
                letter_pages.push((t.letter.clone(), self.url(&page)));
            }
        }
        jobs.extend(self.paged(spec, &summaries, |chunk, _| {
            let letters: Vec<Value> = runs_by(chunk, |t| t.letter.clone())
                .into_iter()
                .map(|(letter, terms)| context! { letter, terms => v(&terms) })
                .collect();
            context! { letters, all_letters => v(&letter_pages), count => summaries.len(), languages => languages.clone() }
        }));
    }

    /// One page per language with translations, listing terms by their label in that
    /// language; returns the languages (code, names, count) for the glossary index.
    pub(crate) fn glossary_languages(&self, jobs: &mut Vec<Job>) -> Vec<Value> {
        let s = self.site;
        let mut by_language: BTreeMap<&str, Vec<(String, views::TermSummary)>> = BTreeMap::new();
        for t in s.terms() {
            for (code, label) in &t.meta.translations {
                by_language.entry(code.as_str()).or_default().push((
                    label.value.label().to_string(),
                    self.resolver.term_summary(t),
                ));
            }
        }
        let mut languages = Vec::new();
        for (code, mut entries) in by_language {
            entries.sort_by(|a, b| {
                a.0.to_lowercase()
                    .cmp(&b.0.to_lowercase())
                    .then(a.1.id.cmp(&b.1.id))
            });
            let mut language = self.resolver.language(code);
            if !self.language.is_default {
                // The vocabulary's names are English: elsewhere a language goes by its own.
                language.name = language.native.clone();
            }
            let path = format!("/glossary/lang/{code}/");
            let named = [("language", Arg::Text(language.name.clone()))];
            let title =
                self.messages
                    .text_with(&self.language.code, "glossary-language-title", &named);
            let entries: Vec<Value> = entries
                .into_iter()
                .map(|(label, term)| context! { label, term => v(&term) })
                .collect();
            languages.push(context! { language => v(&language), url => self.url(&path), count => entries.len() });
            jobs.push(self.job(
                PageSpec {
                    path: &path,
                    template: "glossary_lang.html",
                    title: &title,
                    description: &self.messages.text_with(
                        &self.language.code,
                        "glossary-language-description",
                        &named,
                    ),
                    crumbs:
                        self.crumbs(&[(&self.t("glossary-title"), "/glossary/"), (&title, &path)]),
                    tips: Vec::new(),
                },
                context! { language => v(&language), entries },
            ));
        }
        languages
    }

    /// For each term index: the pages that mention it, grouped by collection in the
    /// registry's order. In a language other than the default, a record not translated into
    /// it counts with the mentions of its original (its page is the original's).
    pub(crate) fn backlinks(&self) -> HashMap<usize, Vec<MentionGroup>> {
        let registry = crate::collections::REGISTRY;
        // The original's term indices are the default language's; this language sorts its
        // terms by its own labels.
        let index_here: HashMap<&str, usize> = self.original.map_or_else(HashMap::new, |_| {
            self.linker
                .targets
                .iter()
                .enumerate()
                .map(|(i, t)| (t.id.as_str(), i))
                .collect()
        });
        // In another language, only the terms whose page exists in it list their mentions.
        let listed: Option<Vec<bool>> = self.shown.map(|shown| {
            self.site
                .terms()
                .iter()
                .map(|t| shown.contains_key(&(Collection::GLOSSARY, t.id.clone())))
                .collect()
        });
        let mut by_term: HashMap<usize, BTreeMap<usize, Vec<MentionView>>> = HashMap::new();
        for (order, c) in registry.iter().enumerate() {
            for r in c.texts(self.site) {
                let Some(mentions) = self.mentions_of(r.collection, r.id, &index_here) else {
                    continue;
                };
                for (term, count) in mentions {
                    if listed.as_ref().is_some_and(|listed| !listed[term]) {
                        continue;
                    }
                    by_term
                        .entry(term)
                        .or_default()
                        .entry(order)
                        .or_default()
                        .push(MentionView {
                            title: r.title.to_string(),
                            dir: r.collection.dir(),
                            id: r.id.to_string(),
                            title_field: c.title_field(),
                            url: self.url(&r.collection.path_of(r.id)),
                            count,
                        });
                }
            }
        }
        by_term
            .into_iter()
            .map(|(term, groups)| {
                let groups = groups
                    .into_iter()
                    .map(|(order, mut pages)| {
                        pages.sort_by(|a, b| a.title.cmp(&b.title));
                        MentionGroup {
                            collection: self.t(&format!(
                                "collection-{}",
                                registry[order].collection().dir()
                            )),
                            total: pages.len(),
                            pages,
                        }
                    })
                    .collect();
                (term, groups)
            })
            .collect()
    }

    /// The terms a record's body mentions (term index, times): from its body in this
    /// language, or else from its original's, with the original's term indices turned into
    /// this language's by `index_here` (term id → index). `None`: the record has no body
    /// here and there is no original.
    fn mentions_of(
        &self,
        collection: Collection,
        id: &str,
        index_here: &HashMap<&str, usize>,
    ) -> Option<Vec<(usize, usize)>> {
        if let Some(body) = self.body(collection, id) {
            return Some(body.mentions.iter().map(|(&t, &n)| (t, n)).collect());
        }
        let original = self.original?;
        let Some(body) = original.bodies.get(&(collection, id.to_string())) else {
            return Some(Vec::new());
        };
        Some(
            body.mentions
                .iter()
                .filter_map(|(&t, &n)| {
                    let term = original.linker.targets[t].id.as_str();
                    index_here.get(term).map(|&here| (here, n))
                })
                .collect(),
        )
    }

    /// For terms mentioned on more pages than a term page lists, the list of all of them,
    /// paginated, at `/glossary/<id>/mentions/`.
    pub(crate) fn mention_pages(&self, jobs: &mut Vec<Job>) {
        let backlinks = self.term_backlinks();
        for (i, t) in self.site.terms().iter().enumerate() {
            // (In another language, `backlinks` holds only the terms whose page exists in it.)
            let Some(groups) = backlinks.get(&i) else {
                continue;
            };
            if groups.iter().all(|g| g.pages.len() <= MENTIONS_SHOWN) {
                continue;
            }
            let all: Vec<(&str, &MentionView)> = groups
                .iter()
                .flat_map(|g| g.pages.iter().map(move |p| (g.collection.as_str(), p)))
                .collect();
            let label = &t.meta.term.value;
            let term_path = Collection::GLOSSARY.path_of(&t.id);
            let path = format!("{term_path}mentions/");
            let title = self.messages.text_with(
                &self.language.code,
                "mentions-title",
                &[("label", Arg::Text(label.clone()))],
            );
            let spec = PageSpec {
                path: &path,
                template: "mentions.html",
                title: &title,
                description: &title,
                crumbs: self.crumbs(&[
                    (&self.t("glossary-title"), "/glossary/"),
                    (label, &term_path),
                    (&self.t("mentions-crumb"), &path),
                ]),
                tips: Vec::new(),
            };
            let term = self.resolver.term_ref(&t.id);
            jobs.extend(self.paged(spec, &all, |chunk, _| {
                let groups: Vec<Value> = runs_by(chunk, |m| m.0)
                    .into_iter()
                    .map(|(collection, mentions)| {
                        let pages: Vec<&MentionView> = mentions.iter().map(|m| m.1).collect();
                        context! { collection, pages => v(&pages) }
                    })
                    .collect();
                context! { term => v(&term), groups, total => all.len() }
            }));
        }
    }

    pub(crate) fn term_job(&self, i: usize) -> Job {
        let t = &self.site.terms()[i];
        let backlinks = self.term_backlinks();
        let body = self.body(Collection::GLOSSARY, &t.id);
        let empty = RenderedBody::default();
        let view = self.resolver.term_view(
            t,
            body.unwrap_or(&empty),
            backlinks
                .get(&i)
                .map(|groups| {
                    groups
                        .iter()
                        .map(|g| MentionGroup {
                            collection: g.collection.clone(),
                            pages: g.pages.iter().take(MENTIONS_SHOWN).cloned().collect(),
                            total: g.total,
                        })
                        .collect()
                })
                .unwrap_or_default(),
        );
        let path = Collection::GLOSSARY.path_of(&t.id);
        self.job(
            PageSpec {
                path: &path,
                template: "term.html",
                title: &t.meta.term.value,
                description: t.meta.definition.trim(),
                crumbs: self.crumbs(&[
                    (&self.t("glossary-title"), "/glossary/"),
                    (&t.meta.term.value, &path),
                ]),
                tips: self.tips(body),
            },
            context! { term => v(&view) },
        )
    }
}
