"""What a reader of /en/, /tr/ and /ar/ sees: a notice on German pages, one on outdated
translations, German items in lists marked, and a language switcher that keeps the place.

Translations are real wagtail-localize translations (`tests.factories.translate`); the
untranslated pages are the aliases wagtail-localize keeps in every language.
"""

import datetime
import re

import pytest
from django.utils import timezone, translation
from django.utils.formats import date_format
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from tests.conftest import host_of, section
from tests.factories import NewsPageFactory, OrganisationFactory, StandardPageFactory, translate
from veedel.models import DirectoryPage, EventIndexPage, NewsIndexPage

pytestmark = pytest.mark.django_db

UNTRANSLATED = {
    "en": "This page is not available in English yet. The German version follows.",
    "tr": "Bu sayfa henüz Türkçe olarak mevcut değil. Almanca hâli aşağıda.",
    "ar": "هذه الصفحة غير متوفرة بالعربية بعد. النسخة الألمانية أدناه.",
}
OUTDATED = {
    "en": "The German version was changed on {date}.",
    "tr": "Almanca hâli {date} tarihinde değiştirildi.",
    "ar": "تم تغيير النسخة الألمانية في {date}.",
}
NOTICE = re.compile(r'<p class="translation-notice[^"]*"[^>]*>(.*?)</p>', re.S)
SWITCHER = re.compile(r'<nav class="language-switcher".*?</nav>', re.S)
SWITCHER_LINK = re.compile(r'<a href="([^"]+)" lang="(\w+)"')


def locale(code):
    return Locale.objects.get(language_code=code)


def html(client, path, host):
    response = client.get(path, HTTP_HOST=host)
    assert response.status_code == 200, path
    return response.content.decode()


def notices(page_html):
    return [re.sub(r"<[^>]+>", "", text).strip() for text in NOTICE.findall(page_html)]


def switcher_links(page_html):
    nav = SWITCHER.search(page_html)
    assert nav, "no language switcher"
    return {code: url.replace("&amp;", "&") for url, code in SWITCHER_LINK.findall(nav.group(0))}


def background_page(kalk):
    return StandardPageFactory(parent=kalk.site.root_page, title="Spielplätze im Veedel", slug="spielplaetze")


@pytest.mark.parametrize("code", ["en", "tr", "ar"])
def test_an_untranslated_page_says_so_in_the_readers_language(client, kalk, code):
    background_page(kalk)
    page_html = html(client, f"/{code}/spielplaetze/", host_of(kalk))
    assert UNTRANSLATED[code] in notices(page_html)
    # The notice speaks the reader's language, the German title and text are marked German.
    assert re.search(r'<p class="translation-notice[^"]*" role="note">', page_html)
    assert '<h1 lang="de" dir="ltr">Spielplätze im Veedel</h1>' in page_html


def test_a_german_page_in_german_has_no_notice(client, kalk):
    background_page(kalk)
    page_html = html(client, "/spielplaetze/", host_of(kalk))
    assert notices(page_html) == []
    assert "<h1>Spielplätze im Veedel</h1>" in page_html


@pytest.mark.parametrize("code", ["en", "tr", "ar"])
def test_a_current_translation_has_no_notice(client, kalk, code):
    german = background_page(kalk)
    translated = translate(german, locale(code), f"Spielplätze ({code})")
    page_html = html(client, translated.get_url_parts()[2], host_of(kalk))
    assert notices(page_html) == []
    assert f"<h1>Spielplätze ({code})</h1>" in page_html


@pytest.mark.parametrize("code", ["en", "tr", "ar"])
def test_a_translation_is_marked_outdated_when_the_german_changes(client, kalk, code):
    german = background_page(kalk)
    translated = translate(german, locale(code), f"Spielplätze ({code})")
    path = translated.get_url_parts()[2]
    german.title = "Spielplätze und Bolzplätze im Veedel"
    german.save_revision().publish()
    german.refresh_from_db()

    page_html = html(client, path, host_of(kalk))
    with translation.override(code):
        day = date_format(timezone.localtime(german.last_published_at), "DATE_FORMAT")
    assert OUTDATED[code].format(date=day) in " ".join(notices(page_html))
    # The notice links to the current German version.
    assert 'href="/spielplaetze/" hreflang="de"' in page_html

    # Synchronised again, the notice is gone.
    translate_again(german, code)
    assert notices(html(client, path, host_of(kalk))) == []


def path_in(page, code):
    """The path of `page` in the language `code` (a translated section has its own slug)."""
    return page.get_translation(locale(code)).get_url_parts()[2]


def translate_again(german, code):
    source, _created = TranslationSource.update_or_create_from_instance(german)
    Translation.objects.get(source=source, target_locale=locale(code)).save_target(publish=True)


def test_lists_mark_german_items_and_keep_their_date_order(client, kalk):
    news = section(kalk, NewsIndexPage)
    today = timezone.localdate()
    newer = NewsPageFactory(parent=news, title="Neues Straßenfest", date=today)
    older = NewsPageFactory(parent=news, title="Alter Flohmarkt", date=today - datetime.timedelta(days=3))
    translate(older, locale("tr"), "Eski bit pazarı")
    page_html = html(client, path_in(news, "tr"), host_of(kalk))
    assert page_html.index("Neues Straßenfest") < page_html.index("Eski bit pazarı")
    assert re.search(
        r'<a href="[^"]+" lang="de" dir="ltr">Neues Straßenfest</a>'
        r' <span class="lang-badge" lang="de">Deutsch</span>',
        page_html,
    )
    assert re.search(r'<a href="[^"]+">Eski bit pazarı</a></h3>', page_html)
    assert page_html.count('class="lang-badge"') == 1
    assert newer.title in html(client, "/aktuelles/", host_of(kalk))
    assert 'class="lang-badge"' not in html(client, "/aktuelles/", host_of(kalk))


def test_the_directory_marks_untranslated_entries(client, kalk):
    OrganisationFactory(sozialraum=kalk, name="Bürgerzentrum Kalk")
    page_html = html(client, path_in(section(kalk, DirectoryPage), "ar"), host_of(kalk))
    assert '<span class="lang-badge" lang="de">Deutsch</span>' in page_html


def test_the_switcher_keeps_filters_and_goes_to_the_translation(client, kalk):
    news = section(kalk, NewsIndexPage)
    german = NewsPageFactory(parent=news, title="Straßenfest")
    turkish = translate(german, locale("tr"), "Sokak şenliği")
    links = switcher_links(html(client, "/aktuelles/?thema=kultur&seite=1", host_of(kalk)))
    # The news section has its own slug in each language (/tr/haberler/).
    assert links == {code: f"{path_in(news, code)}?thema=kultur&seite=1" for code in ("de", "en", "tr", "ar")}
    assert links["tr"] == "/tr/haberler/?thema=kultur&seite=1"
    links = switcher_links(html(client, german.get_url_parts()[2], host_of(kalk)))
    assert links["tr"] == turkish.get_url_parts()[2]


@pytest.mark.parametrize(
    ("model", "route"),
    [
        (EventIndexPage, "monat/"),
        (EventIndexPage, "archiv/"),
        (DirectoryPage, "{entry}/"),
        (None, "/mitmachen/veranstaltung/"),
        (None, "/"),
    ],
)
def test_the_switcher_stays_on_routes_and_forms(client, kalk, model, route):
    """A sub-route (a month, an entry) stays under the section's slug of each language."""
    entry = OrganisationFactory(sozialraum=kalk, name="Bürgerzentrum Kalk")
    route = route.format(entry=entry.slug)
    paths = {
        code: (path_in(section(kalk, model), code) if model else ("" if code == "de" else f"/{code}")) + route
        for code in ("de", "en", "tr", "ar")
    }
    links = switcher_links(html(client, f"{paths['de']}?thema=kultur", host_of(kalk)))
    assert set(links) == {"de", "en", "tr", "ar"}
    for code, url in links.items():
        assert url == f"{paths[code]}?thema=kultur", code
        assert client.get(url, HTTP_HOST=host_of(kalk)).status_code == 200, url
