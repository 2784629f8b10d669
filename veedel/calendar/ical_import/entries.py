"""The components of one UID, and the editor values (`Entry`) they become."""

from dataclasses import dataclass

from ...models import EventOccurrenceChange
from ..recurrence import Repeat, schedule_problems
from .texts import text_of

NO_REPETITION = {
    "repeat": Repeat.NONE,
    "repeat_interval": 1,
    "repeat_weekdays": "",
    "repeat_nth": None,
    "repeat_until": None,
    "repeat_count": None,
}
# The fields the import fills; everything else (topics, picture, costs, ...) stays as editors set it.
IMPORTED_FIELDS = [
    "title",
    "teaser",
    "description",
    "start",
    "end",
    "all_day",
    *NO_REPETITION,
    "status",
    "status_reason",
    "place_name",
    "street",
    "postcode",
    "online_link",
    "organiser",
]
CHANGES = "occurrence_changes"


class Skip(Exception):
    """One calendar entry cannot be imported as it is; the message (German) says why."""


# Components that are no events; each is reported as skipped (time zones and alarms are not content).
NOT_EVENTS = {
    "VTODO": "eine Aufgabe (VTODO), keine Veranstaltung",
    "VJOURNAL": "ein Journaleintrag (VJOURNAL), keine Veranstaltung",
    "VFREEBUSY": "eine Frei/Belegt-Angabe (VFREEBUSY), keine Veranstaltung",
}


@dataclass
class Source:
    """The components of one UID: the series (or single date) and its changed dates."""

    uid: str
    masters: list
    overrides: list
    not_an_event: str = ""  # why a component that is no VEVENT is skipped

    @property
    def label(self):
        for component in [*self.masters, *self.overrides]:
            summary = text_of(component, "SUMMARY")
            if summary:
                return summary
        return self.uid or "(ohne UID)"


@dataclass
class Entry:
    uid: str
    values: dict  # EventPage field values as an editor would enter them
    changes: tuple  # (original_date, action, new_start, new_end, reason), sorted by date


def sources(calendar):
    by_uid = {}
    anonymous = []
    for component in calendar.subcomponents:
        if component.name in NOT_EVENTS:
            uid = str(component.get("UID", "")).strip()
            anonymous.append(Source(uid, [component], [], not_an_event=NOT_EVENTS[component.name]))
            continue
        if component.name != "VEVENT":
            continue
        uid = str(component.get("UID", "")).strip()
        if not uid:
            anonymous.append(Source("", [component], []))
            continue
        source = by_uid.setdefault(uid, Source(uid, [], []))
        (source.overrides if "RECURRENCE-ID" in component else source.masters).append(component)
    return [*by_uid.values(), *anonymous]


def check_like_the_form(values):
    """The RRULE for these editor values, or Skip with the message the admin form would give."""
    rule, problems = schedule_problems(
        values["start"],
        values["end"],
        values["repeat"],
        interval=values["repeat_interval"],
        weekdays=values["repeat_weekdays"].split(","),
        nth=values["repeat_nth"],
        until=values["repeat_until"],
        count=values["repeat_count"],
    )
    if problems:
        raise Skip(problems[0][1])
    return rule


def change_object(row):
    original_date, action, new_start, new_end, reason = row
    return EventOccurrenceChange(
        original_date=original_date, action=action, new_start=new_start, new_end=new_end, reason=reason
    )
