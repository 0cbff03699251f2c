//! The home page and the free pages (with the contribute page's field reference).

use super::*;

impl PageContext<'_> {
    pub(crate) fn home(&self, jobs: &mut Vec<Job>) {
        let s = self.site;
        let coverage = crate::site::coverage::Coverage::of(s);
        let stats = context! {
            terms => s.terms().len(),
            case_studies => coverage.social_prescribing,
            countries => coverage.countries.len(),
            evidence => s.evidence().len(),
            champions => s.champions().len(),
        };
        let mut recent: Vec<crate::collections::FeedEntry> = crate::collections::REGISTRY
            .iter()
            .flat_map(|c| c.feed_entries(s))
            .collect();
        recent.sort_by(|a, b| b.date.cmp(&a.date).then(a.title.cmp(&b.title)));
        recent.truncate(6);
        let recent: Vec<Value> = recent
            .into_iter()
            .map(|e| {
                let collection = crate::collections::of(e.collection);
                let kind = collection.map_or_else(
                    || e.kind.to_string(),
                    |c| self.t(&format!("search-kind-{}", c.kind_name())),
                );
                context! {
                    date => e.date, title => e.title, kind, url => self.url(&e.path),
                    dir => e.collection.dir(), id => e.id,
                    title_field => collection.and_then(|c| c.title_field()),
                }
            })
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
            .pages()
            .iter()
            .find(|p| p.id == "what-is-social-prescribing")
            .map(|p| self.url(&Collection::PAGES.path_of(&p.id)));
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
    pub(crate) fn page_job(&self, r: &Record<crate::content::Page>) -> Job {
        let empty = RenderedBody::default();
        let body = self.body(Collection::PAGES, &r.id);
        let view = self.resolver.page(r, body.unwrap_or(&empty));
        let path = Collection::PAGES.path_of(&r.id);
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
    pub(crate) fn field_reference(&self) -> Vec<Value> {
        let owned = crate::schema::OwnedFacts::of(self.site);
        let facts = owned.facts();
        crate::collections::REGISTRY
            .iter()
            .map(|c| {
                let fields = crate::schema::fields(&c.schema(&facts));
                context! {
                    title => c.title(),
                    dir => c.collection().dir(),
                    schema => c.schema_file(),
                    fields => v(&fields),
                }
            })
            .collect()
    }
}
