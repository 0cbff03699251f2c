"""Reads an iCalendar file with the `icalendar` package (an independent RFC 5545 parser)
and prints what it found as JSON: every VEVENT's UID, summary, start and end (ISO 8601,
with the UTC offset the parser derived from the file's VTIMEZONE or TZID), and the TZIDs.

Usage: check_ics.py FILE. Exit status 1 when the file does not parse.
"""
import json
import sys

import icalendar


def main(path: str) -> int:
    try:
        with open(path, "rb") as f:
            cal = icalendar.Calendar.from_ical(f.read())
    except Exception as e:  # any parse error fails the check
        print(f"{path}: does not parse: {e}")
        return 1
    events = []
    for ev in cal.walk("VEVENT"):
        start = ev.decoded("DTSTART")
        end = ev.decoded("DTEND")
        events.append(
            {
                "uid": str(ev.get("UID")),
                "summary": str(ev.get("SUMMARY")),
                "start": start.isoformat(),
                "end": end.isoformat(),
                "tzid": ev["DTSTART"].params.get("TZID"),
                "location": str(ev.get("LOCATION")),
            }
        )
    zones = [str(tz.get("TZID")) for tz in cal.walk("VTIMEZONE")]
    print(json.dumps({"version": str(cal.get("VERSION")), "events": events, "timezones": zones}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
