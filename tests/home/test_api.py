"""The read-only API under /api/v2/: only live, public content, filters, images with credit, no writes."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Locale, PageViewRestriction

from snippets.models import Topic
from tests.conftest import host_of, section
from tests.factories import ImageFactory, NewsPageFactory, ProjectPageFactory, UserFactory, translate
from veedel.models import NewsIndexPage, ProjectIndexPage

pytestmark = pytest.mark.django_db


def news_of(sozialraum, **kwargs):
    return NewsPageFactory(parent=section(sozialraum, NewsIndexPage), **kwargs)


def get(client, path, host, status=200):
    response = client.get(path, HTTP_HOST=host)
    assert response.status_code == status, response.content[:300]
    return response.json()


def titles(data):
    return sorted(item["title"] for item in data["items"])


def test_only_live_public_pages_are_listed(client, kalk):
    news_of(kalk, title="Öffentliche Meldung")
    news_of(kalk, title="Entwurf", live=False)
    scheduled = news_of(kalk, title="Erst morgen", live=False)
    scheduled.go_live_at = timezone.now() + datetime.timedelta(days=1)
    scheduled.save_revision().publish()
    waiting = news_of(kalk, title="In der Freigabe", live=False)
    waiting.save_revision()
    waiting.get_workflow().start(waiting, UserFactory())
    private = news_of(kalk, title="Nur mit Passwort")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="geheim")

    data = get(client, "/api/v2/pages/?type=veedel.NewsPage&locale=de", host_of(kalk))

    assert titles(data) == ["Öffentliche Meldung"]
    for path in [f"/api/v2/pages/{page.pk}/" for page in (scheduled, waiting, private)]:
        assert client.get(path, HTTP_HOST=host_of(kalk)).status_code == 404


def test_pages_of_a_site_in_every_language_and_by_locale(client, kalk, porz_ost):
    german = news_of(kalk, title="Meldung aus Kalk")
    news_of(porz_ost, title="Meldung aus Porz")
    translate(german, Locale.objects.get(language_code="en"), "News from Kalk")

    english = get(client, "/api/v2/pages/?type=veedel.NewsPage&locale=en", host_of(kalk))
    porz = get(client, "/api/v2/pages/?type=veedel.NewsPage&locale=de&site=porz-ost.localhost", host_of(kalk))

    assert titles(english) == ["News from Kalk"]
    assert titles(porz) == ["Meldung aus Porz"]


def test_filters_by_topic_and_landing_mark(client, kalk):
    topic, other = Topic.objects.order_by("pk")[:2]
    news_of(kalk, title="Markiert mit Thema", show_on_landing=True, topics=[topic])
    news_of(kalk, title="Nur mit Thema", topics=[topic])
    news_of(kalk, title="Anderes Thema", topics=[other])
    ProjectPageFactory(parent=section(kalk, ProjectIndexPage), title="Projekt mit Thema", topics=[topic])

    all_kinds = get(client, f"/api/v2/pages/?thema={topic.slug}&locale=de", host_of(kalk))
    marked = get(client, "/api/v2/pages/?type=veedel.NewsPage&show_on_landing=true&locale=de", host_of(kalk))
    unknown = get(client, "/api/v2/pages/?thema=gibt-es-nicht", host_of(kalk), status=400)

    assert titles(all_kinds) == ["Markiert mit Thema", "Nur mit Thema", "Projekt mit Thema"]
    assert titles(marked) == ["Markiert mit Thema"]
    assert "gibt-es-nicht" in unknown["message"]


def test_a_news_item_in_detail(client, kalk):
    topic = Topic.objects.order_by("pk").first()
    image = ImageFactory(credit="Stadtteilbüro Kalk")
    page = news_of(
        kalk, title="Mit allem", teaser="Kurz gesagt.", image=image, topics=[topic], author="Bürgerverein"
    )

    data = get(client, f"/api/v2/pages/{page.pk}/", host_of(kalk))

    assert data["teaser"] == "Kurz gesagt."
    assert data["author"] == "Bürgerverein"
    assert data["topics"] == [topic.name]
    assert data["image"]["id"] == image.pk
    assert data["image_card"]["url"].startswith("/media/images/")
    assert data["meta"]["html_url"].startswith(f"http://{host_of(kalk)}/")


def test_images_are_those_shown_on_public_pages_with_their_credit(client, kalk):
    shown = ImageFactory(credit="Foto: Bürgerverein")
    hidden = ImageFactory(credit="Noch nicht freigegeben")
    news_of(kalk, title="Öffentlich", image=shown)
    news_of(kalk, title="Vorschlag in der Freigabe", image=hidden, live=False)

    listing = get(client, "/api/v2/images/?fields=credit", host_of(kalk))
    detail = get(client, f"/api/v2/images/{shown.pk}/", host_of(kalk))

    assert [(item["id"], item["credit"]) for item in listing["items"]] == [(shown.pk, "Foto: Bürgerverein")]
    assert detail["credit"] == "Foto: Bürgerverein"
    assert client.get(f"/api/v2/images/{hidden.pk}/", HTTP_HOST=host_of(kalk)).status_code == 404


def test_read_only_without_cors_and_with_a_page_limit(client, kalk):
    news_of(kalk)
    response = client.get("/api/v2/pages/", HTTP_HOST=host_of(kalk), HTTP_ORIGIN="https://example.org")
    assert response.status_code == 200
    assert "Access-Control-Allow-Origin" not in response
    assert client.post("/api/v2/pages/", {}, HTTP_HOST=host_of(kalk)).status_code == 405
    assert client.get("/api/v2/pages/?limit=51", HTTP_HOST=host_of(kalk)).status_code == 400
    assert client.get("/api/v2/pages/?unbekannt=1", HTTP_HOST=host_of(kalk)).status_code == 400


@pytest.mark.parametrize("items", [2, 20])
def test_the_page_list_costs_a_fixed_number_of_queries(client, kalk, django_assert_max_num_queries, items):
    topic = Topic.objects.order_by("pk").first()
    for number in range(items):
        news_of(kalk, title=f"Meldung {number}", image=ImageFactory(), topics=[topic])
    path = "/api/v2/pages/?type=veedel.NewsPage&locale=de&fields=teaser,topics,image_card"
    client.get(path, HTTP_HOST=host_of(kalk))  # makes the renditions, once for all readers
    with django_assert_max_num_queries(12):
        data = client.get(path, HTTP_HOST=host_of(kalk)).json()
    assert len(data["items"]) == items
