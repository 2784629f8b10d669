"""What the landing site gathers: topic pages with events and addresses, pinned items on the start page."""

import datetime
import re
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale

from snippets.models import Topic
from tests.conftest import section
from tests.factories import (
    EventPageFactory,
    NewsPageFactory,
    OrganisationFactory,
    ProjectPageFactory,
    translate,
)
from veedel.models import EventIndexPage, NewsIndexPage, ProjectIndexPage

pytestmark = pytest.mark.django_db

LANDING = "localhost"


def html_of(client, path, host=LANDING):
    response = client.get(path, HTTP_HOST=host)
    assert response.status_code == 200
    return response.content.decode()


def section_html(html, heading_id):
    return re.search(rf'<section aria-labelledby="{heading_id}">.*?</section>', html, re.S).group(0)


def test_topic_page_lists_upcoming_events_and_addresses_with_links_to_the_filtered_lists(
    client, kalk, porz_ost
):
    culture = Topic.objects.get(slug="kultur")
    other = Topic.objects.exclude(slug="kultur").first()
    EventPageFactory(parent=section(kalk, EventIndexPage), title="Lesung im Bürgerhaus", topics=[culture])
    EventPageFactory(parent=section(porz_ost, EventIndexPage), title="Konzert am Rhein", topics=[culture])
    EventPageFactory(parent=section(kalk, EventIndexPage), title="Sprechstunde Miete", topics=[other])
    EventPageFactory(
        parent=section(kalk, EventIndexPage),
        title="Vergangenes Fest",
        topics=[culture],
        start=timezone.now() - datetime.timedelta(days=3),
        end=timezone.now() - datetime.timedelta(days=3, hours=-2),
    )
    OrganisationFactory(name="Kulturverein Kalk", sozialraum=kalk, topics=[culture])
    OrganisationFactory(name="Mieterverein Kalk", sozialraum=kalk, topics=[other])

    html = html_of(client, "/themen/kultur/")
    events = section_html(html, "topic-events")
    assert "Lesung im Bürgerhaus" in events and "Konzert am Rhein" in events
    assert "Sprechstunde Miete" not in events and "Vergangenes Fest" not in events
    assert 'href="/veranstaltungen/?thema=kultur"' in events
    addresses = section_html(html, "topic-addresses")
    assert "Kulturverein Kalk" in addresses and "Mieterverein Kalk" not in addresses
    assert 'href="/adressen/?thema=kultur"' in addresses
    # The links lead to the lists filtered by the same topic.
    assert "Kulturverein Kalk" in html_of(client, "/adressen/?thema=kultur")
    assert "Mieterverein Kalk" not in html_of(client, "/adressen/?thema=kultur")

    english = html_of(client, "/en/themen/kultur/")
    assert 'href="/en/events/?thema=kultur"' in english and 'href="/en/addresses/?thema=kultur"' in english


def test_topic_page_keeps_unmarked_news(client, kalk):
    """What the README says: the portal mark decides the start page and "Aus den Veedeln", not topics."""
    culture = Topic.objects.get(slug="kultur")
    news = NewsPageFactory(parent=section(kalk, NewsIndexPage), title="Ungeteilte Meldung", topics=[culture])
    assert not news.show_on_landing
    assert "Ungeteilte Meldung" in html_of(client, "/themen/kultur/")
    assert "Ungeteilte Meldung" not in html_of(client, "/")
    assert "Ungeteilte Meldung" not in html_of(client, "/aus-den-veedeln/")


def marked_news(kalk, count, days_ago_from):
    today = timezone.localdate()
    return [
        NewsPageFactory(
            parent=section(kalk, NewsIndexPage),
            title=f"Markierte Meldung {days_ago_from + number}",
            date=today - datetime.timedelta(days=days_ago_from + number),
            show_on_landing=True,
            aliases=False,
        )
        for number in range(count)
    ]


def start_page_news(client):
    html = html_of(client, "/")
    return re.findall(r"Markierte Meldung \d+|Alte Meldung", html)


def test_a_pinned_older_item_stays_at_the_top_until_its_date(client, kalk):
    marked_news(kalk, 6, days_ago_from=1)
    today = timezone.localdate()
    old = NewsPageFactory(
        parent=section(kalk, NewsIndexPage),
        title="Alte Meldung",
        date=today - datetime.timedelta(days=400),
        show_on_landing=True,
        aliases=False,
    )
    assert "Alte Meldung" not in start_page_news(client)

    old.pinned_until = today + datetime.timedelta(days=7)
    old.save_revision().publish()
    shown = start_page_news(client)
    assert shown[0] == "Alte Meldung" and len(set(shown)) == 6

    # The pin runs out after its date: back among the rest, off the six newest (from the midnight
    # after it on, when the stored start page expires too).
    after_the_pin = timezone.now() + datetime.timedelta(days=8)
    with mock.patch("django.utils.timezone.now", return_value=after_the_pin):
        assert "Alte Meldung" not in start_page_news(client)


def test_translations_take_the_pin_of_the_german_page(kalk):
    page = NewsPageFactory(parent=section(kalk, NewsIndexPage), show_on_landing=True)
    turkish = translate(page, Locale.objects.get(language_code="tr"), "Sabitlenmiş haber")
    page.pinned_until = timezone.localdate() + datetime.timedelta(days=5)
    page.save_revision().publish()
    turkish.refresh_from_db()
    assert turkish.specific.pinned_until == page.pinned_until
    english = page.get_translation(Locale.objects.get(language_code="en")).specific
    assert english.pinned_until == page.pinned_until


def test_a_pinned_project_comes_first(client, kalk):
    for name in ("Anton", "Berta", "Cäsar", "Dora"):
        ProjectPageFactory(
            parent=section(kalk, ProjectIndexPage), title=f"Projekt {name}", show_on_landing=True
        )
    pinned = ProjectPageFactory(
        parent=section(kalk, ProjectIndexPage),
        title="Projekt Zeppelin",
        show_on_landing=True,
        pinned_until=timezone.localdate() + datetime.timedelta(days=3),
    )
    html = html_of(client, "/")
    shown = re.findall(r"Projekt (?:Anton|Berta|Cäsar|Dora|Zeppelin)", html)
    assert shown[0] == pinned.title and "Projekt Dora" not in shown


def test_a_pin_without_the_mark_is_refused(kalk):
    from django.core.exceptions import ValidationError

    page = NewsPageFactory(parent=section(kalk, NewsIndexPage), aliases=False)
    page.pinned_until = timezone.localdate() + datetime.timedelta(days=3)
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "pinned_until" in error.value.message_dict


@pytest.mark.parametrize(
    ("username", "sees"), [("kalk-koordination", True), ("redaktion", True), ("kalk-akteur", False)]
)
def test_only_coordination_and_portal_editors_see_the_pin(client, kalk, username, sees):
    user = get_user_model().objects.get(username=username)
    page = NewsPageFactory(parent=section(kalk, NewsIndexPage), owner=user, aliases=False)
    client.force_login(user)
    form = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert ('name="pinned_until"' in form) is sees
    assert ('name="show_on_landing"' in form) is sees
    if sees:
        assert "Koordination" in form and "Portal-Redaktion" in form
