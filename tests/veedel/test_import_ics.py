"""import_ics: an institution's calendar comes in as drafts of one Sozialraum, matched by UID."""

import datetime
import functools
import http.server
import io
import socket
import threading

import icalendar
import pytest
import recurring_ical_events
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, PageLogEntry, Revision

from snippets.models import Sozialraum
from tests.conftest import TEST_SOZIALRAEUME, host_of
from tests.factories import EventPageFactory, OrganisationFactory
from veedel.calendar.recurrence import BERLIN, WEEKDAYS
from veedel.models import EventIndexPage, EventOccurrenceChange, EventPage

pytestmark = pytest.mark.django_db

FIXTURES = settings.BASE_DIR / "fixtures"
SAMPLE = FIXTURES / "beispiel-kalender.ics"
# The sample is a programme for 2027; judged from New Year's Day 2027 it is neither stale nor in the past.
STICHTAG = "2027-01-01"
SAMPLE_UIDS = {
    "elterntreff": "elterntreff-2027@familienzentrum-kalk.example",
    "deutschkurs": "deutschkurs-eltern-2027@familienzentrum-kalk.example",
    "fruehstueck": "stadtteilfruehstueck-2027@familienzentrum-kalk.example",
    "flohmarkt": "familienflohmarkt-2027@familienzentrum-kalk.example",
    "kita": "kita-sprechstunde-2027@familienzentrum-kalk.example",
    "aktionstag": "koelle-putzt-munter-2027@familienzentrum-kalk.example",
    "ferienspiele": "ferienspiele-ostern-2027@familienzentrum-kalk.example",
    "infoabend": "infoabend-ganztag-2027@familienzentrum-kalk.example",
    "lesung": "lesung-geschichten-2027@familienzentrum-kalk.example",
    "medienabend": "medienabend-2027@familienzentrum-kalk.example",
    "ferienbetreuung": "ferienbetreuung-2027@familienzentrum-kalk.example",
    "krabbelgruppe": "krabbelgruppe@familienzentrum-kalk.example",
}


def calendar_of(slug):
    return EventIndexPage.objects.child_of(Sozialraum.objects.get(slug=slug).site.root_page).get()


def imported(slug="kalk"):
    return EventPage.objects.child_of(calendar_of(slug)).exclude(ical_uid="")


def run(*args, **options):
    out = io.StringIO()
    call_command("import_ics", *args, stdout=out, **options)
    return out.getvalue()


def progress_lines(output):
    return [line for line in output.splitlines() if line.startswith("[")]


# -- calendars made for one test --------------------------------------------


def stamp(value):
    return f"{value:%Y%m%dT%H%M%S}"


def vevent(uid, summary, start, end=None, *lines):
    fields = [f"UID:{uid}", f"SUMMARY:{summary}", f"DTSTART;TZID=Europe/Berlin:{stamp(start)}"]
    if end is not None:
        fields.append(f"DTEND;TZID=Europe/Berlin:{stamp(end)}")
    return "BEGIN:VEVENT\r\n" + "\r\n".join([*fields, *lines]) + "\r\nEND:VEVENT\r\n"


def ics_file(tmp_path, *events, name="kalender.ics"):
    path = tmp_path / name
    text = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Veedel//DE\r\n"
        + "".join(events)
        + "END:VCALENDAR\r\n"
    )
    path.write_text(text, encoding="utf-8")
    return str(path)


def upcoming(weekday, hour, days_ahead=3):
    """The next given weekday at least `days_ahead` days from today, at the hour, in Cologne."""
    day = datetime.date.today() + datetime.timedelta(days=days_ahead)
    day += datetime.timedelta(days=(weekday - day.weekday()) % 7)
    return datetime.datetime.combine(day, datetime.time(hour), BERLIN)


def last_sunday_of_march(year):
    day = datetime.date(year, 3, 31)
    return day - datetime.timedelta(days=(day.weekday() - 6) % 7)


@pytest.fixture
def serve():
    """Serve a folder on 127.0.0.1 (a free port); yields a function folder -> base URL."""
    servers = []

    def start(folder):
        handler = functools.partial(QuietHandler, directory=str(folder))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


# -- the sample calendar ----------------------------------------------------


def test_sample_calendar_becomes_drafts_with_the_mapped_fields(client):
    output = run("kalk", str(SAMPLE), stichtag=STICHTAG)

    lines = progress_lines(output)
    assert lines[0] == "[1/14] Offener Elterntreff … angelegt"
    assert (
        "[11/14] Adventsbasteln … übersprungen: liegt in der Vergangenheit (zuletzt am 05.12.2026)" in lines
    )
    assert "[12/14] Ferienbetreuung … angelegt" in lines
    assert "[13/14] Krabbelgruppe … angelegt" in lines
    assert "[14/14] Teamsitzung … übersprungen: als privat markiert (CLASS)" in lines
    assert "Angelegt: 12 · Aktualisiert: 0 · Übersprungen: 2" in output

    pages = {page.ical_uid: page for page in imported()}
    assert set(pages) == set(SAMPLE_UIDS.values())
    for page in pages.values():
        assert not page.live
        assert page.has_unpublished_changes
        assert page.latest_revision is not None
        assert page.locale.language_code == "de"

    treff = pages[SAMPLE_UIDS["elterntreff"]]
    assert (treff.title, treff.slug) == ("Offener Elterntreff", "offener-elterntreff")
    assert (treff.place_name, treff.street, treff.postcode) == (
        "Familienzentrum Kalk",
        "Kalker Hauptstraße 247",
        "51103",
    )
    assert treff.organiser == "Familienzentrum Kalk – Elternberatung"
    assert (treff.repeat, treff.repeat_weekdays, treff.repeat_until) == (
        "weekly",
        "TU",
        datetime.date(2027, 4, 27),
    )
    assert treff.start == datetime.datetime(2027, 2, 2, 18, tzinfo=BERLIN)
    assert treff.teaser.startswith("Eltern aus dem Veedel treffen sich")
    assert treff.description == ""  # the whole text fits the teaser

    kurs = pages[SAMPLE_UIDS["deutschkurs"]]
    assert len(kurs.teaser) <= 400 and kurs.teaser.endswith("…")
    assert kurs.description.startswith("<p>Ein Deutschkurs für Mütter und Väter")
    assert kurs.description.count("<p>") == 4
    assert '<a href="https://familienzentrum-kalk.example/angebote/deutschkurs">' in kurs.description
    assert (kurs.repeat_weekdays, kurs.repeat_count) == ("MO,WE", 20)

    flohmarkt = pages[SAMPLE_UIDS["flohmarkt"]]
    assert (flohmarkt.repeat, flohmarkt.repeat_nth) == ("monthly_weekday", -1)
    assert flohmarkt.rrule == "FREQ=MONTHLY;BYDAY=-1SU;UNTIL=20270627T215959Z"
    assert pages[SAMPLE_UIDS["fruehstueck"]].rrule == "FREQ=MONTHLY;BYDAY=1SA;COUNT=6"
    assert pages[SAMPLE_UIDS["kita"]].rrule == "FREQ=MONTHLY;COUNT=4"
    assert pages[SAMPLE_UIDS["kita"]].place_name == "Familienzentrum Kalk, Raum 2"

    aktionstag = pages[SAMPLE_UIDS["aktionstag"]]
    assert aktionstag.all_day
    assert aktionstag.start.astimezone(BERLIN).date() == aktionstag.end.astimezone(BERLIN).date()
    ferien = pages[SAMPLE_UIDS["ferienspiele"]]
    assert ferien.end.astimezone(BERLIN).date() == datetime.date(2027, 4, 1)  # DTEND is the day after

    assert pages[SAMPLE_UIDS["infoabend"]].start == datetime.datetime(
        2027, 2, 4, 18, tzinfo=BERLIN
    )  # from UTC
    lesung = pages[SAMPLE_UIDS["lesung"]]
    assert (lesung.status, lesung.status_reason) == (
        "cancelled",
        "Die Lesung muss leider ausfallen und wird im Herbst nachgeholt.",
    )
    betreuung = pages[SAMPLE_UIDS["ferienbetreuung"]]
    assert (betreuung.repeat, betreuung.repeat_count, betreuung.rrule) == ("daily", 5, "FREQ=DAILY;COUNT=5")
    krabbel = pages[SAMPLE_UIDS["krabbelgruppe"]]
    assert (krabbel.repeat, krabbel.repeat_weekdays, krabbel.repeat_until, krabbel.repeat_count) == (
        "weekly",
        "FR",
        None,
        None,
    )
    assert krabbel.rrule == "FREQ=WEEKLY;BYDAY=FR"
    medien = pages[SAMPLE_UIDS["medienabend"]]
    assert (medien.online_link, medien.place_name) == (
        "https://konferenz.familienzentrum-kalk.example/medienabend",
        "",
    )

    # A coordinator can open the draft in the admin, rich text and all.
    client.force_login(get_user_model().objects.get(username="kalk-koordination"))
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[kurs.pk]))
    assert edit.status_code == 200
    assert "Während des Kurses werden kleine Kinder" in edit.content.decode()

    # The synchronised languages get draft aliases, as after creating a page in the admin.
    aliases = EventPage.objects.filter(alias_of=treff)
    assert {alias.locale.language_code for alias in aliases} == {"en", "tr", "ar"}
    assert not any(alias.live for alias in aliases)


def test_reimport_of_the_same_file_changes_nothing():
    run("kalk", str(SAMPLE), stichtag=STICHTAG)
    revisions = Revision.objects.filter(object_id__in=[str(page.pk) for page in imported()]).count()

    output = run("kalk", str(SAMPLE), stichtag=STICHTAG)

    lines = progress_lines(output)
    assert sum(line.endswith("… übersprungen (unverändert)") for line in lines) == 12
    assert not [line for line in lines if "angelegt" in line or "aktualisiert" in line]
    assert "Angelegt: 0 · Aktualisiert: 0 · Übersprungen: 14 (davon unverändert: 12)" in output
    assert imported().count() == 12
    assert Revision.objects.filter(object_id__in=[str(page.pk) for page in imported()]).count() == revisions


def occurrence_key(all_day, start, end):
    if all_day:
        return (start.astimezone(BERLIN).date(), end.astimezone(BERLIN).date())
    return (start.astimezone(datetime.UTC), end.astimezone(datetime.UTC))


def expanded_by_uid(calendar, window_start, window_end):
    """What a calendar program shows: {uid: {(start, end, cancelled), ...}}."""
    result = {}
    for component in recurring_ical_events.of(calendar).between(window_start, window_end):
        start, end = component["DTSTART"].dt, component["DTEND"].dt
        if isinstance(start, datetime.datetime):
            key = occurrence_key(False, start, end)
        else:
            key = (start, end - datetime.timedelta(days=1))  # DTEND of an all-day event is the day after
        cancelled = str(component.get("STATUS", "")).upper() == "CANCELLED"
        result.setdefault(str(component["UID"]), set()).add((*key, cancelled))
    return result


def shown_by_page(page, window_start, window_end):
    return {
        (*occurrence_key(page.all_day, o.start, o.end), o.cancelled or page.status == "cancelled")
        for o in page.occurrences(window_start, window_end)
    }


def test_exceptions_and_daylight_saving_match_what_calendar_programs_expand():
    run("kalk", str(SAMPLE), stichtag=STICHTAG)
    window_start = datetime.datetime(2027, 1, 1, tzinfo=BERLIN)
    window_end = datetime.datetime(2028, 1, 1, tzinfo=BERLIN)
    source = icalendar.Calendar.from_ical(SAMPLE.read_bytes())
    expected = expanded_by_uid(source, window_start, window_end)

    for page in imported():
        assert shown_by_page(page, window_start, window_end) == expected[page.ical_uid], page.title

    treff = imported().get(ical_uid=SAMPLE_UIDS["elterntreff"])
    assert [row[:2] for row in treff.change_rows()] == [
        (datetime.date(2027, 2, 9), "exclude"),
        (datetime.date(2027, 3, 16), "cancel"),
        (datetime.date(2027, 3, 30), "move"),
    ]
    moved = treff.occurrence_changes.get(action="move")
    assert moved.new_start == datetime.datetime(2027, 4, 1, 18, tzinfo=BERLIN)
    assert treff.occurrence_changes.get(action="cancel").reason == "Fortbildung des Teams"
    # 18:00 on every Tuesday, before and after the clocks go forward on 28 March 2027.
    occurrences = treff.occurrences(window_start, window_end)
    assert {o.start.astimezone(BERLIN).hour for o in occurrences} == {18}
    offsets = {o.start.date(): o.start.astimezone(BERLIN).utcoffset() for o in occurrences}
    assert offsets[datetime.date(2027, 3, 23)] == datetime.timedelta(hours=1)
    assert offsets[datetime.date(2027, 4, 6)] == datetime.timedelta(hours=2)


def test_import_from_an_address_fetches_the_calendar(serve):
    base = serve(FIXTURES)

    output = run("kalk", f"{base}/beispiel-kalender.ics", stichtag=STICHTAG)

    assert "Angelegt: 12 · Aktualisiert: 0 · Übersprungen: 2" in output
    assert imported().count() == 12


def test_dry_run_writes_nothing_and_reports_the_same():
    counts = (Page.objects.count(), Revision.objects.count(), PageLogEntry.objects.count())

    trial = run("kalk", str(SAMPLE), stichtag=STICHTAG, dry_run=True)

    assert (Page.objects.count(), Revision.objects.count(), PageLogEntry.objects.count()) == counts
    assert trial.startswith("Probelauf: es wird nichts gespeichert.")
    assert "Angelegt: 12 · Aktualisiert: 0 · Übersprungen: 2 – Probelauf, nichts gespeichert" in trial
    assert progress_lines(trial) == progress_lines(run("kalk", str(SAMPLE), stichtag=STICHTAG))


def test_verbosity_zero_prints_nothing():
    assert run("kalk", str(SAMPLE), stichtag=STICHTAG, verbosity=0) == ""
    assert imported().count() == 12


# -- drafts, updates, moderation -----------------------------------------------


def test_drafts_appear_in_no_list_or_feed_until_a_coordinator_publishes(client, tmp_path):
    start = upcoming(weekday=3, hour=17)
    path = ics_file(
        tmp_path,
        vevent(
            "boule@buergerverein.example",
            "Boule im Bürgerpark",
            start,
            start + datetime.timedelta(hours=2),
            "RRULE:FREQ=WEEKLY;COUNT=4",
            "LOCATION:Bürgerpark Kalk",
        ),
    )

    assert "[1/1] Boule im Bürgerpark … angelegt" in run("kalk", path)

    page = imported().get()
    public = [
        "/veranstaltungen/",
        "/veranstaltungen/ical/",
        "/en/events/",
        "/en/events/ical/",
    ]
    for url in public:
        assert "Boule im Bürgerpark" not in client.get(url, HTTP_HOST="kalk.localhost").content.decode(), url
    assert client.get(f"/veranstaltungen/{page.slug}/", HTTP_HOST="kalk.localhost").status_code == 404
    assert client.get(f"/en/events/{page.slug}/", HTTP_HOST="kalk.localhost").status_code == 404

    # The same lists show it once it is published: the drafts were missing because they are drafts.
    page.get_latest_revision().publish()
    for url in public:
        assert "Boule im Bürgerpark" in client.get(url, HTTP_HOST="kalk.localhost").content.decode(), url


def test_changed_title_and_start_become_a_new_revision_while_the_live_page_stays(client, tmp_path):
    start = upcoming(weekday=1, hour=18)
    end = start + datetime.timedelta(hours=2)
    uid = "stammtisch@buergerverein.example"
    run("kalk", ics_file(tmp_path, vevent(uid, "Stammtisch des Bürgervereins", start, end)))
    page = imported().get()
    page.get_latest_revision().publish()
    later = start + datetime.timedelta(hours=1)

    output = run(
        "kalk",
        ics_file(
            tmp_path,
            vevent(uid, "Stammtisch des Bürgervereins Kalk", later, later + datetime.timedelta(hours=2)),
        ),
    )

    assert "[1/1] Stammtisch des Bürgervereins Kalk … aktualisiert (Titel, Beginn, Ende)" in output
    assert "Angelegt: 0 · Aktualisiert: 1 · Übersprungen: 0" in output
    page.refresh_from_db()
    assert page.live and page.has_unpublished_changes
    assert (page.title, page.start) == ("Stammtisch des Bürgervereins", start)
    draft = page.get_latest_revision_as_object()
    assert (draft.title, draft.start, draft.end) == (
        "Stammtisch des Bürgervereins Kalk",
        later,
        later + datetime.timedelta(hours=2),
    )
    assert page.revisions.count() == 2
    for url in ("/veranstaltungen/", f"/veranstaltungen/{page.slug}/", "/veranstaltungen/ical/"):
        html = client.get(url, HTTP_HOST="kalk.localhost").content.decode()
        assert "Stammtisch des Bürgervereins" in html, url
        assert "Stammtisch des Bürgervereins Kalk" not in html, url


def test_a_coordinators_correction_survives_until_the_source_changes_that_field(tmp_path):
    start = upcoming(weekday=2, hour=10)
    uid = "sprechstunde@mieterverein.example"

    def event(summary):
        return vevent(uid, summary, start, start + datetime.timedelta(hours=2), "LOCATION:Bürgerhaus")

    run("kalk", ics_file(tmp_path, event("Mieterberatung")))
    page = imported().get()
    corrected = page.get_latest_revision_as_object()
    corrected.place_name = "Bürgerhaus Kalk, Raum 3"
    corrected.save_revision(user=get_user_model().objects.get(username="kalk-koordination"))

    assert "… übersprungen (unverändert)" in run("kalk", ics_file(tmp_path, event("Mieterberatung")))
    output = run("kalk", ics_file(tmp_path, event("Offene Mieterberatung")))

    assert "… aktualisiert (Titel)" in output
    draft = EventPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert (draft.title, draft.place_name) == ("Offene Mieterberatung", "Bürgerhaus Kalk, Raum 3")


def test_text_from_a_calendar_is_escaped_and_links_must_be_web_addresses(tmp_path):
    start = upcoming(weekday=4, hour=19)
    # Some programs write HTML into DESCRIPTION: its tags go, its text stays (escaped).
    words = "Ein Abend mit <b>Musik</b> & Gesprächen, für Kinder < 6 Jahre frei. " * 10
    path = ics_file(
        tmp_path,
        vevent(
            "konzert@example.org",
            "Hofkonzert <script>",
            start,
            start + datetime.timedelta(hours=2),
            f"DESCRIPTION:{words}\\n\\nZweiter Absatz.",
            "URL:javascript:alert(1)",
            "LOCATION:Innenhof\\, Vietorstraße 30\\, 51103 Köln-Kalk",
        ),
    )

    run("kalk", path)

    page = imported().get()
    assert page.title == "Hofkonzert <script>"  # plain text; templates escape it
    assert "<p>Ein Abend mit Musik &amp; Gesprächen, für Kinder &lt; 6 Jahre frei." in page.description
    assert "<b>" not in page.description and "javascript" not in page.description
    assert page.description.endswith("<p>Zweiter Absatz.</p>")
    assert (page.place_name, page.street, page.postcode) == ("Innenhof", "Vietorstraße 30", "51103")
    assert page.online_link == ""


# -- what is skipped ----------------------------------------------------------


def weekly_utc_through_the_clock_change():
    switch = last_sunday_of_march(datetime.date.today().year + 1)
    start = datetime.datetime.combine(switch - datetime.timedelta(days=12), datetime.time(17), datetime.UTC)
    return (
        "BEGIN:VEVENT\r\nUID:utc@example.org\r\nSUMMARY:Chorprobe\r\n"
        f"DTSTART:{stamp(start)}Z\r\nDTEND:{stamp(start + datetime.timedelta(hours=2))}Z\r\n"
        "RRULE:FREQ=WEEKLY;COUNT=4\r\nEND:VEVENT\r\n"
    )


@pytest.mark.parametrize(
    ("lines", "reason"),
    [
        (["RRULE:FREQ=YEARLY;COUNT=3"], "Wiederholungsregel wird nicht unterstützt: FREQ=YEARLY"),
        (
            ["RRULE:FREQ=DAILY;BYDAY=MO,TU;COUNT=4"],
            "Wiederholungsregel wird nicht unterstützt: FREQ=DAILY;BYDAY=MO,TU",
        ),
        (
            ["RRULE:FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2;COUNT=3"],
            "Wiederholungsregel wird nicht unterstützt: BYSETPOS=2",
        ),
        (
            ["RRULE:FREQ=MONTHLY;BYDAY=5TU;COUNT=3"],
            "Wiederholungsregel wird nicht unterstützt: FREQ=MONTHLY;BYDAY=5TU",
        ),
        (
            ["RRULE:FREQ=MONTHLY;BYDAY=2WE;COUNT=3"],
            "Wiederholungsregel wird nicht unterstützt: FREQ=MONTHLY;BYDAY=2WE",
        ),
        (
            ["RRULE:FREQ=WEEKLY;COUNT=3", "RRULE:FREQ=WEEKLY;COUNT=5"],
            "Wiederholungsregel wird nicht unterstützt: mehrere Regeln (RRULE)",
        ),
        (
            ["RRULE:FREQ=WEEKLY;COUNT=3", "RDATE:20991231T180000"],
            "Wiederholungsregel wird nicht unterstützt: zusätzliche Termine (RDATE)",
        ),
        (
            ["RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SU;WKST=SU;COUNT=6"],
            "Wiederholungsregel wird nicht unterstützt: sie ergibt andere Termine",
        ),
        (["RRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=3"], "Der Beginn passt nicht zur Wiederholung"),
        (["CLASS:CONFIDENTIAL"], "als privat markiert"),
    ],
)
def test_what_the_portal_cannot_show_exactly_is_skipped_with_the_reason(tmp_path, lines, reason):
    start = upcoming(weekday=1, hour=18)  # a Tuesday
    path = ics_file(
        tmp_path, vevent("x@example.org", "Probe", start, start + datetime.timedelta(hours=2), *lines)
    )

    output = run("kalk", path)

    assert f"[1/1] Probe … übersprungen: {reason}" in output
    assert not imported().exists()


@pytest.mark.parametrize(
    ("event", "reason"),
    [
        (lambda start: weekly_utc_through_the_clock_change(), "die Reihe läuft in der Zeitzone UTC"),
        (
            lambda start: vevent("x@example.org", "Probe", start, start - datetime.timedelta(hours=1)),
            "Das Ende liegt vor dem Beginn.",
        ),
        (
            lambda start: "BEGIN:VEVENT\r\nSUMMARY:Probe\r\nDTSTART:20991231T180000\r\nEND:VEVENT\r\n",
            "ohne UID",
        ),
        (
            lambda start: "BEGIN:VEVENT\r\nUID:x@example.org\r\nSUMMARY:Probe\r\nEND:VEVENT\r\n",
            "ohne Beginn (DTSTART)",
        ),
        (
            lambda start: (
                "BEGIN:VEVENT\r\nUID:x@example.org\r\nSUMMARY:Probe\r\nDTSTART:morgen\r\nEND:VEVENT\r\n"
            ),
            "nicht lesbar",
        ),
    ],
)
def test_incomplete_entries_are_skipped_with_the_reason(tmp_path, event, reason):
    output = run("kalk", ics_file(tmp_path, event(upcoming(weekday=1, hour=18))))

    assert reason in progress_lines(output)[0]
    assert "übersprungen: " in progress_lines(output)[0]
    assert not imported().exists()


# -- bad input -----------------------------------------------------------------


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_bad_input_is_a_german_command_error(tmp_path, serve):
    garbage = tmp_path / "kein-kalender.ics"
    garbage.write_text("<html><body>Bitte melden Sie sich an.</body></html>", encoding="utf-8")
    bare = tmp_path / "nur-ein-termin.ics"
    bare.write_text("BEGIN:VEVENT\r\nUID:x\r\nEND:VEVENT\r\n", encoding="utf-8")
    huge = tmp_path / "riesig.ics"
    huge.write_bytes(b"X" * (5 * 1024 * 1024 + 1))
    base = serve(tmp_path)
    cases = [
        (
            ("nirgendwo", str(SAMPLE)),
            {},
            f"Unbekannter Sozialraum „nirgendwo“. Gültige Kurznamen: {', '.join(sorted(TEST_SOZIALRAEUME))}.",
        ),
        (("kalk", str(tmp_path / "fehlt.ics")), {}, "gibt es nicht"),
        (("kalk", str(garbage)), {}, "ist keine lesbare iCalendar-Datei (.ics)"),
        (("kalk", str(bare)), {}, "enthält keinen Kalender (BEGIN:VCALENDAR fehlt)"),
        (("kalk", str(huge)), {}, "ist größer als 5 MB"),
        (
            ("kalk", "ftp://example.org/kalender.ics"),
            {},
            "Abgerufen werden nur Adressen mit http:// oder https://",
        ),
        (("kalk", f"{base}/fehlt.ics"), {}, "mit Fehler 404"),
        (("kalk", f"http://127.0.0.1:{free_port()}/kalender.ics"), {}, "ist nicht erreichbar"),
        (("kalk", str(SAMPLE)), {"stichtag": "31.12.2026"}, "ist kein Datum; bitte als JJJJ-MM-TT angeben"),
    ]
    for args, options, message in cases:
        with pytest.raises(CommandError) as error:
            run(*args, **options)
        assert message in str(error.value), args
    assert not imported().exists()


# -- round trip ---------------------------------------------------------------


def kalk_programme(kalk):
    """Kalk's live events: two series (one with exceptions), one at a directory entry, one that is over.

    The weekly series has a cancelled, an excluded and a moved date.
    """
    index = calendar_of("kalk")
    first = timezone.localdate() + datetime.timedelta(days=1)
    while first.day > 28:  # a day every month has, for "the n-th weekday"
        first += datetime.timedelta(days=1)
    week = datetime.timedelta(weeks=1)
    EventPageFactory(
        parent=index,
        start=datetime.datetime.combine(first, datetime.time(10), BERLIN),
        end=datetime.datetime.combine(first, datetime.time(12), BERLIN),
        repeat="weekly",
        repeat_weekdays=WEEKDAYS[first.weekday()],
        repeat_until=first + 12 * week,
        occurrence_changes=[
            EventOccurrenceChange(
                original_date=first + week, action="cancel", reason="Das Team ist unterwegs"
            ),
            EventOccurrenceChange(original_date=first + 3 * week, action="exclude", reason="Feiertag"),
            EventOccurrenceChange(
                original_date=first + 5 * week,
                action="move",
                new_start=datetime.datetime.combine(first + 5 * week, datetime.time(16), BERLIN),
                new_end=datetime.datetime.combine(first + 5 * week, datetime.time(18), BERLIN),
                reason="Der Raum ist vormittags belegt.",
            ),
        ],
        aliases=False,
    )
    EventPageFactory(
        parent=index,
        start=datetime.datetime.combine(first, datetime.time(18), BERLIN),
        end=datetime.datetime.combine(first, datetime.time(20), BERLIN),
        monthly_weekday=True,
        repeat_count=4,
        teaser="",
        aliases=False,
    )
    EventPageFactory(parent=index, venue=OrganisationFactory(sozialraum=kalk), aliases=False)
    EventPageFactory(parent=index, start=timezone.now() - datetime.timedelta(days=30), aliases=False)


def test_an_event_exported_from_kalk_imports_into_porz_ost_with_the_same_dates(client, tmp_path, kalk):
    kalk_programme(kalk)
    compared = []
    for event in EventPage.objects.live().child_of(calendar_of("kalk")):
        response = client.get(f"{event.get_url_parts()[2]}ical/", HTTP_HOST=host_of(kalk))
        path = tmp_path / f"{event.slug}.ics"
        path.write_bytes(response.content)

        output = run("porz-ost", str(path))

        if event.series_end < timezone.now():
            assert "… übersprungen: liegt in der Vergangenheit" in output
            continue
        assert "… angelegt" in output
        copy = imported("porz-ost").get(ical_uid=f"{event.translation_key}@localhost")
        window_start = event.start - datetime.timedelta(days=1)
        window_end = event.start + datetime.timedelta(days=200)
        original = [
            (o.start, o.end, o.cancelled, o.moved, o.reason)
            for o in event.occurrences(window_start, window_end)
        ]
        assert [
            (o.start, o.end, o.cancelled, o.moved, o.reason)
            for o in copy.occurrences(window_start, window_end)
        ] == original, event.title
        # The feed names the directory entry where the event has one, so the copy carries its name.
        assert (copy.title, copy.place_name, copy.rrule) == (event.title, event.place_title, event.rrule)
        if event.teaser:
            assert copy.teaser == event.teaser
        assert "… übersprungen (unverändert)" in run("porz-ost", str(path))
        compared.append(event)
    # All but the event that is over came through, among them the series with its exceptions.
    assert len(compared) == 3
    assert {change.action for event in compared for change in event.occurrence_changes.all()} >= {
        "cancel",
        "exclude",
        "move",
    }


# -- daily and open-ended series ------------------------------------------------


def test_daily_series_without_end_is_imported_and_shown_within_the_horizon(client, tmp_path, kalk, settings):
    settings.CALENDAR_HORIZON_DAYS = 30
    start = upcoming(weekday=0, hour=9)
    path = ics_file(
        tmp_path,
        vevent(
            "taeglich@example.org",
            "Offenes Frühstück",
            start,
            start + datetime.timedelta(hours=1),
            "RRULE:FREQ=DAILY",
        ),
    )

    output = run("kalk", path)

    assert "[1/1] Offenes Frühstück … angelegt" in output
    page = imported().get()
    assert (page.repeat, page.repeat_until, page.repeat_count, page.rrule) == (
        "daily",
        None,
        None,
        "FREQ=DAILY",
    )
    page.get_latest_revision().publish()
    page.refresh_from_db()
    # A series without end never counts as over, and the portal lists its dates up to the horizon.
    assert page.series_end > timezone.now() + datetime.timedelta(days=3650)
    dates = page.upcoming(limit=None)
    assert len(dates) == len({occurrence.date for occurrence in dates})
    assert dates[-1].start <= timezone.now() + datetime.timedelta(days=30)
    assert dates[-1].start > timezone.now() + datetime.timedelta(days=28)
    # The feed keeps the rule open, so calendar programs go on by themselves.
    feed = icalendar.Calendar.from_ical(
        client.get(f"{page.get_url_parts()[2]}ical/", HTTP_HOST=host_of(kalk)).content
    )
    (component,) = feed.walk("VEVENT")
    assert component["RRULE"].to_ical() == b"FREQ=DAILY"


def test_components_that_are_no_events_are_reported_with_the_reason(tmp_path):
    start = upcoming(weekday=2, hour=18)
    todo = "BEGIN:VTODO\r\nUID:aufgabe@example.org\r\nSUMMARY:Flyer drucken\r\nEND:VTODO\r\n"
    journal = "BEGIN:VJOURNAL\r\nUID:notiz@example.org\r\nSUMMARY:Protokoll\r\nEND:VJOURNAL\r\n"
    path = ics_file(tmp_path, vevent("ok@example.org", "Sprechstunde", start, start), todo, journal)

    output = run("kalk", path)

    lines = progress_lines(output)
    assert "[1/3] Sprechstunde … angelegt" in lines
    assert "[2/3] Flyer drucken … übersprungen: eine Aufgabe (VTODO), keine Veranstaltung" in lines
    assert "[3/3] Protokoll … übersprungen: ein Journaleintrag (VJOURNAL), keine Veranstaltung" in lines
    assert "Angelegt: 1 · Aktualisiert: 0 · Übersprungen: 2" in output
