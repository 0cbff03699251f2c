//! The home page and the free pages (with the contribute page's field reference).

use super::*;

impl PageContext<'_> {
    pub(in crate::render) fn home(&self, jobs: &mut Vec<Job>) {
        let s = self.site;
        let coverage = crate::site::coverage::Coverage::of(s);
        let stats = context! {
            terms => s.terms.len(),
            case_studies => coverage.social_prescribing,
            countries => coverage.countries.len(),
            evidence => s.evidence.len(),
            champions => s.champions.len(),
        };
        let mut recent: Vec<(String, String, &str, String)> = s
            .case_studies
            .iter()
            .map(|r| {
                (
                    r.meta.date.value.clone(),
                    r.meta.title.clone(),
                    "Case study",
                    self.url(&Collection::CaseStudies.path_of(&r.id)),
                )
            })
            .chain(s.evidence.iter().map(|r| {
                (
                    r.meta.date.value.clone(),
                    r.meta.title.clone(),
                    "Evidence",
                    self.url(&Collection::Evidence.path_of(&r.id)),
                )
            }))
            .collect();
        recent.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        recent.truncate(6);
        let recent: Vec<Value> = recent
            .into_iter()
            .map(|(date, title, kind, url)| context! { date, title, kind, url })
            .collect();
        let featured: Vec<_> = s
            .config
            .featured_terms
            .iter()
            .filter_map(|id| s.term(id))
            .map(|t| self.resolver.term_summary(t))
            .collect();
        let regions = self.regions_with_studies();
        let intro = s
            .pages
            .iter()
            .find(|p| p.id == "what-is-social-prescribing")
            .map(|p| self.url(&Collection::Pages.path_of(&p.id)));
        jobs.push(self.job(
            PageSpec {
                path: "/",
                template: "home.html",
                title: &s.config.title,
                description: &s.config.description,
                crumbs: Vec::new(),
                tips: Vec::new(),
            },
            context! { stats, recent, featured => v(&featured), regions, intro, map_svg => self.world_map() },
        ));
    }

    /// The page of one record of this collection.
    pub(in crate::render) fn page_job(&self, r: &Record<crate::content::Page>) -> Job {
        let empty = RenderedBody::default();
        let body = self.body(Collection::Pages, &r.id);
        let view = self.resolver.page(r, body.unwrap_or(&empty));
        let path = Collection::Pages.path_of(&r.id);
        let description = r
            .meta
            .description
            .clone()
            .unwrap_or_else(|| self.site.config.description.clone());
        let template = r.meta.template.as_deref().unwrap_or("page.html");
        let reference = (template == "contribute.html").then(|| self.field_reference());
        self.job(
            PageSpec {
                path: &path,
                template,
                title: &r.meta.title,
                description: &description,
                crumbs: self.crumbs(&[(&r.meta.title, &path)]),
                tips: self.tips(body),
            },
            context! { page => v(&view), reference },
        )
    }

    /// Every collection's fields, from the same JSON Schemas that `hub schema` writes.
    pub(in crate::render) fn field_reference(&self) -> Vec<Value> {
        let s = self.site;
        let terms: Vec<String> = s.terms.iter().map(|t| t.id.clone()).collect();
        let evidence: Vec<String> = s.evidence.iter().map(|e| e.id.clone()).collect();
        Collection::ALL
            .iter()
            .map(|&c| {
                let schema = crate::schema::schema(c, &s.vocab, &terms, &evidence);
                let fields = crate::schema::fields(&schema);
                context! {
                    title => c.title(),
                    dir => c.dir(),
                    schema => crate::schema::file_name(c),
                    fields => v(&fields),
                }
            })
            .collect()
    }
}
