"""Topics and target groups are a fixed list: the admin offers checkboxes that cannot split or invent terms.

A free-text tag widget splits "Kinder, Jugend und Familie" at its comma and
drops both halves, because neither is a known topic.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from snippets.models import Organisation, TargetGroup, Topic
from tests.admin_forms import organisation_form
from tests.conftest import section
from tests.factories import NewsPageFactory, OrganisationFactory, ProjectPageFactory
from veedel.models import NewsIndexPage, ProjectIndexPage

pytestmark = pytest.mark.django_db

COMMA_TOPIC = "Kinder, Jugend und Familie"
REFUSED = "Bitte wählen Sie nur aus der Liste."


def login(client, username="kalk-koordination"):
    client.force_login(get_user_model().objects.get(username=username))


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def news_form(page, **fields):
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "date": page.date.isoformat(),
            "teaser": page.teaser,
            "body": streamfield([]),
            "author": "",
        }
    )
    return {**data, "action-publish": "1", **fields}


def checkbox(name, term):
    return f'name="{name}" value="{term.pk}"'


def ticked(html, name, term):
    box = re.search(rf"<input[^>]*{checkbox(name, term)}[^>]*>", html)
    return bool(box) and "checked" in box.group(0)


def test_a_topic_with_a_comma_survives_the_admin_form(client, kalk):
    topic = Topic.objects.get(name=COMMA_TOPIC)
    page = NewsPageFactory(parent=section(kalk, NewsIndexPage), aliases=False)
    login(client)
    form = client.get(edit_url(page)).content.decode()
    assert checkbox("topics", topic) in form
    assert COMMA_TOPIC in form

    response = client.post(edit_url(page), news_form(page, topics=[str(topic.pk)]))
    assert response.status_code == 302
    page.refresh_from_db()
    assert [term.name for term in page.topics.all()] == [COMMA_TOPIC]
    # Shown again ticked, so saving unchanged keeps it.
    assert ticked(client.get(edit_url(page)).content.decode(), "topics", topic)

    # The public filters and the landing site's topic page find it.
    listing = client.get(f"/aktuelles/?thema={topic.slug}", HTTP_HOST="kalk.localhost")
    assert listing.status_code == 200 and f">{page.title}</a>" in listing.content.decode()
    topic_page = client.get(f"/themen/{topic.slug}/", HTTP_HOST="localhost").content.decode()
    assert f">{page.title}</a>" in topic_page


@pytest.mark.parametrize("forged", ["99999", "Erfundenes Thema", "Kinder"])
def test_a_forged_topic_is_refused_in_german_and_not_invented(client, kalk, forged):
    keep = Topic.objects.get(slug="kultur")
    page = NewsPageFactory(parent=section(kalk, NewsIndexPage), topics=[keep], aliases=False)
    topics_before = Topic.objects.count()
    login(client)
    response = client.post(
        edit_url(page), news_form(page, topics=[str(keep.pk), forged], title="Neuer Titel, nicht verloren")
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert REFUSED in html
    assert "Neuer Titel, nicht verloren" in html  # what the editor typed is shown again
    assert Topic.objects.count() == topics_before
    page.refresh_from_db()
    assert [term.slug for term in page.topics.all()] == ["kultur"]
    assert page.title != "Neuer Titel, nicht verloren"


def test_projects_offer_topics_and_target_groups_as_checkboxes(client, kalk):
    topic = Topic.objects.get(name=COMMA_TOPIC)
    group = TargetGroup.objects.order_by("pk").first()
    page = ProjectPageFactory(parent=section(kalk, ProjectIndexPage), aliases=False)
    login(client)
    form = client.get(edit_url(page)).content.decode()
    assert checkbox("topics", topic) in form and checkbox("target_groups", group) in form
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "teaser": "",
            "since": "",
            "funding": "",
            "body": streamfield([]),
            "partner_entries": inline_formset([]),
        }
    )
    response = client.post(
        edit_url(page),
        {**data, "topics": [str(topic.pk)], "target_groups": [str(group.pk)], "action-publish": "1"},
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert [term.name for term in page.topics.all()] == [COMMA_TOPIC]
    assert [term.pk for term in page.target_groups.all()] == [group.pk]


def test_directory_entries_keep_a_topic_with_a_comma(client, kalk):
    topic = Topic.objects.get(name=COMMA_TOPIC)
    entry = OrganisationFactory(name="Nachbarschaftstreff Test", sozialraum=kalk)
    url = reverse(Organisation.snippet_viewset.get_url_name("edit"), args=[entry.pk])
    login(client)
    assert checkbox("topics", topic) in client.get(url).content.decode()
    response = client.post(
        url, organisation_form(kalk, slug=entry.slug, topics=[str(topic.pk)], **{"action-publish": "1"})
    )
    assert response.status_code == 302
    entry.refresh_from_db()
    assert [term.name for term in entry.topics.all()] == [COMMA_TOPIC]
    response = client.post(
        url, organisation_form(kalk, slug=entry.slug, topics=["Erfundenes Thema"], **{"action-publish": "1"})
    )
    assert response.status_code == 200 and REFUSED in response.content.decode()
