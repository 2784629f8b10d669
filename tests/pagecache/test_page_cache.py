"""The page cache (pagecache/, docs/caching.md): anonymous readers get stored pages, never stale ones.

Every kind of edit an editor makes shows on the next anonymous GET; a page whose output depends on
the clock is rebuilt when it changes; editors are never served from the cache and never fill it.
"""

import datetime
import gzip
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Locale

from snippets.models import Contact, Topic
from tests.conftest import section
from tests.factories import (
    ContactFactory,
    EventPageFactory,
    NewsPageFactory,
    OrganisationFactory,
    StandardPageFactory,
    translate,
)
from veedel.models import DirectoryPage, EventIndexPage, NewsIndexPage, SiteSettings

pytestmark = pytest.mark.django_db

KALK = "kalk.localhost"


def path_of(page):
    _site_id, _root, path = page.specific.get_url_parts()
    return path


def read(client, path, host=KALK, **headers):
    response = client.get(path, HTTP_HOST=host, **headers)
    assert response.status_code == 200, (host, path, response.status_code)
    return response


def read_twice(client, path, host=KALK):
    """The page is stored by the first reading and served from the cache to the second."""
    first = read(client, path, host)
    assert first["X-Cache"] == "miss", (host, path)
    second = read(client, path, host)
    assert second["X-Cache"] == "hit", (host, path)
    return second.content.decode()


@pytest.mark.page_cache
@pytest.mark.parametrize(
    ("host", "path"),
    [
        ("localhost", "/"),
        ("localhost", "/ar/"),
        (KALK, "/"),
        (KALK, "/en/"),
        (KALK, "/aktuelles/"),
        (KALK, "/feed/"),
        (KALK, "/veranstaltungen/ical/"),
        ("localhost", "/veranstaltungen/ical/"),
        ("localhost", "/veranstaltungen/"),
        (KALK, "/sitemap.xml"),
        (KALK, "/robots.txt"),
        (KALK, "/api/v2/pages/?type=veedel.NewsPage"),
    ],
)
def test_a_second_reading_comes_from_the_cache_without_a_query(client, host, path, django_assert_num_queries):
    first = read(client, path, host)
    assert first["X-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = read(client, path, host)
    assert second["X-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    for response in (first, second):
        assert response["Cache-Control"] == "public, max-age=0, must-revalidate"
        assert response["ETag"] == first["ETag"]
        assert "accept-language" not in response.get("Vary", "").lower()
        assert not response.cookies


@pytest.mark.page_cache
def test_a_browser_that_has_the_page_gets_a_304_from_the_cache(client, django_assert_num_queries):
    etag = read(client, "/")["ETag"]
    with django_assert_num_queries(0):
        again = client.get("/", HTTP_HOST=KALK, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == etag


def test_pages_are_stored_compressed_once_and_revalidate_compressed(client):
    plain = read(client, "/")
    assert "Content-Encoding" not in plain
    compressed = client.get("/", HTTP_HOST=KALK, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert compressed["X-Cache"] == "miss"  # a compressed copy of its own
    assert compressed["Content-Encoding"] == "gzip"
    assert compressed["Vary"].lower() == "cookie, accept-encoding"
    assert gzip.decompress(compressed.content) == plain.content
    stored = client.get("/", HTTP_HOST=KALK, HTTP_ACCEPT_ENCODING="gzip")
    assert stored["X-Cache"] == "hit"
    assert stored.content == compressed.content  # the same bytes: not compressed again
    etag = compressed["ETag"]
    again = client.get("/", HTTP_HOST=KALK, HTTP_ACCEPT_ENCODING="gzip", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304


def test_german_pages_do_not_vary_by_the_browsers_language(client):
    """The address alone decides the language: Accept-Language changes nothing, so it is not in Vary."""
    german = client.get("/", HTTP_HOST=KALK, HTTP_ACCEPT_LANGUAGE="ar")
    assert german["Content-Language"] == "de"
    assert 'lang="de"' in german.content.decode()
    assert "accept-language" not in german.get("Vary", "").lower()


def test_an_editor_is_never_served_from_the_cache_and_never_fills_it(client):
    editor = get_user_model().objects.get(username="redaktion")
    client.force_login(editor)
    mine = read(client, "/")
    assert "X-Cache" not in mine
    assert "private" in mine["Cache-Control"]
    assert "wagtail-userbar" in mine.content.decode()
    client.logout()
    anonymous = read(client, "/")
    assert anonymous["X-Cache"] == "miss"  # the editor's page was not stored
    assert "wagtail-userbar" not in anonymous.content.decode()
    client.force_login(editor)
    again = read(client, "/")
    assert "X-Cache" not in again  # the anonymous page now stored is not served to the editor
    assert "wagtail-userbar" in again.content.decode()


def test_the_admin_and_forms_are_never_stored(client):
    for path in ("/admin/login/", "/mitmachen/veranstaltung/"):
        for _ in range(2):
            response = client.get(path, HTTP_HOST=KALK)
            assert response.status_code == 200, path
            assert "X-Cache" not in response, path
            assert "public" not in response.get("Cache-Control", ""), path


# -- every kind of edit shows on the next anonymous GET ---------------------------------------------


def test_publishing_a_news_item_shows_it_in_the_list_and_on_the_landing_site(client, kalk):
    news = section(kalk, NewsIndexPage)
    read_twice(client, path_of(news))
    read_twice(client, "/", host="localhost")
    item = NewsPageFactory(parent=news, title="Frisch veröffentlicht", show_on_landing=True)
    assert item.title in read(client, path_of(news)).content.decode()
    assert item.title in read(client, "/", host="localhost").content.decode()


def test_publishing_a_changed_title_unpublishing_and_deleting(client, kalk):
    news = section(kalk, NewsIndexPage)
    item = NewsPageFactory(parent=news, title="Alte Überschrift")
    assert "Alte Überschrift" in read_twice(client, path_of(news))
    read_twice(client, path_of(item))
    item.title = "Neue Überschrift"
    item.save_revision().publish()
    assert "Neue Überschrift" in read(client, path_of(item)).content.decode()
    assert "Neue Überschrift" in read(client, path_of(news)).content.decode()
    item.unpublish()
    assert client.get(path_of(item), HTTP_HOST=KALK).status_code == 404
    assert "Neue Überschrift" not in read(client, path_of(news)).content.decode()
    other = NewsPageFactory(parent=news, title="Wird gelöscht")
    read_twice(client, path_of(news))
    other.delete()
    assert "Wird gelöscht" not in read(client, path_of(news)).content.decode()


def test_a_draft_leaves_the_stored_page_in_place(client, kalk):
    item = NewsPageFactory(parent=section(kalk, NewsIndexPage), title="Veröffentlichter Stand")
    read_twice(client, path_of(item))
    item.title = "Nur ein Entwurf"
    item.save_revision()
    response = read(client, path_of(item))
    assert response["X-Cache"] == "hit"
    assert "Nur ein Entwurf" not in response.content.decode()


def test_moving_a_page(client, kalk):
    home = kalk.site.root_page
    target = StandardPageFactory(parent=home, title="Neuer Ort")
    page = StandardPageFactory(parent=home, title="Wandert umher")
    old_path = path_of(page)
    read_twice(client, old_path)
    read_twice(client, path_of(target))
    page.move(target, pos="last-child")
    page.refresh_from_db()
    assert path_of(page) != old_path
    assert client.get(old_path, HTTP_HOST=KALK).status_code in (301, 302, 404)
    assert "Wandert umher" in read(client, path_of(page)).content.decode()


def test_a_new_translation_and_its_sync(client, kalk):
    item = NewsPageFactory(parent=section(kalk, NewsIndexPage), title="Stadtteilfest")
    english = Locale.objects.get(language_code="en")
    alias_path = path_of(item.get_translation(english))
    assert "Stadtteilfest" in read_twice(client, alias_path)
    translation = translate(item, english, "Street festival")
    assert "Street festival" in read(client, path_of(translation)).content.decode()


@pytest.mark.parametrize("kind", ["organisation", "topic", "contact", "settings", "sozialraum"])
def test_saving_a_snippet_or_setting_shows_on_the_next_reading(client, kalk, kind):
    directory = section(kalk, DirectoryPage)
    entry = OrganisationFactory(sozialraum=kalk, name="Bürgertreff Alt")
    if kind == "organisation":
        path, host = path_of(directory), KALK
        read_twice(client, path)
        entry.name = "Bürgertreff Neu"
        entry.save()
        expected = "Bürgertreff Neu"
    elif kind == "topic":
        topic = Topic.objects.order_by("pk").first()
        item = NewsPageFactory(parent=section(kalk, NewsIndexPage), topics=[topic])
        path, host = path_of(item), KALK
        read_twice(client, path)
        topic.name = "Umbenanntes Thema"
        topic.save()
        expected = "Umbenanntes Thema"
    elif kind == "contact":
        contact = Contact.objects.filter(sozialraum=kalk).first() or ContactFactory(sozialraum=kalk)
        path, host = "/", KALK
        read_twice(client, path)
        contact.email = "neu@sozialraumkoordination.example"
        contact.save()
        expected = "neu@sozialraumkoordination.example"
    elif kind == "settings":
        path, host = "/", KALK
        read_twice(client, path)
        site_settings = SiteSettings.for_site(kalk.site)
        site_settings.theme_colour = "#7a1f5c"
        site_settings.save()
        expected = "--theme: #7a1f5c"
    else:
        path, host = "/", "localhost"
        read_twice(client, path, host)
        kalk.name = "Kalk und Umgebung"
        kalk.save()
        expected = "Kalk und Umgebung"
    response = read(client, path, host)
    assert response["X-Cache"] == "miss", kind
    assert expected in response.content.decode(), kind


# -- time boundaries --------------------------------------------------------------------------------


def at(moment):
    return mock.patch("django.utils.timezone.now", return_value=moment)


def next_week_at(hour, minute=0):
    """A fixed moment a week from now (Berlin): readings around it never cross a midnight."""
    day = timezone.localdate() + datetime.timedelta(days=7)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


def test_an_event_page_is_rebuilt_when_its_next_date_ends(client, kalk):
    start = next_week_at(12)
    event = EventPageFactory(
        parent=section(kalk, EventIndexPage),
        start=start,
        end=start + datetime.timedelta(hours=1),
        repeat="weekly",
        repeat_count=3,
    )
    first_date = f'datetime="{start.isoformat()}"'
    with at(next_week_at(11)):
        assert first_date in read_twice(client, path_of(event))
    with at(next_week_at(12, 30)):  # running: still listed, still the stored page
        assert read(client, path_of(event))["X-Cache"] == "hit"
    with at(next_week_at(13, 1)):  # over: the page is built again without that date
        response = read(client, path_of(event))
    assert response["X-Cache"] == "miss"
    assert first_date not in response.content.decode()


def test_the_next_dates_on_a_start_page_move_on_when_the_first_ends(client, kalk):
    start = next_week_at(12)
    event = EventPageFactory(
        parent=section(kalk, EventIndexPage), title="Frühstück im Park", start=start, end=next_week_at(13)
    )
    with at(next_week_at(11)):
        assert event.title in read_twice(client, "/")
    with at(next_week_at(12, 59)):
        assert read(client, "/")["X-Cache"] == "hit"
    with at(next_week_at(13, 1)):
        response = read(client, "/")
    assert response["X-Cache"] == "miss"
    assert event.title not in response.content.decode()


def test_open_now_changes_when_the_entry_opens(client, kalk):
    weekday = next_week_at(10).weekday()
    entry = OrganisationFactory(sozialraum=kalk, slots=[(weekday, datetime.time(11), datetime.time(16))])
    path = f"{path_of(section(kalk, DirectoryPage))}{entry.slug}/"
    with at(next_week_at(10)):
        assert "jetzt geöffnet" not in read_twice(client, path)
    with at(next_week_at(10, 59)):
        assert read(client, path)["X-Cache"] == "hit"
    with at(next_week_at(11, 1)):
        response = read(client, path)
    assert response["X-Cache"] == "miss"
    assert "jetzt geöffnet" in response.content.decode()


def test_every_stored_page_expires_at_midnight(client):
    with at(next_week_at(23, 58)):
        read_twice(client, "/")
    with at(next_week_at(23, 59)):
        assert read(client, "/")["X-Cache"] == "hit"
    with at(next_week_at(23, 59) + datetime.timedelta(minutes=2)):
        assert read(client, "/")["X-Cache"] == "miss"
