"""Accessible, self-contained HTML: landmarks, skip link, labels, no third-party requests.

The start pages are checked with cards on them: a module fixture gives Kalk
and Chorweiler a news item and a project for the portal (both with a
picture and a topic) and an event, once for the module.
"""

import re

import pytest
from django.db import transaction

from snippets.models import Sozialraum, Topic
from tests.conftest import section
from tests.factories import EventPageFactory, ImageFactory, NewsPageFactory, ProjectPageFactory
from tests.markup import start_tags
from veedel.models import EventIndexPage, NewsIndexPage, ProjectIndexPage

pytestmark = pytest.mark.django_db

URLS = [
    ("localhost", "/"),
    ("localhost", "/das-konzept/"),
    ("kalk.localhost", "/"),
    ("kalk.localhost", "/sozialraumkoordination/"),
    ("chorweiler.localhost", "/ar/"),
    ("kalk.localhost", "/leichte-sprache/"),
    ("chorweiler.localhost", "/ar/gebaerdensprache/"),
]


@pytest.fixture(scope="module", autouse=True)
def cards(django_db_setup, django_db_blocker):
    """News, a project and an event in Kalk and Chorweiler, rolled back at the module's end."""
    with django_db_blocker.unblock(), transaction.atomic():
        topic = Topic.objects.order_by("slug").first()
        for sozialraum in Sozialraum.objects.filter(slug__in=["kalk", "chorweiler"]).select_related("site"):
            NewsPageFactory(
                parent=section(sozialraum, NewsIndexPage),
                image=ImageFactory(collection=sozialraum.collection),
                topics=[topic],
                show_on_landing=True,
            )
            ProjectPageFactory(
                parent=section(sozialraum, ProjectIndexPage),
                image=ImageFactory(collection=sozialraum.collection),
                topics=[topic],
                show_on_landing=True,
            )
            EventPageFactory(parent=section(sozialraum, EventIndexPage), topics=[topic])
        yield
        transaction.set_rollback(True)


@pytest.mark.parametrize(("host", "path"), URLS)
def test_landmarks_skip_link_and_headings(client, host, path):
    html = client.get(path, HTTP_HOST=host).content.decode()
    tags = start_tags(html)
    names = [tag for tag, _attrs in tags]
    assert names.count("main") == 1
    assert "header" in names and "footer" in names
    skip = next(attrs for tag, attrs in tags if tag == "a")
    assert skip == {"class": "skip-link", "href": "#main"}
    assert any(tag == "main" and attrs.get("id") == "main" for tag, attrs in tags)
    assert names.count("h1") == 1
    for tag, attrs in tags:
        if tag == "nav":
            assert attrs.get("aria-label"), "every navigation has a name"
        if tag == "img":
            assert "alt" in attrs


@pytest.mark.parametrize(("host", "path"), URLS)
def test_nothing_is_loaded_from_elsewhere(client, host, path):
    html = client.get(path, HTTP_HOST=host).content.decode()
    for tag, attrs in start_tags(html):
        for attribute in ("src", "srcset"):
            if attribute in attrs:
                assert not re.match(r"^(https?:)?//", attrs[attribute]), attrs[attribute]
        if tag == "link" and "href" in attrs:
            if attrs.get("rel") in ("alternate", "canonical"):
                # Not loaded, only named: hreflang and canonical addresses must be absolute, on this site.
                assert attrs["href"].startswith(f"http://{host}/"), attrs["href"]
                continue
            assert not re.match(r"^(https?:)?//", attrs["href"]), attrs["href"]
    assert "@import" not in html


def test_language_switcher_links_the_same_page_in_every_language(client):
    html = client.get("/ueber-den-sozialraum/", HTTP_HOST="kalk.localhost").content.decode()
    for path, name in (
        ("/en/about/", "English"),
        ("/tr/hakkinda/", "Türkçe"),
        ("/ar/an-al-mintaqa/", "العربية"),
    ):
        assert f'href="{path}"' in html
        assert name in html


def test_admin_is_german(client):
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(username="kalk-akteur"))
    html = client.get("/admin/").content.decode()
    assert 'lang="de"' in html
    assert "Seiten" in html
