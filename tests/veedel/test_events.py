"""The event calendar: repetition, exceptions, feeds, validation and visibility."""

import datetime

import icalendar
import pytest
import recurring_ical_events
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from snippets.models import Sozialraum
from veedel.models import EventIndexPage, EventOccurrenceChange, EventPage
from veedel.recurrence import BERLIN, build_rrule, expand

pytestmark = pytest.mark.django_db


def at(year, month, day, hour=18, minute=0):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=BERLIN)


def calendar_of(slug):
    return EventIndexPage.objects.child_of(Sozialraum.objects.get(slug=slug).site.root_page).get()


def test_weekly_series_keeps_its_wall_clock_time_across_daylight_saving():
    start = at(2026, 10, 20)  # CEST
    rule = build_rrule("weekly", weekdays=["TU"], until=datetime.date(2026, 11, 10), start=start)
    occurrences = expand(start, start + datetime.timedelta(hours=2), rule, start, at(2026, 12, 31))
    assert [o.start.date() for o in occurrences] == [
        datetime.date(2026, 10, 20),
        datetime.date(2026, 10, 27),
        datetime.date(2026, 11, 3),
        datetime.date(2026, 11, 10),
    ]
    assert {o.start.hour for o in occurrences} == {18}
    assert [o.start.utcoffset().total_seconds() / 3600 for o in occurrences] == [2, 1, 1, 1]


def test_every_second_tuesday_with_exclusion_cancellation_and_move():
    start = at(2026, 10, 13)
    rule = build_rrule("monthly_weekday", nth=2, count=5, start=start)
    assert rule == "FREQ=MONTHLY;BYDAY=2TU;COUNT=5"
    occurrences = expand(
        start,
        start + datetime.timedelta(hours=2),
        rule,
        start,
        at(2027, 6, 1),
        excluded_dates=[datetime.date(2026, 12, 8)],
        changes=[
            (datetime.date(2026, 11, 10), "cancel", None, None, "Krankheit"),
            (datetime.date(2027, 1, 12), "move", at(2027, 1, 19), None, "Saal belegt"),
        ],
    )
    summary = [(o.start.date().isoformat(), o.cancelled, o.moved) for o in occurrences]
    assert summary == [
        ("2026-10-13", False, False),
        ("2026-11-10", True, False),
        ("2027-01-19", False, True),
        ("2027-02-09", False, False),
    ]
    assert occurrences[1].reason == "Krankheit"


def test_feed_expands_to_exactly_the_dates_the_page_shows(client):
    for event in EventPage.objects.live().filter(locale__language_code="de").exclude(rrule=""):
        window_start = event.start - datetime.timedelta(days=1)
        window_end = event.start + datetime.timedelta(days=150)
        shown = {o.start for o in event.occurrences(window_start, window_end) if not o.cancelled}
        response = client.get(f"{event.url}ical/", HTTP_HOST=event.get_site().hostname)
        assert response["Content-Type"] == "text/calendar; charset=utf-8"
        assert response["Content-Disposition"].endswith('.ics"')
        calendar = icalendar.Calendar.from_ical(response.content)
        assert calendar.walk("VTIMEZONE")
        expanded = recurring_ical_events.of(calendar).between(window_start, window_end)
        from_feed = {e["DTSTART"].dt for e in expanded if str(e.get("STATUS")) != "CANCELLED"}
        assert from_feed == shown, event.title


def test_sozialraum_feed_has_every_live_event_and_advertises_itself(client):
    index = calendar_of("kalk")
    html = client.get("/veranstaltungen/", HTTP_HOST="kalk.localhost").content.decode()
    assert '<link rel="alternate" type="text/calendar"' in html
    assert 'href="/veranstaltungen/ical/"' in html
    feed = client.get("/veranstaltungen/ical/", HTTP_HOST="kalk.localhost")
    calendar = icalendar.Calendar.from_ical(feed.content)
    uids = {str(component["UID"]) for component in calendar.walk("VEVENT")}
    live = EventPage.objects.live().child_of(index)
    assert uids == {f"{event.translation_key}@localhost" for event in live}
    statuses = {
        str(component.get("STATUS")) for component in calendar.walk("VEVENT") if "RECURRENCE-ID" in component
    }
    assert statuses == {"CANCELLED", "CONFIRMED"}  # a cancelled and a moved date


def test_drafts_appear_in_no_list_or_feed(client):
    index = calendar_of("kalk")
    start = datetime.datetime.now(tz=BERLIN) + datetime.timedelta(days=2)
    draft = EventPage(title="Geheimes Treffen", slug="geheimes-treffen", start=start, end=start, live=False)
    index.add_child(instance=draft)
    draft.save_revision()
    for path in ("/veranstaltungen/", "/veranstaltungen/ical/", "/en/veranstaltungen/"):
        assert "Geheimes Treffen" not in client.get(path, HTTP_HOST="kalk.localhost").content.decode()
    assert client.get("/veranstaltungen/geheimes-treffen/", HTTP_HOST="kalk.localhost").status_code == 404


def test_calendar_lists_days_with_cancelled_dates_struck_through(client):
    html = client.get("/veranstaltungen/", HTTP_HOST="kalk.localhost").content.decode()
    assert "Sprechstunde der Sozialraumkoordination" in html
    assert "<del>" in html and "Fortbildung des Teams" in html
    assert client.get("/ar/veranstaltungen/", HTTP_HOST="kalk.localhost").status_code == 200


def event_form(index, **fields):
    data = {
        "title": "Nachbarschaftstreff",
        "slug": "nachbarschaftstreff",
        "teaser": "",
        "description": rich_text("<p>Wir treffen uns zum Reden und Planen.</p>"),
        "start": "2026-12-02 18:00",  # a Wednesday
        "end": "2026-12-02 20:00",
        "repeat": "",
        "repeat_interval": "1",
        "repeat_nth": "",
        "repeat_until": "",
        "repeat_count": "",
        "occurrence_changes": inline_formset([]),
        "status": "planned",
        "topics": "",
        "target_groups": "",
        "languages": ["de"],
        "is_free": "on",
        **fields,
    }
    # Checkbox lists go in as repeated keys; nested_form_data would number them.
    lists = {key: data.pop(key) for key in [key for key, value in data.items() if isinstance(value, list)]}
    return {**nested_form_data(data), **lists}


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"end": "2026-12-02 17:00"}, "Das Ende liegt vor dem Beginn"),
        ({"repeat": "weekly", "repeat_weekdays": ["WE"]}, "wann die Wiederholung endet"),
        ({"repeat": "weekly", "repeat_weekdays": ["TU"], "repeat_count": "5"}, "Der Beginn passt nicht"),
        ({"repeat": "monthly_weekday", "repeat_count": "3"}, "der wievielte Wochentag"),
        (
            {"repeat": "weekly", "repeat_weekdays": ["WE"], "repeat_until": "2026-11-01"},
            "vor dem ersten Termin",
        ),
        (
            {"occurrence_changes": inline_formset([{"original_date": "2026-12-09", "action": "move"}])},
            "wann der verschobene Termin",
        ),
    ],
)
def test_admin_refuses_impossible_dates_in_german(client, fields, message):
    index = calendar_of("kalk")
    client.force_login(get_user_model().objects.get(username="kalk-koordination"))
    url = reverse("wagtailadmin_pages:add", args=["veedel", "eventpage", index.pk])
    response = client.post(url, {**event_form(index, **fields), "action-publish": "1"})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not EventPage.objects.filter(slug="nachbarschaftstreff").exists()


def test_admin_saves_a_weekly_series_as_rrule(client):
    index = calendar_of("kalk")
    client.force_login(get_user_model().objects.get(username="kalk-koordination"))
    url = reverse("wagtailadmin_pages:add", args=["veedel", "eventpage", index.pk])
    data = event_form(
        index,
        repeat="weekly",
        repeat_weekdays=["WE", "FR"],
        repeat_until="2027-01-31",
        occurrence_changes=inline_formset(
            [{"original_date": "2026-12-25", "action": "exclude", "reason": "Feiertag"}]
        ),
    )
    response = client.post(url, {**data, "action-publish": "1"})
    assert response.status_code == 302
    event = EventPage.objects.get(slug="nachbarschaftstreff", locale__language_code="de")
    assert event.rrule == "FREQ=WEEKLY;BYDAY=WE,FR;UNTIL=20270131T225959Z"
    assert event.repeat_weekdays == "WE,FR"
    dates = [
        o.start.date() for o in event.occurrences(event.start, event.start + datetime.timedelta(days=30))
    ]
    assert datetime.date(2026, 12, 25) not in dates
    assert datetime.date(2026, 12, 23) in dates
    assert EventOccurrenceChange.objects.filter(page=event).count() == 1


def test_forged_rich_text_is_a_400_not_a_500(client):
    index = calendar_of("kalk")
    client.force_login(get_user_model().objects.get(username="kalk-koordination"))
    url = reverse("wagtailadmin_pages:add", args=["veedel", "eventpage", index.pk])
    response = client.post(url, {**event_form(index, description="kein JSON"), "action-publish": "1"})
    assert response.status_code == 400
    assert not EventPage.objects.filter(slug="nachbarschaftstreff").exists()
