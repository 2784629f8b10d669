"""A reader's walk through every site in Turkish and Arabic.

Every live page of every site in that language is fetched on its own host. A page is either
written in the reader's language (its heading differs from the German one and carries no
lang="de") or it is German with the one-line notice at the top and its text marked lang="de".
The main and footer menus lead only to pages of the reader's language, and the section and
standard pages that setup_sites makes are among the translated ones.
"""

import re
from urllib.parse import urlsplit

import pytest
from wagtail.models import Locale, Page, Site

from home.setup.pages import skeleton
from tests.markup import UNTRANSLATED_NOTICE, assert_reads_in_language, heading

pytestmark = pytest.mark.django_db

LANGUAGES = ["tr", "ar"]
# The German titles of what setup_sites makes: these are translated on every site.
SETUP_TITLES = {
    spec["title"]
    for kind in ("sozialraum", "landing")
    for part in ("sections", "pages")
    for spec in skeleton()[kind][part]
}


def menu_links(html, classname):
    """(href, text) of a menu's own items; the main menu's "Alle Veedel" list is names, not items."""
    match = re.search(rf'<nav class="{classname}"[^>]*>(.*?)</nav>', html, re.S)
    assert match, classname
    items = match[1].split('class="main-nav__all"', 1)[0]
    return [
        (href, re.sub(r"<[^>]+>", "", text).strip())
        for href, text in re.findall(r'<a href="([^"]+)"[^>]*>(.*?)</a>', items, re.S)
    ]


def site_pages(site, locale):
    """The live pages of `site` in `locale`, the German page of each by translation key."""
    root = site.root_page.get_translation(locale)
    pages = list(Page.objects.live().descendant_of(root, inclusive=True).specific())
    german = Page.objects.filter(
        translation_key__in=[page.translation_key for page in pages], locale__language_code="de"
    )
    return pages, {page.translation_key: page for page in german}


def root_of(site, locale):
    return site.root_page.get_translation(locale).pk


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_of_every_site_reads_in_the_language_or_says_it_is_german(client, language):
    locale = Locale.objects.get(language_code=language)
    translated_paths = set()
    for site in Site.objects.all():
        pages, german = site_pages(site, locale)
        assert len(pages) > 5, site.hostname
        for page in pages:
            path = page.get_url_parts()[2]
            response = client.get(path, HTTP_HOST=site.hostname)
            assert response.status_code == 200, (site.hostname, path)
            html = response.content.decode()
            # A start page keeps its name (Kalk) in every language.
            german_title = None if page.pk == root_of(site, locale) else german[page.translation_key].title
            assert_reads_in_language(html, is_alias=page.alias_of_id is not None, german_title=german_title)
            if page.alias_of_id is None:
                translated_paths.add((site.hostname, path))
    # The start page, sections and standard pages of setup_sites are translated on every site.
    sozialraum_sites = Site.objects.filter(is_default_site=False).count()
    expected = sum(
        sites * (1 + len(skeleton()[kind]["sections"]) + len(skeleton()[kind]["pages"]))
        for kind, sites in (("sozialraum", sozialraum_sites), ("landing", 1))
    )
    assert len(translated_paths) >= expected


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_menus_of_every_site_lead_to_pages_in_the_language(client, language):
    for site in Site.objects.all():
        html = client.get(f"/{language}/", HTTP_HOST=site.hostname).content.decode()
        german_html = client.get("/", HTTP_HOST=site.hostname).content.decode()
        for classname in ("main-nav", "footer-nav"):
            links = menu_links(html, classname)
            german_texts = {text for _href, text in menu_links(german_html, classname)}
            assert links, (site.hostname, classname)
            for href, text in links:
                url = urlsplit(href)
                assert url.path.startswith(f"/{language}/"), (site.hostname, href)
                response = client.get(url.path, HTTP_HOST=url.hostname or site.hostname)
                assert response.status_code == 200, (site.hostname, href)
                page_html = response.content.decode()
                if text in german_texts:
                    # Only a page someone added (the demo's skeleton) may still be German, with the notice.
                    assert text not in SETUP_TITLES, (site.hostname, classname, text)
                    assert UNTRANSLATED_NOTICE in page_html, (site.hostname, href)
                else:
                    assert UNTRANSLATED_NOTICE not in page_html, (site.hostname, href)
                    assert 'lang="de"' not in heading(page_html, raw=True), (site.hostname, href)
