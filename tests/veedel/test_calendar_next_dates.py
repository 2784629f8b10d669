"""The next dates of the start pages and address pages (issue 18): exactly what they were, with less work.

`next_occurrences` used to expand every event of the window day by day and keep each event's first
date. It now takes single dates from SQL (at most `limit`) and follows a series only up to its next
date. `reference_next_occurrences` below is the old algorithm, kept here as the measure: over a
mixed calendar (tests/veedel/event_mix.py) around today and around the next two changes of the
clocks, in several Sozialräume and languages, the new function gives the same events, dates and
flags, in the same order, for many instants, limits, windows and selections.

A page of the calendar list likewise works out its dates from light rows and loads only the events
it shows; it is compared with occurrences_by_day(), which loads every event.
"""

import datetime
from dataclasses import replace
from unittest import mock

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale

from home.models import citywide_events
from snippets.models import Sozialraum, Topic
from tests.bulk_pages import add_pages
from tests.conftest import host_of, section
from tests.factories import EventPageFactory
from tests.veedel.event_mix import at, event_maker
from veedel.calendar.occurrences import (
    LIST_PAGE_DAYS,
    TEASER_DAYS,
    day_end,
    day_start,
    next_occurrences,
    occurrences_by_day,
    schedules_by_day,
    with_events,
)
from veedel.calendar.recurrence import BERLIN, next_occurrence
from veedel.calendar.schedules import Schedule
from veedel.models import EventIndexPage, EventOccurrenceChange, EventPage

pytestmark = pytest.mark.django_db

EVENTS_PER_CALENDAR = 110


def reference_next_occurrences(events, limit, days=TEASER_DAYS):
    """next_occurrences as it was until issue 18: every event of the window expanded, day by day."""
    now = timezone.now()
    first_day = timezone.localdate()
    last_day = first_day + datetime.timedelta(days=days)
    window_start, window_end = day_start(first_day), day_end(last_day)
    candidates = (
        events.filter(start__lte=window_end, series_end__gte=window_start)
        .select_related("image", "venue")
        .prefetch_related("occurrence_changes")
    )
    by_day = {}
    for event in candidates:
        for occurrence in event.occurrences(window_start, window_end):
            day = max(occurrence.start.astimezone(BERLIN).date(), first_day)
            if first_day <= day <= last_day:
                by_day.setdefault(day, []).append((event, occurrence))
    items, seen = [], set()
    for _day, entries in sorted(by_day.items()):
        for event, occurrence in sorted(entries, key=lambda item: item[1].start):
            over = occurrence.end < now or occurrence.cancelled or event.status == "cancelled"
            if over or event.pk in seen:
                continue
            seen.add(event.pk)
            items.append((event, replace(occurrence, later_dates=event.series_end > occurrence.end)))
            if len(items) == limit:
                return items
    return items


def summary(items):
    """Everything a list shows of each date, the times with their UTC offset."""
    return [
        (
            event.pk,
            occurrence.start.isoformat(),
            occurrence.end.isoformat(),
            occurrence.original_start.isoformat(),
            occurrence.cancelled,
            occurrence.moved,
            occurrence.reason,
            occurrence.later_dates,
        )
        for event, occurrence in items
    ]


def clock_changes(after, count):
    """The first `count` days after `after` on which Berlin's clocks change."""
    days, day = [], after
    while len(days) < count:
        following = day + datetime.timedelta(days=1)
        if at(day, 12).utcoffset() != at(following, 12).utcoffset():
            days.append(following)
        day = following
    return days


@pytest.fixture(scope="module")
def calendars(django_db_setup, django_db_blocker):
    """Mixed calendars around today (Kalk, Porz-Ost) and the next two clock changes (Chorweiler).

    Kalk's events have aliases in the other languages and topics; built once, rolled back at the end.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        today = timezone.localdate()
        topics = [Topic.objects.get(slug="kultur"), Topic.objects.get(slug="bildung")]
        others = list(Locale.objects.exclude(language_code="de"))
        sozialraeume = {s.slug: s for s in Sozialraum.objects.select_related("site")}
        anchors = {"today": today}
        anchors["fall"], anchors["spring"] = sorted(clock_changes(today, 2), key=lambda day: day.month < 6)
        add_pages(
            section(sozialraeume["kalk"], EventIndexPage),
            event_maker(today, "kalk", topics),
            EVENTS_PER_CALENDAR,
            others,
        )
        add_pages(section(sozialraeume["porz-ost"], EventIndexPage), event_maker(today, "porz"), 60)
        chorweiler = section(sozialraeume["chorweiler"], EventIndexPage)
        for name in ("fall", "spring"):
            add_pages(chorweiler, event_maker(anchors[name], name, topics), EVENTS_PER_CALENDAR)
        yield {"anchors": anchors, "topics": topics, "kalk_root": sozialraeume["kalk"].site.root_page}
        transaction.set_rollback(True)


def selections(calendars):
    """The selections the portal asks for: city-wide, one Sozialraum, another language, a topic, a filter."""
    return {
        "city-wide": citywide_events(),
        "kalk": EventPage.objects.live().descendant_of(calendars["kalk_root"]),
        "english": EventPage.objects.live().filter(locale__language_code="en"),
        # A join that repeats an event with both topics.
        "topics": citywide_events().filter(topic_items__tag__in=calendars["topics"]),
        "free": citywide_events().filter(is_free=True),
    }


def instants(anchor):
    """Moments around `anchor` (Berlin time), among them the hour the clocks go back twice."""
    moments = [
        at(anchor, 0),
        at(anchor, 7, 30),
        at(anchor, 10),
        at(anchor, 18, 45),
        datetime.datetime.combine(anchor, datetime.time.max, BERLIN),
        at(anchor + datetime.timedelta(days=1), 9, 59),
        at(anchor + datetime.timedelta(days=9), 20),
    ]
    if at(anchor, 12).utcoffset() < at(anchor - datetime.timedelta(days=1), 12).utcoffset():
        moments += [at(anchor, 2, 30), at(anchor, 2, 30).replace(fold=1), at(anchor, 3, 0)]
    return [moment.astimezone(datetime.UTC) for moment in moments]


def compare(name, events, now, days):
    """The new and the old next dates at `now`, for several limits; the new costs 3 queries at most."""
    with mock.patch("django.utils.timezone.now", return_value=now):
        everything = reference_next_occurrences(events, 10_000, days)
        for limit in sorted({1, 2, 5, 6, 13, len(everything), len(everything) + 1} - {0}):
            with CaptureQueriesContext(connection) as queries:
                found = summary(next_occurrences(events, limit, days))
            expected = summary(reference_next_occurrences(events, limit, days))
            assert found == expected, (name, now, days, limit)
            assert expected == summary(everything)[:limit]
            assert len(queries) <= 3, (name, now, days, limit, len(queries))
    return len(everything)


@pytest.mark.parametrize("anchor", ["today", "fall", "spring"])
def test_next_dates_are_exactly_those_of_the_old_algorithm(calendars, anchor):
    shown = 0
    for now in instants(calendars["anchors"][anchor]):
        for name, events in selections(calendars).items():
            for days in (TEASER_DAYS, 90):
                shown += compare(name, events, now, days)
    assert shown > 500  # the mix gave the comparison something to compare


@pytest.mark.parametrize("anchor", ["today", "fall", "spring"])
def test_a_page_of_the_list_has_the_dates_of_the_loaded_events_in_the_same_order(calendars, anchor):
    """The list works out its two weeks from light rows and loads only the events shown.

    Not for the selection that repeats events: occurrences_by_day() lists such an event twice, the
    list each once (the calendar's own filters never repeat one: a topic is one tag).
    """
    for name, events in selections(calendars).items():
        if name == "topics":
            continue
        for first in (-3, 0, 14):
            first_day = calendars["anchors"][anchor] + datetime.timedelta(days=first)
            last_day = first_day + datetime.timedelta(days=LIST_PAGE_DAYS - 1)
            loaded = occurrences_by_day(events, first_day, last_day)
            days = schedules_by_day(events, first_day, last_day)
            dates = [(day, entry) for day, items in days for entry in items]
            found = [(day, event.pk, occurrence) for day, (event, occurrence) in with_events(events, dates)]
            assert found == [(day, event.pk, o) for day, items in loaded for event, o in items], name
            assert len(found) > 10, name


def test_start_and_address_pages_show_the_same_as_before(client, calendars):
    """The pages themselves, with the old algorithm's result as what they should list."""
    now = timezone.now()
    kalk = Sozialraum.objects.select_related("site").get(slug="kalk")
    landing = client.get("/", HTTP_HOST="localhost")
    assert summary(landing.context["upcoming_events"]) == summary(
        reference_next_occurrences(citywide_events(), 6)
    )
    start_page = client.get("/", HTTP_HOST=host_of(kalk))
    assert summary(start_page.context["upcoming_events"]) == summary(
        reference_next_occurrences(EventPage.objects.live().descendant_of(kalk.site.root_page), 5)
    )
    assert all(occurrence.end >= now for _event, occurrence in landing.context["upcoming_events"])


def test_a_single_date_across_the_clock_change_is_shown_as_expand_shows_it(kalk):
    """An event that spans the night the clocks go back ends, as the calendar shows it, an hour later.

    Friday 12:00 to Sunday 12:00 are 49 hours; shown from Friday 12:00 on, they end at 13:00. At
    12:30 the stored end has passed, yet the lists show the event as running, as before.
    """
    fall = next(day for day in clock_changes(timezone.localdate(), 2) if day.month > 6)
    index = section(kalk, EventIndexPage)
    friday = fall - datetime.timedelta(days=2)
    weekend = EventPageFactory(
        parent=index, title="Herbstmarkt", start=at(friday, 12), end=at(fall, 12), aliases=False
    )
    later = [EventPageFactory(parent=index, start=at(fall, 14 + n), aliases=False) for n in range(3)]
    events = EventPage.objects.filter(pk__in=[weekend.pk, *(event.pk for event in later)])
    with mock.patch("django.utils.timezone.now", return_value=at(fall, 12, 30)):
        items = next_occurrences(events, 2)
        assert summary(items) == summary(reference_next_occurrences(events, 2))
    assert items[0][0].pk == weekend.pk
    assert items[0][1].end == at(fall, 13)


def test_a_single_date_over_early_after_the_clocks_go_forward_leaves_room_for_the_next(kalk):
    """Across the night the clocks go forward the calendar shows an event ending an hour early.

    SQL still finds it running and gives it among the first `limit` single dates; when it drops
    out, the list is filled with the next single date (one more query), as before.
    """
    spring = next(day for day in clock_changes(timezone.localdate(), 2) if day.month < 6)
    index = section(kalk, EventIndexPage)
    saturday = spring - datetime.timedelta(days=1)
    night = EventPageFactory(
        parent=index, title="Nachtlauf", start=at(saturday, 12), end=at(spring, 12), aliases=False
    )
    later = [EventPageFactory(parent=index, start=at(spring, 14 + n), aliases=False) for n in range(3)]
    events = EventPage.objects.filter(pk__in=[night.pk, *(event.pk for event in later)])
    with mock.patch("django.utils.timezone.now", return_value=at(spring, 11, 30)):
        with CaptureQueriesContext(connection) as queries:
            items = next_occurrences(events, 2)
        assert summary(items) == summary(reference_next_occurrences(events, 2))
    assert [event.pk for event, _occurrence in items] == [later[0].pk, later[1].pk]
    assert len(queries) == 3


def test_in_the_hour_the_clocks_go_back_dates_keep_the_order_of_the_clock(kalk):
    """02:10 after the clocks went back comes before 02:30 before they did, as the calendar sorts them.

    By the instant it would be the other way round: SQL sorts by the time in Berlin too.
    """
    fall = next(day for day in clock_changes(timezone.localdate(), 2) if day.month > 6)
    index = section(kalk, EventIndexPage)
    summer = EventPageFactory(parent=index, title="Sommerzeit", start=at(fall, 2, 30), aliases=False)
    winter = EventPageFactory(
        parent=index, title="Winterzeit", start=at(fall, 2, 10).replace(fold=1), aliases=False
    )
    assert winter.start > summer.start
    events = EventPage.objects.filter(pk__in=[summer.pk, winter.pk])
    with mock.patch("django.utils.timezone.now", return_value=at(fall, 0)):
        items = next_occurrences(events, 1)
        assert summary(items) == summary(reference_next_occurrences(events, 1))
    assert items[0][0].pk == winter.pk


def test_a_series_is_followed_only_to_its_next_date(kalk):
    """A daily series begun years ago: its next date after an excluded, a cancelled and a moved one."""
    today = timezone.localdate()
    start = at(today - datetime.timedelta(days=800), 9)
    tomorrow = today + datetime.timedelta(days=1)
    series = EventPageFactory(
        parent=section(kalk, EventIndexPage),
        start=start,
        end=start + datetime.timedelta(hours=1),
        repeat="daily",
        occurrence_changes=[
            EventOccurrenceChange(original_date=tomorrow, action="exclude"),
            EventOccurrenceChange(original_date=tomorrow + datetime.timedelta(days=1), action="cancel"),
            EventOccurrenceChange(
                original_date=tomorrow + datetime.timedelta(days=2),
                action="move",
                new_start=at(tomorrow, 20),
                reason="Der Saal ist belegt.",
            ),
        ],
        aliases=False,
    )
    events = EventPage.objects.filter(pk=series.pk)
    with mock.patch("django.utils.timezone.now", return_value=at(today, 23)):
        ((event, occurrence),) = next_occurrences(events, 5)
        assert summary([(event, occurrence)]) == summary(reference_next_occurrences(events, 5))
    assert occurrence.moved and occurrence.start == at(tomorrow, 20) and occurrence.later_dates
    assert occurrence.reason == "Der Saal ist belegt."


def test_a_remembered_next_date_holds_only_until_it_ends_and_never_for_an_earlier_moment():
    """Schedule.next_occurrence remembers what it worked out (a start page follows ~600 series at
    each build): the remembered date must be what working it out again gives, whichever way the
    clock moves, and an edited series must not get its old date."""
    monday = datetime.date(2026, 12, 7)
    weekly = Schedule(
        pk=1,
        path="0001",
        start=at(monday, 18),
        end=at(monday, 20),
        rrule="RRULE:FREQ=WEEKLY;COUNT=10",
        series_end=at(monday + datetime.timedelta(weeks=9), 20),
    )
    window = day_start(monday), day_end(monday + datetime.timedelta(days=40))

    def fresh(schedule, now):
        return next_occurrence(
            schedule.start, schedule.end, schedule.rrule, now, *window, schedule.excluded, schedule.changes
        )

    moments = [
        at(monday, 12),  # worked out: Monday 18–20
        at(monday, 19),  # still that one, remembered
        at(monday, 21),  # it is over: the next Monday
        at(monday, 19),  # the clock back: Monday again, not the next one
        at(monday + datetime.timedelta(days=2), 9),
    ]
    for now in moments:
        assert weekly.next_occurrence(now, *window) == fresh(weekly, now), now
    assert weekly.next_occurrence(at(monday, 21), *window).start == at(
        monday + datetime.timedelta(weeks=1), 18
    )

    moved = replace(weekly, start=at(monday, 10), end=at(monday, 11), rrule="RRULE:FREQ=DAILY;COUNT=3")
    assert moved.next_occurrence(at(monday, 12), *window) == fresh(moved, at(monday, 12))
    assert moved.next_occurrence(at(monday, 12), *window).start == at(monday + datetime.timedelta(days=1), 10)
    cancelled = replace(weekly, excluded=[monday])
    assert cancelled.next_occurrence(at(monday, 12), *window).start == at(
        monday + datetime.timedelta(weeks=1), 18
    )
