"""The site search (/suche/): what it finds where, in which language, and that no query breaks it.

The same tests run on SQLite and on PostgreSQL (the CI runs the suite on both). Where the two
backends differ by design – PostgreSQL stems German words and compares trigrams, SQLite's FTS5 does
neither and corrects typos from its vocabulary instead – a test says what each one does.
"""

import datetime
import re

import pytest
from django.db import connection
from django.utils import timezone
from wagtail.models import Locale, PageViewRestriction

from tests.conftest import section
from tests.factories import (
    EventPageFactory,
    NewsPageFactory,
    OrganisationFactory,
    ProjectPageFactory,
    StandardPageFactory,
    translate,
)
from veedel.models import EventIndexPage, NewsIndexPage, ProjectIndexPage, SiteSettings

pytestmark = pytest.mark.django_db

SIMILAR = "ähnlichen Wörtern"
# A 400 says why in German: the search's own message, or the portal's answer to a NUL byte.
GERMAN_REFUSALS = ("Bitte geben Sie", "Nullzeichen")


def search(client, query, host="kalk.localhost", prefix="", **params):
    response = client.get(f"{prefix}/suche/", {"q": query, **params}, HTTP_HOST=host)
    assert response.status_code == 200, response.content.decode()[:500]
    return response


def found_titles(response):
    return [hit.title for group in response.context["groups"] for hit in group["hits"]]


def groups(response):
    return [(group["slug"], [hit.title for hit in group["hits"]]) for group in response.context["groups"]]


@pytest.fixture
def homework(kalk):
    """One item of each kind about homework help in Kalk."""
    entry = OrganisationFactory(
        sozialraum=kalk,
        name="Lernhaus Kalk",
        short_description="Hausaufgabenhilfe für Kinder der Grundschule",
        offers="Hausaufgabenhilfe\nLesepaten",
    )
    return {
        "news": NewsPageFactory(
            parent=section(kalk, NewsIndexPage), title="Neue Hausaufgabenhilfe im Bürgerhaus", aliases=False
        ),
        "event": EventPageFactory(
            parent=section(kalk, EventIndexPage), title="Offene Hausaufgabenhilfe", aliases=False
        ),
        "project": ProjectPageFactory(
            parent=section(kalk, ProjectIndexPage), title="Hausaufgabenhilfe von Nachbarn", aliases=False
        ),
        "page": StandardPageFactory(
            parent=kalk.site.root_page, title="Hausaufgabenhilfe in Kalk", aliases=False
        ),
        "entry": entry,
    }


def test_results_are_grouped_by_kind_with_their_veedel(client, kalk, homework):
    response = search(client, "Hausaufgabenhilfe")
    assert groups(response) == [
        ("veranstaltungen", ["Offene Hausaufgabenhilfe"]),
        ("meldungen", ["Neue Hausaufgabenhilfe im Bürgerhaus"]),
        ("adressen", ["Lernhaus Kalk"]),
        ("gute-beispiele", ["Hausaufgabenhilfe von Nachbarn"]),
        ("seiten", ["Hausaufgabenhilfe in Kalk"]),
    ]
    html = response.content.decode()
    assert '<meta name="robots" content="noindex">' in html
    # Search engines do not list the page; the description is for a shared link's preview.
    description = f"Meldungen, Veranstaltungen, Adressen und Seiten von {kalk.name} durchsuchen."
    assert f'<meta name="description" content="{description}">' in html
    assert response.headers["X-Robots-Tag"] == "noindex"
    colour = SiteSettings.for_site(kalk.site).theme_colour
    assert html.count(f'class="card__veedel" style="--veedel: {colour}">{kalk.name}<') == 5
    assert 'href="/adressen/lernhaus-kalk/"' in html


def test_a_sozialraum_site_finds_only_its_own_content(client, kalk, porz_ost, homework):
    NewsPageFactory(parent=section(porz_ost, NewsIndexPage), title="Hausaufgabenhilfe in Porz", aliases=False)
    OrganisationFactory(sozialraum=porz_ost, name="Hausaufgabenhilfe Porz-Ost")
    kalk_titles = found_titles(search(client, "hausaufgabenhilfe"))
    assert "Hausaufgabenhilfe in Porz" not in kalk_titles
    assert "Hausaufgabenhilfe Porz-Ost" not in kalk_titles
    porz = search(client, "hausaufgabenhilfe", host="porz-ost.localhost")
    assert found_titles(porz) == ["Hausaufgabenhilfe in Porz", "Hausaufgabenhilfe Porz-Ost"]


def test_the_landing_site_finds_every_sozialraum_and_filters_by_one(client, kalk, porz_ost, homework):
    NewsPageFactory(parent=section(porz_ost, NewsIndexPage), title="Hausaufgabenhilfe in Porz", aliases=False)
    everywhere = search(client, "Hausaufgabenhilfe", host="localhost")
    assert "Hausaufgabenhilfe in Porz" in found_titles(everywhere)
    assert "Neue Hausaufgabenhilfe im Bürgerhaus" in found_titles(everywhere)
    assert 'name="veedel"' in everywhere.content.decode()
    only_porz = search(client, "Hausaufgabenhilfe", host="localhost", veedel="porz-ost")
    assert found_titles(only_porz) == ["Hausaufgabenhilfe in Porz"]
    only_kalk = found_titles(search(client, "Hausaufgabenhilfe", host="localhost", veedel="kalk"))
    assert "Hausaufgabenhilfe in Porz" not in only_kalk
    assert "Lernhaus Kalk" in only_kalk
    unknown = client.get("/suche/", {"q": "Hausaufgabenhilfe", "veedel": "atlantis"}, HTTP_HOST="localhost")
    assert unknown.status_code == 400
    assert "Dieses Veedel gibt es nicht." in unknown.content.decode()


def test_one_kind_is_paginated_and_the_overview_links_to_it(client, kalk):
    news = section(kalk, NewsIndexPage)
    for number in range(7):
        NewsPageFactory(parent=news, title=f"Sommerfest Teil {number}", aliases=False)
    overview = search(client, "Sommerfest")
    (group,) = overview.context["groups"]
    assert len(group["hits"]) == 5
    assert group["more_query"] == "q=Sommerfest&art=meldungen"
    all_news = search(client, "Sommerfest", art="meldungen")
    assert len(all_news.context["groups"][0]["hits"]) == 7
    assert all_news.context["results"].paginator.count == 7


def test_past_events_are_left_out_and_the_next_date_comes_first(client, kalk):
    events = section(kalk, EventIndexPage)
    now = timezone.now()
    EventPageFactory(
        parent=events,
        title="Flohmarkt vom letzten Jahr",
        aliases=False,
        start=now - datetime.timedelta(days=300),
    )
    EventPageFactory(
        parent=events, title="Flohmarkt spät", aliases=False, start=now + datetime.timedelta(days=20)
    )
    EventPageFactory(
        parent=events, title="Flohmarkt bald", aliases=False, start=now + datetime.timedelta(days=2)
    )
    assert groups(search(client, "Flohmarkt")) == [("veranstaltungen", ["Flohmarkt bald", "Flohmarkt spät"])]


def test_drafts_private_pages_and_unapproved_entries_are_never_found(client, kalk):
    news = section(kalk, NewsIndexPage)
    NewsPageFactory(parent=news, title="Geheimtreffen Entwurf", live=False, aliases=False)
    private = NewsPageFactory(parent=news, title="Geheimtreffen privat", aliases=False)
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="geheim")
    OrganisationFactory(sozialraum=kalk, name="Geheimtreffen Verein", live=False)
    approved = OrganisationFactory(sozialraum=kalk, name="Offener Treff")
    approved.short_description = "Geheimtreffen im Entwurf"
    approved.save_revision()  # an actor's change, waiting for approval
    published = NewsPageFactory(parent=news, title="Offenes Treffen", aliases=False)
    published.title = "Geheimtreffen als Entwurf"
    published.save_revision()
    response = search(client, "Geheimtreffen")
    assert response.context["groups"] == []
    assert "haben wir nichts gefunden" in response.content.decode()
    assert "Geheimtreffen" not in str(
        client.get("/suche/vorschlaege/", {"q": "geheim"}, HTTP_HOST="kalk.localhost").json()
    )
    live = search(client, "Offenes Treffen")
    assert "Offenes Treffen" in found_titles(live)
    assert "Geheimtreffen" not in live.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        '"',
        'Kinder"garten',
        "'",
        '"""',
        "Sommer\x00fest",
        "\x01\x02\x1b[31m\x7f",
        "   \t\n  ",
        "AND OR NOT NEAR",
        "(Kinder* OR -garten) ^ : {} NEAR/2",
        "Kinder AND",
        "%_\\",
        "🎉🎉",
        "Kinder" * 2000,
        "a " * 5000,
    ],
    ids=lambda query: repr(query[:20]),
)
def test_malformed_queries_never_break_the_search(client, kalk, query):
    response = client.get("/suche/", {"q": query}, HTTP_HOST="kalk.localhost")
    assert response.status_code in (200, 400)
    html = response.content.decode()
    if response.status_code == 400:
        assert any(reason in html for reason in GERMAN_REFUSALS)
    suggestions = client.get("/suche/vorschlaege/", {"q": query}, HTTP_HOST="kalk.localhost")
    assert suggestions.status_code in (200, 400)
    if suggestions.status_code == 200:
        assert suggestions.json() == {"suggestions": []}


@pytest.mark.parametrize("raw", ["%ED%A0%80", "%FF%FE", "%00", "%22%00%22", "%C3"])
def test_broken_bytes_in_the_address_never_break_the_search(client, kalk, raw):
    for path in ("/suche/", "/suche/vorschlaege/"):
        response = client.get(f"{path}?q={raw}", HTTP_HOST="kalk.localhost")
        assert response.status_code in (200, 400)
        if response.status_code == 400:
            assert any(reason in response.content.decode() for reason in GERMAN_REFUSALS)


def test_ten_thousand_characters_are_refused_with_a_german_message(client, kalk):
    response = client.get("/suche/", {"q": "x" * 10_000}, HTTP_HOST="kalk.localhost")
    assert response.status_code == 400
    assert "Bitte geben Sie höchstens 200 Zeichen ein" in response.content.decode()


def test_directory_search_ignores_case_and_umlauts(client, kalk):
    OrganisationFactory(
        sozialraum=kalk, name="Praxis am Markt", short_description="Kinderärztinnen und Hebammen"
    )
    for query in ("Kinderärztinnen", "KINDERÄRZTINNEN", "kinderärztinnen"):
        response = search(client, query)
        assert found_titles(response) == ["Praxis am Markt"], query
        assert SIMILAR not in response.content.decode()


def test_german_word_forms(client, kalk):
    """PostgreSQL stems German words, so the plural finds the singular directly. SQLite's FTS5 has
    no stemmer: there the plural is no word of the index, and the correction finds it."""
    StandardPageFactory(parent=kalk.site.root_page, title="Beratung für Familien", aliases=False)
    response = search(client, "Beratungen")
    assert "Beratung für Familien" in found_titles(response)
    assert (SIMILAR in response.content.decode()) == (connection.vendor == "sqlite")


@pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite has no stemmer (docs/search.md)")
@pytest.mark.parametrize(
    ("language", "title", "query"),
    [
        ("en", "Neighbourhood libraries open late", "library"),
        ("tr", "Çocuklar için kitap okuma saatleri", "saat"),
        ("de", "Beratungen für Familien", "Beratung"),
    ],
)
def test_each_language_is_stemmed_with_its_own_configuration(client, kalk, language, title, query):
    """Each page is indexed with its language's stemmer and searched with the reader's: the English
    plural and the Turkish suffix are found directly, not through the typo correction."""
    german = NewsPageFactory(parent=section(kalk, NewsIndexPage), title="Ein Thema ohne Übersetzung")
    if language == "de":
        german.title = title
        german.save_revision().publish()
    else:
        translate(german, Locale.objects.get(language_code=language), title)
    response = search(client, query, prefix="" if language == "de" else f"/{language}")
    assert title in found_titles(response)
    assert response.context["notices"] == []  # no "similar words" (the notice is in the reader's language)


def test_a_typo_finds_the_right_word(client, kalk, homework):
    response = search(client, "Hausaufgabenhlife")
    assert "Neue Hausaufgabenhilfe im Bürgerhaus" in found_titles(response)
    assert "Lernhaus Kalk" in found_titles(response)
    assert SIMILAR in response.content.decode()


def test_other_languages_find_translations_and_untranslated_german_pages(client, kalk):
    news = NewsPageFactory(parent=section(kalk, NewsIndexPage), title="Stadtteilfest am Sonntag")
    english = translate(news, Locale.objects.get(language_code="en"), "Neighbourhood festival on Sunday")
    project = ProjectPageFactory(parent=section(kalk, ProjectIndexPage), title="Stadtteilfest-Team")
    found = found_titles(search(client, "festival", prefix="/en"))
    assert english.title in found
    assert news.title not in found
    german = search(client, "Stadtteilfest", prefix="/ar")
    # Neither is translated into Arabic: their aliases show the German text.
    assert found_titles(german) == [news.title, project.title]
    html = german.content.decode()
    assert '<html lang="ar" dir="rtl" ' in html
    assert 'action="/ar/suche/"' in html
    assert re.search(r'lang="de" dir="ltr">Stadtteilfest-Team</a>', html)


def test_suggestions_complete_titles_and_names(client, kalk, homework):
    response = client.get("/suche/vorschlaege/", {"q": "hausaufg"}, HTTP_HOST="kalk.localhost")
    assert response.status_code == 200
    assert set(response.json()["suggestions"]) == {
        "Offene Hausaufgabenhilfe",
        "Neue Hausaufgabenhilfe im Bürgerhaus",
        "Hausaufgabenhilfe von Nachbarn",
        "Hausaufgabenhilfe in Kalk",
    }
    assert client.get("/suche/vorschlaege/", {"q": "lernh"}, HTTP_HOST="kalk.localhost").json() == {
        "suggestions": ["Lernhaus Kalk"]
    }


@pytest.mark.parametrize(
    ("host", "path", "action"),
    [
        ("localhost", "/", "/suche/"),
        ("kalk.localhost", "/", "/suche/"),
        ("kalk.localhost", "/aktuelles/", "/suche/"),
        ("kalk.localhost", "/en/", "/en/suche/"),
        ("porz-ost.localhost", "/tr/", "/tr/suche/"),
        ("kalk.localhost", "/mitmachen/veranstaltung/", "/suche/"),
    ],
)
def test_every_page_has_the_search_field_in_its_header(client, kalk, host, path, action):
    response = client.get(path, HTTP_HOST=host)
    assert response.status_code == 200
    html = response.content.decode()
    header = html[html.index('<header class="site-header">') : html.index("</header>")]
    form = re.search(r'<form class="site-search" role="search" method="get" action="([^"]+)">', header)
    assert form and form.group(1) == action
    assert '<label class="site-search__label" for="site-search-q">' in header
    assert 'id="site-search-q" type="search" name="q"' in header
    assert '<button class="site-search__button" type="submit">' in header
    assert '<script src="/static/js/search-suggestions.js" defer></script>' in html


def test_start_pages_tell_search_engines_how_to_search(client, kalk):
    html = client.get("/", HTTP_HOST="kalk.localhost").content.decode()
    assert '"potentialAction": {"@type": "SearchAction", ' in html
    assert '"urlTemplate": "http://kalk.localhost/suche/?q={search_term_string}"' in html
    assert '"query-input": "required name=search_term_string"' in html
