//! `/events.ics`: the events as an iCalendar object (RFC 5545), one `VEVENT` per event and a
//! `VTIMEZONE` for every time zone a timed event uses, so that calendars read local times
//! correctly without guessing.
//!
//! Written here rather than with the `icalendar` crate: that crate cannot write `VTIMEZONE`
//! components (RFC 5545 §3.6.5 requires one per `TZID`) and would bring chrono beside jiff.
//! The output is checked by an independent parser (Python's `icalendar`) in the tests.

use super::Event;
use super::schedule::Schedule;
use crate::content::Record;
use crate::site::Site;
use jiff::tz::{Offset, TimeZone};
use jiff::{Timestamp, ToSpan};
use std::collections::{BTreeMap, BTreeSet};

/// The calendar of `events` (each with its valid schedule).
pub(super) fn calendar(site: &Site, events: &[(&Record<Event>, Schedule)]) -> String {
    let mut out = Lines::default();
    out.line("BEGIN:VCALENDAR");
    out.line("VERSION:2.0");
    out.line("PRODID:-//hub//social prescribing hub events//EN");
    out.line("CALSCALE:GREGORIAN");
    out.line("METHOD:PUBLISH");
    out.property("X-WR-CALNAME", &format!("{}: events", site.config.title));
    for (name, instants) in zones(events) {
        vtimezone(&mut out, &name, &instants);
    }
    let base = site.config.base_url.trim_end_matches('/');
    for (r, schedule) in events {
        let m = &r.meta;
        out.line("BEGIN:VEVENT");
        // The event page's address: globally unique and stable (and, unlike id@host, not
        // mistaken for an email address). A site configured with a path only has no
        // address: then the UID is the hub's own name for the event, and no URL is given.
        let page = format!("{base}{}", super::EVENTS.path_of(&r.id));
        let absolute = page.starts_with("https://") || page.starts_with("http://");
        if absolute {
            out.line(&format!("UID:{page}"));
        } else {
            out.property("UID", &format!("hub-event-{}", r.id));
        }
        // The record's own date, not the build's, so the same input gives the same file.
        let stamp = m
            .reviewed
            .as_ref()
            .map_or(m.start.value.as_str(), |d| d.value.as_str())
            .get(..10)
            .unwrap_or("1970-01-01")
            .replace('-', "");
        out.line(&format!("DTSTAMP:{stamp}T000000Z"));
        let (start, end) = schedule.ical_start_end();
        out.line(&format!("DTSTART{start}"));
        out.line(&format!("DTEND{end}"));
        out.property("SUMMARY", &m.title);
        out.property("DESCRIPTION", m.summary.trim());
        let place = match (&m.city, &m.country) {
            (Some(city), Some(country)) => {
                format!("{city}, {}", site.vocab.place_name(&country.value))
            }
            _ => "Online".to_string(),
        };
        out.property("LOCATION", &place);
        // ORGANIZER needs an address (CAL-ADDRESS); the organiser's name goes in the text.
        out.property("X-HUB-ORGANISER", &m.organiser);
        if absolute {
            out.line(&format!("URL:{page}"));
        }
        out.line(match m.status {
            super::EventStatus::Cancelled => "STATUS:CANCELLED",
            super::EventStatus::Postponed => "STATUS:TENTATIVE",
            super::EventStatus::Scheduled => "STATUS:CONFIRMED",
        });
        out.line("END:VEVENT");
    }
    out.line("END:VCALENDAR");
    out.text
}

/// The instants of timed events, by time zone.
fn zones(events: &[(&Record<Event>, Schedule)]) -> BTreeMap<String, Vec<Timestamp>> {
    let mut zones: BTreeMap<String, Vec<Timestamp>> = BTreeMap::new();
    for (_, s) in events.iter().filter(|(_, s)| !s.is_all_day()) {
        zones
            .entry(s.zone_name().to_string())
            .or_default()
            .extend(s.instants());
    }
    zones
}

/// A `VTIMEZONE` with the observances in force at `instants`: each is the transition
/// before the instant, given as local time before the change with the offsets either side.
fn vtimezone(out: &mut Lines, name: &str, instants: &[Timestamp]) {
    let Ok(zone) = TimeZone::get(name) else {
        return;
    };
    let mut observances: BTreeSet<(Timestamp, bool, i32, i32, String)> = BTreeSet::new();
    for &at in instants {
        let after = at.checked_add(1.second()).unwrap_or(at);
        match zone.preceding(after).next() {
            Some(t) => {
                let before = zone.to_offset(
                    t.timestamp()
                        .checked_sub(1.second())
                        .unwrap_or(t.timestamp()),
                );
                observances.insert((
                    t.timestamp(),
                    t.dst().is_dst(),
                    before.seconds(),
                    t.offset().seconds(),
                    t.abbreviation().to_string(),
                ));
            }
            None => {
                // A zone that never changed (UTC): one standard observance.
                let offset = zone.to_offset(at);
                observances.insert((
                    Timestamp::UNIX_EPOCH,
                    false,
                    offset.seconds(),
                    offset.seconds(),
                    String::new(),
                ));
            }
        }
    }
    out.line("BEGIN:VTIMEZONE");
    out.line(&format!("TZID:{name}"));
    for (at, dst, from, to, abbreviation) in observances {
        let kind = if dst { "DAYLIGHT" } else { "STANDARD" };
        let from_offset = Offset::from_seconds(from).unwrap_or(Offset::UTC);
        let local = at.to_zoned(TimeZone::fixed(from_offset)).datetime();
        out.line(&format!("BEGIN:{kind}"));
        out.line(&format!("DTSTART:{}", local.strftime("%Y%m%dT%H%M%S")));
        out.line(&format!("TZOFFSETFROM:{}", utc_offset(from)));
        out.line(&format!("TZOFFSETTO:{}", utc_offset(to)));
        if !abbreviation.is_empty() && !abbreviation.starts_with(['+', '-']) {
            out.property("TZNAME", &abbreviation);
        }
        out.line(&format!("END:{kind}"));
    }
    out.line("END:VTIMEZONE");
}

/// An RFC 5545 UTC-OFFSET: `+0100`, `-0330`, `+053028` when seconds are not zero.
fn utc_offset(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let s = seconds.unsigned_abs();
    let (h, m, sec) = (s / 3600, s / 60 % 60, s % 60);
    if sec == 0 {
        format!("{sign}{h:02}{m:02}")
    } else {
        format!("{sign}{h:02}{m:02}{sec:02}")
    }
}

/// Content lines: CRLF endings, folded at 75 octets without splitting a character.
#[derive(Default)]
struct Lines {
    text: String,
}

impl Lines {
    fn line(&mut self, line: &str) {
        let mut width = 0;
        for c in line.chars() {
            if width + c.len_utf8() > 75 {
                self.text.push_str("\r\n ");
                width = 1;
            }
            self.text.push(c);
            width += c.len_utf8();
        }
        self.text.push_str("\r\n");
    }

    /// A property whose value is TEXT, escaped.
    fn property(&mut self, name: &str, value: &str) {
        self.line(&format!("{name}:{}", escape_text(value)));
    }
}

/// Escapes a TEXT value (RFC 5545 §3.3.11).
fn escape_text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_fold_at_75_octets_between_characters() {
        let mut lines = Lines::default();
        lines.property("SUMMARY", &"é".repeat(50));
        let physical: Vec<&str> = lines.text.split("\r\n").filter(|l| !l.is_empty()).collect();
        assert!(physical.len() > 1);
        assert!(physical.iter().all(|l| l.len() <= 75), "{physical:?}");
        let unfolded = lines.text.replace("\r\n ", "");
        assert_eq!(unfolded, format!("SUMMARY:{}\r\n", "é".repeat(50)));
    }

    #[test]
    fn text_is_escaped_and_offsets_are_signed() {
        assert_eq!(escape_text("a;b,c\\d\ne"), "a\\;b\\,c\\\\d\\ne");
        assert_eq!(utc_offset(3600), "+0100");
        assert_eq!(utc_offset(-12600), "-0330");
        assert_eq!(utc_offset(0), "+0000");
    }
}
