"""setup_sites' translated defaults: what a reader in en, tr and ar sees on a new portal.

The test portal (tests/conftest.py) is built through setup_sites, so its standard pages are
the translations setup_sites made: real wagtail-localize translations with their own slugs,
menus in the reader's language, the old alias addresses redirecting.
"""

import re

import pytest
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

from home.setup import SiteSetup
from tests.markup import start_tags
from veedel.models import NewsIndexPage, StandardPage

pytestmark = pytest.mark.django_db

KALK = "kalk.localhost"
PORTAL = "localhost"

# The menus, section titles and standard pages of a Sozialraum site, per language.
SOZIALRAUM_MENU = {
    "en": ["News", "Events", "Addresses", "Good examples", "About the neighbourhood",
           "Neighbourhood coordination", "Get involved"],
    "tr": ["Haberler", "Etkinlikler", "Adresler", "İyi örnekler", "Sosyal alan hakkında",
           "Sosyal alan koordinasyonu", "Katılın"],
    "ar": ["الأخبار", "الفعاليات", "العناوين", "أمثلة جيدة", "عن المنطقة", "تنسيق المنطقة", "شارِك"],
}  # fmt: skip
GERMAN_MENU = [
    "Aktuelles", "Veranstaltungen", "Adressen", "Gute Beispiele", "Über den Sozialraum",
    "Sozialraumkoordination", "Mitmachen",
]  # fmt: skip
FOOTER = {
    "en": ["Legal notice", "Privacy", "Accessibility statement"],
    "tr": ["Künye", "Veri koruma", "Erişilebilirlik beyanı"],
    "ar": ["بيانات الناشر", "حماية البيانات", "بيان إمكانية الوصول"],
}
PORTAL_MENU = {
    "en": ["News from the neighbourhoods", "Events in all neighbourhoods", "Addresses in all neighbourhoods"],
    "tr": ["Mahallelerden haberler", "Tüm mahallelerdeki etkinlikler", "Tüm mahallelerdeki adresler"],
    "ar": ["أخبار من الأحياء", "الفعاليات في جميع الأحياء", "العناوين في جميع الأحياء"],
}
PORTAL_TITLE = {
    "en": "Neighbourhood Coordination Cologne",
    "tr": "Köln Sosyal Alan Koordinasyonu",
    "ar": "تنسيق المناطق الاجتماعية في كولونيا",
}
# German slug -> translated path of a standard page on Kalk's site.
ABOUT = {"en": "/en/about/", "tr": "/tr/hakkinda/", "ar": "/ar/an-al-mintaqa/"}
MITMACHEN = {"en": "/en/get-involved/", "tr": "/tr/katilin/", "ar": "/ar/sharik/"}
NEWS = {"en": "/en/news/", "tr": "/tr/haberler/", "ar": "/ar/al-akhbar/"}
TAGLINE = {
    "en": "News, events and addresses from Humboldt/Gremberg, Kalk.",
    "tr": "Humboldt/Gremberg, Kalk bölgesinden haberler, etkinlikler ve adresler.",
    "ar": "أخبار وفعاليات وعناوين من Humboldt/Gremberg, Kalk.",
}
LANGUAGES = ["en", "tr", "ar"]


def html_of(client, path, host):
    response = client.get(path, HTTP_HOST=host)
    assert response.status_code == 200, path
    return response.content.decode()


def nav_texts(html, classname="main-nav"):
    """The link texts of the <nav> of `classname` (the main menu, the footer menu)."""
    match = re.search(rf'<nav class="{classname}"[^>]*>(.*?)</nav>', html, re.S)
    assert match, classname
    return [
        re.sub(r"<[^>]+>", "", text).strip() for text in re.findall(r"<a [^>]*>(.*?)</a>", match[1], re.S)
    ]


def html_lang(html):
    return next(attrs for tag, attrs in start_tags(html) if tag == "html")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_menus_of_a_sozialraum_are_in_the_readers_language(client, language):
    html = html_of(client, f"/{language}/", KALK)

    main_menu = nav_texts(html)
    assert main_menu[: len(GERMAN_MENU)] == SOZIALRAUM_MENU[language]
    assert not set(GERMAN_MENU) & set(main_menu)
    assert nav_texts(html, "footer-nav")[:3] == FOOTER[language]
    assert html_lang(html)["lang"] == language
    assert html_lang(html)["dir"] == ("rtl" if language == "ar" else "ltr")
    assert TAGLINE[language] in html


def test_german_menus_stay_german(client):
    html = html_of(client, "/", KALK)
    assert nav_texts(html)[: len(GERMAN_MENU)] == GERMAN_MENU
    assert html_lang(html)["lang"] == "de"
    assert "Neuigkeiten, Termine und Adressen aus Humboldt/Gremberg, Kalk." in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_portal_is_in_the_readers_language(client, language):
    html = html_of(client, f"/{language}/", PORTAL)

    assert set(PORTAL_MENU[language]) <= set(nav_texts(html))
    assert PORTAL_TITLE[language] in html
    # The cards of all Veedel show each one's description in this language.
    assert TAGLINE[language] in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_standard_and_section_pages_answer_at_their_translated_slug(client, language):
    for path in (ABOUT[language], MITMACHEN[language], NEWS[language]):
        html = html_of(client, path, KALK)
        h1 = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)[1].strip()
        assert h1 in SOZIALRAUM_MENU[language], path
        # The page's own text is in this language: no lang="de" around it.
        assert 'lang="de"' not in html.split("<main", 1)[1].split("</main>", 1)[0], path


def test_the_mitmachen_page_links_the_pages_in_the_readers_language(client):
    html = html_of(client, MITMACHEN["tr"], KALK)
    main = html.split("<main", 1)[1]
    # The forms (the block "Formulare zum Mitmachen"), the directory for errors, the coordination.
    assert 'href="/tr/mitmachen/veranstaltung/"' in main and 'href="/tr/mitmachen/einrichtung/"' in main
    assert 'href="/tr/adresler/"' in main
    assert 'href="/tr/koordinasyon/"' in main
    assert "Mahalle sakinleri için" in main

    german = html_of(client, "/mitmachen/", KALK).split("<main", 1)[1]
    assert 'href="/mitmachen/veranstaltung/"' in german and "Veranstaltung vorschlagen" in german


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_old_alias_address_redirects_to_the_translated_slug(client, language):
    for german, translated in (("ueber-den-sozialraum", ABOUT), ("aktuelles", NEWS)):
        response = client.get(f"/{language}/{german}/", HTTP_HOST=KALK)
        assert response.status_code in (301, 302)
        assert response["Location"].endswith(f"{KALK}{translated[language]}")
    response = client.get(f"/{language}/impressum/", HTTP_HOST=PORTAL)
    assert response.status_code in (301, 302)


def test_the_pages_are_real_translations(kalk):
    home = kalk.site.root_page
    german = home.get_children().filter(
        slug__in=["ueber-den-sozialraum", "sozialraumkoordination", "mitmachen"]
    )
    assert german.count() == 3
    for page in [home, *german, *Page.objects.child_of(home).type(NewsIndexPage)]:
        assert TranslationSource.objects.filter(object_id=page.translation_key).exists(), page
        for language in LANGUAGES:
            translation = page.get_translation(Locale.objects.get(language_code=language))
            assert translation.alias_of_id is None and translation.live, (page, language)
    assert Redirect.objects.filter(old_path="/tr/ueber-den-sozialraum").exists()


def test_a_second_run_keeps_an_editors_translation(sozialraum_list, kalk):
    news = NewsIndexPage.objects.child_of(kalk.site.root_page).get()
    turkish = news.get_translation(Locale.objects.get(language_code="tr")).specific
    turkish.title = "Güncel haberler"
    turkish.save_revision().publish()

    assert SiteSetup(list_path=sozialraum_list).run() == []

    turkish.refresh_from_db()
    assert turkish.title == "Güncel haberler" and turkish.alias_of_id is None


def test_a_german_text_of_an_editor_is_not_paired_with_the_default(sozialraum_list, kalk):
    """A page whose German an editor rewrote stays an alias until someone translates it."""
    mitmachen = StandardPage.objects.child_of(kalk.site.root_page).get(slug="mitmachen")
    mitmachen.intro = "So machen Sie in Kalk mit."
    mitmachen.save_revision().publish()
    arabic = Locale.objects.get(language_code="ar")
    mitmachen.get_translation(arabic).delete()

    changes = SiteSetup(list_path=sozialraum_list).run()

    assert changes == ["1 Seiten in Sprache ar angelegt"]
    assert mitmachen.get_translation(arabic).alias_of_id == mitmachen.pk


def test_a_new_sozialraum_gets_its_pages_translated(tmp_path, sozialraum_list, client):
    from tests.home.test_setup_sites import NEW_ENTRY, write_list

    changes = SiteSetup(list_path=write_list(tmp_path, sozialraum_list, extra=[NEW_ENTRY])).run()

    assert "„Mitmachen“ übersetzt: en, tr, ar" in changes
    html = html_of(client, "/tr/", "ehrenfeld.localhost")
    assert nav_texts(html)[: len(GERMAN_MENU)] == SOZIALRAUM_MENU["tr"]
    assert "Ehrenfeld-Nord bölgesinden haberler" in html
