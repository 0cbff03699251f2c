//! Checks that make the content trustworthy: sources that are primary (no mirrors, no bare
//! homepages), review dates that are kept current, and contact details that stay private.

use super::Site;
use super::validate::{at, check_date, warn};
use crate::content::{FrontMatter, Record, Spanned};
use crate::diagnostics::Diagnostic;

/// The provenance and privacy checks of one record, as of today (`SOURCE_DATE_EPOCH`
/// fixes it): primary sources, a current review date, and no email address published
/// other than the record's own public contact and the editors' address.
pub fn check_record<M: FrontMatter>(
    site: &Site,
    r: &Record<M>,
    cited: &[&Spanned<String>],
    out: &mut Vec<Diagnostic>,
) {
    check_record_as_of(site, r, cited, &crate::scaffold::today(), out);
}

/// [`check_record`] with today given (YYYY-MM-DD).
pub fn check_record_as_of<M: FrontMatter>(
    site: &Site,
    r: &Record<M>,
    cited: &[&Spanned<String>],
    today: &str,
    out: &mut Vec<Diagnostic>,
) {
    let policy = Policy::of(site, today);
    for url in cited {
        policy.check_url(r, url, out);
    }
    policy.check_reviewed(r, r.meta.reviewed(), out);
    check_stray_emails(site, r, out);
}

/// The sources of translations, where only the translation's own place is known.
pub fn check_translation_sources(site: &Site, out: &mut Vec<Diagnostic>) {
    let today = crate::scaffold::today();
    let policy = Policy::of(site, &today);
    for r in site.terms() {
        for t in r.meta.translations.values() {
            if let Some(url) = t.value.source().and_then(|s| s.url.as_ref()) {
                let at_translation = Spanned {
                    value: url.value.clone(),
                    referenced: t.referenced,
                    defined: t.defined,
                };
                policy.check_url(r, &at_translation, out);
            }
        }
    }
}

/// The hub's settings for sources and reviews.
struct Policy<'a> {
    deny_hosts: &'a [String],
    review_months: u32,
    today: &'a str,
}

impl<'a> Policy<'a> {
    fn of(site: &'a Site, today: &'a str) -> Policy<'a> {
        Policy {
            deny_hosts: &site.config.deny_source_hosts,
            review_months: site.config.review_period_months,
            today,
        }
    }
}

impl Policy<'_> {
    /// Warns on a deny-listed host and on a bare homepage.
    fn check_url<T>(&self, r: &Record<T>, url: &Spanned<String>, out: &mut Vec<Diagnostic>) {
        let Some(parts) = UrlParts::of(&url.value) else {
            return; // not a web address: reported by the URL check
        };
        if let Some(denied) = self.deny_hosts.iter().find(|d| parts.host_is(d)) {
            out.push(
                warn(r, url, format!("`{}` is on the list of hosts that are never cited ({denied}): mirrors and aggregators are not sources", parts.host))
                    .with_help("cite the document where it was published: its DOI (https://doi.org/…), the publisher's page or the official report"),
            );
        } else if parts.is_bare_homepage() {
            out.push(
                warn(r, url, format!("`{}` is a homepage, not the document that holds the facts", url.value))
                    .with_help("link to the page or report that contains the figure or claim (and give its `page` if it is long)"),
            );
        }
        if parts.host.ends_with('.') {
            out.push(
                warn(r, url, format!("the host `{}` ends with a dot", parts.host))
                    .with_help("remove the trailing dot from the address"),
            );
        }
    }

    /// Warns when `reviewed` is missing or older than the review period; errors when it
    /// is not a date or lies in the future.
    fn check_reviewed<T>(
        &self,
        r: &Record<T>,
        reviewed: Option<&Spanned<String>>,
        out: &mut Vec<Diagnostic>,
    ) {
        let Some(reviewed) = reviewed else {
            out.push(
                Diagnostic::warning(&r.file, r.yaml_line, 0, "the record has no `reviewed` date")
                    .with_help("add `reviewed: YYYY-MM-DD`: the day its facts were last checked against the sources"),
            );
            return;
        };
        let (Some(date), Some(today)) = (Ymd::parse(&reviewed.value), Ymd::parse(self.today))
        else {
            check_date(r, reviewed, out);
            return;
        };
        if date > today {
            out.push(
                at(
                    r,
                    reviewed,
                    format!(
                        "`reviewed: {}` is in the future (today is {})",
                        reviewed.value, self.today
                    ),
                )
                .with_help("write the day the facts were checked"),
            );
        } else if date.plus_months(self.review_months) < today {
            out.push(
                warn(
                    r,
                    reviewed,
                    format!(
                        "last reviewed on {}, more than {} months ago",
                        reviewed.value, self.review_months
                    ),
                )
                .with_help("check the record's facts against its sources again, then update `reviewed` (the period is `review_period_months` in hub.yaml)"),
            );
        }
    }
}

/// A champion's email may be in the repository only when it is public.
pub fn check_contact(r: &Record<crate::content::Champion>, out: &mut Vec<Diagnostic>) {
    let Some(contact) = &r.meta.contact else {
        return;
    };
    match (&contact.email, contact.public) {
        (Some(email), false) => out.push(
            at(
                r,
                email,
                "a contact that is not public must not be in the repository",
            )
            .with_help("remove the email (keep `contact: { public: false }`): the editors keep consent-only contacts outside the repository"),
        ),
        (None, true) => out.push(
            Diagnostic::error(&r.file, r.yaml_line, 0, "`contact` is public but has no `email`")
                .with_help("add `email:` or set `public: false`"),
        ),
        (Some(email), true) if !is_email(&email.value) => out.push(
            at(
                r,
                email,
                format!("`{}` is not an email address", email.value),
            )
            .with_help("write the address as name@example.org, or remove `contact`"),
        ),
        _ => {}
    }
}

/// Any email address written in a content file, other than the record's own public
/// contact and the editors' address, is an error: content is public.
fn check_stray_emails<M: FrontMatter>(site: &Site, r: &Record<M>, out: &mut Vec<Diagnostic>) {
    let editors = site.config.editors_email.as_deref();
    let own = r.meta.own_email();
    for e in &r.emails {
        let address = Some(e.address.as_str());
        if address != own && address != editors {
            out.push(
                Diagnostic::error(&r.file, e.line, e.col, format!("the email address `{}` would be published", e.address))
                    .with_help("content is public: remove the address; only a champion's own contact with `public: true` (and the editors' address in hub.yaml) may appear"),
            );
        }
    }
}

/// True for `local@domain.tld`.
pub fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.trim().split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !s.contains(char::is_whitespace)
}

/// The host and path of an http(s) URL.
#[derive(Debug, PartialEq, Eq)]
struct UrlParts {
    /// Lowercase host, without user info or port.
    host: String,
    /// Everything after the host: path, query and fragment.
    rest: String,
}

impl UrlParts {
    fn of(url: &str) -> Option<UrlParts> {
        let url = url.trim();
        let lower = url.to_ascii_lowercase();
        let after = if lower.starts_with("https://") {
            &url[8..]
        } else if lower.starts_with("http://") {
            &url[7..]
        } else {
            return None;
        };
        let end = after.find(['/', '?', '#']).unwrap_or(after.len());
        let authority = &after[..end];
        let host_port = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
        let host = host_port
            .rsplit_once(':')
            .filter(|(_, port)| port.bytes().all(|b| b.is_ascii_digit()))
            .map_or(host_port, |(h, _)| h);
        Some(UrlParts {
            host: host.to_ascii_lowercase(),
            rest: after[end..].to_string(),
        })
    }

    /// True when the host is `domain` or one of its subdomains.
    fn host_is(&self, domain: &str) -> bool {
        let host = self.host.trim_end_matches('.');
        let domain = domain.trim().trim_end_matches('.').to_ascii_lowercase();
        host == domain || host.ends_with(&format!(".{domain}"))
    }

    /// A URL with no path, query or fragment beyond `/`.
    fn is_bare_homepage(&self) -> bool {
        self.rest.is_empty() || self.rest == "/"
    }
}

/// A calendar date, ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Ymd(u32, u32, u32);

impl Ymd {
    fn parse(s: &str) -> Option<Ymd> {
        if !super::validate::is_date(s) {
            return None;
        }
        let mut it = s.split('-').map(|p| p.parse::<u32>().ok());
        Some(Ymd(it.next()??, it.next()??, it.next()??))
    }

    /// The same day `months` later (the day is kept; comparisons only need the order).
    fn plus_months(self, months: u32) -> Ymd {
        let total = self.0 * 12 + (self.1 - 1) + months;
        Ymd(total / 12, total % 12 + 1, self.2)
    }
}

#[cfg(test)]
mod tests {
    use super::{UrlParts, Ymd};

    #[test]
    fn hosts_match_the_domain_and_its_subdomains_only() {
        let u = UrlParts::of("https://p.gyb.elementfx.com/x.pdf").unwrap();
        assert!(u.host_is("elementfx.com"));
        assert!(!u.host_is("fx.com"));
        let u = UrlParts::of("HTTPS://user@Www.Scribd.com:443/doc/1").unwrap();
        assert_eq!(u.host, "www.scribd.com");
        assert!(u.host_is("scribd.com"));
        assert!(
            UrlParts::of("https://sapo.pt./a")
                .unwrap()
                .host_is("sapo.pt")
        );
    }

    #[test]
    fn bare_homepages_are_recognised() {
        assert!(
            UrlParts::of("https://socialprescribingacademy.org.uk/")
                .unwrap()
                .is_bare_homepage()
        );
        assert!(
            UrlParts::of("https://randd.defra.gov.uk")
                .unwrap()
                .is_bare_homepage()
        );
        assert!(
            !UrlParts::of("https://doi.org/10.1136/bmjopen-2022-070184")
                .unwrap()
                .is_bare_homepage()
        );
        assert!(
            !UrlParts::of("https://example.org/?id=3")
                .unwrap()
                .is_bare_homepage()
        );
    }

    #[test]
    fn review_periods_count_months() {
        let d = Ymd::parse("2025-05-31").unwrap();
        assert_eq!(d.plus_months(18), Ymd(2026, 11, 31));
        assert!(d.plus_months(18) < Ymd::parse("2026-12-01").unwrap());
        assert!(d.plus_months(18) > Ymd::parse("2026-11-29").unwrap());
        assert!(Ymd::parse("2025-13-01").is_none());
    }
}
