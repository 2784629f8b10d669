"""Where the events go (the calendar of a Sozialraum), and the calendar they come from."""

import datetime
import urllib.error
import urllib.request
from urllib.parse import urlsplit

from django.utils import timezone
from icalendar import Calendar

from snippets.importing import MAX_BYTES, ImportFailed, read_file, too_big
from snippets.models import Sozialraum

from ...models import EventIndexPage
from ..recurrence import BERLIN

TIMEOUT_SECONDS = 20
TOO_BIG = "so große Kalender werden nicht eingelesen"


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
    return read_file(source, consequence=TOO_BIG)


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
        raise ImportFailed(too_big(url, MAX_BYTES, TOO_BIG))
    return data


def _too_slow(url):
    return f"„{url}“ hat nicht innerhalb von {TIMEOUT_SECONDS} Sekunden geantwortet."


def parse_calendar(data, source):
    """The VCALENDAR in the bytes (UTF-8, or Windows-1252 from older exports)."""
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
