//! When an event happens: its start and end as days or times of day in an IANA time zone
//! (jiff), the instants they stand for, and how they are written for people, for
//! schema.org and for iCalendar.

use jiff::Timestamp;
use jiff::civil::{Date, DateTime};
use jiff::tz::TimeZone;

/// A start or an end: a whole day, or a time of day, in the event's time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum When {
    /// `YYYY-MM-DD`.
    Day(Date),
    /// `YYYY-MM-DDTHH:MM`.
    At(DateTime),
}

impl When {
    /// Reads `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` (seconds allowed).
    pub(super) fn parse(text: &str) -> Result<When, String> {
        let text = text.trim();
        if text.contains('T') {
            text.parse::<DateTime>()
                .map(When::At)
                .map_err(|e| format!("`{text}` is not a date and time: {e}"))
        } else {
            text.parse::<Date>()
                .map(When::Day)
                .map_err(|e| format!("`{text}` is not a date: {e}"))
        }
    }

    fn date(self) -> Date {
        match self {
            When::Day(d) => d,
            When::At(dt) => dt.date(),
        }
    }
}

/// Why a schedule cannot be made, and which field is at fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum ScheduleError {
    /// `start` does not parse.
    Start(String),
    /// `end` does not parse, mixes a day with a time, or is before `start`.
    End(String),
    /// `timezone` is not an IANA time zone name.
    TimeZone(String),
}

/// An event's start and end in its time zone.
#[derive(Debug, Clone)]
pub(super) struct Schedule {
    start: When,
    end: When,
    zone: TimeZone,
    zone_name: String,
}

impl Schedule {
    /// The schedule of `start`–`end` (a day event without `end` lasts that day) in the IANA
    /// time zone `zone`.
    pub(super) fn new(
        start: &str,
        end: Option<&str>,
        zone: &str,
    ) -> Result<Schedule, ScheduleError> {
        let tz = TimeZone::get(zone).map_err(|_| ScheduleError::TimeZone(zone.to_string()))?;
        let start = When::parse(start).map_err(ScheduleError::Start)?;
        let end = match end {
            Some(e) => When::parse(e).map_err(ScheduleError::End)?,
            None if matches!(start, When::At(_)) => {
                return Err(ScheduleError::End(
                    "an event with a start time needs its `end` time".into(),
                ));
            }
            None => start,
        };
        match (start, end) {
            (When::Day(_), When::At(_)) | (When::At(_), When::Day(_)) => {
                return Err(ScheduleError::End(
                    "`start` and `end` must both be days or both be times of day".into(),
                ));
            }
            _ => {}
        }
        let schedule = Schedule {
            start,
            end,
            zone: tz,
            zone_name: zone.to_string(),
        };
        let backwards = match (start, end) {
            (When::Day(s), When::Day(e)) => e < s,
            _ => schedule.end_instant() <= schedule.start_instant(),
        };
        if backwards {
            return Err(ScheduleError::End("the event ends before it starts".into()));
        }
        Ok(schedule)
    }

    /// The start or end times that do not exist, or exist twice, in the zone (in a
    /// daylight-saving change): `("start", "2024-03-31T01:30")`, for `hub check` to warn.
    pub(super) fn ambiguous_times(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        for (field, when) in [("start", self.start), ("end", self.end)] {
            if let When::At(dt) = when
                && self.zone.to_ambiguous_zoned(dt).is_ambiguous()
                && !out.iter().any(|(_, t)| *t == dt.to_string())
            {
                out.push((field, dt.to_string()));
            }
        }
        out
    }

    /// The IANA name of the time zone.
    pub(super) fn zone_name(&self) -> &str {
        &self.zone_name
    }

    /// True for events given as whole days.
    pub(super) fn is_all_day(&self) -> bool {
        matches!(self.start, When::Day(_))
    }

    /// The instant the event starts (a day event: midnight at its start, local time).
    pub(super) fn start_instant(&self) -> Timestamp {
        self.instant(self.start, false)
    }

    /// The instant the event ends (a day event: midnight after its last day, local time).
    pub(super) fn end_instant(&self) -> Timestamp {
        self.instant(self.end, true)
    }

    fn instant(&self, when: When, end: bool) -> Timestamp {
        let local = match when {
            When::Day(d) if end => d
                .tomorrow()
                .unwrap_or(d)
                .to_datetime(jiff::civil::Time::midnight()),
            When::Day(d) => d.to_datetime(jiff::civil::Time::midnight()),
            When::At(dt) => dt,
        };
        self.zone
            .to_ambiguous_zoned(local)
            .compatible()
            .map(|z| z.timestamp())
            .unwrap_or(Timestamp::UNIX_EPOCH)
    }

    /// The start for schema.org and `<time datetime>`: `2024-03-14` or
    /// `2024-03-14T10:00:00+00:00`.
    pub(super) fn start_iso(&self) -> String {
        self.iso(self.start)
    }

    /// The end, written like [`Schedule::start_iso`].
    pub(super) fn end_iso(&self) -> String {
        self.iso(self.end)
    }

    fn iso(&self, when: When) -> String {
        match when {
            When::Day(d) => d.to_string(),
            When::At(dt) => match self.zone.to_ambiguous_zoned(dt).compatible() {
                Ok(z) => z.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
                Err(_) => dt.to_string(),
            },
        }
    }

    /// The start and end as iCalendar values with their parameters: `;VALUE=DATE:20240612`
    /// (the end of a day event is the day after, as RFC 5545 wants) or
    /// `;TZID=Europe/London:20240314T100000`.
    pub(super) fn ical_start_end(&self) -> (String, String) {
        let day = |d: Date| format!(";VALUE=DATE:{}", d.strftime("%Y%m%d"));
        let at =
            |dt: DateTime| format!(";TZID={}:{}", self.zone_name, dt.strftime("%Y%m%dT%H%M%S"));
        match (self.start, self.end) {
            (When::Day(s), When::Day(e)) => (day(s), day(e.tomorrow().unwrap_or(e))),
            (When::At(s), When::At(e)) => (at(s), at(e)),
            (s, _) => (day(s.date()), day(s.date().tomorrow().unwrap_or(s.date()))),
        }
    }

    /// The instants an iCalendar `VTIMEZONE` must describe for this event.
    pub(super) fn instants(&self) -> [Timestamp; 2] {
        [self.start_instant(), self.end_instant()]
    }

    /// For people: `Thursday 14 March 2024, 10:00–12:00 GMT (Europe/London)`, or for day
    /// events `Wednesday 12 June 2024 – Thursday 13 June 2024`.
    pub(super) fn human(&self) -> String {
        const DAY: &str = "%A %-d %B %Y";
        match (self.start, self.end) {
            (When::Day(s), When::Day(e)) if s == e => s.strftime(DAY).to_string(),
            (When::Day(s), When::Day(e)) => format!("{} – {}", s.strftime(DAY), e.strftime(DAY)),
            (When::At(s), When::At(e)) => {
                let abbreviation = self
                    .zone
                    .to_ambiguous_zoned(s)
                    .compatible()
                    .map(|z| z.strftime("%Z").to_string())
                    .unwrap_or_default();
                let zone = if abbreviation.is_empty() || abbreviation.starts_with(['+', '-']) {
                    format!("({})", self.zone_name)
                } else {
                    format!("{abbreviation} ({})", self.zone_name)
                };
                if s.date() == e.date() {
                    format!(
                        "{}, {}–{} {zone}",
                        s.strftime(DAY),
                        s.strftime("%H:%M"),
                        e.strftime("%H:%M")
                    )
                } else {
                    format!(
                        "{}, {} – {}, {} {zone}",
                        s.strftime(DAY),
                        s.strftime("%H:%M"),
                        e.strftime(DAY),
                        e.strftime("%H:%M")
                    )
                }
            }
            (s, _) => s.date().strftime(DAY).to_string(),
        }
    }
}

/// The moment "now" for a build: `SOURCE_DATE_EPOCH` when set (reproducible builds and
/// tests), otherwise the clock.
pub(super) fn build_time() -> Timestamp {
    std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .and_then(|secs| Timestamp::from_second(secs).ok())
        .unwrap_or_else(Timestamp::now)
}

/// A build time for people: `29 November 2026`.
pub(super) fn human_day(at: Timestamp) -> String {
    at.to_zoned(TimeZone::UTC).strftime("%-d %B %Y").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_read_in_their_zone() {
        let s = Schedule::new(
            "2024-03-14T10:00",
            Some("2024-03-14T12:30"),
            "Europe/London",
        )
        .expect("a schedule");
        assert_eq!(s.start_iso(), "2024-03-14T10:00:00+00:00");
        assert_eq!(s.end_iso(), "2024-03-14T12:30:00+00:00");
        assert_eq!(
            s.human(),
            "Thursday 14 March 2024, 10:00–12:30 GMT (Europe/London)"
        );
        // Summer time: the same clock time is an hour earlier in UTC.
        let summer = Schedule::new(
            "2024-07-04T10:00",
            Some("2024-07-04T11:00"),
            "Europe/London",
        )
        .expect("a schedule");
        assert_eq!(summer.start_iso(), "2024-07-04T10:00:00+01:00");
        assert_eq!(summer.start_instant().to_string(), "2024-07-04T09:00:00Z");
        let (start, end) = summer.ical_start_end();
        assert_eq!(start, ";TZID=Europe/London:20240704T100000");
        assert_eq!(end, ";TZID=Europe/London:20240704T110000");
    }

    #[test]
    fn day_events_end_after_their_last_day() {
        let s = Schedule::new("2024-06-12", Some("2024-06-13"), "Asia/Tokyo").expect("a schedule");
        assert!(s.is_all_day());
        assert_eq!(
            s.ical_start_end(),
            (";VALUE=DATE:20240612".into(), ";VALUE=DATE:20240614".into())
        );
        assert_eq!(s.end_instant().to_string(), "2024-06-13T15:00:00Z");
        assert_eq!(s.human(), "Wednesday 12 June 2024 – Thursday 13 June 2024");
        let one = Schedule::new("2024-06-12", None, "UTC").expect("a schedule");
        assert_eq!(one.human(), "Wednesday 12 June 2024");
    }

    #[test]
    fn times_in_a_daylight_saving_change_are_found() {
        let gap = Schedule::new(
            "2024-03-31T01:30",
            Some("2024-03-31T03:00"),
            "Europe/London",
        )
        .expect("a schedule");
        assert_eq!(
            gap.ambiguous_times(),
            [("start", "2024-03-31T01:30:00".to_string())]
        );
        let fine = Schedule::new(
            "2024-03-31T09:00",
            Some("2024-03-31T10:00"),
            "Europe/London",
        )
        .expect("a schedule");
        assert!(fine.ambiguous_times().is_empty());
    }

    #[test]
    fn mistakes_name_their_field() {
        assert!(matches!(
            Schedule::new("2024-06-12", None, "Europe/Londres"),
            Err(ScheduleError::TimeZone(_))
        ));
        assert!(matches!(
            Schedule::new("2024-13-12", None, "UTC"),
            Err(ScheduleError::Start(_))
        ));
        assert!(matches!(
            Schedule::new("2024-06-12", Some("2024-06-11"), "UTC"),
            Err(ScheduleError::End(_))
        ));
        assert!(matches!(
            Schedule::new("2024-06-12", Some("2024-06-12T10:00"), "UTC"),
            Err(ScheduleError::End(_))
        ));
        assert!(matches!(
            Schedule::new("2024-06-12T10:00", Some("2024-06-12T09:00"), "UTC"),
            Err(ScheduleError::End(_))
        ));
        assert!(matches!(
            Schedule::new("2024-06-12T10:00", None, "UTC"),
            Err(ScheduleError::End(m)) if m.contains("needs its `end`")
        ));
    }
}
