"""Dates of the demo calendar: weekdays from today, German date texts, the days nothing takes place."""

import datetime

from dateutil.easter import easter

from veedel.calendar.recurrence import BERLIN

WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY_NAMES = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
MONTH_NAMES = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)


def weekday_number(key):
    """'tuesday' -> 1, as datetime.date.weekday() counts."""
    return WEEKDAY_KEYS.index(key)


def next_weekday(start, weekday, weeks=0):
    return start + datetime.timedelta(days=(weekday - start.weekday()) % 7 + 7 * weeks)


def at(day, hour, minute=0):
    return datetime.datetime.combine(day, datetime.time(hour, minute), BERLIN)


def parse_times(text):
    """'10:00-12:00' -> ((10, 0), (12, 0))."""
    start, end = text.split("-")
    return tuple(tuple(int(part) for part in time.split(":")) for time in (start, end))


def timed(day, times):
    """start and end on `day` from ((hour, minute), (hour, minute))."""
    (start_hour, start_minute), (end_hour, end_minute) = times
    return {"start": at(day, start_hour, start_minute), "end": at(day, end_hour, end_minute)}


def nth_weekday_on_or_after(start, weekday, nth):
    """The next date from `start` that is the nth (or, for -1, the last) given weekday of its month."""
    day = start.replace(day=1)
    while True:
        same = [
            candidate
            for candidate in (day + datetime.timedelta(days=n) for n in range(31))
            if candidate.month == day.month and candidate.weekday() == weekday
        ]
        candidate = same[nth - 1] if nth > 0 else same[-1]
        if candidate >= start:
            return candidate
        day = (day + datetime.timedelta(days=32)).replace(day=1)


def german_date(day, weekday=True):
    """'Samstag, 12. Dezember' (or '12. Dezember'): dates in texts, independent of the active locale."""
    text = f"{day.day}. {MONTH_NAMES[day.month - 1]}"
    return f"{WEEKDAY_NAMES[day.weekday()]}, {text}" if weekday else text


def rosenmontag(year):
    return easter(year) - datetime.timedelta(days=48)


def closed_reason(day):
    """Why nothing takes place on this day (a holiday in NRW, the Christmas break, Karneval), or ""."""
    if (day.month == 12 and day.day >= 24) or (day.month == 1 and day.day == 1):
        return "Weihnachtspause"
    if (day.month, day.day) in {(5, 1), (10, 3), (11, 1)}:
        return "Feiertag"
    offset = (day - easter(day.year)).days
    if offset in {-2, 0, 1, 39, 49, 50, 60}:
        return "Feiertag"
    if offset in {-52, -48}:  # Weiberfastnacht and Rosenmontag: Cologne is out on the streets.
        return "Karneval"
    return ""
