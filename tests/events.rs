//! Events, end to end: pages (upcoming and past as of the build), schema.org data, the
//! iCalendar feed read by an independent parser (Python's `icalendar`), and the checks
//! `hub check` makes of an event's time zone, dates and place.

mod common;

use common::Fixture;
use std::path::Path;

/// 2026-11-29T00:00:00Z: the build's "now" in these tests.
const NOW: &str = "1795910400";

const WEBINAR: &str = "---
title: Link workers' webinar; questions, answers
summary: An online hour for link workers.
start: 2027-01-14T18:00
end: 2027-01-14T19:30
timezone: America/Toronto
attendance: online
organiser: Example Network
audience: [general-practitioner]
language: en
terms: [link-worker]
sources: [{ title: Example programme, url: https://example.org/events/webinar }]
reviewed: 2026-11-01
---
An example event for the tests.
";

const CONFERENCE: &str = "---
title: Summer conference
summary: Two days in London.
start: 2024-07-04T09:30
end: 2024-07-05T16:00
timezone: Europe/London
attendance: hybrid
city: London
country: GB
organiser: Example Network
sources: [{ title: Example report, url: https://example.org/events/conference }]
reviewed: 2026-11-01
---
An example event for the tests.
";

/// A fixture hub with one upcoming webinar and one past conference, built with the
/// command-line tool at `NOW`.
fn events_hub() -> Fixture {
    let f = Fixture::new("mini");
    f.write("content/events/webinar.md", WEBINAR);
    f.write("content/events/conference.md", CONFERENCE);
    build_at(&f, NOW);
    f
}

fn build_at(f: &Fixture, epoch: &str) {
    build_at_with(f, epoch, &[]);
}

/// Builds with the command-line tool at `epoch`, with `extra` options.
fn build_at_with(f: &Fixture, epoch: &str, extra: &[&str]) {
    let out = common::hub()
        .arg("build")
        .args(extra)
        .arg("--root")
        .arg(f.root())
        .arg("--output")
        .arg(f.out())
        .env("SOURCE_DATE_EPOCH", epoch)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn check_at(f: &Fixture) -> String {
    let out = common::hub()
        .args(["check", "--root"])
        .arg(f.root())
        .env("SOURCE_DATE_EPOCH", NOW)
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr)
}

#[test]
fn the_events_page_lists_upcoming_events_first_as_of_the_build() {
    let f = events_hub();
    let page = f.read("events/index.html");
    let upcoming = page.find("id=\"upcoming-heading\"").unwrap();
    let past = page.find("id=\"past-heading\"").unwrap();
    let webinar = page
        .find("Link workers&#39; webinar")
        .expect("the webinar is listed");
    let conference = page
        .find("Summer conference")
        .expect("the conference is listed");
    assert!(
        upcoming < webinar && webinar < past,
        "the webinar is upcoming"
    );
    assert!(past < conference, "the conference is past");
    assert!(
        page.contains("built on 29 November 2026"),
        "the page says when it was built"
    );
    // Built a year later, the webinar is past too.
    build_at(&f, "1827619200"); // 2027-12-01
    let later = f.read("events/index.html");
    assert!(later.contains("No upcoming events are listed yet."));
}

#[test]
fn an_event_page_shows_local_time_and_carries_schema_org_event_data() {
    let f = events_hub();
    let page = f.read("events/webinar/index.html");
    assert!(
        page.contains("Thursday 14 January 2027, 18:00–19:30 EST (America/Toronto)"),
        "{page}"
    );
    assert!(page.contains("datetime=\"2027-01-14T18:00:00-05:00\""));
    let start = page
        .find("<script type=\"application/ld+json\">")
        .expect("JSON-LD")
        + 35;
    let end = start + page[start..].find("</script>").unwrap();
    let ld: serde_json::Value = serde_json::from_str(&page[start..end]).expect("valid JSON");
    assert_eq!(ld["@type"], "Event");
    assert_eq!(ld["startDate"], "2027-01-14T18:00:00-05:00");
    assert_eq!(ld["endDate"], "2027-01-14T19:30:00-05:00");
    assert_eq!(
        ld["eventAttendanceMode"],
        "https://schema.org/OnlineEventAttendanceMode"
    );
    assert_eq!(ld["organizer"]["name"], "Example Network");
    assert_eq!(ld["inLanguage"], "en");
    let hybrid = f.read("events/conference/index.html");
    assert!(hybrid.contains("MixedEventAttendanceMode"));
    assert!(hybrid.contains("\"addressLocality\": \"London\""));
    // Summer time in London: an hour ahead of UTC.
    assert!(hybrid.contains("2024-07-04T09:30:00+01:00"));
}

fn parse_ics(python: &Path, file: &Path) -> serde_json::Value {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/python/check_ics.py");
    let out = std::process::Command::new(python)
        .arg(script)
        .arg(file)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_str(&stdout).expect("the checker prints JSON")
}

#[test]
fn the_calendar_feed_is_read_by_an_independent_parser_with_local_times() {
    let f = events_hub();
    let ics = f.read("events.ics");
    assert!(ics.lines().all(|l| l.len() <= 76), "lines are folded");
    assert!(ics.contains("\r\n"), "content lines end with CRLF");
    let Some(python) = common::checker_python() else {
        return;
    };
    let cal = parse_ics(&python, &f.out().join("events.ics"));
    assert_eq!(cal["version"], "2.0");
    let events = cal["events"].as_array().unwrap();
    assert_eq!(events.len(), 2, "one VEVENT per event: {cal}");
    let webinar = events
        .iter()
        .find(|e| e["uid"].as_str().unwrap().ends_with("/events/webinar/"))
        .unwrap();
    assert_eq!(webinar["tzid"], "America/Toronto");
    assert_eq!(webinar["start"], "2027-01-14T18:00:00-05:00");
    assert_eq!(webinar["end"], "2027-01-14T19:30:00-05:00");
    assert_eq!(
        webinar["summary"],
        "Link workers' webinar; questions, answers"
    );
    let conference = events
        .iter()
        .find(|e| e["uid"].as_str().unwrap().ends_with("/events/conference/"))
        .unwrap();
    assert_eq!(conference["tzid"], "Europe/London");
    assert_eq!(conference["start"], "2024-07-04T09:30:00+01:00");
    assert_eq!(conference["location"], "London, United Kingdom");
    let zones = cal["timezones"].as_array().unwrap();
    assert!(
        zones.contains(&"America/Toronto".into()) && zones.contains(&"Europe/London".into()),
        "{cal}"
    );
}

#[test]
fn the_shipped_events_parse_as_icalendar() {
    let (_tmp, site) = common::shipped_build();
    let events = std::fs::read_dir(site.join("events"))
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().is_dir())
        .count();
    assert!(events >= 3, "the hub ships real events");
    let Some(python) = common::checker_python() else {
        return;
    };
    let cal = parse_ics(&python, &site.join("events.ics"));
    assert_eq!(cal["events"].as_array().unwrap().len(), events);
}

#[test]
fn hub_check_names_the_field_of_a_wrong_time_zone_date_or_place() {
    let f = Fixture::new("mini");
    f.write(
        "content/events/bad-zone.md",
        &WEBINAR.replace("America/Toronto", "Europe/Londn"),
    );
    f.write(
        "content/events/backwards.md",
        &CONFERENCE.replace("end: 2024-07-05T16:00", "end: 2024-07-03T16:00"),
    );
    f.write(
        "content/events/nowhere.md",
        &CONFERENCE.replace("city: London\n", ""),
    );
    f.write(
        "content/events/no-zone.md",
        &WEBINAR.replace("timezone: America/Toronto\n", ""),
    );
    f.write(
        "content/events/spring-forward.md",
        &CONFERENCE
            .replace("start: 2024-07-04T09:30", "start: 2024-03-31T01:30")
            .replace("end: 2024-07-05T16:00", "end: 2024-03-31T03:00"),
    );
    let report = check_at(&f);
    assert!(
        report.contains("content/events/spring-forward.md:4:8"),
        "{report}"
    );
    assert!(report.contains("(a daylight-saving change)"), "{report}");
    assert!(
        report.contains("content/events/bad-zone.md:6:11"),
        "{report}"
    );
    assert!(
        report.contains("`Europe/Londn` is not a time zone"),
        "{report}"
    );
    assert!(report.contains("did you mean `Europe/London`?"), "{report}");
    assert!(
        report.contains("content/events/backwards.md:5:6"),
        "{report}"
    );
    assert!(
        report.contains("the event ends before it starts"),
        "{report}"
    );
    assert!(report.contains("content/events/nowhere.md"), "{report}");
    assert!(
        report.contains("needs its `city` and `country`"),
        "{report}"
    );
    assert!(report.contains("content/events/no-zone.md:4:8"), "{report}");
    assert!(report.contains("needs its `timezone`"), "{report}");
}

/// The webinar retitled and moved to `start`–`end` in `zone`.
fn webinar_at(title: &str, start: &str, end: &str, zone: &str) -> String {
    WEBINAR
        .replace("Link workers' webinar; questions, answers", title)
        .replace("start: 2027-01-14T18:00", &format!("start: {start}"))
        .replace("end: 2027-01-14T19:30", &format!("end: {end}"))
        .replace("America/Toronto", zone)
}

#[test]
fn events_of_different_time_zones_are_listed_in_the_order_they_happen() {
    let f = Fixture::new("mini");
    // 10:00 in Tokyo is 01:00 UTC, before 05:00 in London on the same day.
    f.write(
        "content/events/tokyo.md",
        &webinar_at(
            "Tokyo morning",
            "2027-01-14T10:00",
            "2027-01-14T11:00",
            "Asia/Tokyo",
        ),
    );
    f.write(
        "content/events/london.md",
        &webinar_at(
            "London dawn",
            "2027-01-14T05:00",
            "2027-01-14T06:00",
            "Europe/London",
        ),
    );
    build_at(&f, NOW);
    let page = f.read("events/index.html");
    let tokyo = page.find("Tokyo morning").expect("listed");
    let london = page.find("London dawn").expect("listed");
    assert!(tokyo < london, "the Tokyo event (01:00 UTC) comes first");
}

#[test]
fn a_site_given_as_a_path_only_still_has_a_valid_calendar() {
    let f = Fixture::new("mini");
    f.write("content/events/webinar.md", WEBINAR);
    build_at_with(&f, NOW, &["--base-url", "/sp-hub/"]);
    let ics = f.read("events.ics");
    assert!(ics.contains("UID:hub-event-webinar\r\n"), "{ics}");
    assert!(!ics.contains("\r\nURL:"), "no relative URL: {ics}");
}
