//! Case studies: the index with the world map and the honest country count, the country
//! pages, and each case study's page.

use super::*;

impl PageContext<'_> {
    /// The world map of case studies as inline SVG, when the hub has map data.
    pub(crate) fn world_map(&self) -> Option<String> {
        let s = self.site;
        let map = s.vocab.world_map.as_ref()?;
        let mut entries: BTreeMap<String, map::MapEntry> = BTreeMap::new();
        for r in s.case_studies() {
            let code = &r.meta.country.value;
            entries
                .entry(code.clone())
                .or_insert_with(|| map::MapEntry {
                    name: self.resolver.country(code).name,
                    count: 0,
                    path: format!("/countries/{}/", code.to_lowercase()),
                })
                .count += 1;
        }
        Some(map::world_map_svg(map, &entries, self.base_path))
    }

    /// WHO regions → countries → case studies, for regions with at least one study.
    pub(crate) fn regions_with_studies(&self) -> Vec<Value> {
        let s = self.site;
        let mut regions = Vec::new();
        for region in &s.vocab.regions {
            let mut countries = Vec::new();
            for country in s.vocab.countries.iter().filter(|c| c.region == region.code) {
                let studies: Vec<_> = s
                    .case_studies()
                    .iter()
                    .filter(|r| r.meta.country.value == country.code)
                    .map(|r| self.resolver.case_study(r, ""))
                    .collect();
                if !studies.is_empty() {
                    countries.push(context! { country => v(&self.resolver.country(&country.code)), studies => v(&studies) });
                }
            }
            if !countries.is_empty() {
                regions.push(context! { code => region.code.clone(), name => region.name.clone(), countries });
            }
        }
        regions
    }

    pub(crate) fn case_studies(&self, jobs: &mut Vec<Job>) {
        let s = self.site;
        jobs.push(self.job(PageSpec { path: "/case-studies/", template: "case_studies.html", title: "Case studies", description: "Social prescribing in practice around the world, by WHO region and country.", crumbs: self.crumbs(&[("Case studies", "/case-studies/")]), tips: Vec::new() }, context! { regions => self.regions_with_studies(), count => s.case_studies().len(), coverage => self.coverage_view(), map_svg => self.world_map() }));
    }

    /// The coverage figures with the places named, for the case-studies index.
    fn coverage_view(&self) -> Value {
        let c = crate::site::coverage::Coverage::of(self.site);
        let names = |codes: &std::collections::BTreeSet<String>| -> Vec<String> {
            let mut v: Vec<String> = codes
                .iter()
                .map(|code| self.resolver.country(code).name)
                .collect();
            v.sort();
            v
        };
        context! {
            social_prescribing => c.social_prescribing,
            related_approaches => c.related_approaches,
            countries => c.countries.len(),
            territories => names(&c.territories),
            related_only => names(&c.related_only),
        }
    }

    pub(crate) fn countries(&self, jobs: &mut Vec<Job>) {
        let s = self.site;
        for country in &s.vocab.countries {
            let code = country.code.as_str();
            let studies: Vec<_> = s
                .case_studies()
                .iter()
                .filter(|r| r.meta.country.value == code)
                .map(|r| self.resolver.case_study(r, ""))
                .collect();
            let evidence: Vec<_> = s
                .evidence()
                .iter()
                .filter(|r| r.meta.countries.iter().any(|c| c.value == code))
                .map(|r| self.resolver.evidence(r, ""))
                .collect();
            let champions: Vec<_> = s
                .champions()
                .iter()
                .filter(|r| r.meta.country.value == code)
                .map(|r| self.resolver.champion(r, ""))
                .collect();
            let labels: Vec<Value> = s
                .terms()
                .iter()
                .flat_map(|t| {
                    t.meta.regional.iter().filter(|g| g.countries.iter().any(|c| c.value == code)).map(|g| {
                        let language = g.language.as_ref().map_or(s.config.language.as_str(), |l| l.value.as_str());
                        let places: Vec<String> = g.subdivisions.iter().filter(|d| d.value.starts_with(&format!("{code}-"))).map(|d| self.resolver.place_name(&d.value)).collect();
                        context! { label => g.label.clone(), language, places, term => v(&self.resolver.term_ref(&t.id)) }
                    })
                })
                .collect();
            if studies.is_empty()
                && evidence.is_empty()
                && champions.is_empty()
                && labels.is_empty()
            {
                continue;
            }
            let view = self.resolver.country(code);
            let path = format!("/countries/{}/", code.to_lowercase());
            jobs.push(self.job(PageSpec { path: &path, template: "country.html", title: &country.name, description: &format!("Social prescribing in {}: case studies, evidence, champions and the words used there.", country.name), crumbs: self.crumbs(&[("Case studies", "/case-studies/"), (&country.name, &path)]), tips: Vec::new() }, context! {
                    locator_svg => s.vocab.world_map.as_ref().and_then(|m| map::locator_svg(m, code, &country.name)),
                    country => v(&view), studies => v(&studies), evidence => v(&evidence), champions => v(&champions), labels
                }));
        }
    }

    pub(crate) fn case_study_job(&self, r: &Record<crate::content::CaseStudy>) -> Job {
        let body = self.body(Collection::CASE_STUDIES, &r.id);
        let view = self.resolver.case_study(r, body.map_or("", |b| &b.html));
        let path = Collection::CASE_STUDIES.path_of(&r.id);
        self.job(
            PageSpec {
                path: &path,
                template: "case_study.html",
                title: &r.meta.title,
                description: r.meta.summary.trim(),
                crumbs: self.crumbs(&[
                    ("Case studies", "/case-studies/"),
                    (
                        &view.country.name,
                        &format!("/countries/{}/", r.meta.country.value.to_lowercase()),
                    ),
                    (&r.meta.title, &path),
                ]),
                tips: self.tips(body),
            },
            context! { study => v(&view) },
        )
    }
}
