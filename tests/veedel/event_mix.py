"""A mixed calendar for comparing and measuring: single dates and series of every kind around a day.

`event_maker(anchor, ...)` gives `make(number, locale)` for tests/bulk_pages.add_pages: event
`number` is always the same event (an alias in another language gets the same dates), drawn from
a generator seeded with the number. Around the `anchor` day: single dates past, today, running now
and coming, several days long and all day, many at the same hour (ties, also in the hour the night
the clocks go back has twice), cancelled events, single dates with an exception, weekly, monthly,
daily and open-ended series (some begun long ago), with excluded, cancelled and moved dates, moved
both into and out of the coming weeks.
"""

import datetime
import random

from veedel.calendar.recurrence import BERLIN, WEEKDAYS, build_rrule, series_starts
from veedel.models import EventOccurrenceChange, EventPage

# Hour 2 exists twice the night the clocks go back: both are drawn (`fold`).
HOURS = [0, 2, 8, 10, 10, 14, 18, 18, 19, 23]
MINUTES = [0, 0, 0, 30, 45]


def at(day, hour, minute=0):
    return datetime.datetime.combine(day, datetime.time(hour, minute), BERLIN)


def days(number):
    return datetime.timedelta(days=number)


class Draw:
    """The dates of one event, drawn around the anchor day."""

    def __init__(self, rng, anchor):
        self.rng, self.anchor = rng, anchor

    def day(self, first, last):
        return self.anchor + days(self.rng.randint(first, last))

    def start(self, first, last):
        value = at(self.day(first, last), self.rng.choice(HOURS), self.rng.choice(MINUTES))
        return value.replace(fold=self.rng.choice([0, 1]))

    def length(self):
        return datetime.timedelta(hours=self.rng.choice([1, 2, 2, 3, 5]))


def single(draw, kind):
    rng = draw.rng
    if kind == "past":
        start = draw.start(-40, -1)
        return {"start": start, "end": start + draw.length()}
    if kind == "running":
        start = draw.start(-2, 0)
        return {"start": start, "end": start + datetime.timedelta(hours=rng.randint(1, 60))}
    if kind == "several_days":
        first = draw.day(-12, 20)
        if rng.random() < 0.5:
            return {"start": at(first, 0), "end": at(first + days(rng.randint(1, 14)), 0), "all_day": True}
        start = at(first, rng.choice(HOURS))
        return {"start": start, "end": start + days(rng.randint(1, 10))}
    start = draw.start(0, 100) if kind == "coming" else draw.start(0, 8)
    return {"start": start, "end": start + draw.length()}


def series(draw, kind):
    """The fields of a series; `dates` are its first dates, for exceptions."""
    rng = draw.rng
    first = -400 if kind == "daily_since_long" else -70
    start = draw.start(first, 25)
    repeat = kind if kind in ("weekly", "monthly_weekday", "monthly") else "daily"
    fields = {"start": start, "end": start + draw.length(), "repeat": repeat, "repeat_interval": 1}
    if repeat == "weekly":
        weekdays = {start.weekday(), *rng.sample(range(7), rng.randint(0, 2))}
        fields["repeat_weekdays"] = ",".join(WEEKDAYS[day] for day in sorted(weekdays))
        fields["repeat_interval"] = rng.choice([1, 1, 1, 2, 3])
    if repeat == "monthly_weekday":
        last_week = start.day > 21 and rng.random() < 0.5
        fields["repeat_nth"] = -1 if last_week else min(4, (start.day - 1) // 7 + 1)
    if kind != "daily_since_long":
        end = rng.random()
        if end < 0.4:
            fields["repeat_until"] = draw.day(-20, 150)
            fields["repeat_until"] = max(fields["repeat_until"], start.date())
        elif end < 0.8:
            fields["repeat_count"] = rng.randint(1, 20)
    rule = build_rrule(
        repeat,
        interval=fields["repeat_interval"],
        weekdays=fields.get("repeat_weekdays", "").split(","),
        nth=fields.get("repeat_nth"),
        until=fields.get("repeat_until"),
        count=fields.get("repeat_count"),
        start=start,
    )
    horizon = max(start, at(draw.anchor, 0)) + days(120)
    return fields, series_starts(start, rule, start, horizon)


def exceptions(draw, dates, length):
    """Up to four exceptions on the series' `dates`, most of them in the coming weeks."""
    rng = draw.rng
    coming = [value for value in dates if value.date() >= draw.anchor - days(3)][:8] or dates
    changes = []
    for original in rng.sample(coming, min(len(coming), rng.randint(0, 4))):
        action = rng.choice(["exclude", "cancel", "cancel", "move", "move"])
        change = EventOccurrenceChange(original_date=original.date(), action=action, reason=f"Grund {action}")
        if action == "move":
            change.new_start = original + datetime.timedelta(hours=rng.choice([-200, -30, 2, 26, 170, 600]))
            change.new_end = change.new_start + length if rng.random() < 0.5 else None
        changes.append(change)
    return changes


SINGLE = ["coming"] * 12 + ["soon"] * 4 + ["past"] * 3 + ["running"] * 2 + ["several_days"] * 2
SERIES = ["weekly"] * 6 + ["monthly_weekday"] * 2 + ["monthly", "daily", "daily_since_long"]


def event_fields(number, anchor):
    """The fields (with `occurrence_changes`) of event `number`, the same for every call."""
    rng = random.Random(f"{anchor}:{number}")
    draw = Draw(rng, anchor)
    if rng.random() < 0.35:
        fields, dates = series(draw, rng.choice(SERIES))
        if dates and rng.random() < 0.6:
            fields["occurrence_changes"] = exceptions(draw, dates, fields["end"] - fields["start"])
    else:
        fields = single(draw, rng.choice(SINGLE))
        if rng.random() < 0.08:  # an exception on its own date, as the form allows
            action = rng.choice(["cancel", "move", "exclude"])
            change = EventOccurrenceChange(original_date=fields["start"].date(), action=action)
            if action == "move":
                change.new_start = fields["start"] + days(rng.choice([-3, 1, 30]))
            fields["occurrence_changes"] = [change]
    if rng.random() < 0.06:
        fields["status"] = "cancelled"
    fields["is_free"] = rng.random() < 0.6
    return fields


def event_maker(anchor, prefix="termin", topics=()):
    """`make(number, locale)` for add_pages: the mixed calendar around `anchor`.

    With two `topics`, every third event has the first and every fifth the second (some both).
    """

    def make(number, locale):
        fields = event_fields(number, anchor)
        changes = fields.pop("occurrence_changes", [])
        page = EventPage(
            title=f"{prefix.title()} {number}",
            slug=f"{prefix}-{number}",
            locale=locale,
            place_name="Bürgerhaus",
            **fields,
        )
        page.occurrence_changes = changes
        if topics and number % 3 == 0:
            page.topics.add(topics[0])
        if topics and number % 5 == 0:
            page.topics.add(topics[-1])
        return page

    return make
