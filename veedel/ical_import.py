"""Bring an institution's calendar (iCalendar, RFC 5545) into the calendar of one Sozialraum.

Every event arrives as a draft under the Sozialraum's "Veranstaltungen", so
its moderation decides what goes public; the import never publishes. The
UID of each calendar entry is kept on the page (`EventPage.ical_uid`), so
importing the same calendar again updates those drafts instead of adding
new ones.

Only what the editor form can express is imported, and only if the portal
would show exactly the dates the source calendar has: a rule the form cannot
hold (daily, yearly, extra dates, no end, ...) is skipped with its reason,
never imported as a different series. The command `import_ics` is a thin
wrapper around `CalendarImport`; docs/calendar-import.md describes the
mapping for operators.
"""

import datetime
import html
import re
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil.rrule import rrulestr
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape, strip_tags
from icalendar import Calendar, vRecur
from wagtail.log_actions import log
from wagtail_localize.synctree import create_aliases_for_new_page

from snippets.models import Sozialraum

from .models import EventIndexPage, EventOccurrenceChange, EventPage
from .models.events import SERIES_HORIZON, ChangeAction, EventStatus
from .recurrence import BERLIN, WEEKDAYS, Repeat, local, schedule_problems, series_starts

MAX_BYTES = 5 * 1024 * 1024
TIMEOUT_SECONDS = 20
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
LOCATION_IN_COLOGNE = re.compile(
    r"^(?:(?P<place>.+?),\s*)?(?P<street>[^,]*[^\W\d][^,]*\d[^,]*),\s*(?P<postcode>5[01]\d{3})\s+Köln(?:-[^,]+)?$"
)
COUNTRY_SUFFIX = re.compile(r",\s*(?:Deutschland|Germany|DE)$", re.IGNORECASE)
HTML_HINT = re.compile(r"</?(?:p|br|div|span|a|b|i|strong|em|ul|ol|li)\b", re.IGNORECASE)


class ImportFailed(Exception):
    """The import cannot start at all; the message (German) is for the operator."""


class Skip(Exception):
    """One calendar entry cannot be imported as it is; the message (German) says why."""


# -- where to, and from where ---------------------------------------------


def calendar_of(slug):
    """The German "Veranstaltungen" page of the Sozialraum with this slug."""
    sozialraum = Sozialraum.objects.select_related("site").filter(slug=slug).first()
    if sozialraum is None:
        valid = ", ".join(
            Sozialraum.objects.exclude(site=None).order_by("slug").values_list("slug", flat=True)
        )
        raise ImportFailed(f"Unbekannter Sozialraum „{slug}“. Gültige Kurznamen: {valid}.")
    if sozialraum.site is None:
        raise ImportFailed(f"Der Sozialraum {sozialraum.name} hat noch keine Website.")
    index = EventIndexPage.objects.child_of(sozialraum.site.root_page).first()
    if index is None:
        raise ImportFailed(
            f"Der Sozialraum {sozialraum.name} hat keinen Veranstaltungskalender. "
            "Bitte legen Sie unter seiner Startseite zuerst die Seite „Veranstaltungen“ an."
        )
    return index


def read_source(source):
    """The bytes of a local file or of an http(s) address, at most MAX_BYTES."""
    if "://" in source:
        return _fetch(source)
    path = Path(source)
    if not path.exists():
        raise ImportFailed(f"Die Datei „{source}“ gibt es nicht.")
    if not path.is_file():
        raise ImportFailed(f"„{source}“ ist keine Datei.")
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ImportFailed(_too_big(source))
        return path.read_bytes()
    except OSError as error:
        raise ImportFailed(f"Die Datei „{source}“ lässt sich nicht lesen: {error.strerror}.") from error


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    # urllib would also follow a redirect to ftp://.
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urlsplit(newurl).scheme not in ("http", "https"):
            raise ImportFailed(f"Die Adresse leitet auf „{newurl}“ um; abgerufen wird nur http und https.")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _fetch(url):
    if urlsplit(url).scheme not in ("http", "https"):
        raise ImportFailed(f"Abgerufen werden nur Adressen mit http:// oder https://, nicht „{url}“.")
    opener = urllib.request.build_opener(_HttpOnlyRedirects)
    request = urllib.request.Request(url, headers={"User-Agent": "Veedel-Portal import_ics"})  # noqa: S310 (scheme checked above)
    try:
        with opener.open(request, timeout=TIMEOUT_SECONDS) as response:
            data = response.read(MAX_BYTES + 1)
    except urllib.error.HTTPError as error:
        raise ImportFailed(
            f"Der Server antwortete auf „{url}“ mit Fehler {error.code} ({error.reason})."
        ) from error
    except urllib.error.URLError as error:
        if isinstance(error.reason, TimeoutError):
            raise ImportFailed(_too_slow(url)) from error
        raise ImportFailed(f"„{url}“ ist nicht erreichbar: {error.reason}.") from error
    except TimeoutError as error:
        raise ImportFailed(_too_slow(url)) from error
    except OSError as error:
        raise ImportFailed(f"„{url}“ ließ sich nicht abrufen: {error}.") from error
    if len(data) > MAX_BYTES:
        raise ImportFailed(_too_big(url))
    return data


def _too_slow(url):
    return f"„{url}“ hat nicht innerhalb von {TIMEOUT_SECONDS} Sekunden geantwortet."


def _too_big(source):
    megabytes = MAX_BYTES // (1024 * 1024)
    return f"„{source}“ ist größer als {megabytes} MB; so große Kalender werden nicht eingelesen."


def parse_calendar(data, source):
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")  # older Windows exports
    try:
        calendar = Calendar.from_ical(text)
    except ValueError as error:
        raise ImportFailed(f"„{source}“ ist keine lesbare iCalendar-Datei (.ics): {error}") from error
    if getattr(calendar, "name", None) != "VCALENDAR":
        raise ImportFailed(f"„{source}“ enthält keinen Kalender (BEGIN:VCALENDAR fehlt).")
    return calendar


def reference_time(day=None):
    """Now, or the start of the given day (YYYY-MM-DD) in Cologne."""
    if not day:
        return timezone.now()
    try:
        date = datetime.date.fromisoformat(day)
    except ValueError as error:
        raise ImportFailed(f"„{day}“ ist kein Datum; bitte als JJJJ-MM-TT angeben.") from error
    return datetime.datetime.combine(date, datetime.time(), BERLIN)


# -- reading the calendar ---------------------------------------------------


@dataclass
class Source:
    """The components of one UID: the series (or single date) and its changed dates."""

    uid: str
    masters: list
    overrides: list

    @property
    def label(self):
        for component in [*self.masters, *self.overrides]:
            summary = _text(component, "SUMMARY")
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
        if component.name != "VEVENT":
            continue
        uid = str(component.get("UID", "")).strip()
        if not uid:
            anonymous.append(Source("", [component], []))
            continue
        source = by_uid.setdefault(uid, Source(uid, [], []))
        (source.overrides if "RECURRENCE-ID" in component else source.masters).append(component)
    return [*by_uid.values(), *anonymous]


class EntryReader:
    """Turns the components of one UID into editor values, or says why it can't (Skip)."""

    def __init__(self, calendar, now):
        self.now = now
        self.zone = BERLIN
        name = str(calendar.get("X-WR-TIMEZONE", "")).strip()
        if name:
            try:
                self.zone = ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                pass  # an unknown zone name: floating times stay Cologne time

    def entry(self, source):
        try:
            return self._entry(source)
        except (ValueError, TypeError, KeyError) as error:  # a property icalendar could not make sense of
            raise Skip(f"nicht lesbar ({error})") from error

    def _entry(self, source):
        if not source.uid:
            raise Skip("ohne UID (beim nächsten Import ließe sich die Veranstaltung nicht wiederfinden)")
        if not source.masters:
            raise Skip("nur geänderte Einzeltermine (RECURRENCE-ID), die Veranstaltung selbst fehlt")
        if len(source.masters) > 1:
            raise Skip("die UID kommt mehrfach vor")
        master = source.masters[0]
        if str(master.get("CLASS", "PUBLIC")).upper() in ("PRIVATE", "CONFIDENTIAL"):
            raise Skip("als privat markiert (CLASS)")
        title = _shorten(_text(master, "SUMMARY"), EventPage._meta.get_field("title").max_length)
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
            **_texts(master),
            **_place(master),
            **_status(master),
            "organiser": _organiser(master),
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
        rules = master.get("RRULE")
        for name, what in (("RDATE", "zusätzliche Termine (RDATE)"), ("EXRULE", "Ausnahmeregel (EXRULE)")):
            if name in master:
                raise Skip(UNSUPPORTED + what)
        if rules is None:
            return dict(NO_REPETITION)
        if isinstance(rules, list):
            if len(rules) > 1:
                raise Skip(UNSUPPORTED + "mehrere Regeln (RRULE)")
            rules = rules[0]
        parts = {str(key).upper(): value for key, value in rules.items()}
        unknown = sorted(set(parts) - RULE_PARTS)
        if unknown:
            raise Skip(UNSUPPORTED + ", ".join(f"{key}={_rule_value(parts[key])}" for key in unknown))
        freq = str(parts["FREQ"][0]).upper() if "FREQ" in parts else ""
        if "COUNT" in parts and "UNTIL" in parts:
            raise Skip(UNSUPPORTED + "COUNT und UNTIL zugleich")
        if freq in ("WEEKLY", "MONTHLY") and "COUNT" not in parts and "UNTIL" not in parts:
            raise Skip("Wiederholung ohne Ende")
        weekday = WEEKDAYS[start.weekday()]
        byday = [str(day).upper() for day in parts.get("BYDAY", [])]
        bymonthday = [int(day) for day in parts.get("BYMONTHDAY", [])]
        fields = dict(NO_REPETITION)
        if freq == "WEEKLY" and not bymonthday and all(day in WEEKDAYS for day in byday):
            fields["repeat"] = Repeat.WEEKLY
            fields["repeat_weekdays"] = ",".join(day for day in WEEKDAYS if day in byday) or weekday
        elif freq == "MONTHLY" and byday and not bymonthday:
            match = re.fullmatch(r"([+-]?\d)(MO|TU|WE|TH|FR|SA|SU)", byday[0])
            if len(byday) > 1 or not match or int(match[1]) not in NTH_VALUES or match[2] != weekday:
                raise Skip(f"{UNSUPPORTED}FREQ=MONTHLY;BYDAY={','.join(byday)}")
            fields["repeat"] = Repeat.MONTHLY_WEEKDAY
            fields["repeat_nth"] = int(match[1])
        elif freq == "MONTHLY" and bymonthday in ([], [start.day]):
            fields["repeat"] = Repeat.MONTHLY
        else:
            shown = ";".join(
                f"{key}={_rule_value(parts[key])}" for key in ("FREQ", "BYDAY", "BYMONTHDAY") if key in parts
            )
            raise Skip(UNSUPPORTED + (shown or "ohne FREQ"))
        interval = int(parts.get("INTERVAL", [1])[0])
        if interval < 1:
            raise Skip(f"{UNSUPPORTED}INTERVAL={interval}")
        fields["repeat_interval"] = interval
        if "COUNT" in parts:
            fields["repeat_count"] = int(parts["COUNT"][0])
            if fields["repeat_count"] < 1:
                raise Skip(f"{UNSUPPORTED}COUNT={fields['repeat_count']}")
        else:
            fields["repeat_until"] = self._until(parts["UNTIL"][0], start, all_day)
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
            reason = _shorten(_comments(override), EventOccurrenceChange._meta.get_field("reason").max_length)
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

    def _check_not_past(self, values, rule, changes):
        probe = EventPage(start=values["start"], end=values["end"], rrule=rule)
        probe.occurrence_changes = [_change_object(row) for row in changes]
        series_end = probe.compute_series_end()
        if series_end < self.now:
            raise Skip(f"liegt in der Vergangenheit (zuletzt am {local(series_end):%d.%m.%Y})")


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


# -- texts ------------------------------------------------------------------


def _text(component, name):
    value = component.get(name)
    if isinstance(value, list):
        value = value[0] if value else None
    return re.sub(r"\s+", " ", str(value)).strip() if value is not None else ""


def _comments(component):
    value = component.get("COMMENT")
    values = value if isinstance(value, list) else [value] if value is not None else []
    return " ".join(re.sub(r"\s+", " ", str(item)).strip() for item in values).strip()


def _shorten(text, limit):
    """The text, cut at a word boundary with "…" if longer than the limit."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.-–") + "…"


def _http_url(value):
    if isinstance(value, list):
        value = value[0] if value else ""
    value = str(value or "").strip()
    if urlsplit(value).scheme not in ("http", "https"):
        return ""
    try:
        URLValidator(schemes=["http", "https"])(value)
    except ValidationError:
        return ""
    return value if len(value) <= EventPage._meta.get_field("online_link").max_length else ""


def _texts(master):
    """Teaser and description from DESCRIPTION; URL becomes a link below the description."""
    description = master.get("DESCRIPTION")
    text = str(description[0] if isinstance(description, list) else description or "")
    if HTML_HINT.search(text):  # some programs put HTML into DESCRIPTION
        text = re.sub(r"(?i)<br\s*/?>", "\n", text)
        text = re.sub(r"(?i)</(?:p|div|li)>", "\n\n", text)
        text = html.unescape(strip_tags(text))
    paragraphs = [
        [line.strip() for line in block.splitlines() if line.strip()]
        for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n"))
    ]
    paragraphs = [lines for lines in paragraphs if lines]
    flat = re.sub(r"\s+", " ", " ".join(" ".join(lines) for lines in paragraphs)).strip()
    limit = EventPage._meta.get_field("teaser").max_length
    body = []
    if len(flat) > limit:  # a text that fits the teaser would only repeat it
        body = ["<p>" + "<br/>".join(escape(line) for line in lines) + "</p>" for lines in paragraphs]
    link = _http_url(master.get("URL"))
    if link:
        body.append(f'<p><a href="{escape(link)}">Weitere Informationen</a></p>')
    return {"teaser": _shorten(flat, limit), "description": "".join(body)}


def _place(master):
    """LOCATION as place, street and postcode ("Name, Straße 1, 51103 Köln"), or as online link."""
    location = _text(master, "LOCATION")
    online = _http_url(master.get("CONFERENCE"))
    fields = {"place_name": "", "street": "", "postcode": "", "online_link": ""}
    if _http_url(location):
        fields["online_link"] = location
        return fields
    fields["online_link"] = online
    location = COUNTRY_SUFFIX.sub("", location)
    match = LOCATION_IN_COLOGNE.match(location)
    limit = EventPage._meta.get_field("place_name").max_length
    if match and len(match["street"].strip()) <= EventPage._meta.get_field("street").max_length:
        fields["place_name"] = _shorten((match["place"] or "").strip(), limit)
        fields["street"] = match["street"].strip()
        fields["postcode"] = match["postcode"]
    else:
        fields["place_name"] = _shorten(location, limit)
    return fields


def _status(master):
    if str(master.get("STATUS", "")).upper() == "CANCELLED":
        limit = EventPage._meta.get_field("status_reason").max_length
        return {"status": EventStatus.CANCELLED, "status_reason": _shorten(_comments(master), limit)}
    return {"status": EventStatus.PLANNED, "status_reason": ""}


def _organiser(master):
    # Only the name (CN): the address behind it may be a person's, and the page is public.
    organiser = master.get("ORGANIZER")
    if isinstance(organiser, list):
        organiser = organiser[0] if organiser else None
    name = str(organiser.params.get("CN", "")) if organiser is not None else ""
    return _shorten(
        re.sub(r"\s+", " ", name).strip().strip('"'), EventPage._meta.get_field("organiser").max_length
    )


def _rule_value(values):
    return ",".join(str(value) for value in values)


# -- writing ----------------------------------------------------------------

CREATED, UPDATED, UNCHANGED, SKIPPED = "created", "updated", "unchanged", "skipped"


@dataclass
class Outcome:
    title: str
    action: str
    detail: str = ""

    def __str__(self):
        if self.action == CREATED:
            return "angelegt"
        if self.action == UPDATED:
            return f"aktualisiert ({self.detail})"
        if self.action == UNCHANGED:
            return "übersprungen (unverändert)"
        return f"übersprungen: {self.detail}"


def _change_object(row):
    original_date, action, new_start, new_end, reason = row
    return EventOccurrenceChange(
        original_date=original_date, action=action, new_start=new_start, new_end=new_end, reason=reason
    )


def _snapshot(page):
    values = {name: getattr(page, name) for name in IMPORTED_FIELDS}
    values[CHANGES] = tuple(sorted(page.change_rows(), key=lambda row: row[0]))
    return values


def _label(name):
    if name == CHANGES:
        return "Ausnahmen"
    try:
        return str(EventPage._meta.get_field(name).verbose_name)
    except FieldDoesNotExist:
        return name


def _messages(error):
    if hasattr(error, "error_dict"):
        return "; ".join(
            f"{_label(name) if name != '__all__' else 'Seite'}: {' '.join(messages)}"
            for name, messages in error.message_dict.items()
        )
    return " ".join(error.messages)


class CalendarImport:
    """Imports the events of a calendar into one EventIndexPage, one transaction per event."""

    def __init__(self, index, *, now=None, dry_run=False):
        self.index = index
        self.now = now or timezone.now()
        self.dry_run = dry_run

    def run(self, calendar):
        """Yields (number, total, Outcome) for every event of the calendar, as it is done."""
        reader = EntryReader(calendar, self.now)
        found = sources(calendar)
        for number, source in enumerate(found, start=1):
            yield number, len(found), self.apply(reader, source)

    def apply(self, reader, source):
        try:
            entry = reader.entry(source)
            with transaction.atomic():
                outcome = self._write(entry)
                if self.dry_run:
                    transaction.set_rollback(True)
        except Skip as skip:
            return Outcome(source.label, SKIPPED, str(skip))
        except ValidationError as error:
            return Outcome(source.label, SKIPPED, _messages(error))
        return outcome

    def _write(self, entry):
        # Locked and fresh: treebeard computes the new page's path from the parent's child count,
        # and a second import running at the same time must not create the same event twice.
        index = EventIndexPage.objects.select_for_update().get(pk=self.index.pk)
        existing = EventPage.objects.child_of(index).filter(ical_uid=entry.uid).order_by("pk").first()
        if existing is None:
            return self._create(index, entry)
        return self._update(existing, entry)

    def _create(self, index, entry):
        page = EventPage(
            slug=index.free_slug(entry.values["title"]),
            ical_uid=entry.uid,
            locale=index.locale,
            live=False,
            **entry.values,
        )
        page.occurrence_changes = [_change_object(row) for row in entry.changes]
        index.add_child(instance=page)
        page.save_revision()
        log(instance=page, action="wagtail.create")
        # As the admin does after creating a page: draft aliases in the synchronised languages,
        # published together with the German page, so no language shows it earlier.
        create_aliases_for_new_page(page)
        return Outcome(entry.values["title"], CREATED)

    def _update(self, page, entry):
        latest = page.get_latest_revision_as_object()
        # Compare with what the import brought last time (its revisions have no user), not with
        # the latest revision: a coordinator's correction survives until the source changes that field.
        imported = page.revisions.filter(user=None).order_by("-created_at", "-pk").first()
        before = _snapshot(imported.as_object() if imported else latest)
        incoming = {**entry.values, CHANGES: entry.changes}
        changed = [name for name in [*IMPORTED_FIELDS, CHANGES] if incoming[name] != before[name]]
        current = _snapshot(latest)
        differs = [name for name in changed if incoming[name] != current[name]]
        if not differs:
            return Outcome(entry.values["title"], UNCHANGED)
        for name in differs:
            if name == CHANGES:
                latest.occurrence_changes = [_change_object(row) for row in entry.changes]
            else:
                setattr(latest, name, incoming[name])
        # The merged values must still be what the form accepts; EventPage.save derives the
        # rule only when the row is saved, and the revision should show the new dates already.
        latest.rrule = check_like_the_form(_snapshot(latest))
        latest.series_end = latest.compute_series_end()
        # Only a new revision: a live page keeps its published content until someone publishes this.
        latest.save_revision(log_action=True)
        return Outcome(entry.values["title"], UPDATED, ", ".join(_label(name) for name in differs))
