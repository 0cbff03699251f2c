//! The champion directory and each champion's page.

use super::*;

pub(super) fn champion_filters(all: &[views::ChampionView]) -> Vec<Value> {
    vec![
        filter_control(
            "profession",
            "Profession",
            all.iter().map(|c| c.profession.clone()),
            false,
        ),
        filter_control(
            "region",
            "Region",
            all.iter().filter_map(|c| c.region.clone()),
            false,
        ),
        filter_control(
            "country",
            "Country",
            all.iter().map(|c| c.country.name.clone()),
            false,
        ),
        filter_control(
            "interest",
            "Interest",
            all.iter().flat_map(|c| c.interests.clone()),
            true,
        ),
    ]
}

impl PageContext<'_> {
    pub(crate) fn champions(&self, jobs: &mut Vec<Job>) {
        let s = self.site;
        let all: Vec<_> = s
            .champions()
            .iter()
            .map(|r| self.resolver.champion(r, ""))
            .collect();
        // By profession, then the directory's order (name), paginated in that order.
        let mut ordered: Vec<&views::ChampionView> = all.iter().collect();
        ordered.sort_by(|a, b| a.profession.cmp(&b.profession));
        let filters = champion_filters(&all);
        let spec = PageSpec {
            path: "/champions/",
            template: "champions.html",
            title: &self.t("champions-title"),
            description: &self.t("champions-description"),
            crumbs: self.crumbs(&[(&self.t("champions-crumb"), "/champions/")]),
            tips: Vec::new(),
        };
        jobs.extend(self.paged(spec, &ordered, |chunk, _| {
            let groups: Vec<Value> = runs_by(chunk, |c| c.profession.clone())
                .into_iter()
                .map(|(profession, champions)| context! { profession, champions => v(&champions) })
                .collect();
            context! { filters => filters.clone(), groups, count => all.len() }
        }));
    }

    /// The page of one record of this collection.
    pub(crate) fn champion_job(&self, r: &Record<crate::content::Champion>) -> Job {
        let body = self.body(Collection::CHAMPIONS, &r.id);
        let view = self.resolver.champion(r, body.map_or("", |b| &b.html));
        let path = Collection::CHAMPIONS.path_of(&r.id);
        let description = format!(
            "{}, {} — social prescribing champion.",
            view.name, view.profession
        );
        self.job(
            PageSpec {
                path: &path,
                template: "champion.html",
                title: &r.meta.name,
                description: &description,
                crumbs: self.crumbs(&[
                    (&self.t("champions-crumb"), "/champions/"),
                    (&r.meta.name, &path),
                ]),
                tips: self.tips(body),
            },
            context! { champion => v(&view) },
        )
    }
}
