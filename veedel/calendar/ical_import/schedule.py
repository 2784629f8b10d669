"""When an event takes place: its times, its repetition and its changed dates, as the editor form holds them.

Only a rule the form can hold is taken, and only if it gives exactly the dates
of the source calendar (`_compare_with_source`).
"""

import datetime
import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil.rrule import rrulestr
from icalendar import vRecur

from ...models import EventOccurrenceChange
from ...models.events import SERIES_HORIZON, ChangeAction
from ..recurrence import BERLIN, WEEKDAYS, Repeat, local
from .entries import NO_REPETITION, Skip
from .texts import comments_of, rule_value, shorten

# RFC 5545 lets an event without DTEND end when it starts; people expect an hour.
DEFAULT_DURATION = datetime.timedelta(hours=1)
# An all-day event keeps its days; the end is the last minute of its last day.
ALL_DAY_END = datetime.time(23, 59)
# The parts of a rule the editor form can hold; WKST only matters if it changes the dates,
# which the comparison of the expanded dates catches.
RULE_PARTS = {"FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "COUNT", "UNTIL", "WKST"}
NTH_VALUES = {1, 2, 3, 4, -1}
UNSUPPORTED = "Wiederholungsregel wird nicht unterstützt: "
END_BEFORE_START = "Das Ende liegt vor dem Beginn."
REASON_LIMIT = EventOccurrenceChange._meta.get_field("reason").max_length


class ScheduleReader:
    """Times, repetition and changed dates of the components, in the calendar's time zone."""

    def __init__(self, calendar, now):
        self.now = now
        self.zone = BERLIN
        name = str(calendar.get("X-WR-TIMEZONE", "")).strip()
        if name:
            try:
                self.zone = ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                pass  # an unknown zone name: floating times stay Cologne time

    # times

    def _moment(self, value):
        """A date stays a date; a datetime becomes aware (floating times are the calendar's local time)."""
        if isinstance(value, datetime.datetime):
            return value if value.tzinfo else value.replace(tzinfo=self.zone)
        if isinstance(value, datetime.date):
            return value
        raise Skip(f"Zeitangabe nicht lesbar: {value!r}")

    def _times(self, component):
        """(start, end, all_day) as Berlin datetimes."""
        first = self._moment(component["DTSTART"].dt)
        duration = component["DURATION"].dt if "DURATION" in component else None
        if isinstance(first, datetime.datetime):
            start = local(first)
            if "DTEND" in component:
                last = self._moment(component["DTEND"].dt)
                if not isinstance(last, datetime.datetime):
                    raise Skip("Beginn mit Uhrzeit, Ende ohne Uhrzeit")
                end = local(last)
            else:
                end = start + (duration if duration is not None else DEFAULT_DURATION)
            return start, end, False
        if "DTEND" in component:
            last = self._moment(component["DTEND"].dt)
            if isinstance(last, datetime.datetime):
                raise Skip("ganztägiger Beginn, Ende mit Uhrzeit")
        else:
            last = first + (duration if duration is not None else datetime.timedelta(days=1))
        if last < first:
            raise Skip(END_BEFORE_START)
        # DTEND of an all-day event is the day after; some programs write the same day.
        last_day = max(first, last - datetime.timedelta(days=1))
        return (
            datetime.datetime.combine(first, datetime.time(), BERLIN),
            datetime.datetime.combine(last_day, ALL_DAY_END, BERLIN),
            True,
        )

    # repetition

    def _repetition(self, master, start, all_day):
        """The form's repetition fields for the RRULE, or Skip if the form can't hold it."""
        parts = _rule_parts(master)
        if parts is None:
            return dict(NO_REPETITION)
        fields = {**NO_REPETITION, **_frequency(parts, start)}
        interval = int(parts.get("INTERVAL", [1])[0])
        if interval < 1:
            raise Skip(f"{UNSUPPORTED}INTERVAL={interval}")
        fields["repeat_interval"] = interval
        if "COUNT" in parts:
            fields["repeat_count"] = int(parts["COUNT"][0])
            if fields["repeat_count"] < 1:
                raise Skip(f"{UNSUPPORTED}COUNT={fields['repeat_count']}")
        elif "UNTIL" in parts:
            fields["repeat_until"] = self._until(parts["UNTIL"][0], start, all_day)
        # Neither: a series without end, shown up to CALENDAR_HORIZON_DAYS ahead.
        return fields

    def _until(self, value, start, all_day):
        """The last day the rule may fall on, as the form's "Wiederholen bis"."""
        moment = self._moment(value)
        if not isinstance(moment, datetime.datetime):
            return moment
        moment = local(moment)
        if all_day or moment.time() >= start.time():
            return moment.date()
        return moment.date() - datetime.timedelta(days=1)  # UNTIL ends before the day's occurrence

    def _compare_with_source(self, master, start, all_day, starts):
        """Skip the event unless the source's own rule gives exactly the dates the portal would show."""
        rule = vRecur(master["RRULE"] if not isinstance(master["RRULE"], list) else master["RRULE"][0])
        first = self._moment(master["DTSTART"].dt)
        if all_day:
            dtstart = datetime.datetime.combine(first, datetime.time())
            if "UNTIL" in rule:
                rule["UNTIL"] = [self._until(rule["UNTIL"][0], start, True)]
        else:
            dtstart = first
            if "UNTIL" in rule:
                until = self._moment(rule["UNTIL"][0])
                if not isinstance(until, datetime.datetime):
                    until = datetime.datetime.combine(until, datetime.time(23, 59, 59), self.zone)
                rule["UNTIL"] = [until.astimezone(datetime.UTC)]
        expanded = rrulestr(rule.to_ical().decode(), dtstart=dtstart, compatible=True)
        theirs = expanded.between(dtstart, dtstart + SERIES_HORIZON, inc=True)
        if all_day:
            same = [value.date() for value in theirs] == [local(value).date() for value in starts]
        else:
            same = [value.timestamp() for value in theirs] == [value.timestamp() for value in starts]
        if same:
            return
        zone = getattr(first.tzinfo, "key", None) or str(first.tzinfo) if not all_day else "Europe/Berlin"
        if zone != "Europe/Berlin":
            raise Skip(
                f"{UNSUPPORTED}die Reihe läuft in der Zeitzone {zone}; "
                "über die Zeitumstellung ergäbe das im Portal andere Uhrzeiten"
            )
        raise Skip(UNSUPPORTED + "sie ergibt andere Termine, als der Kalender im Portal zeigen würde")

    # changed dates

    def _changes(self, master, overrides, starts, duration, all_day):
        by_day = {local(value).date(): local(value) for value in starts}
        by_instant = {value.timestamp(): local(value).date() for value in starts}

        def original_day(value):
            moment = self._moment(value)
            if isinstance(moment, datetime.datetime) and not all_day:
                return by_instant.get(moment.timestamp())
            day = local(moment).date() if isinstance(moment, datetime.datetime) else moment
            return day if day in by_day else None

        changes = {}
        exdates = master.get("EXDATE", [])
        for group in exdates if isinstance(exdates, list) else [exdates]:
            for value in group.dts:
                day = original_day(value.dt)
                if day:  # an EXDATE that is no date of the series changes nothing
                    changes[day] = (day, ChangeAction.EXCLUDE, None, None, "")
        for override in overrides:
            recurrence_id = override["RECURRENCE-ID"]
            if str(recurrence_id.params.get("RANGE", "")).upper() == "THISANDFUTURE":
                raise Skip(UNSUPPORTED + "Änderung „dieser und alle folgenden Termine“ (RANGE=THISANDFUTURE)")
            day = original_day(recurrence_id.dt)
            if day is None or day in changes:
                continue
            reason = shorten(comments_of(override), REASON_LIMIT)
            if str(override.get("STATUS", "")).upper() == "CANCELLED":
                changes[day] = (day, ChangeAction.CANCEL, None, None, reason)
                continue
            if "DTSTART" not in override:
                continue
            new_start, new_end, _all_day = self._times(override)
            if all_day:
                new_start = datetime.datetime.combine(new_start.date(), datetime.time(), BERLIN)
            original = by_day[day]
            if new_start == original and new_end == original + duration:
                continue  # only the text of this date differs, which the portal can't hold per date
            if new_end < new_start:
                raise Skip(f"der verschobene Termin vom {day:%d.%m.%Y} endet vor seinem Beginn")
            changes[day] = (day, ChangeAction.MOVE, new_start, new_end, reason)
        return tuple(changes[day] for day in sorted(changes))


def _rule_parts(master):
    """The parts of the event's one RRULE (None without one), or Skip if the form can't hold them."""
    for name, what in (("RDATE", "zusätzliche Termine (RDATE)"), ("EXRULE", "Ausnahmeregel (EXRULE)")):
        if name in master:
            raise Skip(UNSUPPORTED + what)
    rules = master.get("RRULE")
    if rules is None:
        return None
    if isinstance(rules, list):
        if len(rules) > 1:
            raise Skip(UNSUPPORTED + "mehrere Regeln (RRULE)")
        rules = rules[0]
    parts = {str(key).upper(): value for key, value in rules.items()}
    unknown = sorted(set(parts) - RULE_PARTS)
    if unknown:
        raise Skip(UNSUPPORTED + ", ".join(f"{key}={rule_value(parts[key])}" for key in unknown))
    if "COUNT" in parts and "UNTIL" in parts:
        raise Skip(UNSUPPORTED + "COUNT und UNTIL zugleich")
    return parts


def _freq(parts):
    return str(parts["FREQ"][0]).upper() if "FREQ" in parts else ""


def _frequency(parts, start):
    """The form's kind of repetition (weekly on some days, monthly on a weekday or a day), or Skip."""
    freq = _freq(parts)
    weekday = WEEKDAYS[start.weekday()]
    byday = [str(day).upper() for day in parts.get("BYDAY", [])]
    bymonthday = [int(day) for day in parts.get("BYMONTHDAY", [])]
    if freq == "DAILY" and not byday and not bymonthday:
        return {"repeat": Repeat.DAILY}
    if freq == "WEEKLY" and not bymonthday and all(day in WEEKDAYS for day in byday):
        return {
            "repeat": Repeat.WEEKLY,
            "repeat_weekdays": ",".join(day for day in WEEKDAYS if day in byday) or weekday,
        }
    if freq == "MONTHLY" and byday and not bymonthday:
        match = re.fullmatch(r"([+-]?\d)(MO|TU|WE|TH|FR|SA|SU)", byday[0])
        if len(byday) > 1 or not match or int(match[1]) not in NTH_VALUES or match[2] != weekday:
            raise Skip(f"{UNSUPPORTED}FREQ=MONTHLY;BYDAY={','.join(byday)}")
        return {"repeat": Repeat.MONTHLY_WEEKDAY, "repeat_nth": int(match[1])}
    if freq == "MONTHLY" and bymonthday in ([], [start.day]):
        return {"repeat": Repeat.MONTHLY}
    shown = ";".join(
        f"{key}={rule_value(parts[key])}" for key in ("FREQ", "BYDAY", "BYMONTHDAY") if key in parts
    )
    raise Skip(UNSUPPORTED + (shown or "ohne FREQ"))
