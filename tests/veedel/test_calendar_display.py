"""Issue 15 in the calendar: subscribing to a feed, multi-day events in the month, one teaser per series."""

import datetime
import re

import pytest
from django.utils import timezone

from tests.conftest import host_of, section
from tests.factories import EventPageFactory
from veedel.calendar.recurrence import BERLIN, WEEKDAYS
from veedel.models import EventIndexPage

pytestmark = pytest.mark.django_db


def on(day, hour, minute=0):
    return datetime.datetime.combine(day, datetime.time(hour, minute), BERLIN)


@pytest.fixture
def kalk_calendar(kalk):
    return section(kalk, EventIndexPage)


# -- subscribing ---------------------------------------------------------------


@pytest.mark.parametrize("host_of_calendar", ["kalk", "landing"])
def test_calendar_offers_a_subscription_with_webcal_link_and_copyable_address(client, kalk, host_of_calendar):
    host = host_of(kalk) if host_of_calendar == "kalk" else "localhost"
    html = client.get("/veranstaltungen/", HTTP_HOST=host).content.decode()
    section_html = re.search(r'<section[^>]*id="abonnieren".*?</section>', html, re.DOTALL)
    assert section_html, "no section #abonnieren"
    section_html = section_html.group()
    assert f'href="webcal://{host}/veranstaltungen/ical/"' in section_html
    field = re.search(r"<input[^>]*>", section_html).group()
    assert "readonly" in field and f'value="http://{host}/veranstaltungen/ical/"' in field
    field_id = re.search(r'id="([^"]+)"', field).group(1)
    assert f'<label for="{field_id}"' in section_html
    for system in ("Android", "iPhone", "Outlook"):
        assert system in section_html
    # The navigation leads to the section instead of downloading a file.
    assert 'href="#abonnieren"' in html


def test_subscription_keeps_the_filters_of_the_page(client, kalk):
    html = client.get("/veranstaltungen/monat/?kostenlos=1", HTTP_HOST=host_of(kalk)).content.decode()
    assert f'href="webcal://{host_of(kalk)}/veranstaltungen/ical/?kostenlos=1"' in html


@pytest.mark.parametrize("host_of_calendar", ["kalk", "landing"])
def test_feed_is_served_inline_so_calendar_apps_can_poll_it(client, kalk, host_of_calendar):
    host = host_of(kalk) if host_of_calendar == "kalk" else "localhost"
    response = client.get("/veranstaltungen/ical/", HTTP_HOST=host)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert "attachment" not in response.get("Content-Disposition", "")


# -- month view: multi-day events ----------------------------------------------


def test_multi_day_event_appears_on_every_day_it_runs(client, kalk, kalk_calendar):
    first = datetime.date(2027, 3, 3)
    EventPageFactory(
        parent=kalk_calendar,
        title="Ausstellung Veedelsbilder",
        start=on(first, 0),
        end=on(first + datetime.timedelta(days=4), 23, 59),
        all_day=True,
        aliases=False,
    )
    response = client.get("/veranstaltungen/monat/?monat=2027-03", HTTP_HOST=host_of(kalk))
    cells = {
        cell["date"]: [event.title for event, _occurrence in cell["items"]]
        for week in response.context["weeks"]
        for cell in week
    }
    for offset in range(5):
        assert cells[first + datetime.timedelta(days=offset)] == ["Ausstellung Veedelsbilder"], offset
    assert cells[first + datetime.timedelta(days=5)] == []
    html = response.content.decode()
    assert "bis 7. März" in html
    assert html.count("seit 3. März") == 4


# -- teasers: one entry per series -------------------------------------------------


def test_start_pages_show_a_weekly_series_once_with_a_link_to_more_dates(client, kalk, kalk_calendar):
    today = timezone.localdate()
    first = today + datetime.timedelta(days=1)
    series = EventPageFactory(
        parent=kalk_calendar,
        title="Computerhilfe im Bürgerhaus",
        start=on(first, 10),
        end=on(first, 12),
        repeat="weekly",
        repeat_weekdays=WEEKDAYS[first.weekday()],
        repeat_until=today + datetime.timedelta(days=60),
        aliases=False,
    )
    single = EventPageFactory(
        parent=kalk_calendar, start=on(first, 18), end=on(first, 20), title="Lesung im Veedel", aliases=False
    )
    for host in (host_of(kalk), "localhost"):
        response = client.get("/", HTTP_HOST=host)
        items = response.context["upcoming_events"]
        titles = [event.title for event, _occurrence in items]
        assert titles.count(series.title) == 1, host
        assert single.title in titles
        html = response.content.decode()
        assert html.count("Computerhilfe im Bürgerhaus") == 1
        more = re.findall(r'<a href="([^"]+)"[^>]*>und weitere Termine</a>', html)
        assert len(more) == 1, host
        assert more[0].endswith("/veranstaltungen/computerhilfe-im-burgerhaus/"), more
