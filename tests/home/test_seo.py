"""What search engines and link previews read: robots.txt, sitemap index, description, canonical, OG tags."""

import json
import re

import pytest

from snippets.models import Sozialraum
from tests.conftest import host_of, section
from tests.factories import ImageFactory, NewsPageFactory, StandardPageFactory
from veedel.models import NewsIndexPage

pytestmark = pytest.mark.django_db

META = re.compile(r'<meta (?:name|property)="([^"]+)" content="([^"]*)">')


def head(client, path, host):
    response = client.get(path, HTTP_HOST=host)
    assert response.status_code == 200
    html = response.content.decode()
    return html.split("</head>", 1)[0]


def meta(html):
    return dict(META.findall(html))


def path_of(page):
    return page.get_url_parts()[2]


def test_robots_txt_names_the_sitemap_of_its_own_host(client, kalk):
    kalk_robots = client.get("/robots.txt", HTTP_HOST=host_of(kalk))
    landing_robots = client.get("/robots.txt", HTTP_HOST="localhost").content.decode()

    assert kalk_robots["Content-Type"] == "text/plain; charset=utf-8"
    text = kalk_robots.content.decode()
    assert "Disallow: /admin/" in text
    assert f"Sitemap: http://{host_of(kalk)}/sitemap.xml" in text
    assert "sitemap-index.xml" not in text
    assert "Sitemap: http://localhost/sitemap-index.xml" in landing_robots


def test_the_sitemap_index_lists_every_site_that_answers(client, kalk, porz_ost):
    Sozialraum.objects.filter(pk=porz_ost.pk).update(retired=True)

    response = client.get("/sitemap-index.xml", HTTP_HOST="localhost")

    assert response.status_code == 200
    locations = re.findall(r"<loc>([^<]+)</loc>", response.content.decode())
    assert "http://localhost/sitemap.xml" in locations
    assert f"http://{host_of(kalk)}/sitemap.xml" in locations
    assert f"http://{host_of(porz_ost)}/sitemap.xml" not in locations
    for location in locations:
        host, path = location.removeprefix("http://").split("/", 1)
        assert client.get(f"/{path}", HTTP_HOST=host).status_code == 200, location
    assert client.get("/sitemap-index.xml", HTTP_HOST=host_of(kalk)).status_code == 404


def test_the_description_falls_back_to_teaser_and_first_sentence(client, kalk):
    news = NewsPageFactory(parent=section(kalk, NewsIndexPage), teaser="Der Kurztext zur Meldung.")
    background = StandardPageFactory(parent=kalk.site.root_page, intro="")
    background.body = [
        ("paragraph", "<p>Erster Satz über das Veedel. Zweiter Satz, der nicht mehr dazugehört.</p>"),
    ]
    background.save_revision().publish()
    described = StandardPageFactory(parent=kalk.site.root_page, search_description="Für Suchmaschinen.")

    assert meta(head(client, path_of(news), host_of(kalk)))["description"] == "Der Kurztext zur Meldung."
    assert (
        meta(head(client, path_of(background), host_of(kalk)))["description"]
        == "Erster Satz über das Veedel."
    )
    assert meta(head(client, path_of(described), host_of(kalk)))["description"] == "Für Suchmaschinen."


def test_every_page_names_its_canonical_address_without_filters(client, kalk):
    news_list = path_of(section(kalk, NewsIndexPage))

    html = head(client, f"{news_list}?seite=2&thema=bildung", host_of(kalk))

    assert f'<link rel="canonical" href="http://{host_of(kalk)}{news_list}">' in html


def test_link_previews_show_the_picture_with_its_credit(client, kalk):
    image = ImageFactory(
        description="Kinder malen ein Wandbild",
        credit="Stadtteilbüro Kalk",
        file__width=1600,
        file__height=900,
    )
    news = NewsPageFactory(parent=section(kalk, NewsIndexPage), title="Wandbild fertig", image=image)
    plain = NewsPageFactory(parent=section(kalk, NewsIndexPage), title="Ohne Bild")

    tags = meta(head(client, path_of(news), host_of(kalk)))
    plain_tags = meta(head(client, path_of(plain), host_of(kalk)))

    assert tags["og:type"] == "article"
    assert tags["og:title"] == "Wandbild fertig"
    assert tags["og:image"].startswith(f"http://{host_of(kalk)}/media/images/")
    assert tags["og:image:width"] == "1200"
    assert tags["og:image:alt"] == "Kinder malen ein Wandbild – © Stadtteilbüro Kalk"
    assert tags["twitter:card"] == "summary_large_image"
    assert plain_tags["twitter:card"] == "summary"
    assert "og:image" not in plain_tags


def test_a_news_item_is_a_news_article(client, kalk):
    image = ImageFactory(credit="Stadtteilbüro Kalk")
    news = NewsPageFactory(
        parent=section(kalk, NewsIndexPage),
        title="Neuer Treff",
        teaser="Ab Montag offen.",
        image=image,
        author="Bürgerverein",
    )

    html = head(client, path_of(news), host_of(kalk))
    data = json.loads(re.search(r'<script type="application/ld\+json">(.+?)</script>', html, re.S).group(1))

    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Neuer Treff"
    assert data["description"] == "Ab Montag offen."
    assert data["datePublished"] == news.date.isoformat()
    assert data["author"] == {"@type": "Organization", "name": "Bürgerverein"}
    assert data["publisher"]["name"] == f"Sozialraumkoordination {kalk.site.site_name}"
    assert data["image"].startswith(f"http://{host_of(kalk)}/media/")
    assert data["mainEntityOfPage"] == f"http://{host_of(kalk)}{path_of(news)}"


@pytest.mark.parametrize("host", ["localhost", "kalk.localhost"])
def test_start_pages_describe_the_website_and_who_runs_it(client, host):
    html = head(client, "/", host)
    blocks = [
        json.loads(block)
        for block in re.findall(r'<script type="application/ld\+json">(.+?)</script>', html, re.S)
    ]
    (graph,) = [block["@graph"] for block in blocks if "@graph" in block]
    website, organisation = graph
    assert website["@type"] == "WebSite"
    assert website["url"] == f"http://{host}/"
    assert website["inLanguage"] == "de"
    assert organisation["@type"] == "Organization"
    if host == "localhost":
        assert organisation["name"] == website["name"]
        assert "areaServed" not in organisation
    else:
        assert organisation["name"] == "Sozialraumkoordination Humboldt/Gremberg, Kalk"
        assert organisation["areaServed"]["name"] == "Humboldt/Gremberg, Kalk, Köln"
