"""Where an event takes place: a directory entry, a street or an online link, and its JSON-LD."""

import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from tests.admin_forms import event_form
from tests.conftest import section
from tests.factories import EventPageFactory, OrganisationFactory
from veedel.models import EventIndexPage, EventPage
from veedel.structured_data import strip_empty

pytestmark = pytest.mark.django_db

KALK = "kalk.localhost"
NOWHERE = {"place_name": "Gemeindesaal", "street": "", "postcode": "", "online_link": "", "venue": ""}
MESSAGE = "Wo findet es statt?"


def add_url(kalk):
    return reverse("wagtailadmin_pages:add", args=["veedel", "eventpage", section(kalk, EventIndexPage).pk])


@pytest.fixture
def coordinator(client):
    client.force_login(get_user_model().objects.get(username="kalk-koordination"))
    return client


@pytest.mark.parametrize("action", ["action-publish", "action-submit"])
def test_admin_refuses_to_publish_or_submit_an_event_without_a_place(coordinator, kalk, action):
    response = coordinator.post(add_url(kalk), {**event_form(**NOWHERE), action: "1"})
    assert response.status_code == 200
    html = response.content.decode()
    assert MESSAGE in html
    for label in ("Ort aus dem Adressverzeichnis", "Straße und Hausnummer", "Online-Teilnahme (Link)"):
        assert label in html
    assert not EventPage.objects.filter(slug="nachbarschaftstreff").exists()


def test_a_draft_without_a_place_is_saved_so_nothing_typed_is_lost(coordinator, kalk):
    response = coordinator.post(add_url(kalk), event_form(**NOWHERE))
    assert response.status_code == 302
    page = EventPage.objects.get(slug="nachbarschaftstreff", locale__language_code="de")
    assert not page.live and page.place_name == "Gemeindesaal"


@pytest.mark.parametrize(
    "place",
    [
        {"street": "Kalker Hauptstraße 200", "postcode": "51103"},
        {"online_link": "https://treff.example/raum"},
        "venue",
    ],
)
def test_admin_publishes_an_event_with_a_venue_a_street_or_a_link(coordinator, kalk, place):
    if place == "venue":
        place = {"venue": OrganisationFactory(sozialraum=kalk).pk}
    response = coordinator.post(add_url(kalk), {**event_form(**{**NOWHERE, **place}), "action-publish": "1"})
    assert response.status_code == 302
    assert EventPage.objects.get(slug="nachbarschaftstreff", locale__language_code="de").live


# -- JSON-LD ----------------------------------------------------------------------------------------


def json_ld_of(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def assert_nothing_empty(value, where="$"):
    if isinstance(value, dict):
        assert set(value) - {"@context", "@type"}, where
        for key, item in value.items():
            assert_nothing_empty(item, f"{where}.{key}")
    elif isinstance(value, list):
        assert value, where
        for number, item in enumerate(value):
            assert_nothing_empty(item, f"{where}[{number}]")
    else:
        assert value not in ("", None), where


def test_strip_empty_removes_empty_values_at_every_depth():
    data = {
        "@type": "Event",
        "name": "Treff",
        "free": False,
        "count": 0,
        "empty": "",
        "none": None,
        "list": ["", {"@type": "Thing"}, "a"],
        "nothing": [],
        "location": {"@type": "Place", "address": {"@type": "PostalAddress", "streetAddress": ""}},
    }
    assert strip_empty(data) == {"@type": "Event", "name": "Treff", "free": False, "count": 0, "list": ["a"]}


def test_json_ld_of_an_event_at_a_directory_entry_has_its_address(client, kalk):
    entry = OrganisationFactory(
        sozialraum=kalk, name="Bürgerzentrum Test", street="Kalker Hauptstraße 200", postcode="51103"
    )
    event = EventPageFactory(
        parent=section(kalk, EventIndexPage),
        venue=entry,
        place_name="",
        street="",
        postcode="",
        aliases=False,
    )
    item = json_ld_of(client.get(event.get_url_parts()[2], HTTP_HOST=KALK).content.decode())[0]
    assert item["location"]["@type"] == "Place"
    assert item["location"]["name"] == "Bürgerzentrum Test"
    assert item["location"]["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "Kalker Hauptstraße 200",
        "postalCode": "51103",
        "addressLocality": "Köln",
        "addressCountry": "DE",
    }
    assert_nothing_empty(item)


def test_json_ld_of_an_event_with_a_street_only_and_with_a_link_only(client, kalk):
    index = section(kalk, EventIndexPage)
    street = EventPageFactory(
        parent=index, place_name="", street="Eythstraße 11a", postcode="", aliases=False
    )
    item = json_ld_of(client.get(street.get_url_parts()[2], HTTP_HOST=KALK).content.decode())[0]
    assert item["location"]["name"] == "Eythstraße 11a"
    assert item["location"]["address"]["streetAddress"] == "Eythstraße 11a"
    assert "postalCode" not in item["location"]["address"]
    assert_nothing_empty(item)

    online = EventPageFactory(
        parent=index,
        place_name="",
        street="",
        postcode="",
        teaser="",
        online_link="https://treff.example/raum",
        languages="",
        aliases=False,
    )
    item = json_ld_of(client.get(online.get_url_parts()[2], HTTP_HOST=KALK).content.decode())[0]
    assert item["location"] == {"@type": "VirtualLocation", "url": "https://treff.example/raum"}
    assert "inLanguage" not in item and "description" not in item
    assert_nothing_empty(item)
