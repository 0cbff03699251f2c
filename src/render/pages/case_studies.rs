//! Case studies: the index with the world map and the honest country count, the country
//! pages, and each case study's page.

use super::*;

/// Evidence summaries and champions a country page lists; the rest are one link away in the
/// filtered evidence table and directory.
const COUNTRY_LIST_SHOWN: usize = 20;

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
        self.group_by_region(&self.studies_in_region_order())
    }

    /// Every case study with its WHO region and country code, in region, then country
    /// order (the order of `data/`), then the site's order.
    fn studies_in_region_order(&self) -> Vec<(&str, &str, &Record<crate::content::CaseStudy>)> {
        let s = self.site;
        let mut ordered = Vec::new();
        for region in &s.vocab.regions {
            for country in s.vocab.countries.iter().filter(|c| c.region == region.code) {
                ordered.extend(
                    s.case_studies()
                        .iter()
                        .filter(|r| r.meta.country.value == country.code)
                        .map(|r| (region.code.as_str(), country.code.as_str(), r)),
                );
            }
        }
        ordered
    }

    /// The case-studies index: WHO regions → countries → studies, paginated in that order
    /// (the map and the country count on the first page).
    pub(crate) fn case_studies(&self, jobs: &mut Vec<Job>) {
        let s = self.site;
        let ordered = self.studies_in_region_order();
        let spec = PageSpec {
            path: "/case-studies/",
            template: "case_studies.html",
            title: &self.t("case-studies-title"),
            description: &self.t("case-studies-description"),
            crumbs: self.crumbs(&[(&self.t("case-studies-title"), "/case-studies/")]),
            tips: Vec::new(),
        };
        let coverage = self.coverage_view();
        let map_svg = self.world_map();
        jobs.extend(self.paged(spec, &ordered, |chunk, number| {
            context! {
                regions => self.group_by_region(chunk),
                count => s.case_studies().len(),
                coverage => coverage.clone(),
                map_svg => if number == 1 { map_svg.clone() } else { None },
            }
        }));
    }

    /// Studies (in region and country order) grouped as regions → countries → studies.
    fn group_by_region(
        &self,
        studies: &[(&str, &str, &Record<crate::content::CaseStudy>)],
    ) -> Vec<Value> {
        runs_by(studies, |s| s.0)
            .into_iter()
            .map(|(code, in_region)| {
                let name = self.site.vocab.region(code).map_or_else(|| code.to_string(), |r| r.name.clone());
                let countries: Vec<Value> = runs_by(in_region, |s| s.1)
                    .into_iter()
                    .map(|(country, studies)| {
                        let studies: Vec<_> = studies.iter().map(|s| self.resolver.case_study(s.2, "")).collect();
                        context! { country => v(&self.resolver.country(country)), studies => v(&studies) }
                    })
                    .collect();
                context! { code, name, countries }
            })
            .collect()
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
            let description = self.messages.text_with(
                &self.language.code,
                "country-description",
                &[("country", Arg::Text(country.name.clone()))],
            );
            let spec = PageSpec {
                path: &path,
                template: "country.html",
                title: &country.name,
                description: &description,
                crumbs: self.crumbs(&[
                    (&self.t("case-studies-title"), "/case-studies/"),
                    (&country.name, &path),
                ]),
                tips: Vec::new(),
            };
            // The case studies continue on numbered pages; the first page also shows the
            // first evidence summaries and champions, with a link to all of them in the
            // filtered index.
            let shown = COUNTRY_LIST_SHOWN;
            let locator = s
                .vocab
                .world_map
                .as_ref()
                .and_then(|m| map::locator_svg(m, code, &country.name));
            jobs.extend(self.paged(spec, &studies, |chunk, number| {
                let first = number == 1;
                let part = |n: usize| if first { n.min(shown) } else { 0 };
                context! {
                    locator_svg => if first { locator.clone() } else { None },
                    country => v(&view),
                    studies => v(&chunk.to_vec()),
                    study_count => studies.len(),
                    evidence => v(&evidence[..part(evidence.len())].to_vec()),
                    evidence_count => evidence.len(),
                    champions => v(&champions[..part(champions.len())].to_vec()),
                    champion_count => champions.len(),
                    labels => if first { labels.clone() } else { Vec::new() },
                }
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
                    (&self.t("case-studies-title"), "/case-studies/"),
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
