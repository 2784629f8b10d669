"""Demo events: eighteen dates per Sozialraum over the coming two months, from fixtures/demo/events.yaml.

Six regular offers every Sozialraum has (with a holiday, a cancelled and a moved date), eight further
events every Sozialraum has in its own variant and four chosen from a pool. Which pool events, which
weekday, time and place and which event is cancelled or moved depend on the Sozialraum's slug, so the
eleven calendars differ, but never on chance: the demo is built idempotently. Dates are relative to
today and avoid the public holidays of NRW, the days between Christmas and New Year and the high days
of Cologne's Karneval.
"""

import datetime
import zlib

from django.utils import timezone

from veedel.calendar.recurrence import WEEKDAYS, build_rrule, series_starts

from . import data
from .dates import (
    at,
    closed_reason,
    german_date,
    next_weekday,
    nth_weekday_on_or_after,
    parse_times,
    rosenmontag,
    timed,
    weekday_number,
)

# How far ahead the demo calendar reaches: single events stay inside, series may run on.
HORIZON_DAYS = 60
POOL_SIZE = 4
POOL_STEP = 3
DAY_RULE_WEEKS = 6
# The keys of a template that are rules for the loader, not EventPage fields.
RULES = ("key", "date", "day", "series", "time", "times", "places", "all_day", "festival", "changes")


class FormatDefault(dict):
    """str.format_map that leaves an unknown placeholder ("{old}" of a move reason) for later."""

    def __missing__(self, key):
        return "{" + key + "}"


class Veedel:
    """The deterministic variations of one Sozialraum: weekdays, times, places, chosen from its slug."""

    def __init__(self, sozialraum, today, places, venues=None):
        self.slug = sozialraum.slug
        self.name = sozialraum.name
        self.today = today
        self.places = places
        # Kind of place -> {"entry": name in the Sozialraum's directory} or {"street", "postcode"}.
        self.venues = venues or {}
        # "Buchheim, Buchforst" -> ["Buchheim", "Buchforst"]: one part of the area is named in a text.
        # "Humboldt/Gremberg" is one Stadtteil; a street ("Keupstraße") reads wrong after "aus" or "in".
        parts = [part.strip() for part in self.name.split(",")]
        self.parts = [part for part in parts if part and not part.endswith("straße")] or [self.name]
        # Days taken by a big weekend event (`exclusive` in the data), starting with the Veedelsfest.
        self.busy = set()

    def number(self, salt):
        return zlib.crc32(f"{self.slug}:{salt}".encode())

    def pick(self, salt, options):
        options = list(options)
        return options[self.number(salt) % len(options)]

    def part(self, salt):
        return self.pick(f"{salt}:part", self.parts)

    def open_day(self, day, not_before=None, exclusive=False):
        """`day`, or the nearest week's same weekday that is open and inside the demo's two months.

        Single events end a week before the horizon, so the one that is moved by a week stays inside.
        `exclusive` keeps big weekend events apart from each other and from the Veedelsfest.
        """
        not_before = not_before or self.today + datetime.timedelta(days=1)
        latest = self.today + datetime.timedelta(days=HORIZON_DAYS - 7)
        for weeks in (0, 1, -1, 2, -2, 3, -3):
            candidate = day + datetime.timedelta(weeks=weeks)
            if not not_before <= candidate <= latest or closed_reason(candidate):
                continue
            if exclusive and candidate in self.busy:
                continue
            if exclusive:
                self.busy.add(candidate)
            return candidate
        return day

    def date(self, rule):
        """A fixed rule: the next `weekday` (plus `weeks_ahead`), or its `nth_of_month`."""
        weekday = weekday_number(rule["weekday"])
        if "nth_of_month" in rule:
            day = nth_weekday_on_or_after(self.today, weekday, rule["nth_of_month"])
        else:
            day = next_weekday(self.today, weekday, weeks=rule.get("weeks_ahead", 0))
        if rule.get("exclusive"):
            self.busy.add(day)
        return day

    def day(self, salt, rule):
        """A day at least `after_days` from today on one of `weekdays`, some weeks later."""
        weekday = weekday_number(self.pick(f"{salt}:weekday", rule["weekdays"]))
        extra = self.pick(f"{salt}:weeks", range(rule.get("weeks", DAY_RULE_WEEKS)))
        first = self.today + datetime.timedelta(days=rule["after_days"])
        return self.open_day(
            next_weekday(first, weekday, weeks=extra),
            not_before=first,
            exclusive=rule.get("exclusive", False),
        )

    def series_start(self, salt, rule):
        """The first date of a weekly series that began `weeks_ago` weeks ago (0: the next such day)."""
        weekday = weekday_number(self.pick(f"{salt}:weekday", rule["weekdays"]))
        day = next_weekday(self.today - datetime.timedelta(weeks=rule["weeks_ago"]), weekday)
        while closed_reason(day):
            day += datetime.timedelta(weeks=1)
        return day

    def place(self, salt, kinds):
        kind = self.pick(f"{salt}:place", kinds)
        return {**self.places[kind], "venue_kind": kind}

    def venue(self, kind):
        """Where this Sozialraum's place of `kind` is: `venue_entry` (an entry's name) or a street."""
        venue = self.venues.get(kind, {})
        if "entry" in venue:
            return {"venue_entry": venue["entry"]}
        return {name: str(venue[name]) for name in ("street", "postcode") if name in venue}

    def phone(self, salt):
        # The demo's obviously fictitious office numbers, like the contacts in fixtures/demo/sozialraeume/.
        return f"0221 99 99 4-{10 + self.number(f'{salt}:phone') % 90}"


def demo_events(sozialraum, today=None, translated=None):
    """Event page field values (and occurrence changes) for one Sozialraum, relative to today.

    Where it takes place comes from fixtures/demo/venues/<slug>.yaml: "venue_entry", the name of the
    Sozialraum's directory entry (the builder links it), or "street" and "postcode".

    `translated` maps a template's German title to its translated values (fixtures/demo/translations/
    <lang>/events.yaml): each event then comes with the key "source", the German title of its
    template, and its translated `slug`, with the translated text in the German's dates, places and
    choices.
    """
    today = today or timezone.localdate()
    calendar = data.read("events.yaml")
    veedel = Veedel(sozialraum, today, calendar["places"], data.read(f"venues/{sozialraum.slug}.yaml", {}))
    pool = calendar["pool"]
    # Every third pool event from a start that depends on the slug: the pool events spread evenly.
    offset = veedel.number("pool") % len(pool)
    chosen = (pool[offset:] + pool[:offset])[::POOL_STEP][:POOL_SIZE]
    templates = calendar["regular"] + calendar["every_sozialraum"] + chosen
    if translated is not None:
        # The German title stays the key: the weekday, time and place chosen from it stay the same.
        templates = [
            {
                **template,
                **translated.get(template.get("title"), {}),
                "key": template.get("key", template.get("title")),
            }
            for template in templates
        ]
    events = [event(veedel, template, calendar["festivals"]) for template in templates]
    cancel_and_move(veedel, events)
    for item in events:
        skip_closed_days(item)
        item.pop("cancel_reason", None)
        item.pop("move_reason", None)
    return events


def event(veedel, template, festivals):
    """The field values of one event of the Sozialraum from its template in the data."""
    salt = template.get("key", template.get("title"))
    if template.get("festival"):
        day = veedel.day(salt, template["day"])
        festival, day = festival_for(veedel, day, festivals)
        template = {**template, **festival}
    elif "date" in template:
        day = veedel.date(template["date"])
    elif "series" in template:
        day = veedel.series_start(salt, template["series"])
    else:
        day = veedel.day(salt, template["day"])
    values = {}
    if "places" in template:
        values.update(veedel.place(salt, template["places"]))
    values.update({name: value for name, value in template.items() if name not in RULES})
    if kind := values.pop("venue_kind", None):
        values.update(veedel.venue(kind))
    values.update(when(veedel, salt, template, day))
    placeholders = FormatDefault(
        name=veedel.name, slug=veedel.slug, part=veedel.part(salt), phone=veedel.phone(salt)
    )
    if "all_day" in template:
        placeholders.update(first=german_date(values["start"].date(), weekday=False))
        placeholders.update(last=german_date(values["end"].date(), weekday=False))
    for name, value in values.items():
        if isinstance(value, dict) and "pick" in value:
            value = veedel.pick(f"{salt}:{name}", value["pick"])
        values[name] = value.format_map(placeholders) if isinstance(value, str) else value
    return rules(veedel, template, values, day)


def when(veedel, salt, template, day):
    """start and end: at the template's time, or all day over `all_day.days` outside the Christmas break."""
    if "all_day" in template:
        days = template["all_day"]["days"]
        while any(closed_reason(day + datetime.timedelta(days=n)) == "Weihnachtspause" for n in range(days)):
            day += datetime.timedelta(weeks=1)
        last = day + datetime.timedelta(days=days - 1)
        return {"start": at(day, 0), "end": at(last, 23, 59), "all_day": True}
    if "time" in template:
        return timed(day, parse_times(template["time"]))
    return timed(day, parse_times(veedel.pick(f"{salt}:time", template["times"])))


def rules(veedel, template, values, day):
    """The fields that follow from today or from the start: series end, weekday, deadline, changes."""
    if isinstance(values.get("repeat_until"), dict):
        values["repeat_until"] = veedel.today + datetime.timedelta(
            days=values["repeat_until"]["days_from_today"]
        )
    if "series" in template:
        values["repeat_weekdays"] = WEEKDAYS[day.weekday()]
    if isinstance(values.get("registration_deadline"), dict):
        before = datetime.timedelta(days=values["registration_deadline"]["days_before"])
        values["registration_deadline"] = day - before
    if "changes" in template:
        values["changes"] = [occurrence_change(values, change) for change in template["changes"]]
    return values


def occurrence_change(values, change):
    """(date, action, new start, new end, reason) for the `occurrence` of the series (1: the first)."""
    starts = series_starts(
        values["start"], series_rule(values), values["start"], values["start"] + datetime.timedelta(days=366)
    )
    original = starts[change["occurrence"] - 1]
    if change["action"] != "move":
        return (original.date(), change["action"], None, None, change["reason"])
    new = original.date() + datetime.timedelta(days=change["days_later"])
    start, end = values["start"], values["end"]
    new_start, new_end = at(new, start.hour, start.minute), at(new, end.hour, end.minute)
    return (original.date(), "move", new_start, new_end, change["reason"])


def festival_for(veedel, day, festivals):
    """The festival that fits the time of year of `day`, from Sankt Martin to the Sommerkino, and its date."""
    month = day.month
    carnival = rosenmontag(day.year)
    if carnival - datetime.timedelta(days=30) <= day < carnival:
        key = "karneval"
    elif month == 1 or (month == 12 and day.day >= 24):
        key = "neujahr"
    elif month == 2 or (month == 3 and day.day < 10):
        key = "suppenfest"
    elif month in (3, 4):
        key = "fruehjahrsputz"
    elif month in (5, 6):
        key = "pflanzen"
    elif month in (7, 8):
        key = "sommerkino"
    elif month in (9, 10):
        key = "herbstfest"
    elif month == 11 and day.day <= 13:
        key = "martin"
    else:
        key = veedel.pick("saison:advent", ["advent", "lichterfest"])
    festival = dict(festivals[key])
    shift = festival.pop("shift", 0)
    return festival, veedel.open_day(day + datetime.timedelta(days=shift))


def series_rule(event):
    return build_rrule(
        event["repeat"],
        interval=event.get("repeat_interval") or 1,
        weekdays=event.get("repeat_weekdays", "").split(","),
        nth=event.get("repeat_nth"),
        until=event.get("repeat_until"),
        count=event.get("repeat_count"),
        start=event["start"],
    )


def skip_closed_days(event):
    """Add an "exclude" change for every date of a series that falls on a closed day."""
    if not event.get("repeat"):
        return
    changes = event.get("changes", [])
    taken = {change[0] for change in changes}
    starts = series_starts(
        event["start"], series_rule(event), event["start"], event["start"] + datetime.timedelta(days=366)
    )
    closed = [
        (start.date(), "exclude", None, None, closed_reason(start.date()))
        for start in starts
        if start.date() not in taken and closed_reason(start.date())
    ]
    if closed:
        event["changes"] = [*changes, *closed]


def cancel_and_move(veedel, events):
    """One single event of the Sozialraum is cancelled, another moved by a week or two (status and reason)."""
    horizon = veedel.today + datetime.timedelta(days=HORIZON_DAYS)
    cancellable = [item for item in events if item.get("cancel_reason")]
    cancelled = veedel.pick("cancel", cancellable)
    cancelled["status"] = "cancelled"
    cancelled["status_reason"] = cancelled["cancel_reason"]
    movable = []
    for item in events:
        if item is cancelled or not item.get("move_reason"):
            continue
        for weeks in (1, 2, 3):
            shift = datetime.timedelta(weeks=weeks)
            new = item["start"].date() + shift
            if new <= horizon and not closed_reason(new):
                movable.append((item, shift))
                break
    item, shift = veedel.pick("move", movable)
    old = item["start"].date()
    item["start"] += shift
    item["end"] += shift
    item["status"] = "moved"
    reason = item["move_reason"].format(old=german_date(old, weekday=False))
    item["status_reason"] = f"Neuer Termin: {german_date(old + shift)}, {item['start']:%H:%M} Uhr. {reason}"
