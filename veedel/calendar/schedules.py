"""Events' dates read without loading the pages: a light row per event and exception, in one query.

A list that shows some of many events (the next dates, a page of the calendar list) works out the
dates from these and then loads only the events it shows (`load_events`): loading a page costs
far more than working out its dates. The dates are those `EventPage.occurrences()` gives.
"""

import datetime
from dataclasses import dataclass, field

from .recurrence import expand, next_occurrence

# The next dates worked out before, in this process: a start page follows every series of its window
# (about 600 on a full portal) at each build, and parsing and following the rules was most of its
# time. The key is everything a next date depends on besides the moment, so an edited series gets a
# new key. A date found at `then` is still the next one at any later moment before it ends: as time
# goes on, the dates shown only become fewer. Moments before `then` (a clock moved back) work it out
# again.
REMEMBERED_NEXT_DATES = 20_000
_next_dates = {}

SCHEDULE_FIELDS = ("pk", "path", "start", "end", "rrule", "series_end")
EXCEPTION_FIELDS = ("pk", "original_date", "action", "new_start", "new_end", "reason")


@dataclass
class Schedule:
    """An event's start, end, rule and exceptions, as EventPage.occurrences() passes them to expand()."""

    pk: int
    path: str
    start: datetime.datetime
    end: datetime.datetime
    rrule: str
    series_end: datetime.datetime
    excluded: list = field(default_factory=list)
    changes: list = field(default_factory=list)

    @property
    def single(self):
        """A single date without exceptions: its one date is the stored start and end."""
        return not (self.rrule or self.excluded or self.changes)

    def occurrences(self, window_start, window_end):
        return expand(self.start, self.end, self.rrule, window_start, window_end, self.excluded, self.changes)

    def next_occurrence(self, now, window_start, window_end):
        """recurrence.next_occurrence(), remembered in this process (see REMEMBERED_NEXT_DATES)."""
        rule = (self.start, self.end, self.rrule, tuple(self.excluded), tuple(self.changes))
        key = (*rule, window_start, window_end)
        remembered = _next_dates.get(key)
        if remembered is not None:
            then, occurrence = remembered
            if then <= now and (occurrence is None or occurrence.end >= now):
                return occurrence
        occurrence = next_occurrence(
            self.start, self.end, self.rrule, now, window_start, window_end, self.excluded, self.changes
        )
        if len(_next_dates) >= REMEMBERED_NEXT_DATES:
            _next_dates.clear()
        _next_dates[key] = (now, occurrence)
        return occurrence


def exception_model(event_model):
    """The model of an event's exceptions (EventOccurrenceChange), without importing the page models."""
    return event_model._meta.get_field("occurrence_changes").related_model


def each_once(events):
    """`events` as a query without their joins: each event once, however it was filtered (by topic)."""
    return events.model.objects.filter(pk__in=events.values("pk"))


def read_schedules(events):
    """[Schedule] of `events` in the order of the page tree, in one query (a row per exception).

    The exceptions come in the order of `occurrence_changes.all()`; the excluded dates apart, as
    EventPage.occurrences() passes them.
    """
    exceptions = [f"occurrence_changes__{name}" for name in EXCEPTION_FIELDS]
    rows = events.values(*SCHEDULE_FIELDS, *exceptions).order_by(
        "path", "occurrence_changes__sort_order", "occurrence_changes__pk"
    )
    schedules, seen = {}, set()
    for row in rows:
        schedule = schedules.get(row["pk"])
        if schedule is None:
            schedule = schedules[row["pk"]] = Schedule(*(row[name] for name in SCHEDULE_FIELDS))
        if row[exceptions[0]] is None or row[exceptions[0]] in seen:
            continue
        seen.add(row[exceptions[0]])
        change = tuple(row[name] for name in exceptions[1:])
        if change[1] == "exclude":
            schedule.excluded.append(change[0])
        else:
            schedule.changes.append(change)
    return list(schedules.values())


def load_events(events, pks):
    """{pk: event} of the events a list shows, whole, with their venue, in one query."""
    if not pks:
        return {}
    return {event.pk: event for event in events.filter(pk__in=pks).select_related("image", "venue")}
