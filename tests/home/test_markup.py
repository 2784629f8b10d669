"""Accessible, self-contained HTML: landmarks, skip link, labels, no third-party requests."""

import re
from html.parser import HTMLParser

import pytest

pytestmark = pytest.mark.django_db

URLS = [
    ("localhost", "/"),
    ("localhost", "/das-konzept/"),
    ("kalk.localhost", "/"),
    ("kalk.localhost", "/sozialraumkoordination/"),
    ("chorweiler.localhost", "/ar/"),
]


class Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def parse(html):
    collector = Collector()
    collector.feed(html)
    return collector.tags


@pytest.mark.parametrize(("host", "path"), URLS)
def test_landmarks_skip_link_and_headings(client, host, path):
    html = client.get(path, HTTP_HOST=host).content.decode()
    tags = parse(html)
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
    for tag, attrs in parse(html):
        for attribute in ("src", "srcset"):
            if attribute in attrs:
                assert not re.match(r"^(https?:)?//", attrs[attribute]), attrs[attribute]
        if tag == "link" and "href" in attrs:
            assert not re.match(r"^(https?:)?//", attrs["href"]), attrs["href"]
    assert "@import" not in html


def test_language_switcher_links_the_same_page_in_every_language(client):
    html = client.get("/ueber-den-sozialraum/", HTTP_HOST="kalk.localhost").content.decode()
    for prefix, name in (("/en", "English"), ("/tr", "Türkçe"), ("/ar", "العربية")):
        assert f'href="{prefix}/ueber-den-sozialraum/"' in html
        assert name in html


def test_admin_is_german(client):
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(username="kalk-akteur"))
    html = client.get("/admin/").content.decode()
    assert 'lang="de"' in html
    assert "Seiten" in html
