"""Repeating events as RFC 5545 rules (python-dateutil), expanded only inside a window.

An event stores its rule as an RRULE string and its exceptions as rows:
excluded dates (EXDATE: the date simply does not take place), cancelled
occurrences (shown struck through, STATUS:CANCELLED in feeds) and moved
occurrences (RECURRENCE-ID with a new start). Times are wall-clock times in
Europe/Berlin, so a 18:00 meeting stays at 18:00 across the change to and
from daylight-saving time.
"""

import datetime
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr

BERLIN = ZoneInfo("Europe/Berlin")
WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


class Repeat:
    NONE = ""
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY_WEEKDAY = "monthly_weekday"
    MONTHLY = "monthly"


def build_rrule(repeat, interval=1, weekdays=(), nth=None, until=None, count=None, start=None):
    """The RRULE (without the "RRULE:" prefix) for the editor's choices, or "" for a single date."""
    if not repeat:
        return ""
    parts = []
    if repeat == Repeat.DAILY:
        parts.append("FREQ=DAILY")
    elif repeat == Repeat.WEEKLY:
        parts.append("FREQ=WEEKLY")
        days = [day for day in WEEKDAYS if day in weekdays] or [WEEKDAYS[start.weekday()]]
        parts.append(f"BYDAY={','.join(days)}")
    elif repeat == Repeat.MONTHLY_WEEKDAY:
        parts.append("FREQ=MONTHLY")
        parts.append(f"BYDAY={int(nth)}{WEEKDAYS[start.weekday()]}")
    elif repeat == Repeat.MONTHLY:
        parts.append("FREQ=MONTHLY")
    else:
        raise ValueError(f"unknown repetition {repeat!r}")
    if interval and int(interval) > 1:
        parts.append(f"INTERVAL={int(interval)}")
    if count:
        parts.append(f"COUNT={int(count)}")
    elif until:
        # UNTIL is inclusive: the whole last day, expressed in UTC as RFC 5545 wants with a zoned start.
        last = datetime.datetime.combine(until, datetime.time(23, 59, 59), BERLIN).astimezone(datetime.UTC)
        parts.append(f"UNTIL={last:%Y%m%dT%H%M%SZ}")
    return ";".join(parts)


@dataclass(frozen=True)
class Occurrence:
    start: datetime.datetime
    end: datetime.datetime
    original_start: datetime.datetime
    cancelled: bool = False
    moved: bool = False
    reason: str = ""
    # Set for short lists that show a series once: it has dates after this one.
    later_dates: bool = False

    @property
    def date(self):
        return self.start.date()

    @property
    def last_day(self):
        """The day it ends; an end at midnight sharp belongs to the day before."""
        end = local(self.end)
        if end.time() == datetime.time.min and end > local(self.start):
            end -= datetime.timedelta(microseconds=1)
        return end.date()

    @property
    def days(self):
        """Every day (Berlin time) the occurrence runs on, first to last."""
        first = local(self.start).date()
        return [first + datetime.timedelta(days=n) for n in range(max(0, (self.last_day - first).days) + 1)]


def local(value):
    return value.astimezone(BERLIN)


def is_open_ended(rrule):
    """Whether the rule repeats without end (neither COUNT nor UNTIL): expand it only up to a horizon."""
    parts = {part.split("=", 1)[0] for part in rrule.upper().split(";")} if rrule else set()
    return bool(rrule) and not parts & {"COUNT", "UNTIL"}


def parse_rule(start, rrule):
    """The rule as dateutil's rule set, from `start` (in Berlin time) on."""
    # RFC 5545: the start is always the first occurrence (compatible=True), as in iCal clients.
    return rrulestr(rrule, dtstart=local(start), compatible=True)


def series_starts(start, rrule, window_start, window_end, excluded_dates=()):
    """Start times of the series between the window's bounds (inclusive), in Berlin time."""
    start = local(start)
    if not rrule:
        starts = [start]
    else:
        starts = parse_rule(start, rrule).between(local(window_start), local(window_end), inc=True)
    excluded = set(excluded_dates)
    return [value for value in starts if value.date() not in excluded]


def lazy_starts(start, rrule, window_start, window_end):
    """series_starts() one by one, without the exclusions: a caller that stops early expands no further."""
    start = local(start)
    if not rrule:
        yield start  # a single date, whatever the window, as series_starts() gives it
        return
    window_start, window_end = local(window_start), local(window_end)
    for value in parse_rule(start, rrule):
        if value > window_end:
            return
        if value >= window_start:
            yield value


def is_occurrence(start, rrule, day):
    """Whether the series has a date on `day` (Berlin time), before any exception is applied."""
    if not rrule:
        return local(start).date() == day
    day_start = datetime.datetime.combine(day, datetime.time.min, BERLIN)
    day_end = datetime.datetime.combine(day, datetime.time.max, BERLIN)
    return bool(series_starts(start, rrule, day_start, day_end))


def expand(start, end, rrule, window_start, window_end, excluded_dates=(), changes=()):
    """Every occurrence that touches the window, with cancellations and moves applied.

    `changes` are (original_date, action, new_start, new_end, reason) with
    action "cancel" or "move". A moved occurrence appears where it was moved
    to, even if its original date lies outside the window.
    """
    duration = end - start
    changes_by_date = {change[0]: change for change in changes}
    # Look back by the duration so that multi-day occurrences already running are included.
    starts = series_starts(start, rrule, window_start - duration, window_end, excluded_dates)
    occurrences = []
    for original in starts:
        change = changes_by_date.get(original.date())
        if change and change[1] == "move":
            continue  # added below from its new date
        occurrences.append(own_occurrence(original, duration, change))
    for change in changes:
        moved = moved_occurrence(start, duration, change)
        if moved and moved.end >= window_start and moved.start <= window_end:
            occurrences.append(moved)
    occurrences = [o for o in occurrences if o.end >= window_start and o.start <= window_end]
    return sorted(occurrences, key=lambda occurrence: occurrence.start)


def own_occurrence(original, duration, change):
    """An occurrence on a date of the series; `change` cancels it (or is None)."""
    return Occurrence(
        start=original,
        end=original + duration,
        original_start=original,
        cancelled=bool(change and change[1] == "cancel"),
        reason=change[4] if change else "",
    )


def moved_occurrence(start, duration, change):
    """The occurrence a "move" change puts at its new date; None for any other change."""
    original_date, action, new_start, new_end, reason = change
    if action != "move" or new_start is None:
        return None
    new_start = local(new_start)
    return Occurrence(
        start=new_start,
        end=local(new_end) if new_end else new_start + duration,
        original_start=datetime.datetime.combine(original_date, local(start).timetz()),
        moved=True,
        reason=reason,
    )


def next_occurrence(start, end, rrule, now, window_start, window_end, excluded_dates=(), changes=()):
    """The first occurrence expand() gives for the window that is neither cancelled nor over at `now`.

    The same dates, in the same order, as expand(); but the series is followed only up to its first
    such date, and nothing is built for the dates before it. None if the window has none.
    """

    def shown(occurrence):
        over = occurrence.end < now or occurrence.cancelled
        return not over and occurrence.end >= window_start and occurrence.start <= window_end

    duration = end - start
    changes_by_date = {change[0]: change for change in changes}
    excluded = set(excluded_dates)
    found = None
    for original in lazy_starts(start, rrule, window_start - duration, window_end):
        change = changes_by_date.get(original.date())
        if original.date() in excluded or (change and change[1] == "move"):
            continue
        occurrence = own_occurrence(original, duration, change)
        if shown(occurrence):
            found = occurrence
            break
    # expand() lists moved dates after the series' own ones, so only an earlier start comes first.
    for change in changes:
        moved = moved_occurrence(start, duration, change)
        if moved and shown(moved) and (found is None or moved.start < found.start):
            found = moved
    return found


def first_rule_date(start, rrule):
    """The first date the rule itself yields from `start` on (None if none), to check the start against."""
    start = local(start)
    return rrulestr(rrule, dtstart=start).after(start, inc=True)


# A rule that yields nothing in this many years is refused as impossible.
HORIZON_YEARS = 5


def schedule_problems(start, end, repeat, interval=1, weekdays=(), nth=None, until=None, count=None):
    """The RRULE for an editor's choices and what is wrong with them, as [(field, German message)].

    One set of rules for the admin form and for imports, so an import never
    holds what an editor could not save.
    """
    if end < start:
        return "", [("end", "Das Ende liegt vor dem Beginn. Bitte prüfen Sie Datum und Uhrzeit.")]
    if not repeat:
        return "", []
    # Without "until" or a count the series runs on; the portal shows it up to CALENDAR_HORIZON_DAYS ahead.
    if until and until < local(start).date():
        return "", [("repeat_until", "Das Ende der Wiederholung liegt vor dem ersten Termin.")]
    if repeat == Repeat.MONTHLY_WEEKDAY and not nth:
        return "", [("repeat_nth", "Bitte wählen Sie, der wievielte Wochentag im Monat es ist.")]
    rule = build_rrule(
        repeat, interval=interval or 1, weekdays=weekdays, nth=nth, until=until, count=count, start=start
    )
    first = first_rule_date(start, rule)
    if first is None or first - local(start) > datetime.timedelta(days=365 * HORIZON_YEARS):
        return rule, [
            (
                "repeat",
                "Mit diesen Angaben gibt es keinen einzigen Termin. "
                "Bitte prüfen Sie Wochentag, Abstand und Ende.",
            )
        ]
    if first != local(start):
        return rule, [
            (
                "start",
                "Der Beginn passt nicht zur Wiederholung. Der erste passende Termin wäre am "
                f"{first:%d.%m.%Y}. Bitte tragen Sie diesen Tag als Beginn ein.",
            )
        ]
    return rule, []
