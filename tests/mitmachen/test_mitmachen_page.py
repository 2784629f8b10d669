"""The "Mitmachen" page of every site: in the main menu, explains what one can do, links the forms.

setup_sites makes it for the landing site and every Sozialraum, in every language; the forms
themselves carry the normal header with the language switcher.
"""

import re

import pytest
from wagtail.models import Page

from home.models import LandingPage
from home.setup import SiteSetup
from snippets.models import Sozialraum

pytestmark = pytest.mark.django_db

HOSTS = ["localhost", "kalk.localhost", "porz-ost.localhost"]


def main_menu_links(html):
    nav = re.search(r'<nav class="main-nav".*?</nav>', html, re.S).group(0)
    return {label: href for href, label in re.findall(r'<li><a href="([^"]+)">([^<]+)</a></li>', nav)}


@pytest.mark.parametrize("host", HOSTS)
def test_every_site_has_mitmachen_in_its_main_menu_and_the_page_links_the_forms(client, host):
    links = main_menu_links(client.get("/", HTTP_HOST=host).content.decode())
    assert links.get("Mitmachen") == "/mitmachen/"
    response = client.get("/mitmachen/", HTTP_HOST=host)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Für Bewohnerinnen und Bewohner" in html
    assert "Für Einrichtungen, Vereine und Initiativen" in html
    assert 'href="/mitmachen/veranstaltung/"' in html
    assert 'href="/mitmachen/einrichtung/"' in html
    # Errors are reported on the entry itself: the block links the directory and says so.
    assert 'href="/adressen/"' in html and "Fehler melden" in html


@pytest.mark.parametrize(("prefix", "slug"), [("/en", "get-involved"), ("/tr", "katilin"), ("/ar", "sharik")])
@pytest.mark.parametrize("host", ["localhost", "kalk.localhost"])
def test_the_mitmachen_page_is_translated_and_links_the_forms_in_its_language(client, host, prefix, slug):
    html = client.get(f"{prefix}/", HTTP_HOST=host).content.decode()
    assert f'href="{prefix}/{slug}/"' in html
    response = client.get(f"{prefix}/{slug}/", HTTP_HOST=host)
    assert response.status_code == 200
    page = response.context["page"]
    assert page.alias_of_id is None  # a real translation, not the German alias
    html = response.content.decode()
    assert f'href="{prefix}/mitmachen/veranstaltung/"' in html
    assert f'href="{prefix}/mitmachen/einrichtung/"' in html


def test_setup_sites_makes_the_landing_mitmachen_page_once(sozialraum_list):
    before = Page.objects.filter(slug="mitmachen").count()
    assert before == 1 + Sozialraum.objects.exclude(site=None).count()
    assert SiteSetup(list_path=sozialraum_list).run() == []
    assert Page.objects.filter(slug="mitmachen").count() == before


def test_a_missing_mitmachen_page_is_made_again_and_added_to_a_filled_menu(client, sozialraum_list):
    from wagtailmenus.models import MainMenu

    landing = LandingPage.objects.get(locale__language_code="de")
    page = landing.get_children().get(slug="mitmachen")
    MainMenu.objects.get(site__is_default_site=True).menu_items.filter(link_page=page).delete()
    for translation in page.get_translations():
        translation.delete()
    page.delete()
    changes = SiteSetup(list_path=sozialraum_list).run()
    assert any("Mitmachen" in change for change in changes)
    links = main_menu_links(client.get("/", HTTP_HOST="localhost").content.decode())
    assert links.get("Mitmachen") == "/mitmachen/"


@pytest.mark.parametrize(
    ("host", "path", "english"),
    [
        ("kalk.localhost", "/mitmachen/veranstaltung/", "/en/mitmachen/veranstaltung/"),
        ("kalk.localhost", "/mitmachen/einrichtung/?eintrag=x", "/en/mitmachen/einrichtung/?eintrag=x"),
        ("localhost", "/mitmachen/veranstaltung/", "/en/mitmachen/veranstaltung/"),
        ("localhost", "/mitmachen/einrichtung/", "/en/mitmachen/einrichtung/"),
    ],
)
def test_the_forms_have_the_normal_header_with_the_language_switcher(client, host, path, english):
    html = client.get(path, HTTP_HOST=host).content.decode()
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S)
    assert switcher is not None
    assert f'href="{english}"' in switcher.group(0).replace("&amp;", "&")
    assert '<nav class="main-nav"' in html
