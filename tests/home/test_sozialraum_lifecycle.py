"""A Sozialraum's life in the list: added, renamed, split, retired, repaired; one `setup_sites` each.

Each test changes the test portal's list (tests/conftest.py) the way an operator would, runs the
command once and then GETs every section page of the affected sites on their own hosts, and follows
the footer's Impressum, Datenschutz and Barrierefreiheit links to the landing site.
"""

import io
import json
import re

import pytest
from django.core.management import call_command
from wagtail.models import GroupPagePermission, Locale, Page, Site, WorkflowPage
from wagtailmenus.models import FlatMenuItem, MainMenuItem

from home.models import CityNewsIndexPage
from home.setup import read_sozialraum_list
from snippets.models import Sozialraum
from tests.conftest import section
from tests.factories import NewsPageFactory
from veedel.models import (
    DirectoryPage,
    EventIndexPage,
    NewsIndexPage,
    ProjectIndexPage,
    VeedelHomePage,
)

pytestmark = pytest.mark.django_db

SECTION_PATHS = ["/aktuelles/", "/veranstaltungen/", "/adressen/", "/gute-beispiele/"]
FORM_PATHS = ["/mitmachen/veranstaltung/", "/mitmachen/einrichtung/"]
CITY_PATHS = ["/aus-den-veedeln/", "/veranstaltungen/", "/adressen/", "/gute-beispiele/"]
LEGAL_SLUGS = ["impressum", "datenschutz", "barrierefreiheit"]
PLACEHOLDER = "Platzhalter – bitte ersetzen"
FOOTER = re.compile(r'<nav class="footer-nav".*?</nav>', re.S)
HREF = re.compile(r'href="([^"]*)"')


def run_with(tmp_path, sozialraum_list, change):
    """Run setup_sites once on the test portal's list after `change(entries)` edited it in place."""
    entries, landing = read_sozialraum_list(sozialraum_list)
    data = [entry.__dict__.copy() for entry in entries]
    change(data)
    path = tmp_path / "liste.json"
    path.write_text(json.dumps({"landing": landing, "sozialraeume": data}, ensure_ascii=False), "utf-8")
    out = io.StringIO()
    call_command("setup_sites", "--list", str(path), stdout=out)
    return out.getvalue()


def entry_of(data, slug):
    return next(entry for entry in data if entry["slug"] == slug)


def path_in(host, prefix, path):
    """The path of the section at German `path` in the language of `prefix` (its translated slug)."""
    if not prefix or path == "/":
        return prefix + path
    root = Site.objects.get(hostname=host).root_page
    page = Page.objects.child_of(root).get(slug=path.strip("/"))
    return page.get_translation(Locale.objects.get(language_code=prefix.strip("/"))).get_url_parts()[2]


def assert_site_works(client, host, prefixes=("",)):
    for prefix in prefixes:
        for path in ["/", *SECTION_PATHS, *(FORM_PATHS if not prefix else ())]:
            path = path_in(host, prefix, path)
            response = client.get(path, HTTP_HOST=host)
            assert response.status_code == 200, (host, path, response.status_code)
    assert_legal_footer(client, host)


def assert_legal_footer(client, host):
    html = client.get("/", HTTP_HOST=host).content.decode()
    footer = FOOTER.search(html)
    assert footer, host
    links = HREF.findall(footer.group(0))
    landing = "" if host == "localhost" else "http://localhost"  # the landing site's pages, from every site
    for slug in LEGAL_SLUGS:
        path = f"/{slug}/"
        assert landing + path in links, (host, slug, links)
        response = client.get(path, HTTP_HOST="localhost")
        assert response.status_code == 200, (host, path)


def test_setup_builds_the_landing_skeleton_without_the_demo(tmp_path, client, sozialraum_list):
    """Without the landing site's pages in every language (as before this change), setup_sites makes them."""
    landing = Site.objects.get(is_default_site=True).root_page
    for child in landing.get_children():
        for translation in child.get_translations():
            translation.delete()
        child.delete()
    MainMenuItem.objects.all().delete()
    FlatMenuItem.objects.all().delete()
    run_with(tmp_path, sozialraum_list, lambda data: None)
    for path in ["/", *CITY_PATHS]:
        for prefix in ("", "/ar"):
            path = path_in("localhost", prefix, path)
            assert client.get(path, HTTP_HOST="localhost").status_code == 200, path
    for slug in LEGAL_SLUGS:
        response = client.get(f"/{slug}/", HTTP_HOST="localhost")
        assert PLACEHOLDER in response.content.decode()
    assert_legal_footer(client, "localhost")
    assert_legal_footer(client, "kalk.localhost")


def test_a_new_sozialraum_gets_every_section_in_every_language(tmp_path, client, sozialraum_list):
    new = {"slug": "ehrenfeld", "name": "Ehrenfeld-Nord", "stadtbezirk": "Ehrenfeld", "colour": "#2b4c9a"}
    run_with(tmp_path, sozialraum_list, lambda data: data.append(new))
    assert_site_works(client, "ehrenfeld.localhost", prefixes=("", "/en", "/tr", "/ar"))
    sozialraum = Sozialraum.objects.get(slug="ehrenfeld")
    assert sozialraum.actors_group.name == "Akteure Ehrenfeld-Nord"
    assert sozialraum.coordinators_group.name == "Koordination Ehrenfeld-Nord"
    home = sozialraum.site.root_page
    for root in [home, *home.get_translations()]:
        assert WorkflowPage.objects.get(page=root).workflow == sozialraum.workflow
        assert GroupPagePermission.objects.filter(page=root, group=sozialraum.coordinators_group).count() == 5
        assert GroupPagePermission.objects.filter(page=root, group=sozialraum.actors_group).count() == 1
    assert list(sozialraum.workflow.tasks.get().specific.groups.all()) == [sozialraum.coordinators_group]
    for model in (NewsIndexPage, EventIndexPage, DirectoryPage, ProjectIndexPage):
        assert model.objects.descendant_of(home).get().title, model
        assert model.objects.filter(translation_key=section_key(home, model)).count() == 4, model
    assert "ehrenfeld.localhost" in client.get("/", HTTP_HOST="localhost").content.decode()
    main_menu = client.get("/", HTTP_HOST="ehrenfeld.localhost").content.decode()
    assert 'href="/aktuelles/"' in main_menu and 'href="/veranstaltungen/"' in main_menu


def section_key(home, model):
    return model.objects.child_of(home).get().translation_key


def test_setup_keeps_what_editors_changed_and_adds_what_is_missing(tmp_path, kalk, sozialraum_list):
    news = section(kalk, NewsIndexPage)
    news.title = "Neues aus Kalk"
    news.save_revision().publish()
    section(kalk, ProjectIndexPage).delete()
    run_with(tmp_path, sozialraum_list, lambda data: None)
    assert section(kalk, NewsIndexPage).title == "Neues aus Kalk"
    assert NewsIndexPage.objects.child_of(kalk.site.root_page).count() == 1
    assert section(kalk, ProjectIndexPage).slug == "gute-beispiele"
    assert "Keine Änderungen" in run_with(tmp_path, sozialraum_list, lambda data: None)


def test_a_new_slug_moves_the_site_and_the_old_host_redirects(tmp_path, client, kalk, sozialraum_list):
    home_pk, news_pk = kalk.site.root_page_id, section(kalk, NewsIndexPage).pk

    def rename(data):
        entry = entry_of(data, "kalk")
        entry["slug"], entry["former_slugs"] = "kalk-humboldt", ["kalk"]

    run_with(tmp_path, sozialraum_list, rename)
    kalk.refresh_from_db()
    assert (kalk.slug, kalk.site.hostname, kalk.site.root_page_id) == (
        "kalk-humboldt",
        "kalk-humboldt.localhost",
        home_pk,
    )
    assert section(kalk, NewsIndexPage).pk == news_pk
    assert_site_works(client, "kalk-humboldt.localhost")
    for path in ["/", "/aktuelles/?seite=2", "/en/events/", "/mitmachen/veranstaltung/"]:
        response = client.get(path, HTTP_HOST="kalk.localhost")
        assert response.status_code == 301, path
        assert response["Location"] == f"http://kalk-humboldt.localhost{path}"
    assert "kalk.localhost" not in client.get("/", HTTP_HOST="localhost").content.decode()


def test_a_split_keeps_the_old_content_and_adds_a_working_site(tmp_path, client, porz_ost, sozialraum_list):
    children = set(porz_ost.site.root_page.get_children().values_list("pk", flat=True))
    new = {"slug": "eil", "name": "Eil, Gremberghoven", "stadtbezirk": "Porz", "colour": "#2b4c9a"}

    def split(data):
        entry_of(data, "porz-ost")["name"] = "Porz-Ost, Finkenberg"
        data.append(new)

    run_with(tmp_path, sozialraum_list, split)
    porz_ost.refresh_from_db()
    assert porz_ost.name == "Porz-Ost, Finkenberg"
    assert set(porz_ost.site.root_page.get_children().values_list("pk", flat=True)) == children
    assert_site_works(client, "porz-ost.localhost")
    assert_site_works(client, "eil.localhost")


def test_a_retired_sozialraum_answers_with_a_notice_and_keeps_its_content(tmp_path, client, sozialraum_list):
    chorweiler = Sozialraum.objects.get(slug="chorweiler")
    news = NewsPageFactory(
        parent=section(chorweiler, NewsIndexPage), title="Sommerfest", show_on_landing=True
    )
    pages_before = Page.objects.descendant_of(chorweiler.site.root_page).count()

    def retire(data):
        entry_of(data, "chorweiler")["retired"] = True

    run_with(tmp_path, sozialraum_list, retire)
    for path in ["/", *SECTION_PATHS, *FORM_PATHS, "/en/news/", news.url_path.split("/", 2)[2]]:
        path = path if path.startswith("/") else "/" + path
        response = client.get(path, HTTP_HOST="chorweiler.localhost")
        assert response.status_code == 410, path
        html = response.content.decode()
        assert "nicht mehr" in html and 'href="http://localhost/"' in html, path
    assert Page.objects.descendant_of(chorweiler.site.root_page).count() == pages_before
    assert VeedelHomePage.objects.filter(pk=chorweiler.site.root_page_id).exists()
    landing = client.get("/", HTTP_HOST="localhost").content.decode()
    assert "chorweiler.localhost" not in landing
    assert "Sommerfest" not in client.get("/aus-den-veedeln/", HTTP_HOST="localhost").content.decode()
    assert CityNewsIndexPage.objects.exists()
    assert "chorweiler.localhost" not in client.get("/", HTTP_HOST="kalk.localhost").content.decode()
    assert_site_works(client, "kalk.localhost", prefixes=("",))


def test_a_site_deleted_in_the_admin_is_repaired(tmp_path, client, kalk, sozialraum_list):
    home_pk = kalk.site.root_page_id
    kalk.site.delete()
    run_with(tmp_path, sozialraum_list, lambda data: None)
    kalk.refresh_from_db()
    assert kalk.site.hostname == "kalk.localhost"
    assert kalk.site.root_page_id == home_pk
    assert_site_works(client, "kalk.localhost")


def test_a_home_page_deleted_in_the_admin_is_rebuilt(tmp_path, client, porz_ost, sozialraum_list):
    porz_ost.site.root_page.delete()
    run_with(tmp_path, sozialraum_list, lambda data: None)
    porz_ost.refresh_from_db()
    assert porz_ost.site.hostname == "porz-ost.localhost"
    assert_site_works(client, "porz-ost.localhost")
    bad = Page.find_problems()
    assert bad == ([], [], [], [], [])
