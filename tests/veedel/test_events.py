"""The event calendar: repetition, exceptions, feeds, validation and visibility."""

import datetime

import icalendar
import pytest
import recurring_ical_events
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset

from tests.admin_forms import event_form
from tests.conftest import host_of, section
from tests.factories import EventPageFactory, next_week_at
from veedel.calendar.recurrence import BERLIN, WEEKDAYS, build_rrule, expand
from veedel.models import EventIndexPage, EventOccurrenceChange, EventPage

pytestmark = pytest.mark.django_db


def at(year, month, day, hour=18, minute=0):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=BERLIN)


def on(day, hour, minute=0):
    return datetime.datetime.combine(day, datetime.time(hour, minute), BERLIN)


def path_of(page):
    return page.get_url_parts()[2]


def next_clock_change(after):
    """The first day after `after` whose noon has another UTC offset than the day before."""
    day = after
    while on(day, 12).utcoffset() == on(day + datetime.timedelta(days=1), 12).utcoffset():
        day += datetime.timedelta(days=1)
    return day + datetime.timedelta(days=1)


def next_month(day):
    """The first of the month after `day`'s."""
    return (day.replace(day=1) + datetime.timedelta(days=32)).replace(day=1)


def day_before_29th(day):
    """`day`, or the first day after it that every month has."""
    while day.day > 28:
        day += datetime.timedelta(days=1)
    return day


def change(day, action, reason="", new_start=None):
    return EventOccurrenceChange(original_date=day, action=action, reason=reason, new_start=new_start)


def weekly_series_with_exceptions(index, first_day, hour=10, weeks=20, **fields):
    """Weekly from `first_day` on its weekday: the 2nd date cancelled, the 3rd moved, the 5th excluded."""
    week = datetime.timedelta(weeks=1)
    return EventPageFactory(
        parent=index,
        start=on(first_day, hour),
        end=on(first_day, hour + 2),
        repeat="weekly",
        repeat_weekdays=WEEKDAYS[first_day.weekday()],
        repeat_until=first_day + (weeks - 1) * week,
        occurrence_changes=[
            change(first_day + week, "cancel", "Das Team ist auf Fortbildung"),
            change(
                first_day + 2 * week,
                "move",
                "Der Raum ist belegt",
                on(first_day + 2 * week + datetime.timedelta(days=2), hour),
            ),
            change(first_day + 4 * week, "exclude", "Feiertag"),
        ],
        aliases=False,
        **fields,
    )


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


def test_feed_expands_to_exactly_the_dates_the_page_shows(client, kalk):
    index = section(kalk, EventIndexPage)
    today = timezone.localdate()
    # One series runs through the next change of the clocks, so the feed's wall-clock times are checked too.
    weekly_series_with_exceptions(index, next_clock_change(today) - datetime.timedelta(days=24), hour=18)
    tomorrow = today + datetime.timedelta(days=1)
    EventPageFactory(
        parent=index,
        start=on(tomorrow, 15),
        end=on(tomorrow, 17),
        repeat="weekly",
        repeat_interval=2,
        repeat_weekdays=f"{WEEKDAYS[tomorrow.weekday()]},{WEEKDAYS[(tomorrow.weekday() + 2) % 7]}",
        repeat_count=8,
        aliases=False,
    )
    nth_day = day_before_29th(tomorrow)
    EventPageFactory(
        parent=index,
        start=on(nth_day, 18),
        end=on(nth_day, 20),
        monthly_weekday=True,
        repeat_count=6,
        aliases=False,
    )
    in_last_week = next_month(next_month(today)) - datetime.timedelta(days=3)
    EventPageFactory(
        parent=index,
        start=on(in_last_week, 11),
        end=on(in_last_week, 15),
        repeat="monthly_weekday",
        repeat_nth=-1,
        repeat_count=5,
        aliases=False,
    )
    EventPageFactory(
        parent=index,
        start=on(nth_day, 9),
        end=on(nth_day, 10),
        repeat="monthly",
        repeat_until=nth_day + datetime.timedelta(days=120),
        occurrence_changes=[change(next_month(nth_day).replace(day=nth_day.day), "cancel")],
        aliases=False,
    )
    EventPageFactory(parent=index, aliases=False)  # a single date has no rule and is not checked here

    series = EventPage.objects.live().filter(locale__language_code="de").exclude(rrule="")
    assert series.count() == 5
    for event in series:
        window_start = event.start - datetime.timedelta(days=1)
        window_end = event.start + datetime.timedelta(days=150)
        shown = {o.start for o in event.occurrences(window_start, window_end) if not o.cancelled}
        response = client.get(f"{path_of(event)}ical/", HTTP_HOST=host_of(kalk))
        assert response["Content-Type"] == "text/calendar; charset=utf-8"
        assert response["Content-Disposition"].endswith('.ics"')
        calendar = icalendar.Calendar.from_ical(response.content)
        assert calendar.walk("VTIMEZONE")
        expanded = recurring_ical_events.of(calendar).between(window_start, window_end)
        from_feed = {e["DTSTART"].dt for e in expanded if str(e.get("STATUS")) != "CANCELLED"}
        assert from_feed == shown, event.title


def test_sozialraum_feed_has_every_live_event_and_advertises_itself(client, kalk, porz_ost):
    index = section(kalk, EventIndexPage)
    weekly_series_with_exceptions(index, timezone.localdate() + datetime.timedelta(days=1))
    EventPageFactory.create_batch(2, parent=index, aliases=False)
    EventPageFactory(parent=index, live=False, aliases=False)
    EventPageFactory(parent=section(porz_ost, EventIndexPage), aliases=False)
    html = client.get("/veranstaltungen/", HTTP_HOST=host_of(kalk)).content.decode()
    assert '<link rel="alternate" type="text/calendar"' in html
    assert 'href="/veranstaltungen/ical/"' in html
    feed = client.get("/veranstaltungen/ical/", HTTP_HOST=host_of(kalk))
    calendar = icalendar.Calendar.from_ical(feed.content)
    uids = {str(component["UID"]) for component in calendar.walk("VEVENT")}
    live = EventPage.objects.live().child_of(index)
    assert live.count() == 3
    assert uids == {f"{event.translation_key}@localhost" for event in live}
    statuses = {
        str(component.get("STATUS")) for component in calendar.walk("VEVENT") if "RECURRENCE-ID" in component
    }
    assert statuses == {"CANCELLED", "CONFIRMED"}  # a cancelled and a moved date


def test_drafts_appear_in_no_list_or_feed(client, kalk):
    start = timezone.now() + datetime.timedelta(days=2)
    draft = EventPageFactory(
        parent=section(kalk, EventIndexPage), title="Geheimes Treffen", start=start, end=start, live=False
    )
    for path in ("/veranstaltungen/", "/veranstaltungen/ical/", "/en/events/"):
        assert draft.title not in client.get(path, HTTP_HOST=host_of(kalk)).content.decode()
    assert client.get(f"/veranstaltungen/{draft.slug}/", HTTP_HOST=host_of(kalk)).status_code == 404


def test_calendar_lists_days_with_cancelled_dates_struck_through(client, kalk):
    series = weekly_series_with_exceptions(
        section(kalk, EventIndexPage), timezone.localdate() + datetime.timedelta(days=1)
    )
    html = client.get("/veranstaltungen/", HTTP_HOST=host_of(kalk)).content.decode()
    assert series.title in html
    assert "<del>" in html and "Das Team ist auf Fortbildung" in html
    assert client.get("/ar/al-faaliyat/", HTTP_HOST=host_of(kalk)).status_code == 200


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"end": "2026-12-02 17:00"}, "Das Ende liegt vor dem Beginn"),
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
def test_admin_refuses_impossible_dates_in_german(client, kalk, fields, message):
    index = section(kalk, EventIndexPage)
    client.force_login(get_user_model().objects.get(username="kalk-koordination"))
    url = reverse("wagtailadmin_pages:add", args=["veedel", "eventpage", index.pk])
    response = client.post(url, {**event_form(**fields), "action-publish": "1"})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not EventPage.objects.filter(slug="nachbarschaftstreff").exists()


def test_admin_saves_a_weekly_series_as_rrule(client, kalk):
    index = section(kalk, EventIndexPage)
    client.force_login(get_user_model().objects.get(username="kalk-koordination"))
    url = reverse("wagtailadmin_pages:add", args=["veedel", "eventpage", index.pk])
    data = event_form(
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


def test_admin_saves_a_daily_series_without_end(client, kalk):
    """Open-ended series exist (an office hour every weekday); the portal shows them up to its horizon."""
    index = section(kalk, EventIndexPage)
    client.force_login(get_user_model().objects.get(username="kalk-koordination"))
    url = reverse("wagtailadmin_pages:add", args=["veedel", "eventpage", index.pk])
    response = client.post(url, {**event_form(repeat="daily"), "action-publish": "1"})
    assert response.status_code == 302
    event = EventPage.objects.get(slug="nachbarschaftstreff", locale__language_code="de")
    assert event.rrule == "FREQ=DAILY"
    dates = [o.start.date() for o in event.occurrences(event.start, event.start + datetime.timedelta(days=6))]
    assert len(dates) == 7


def test_forged_rich_text_is_a_400_not_a_500(client, kalk):
    index = section(kalk, EventIndexPage)
    client.force_login(get_user_model().objects.get(username="kalk-koordination"))
    url = reverse("wagtailadmin_pages:add", args=["veedel", "eventpage", index.pk])
    response = client.post(url, {**event_form(description="kein JSON"), "action-publish": "1"})
    assert response.status_code == 400
    assert not EventPage.objects.filter(slug="nachbarschaftstreff").exists()


def test_a_series_whose_last_date_moved_ends_when_that_date_ends(kalk):
    """A moved date without its own end lasts as long as the event; the archive relies on series_end."""
    start = next_week_at(18)
    moved_to = start + datetime.timedelta(days=30)
    event = EventPageFactory(
        parent=section(kalk, EventIndexPage),
        start=start,
        end=start + datetime.timedelta(hours=2),
        repeat="weekly",
        repeat_weekdays=WEEKDAYS[start.weekday()],
        repeat_count=2,
        occurrence_changes=[
            EventOccurrenceChange(
                original_date=(start + datetime.timedelta(days=7)).date(), action="move", new_start=moved_to
            )
        ],
        aliases=False,
    )
    assert event.series_end == moved_to + datetime.timedelta(hours=2)


def test_an_exception_on_a_day_without_a_date_of_the_series_is_refused(client, kalk):
    """Weekly on Wednesdays from 2 December 2026: Thursday 3 December is no date of the series."""
    index = section(kalk, EventIndexPage)
    client.force_login(get_user_model().objects.get(username="kalk-koordination"))
    url = reverse("wagtailadmin_pages:add", args=["veedel", "eventpage", index.pk])
    series = {"repeat": "weekly", "repeat_weekdays": ["WE"], "repeat_until": "2027-01-31"}
    wrong = event_form(
        **series,
        title="Treff mit falscher Ausnahme",
        occurrence_changes=inline_formset(
            [{"original_date": "2026-12-03", "action": "exclude", "reason": "Feiertag"}]
        ),
    )
    response = client.post(url, {**wrong, "action-publish": "1"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Der 3. Dezember 2026 ist kein Termin dieser Reihe." in html
    assert "Treff mit falscher Ausnahme" in html and "Feiertag" in html  # nothing typed is lost
    assert not EventPage.objects.filter(slug="nachbarschaftstreff").exists()

    right = event_form(
        **series,
        occurrence_changes=inline_formset(
            [{"original_date": "2026-12-09", "action": "exclude", "reason": "Feiertag"}]
        ),
    )
    assert client.post(url, {**right, "action-publish": "1"}).status_code == 302
    event = EventPage.objects.get(slug="nachbarschaftstreff", locale__language_code="de")
    assert list(event.occurrence_changes.values_list("original_date", flat=True)) == [
        datetime.date(2026, 12, 9)
    ]
    month = client.get("/veranstaltungen/monat/?monat=2026-12", HTTP_HOST=host_of(kalk))
    listed = {
        day
        for day, items in month.context["days"]
        if any(entry.pk == event.pk for entry, _occurrence in items)
    }
    assert listed == {datetime.date(2026, 12, day) for day in (2, 16, 23, 30)}


@pytest.mark.parametrize(
    ("fields", "day"),
    [
        ({}, "2026-12-09"),  # a single date: only 2 December is a date of it
        ({"repeat": "weekly", "repeat_weekdays": ["WE"], "repeat_count": "3"}, "2026-12-23"),  # after the end
    ],
)
def test_exceptions_outside_the_series_are_refused(client, kalk, fields, day):
    index = section(kalk, EventIndexPage)
    client.force_login(get_user_model().objects.get(username="kalk-koordination"))
    url = reverse("wagtailadmin_pages:add", args=["veedel", "eventpage", index.pk])
    data = event_form(
        **fields,
        occurrence_changes=inline_formset([{"original_date": day, "action": "cancel", "reason": ""}]),
    )
    response = client.post(url, {**data, "action-publish": "1"})
    assert response.status_code == 200
    assert "ist kein Termin dieser Reihe." in response.content.decode()
    assert not EventPage.objects.filter(slug="nachbarschaftstreff").exists()
