//! Events of the champion network and the field: conferences, webinars, training and
//! meet-ups, with their time zone. An events page (upcoming first, as of the build), a page
//! per event with schema.org `Event` data, `/events.ics` (RFC 5545) and `api/events.json`.
//!
//! Everything about events lives in this module and its templates (`events.html`,
//! `event.html`); the registry names it once.

mod ical;
mod schedule;

use super::Kind;
use crate::content::{Collection, FrontMatter, Record, Source, Spanned};
use crate::diagnostics::Diagnostic;
use crate::output::OutputFile;
use crate::render::views::{CountryRef, LanguageRef, RecordRef, Resolver};
use crate::render::{Job, PageContext, PageSpec, v};
use crate::schema::{SchemaFacts, set_enum};
use crate::site::Site;
use crate::site::validate::{at, check_country, check_entry, check_language, check_term_ref};
use jiff::Timestamp;
use minijinja::context;
use schedule::{Schedule, ScheduleError};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

/// How people take part.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Attendance {
    /// Online only.
    Online,
    /// At a place only.
    InPerson,
    /// At a place and online.
    Hybrid,
}

/// Whether the event happens as announced.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum EventStatus {
    /// It takes (or took) place as announced.
    #[default]
    Scheduled,
    /// Postponed to a date not yet known.
    Postponed,
    /// Cancelled.
    Cancelled,
}

/// Front matter of an event.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// The event's name, as its organiser gives it.
    pub title: String,
    /// One or two sentences: what the event is and who it is for.
    pub summary: String,
    /// When it starts: a day (YYYY-MM-DD) or a local time (YYYY-MM-DDTHH:MM) in `timezone`.
    #[schemars(with = "String")]
    pub start: Spanned<String>,
    /// When it ends, written like `start`; a day event without `end` lasts one day.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub end: Option<Spanned<String>>,
    /// IANA time zone of the times (e.g. Europe/London); needed when times are given.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub timezone: Option<Spanned<String>>,
    /// Online, in person or both (hybrid).
    pub attendance: Attendance,
    /// City of the venue (in person or hybrid).
    #[serde(default)]
    pub city: Option<String>,
    /// ISO 3166-1 alpha-2 code of the venue's country (in person or hybrid).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub country: Option<Spanned<String>>,
    /// Who organises it.
    pub organiser: String,
    /// Who it is for: profession ids from `data/professions.yaml`.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub audience: Vec<Spanned<String>>,
    /// The organiser's page for the event (registration, programme or report).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub url: Option<Spanned<String>>,
    /// Language of the event (code from `data/languages.yaml`), when known.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub language: Option<Spanned<String>>,
    /// Ids of related glossary terms.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub terms: Vec<Spanned<String>>,
    /// Scheduled (the default), postponed or cancelled.
    #[serde(default)]
    pub status: EventStatus,
    /// Where the facts come from.
    pub sources: Vec<Source>,
    /// The day the facts were last checked against the sources (YYYY-MM-DD).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub reviewed: Option<Spanned<String>>,
    /// Leave out of the built site.
    #[serde(default)]
    pub draft: bool,
    /// Overrides hub.yaml's auto-linking for this record.
    #[serde(default)]
    pub autolink: Option<crate::config::AutolinkMode>,
}

impl FrontMatter for Event {
    fn title(&self) -> &str {
        &self.title
    }
    crate::content::shared_front_matter!();
    fn cited_urls(&self) -> Vec<&Spanned<String>> {
        crate::content::source_urls(&self.sources)
    }
    fn link_urls(&self) -> Vec<&Spanned<String>> {
        self.url.iter().collect()
    }
}

impl Event {
    /// The event's schedule; day events without a time zone are read in UTC.
    fn schedule(&self) -> Result<Schedule, ScheduleError> {
        let zone = self.timezone.as_ref().map_or("UTC", |z| z.value.as_str());
        Schedule::new(
            &self.start.value,
            self.end.as_ref().map(|e| e.value.as_str()),
            zone,
        )
    }
}

/// `content/events/`.
pub(super) struct Events;

/// Where the events live.
const EVENTS: Collection = Collection::new("events", "events");

impl Kind for Events {
    type Meta = Event;
    const COLLECTION: Collection = EVENTS;
    const TITLE: &'static str = "Events";
    const KIND_NAME: &'static str = "event";
    const TRANSLATABLE: &'static [&'static str] = &["title", "summary", "city"];
    const PROPOSE_TITLE: Option<&'static str> = Some("New event");
    const BODY_PROMPT: &'static str = "What the event is about, who speaks, and how to take part. Cite the organiser's page in `sources`.\n";

    /// By start, then id.
    fn sort(records: &mut [Record<Event>]) {
        records.sort_by(|a, b| {
            a.meta
                .start
                .value
                .cmp(&b.meta.start.value)
                .then(a.id.cmp(&b.id))
        });
    }

    fn validate(site: &Site, out: &mut Vec<Diagnostic>) {
        for r in site.records::<Event>() {
            check_event(site, r, out);
        }
    }

    fn refine_schema(schema: &mut Value, facts: &SchemaFacts<'_>) {
        set_enum(schema, &["country"], &facts.countries());
        set_enum(schema, &["language"], &facts.languages());
        set_enum(
            schema,
            &["audience", "items"],
            &SchemaFacts::ids(&facts.vocab.professions),
        );
        set_enum(schema, &["terms", "items"], facts.term_ids);
    }

    fn index_pages(ctx: &PageContext<'_>, jobs: &mut Vec<Job>) {
        let now = schedule::build_time();
        let views: Vec<EventView> = ctx
            .site
            .records::<Event>()
            .iter()
            .filter_map(|r| event_view(ctx.resolver, r, "", now))
            .collect();
        let (mut upcoming, mut past): (Vec<_>, Vec<_>) =
            views.into_iter().partition(|e| e.upcoming);
        upcoming.sort_by(|a, b| a.starts_at.cmp(&b.starts_at).then(a.id.cmp(&b.id)));
        past.sort_by(|a, b| b.starts_at.cmp(&a.starts_at).then(a.id.cmp(&b.id)));
        jobs.push(ctx.job(
            PageSpec {
                path: "/events/",
                template: "events.html",
                title: &ctx.t("events-title"),
                description: &ctx.t("events-description"),
                crumbs: ctx.crumbs(&[(&ctx.t("events-title"), "/events/")]),
                tips: Vec::new(),
            },
            context! {
                upcoming => v(&upcoming),
                past => v(&past),
                built => schedule::human_day(now),
                calendar => ctx.url("/events.ics"),
            },
        ));
    }

    fn record_page(ctx: &PageContext<'_>, record: &Record<Event>, _position: usize) -> Job {
        let body = ctx.body(EVENTS, &record.id);
        let now = schedule::build_time();
        let view = event_view(ctx.resolver, record, body.map_or("", |b| &b.html), now);
        let path = EVENTS.path_of(&record.id);
        let json_ld = view
            .as_ref()
            .map(|e| json_ld(e, &ctx.site.config.base_url, &path));
        ctx.job(
            PageSpec {
                path: &path,
                template: "event.html",
                title: &record.meta.title,
                description: record.meta.summary.trim(),
                crumbs: ctx.crumbs(&[(&ctx.t("events-title"), "/events/"), (&record.meta.title, &path)]),
                tips: ctx.tips(body),
            },
            context! { event => v(&view), json_ld => v(&json_ld), built => schedule::human_day(now) },
        )
    }

    fn files(site: &Site, resolver: &Resolver<'_>) -> Vec<OutputFile> {
        let now = schedule::build_time();
        let events: Vec<(&Record<Event>, Schedule)> = site
            .records::<Event>()
            .iter()
            .filter_map(|r| Some((r, r.meta.schedule().ok()?)))
            .collect();
        let views: Vec<EventView> = site
            .records::<Event>()
            .iter()
            .filter_map(|r| event_view(resolver, r, "", now))
            .collect();
        vec![
            OutputFile {
                path: "events.ics".into(),
                bytes: ical::calendar(site, &events).into_bytes(),
            },
            crate::render::exports::json_file("api/events.json", &json!({ "events": views })),
        ]
    }
}

/// An event as templates and `api/events.json` see it.
#[derive(Debug, Clone, Serialize)]
struct EventView {
    id: String,
    url: String,
    title: String,
    summary: String,
    /// For people: "Thursday 14 March 2024, 10:00–12:30 GMT (Europe/London)".
    when: String,
    /// `2024-03-14` or `2024-03-14T10:00:00+00:00`.
    start: String,
    /// Like `start`.
    end: String,
    /// IANA time zone of timed events.
    timezone: Option<String>,
    all_day: bool,
    attendance: Attendance,
    city: Option<String>,
    country: Option<CountryRef>,
    organiser: String,
    audience: Vec<String>,
    event_url: Option<String>,
    language: Option<LanguageRef>,
    terms: Vec<RecordRef>,
    status: EventStatus,
    /// Ends after the build time.
    upcoming: bool,
    /// The instant it starts (seconds since 1970), for ordering events of different zones.
    #[serde(skip)]
    starts_at: i64,
    sources: Vec<Source>,
    reviewed: Option<String>,
    body: String,
}

/// The view of `r`, or `None` when its schedule is invalid (`hub check` reports it).
fn event_view(
    resolver: &Resolver<'_>,
    r: &Record<Event>,
    body: &str,
    now: Timestamp,
) -> Option<EventView> {
    let m = &r.meta;
    let schedule = m.schedule().ok()?;
    let site = resolver.site;
    Some(EventView {
        id: r.id.clone(),
        url: resolver.url(&EVENTS.path_of(&r.id)),
        title: m.title.clone(),
        summary: m.summary.trim().to_string(),
        when: schedule.human(),
        start: schedule.start_iso(),
        end: schedule.end_iso(),
        timezone: m.timezone.as_ref().map(|z| z.value.clone()),
        all_day: schedule.is_all_day(),
        attendance: m.attendance,
        city: m.city.clone(),
        country: m.country.as_ref().map(|c| resolver.country(&c.value)),
        organiser: m.organiser.clone(),
        audience: m
            .audience
            .iter()
            .map(|p| {
                crate::content::data::find(&site.vocab.professions, &p.value)
                    .map_or_else(|| p.value.clone(), |e| e.name.clone())
            })
            .collect(),
        event_url: m.url.as_ref().map(|u| u.value.clone()),
        language: m.language.as_ref().map(|l| resolver.language(&l.value)),
        terms: m
            .terms
            .iter()
            .filter_map(|t| resolver.term_ref(&t.value))
            .collect(),
        status: m.status,
        upcoming: schedule.end_instant() > now,
        starts_at: schedule.start_instant().as_second(),
        sources: m.sources.clone(),
        reviewed: m.reviewed.as_ref().map(|d| d.value.clone()),
        body: body.to_string(),
    })
}

/// schema.org `Event` of an event page.
fn json_ld(e: &EventView, base_url: &str, path: &str) -> Value {
    let page = format!("{}{}", base_url.trim_end_matches('/'), path);
    let mode = match e.attendance {
        Attendance::Online => "https://schema.org/OnlineEventAttendanceMode",
        Attendance::InPerson => "https://schema.org/OfflineEventAttendanceMode",
        Attendance::Hybrid => "https://schema.org/MixedEventAttendanceMode",
    };
    let status = match e.status {
        EventStatus::Scheduled => "https://schema.org/EventScheduled",
        EventStatus::Postponed => "https://schema.org/EventPostponed",
        EventStatus::Cancelled => "https://schema.org/EventCancelled",
    };
    let mut locations = Vec::new();
    if e.attendance != Attendance::Online {
        let mut address = json!({ "@type": "PostalAddress" });
        if let Some(city) = &e.city {
            address["addressLocality"] = json!(city);
        }
        if let Some(country) = &e.country {
            address["addressCountry"] = json!(country.code);
        }
        locations.push(json!({ "@type": "Place", "name": e.city.clone().unwrap_or_default(), "address": address }));
    }
    if e.attendance != Attendance::InPerson {
        locations.push(json!({ "@type": "VirtualLocation", "url": e.event_url.clone().unwrap_or_else(|| page.clone()) }));
    }
    let mut ld = json!({
        "@context": "https://schema.org",
        "@type": "Event",
        "name": e.title,
        "description": e.summary,
        "startDate": e.start,
        "endDate": e.end,
        "eventAttendanceMode": mode,
        "eventStatus": status,
        "location": locations,
        "organizer": { "@type": "Organization", "name": e.organiser },
        "url": page,
    });
    if let Some(language) = &e.language {
        ld["inLanguage"] = json!(language.code);
    }
    if !e.audience.is_empty() {
        ld["audience"] = json!({ "@type": "Audience", "audienceType": e.audience.join(", ") });
    }
    ld
}

/// The checks of one event: its schedule, place, audience, language and terms.
fn check_event(site: &Site, r: &Record<Event>, out: &mut Vec<Diagnostic>) {
    let m = &r.meta;
    match m.schedule() {
        Ok(s) if !s.is_all_day() && m.timezone.is_none() => out.push(
            at(r, &m.start, "an event with times needs its `timezone`")
                .with_help("add `timezone:` with the IANA name of the place's zone, e.g. Europe/London or America/Toronto"),
        ),
        Ok(s) => {
            for (field, time) in s.ambiguous_times() {
                let place = if field == "end" { m.end.as_ref().unwrap_or(&m.start) } else { &m.start };
                out.push(
                    crate::site::validate::warn(r, place, format!("{time} does not exist or exists twice in {} (a daylight-saving change)", s.zone_name()))
                        .with_help("check the time with the organiser; calendars may read it an hour apart"),
                );
            }
        }
        Err(ScheduleError::Start(message)) => out.push(
            at(r, &m.start, message)
                .with_help("write a day as YYYY-MM-DD or a local time as YYYY-MM-DDTHH:MM"),
        ),
        Err(ScheduleError::End(message)) => {
            let place = m.end.as_ref().unwrap_or(&m.start);
            out.push(at(r, place, message).with_help("write `end` like `start`, on or after it"));
        }
        Err(ScheduleError::TimeZone(name)) => {
            let zone = m.timezone.as_ref().unwrap_or(&m.start);
            let names: Vec<String> = jiff::tz::db().available().map(|n| n.as_str().to_string()).collect();
            let help = crate::diagnostics::did_you_mean(&name, names.iter().map(String::as_str))
                .unwrap_or_else(|| "use an IANA time zone name such as Europe/London".into());
            out.push(at(r, zone, format!("`{name}` is not a time zone")).with_help(help));
        }
    }
    if let Some(country) = &m.country {
        check_country(site, r, country, out);
    }
    if m.attendance != Attendance::Online && (m.city.is_none() || m.country.is_none()) {
        out.push(
            Diagnostic::error(
                &r.file,
                r.yaml_line,
                0,
                "an event held at a place needs its `city` and `country`",
            )
            .with_help("add `city:` and `country:` (ISO code), or set `attendance: online`"),
        );
    }
    for p in &m.audience {
        check_entry(
            r,
            p,
            &site.vocab.professions,
            "audience",
            "data/professions.yaml",
            out,
        );
    }
    if let Some(language) = &m.language {
        check_language(site, r, language, out);
    }
    for t in &m.terms {
        check_term_ref(site, r, t, out);
    }
    if m.sources.is_empty() {
        out.push(
            at(r, &m.start, "an event needs at least one source").with_help(
                "add `sources: [{ title: …, url: … }]`: the organiser's page for the event",
            ),
        );
    }
}
