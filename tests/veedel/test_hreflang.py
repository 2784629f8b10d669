"""hreflang alternates in the head and in the sitemap: every alternate answers 200 and links back.

Alternates are the German page and its real translations; an alias (German text under
/en/, /tr/, /ar/) is canonical to the German page and is no alternate of its own.
"""

import re
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from wagtail.models import Locale

from tests.conftest import section
from tests.factories import NewsPageFactory, StandardPageFactory, translate
from veedel.models import NewsIndexPage

pytestmark = pytest.mark.django_db

ALTERNATE = re.compile(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)">')
CANONICAL = re.compile(r'<link rel="canonical" href="([^"]+)">')
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def locale(code):
    return Locale.objects.get(language_code=code)


def get(client, url):
    parts = urlsplit(url)
    assert parts.scheme == "http" and parts.netloc, f"not absolute: {url}"
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    return client.get(path, HTTP_HOST=parts.netloc)


def head_of(client, url):
    response = get(client, url)
    assert response.status_code == 200, url
    page_html = response.content.decode()
    return page_html[: page_html.index("</head>")]


def alternates(head):
    return dict(ALTERNATE.findall(head))


@pytest.fixture
def translated_news(kalk):
    german = NewsPageFactory(parent=section(kalk, NewsIndexPage), title="Straßenfest in Kalk")
    translate(german, locale("tr"), "Kalk'ta sokak şenliği")
    translate(german, locale("ar"), "مهرجان الشارع في كالك")
    return german


def assert_reciprocal(client, url):
    """Every alternate of `url` answers 200 and names the same set, `url`'s own entry included."""
    links = alternates(head_of(client, url))
    assert "x-default" in links and "de" in links, url
    assert links["x-default"] == links["de"]
    assert url in links.values(), f"{url} is not among its own alternates {links}"
    for code, href in links.items():
        assert alternates(head_of(client, href)) == links, f"{href} ({code}) does not link back"
    return links


def test_a_translated_page_and_its_translations_name_each_other(client, kalk, translated_news):
    url = translated_news.get_full_url()
    assert url.startswith("http://kalk.localhost/")
    links = assert_reciprocal(client, url)
    assert set(links) == {"de", "tr", "ar", "x-default"}
    assert links["tr"].startswith("http://kalk.localhost/tr/")


@pytest.mark.parametrize(
    ("host", "path"),
    [
        ("kalk.localhost", "/"),
        ("kalk.localhost", "/aktuelles/"),
        ("kalk.localhost", "/veranstaltungen/"),
        ("kalk.localhost", "/adressen/"),
        ("localhost", "/"),
        ("localhost", "/aus-den-veedeln/"),
        ("localhost", "/veranstaltungen/"),
    ],
)
def test_every_page_has_reciprocal_alternates(client, host, path):
    links = assert_reciprocal(client, f"http://{host}{path}")
    assert links["de"] == f"http://{host}{path}"


def test_an_alias_is_canonical_to_the_german_page(client, kalk):
    StandardPageFactory(parent=kalk.site.root_page, title="Spielplätze", slug="spielplaetze")
    head = head_of(client, "http://kalk.localhost/tr/spielplaetze/")
    assert CANONICAL.findall(head) == ["http://kalk.localhost/spielplaetze/"]
    links = alternates(head)
    assert links == {
        "de": "http://kalk.localhost/spielplaetze/",
        "x-default": "http://kalk.localhost/spielplaetze/",
    }
    assert "tr" not in links


def sitemap(client, host):
    response = client.get("/sitemap.xml", HTTP_HOST=host)
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314 (our own response)
    return {
        url.find("s:loc", NS).text: {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
        }
        for url in root.findall("s:url", NS)
    }


@pytest.mark.parametrize("host", ["kalk.localhost", "localhost"])
def test_the_sitemap_lists_every_version_with_reciprocal_alternates(client, host, translated_news):
    entries = sitemap(client, host)
    assert f"http://{host}/" in entries
    for url, links in entries.items():
        assert urlsplit(url).netloc == host, url
        assert links.get("x-default") == links.get("de"), url
        assert url in links.values(), url
        for href in links.values():
            # Every alternate is listed itself, with the same alternates.
            assert entries.get(href) == links, f"{href} of {url}"
    for url, links in entries.items():
        # Each listed page answers and names the same alternates in its head.
        assert alternates(head_of(client, url)) == links, url


def test_the_sitemap_has_translations_but_no_aliases(client, kalk, translated_news):
    StandardPageFactory(parent=kalk.site.root_page, title="Spielplätze", slug="spielplaetze")
    entries = sitemap(client, "kalk.localhost")
    german = translated_news.get_full_url()
    assert set(entries[german]) == {"de", "tr", "ar", "x-default"}
    assert entries[german]["tr"] in entries
    assert "http://kalk.localhost/spielplaetze/" in entries
    assert not [url for url in entries if "/tr/spielplaetze/" in url or "/en/spielplaetze/" in url]
    # The news item is an alias in English: not listed, and no alternate points to it.
    english_alias = translated_news.get_translation(locale("en")).get_full_url()
    assert english_alias not in entries
    assert not [url for url in entries if english_alias in entries[url].values()]


def test_the_sitemap_costs_the_same_however_many_pages(client, kalk, django_assert_max_num_queries):
    client.get("/sitemap.xml", HTTP_HOST="kalk.localhost")
    for number in range(10):
        german = StandardPageFactory(parent=kalk.site.root_page, title=f"Seite {number}")
        translate(german, locale("en"), f"Page {number}")
    with django_assert_max_num_queries(8):
        assert client.get("/sitemap.xml", HTTP_HOST="kalk.localhost").status_code == 200
