"""No cookie for an anonymous reader on any page that only shows content (issue 18).

A page that sets no cookie is the same for everyone, so a shared cache in front of the portal may
keep it; one `csrftoken` or session cookie makes every copy private. So every page type a reader
can open (pages, their routes, listings, search, sitemaps, feeds) is fetched anonymously in all
four languages and must answer 200 without a Set-Cookie header. Forms live on pages of their own
(the directory's "Fehler melden" at `<entry>/fehler-melden/`, the forms under /mitmachen/): they
may set the CSRF cookie, and no cache keeps them.

On top of the test portal each test makes one page of each kind with tests/factories.py, really
translated into the test's language with wagtail-localize; the sections and legal pages are the
ones setup_sites translated for the test portal. A directory entry hosts the event, so the
entry's page shows its list of next dates.
"""

import time
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.utils import translation
from django.utils.html import escape
from wagtail.models import Locale, Site

from home.models import (
    CityDirectoryPage,
    CityEventIndexPage,
    CityNewsIndexPage,
    CityProjectIndexPage,
    LandingPage,
    PressIndexPage,
)
from snippets.models import CorrectionReport, Topic
from tests.conftest import host_of, section
from tests.factories import (
    EventPageFactory,
    NewsPageFactory,
    OrganisationFactory,
    PressReleasePageFactory,
    ProjectPageFactory,
    StandardPageFactory,
    translate,
)
from veedel.antispam import start_token
from veedel.directory.corrections import REPORT_SALT
from veedel.models import DirectoryPage, EventIndexPage, NewsIndexPage, ProjectIndexPage, StandardPage

pytestmark = pytest.mark.django_db

LANGUAGES = ["de", "en", "tr", "ar"]
LANDING = "localhost"
THANKS = "Vielen Dank! Ihre Meldung ist angekommen. Die Sozialraumkoordination prüft sie."


def path_of(page):
    return page.get_url_parts()[2]


def prefix_of(language):
    return "" if language == "de" else f"/{language}"


def in_language(page, locale, title):
    """`page` in `locale`: German itself, else a real translation with `title`."""
    if locale.language_code == "de":
        return page
    return translate(page, locale, f"{title} ({locale.language_code})")


@pytest.fixture
def topic(db):
    return Topic.objects.create(name="Nachbarschaft im Veedel", slug="nachbarschaft-im-veedel")


@pytest.fixture
def entry(kalk, topic):
    return OrganisationFactory(sozialraum=kalk, name="Bürgerzentrum Kalk Test", topics=[topic])


def reading_urls(kalk, entry, topic, language):
    """[(host, path)] of every page type a reader can open, in `language`, with content to show."""
    locale = Locale.objects.get(language_code=language)
    prefix = prefix_of(language)

    def local(page):
        return path_of(page.get_translation(locale))

    news = in_language(
        NewsPageFactory(parent=section(kalk, NewsIndexPage), topics=[topic], show_on_landing=True),
        locale,
        "News from Kalk",
    )
    project = in_language(
        ProjectPageFactory(parent=section(kalk, ProjectIndexPage), topics=[topic]), locale, "Project in Kalk"
    )
    event = in_language(
        EventPageFactory(parent=section(kalk, EventIndexPage), venue=entry, topics=[topic]),
        locale,
        "Meeting in Kalk",
    )
    standard = in_language(
        StandardPageFactory(parent=kalk.site.root_page, title="Über das Veedel"), locale, "About the Veedel"
    )
    landing = LandingPage.objects.get(locale__language_code="de")
    press = PressIndexPage.objects.child_of(landing).get()
    release = in_language(PressReleasePageFactory(parent=press), locale, "Press release")
    city = {
        model: local(model.objects.child_of(landing).get())
        for model in (CityNewsIndexPage, CityProjectIndexPage, CityEventIndexPage, CityDirectoryPage)
    }
    calendar = local(section(kalk, EventIndexPage))
    directory = local(section(kalk, DirectoryPage))
    kalk_host = host_of(kalk)
    urls = [
        # The landing site: start page, topics, city-wide sections, press, a page of its own.
        (LANDING, local(landing)),
        (LANDING, local(landing) + "themen/"),
        (LANDING, local(landing) + f"themen/{topic.slug}/"),
        (LANDING, city[CityNewsIndexPage]),
        (LANDING, city[CityProjectIndexPage]),
        (LANDING, city[CityEventIndexPage]),
        (LANDING, city[CityEventIndexPage] + "monat/"),
        (LANDING, city[CityDirectoryPage]),
        (LANDING, city[CityDirectoryPage] + f"{entry.slug}/"),
        (LANDING, local(press)),
        (LANDING, local(press) + "fotos/"),
        (LANDING, path_of(release)),
        (LANDING, local(StandardPage.objects.child_of(landing).first())),
        (LANDING, f"{prefix}/suche/?q=Kalk"),
        # A Sozialraum: start page, sections and one page of each kind.
        (kalk_host, local(kalk.site.root_page)),
        (kalk_host, path_of(standard)),
        (kalk_host, local(section(kalk, NewsIndexPage))),
        (kalk_host, path_of(news)),
        (kalk_host, calendar),
        (kalk_host, calendar + "monat/"),
        (kalk_host, calendar + "programm/"),
        (kalk_host, calendar + "archiv/"),
        (kalk_host, path_of(event)),
        (kalk_host, local(section(kalk, ProjectIndexPage))),
        (kalk_host, path_of(project)),
        (kalk_host, directory),
        (kalk_host, directory + f"{entry.slug}/"),
        (kalk_host, directory + f"{entry.slug}/?gemeldet=1"),
        (kalk_host, f"{prefix}/suche/?q=Kalk"),
        # Feeds, calendar subscriptions, sitemaps.
        (kalk_host, f"{prefix}/feed/"),
        (kalk_host, f"{prefix}/feed/atom/"),
        (kalk_host, f"{prefix}/feed/projekte/"),
        (kalk_host, f"{prefix}/feed/themen/{topic.slug}/"),
        (LANDING, f"{prefix}/feed/"),
        (LANDING, f"{prefix}/feed/presse/"),
        (LANDING, f"{prefix}/feed/themen/{topic.slug}/"),
        (kalk_host, calendar + "ical/"),
        (kalk_host, path_of(event) + "ical/"),
        (kalk_host, "/sitemap.xml"),
        (LANDING, "/sitemap.xml"),
        (LANDING, "/sitemap-index.xml"),
        (LANDING, "/robots.txt"),
    ]
    # The start page of every Sozialraum of the test portal.
    urls += [(site.hostname, local(site.root_page)) for site in Site.objects.filter(is_default_site=False)]
    return urls


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_reading_page_sets_a_cookie_for_an_anonymous_reader(client, kalk, entry, topic, language):
    urls = reading_urls(kalk, entry, topic, language)
    problems = []
    for host, path in urls:
        response = client.get(path, HTTP_HOST=host)
        if response.status_code != 200:
            problems.append((host, path, response.status_code))
        elif response.cookies or response.has_header("Set-Cookie"):
            problems.append((host, path, sorted(response.cookies)))
    assert problems == []
    assert not client.cookies
    # The entry page in this language really shows the event and the way to "Fehler melden".
    html = client.get(entry_path(kalk, entry, language), HTTP_HOST=host_of(kalk)).content.decode()
    assert 'class="event-list"' in html
    assert f'href="{entry_path(kalk, entry, language)}fehler-melden/"' in html
    assert "csrfmiddlewaretoken" not in html and 'method="post"' not in html


def entry_path(kalk, entry, language):
    directory = section(kalk, DirectoryPage).get_translation(Locale.objects.get(language_code=language))
    return f"{path_of(directory)}{entry.slug}/"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_report_page_is_a_form_of_its_own_in_every_language(client, kalk, entry, language):
    report = entry_path(kalk, entry, language) + "fehler-melden/"
    response = client.get(report, HTTP_HOST=host_of(kalk))
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert f'action="{report}"' in html and "csrfmiddlewaretoken" in html
    for name in ("message", "name", "email", "homepage", "started"):
        assert f'name="{name}"' in html
    assert entry.name in html and f'href="{entry_path(kalk, entry, language)}"' in html
    assert '<meta name="robots" content="noindex">' in html
    for text in ("Fehler melden", "Meldung senden", "Zurück zum Eintrag"):
        with translation.override(language):
            translated = translation.gettext(text)
        assert translated in html and (translated == text) == (language == "de"), text
    # The form page may set the CSRF cookie; no cache keeps it.
    assert "csrftoken" in response.cookies
    assert {"private", "no-cache"} <= {part.strip() for part in response["Cache-Control"].split(",")}

    data = {
        "message": "Die Telefonnummer stimmt nicht mehr.",
        "name": "",
        "email": "",
        "homepage": "",
        "started": start_token(REPORT_SALT, time.time() - 30),
    }
    refused = client.post(report, {**data, "homepage": "http://spam.example"}, HTTP_HOST=host_of(kalk))
    assert refused.status_code == 400
    with translation.override(language):
        heading = translation.gettext("Ihre Meldung ist nicht angekommen")
    assert f'<h2 id="error-summary-heading">{escape(heading)}</h2>' in refused.content.decode()
    assert data["message"] in refused.content.decode()
    sent = client.post(report, data, HTTP_HOST=host_of(kalk))
    assert sent.status_code == 303
    location = urlsplit(sent["Location"])
    assert (location.path, location.query, location.fragment) == (
        entry_path(kalk, entry, language),
        "gemeldet=1",
        "fehler-melden",
    )
    assert CorrectionReport.objects.filter(organisation=entry).count() == 1
    assert len(mail.outbox) == 1
    with translation.override(language):
        thanks = translation.gettext(THANKS)
    assert (thanks == THANKS) == (language == "de")
    assert escape(thanks) in client.get(sent["Location"], HTTP_HOST=host_of(kalk)).content.decode()
