"""RSS and Atom feeds: what they list, in which language, and what they never list.

Each test makes its own news and projects with tests/factories.py in the small test portal
(Kalk, Porz-Ost, Chorweiler) and reads the feed through the test client on the site's host.
"""

import datetime

import feedparser
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


def project_of(sozialraum, **kwargs):
    return ProjectPageFactory(parent=section(sozialraum, ProjectIndexPage), **kwargs)


def read(client, path, host):
    response = client.get(path, HTTP_HOST=host)
    assert response.status_code == 200, response.content[:300]
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return response, feed


def titles(feed):
    return [entry.title for entry in feed.entries]


@pytest.mark.parametrize("path", ["/feed/", "/feed/atom/"])
def test_a_sozialraum_feed_lists_its_live_news_only(client, kalk, porz_ost, path):
    news_of(kalk, title="Neuer Spielplatz an der Kalker Hauptstraße")
    news_of(porz_ost, title="Fest in Porz")
    news_of(kalk, title="Noch ein Entwurf", live=False)
    scheduled = news_of(kalk, title="Gesperrt bis morgen", live=False)
    scheduled.go_live_at = timezone.now() + datetime.timedelta(days=1)
    scheduled.save_revision().publish()  # as "Veröffentlichen" with a start date: scheduled, not live
    private = news_of(kalk, title="Nur für den Vorstand")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="geheim")
    in_moderation = news_of(kalk, title="Wartet auf Freigabe", live=False)
    in_moderation.save_revision()
    in_moderation.get_workflow().start(in_moderation, UserFactory())

    response, feed = read(client, path, host_of(kalk))

    assert titles(feed) == ["Neuer Spielplatz an der Kalker Hauptstraße"]
    assert feed.feed.title == "Aktuelles aus Humboldt/Gremberg, Kalk"
    assert feed.entries[0].link.startswith(f"http://{host_of(kalk)}")
    assert response["Content-Type"].startswith(
        "application/atom+xml" if "atom" in path else "application/rss+xml"
    )


def test_the_landing_feed_lists_marked_news_of_every_sozialraum(client, kalk, porz_ost):
    news_of(kalk, title="Aus Kalk für alle", show_on_landing=True)
    news_of(porz_ost, title="Aus Porz für alle", show_on_landing=True)
    news_of(kalk, title="Nur für Kalk")

    _response, feed = read(client, "/feed/", "localhost")

    assert sorted(titles(feed)) == ["Aus Kalk für alle", "Aus Porz für alle"]
    assert feed.feed.title == "Aus den Veedeln – Meldungen aller Sozialräume"


def test_items_carry_picture_credit_topics_and_a_stable_id(client, kalk):
    topic = Topic.objects.order_by("pk").first()
    image = ImageFactory(credit="Stadtteilbüro Kalk")
    page = news_of(kalk, title="Mit Bild", image=image, topics=[topic])

    _response, rss = read(client, "/feed/", host_of(kalk))
    _response, atom = read(client, "/feed/atom/", host_of(kalk))

    entry = rss.entries[0]
    assert entry.enclosures[0].href.endswith(image.file.url)
    assert entry.enclosures[0].type == "image/jpeg"
    assert entry.media_credit[0]["content"] == "© Stadtteilbüro Kalk"
    assert [tag.term for tag in entry.tags] == [topic.name]
    assert entry.id == atom.entries[0].id
    assert str(page.translation_key) in entry.id
    page.slug = "mit-neuem-namen"
    page.save_revision().publish()
    _response, again = read(client, "/feed/", host_of(kalk))
    assert again.entries[0].id == entry.id
    assert atom.entries[0].updated


def test_summary_by_default_full_text_on_request(client, kalk):
    page = news_of(kalk, title="Lange Meldung", teaser="Kurz gesagt: Es gibt Neues.")
    page.body = [("paragraph", "<p>Der ganze Text steht nur im Volltext.</p>")]
    page.save_revision().publish()

    _response, summary = read(client, "/feed/", host_of(kalk))
    _response, full = read(client, "/feed/?inhalt=voll", host_of(kalk))

    assert "Kurz gesagt" in summary.entries[0].summary
    assert "Der ganze Text" not in summary.entries[0].summary
    assert "Der ganze Text steht nur im Volltext." in full.entries[0].summary


def test_other_languages_list_translations_and_mark_german_items(client, kalk):
    translated = news_of(kalk, title="Übersetzte Meldung")
    news_of(kalk, title="Nur auf Deutsch")
    translate(translated, Locale.objects.get(language_code="en"), "Translated news")

    response, rss = read(client, "/en/feed/", host_of(kalk))
    _response, atom = read(client, "/en/feed/atom/", host_of(kalk))

    assert sorted(titles(rss)) == ["Nur auf Deutsch", "Translated news"]
    assert rss.feed.language == "en"
    body = response.content.decode()
    assert body.count("<dc:language>de</dc:language>") == 1
    languages = {entry.title: entry.title_detail.language for entry in atom.entries}
    assert languages == {"Translated news": "en", "Nur auf Deutsch": "de"}


def test_topic_and_project_feeds(client, kalk, porz_ost):
    topic = Topic.objects.order_by("pk").first()
    news_of(kalk, title="Meldung zum Thema", topics=[topic])
    project_of(porz_ost, title="Projekt zum Thema", topics=[topic])
    news_of(kalk, title="Meldung ohne Thema")
    project_of(kalk, title="Projekt in Kalk")

    _response, city_topic = read(client, f"/feed/themen/{topic.slug}/", "localhost")
    _response, kalk_topic = read(client, f"/feed/themen/{topic.slug}/atom/", host_of(kalk))
    _response, projects = read(client, "/feed/projekte/", host_of(kalk))

    assert sorted(titles(city_topic)) == ["Meldung zum Thema", "Projekt zum Thema"]
    assert titles(kalk_topic) == ["Meldung zum Thema"]
    assert titles(projects) == ["Projekt in Kalk"]


def test_an_unknown_topic_feed_is_a_german_404(client):
    response = client.get("/feed/themen/gibt-es-nicht/", HTTP_HOST="localhost")
    assert response.status_code == 404


@pytest.mark.parametrize("items", [2, 20])
def test_a_feed_costs_a_fixed_number_of_queries(client, kalk, django_assert_max_num_queries, items):
    topic = Topic.objects.order_by("pk").first()
    for number in range(items):
        news_of(kalk, title=f"Meldung {number}", image=ImageFactory(), topics=[topic])
    with django_assert_max_num_queries(14):
        response = client.get("/feed/", HTTP_HOST=host_of(kalk))
    assert response.content.decode().count("<item>") == items


def test_news_lists_advertise_their_feeds(client, kalk):
    path = section(kalk, NewsIndexPage).get_url_parts()[2]
    html = client.get(path, HTTP_HOST=host_of(kalk)).content.decode()
    assert (
        f'<link rel="alternate" type="application/rss+xml" title="Aktuelles aus {kalk.name}" href="http://{host_of(kalk)}/feed/">'
        in html
    )
    assert '<link rel="alternate" type="application/atom+xml"' in html
    assert f'href="http://{host_of(kalk)}/feed/"' in html.split("<main", 1)[1]
