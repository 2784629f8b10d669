"""How long the next dates and the calendar lists take with a big calendar (issue 18): a measurement.

Not collected with the tests (the name does not start with test_); run it on its own:

    DJANGO_SETTINGS_MODULE=cms.settings.test .venv/bin/python -m pytest -p no:randomly \
        tests/veedel/bench_next_dates.py -q -s

3,300 German events in the three test Sozialräume (tests/veedel/event_mix.py: about a third
series, with exceptions), each with aliases in English, Turkish and Arabic as the synchronisation
makes them. Prints the time (fastest of seven, wall clock and CPU) and the queries of
`next_occurrences` as the start pages and an address page call it (and of the algorithm before
issue 18, kept in tests/veedel/test_calendar_next_dates.py), and of the start pages and the
calendar views through the test client.
"""

import datetime
import time

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale

from home.models import citywide_events
from snippets.models import Sozialraum
from tests.bulk_pages import add_pages
from tests.conftest import TEST_SOZIALRAEUME, section
from tests.veedel.event_mix import event_maker
from tests.veedel.test_calendar_next_dates import reference_next_occurrences
from veedel.calendar.occurrences import next_occurrences
from veedel.chrome import invalidate_chrome
from veedel.models import EventIndexPage, EventPage

pytestmark = pytest.mark.django_db

EVENTS_PER_SOZIALRAUM = 1100
RUNS = 7


def measure(label, call):
    """The fastest of RUNS calls, in wall-clock and in CPU time (the machine may be busy), and the queries."""
    call()  # warm: renditions, site root paths
    wall, cpu, queries = [], [], 0
    for _ in range(RUNS):
        invalidate_chrome()
        with CaptureQueriesContext(connection) as captured:
            started, started_cpu = time.perf_counter(), time.process_time()
            call()
            wall.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
        queries = len(captured)
    print(f"{label:<62} {min(wall):7.1f} ms {min(cpu):7.1f} ms CPU {queries:4d} queries")


def test_measure_next_dates_and_calendar_lists(client):
    today = timezone.localdate()
    others = list(Locale.objects.exclude(language_code="de"))
    for sozialraum in Sozialraum.objects.filter(slug__in=TEST_SOZIALRAEUME).select_related("site"):
        index = section(sozialraum, EventIndexPage)
        add_pages(index, event_maker(today, f"termin-{sozialraum.slug}"), EVENTS_PER_SOZIALRAUM, others)
    german = EventPage.objects.live().filter(locale__language_code="de")
    print(f"\n{german.count()} German events, {german.exclude(rrule='').count()} of them series")
    kalk_root = Sozialraum.objects.get(slug="kalk").site.root_page
    measure(
        "before: next_occurrences(city-wide, limit=6)",
        lambda: reference_next_occurrences(citywide_events(), limit=6),
    )
    measure(
        "before: next_occurrences(free city-wide, limit=5, days=90)",
        lambda: reference_next_occurrences(citywide_events().filter(is_free=True), limit=5, days=90),
    )
    measure("next_occurrences(city-wide, limit=6)", lambda: next_occurrences(citywide_events(), limit=6))
    measure(
        "next_occurrences(Kalk, limit=5)",
        lambda: next_occurrences(EventPage.objects.live().descendant_of(kalk_root), limit=5),
    )
    measure(
        "next_occurrences(free city-wide, limit=5, days=90)",
        lambda: next_occurrences(citywide_events().filter(is_free=True), limit=5, days=90),
    )
    for host, path in [
        ("localhost", "/"),
        ("kalk.localhost", "/"),
        ("localhost", "/veranstaltungen/"),
        ("localhost", "/veranstaltungen/?zeitraum=monat"),
        ("localhost", f"/veranstaltungen/?ab={today + datetime.timedelta(days=14)}"),
        ("kalk.localhost", "/veranstaltungen/"),
        ("localhost", "/veranstaltungen/monat/"),
    ]:
        measure(f"GET {host}{path}", lambda host=host, path=path: client.get(path, HTTP_HOST=host))
