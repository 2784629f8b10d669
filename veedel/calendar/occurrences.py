"""Which dates a calendar shows: events found in SQL by the window they touch, expanded only inside it.

Every function takes a queryset of events, so a Sozialraum's calendar, the
city-wide one and the start pages share them, and each costs a fixed number
of queries. The lists that show a part of the dates (the next dates, a page
of the calendar list) work them out from light rows and load only the events
they show (`schedules`).
"""

import calendar as pycalendar
import datetime
from dataclasses import dataclass, replace

from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import TruncDate, TruncTime
from django.utils import timezone

from pagecache.freshness import changes_at

from ..listings import rendition_prefetch
from .recurrence import BERLIN, local
from .schedules import each_once, exception_model, load_events, read_schedules

UPCOMING_DAYS = 56
TEASER_DAYS = 21
# The list shows its range two weeks at a time ("Frühere Termine", "Weitere Termine").
LIST_PAGE_DAYS = 14
MONTH_CELL_LIMIT = 8
# Berlin's clocks change by an hour at most.
CLOCK_CHANGE = datetime.timedelta(hours=1)
# Start times as the calendar sorts them: by the clock in Berlin (as Python compares them), then tree order.
WALL_CLOCK_ORDER = (TruncDate("start", tzinfo=BERLIN), TruncTime("start", tzinfo=BERLIN), "path")


def day_start(day):
    return datetime.datetime.combine(day, datetime.time.min, BERLIN)


def day_end(day):
    return datetime.datetime.combine(day, datetime.time.max, BERLIN)


def month_bounds(year, month):
    last = pycalendar.monthrange(year, month)[1]
    return datetime.date(year, month, 1), datetime.date(year, month, last)


def add_months(day, months):
    index = day.year * 12 + day.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


def candidates(events, first_day, last_day):
    """The events that touch the days, with what a calendar entry shows, in a fixed number of queries."""
    return (
        events.filter(start__lte=day_end(last_day), series_end__gte=day_start(first_day))
        .select_related("image", "venue")
        .prefetch_related("occurrence_changes", rendition_prefetch("image"))
    )


def occurrences_by_day(events, first_day, last_day, every_day=False):
    """[(date, [(event, occurrence), ...]), ...], every series expanded only between the two days.

    A multi-day occurrence is listed on its first day in the window; with
    `every_day` (the month) on each day of the window it runs.
    """
    return by_day(candidates(events, first_day, last_day), first_day, last_day, every_day)


def schedules_by_day(events, first_day, last_day):
    """occurrences_by_day() of the list, with a `Schedule` for each event: the events are not loaded.

    `with_events` then puts the events in for the dates that are shown.
    """
    touching = events.filter(start__lte=day_end(last_day), series_end__gte=day_start(first_day))
    return by_day(read_schedules(each_once(touching)), first_day, last_day)


def by_day(events, first_day, last_day, every_day=False):
    """The dates of `events` (pages or schedules, in the order of the page tree) grouped by day."""
    window_start, window_end = day_start(first_day), day_end(last_day)
    days = {}
    for event in events:
        for occurrence in event.occurrences(window_start, window_end):
            runs = occurrence.days if every_day else [max(local(occurrence.start).date(), first_day)]
            for day in runs:
                if first_day <= day <= last_day:
                    days.setdefault(day, []).append((event, occurrence))
    return [(day, sorted(items, key=lambda item: item[1].start)) for day, items in sorted(days.items())]


def with_events(events, dates):
    """[(date, (event, occurrence)), ...] for [(date, (schedule, occurrence)), ...], in one query."""
    loaded = load_events(events, {schedule.pk for _day, (schedule, _occurrence) in dates})
    return [(day, (loaded[schedule.pk], occurrence)) for day, (schedule, occurrence) in dates]


@dataclass(frozen=True)
class DayPage:
    """The days one page of the list shows, where the pages before and after start (None: there is
    none), and whether the asked first day lay `outside` the range ("before", "after" or "")."""

    first: datetime.date
    last: datetime.date
    earlier: datetime.date | None
    later: datetime.date | None
    outside: str = ""


def day_page(first_day, last_day, start=None, days=LIST_PAGE_DAYS):
    """The page of the range first_day..last_day that begins on `start` (the range's first by default).

    Pages follow each other from the first day on; a `start` before the range gives its first page,
    one after it its last page, as "Weitere Termine" reaches it.
    """
    outside = ""
    if start is None or start < first_day:
        outside = "before" if start else ""
        start = first_day
    elif start > last_day:
        outside = "after"
        start = first_day + datetime.timedelta(days=(last_day - first_day).days // days * days)
    last = min(start + datetime.timedelta(days=days - 1), last_day)
    earlier = max(first_day, start - datetime.timedelta(days=days)) if start > first_day else None
    later = last + datetime.timedelta(days=1) if last < last_day else None
    return DayPage(start, last, earlier, later, outside)


def regroup(dates):
    """[(date, (event, occurrence)), ...] back into [(date, [(event, occurrence), ...]), ...]."""
    days = []
    for day, entry in dates:
        if days and days[-1][0] == day:
            days[-1][1].append(entry)
        else:
            days.append((day, [entry]))
    return days


def next_occurrences(events, limit, days=TEASER_DAYS):
    """The next date of each of `limit` events from now on that takes place, in two queries.

    A short list shows a series once, at its next date, with `later_dates` set
    if more follow (the event page lists them); cancelled dates are left out.
    Dates at the same time keep the order of the page tree.

    Only what the list needs is worked out: single dates come from SQL already
    sorted, at most `limit` of them; each series is followed from its first
    date only up to its first date that is shown (`next_occurrence`). Then the
    events shown are loaded.
    """
    now = timezone.now()
    today = timezone.localdate()
    window = day_start(today), day_end(today + datetime.timedelta(days=days))
    touching = events.filter(start__lte=window[1], series_end__gte=window[0]).exclude(status="cancelled")
    # Each event once, so that the limit counts events.
    candidates = each_once(touching).annotate(
        changed=Exists(exception_model(events.model).objects.filter(page=OuterRef("pk")))
    )
    single = Q(rrule="", changed=False)
    first_singles = candidates.filter(single, end__gte=now).order_by(*WALL_CLOCK_ORDER)[:limit]
    # A single date across a change of the clocks ends up to an hour later than stored, as expand()
    # shows it: those that ended in the last hour are looked at too.
    just_ended = Q(single, end__gte=now - CLOCK_CHANGE, end__lt=now)
    schedules = read_schedules(candidates.filter(Q(pk__in=first_singles.values("pk")) | ~single | just_ended))
    dates = [(schedule, schedule.next_occurrence(now, *window)) for schedule in schedules]
    from_sql = [occurrence for schedule, occurrence in dates if schedule.single and schedule.end >= now]
    if len(from_sql) == limit and any(occurrence is None for occurrence in from_sql):
        # Rare: one of them is over as expand() shows it (a clock change again); take all single dates.
        schedules = read_schedules(candidates.filter(~single | Q(single, end__gte=now - CLOCK_CHANGE)))
        dates = [(schedule, schedule.next_occurrence(now, *window)) for schedule in schedules]
    shown = sorted(
        ((schedule, occurrence) for schedule, occurrence in dates if occurrence),
        key=lambda date: (date[1].start, date[0].path),
    )[:limit]
    loaded = load_events(events, [schedule.pk for schedule, _occurrence in shown])
    # The list loses a date when it ends: a cached page lasts until then (or midnight, new dates).
    changes_at(min((occurrence.end for _schedule, occurrence in shown), default=None))
    return [
        (loaded[schedule.pk], replace(occurrence, later_dates=schedule.series_end > occurrence.end))
        for schedule, occurrence in shown
    ]


def month_weeks(year, month, days):
    """The month as weeks (Monday first) of seven cells: {"date", "in_month", "items", "more"}.

    A busy day shows its first dates and how many more there are; the list view has them all.
    """
    by_day = dict(days)
    weeks = []
    for week in pycalendar.Calendar(firstweekday=0).monthdatescalendar(year, month):
        cells = []
        for day in week:
            items = by_day.get(day, [])
            cells.append(
                {
                    "date": day,
                    "in_month": day.month == month,
                    "items": items[:MONTH_CELL_LIMIT],
                    "more": max(0, len(items) - MONTH_CELL_LIMIT),
                }
            )
        weeks.append(cells)
    return weeks
