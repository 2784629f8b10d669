"""The calendar's views: filters, month, archive, programme, city-wide calendar, teasers, JSON-LD.

The module shares Kalk's programme of events (see `programme`) and a daily
series in the other two test Sozialräume, built once and rolled back at the
module's end.
"""

import datetime
import json
import re

import icalendar
import pytest
from django.db import transaction
from django.utils import timezone

from home.models import CityEventIndexPage
from snippets.models import Sozialraum, TargetGroup, Topic
from tests.conftest import TEST_SOZIALRAEUME, host_of, section
from tests.factories import EventPageFactory
from veedel.calendar.filters import EventFilterForm
from veedel.calendar.occurrences import day_end, day_start
from veedel.calendar.recurrence import BERLIN, WEEKDAYS
from veedel.chrome import invalidate_chrome
from veedel.models import EventIndexPage, EventOccurrenceChange, EventPage
from veedel.templatetags.veedel_tags import long_date

pytestmark = pytest.mark.django_db

KALK = "kalk.localhost"


def on(day, hour, minute=0):
    return datetime.datetime.combine(day, datetime.time(hour, minute), BERLIN)


def days(number):
    return datetime.timedelta(days=number)


def path_of(page):
    return page.get_url_parts()[2]


def weekly(index, first_day, hour, *, until, also_on=(), **fields):
    """A weekly series from `first_day` on its weekday (and those of the days `also_on`), two hours long."""
    weekdays = sorted({day.weekday() for day in (first_day, *also_on)})
    return EventPageFactory(
        parent=index,
        start=on(first_day, hour),
        end=on(first_day, hour + 2),
        repeat="weekly",
        repeat_weekdays=",".join(WEEKDAYS[weekday] for weekday in weekdays),
        repeat_until=until,
        aliases=False,
        **fields,
    )


def tags(model, *slugs):
    return list(model.objects.filter(slug__in=slugs))


def every_morning(index, today):
    """A series every day from today on, so that the city-wide list of three Sozialräume needs two pages."""
    return weekly(
        index,
        today,
        8,
        also_on=[today + days(number) for number in range(1, 7)],
        until=today + days(120),
        is_free=False,
        topics=tags(Topic, "sport"),
        target_groups=tags(TargetGroup, "jugendliche"),
    )


def programme(index, today):
    """One Sozialraum's coming months: series with a cancelled, an excluded and a moved date, single dates.

    Every filter of the calendar matches some of it and not all.
    """
    tomorrow = today + days(1)
    conference_day = today + days(2)
    while conference_day.day > 28:  # a day every month has, for "the n-th weekday"
        conference_day += days(1)
    second_conference = (conference_day.replace(day=1) + days(32)).replace(day=1)
    second_conference += days((conference_day.weekday() - second_conference.weekday()) % 7)
    second_conference += days(7 * ((conference_day.day - 1) // 7))
    saturday = today + days(14 + (5 - today.weekday()) % 7)
    return {
        "office_hours": weekly(
            index,
            tomorrow,
            10,
            until=today + days(400),
            languages="de,en,tr",
            step_free=True,
            topics=tags(Topic, "engagement", "soziales"),
            target_groups=tags(TargetGroup, "alle"),
            occurrence_changes=[
                EventOccurrenceChange(
                    original_date=tomorrow, action="cancel", reason="Das Team ist auf Fortbildung"
                ),
                EventOccurrenceChange(original_date=tomorrow + days(14), action="exclude", reason="Feiertag"),
            ],
        ),
        "seniors": weekly(
            index,
            today + days(2),
            14,
            until=today + days(120),
            is_free=False,
            price="2 €",
            step_free=True,
            topics=tags(Topic, "senioren"),
            target_groups=tags(TargetGroup, "senioren"),
        ),
        "homework": weekly(
            index,
            today + days(3),
            15,
            also_on=[today + days(5)],
            until=today + days(120),
            languages="de,ar,tr",
            topics=tags(Topic, "bildung", "kinder-jugend-familie"),
            target_groups=tags(TargetGroup, "kinder"),
        ),
        "every_morning": every_morning(index, today),
        "conference": EventPageFactory(
            parent=index,
            start=on(conference_day, 18),
            end=on(conference_day, 20),
            monthly_weekday=True,
            repeat_count=6,
            step_free=True,
            topics=tags(Topic, "gemeinwesen-politik"),
            target_groups=tags(TargetGroup, "alle"),
            occurrence_changes=[
                EventOccurrenceChange(
                    original_date=second_conference,
                    action="move",
                    new_start=on(second_conference + days(7), 18),
                    new_end=on(second_conference + days(7), 20),
                    reason="Der Saal ist belegt.",
                )
            ],
            aliases=False,
        ),
        "festival": EventPageFactory(
            parent=index,
            start=on(saturday, 12),
            end=on(saturday, 18),
            step_free=True,
            topics=tags(Topic, "kultur", "engagement"),
            target_groups=tags(TargetGroup, "familien"),
            aliases=False,
        ),
        "called_off": EventPageFactory(
            parent=index,
            start=on(today + days(5), 19),
            status="cancelled",
            status_reason="Die Referentin ist krank.",
            aliases=False,
        ),
    }


@pytest.fixture(scope="module", autouse=True)
def calendars(django_db_setup, django_db_blocker):
    """{slug: {name: event}}: Kalk's programme and a daily series in the other test Sozialräume.

    Built in a transaction that the module's end rolls back: each test's own
    transaction nests inside it, so the other modules never see these events.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        today = timezone.localdate()
        calendars = {}
        for sozialraum in Sozialraum.objects.filter(slug__in=TEST_SOZIALRAEUME).select_related("site"):
            index = section(sozialraum, EventIndexPage)
            if sozialraum.slug == "kalk":
                calendars["kalk"] = programme(index, today)
            else:
                calendars[sozialraum.slug] = {"every_morning": every_morning(index, today)}
        yield calendars
        transaction.set_rollback(True)


def calendar_of(slug):
    return section(Sozialraum.objects.get(slug=slug), EventIndexPage)


def listed(response):
    """{(event title, occurrence start)} of a calendar view, from what the template was given."""
    return {
        (event.title, occurrence.start)
        for _day, items in response.context["days"]
        for event, occurrence in items
    }


def listed_all(client, path, host):
    """listed() over every page of a list: each two weeks ("Weitere Termine"), and each page of those."""
    first = response = client.get(path, HTTP_HOST=host)
    found = set()
    while True:
        found |= listed(response)
        separator = "&" if "?" in path else "?"
        for number in range(2, response.context["results"].paginator.num_pages + 1):
            found |= listed(client.get(f"{path}{separator}seite={number}", HTTP_HOST=host))
        if response.context["later_query"] is None:
            return first, found
        path = f"{path.split('?')[0]}?{response.context['later_query']}"
        response = client.get(path, HTTP_HOST=host)


def expected(events, first, last):
    return {
        (event.title, occurrence.start)
        for event in events
        for occurrence in event.occurrences(day_start(first), day_end(last))
    }


def soon(days_ahead, hour=18):
    return on(timezone.localdate() + days(days_ahead), hour)


@pytest.mark.parametrize(
    ("query", "keep"),
    [
        ("thema=senioren", lambda e: any(i.tag.slug == "senioren" for i in e.topic_items.all())),
        ("zielgruppe=kinder", lambda e: any(i.tag.slug == "kinder" for i in e.target_group_items.all())),
        ("kostenlos=1", lambda e: e.is_free),
        ("stufenlos=1", lambda e: e.step_free),
        ("sprache=ar", lambda e: "ar" in e.language_codes),
        (
            "kostenlos=1&stufenlos=1&thema=engagement",
            lambda e: (
                e.is_free and e.step_free and any(i.tag.slug == "engagement" for i in e.topic_items.all())
            ),
        ),
    ],
)
def test_filters_return_exactly_the_matching_dates(client, query, keep):
    response, found = listed_all(client, f"/veranstaltungen/?{query}", KALK)
    assert response.status_code == 200
    first, last = response.context["first_day"], response.context["last_day"]
    events = [e for e in EventPage.objects.live().child_of(calendar_of("kalk")) if keep(e)]
    assert expected(events, first, last) == found
    assert found, "the programme has matching dates for every filter"
    assert found < listed_all(client, "/veranstaltungen/", KALK)[1]


def test_language_filter_does_not_match_a_code_inside_another():
    index = calendar_of("kalk")
    EventPageFactory(parent=index, title="Treff auf Farsi", start=soon(3), languages="fa", aliases=False)
    EventPageFactory(
        parent=index, title="Treff auf Französisch", start=soon(3), languages="de,fr", aliases=False
    )
    events = EventPage.objects.live().child_of(index)
    titles = {e.title for e in EventFilterForm({"sprache": "fa"}).apply(events)}
    assert "Treff auf Farsi" in titles and "Treff auf Französisch" not in titles


@pytest.mark.parametrize(
    ("zeitraum", "length"),
    [("heute", lambda today: 1), ("woche", lambda today: 7 - today.weekday())],
)
def test_date_ranges(client, zeitraum, length):
    response = client.get(f"/veranstaltungen/?zeitraum={zeitraum}", HTTP_HOST=KALK)
    today = timezone.localdate()
    assert response.context["first_day"] == today
    assert (response.context["last_day"] - today).days + 1 == length(today)
    assert all(today <= day <= response.context["last_day"] for day, _items in response.context["days"])


def test_weekend_and_month_and_custom_range(client):
    today = timezone.localdate()
    weekend = client.get("/veranstaltungen/?zeitraum=wochenende", HTTP_HOST=KALK).context
    assert weekend["last_day"].weekday() == 6 and weekend["first_day"].weekday() in (5, 6)
    month = client.get("/veranstaltungen/?zeitraum=monat", HTTP_HOST=KALK).context
    assert (
        month["last_day"].month == today.month and (month["last_day"] + datetime.timedelta(days=1)).day == 1
    )
    first, last = today + datetime.timedelta(days=10), today + datetime.timedelta(days=20)
    custom, found = listed_all(client, f"/veranstaltungen/?von={first:%Y-%m-%d}&bis={last:%d.%m.%Y}", KALK)
    assert (custom.context["first_day"], custom.context["last_day"]) == (first, last)
    events = EventPage.objects.live().child_of(calendar_of("kalk"))
    assert found == expected(events, first, last)


def day_links(response):
    """{link text: href} of the list's "Frühere Termine" and "Weitere Termine"."""
    nav = re.search(r'<nav class="pagination pagination--days".*?</nav>', response.content.decode(), re.S)
    links = re.findall(r'<a href="([^"]*)">([^<]*)</a>', nav.group(0)) if nav else []
    return {text: href for href, text in links}


def test_the_list_shows_two_weeks_a_page_and_its_links_keep_the_filters(client, page_cache_off):
    today = timezone.localdate()
    response = client.get("/veranstaltungen/?thema=sport&kostenlos=", HTTP_HOST=KALK)
    assert response.status_code == 200
    context = response.context
    assert (context["first_day"], context["last_day"]) == (today, today + days(55))
    assert (context["page_first_day"], context["page_last_day"]) == (today, today + days(13))
    assert {day for day, _items in context["days"]} <= {today + days(n) for n in range(14)}
    assert day_links(response) == {"Weitere Termine": f"?thema=sport&amp;ab={today + days(14)}"}

    second = client.get(f"/veranstaltungen/?thema=sport&ab={today + days(14)}", HTTP_HOST=KALK)
    shown = second.context["page_first_day"], second.context["page_last_day"]
    assert shown == (today + days(14), today + days(27))
    assert min(day for day, _items in second.context["days"]) == today + days(14)
    # The first page has one address, without "ab".
    assert day_links(second) == {
        "Frühere Termine": "?thema=sport",
        "Weitere Termine": f"?thema=sport&amp;ab={today + days(28)}",
    }
    html = second.content.decode()
    heading = html.split('id="range-heading">')[1].split("</h2>")[0]
    assert heading == f"{long_date(today + days(14))} bis {long_date(today + days(27))}"
    # The other views and the feed keep the filters, not the page.
    assert 'href="/veranstaltungen/monat/?thema=sport"' in html
    assert "ical/?thema=sport" in html and "ical/?thema=sport&amp;ab" not in html

    last = client.get(f"/veranstaltungen/?thema=sport&ab={today + days(42)}", HTTP_HOST=KALK)
    assert (last.context["page_first_day"], last.context["page_last_day"]) == (
        today + days(42),
        today + days(55),
    )
    assert day_links(last) == {"Frühere Termine": f"?thema=sport&amp;ab={today + days(28)}"}

    _response, found = listed_all(client, "/veranstaltungen/?thema=sport", KALK)
    sport = [
        event
        for event in EventPage.objects.live().child_of(calendar_of("kalk"))
        if any(item.tag.slug == "sport" for item in event.topic_items.all())
    ]
    assert found == expected(sport, today, today + days(55)) and len(found) == 56


def test_a_short_range_is_one_page_without_links(client):
    response = client.get("/veranstaltungen/?zeitraum=woche", HTTP_HOST=KALK)
    assert response.context["earlier_query"] is None and response.context["later_query"] is None
    assert day_links(response) == {}


@pytest.mark.parametrize(
    ("offset", "notice", "first"),
    [(-30, "Sie sehen die ersten Termine.", 0), (200, "Sie sehen die letzten Termine.", 42)],
)
def test_a_first_day_outside_the_range_shows_its_nearest_page(client, offset, notice, first):
    """A bookmarked "Weitere Termine" of last month: the page nearest to it, with a notice, not a 400."""
    today = timezone.localdate()
    response = client.get(f"/veranstaltungen/?ab={today + days(offset)}", HTTP_HOST=KALK)
    assert response.status_code == 200
    assert notice in response.content.decode()
    assert response.context["page_first_day"] == today + days(first)


def test_the_city_calendar_keeps_the_veedel_in_its_links_in_every_language(client):
    today = timezone.localdate()
    response = client.get("/veranstaltungen/?veedel=kalk", HTTP_HOST="localhost")
    assert day_links(response) == {"Weitere Termine": f"?veedel=kalk&amp;ab={today + days(14)}"}
    english = client.get(f"/en/events/?veedel=kalk&ab={today + days(14)}", HTTP_HOST="localhost")
    assert english.status_code == 200
    assert set(day_links(english)) == {"Earlier dates", "More dates"}


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("thema=gibt-es-nicht", "Dieses Thema gibt es nicht."),
        ("zielgruppe=%3Cscript%3E", "Diese Zielgruppe gibt es nicht."),
        ("sprache=xx", "Diese Sprache steht nicht zur Auswahl."),
        ("von={later}&bis={today}", "„Bis“ liegt vor „Von“."),
        ("von=99999-01-01", "Bitte geben Sie ein Datum ein"),
        ("von=1850-01-01", "zwischen 2000 und 2100"),
        ("bis=morgen", "Bitte geben Sie ein Datum ein"),
        ("von=2026-02-30", "Bitte geben Sie ein Datum ein"),
        ("von={today}&bis={in_two_years}", "höchstens ein Jahr"),
        ("zeitraum=gestern", "keine gültige Auswahl"),
        ("ab=morgen", "Diesen Tag gibt es im Kalender nicht."),
        ("ab=2026-02-30", "Diesen Tag gibt es im Kalender nicht."),
        ("ab=1850-01-01", "Diesen Tag gibt es im Kalender nicht."),
        ("ab=24.12.2026", "Diesen Tag gibt es im Kalender nicht."),
    ],
)
def test_bad_filters_get_a_german_message_and_a_400(client, calendars, query, message):
    today = timezone.localdate()
    query = query.format(later=today + days(17), today=today, in_two_years=today + days(730))
    response = client.get(f"/veranstaltungen/?{query}", HTTP_HOST=KALK)
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert "<script>" not in html
    assert calendars["kalk"]["office_hours"].title in html  # the rest of the calendar still shows


@pytest.mark.parametrize(
    "path",
    [
        "/veranstaltungen/monat/?monat=99999-01",
        "/veranstaltungen/monat/?monat=2026-13",
        "/veranstaltungen/programm/?monat=abc",
        "/veranstaltungen/archiv/?thema=nix",
        "/veranstaltungen/ical/?zielgruppe=nix",
    ],
)
def test_bad_month_or_feed_filter_is_a_400_with_a_message(client, path):
    response = client.get(path, HTTP_HOST=KALK)
    assert response.status_code == 400
    assert "gibt es" in response.content.decode()


def test_filter_form_keeps_what_was_typed(client):
    html = client.get(
        "/veranstaltungen/?von=2026-12-20&bis=2026-12-01&thema=kultur", HTTP_HOST=KALK
    ).content.decode()
    assert 'value="2026-12-20"' in html and 'value="2026-12-01"' in html
    assert re.search(r'<option value="kultur" selected>', html)


def test_month_view_is_a_table_with_every_date_of_the_month(client):
    today = timezone.localdate()
    response = client.get(f"/veranstaltungen/monat/?monat={today:%Y-%m}", HTTP_HOST=KALK)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<table" in html and "<caption" in html and '<th scope="col">' in html
    first = today.replace(day=1)
    last = (first + datetime.timedelta(days=32)).replace(day=1) - datetime.timedelta(days=1)
    events = EventPage.objects.live().child_of(calendar_of("kalk"))
    assert listed(response) == expected(events, first, last)
    assert f"{response.context['occurrence_count']} Termine" in html
    next_month = (last + datetime.timedelta(days=1)).strftime("%Y-%m")
    assert f"monat={next_month}" in html


def test_month_and_programme_render_a_month_with_more_than_100_dates(client, django_assert_max_num_queries):
    index = calendar_of("kalk")
    month = (timezone.localdate().replace(day=1) + datetime.timedelta(days=40)).replace(day=1)
    for number in range(5):
        start = datetime.datetime.combine(month, datetime.time(9 + number), BERLIN)
        EventPageFactory(
            parent=index,
            title=f"Täglicher Treff {number}",
            start=start,
            repeat="weekly",
            repeat_weekdays="MO,TU,WE,TH,FR,SA,SU",
            repeat_count=31,
            aliases=False,
        )
    for view in ("monat", "programm"):
        path = f"/veranstaltungen/{view}/?monat={month:%Y-%m}"
        client.get(path, HTTP_HOST=KALK)  # site root paths, once
        invalidate_chrome()
        with django_assert_max_num_queries(40):
            response = client.get(path, HTTP_HOST=KALK)
        assert response.status_code == 200
        assert response.context["occurrence_count"] >= 5 * 28
        assert response.content.decode().count("Täglicher Treff 3") >= 28


def test_programme_is_a_printable_page_without_navigation(client):
    html = client.get("/veranstaltungen/programm/", HTTP_HOST=KALK).content.decode()
    assert "css/programme.css" in html
    assert "<nav" not in html and "site-header" not in html
    assert "Stand:" in html and "http://kalk.localhost/veranstaltungen/" in html


def test_archive_lists_past_events_only(client):
    index = calendar_of("kalk")
    EventPageFactory(parent=index, title="Laternenumzug vom letzten Jahr", start=soon(-300), aliases=False)
    response = client.get("/veranstaltungen/archiv/", HTTP_HOST=KALK)
    titles = [event.title for event in response.context["results"]]
    assert "Laternenumzug vom letzten Jahr" in titles
    assert all(event.series_end < timezone.now() for event in response.context["results"])
    assert (
        "Laternenumzug vom letzten Jahr"
        not in client.get("/veranstaltungen/", HTTP_HOST=KALK).content.decode()
    )


def test_city_calendar_gathers_every_sozialraum_and_filters_by_veedel(client):
    response, found = listed_all(client, "/veranstaltungen/", "localhost")
    assert response.status_code == 200
    assert isinstance(response.context["page"], CityEventIndexPage)
    assert response.context["later_query"] == f"ab={timezone.localdate() + days(14)}"
    first, last = response.context["first_day"], response.context["last_day"]
    german = EventPage.objects.live().filter(locale__language_code="de")
    assert found == expected(german, first, last)
    html = response.content.decode()
    assert html.count('class="card__veedel"') == len(response.context["results"].object_list)
    _kalk, kalk_found = listed_all(client, "/veranstaltungen/?veedel=kalk", "localhost")
    assert kalk_found == expected(EventPage.objects.live().child_of(calendar_of("kalk")), first, last)
    assert client.get("/veranstaltungen/?veedel=atlantis", HTTP_HOST="localhost").status_code == 400
    assert client.get("/en/events/monat/", HTTP_HOST="localhost").status_code == 200


def test_city_feed_and_filtered_feeds(client):
    everything = icalendar.Calendar.from_ical(
        client.get("/veranstaltungen/ical/", HTTP_HOST="localhost").content
    )
    uids = {str(c["UID"]) for c in everything.walk("VEVENT")}
    german = EventPage.objects.live().filter(locale__language_code="de")
    assert uids == {f"{e.translation_key}@localhost" for e in german}
    topic = Topic.objects.get(slug="senioren")
    feed = client.get("/veranstaltungen/ical/?thema=senioren", HTTP_HOST=KALK)
    assert feed["Content-Type"] == "text/calendar; charset=utf-8"
    filtered = {str(c["UID"]) for c in icalendar.Calendar.from_ical(feed.content).walk("VEVENT")}
    tagged = EventPage.objects.live().child_of(calendar_of("kalk")).filter(topic_items__tag=topic)
    assert filtered == {f"{e.translation_key}@localhost" for e in tagged} and filtered
    group = TargetGroup.objects.get(slug="kinder")
    by_group = client.get("/veranstaltungen/ical/?zielgruppe=kinder&veedel=kalk", HTTP_HOST="localhost")
    got = {str(c["UID"]) for c in icalendar.Calendar.from_ical(by_group.content).walk("VEVENT")}
    kalk_kids = EventPage.objects.live().child_of(calendar_of("kalk")).filter(target_group_items__tag=group)
    assert got == {f"{e.translation_key}@localhost" for e in kalk_kids}
    html = client.get("/veranstaltungen/?thema=senioren", HTTP_HOST=KALK).content.decode()
    assert 'type="text/calendar"' in html and "ical/?thema=senioren" in html


def test_start_pages_show_the_next_dates(client):
    shown = {}
    for host in ("localhost", KALK, host_of(Sozialraum.objects.get(slug="chorweiler"))):
        response = client.get("/", HTTP_HOST=host)
        items = shown[host] = response.context["upcoming_events"]
        assert items, host
        assert all(not occurrence.cancelled and occurrence.end >= timezone.now() for _e, occurrence in items)
        starts = [occurrence.start for _e, occurrence in items]
        assert starts == sorted(starts)
        assert "Nächste Termine" in response.content.decode()
    kalk_index = calendar_of("kalk")
    assert all(event.get_parent().pk == kalk_index.pk for event, _o in shown[KALK])


def test_drafts_appear_in_no_view_feed_or_teaser(client):
    start = soon(1, hour=9)
    EventPageFactory(parent=calendar_of("kalk"), title="Geheime Probe", start=start, end=start, live=False)
    month = f"?monat={start:%Y-%m}"
    for host, path in [
        (KALK, "/"),
        (KALK, f"/veranstaltungen/monat/{month}"),
        (KALK, f"/veranstaltungen/programm/{month}"),
        (KALK, "/veranstaltungen/archiv/"),
        (KALK, "/veranstaltungen/ical/"),
        ("localhost", "/"),
        ("localhost", "/veranstaltungen/"),
        ("localhost", "/veranstaltungen/ical/"),
    ]:
        assert "Geheime Probe" not in client.get(path, HTTP_HOST=host).content.decode(), path


def json_ld_of(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def test_event_page_has_schema_org_events_for_its_next_dates(client, calendars):
    event = calendars["kalk"]["conference"]
    html = client.get(path_of(event), HTTP_HOST=KALK).content.decode()
    items = json_ld_of(html)
    upcoming = event.upcoming()
    assert len(items) == len(upcoming)
    assert items[0]["@type"] == "Event" and items[0]["name"] == event.title
    assert items[0]["location"]["address"]["addressLocality"] == "Köln"
    assert items[0]["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert items[0]["offers"]["price"] == "0"
    statuses = {item["eventStatus"] for item in items}
    assert "https://schema.org/EventRescheduled" in statuses  # the conference's second date moved
    assert [item["startDate"] for item in items] == [o.start.isoformat() for o in upcoming]
    assert "mailto:?subject=" in html and f'value="{event.full_url}"' in html


def test_cancelled_online_event_in_json_ld_and_script_cannot_break_out(client):
    event = EventPageFactory(
        parent=calendar_of("kalk"),
        title="Infoabend </script><script>alert(1)</script>",
        start=soon(5),
        status="cancelled",
        status_reason="Referentin krank",
        online_link="https://beispiel.example/raum",
        place_name="",
        street="",
        postcode="",
        is_free=False,
        price="5 €",
        aliases=False,
    )
    html = client.get(path_of(event), HTTP_HOST=KALK).content.decode()
    assert "<script>alert(1)</script>" not in html
    item = json_ld_of(html)[0]
    assert item["name"] == event.title
    assert item["eventStatus"] == "https://schema.org/EventCancelled"
    assert item["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert item["location"]["@type"] == "VirtualLocation"
    assert "offers" not in item
