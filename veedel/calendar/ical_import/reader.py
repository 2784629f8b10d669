"""One UID of the calendar at a time: its components become an `Entry`, or a `Skip` says why not."""

from ...models import EventPage
from ...models.events import SERIES_HORIZON
from ..recurrence import local, series_starts
from .entries import Entry, Skip, change_object, check_like_the_form
from .schedule import ScheduleReader
from .texts import organiser_of, place_of, shorten, status_of, text_of, texts_of


class EntryReader(ScheduleReader):
    """Turns the components of one UID into editor values, or says why it can't (Skip)."""

    def entry(self, source):
        try:
            return self._entry(source)
        except (ValueError, TypeError, KeyError) as error:  # a property icalendar could not make sense of
            raise Skip(f"nicht lesbar ({error})") from error

    def _entry(self, source):
        if source.not_an_event:
            raise Skip(source.not_an_event)
        if not source.uid:
            raise Skip("ohne UID (beim nächsten Import ließe sich die Veranstaltung nicht wiederfinden)")
        if not source.masters:
            raise Skip("nur geänderte Einzeltermine (RECURRENCE-ID), die Veranstaltung selbst fehlt")
        if len(source.masters) > 1:
            raise Skip("die UID kommt mehrfach vor")
        master = source.masters[0]
        if str(master.get("CLASS", "PUBLIC")).upper() in ("PRIVATE", "CONFIDENTIAL"):
            raise Skip("als privat markiert (CLASS)")
        title = shorten(text_of(master, "SUMMARY"), EventPage._meta.get_field("title").max_length)
        if not title:
            raise Skip("ohne Titel (SUMMARY)")
        if "DTSTART" not in master:
            raise Skip("ohne Beginn (DTSTART)")
        start, end, all_day = self._times(master)
        values = {
            "title": title,
            "start": start,
            "end": end,
            "all_day": all_day,
            **self._repetition(master, start, all_day),
            **texts_of(master),
            **place_of(master),
            **status_of(master),
            "organiser": organiser_of(master),
        }
        rule = check_like_the_form(values)
        starts = series_starts(start, rule, start, start + SERIES_HORIZON)
        if rule:
            self._compare_with_source(master, start, all_day, starts)
        elif source.overrides:
            raise Skip("geänderte Einzeltermine (RECURRENCE-ID) zu einer Veranstaltung ohne Wiederholung")
        changes = self._changes(master, source.overrides, starts, end - start, all_day) if rule else ()
        self._check_not_past(values, rule, changes)
        return Entry(source.uid, values, changes)

    def _check_not_past(self, values, rule, changes):
        probe = EventPage(start=values["start"], end=values["end"], rrule=rule)
        probe.occurrence_changes = [change_object(row) for row in changes]
        series_end = probe.compute_series_end()
        if series_end < self.now:
            raise Skip(f"liegt in der Vergangenheit (zuletzt am {local(series_end):%d.%m.%Y})")
