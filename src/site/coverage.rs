//! How many countries the case studies cover, counted honestly: only social prescribing
//! case studies count, territories are not countries, and related approaches are counted
//! apart.

use super::Site;
use crate::content::case_study::CaseKind;
use serde::Serialize;
use std::collections::BTreeSet;

/// The hub's geographic coverage, computed from the case studies.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Coverage {
    /// Case studies of social prescribing programmes, policies or evaluations.
    pub social_prescribing: usize,
    /// Case studies of related approaches (exercise referral, health mediation …).
    pub related_approaches: usize,
    /// Countries (not territories) with at least one social prescribing case study.
    pub countries: BTreeSet<String>,
    /// Territories and special administrative regions with a social prescribing case study.
    pub territories: BTreeSet<String>,
    /// Countries and territories whose only case studies are related approaches.
    pub related_only: BTreeSet<String>,
}

impl Coverage {
    /// Counts the case studies of `site`.
    pub fn of(site: &Site) -> Coverage {
        let mut c = Coverage::default();
        let mut related_places = BTreeSet::new();
        for r in site.case_studies() {
            let code = r.meta.country.value.clone();
            match r.meta.kind {
                CaseKind::SocialPrescribing => {
                    c.social_prescribing += 1;
                    let is_territory = site
                        .vocab
                        .country(&code)
                        .is_some_and(|k| k.part_of.is_some());
                    if is_territory {
                        c.territories.insert(code);
                    } else {
                        c.countries.insert(code);
                    }
                }
                CaseKind::RelatedApproach => {
                    c.related_approaches += 1;
                    related_places.insert(code);
                }
            }
        }
        c.related_only = related_places
            .into_iter()
            .filter(|p| !c.countries.contains(p) && !c.territories.contains(p))
            .collect();
        c
    }
}
