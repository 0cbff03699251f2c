//! Evidence: the sortable, filterable table and each summary's page.

use super::*;

pub(super) fn evidence_filters(rows: &[views::EvidenceView]) -> Vec<Value> {
    let countries = rows.iter().flat_map(|e| {
        if e.countries.is_empty() {
            vec!["International".to_string()]
        } else {
            e.countries.iter().map(|c| c.name.clone()).collect()
        }
    });
    vec![
        filter_control(
            "design",
            "Design",
            rows.iter().map(|e| e.design.clone()),
            false,
        ),
        filter_control("country", "Country", countries, true),
        filter_control(
            "strength",
            "Strength",
            ["high", "moderate", "low", "emerging"]
                .into_iter()
                .filter(|s| {
                    rows.iter()
                        .any(|e| format!("{:?}", e.strength).eq_ignore_ascii_case(s))
                })
                .map(String::from),
            false,
        ),
    ]
}

impl PageContext<'_> {
    pub(crate) fn evidence(&self, jobs: &mut Vec<Job>) {
        let s = self.site;
        let mut rows: Vec<_> = s
            .evidence()
            .iter()
            .map(|r| self.resolver.evidence(r, ""))
            .collect();
        rows.sort_by(|a, b| b.year.cmp(&a.year).then(a.title.cmp(&b.title)));
        let filters = evidence_filters(&rows);
        let spec = PageSpec {
            path: "/evidence/",
            template: "evidence_index.html",
            title: &self.t("evidence-title"),
            description: &self.t("evidence-description"),
            crumbs: self.crumbs(&[(&self.t("evidence-title"), "/evidence/")]),
            tips: Vec::new(),
        };
        jobs.extend(self.paged(spec, &rows, |chunk, _| {
            context! { filters => filters.clone(), rows => v(&chunk), count => rows.len() }
        }));
    }

    /// The page of one record of this collection.
    pub(crate) fn evidence_job(&self, r: &Record<crate::content::Evidence>) -> Job {
        let body = self.body(Collection::EVIDENCE, &r.id);
        let view = self.resolver.evidence(r, body.map_or("", |b| &b.html));
        let path = Collection::EVIDENCE.path_of(&r.id);
        self.job(
            PageSpec {
                path: &path,
                template: "evidence.html",
                title: &r.meta.title,
                description: r.meta.summary.trim(),
                crumbs: self.crumbs(&[
                    (&self.t("evidence-title"), "/evidence/"),
                    (&r.meta.title, &path),
                ]),
                tips: self.tips(body),
            },
            context! { item => v(&view) },
        )
    }
}
