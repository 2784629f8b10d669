"""Which dates a calendar shows: events found in SQL by the window they touch, expanded only inside it.

Every function takes a queryset of events, so a Sozialraum's calendar, the
city-wide one and the start pages share them, and each costs a fixed number
of queries.
"""

import calendar as pycalendar
import datetime
from dataclasses import replace

from django.utils import timezone

from ..listings import rendition_prefetch
from .recurrence import BERLIN, local

UPCOMING_DAYS = 56
TEASER_DAYS = 21
MONTH_CELL_LIMIT = 8


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
    window_start, window_end = day_start(first_day), day_end(last_day)
    days = {}
    for event in candidates(events, first_day, last_day):
        for occurrence in event.occurrences(window_start, window_end):
            runs = occurrence.days if every_day else [max(local(occurrence.start).date(), first_day)]
            for day in runs:
                if first_day <= day <= last_day:
                    days.setdefault(day, []).append((event, occurrence))
    return [(day, sorted(items, key=lambda item: item[1].start)) for day, items in sorted(days.items())]


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
    """The next date of each of `limit` events from now on that takes place.

    A short list shows a series once, at its next date, with `later_dates` set
    if more follow (the event page lists them); cancelled dates are left out.
    """
    now = timezone.now()
    today = timezone.localdate()
    items, seen = [], set()
    for _day, entries in occurrences_by_day(events, today, today + datetime.timedelta(days=days)):
        for event, occurrence in entries:
            over = occurrence.end < now or occurrence.cancelled or event.status == "cancelled"
            if over or event.pk in seen:
                continue
            seen.add(event.pk)
            items.append((event, replace(occurrence, later_dates=event.series_end > occurrence.end)))
            if len(items) == limit:
                return items
    return items


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
