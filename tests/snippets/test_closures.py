"""Closure days: the portal-wide ones (Weiberfastnacht ab 12 Uhr, Rosenmontag, Heiligabend, Silvester)
and an entry's own closures, in "jetzt geöffnet", on the entry page and in the rights."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from home.setup import EDITORIAL_GROUP, SiteSetup
from snippets.models import ClosureDay, Organisation, OrganisationClosure
from tests.factories import OrganisationFactory, UserFactory
from veedel.calendar.recurrence import BERLIN

pytestmark = pytest.mark.django_db

KALK = "kalk.localhost"
MONTHS = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
ALL_DAY = [(day, datetime.time(0, 0), datetime.time(23, 59)) for day in range(7)]


def at(year, month, day, hour, minute=0):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=BERLIN)


def open_names(entries, moment):
    """The names open at the moment, asked in SQL and in Python (both must agree)."""
    in_sql = set(
        Organisation.objects.filter(pk__in=[e.pk for e in entries])
        .open_at(moment)
        .values_list("name", flat=True)
    )
    fresh = Organisation.objects.filter(pk__in=[e.pk for e in entries]).prefetch_related(
        "opening_slots", "closures"
    )
    in_python = {e.name for e in fresh if e.is_open_at(moment)}
    assert in_sql == in_python
    return in_sql


def test_setup_sites_seeds_the_cologne_closure_days_once():
    SiteSetup().setup_closure_days()
    SiteSetup().setup_closure_days()

    days = {day.name: day for day in ClosureDay.objects.all()}
    assert set(days) >= {"Weiberfastnacht", "Rosenmontag", "Heiligabend", "Silvester"}
    assert ClosureDay.objects.filter(name="Rosenmontag").count() == 1
    assert days["Weiberfastnacht"].closed_from == datetime.time(12, 0)
    assert days["Rosenmontag"].closed_from is None


def test_setup_sites_leaves_a_closure_day_as_the_editors_changed_it():
    day = ClosureDay.objects.get(key="heiligabend")
    day.closed_from = datetime.time(14, 0)
    day.save()

    SiteSetup().setup_closure_days()

    assert ClosureDay.objects.get(key="heiligabend").closed_from == datetime.time(14, 0)


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (2026, {"Weiberfastnacht": (2, 12), "Rosenmontag": (2, 16), "Heiligabend": (12, 24)}),
        (2027, {"Weiberfastnacht": (2, 4), "Rosenmontag": (2, 8), "Silvester": (12, 31)}),
    ],
)
def test_dates_follow_easter_or_the_calendar(year, expected):
    dates = {closure.name: day for day, closure in ClosureDay.dates_in(year).items()}
    for name, (month, day) in expected.items():
        assert dates[name] == datetime.date(year, month, day)


def test_of_two_closure_days_on_one_date_the_earlier_closing_counts():
    ClosureDay.objects.create(key="frueh", name="Früh", month=11, day=11, closed_from="11:11")
    ClosureDay.objects.create(key="spaet", name="Spät", month=11, day=11, closed_from="15:00")
    assert ClosureDay.dates_in(2026)[datetime.date(2026, 11, 11)].name == "Früh"

    ClosureDay.objects.create(key="ganz", name="Ganztags", month=11, day=11)
    assert ClosureDay.dates_in(2026)[datetime.date(2026, 11, 11)].closed_from is None


@pytest.fixture
def office_and_cafe(kalk):
    return (
        OrganisationFactory(name="Bürgerbüro Kalk", sozialraum=kalk, slots=ALL_DAY),
        OrganisationFactory(name="Nachtcafé", sozialraum=kalk, closed_on_holidays=False, slots=ALL_DAY),
    )


@pytest.mark.parametrize(
    ("moment", "office_open"),
    [
        (at(2026, 2, 12, 10), True),  # Weiberfastnacht morning
        (at(2026, 2, 12, 13), False),  # Weiberfastnacht from noon
        (at(2026, 2, 16, 10), False),  # Rosenmontag
        (at(2026, 2, 17, 10), True),  # Veilchendienstag is an ordinary day
        (at(2026, 12, 24, 10), False),  # Heiligabend
        (at(2026, 12, 31, 10), False),  # Silvester
        (at(2026, 12, 23, 10), True),
    ],
)
def test_open_now_honours_the_portal_closure_days(office_and_cafe, moment, office_open):
    office, cafe = office_and_cafe
    # Places open on public holidays are open on the customary closure days as well.
    assert open_names(office_and_cafe, moment) == ({office.name} if office_open else set()) | {cafe.name}


def test_a_new_closure_day_counts_at_once(office_and_cafe):
    office, cafe = office_and_cafe
    assert open_names(office_and_cafe, at(2026, 11, 11, 12)) == {office.name, cafe.name}

    ClosureDay.objects.create(key="elfter-elfter", name="Elfter im Elften", month=11, day=11)

    assert open_names(office_and_cafe, at(2026, 11, 11, 12)) == {cafe.name}


def test_open_now_honours_the_entrys_own_closures(office_and_cafe):
    office, cafe = office_and_cafe
    OrganisationClosure.objects.create(
        organisation=cafe, starts=datetime.date(2026, 3, 2), ends=datetime.date(2026, 3, 6), reason="Umbau"
    )
    OrganisationClosure.objects.create(
        organisation=office, starts=datetime.date(2026, 3, 9), reason="Ausflug"
    )

    assert open_names(office_and_cafe, at(2026, 3, 1, 10)) == {office.name, cafe.name}
    assert open_names(office_and_cafe, at(2026, 3, 2, 10)) == {office.name}
    assert open_names(office_and_cafe, at(2026, 3, 6, 23)) == {office.name}
    assert open_names(office_and_cafe, at(2026, 3, 9, 10)) == {cafe.name}
    assert open_names(office_and_cafe, at(2026, 3, 10, 10)) == {office.name, cafe.name}


def test_upcoming_closures_of_an_entry(office_and_cafe):
    office, _cafe = office_and_cafe
    OrganisationClosure.objects.create(
        organisation=office, starts=datetime.date(2026, 2, 1), ends=datetime.date(2026, 2, 3), reason="Umzug"
    )
    OrganisationClosure.objects.create(organisation=office, starts=datetime.date(2026, 1, 2), reason="Vorbei")

    closures = office.upcoming_closures(today=datetime.date(2026, 1, 20), days=30)

    assert [(c["starts"], c["ends"], c["closed_from"], c["reason"]) for c in closures] == [
        (datetime.date(2026, 2, 1), datetime.date(2026, 2, 3), None, "Umzug"),
        (datetime.date(2026, 2, 12), datetime.date(2026, 2, 12), datetime.time(12, 0), "Weiberfastnacht"),
        (datetime.date(2026, 2, 16), datetime.date(2026, 2, 16), None, "Rosenmontag"),
    ]
    # Places open on public holidays list only their own closures.
    assert _cafe.upcoming_closures(today=datetime.date(2026, 1, 20), days=30) == []


def test_entry_page_lists_the_coming_closures(client, office_and_cafe):
    office, _cafe = office_and_cafe
    today = timezone.localdate()
    OrganisationClosure.objects.create(
        organisation=office,
        starts=today + datetime.timedelta(days=3),
        ends=today + datetime.timedelta(days=5),
        reason="Umbau der Küche",
    )
    OrganisationClosure.objects.create(
        organisation=office, starts=today + datetime.timedelta(days=8), reason="Betriebsausflug"
    )
    soon = today + datetime.timedelta(days=2)
    ClosureDay.objects.create(
        key="probe", name="Probetag", month=soon.month, day=soon.day, closed_from="12:00"
    )

    response = client.get(f"/adressen/{office.slug}/", HTTP_HOST=KALK)

    html = " ".join(response.content.decode().split())
    assert response.status_code == 200
    start, end, trip = (today + datetime.timedelta(days=n) for n in (3, 5, 8))
    assert f"Vom {long(start)} bis {long(end)} geschlossen" in html
    assert "Umbau der Küche" in html
    assert html.count(f"Am {long(trip)} geschlossen") == 1
    assert f"Am {long(soon)} ab 12 Uhr geschlossen" in html
    assert "Probetag" in html


def long(day):
    """The date as the German pages write it: 4. Dezember 2026."""
    return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"


def test_only_the_portal_editors_may_edit_closure_days(client, kalk):
    editor = UserFactory(groups=[Group.objects.get(name=EDITORIAL_GROUP)])
    coordinator = UserFactory(groups=[kalk.coordinators_group])
    url = "/admin/snippets/snippets/closureday/"

    client.force_login(coordinator)
    assert client.get(f"{url}add/").status_code in (302, 403)
    assert not coordinator.has_perm("snippets.change_closureday")

    client.force_login(editor)
    assert client.get(url).status_code == 200
    assert client.get(f"{url}add/").status_code == 200
    response = client.post(
        f"{url}add/",
        {"key": "karnevalsdienstag", "name": "Veilchendienstag", "rule": "ostern", "easter_offset": "-47"},
    )
    assert response.status_code == 302, response.context["form"].errors if response.context else ""
    assert response["Location"] == url
    made = ClosureDay.objects.get(name="Veilchendienstag")
    assert made.date_in(2026) == datetime.date(2026, 2, 17), made.key
