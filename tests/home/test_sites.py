"""Every site answers on its own host, in every language, with its own name."""

import re

import pytest
from wagtail.models import Locale, Site

from tests.conftest import LANGUAGE_PREFIXES, TEST_SOZIALRAEUME

pytestmark = pytest.mark.django_db


def title_of(response):
    return re.search(r"<title>(.*?)</title>", response.content.decode(), re.S).group(1)


def test_one_site_per_sozialraum_and_the_landing_site():
    assert Site.objects.count() == 1 + len(TEST_SOZIALRAEUME)
    assert Site.objects.get(is_default_site=True).hostname == "localhost"


def test_every_site_answers_with_its_own_name(client):
    for site in Site.objects.all():
        response = client.get("/", HTTP_HOST=site.hostname)
        assert response.status_code == 200, site.hostname
        assert site.site_name in title_of(response)


def test_every_language_of_every_site_answers(client):
    for site in Site.objects.all():
        for prefix in LANGUAGE_PREFIXES:
            response = client.get(f"{prefix}/", HTTP_HOST=site.hostname)
            assert response.status_code == 200, (site.hostname, prefix)
            # The portal's name is its start page's title, translated (a Sozialraum keeps its name).
            locale = Locale.objects.get(language_code=prefix.strip("/") or "de")
            assert site.root_page.get_translation(locale).title in title_of(response)


@pytest.mark.parametrize(
    ("prefix", "lang", "direction"),
    [("", "de", "ltr"), ("/en", "en", "ltr"), ("/tr", "tr", "ltr"), ("/ar", "ar", "rtl")],
)
def test_html_lang_and_direction(client, prefix, lang, direction):
    for host in ("localhost", "kalk.localhost"):
        html = client.get(f"{prefix}/", HTTP_HOST=host).content.decode()
        assert f'<html lang="{lang}" dir="{direction}" ' in html


def test_unknown_host_gets_the_landing_site(client):
    response = client.get("/", HTTP_HOST="unbekannt.localhost")
    assert response.status_code == 200
    assert "Sozialraumkoordination Köln" in title_of(response)
    assert 'id="veedel"' in response.content.decode()


def test_unknown_page_is_a_friendly_404(client):
    response = client.get("/gibt-es-nicht/", HTTP_HOST="kalk.localhost")
    assert response.status_code == 404
    assert "Diese Seite gibt es nicht" in response.content.decode()


def test_landing_cards_link_every_sozialraum_on_its_own_host(client, sozialraeume):
    html = client.get("/", HTTP_HOST="localhost").content.decode()
    for sozialraum in sozialraeume:
        assert f'href="http://{sozialraum.slug}.localhost/"' in html
        assert sozialraum.stadtbezirk in html
    arabic = client.get("/ar/", HTTP_HOST="localhost").content.decode()
    assert 'href="http://kalk.localhost/ar/"' in arabic


def test_sozialraum_home_links_landing_and_all_other_veedel(client, sozialraeume):
    html = client.get("/", HTTP_HOST="kalk.localhost").content.decode()
    assert 'href="http://localhost/"' in html
    for sozialraum in sozialraeume:
        if sozialraum.slug != "kalk":
            assert f'href="http://{sozialraum.slug}.localhost/"' in html
