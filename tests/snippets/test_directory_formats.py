"""A directory entry as schema.org JSON-LD and as a vCard: a place with opening hours, geo and closures."""

import datetime

import pytest
import vobject
from django.utils import timezone

from snippets.models import Organisation, OrganisationClosure
from tests.factories import OrganisationFactory
from veedel import structured_data
from veedel.directory.vcard import vcard

pytestmark = pytest.mark.django_db

URL = "http://kalk.localhost/adressen/eintrag/"
WORKDAYS = [(day, datetime.time(9), datetime.time(12)) for day in range(5)]


def empty_values(data, path="$"):
    """The paths of every empty string, list or object in the JSON data."""
    if data in ("", [], {}, None):
        return [path]
    if isinstance(data, dict):
        return [p for key, value in data.items() for p in empty_values(value, f"{path}.{key}")]
    if isinstance(data, list):
        return [p for number, value in enumerate(data) for p in empty_values(value, f"{path}[{number}]")]
    return []


def fresh(entry):
    return Organisation.objects.prefetch_related("opening_slots", "closures").get(pk=entry.pk)


def entry_with_closure(kalk, **fields):
    entry = OrganisationFactory(
        sozialraum=kalk, slots=WORKDAYS, latitude="50.938", longitude="7.000", **fields
    )
    starts = timezone.localdate() + datetime.timedelta(days=3)
    OrganisationClosure.objects.create(
        organisation=entry, starts=starts, ends=starts + datetime.timedelta(days=2), reason="Umbau"
    )
    return fresh(entry), starts


def test_a_kita_is_a_place_with_hours_geo_and_its_closures(kalk):
    entry, starts = entry_with_closure(kalk, kind="kita")

    data = structured_data.organisation(entry, URL)

    assert data["@type"] == "ChildCare"
    assert data["geo"]["latitude"] == 50.938
    assert len(data["openingHoursSpecification"]) == 5
    assert {
        "@type": "OpeningHoursSpecification",
        "opens": "00:00",
        "closes": "00:00",
        "validFrom": starts.isoformat(),
        "validThrough": (starts + datetime.timedelta(days=2)).isoformat(),
    } in data["specialOpeningHoursSpecification"]
    assert empty_values(data) == []


def test_an_association_is_an_organisation_at_a_place_with_the_hours(kalk):
    entry, starts = entry_with_closure(kalk, kind="verein", phone="", email="", street="")

    data = structured_data.organisation(entry, URL)

    assert data["@type"] == "NGO"
    assert "openingHoursSpecification" not in data and "geo" not in data
    place = data["location"]
    assert place["@type"] == "Place"
    assert place["geo"] == {"@type": "GeoCoordinates", "latitude": 50.938, "longitude": 7.0}
    assert len(place["openingHoursSpecification"]) == 5
    assert place["specialOpeningHoursSpecification"][0]["validFrom"] == starts.isoformat()
    assert empty_values(data) == []


def test_a_closure_day_from_noon_keeps_the_morning_hours(kalk):
    from snippets.models import ClosureDay

    soon = timezone.localdate() + datetime.timedelta(days=1)
    while soon.weekday() > 4:
        soon += datetime.timedelta(days=1)
    ClosureDay.objects.create(
        key="probe", name="Probetag", month=soon.month, day=soon.day, closed_from="11:00"
    )
    entry = fresh(OrganisationFactory(sozialraum=kalk, kind="schule", slots=WORKDAYS))

    special = structured_data.organisation(entry, URL)["specialOpeningHoursSpecification"]

    assert {
        "@type": "OpeningHoursSpecification",
        "opens": "09:00",
        "closes": "11:00",
        "validFrom": soon.isoformat(),
        "validThrough": soon.isoformat(),
    } in special


def test_an_entry_without_hours_or_contact_has_no_empty_properties(kalk):
    entry = fresh(OrganisationFactory(sozialraum=kalk, kind="sonstiges", street="", short_description=""))

    data = structured_data.organisation(entry, URL)

    assert empty_values(data) == []
    assert "location" in data  # the address: Köln at least


def test_vcard_note_has_opening_hours_and_closures(kalk):
    entry, starts = entry_with_closure(kalk, kind="verein", short_description="Treffpunkt für alle.")
    ends = starts + datetime.timedelta(days=2)

    card = vobject.readOne(vcard(entry, URL))

    note = card.note.value
    assert note.startswith("Treffpunkt für alle.")
    assert "Öffnungszeiten: Mo-Fr 09:00-12:00" in note
    assert "\nGeschlossen: " in note
    assert f"{starts:%d.%m.%Y}–{ends:%d.%m.%Y} (Umbau)" in note


def test_vcard_of_an_entry_without_text_has_no_note(kalk):
    entry = fresh(OrganisationFactory(sozialraum=kalk, short_description="", closed_on_holidays=False))

    card = vobject.readOne(vcard(entry, URL))

    assert "note" not in card.contents
