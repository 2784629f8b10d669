"""The language switcher keeps the entry and the filters; the target-group filter's empty choice;
accessibility notes as a list of capitalised items on entry and event pages."""

import re

import pytest
from wagtail.models import Locale

from snippets.models import Sozialraum, TargetGroup
from tests.conftest import section
from tests.factories import EventPageFactory, OrganisationFactory
from veedel.models import EventIndexPage

pytestmark = pytest.mark.django_db

KALK = "kalk.localhost"


def switcher_links(html):
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    return {
        code: href.replace("&amp;", "&") for href, code in re.findall(r'href="([^"]*)" lang="(\w+)"', nav)
    }


def test_switcher_on_a_directory_entry_keeps_the_translated_entry(client):
    entry = OrganisationFactory(name="Bürgertreff Kalk-Ost", sozialraum=Sozialraum.objects.get(slug="kalk"))
    english = entry.copy_for_translation(Locale.objects.get(language_code="en"))
    english.short_description = "A meeting place."
    english.save()
    links = switcher_links(client.get(f"/adressen/{entry.slug}/", HTTP_HOST=KALK).content.decode())
    assert links["en"] == f"/en/addresses/{entry.slug}/"
    assert links["tr"] == f"/tr/adresler/{entry.slug}/"
    assert links["ar"] == f"/ar/al-anawin/{entry.slug}/"
    response = client.get(links["en"], HTTP_HOST=KALK)
    assert response.status_code == 200 and "A meeting place." in response.content.decode()
    links = switcher_links(response.content.decode())
    assert links["de"] == f"/adressen/{entry.slug}/"


@pytest.mark.parametrize(
    ("path", "english"),
    [
        ("/adressen/?thema=kultur&sprache=tr", "/en/addresses/?thema=kultur&sprache=tr"),
        ("/veranstaltungen/?thema=kultur&seite=2", "/en/events/?thema=kultur&seite=2"),
        ("/aktuelles/?thema=kultur", "/en/news/?thema=kultur"),
    ],
)
def test_switcher_on_a_filtered_list_keeps_the_filters(client, path, english):
    links = switcher_links(client.get(path, HTTP_HOST=KALK).content.decode())
    assert links["en"] == english
    assert client.get(english, HTTP_HOST=KALK).status_code in (200, 400)


def test_target_group_filter_offers_all_only_once(client):
    TargetGroup.objects.get_or_create(name="Alle", defaults={"slug": "alle-test"})
    html = client.get("/adressen/", HTTP_HOST=KALK).content.decode()
    select = re.search(r'<select name="zielgruppe".*?</select>', html, re.S).group(0)
    labels = re.findall(r"<option[^>]*>([^<]*)</option>", select)
    assert labels[0] == "Alle Zielgruppen"
    assert labels.count("Alle") == 1  # the target group itself


def accessibility(html):
    """The items listed under "Barrierefreiheit", spaces folded."""
    facts = re.search(r"<dt>Barrierefreiheit</dt>\s*<dd>(.*?)</dd>", html, re.S).group(1)
    return [re.sub(r"\s+", " ", item).strip() for item in re.findall(r"<li>(.*?)</li>", facts, re.S)]


def test_accessibility_of_an_event_is_a_list_of_capitalised_items(client, kalk):
    event = EventPageFactory(
        parent=section(kalk, EventIndexPage),
        step_free=True,
        accessible_toilet=True,
        hearing_loop=True,
        accessibility_note="Eingang über den Hof.",
    )
    html = client.get(event.get_url_parts()[2], HTTP_HOST=KALK).content.decode()
    items = accessibility(html)
    assert items == [
        "Stufenlos erreichbar",
        "Barrierefreies WC",
        "Induktionsschleife",
        "Eingang über den Hof.",
    ]
    assert "stufenlos erreichbar." not in html


def test_accessibility_of_an_entry_is_a_list_of_capitalised_items(client, kalk):
    entry = OrganisationFactory(
        sozialraum=kalk, step_free="ja", accessible_toilet=True, accessibility_note="Rampe am Seiteneingang."
    )
    html = client.get(f"/adressen/{entry.slug}/", HTTP_HOST=KALK).content.decode()
    items = accessibility(html)
    assert items == ["Stufenloser Zugang: Ja", "Barrierefreies WC", "Rampe am Seiteneingang."]
    assert ". barrierefreies WC" not in html
