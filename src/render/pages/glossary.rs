//! The glossary's pages: the A–Z index, the index per language, and each term's page with
//! the pages that mention it.

use super::*;

impl PageContext<'_> {
    pub(in crate::render) fn glossary(&self, jobs: &mut Vec<Job>) {
        let s = self.site;
        let summaries: Vec<_> = s
            .terms
            .iter()
            .map(|t| self.resolver.term_summary(t))
            .collect();
        let mut letters: BTreeMap<String, Vec<_>> = BTreeMap::new();
        for t in &summaries {
            letters.entry(t.letter.clone()).or_default().push(t.clone());
        }
        let letters: Vec<Value> = letters
            .into_iter()
            .map(|(letter, terms)| context! { letter, terms => v(&terms) })
            .collect();
        let languages = self.glossary_languages(jobs);
        jobs.push(self.job(
            PageSpec {
                path: "/glossary/",
                template: "glossary.html",
                title: "Glossary",
                description: "A shared vocabulary of social prescribing: definitions, synonyms used in different countries, translations and sources.",
                crumbs: self.crumbs(&[("Glossary", "/glossary/")]),
                tips: Vec::new(),
            },
            context! { letters, count => summaries.len(), languages },
        ));
    }

    /// One page per language with translations, listing terms by their label in that
    /// language; returns the languages (code, names, count) for the glossary index.
    pub(in crate::render) fn glossary_languages(&self, jobs: &mut Vec<Job>) -> Vec<Value> {
        let s = self.site;
        let mut by_language: BTreeMap<&str, Vec<(String, views::TermSummary)>> = BTreeMap::new();
        for t in &s.terms {
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
            let language = self.resolver.language(code);
            let path = format!("/glossary/lang/{code}/");
            let title = format!("Glossary in {}", language.name);
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
                    description: &format!("Social prescribing terms by their {} labels, with the English term beside each.", language.name),
                    crumbs: self.crumbs(&[("Glossary", "/glossary/"), (&title, &path)]),
                    tips: Vec::new(),
                },
                context! { language => v(&language), entries },
            ));
        }
        languages
    }

    /// For each term index: the pages that mention it, grouped by collection.
    pub(in crate::render) fn backlinks(&self) -> HashMap<usize, Vec<MentionGroup>> {
        let s = self.site;
        let mut by_term: HashMap<usize, BTreeMap<Collection, Vec<MentionView>>> = HashMap::new();
        let mut add = |c: Collection, id: &str, title: &str| {
            if let Some(body) = self.body(c, id) {
                for (&term, &count) in &body.mentions {
                    by_term
                        .entry(term)
                        .or_default()
                        .entry(c)
                        .or_default()
                        .push(MentionView {
                            title: title.to_string(),
                            url: self.url(&c.path_of(id)),
                            count,
                        });
                }
            }
        };
        for r in &s.terms {
            add(Collection::Glossary, &r.id, &r.meta.term.value);
        }
        for r in &s.case_studies {
            add(Collection::CaseStudies, &r.id, &r.meta.title);
        }
        for r in &s.evidence {
            add(Collection::Evidence, &r.id, &r.meta.title);
        }
        for r in &s.champions {
            add(Collection::Champions, &r.id, &r.meta.name);
        }
        for r in &s.pages {
            add(Collection::Pages, &r.id, &r.meta.title);
        }
        by_term
            .into_iter()
            .map(|(term, groups)| {
                let groups = groups
                    .into_iter()
                    .map(|(c, mut pages)| {
                        pages.sort_by(|a, b| a.title.cmp(&b.title));
                        MentionGroup {
                            collection: c.title().to_string(),
                            pages,
                        }
                    })
                    .collect();
                (term, groups)
            })
            .collect()
    }

    pub(in crate::render) fn term_job(
        &self,
        i: usize,
        backlinks: &HashMap<usize, Vec<MentionGroup>>,
    ) -> Job {
        let t = &self.site.terms[i];
        let body = self.body(Collection::Glossary, &t.id);
        let empty = RenderedBody::default();
        let view = self.resolver.term_view(
            t,
            body.unwrap_or(&empty),
            backlinks.get(&i).cloned().unwrap_or_default(),
        );
        let path = Collection::Glossary.path_of(&t.id);
        self.job(
            PageSpec {
                path: &path,
                template: "term.html",
                title: &t.meta.term.value,
                description: t.meta.definition.trim(),
                crumbs: self.crumbs(&[("Glossary", "/glossary/"), (&t.meta.term.value, &path)]),
                tips: self.tips(body),
            },
            context! { term => v(&view) },
        )
    }
}
