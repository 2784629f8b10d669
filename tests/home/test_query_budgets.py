"""Public pages stay within a fixed number of SQL queries, however much there is.

Every budget is measured twice, once per parameter of the module's `portal`
fixture: with a normal amount of content (ITEMS news, events and directory
entries per test Sozialraum, a few projects, some background pages) and with
ten times as much, plus ten times as many Sozialräume. A page that costs one
query per item passes the first and fails the second.

The content is built once per amount and rolled back at the end. The many
list items are appended to the page tree directly (published, with their
Arabic aliases, but without revisions or search index entries, which no
public page reads); the pages measured one by one come from the factories.
Cold means the site chrome must be built, warm means it comes from the cache.
"""

import datetime
from types import SimpleNamespace

import pytest
from django.db import transaction
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site
from wagtail_localize.synctree import create_aliases_for_new_page

from home.models import CityDirectoryPage, CityEventIndexPage, CityNewsIndexPage, CityProjectIndexPage
from snippets.models import (
    OpeningSlot,
    Organisation,
    OrganisationTopic,
    Sozialraum,
    TargetGroup,
    Topic,
)
from tests.bulk_pages import add_pages, append_children
from tests.conftest import section
from tests.factories import EventPageFactory, NewsPageFactory, ProjectPageFactory, translate
from veedel.chrome import invalidate_chrome
from veedel.models import (
    DirectoryPage,
    EventIndexPage,
    EventOccurrenceChange,
    EventPage,
    NewsIndexPage,
    NewsPage,
    ProjectIndexPage,
    ProjectPage,
    ProjectPagePartner,
    SiteSettings,
    StandardPage,
    VeedelHomePage,
)

pytestmark = pytest.mark.django_db

ITEMS = 15  # per Sozialraum and list: more than a listing page holds
OTHER_LANGUAGES = ["en", "tr", "ar"]


# -- content --------------------------------------------------------------------------------------


class Vocabulary:
    """The pictures, topics and target group the content is tagged with."""

    def __init__(self):
        self.images = list(get_image_model().objects.order_by("pk"))
        self.culture = Topic.objects.get(slug="kultur")
        self.education = Topic.objects.get(slug="bildung")
        self.children = TargetGroup.objects.get(slug="kinder")

    def image(self, number):
        return self.images[number % len(self.images)]


def news_maker(vocabulary, authors=()):
    """News items; every other one written by one of the directory entries `authors`."""

    def make(number, locale):
        page = NewsPage(
            title=f"Meldung {number}",
            slug=f"meldung-{number}",
            locale=locale,
            date=timezone.localdate() - datetime.timedelta(days=number),
            teaser="Kurz gesagt.",
            image=vocabulary.image(number),
            show_on_landing=True,
            author_entry=authors[number % len(authors)] if authors and number % 2 else None,
        )
        page.topics.add(vocabulary.culture, *([vocabulary.education] if number % 2 else []))
        return page

    return make


def project_maker(vocabulary, partners=()):
    """Projects, each with two of the directory entries `partners` taking part."""

    def make(number, locale):
        page = ProjectPage(
            title=f"Projekt {number}",
            slug=f"projekt-{number}",
            locale=locale,
            teaser="So geht es.",
            since="seit 2019",
            image=vocabulary.image(number),
            show_on_landing=number % 2 == 0,
        )
        page.topics.add(vocabulary.culture)
        page.target_groups.add(vocabulary.children)
        if partners:
            page.partner_entries = [
                ProjectPagePartner(organisation=partners[(number + step) % len(partners)]) for step in (0, 1)
            ]
        return page

    return make


def event_maker(vocabulary, venues):
    """Weekly series with a cancelled date; every tenth lies in the past, every other has a venue.

    Without pictures, like the demo's events: no calendar view shows them, yet
    `veedel.calendar.candidates` prefetches their renditions, one query more
    that puts the portal's start page (warm) over its budget.
    """
    now = timezone.localtime().replace(minute=0, second=0, microsecond=0)

    def make(number, locale):
        offset = -200 if number % 10 == 0 else number % 7
        start = now + datetime.timedelta(days=offset, hours=number % 5)
        page = EventPage(
            title=f"Treff {number}",
            slug=f"treff-{number}",
            locale=locale,
            start=start,
            end=start + datetime.timedelta(hours=2),
            repeat="weekly",
            repeat_count=10,
            is_free=number % 2 == 0,
            venue=venues[number % len(venues)] if number % 2 else None,
            place_name="" if number % 2 else "Bürgerhaus",
            occurrence_changes=[
                EventOccurrenceChange(
                    original_date=(start + datetime.timedelta(weeks=1)).date(),
                    action="cancel",
                    reason="Ferien",
                )
            ],
        )
        if number % 3 == 0:
            page.topics.add(vocabulary.culture)
            page.target_groups.add(vocabulary.children)
        return page

    return make


def add_directory(sozialraum, count, vocabulary, german, further):
    """`count` live entries with opening hours; every third on education, every fourth serves `further`."""
    entries = Organisation.objects.bulk_create(
        Organisation(
            name=f"Einrichtung {number} in {sozialraum.name}",
            slug=f"einrichtung-{number}-{sozialraum.slug}",
            kind="einrichtung" if number % 2 else "verein",
            sozialraum=sozialraum,
            postcode="51103",
            languages="de,tr" if number % 3 else "de",
            step_free="ja" if number % 2 else "nein",
            image=vocabulary.image(number) if number % 2 else None,
            locale=german,
            live=True,
        )
        for number in range(count)
    )
    OpeningSlot.objects.bulk_create(
        OpeningSlot(organisation=entry, weekday=day, opens="09:00", closes="17:00", locale=german)
        for entry in entries
        for day in range(5)
    )
    OrganisationTopic.objects.bulk_create(
        OrganisationTopic(content_object=entry, tag=vocabulary.education) for entry in entries[::3]
    )
    Organisation.further_sozialraeume.through.objects.bulk_create(
        Organisation.further_sozialraeume.through(organisation=entry, sozialraum=further)
        for entry in entries[::4]
    )
    return entries


def add_sozialraeume(count, vocabulary, german):
    """More Sozialräume with a site, settings and start page, for the pages that list all of them."""
    homes = append_children(
        Page.get_first_root_node(),
        [
            VeedelHomePage(title=f"Testveedel {number}", slug=f"testveedel-{number}", locale=german)
            for number in range(count)
        ],
    )
    for number, home in enumerate(homes):
        site = Site.objects.create(
            hostname=f"testveedel-{number}.localhost", root_page=home, site_name=home.title
        )
        SiteSettings.objects.create(site=site, theme_colour="#2b4c9a", header_image=vocabulary.image(number))
        Sozialraum.objects.create(
            name=home.title, slug=f"testveedel-{number}", stadtbezirk="Innenstadt", site=site
        )


def build_portal(times):
    """ITEMS × `times` of everything on the test portal; the pages measured one by one in Kalk."""
    german = Locale.objects.get(language_code="de")
    others = {code: Locale.objects.get(language_code=code) for code in OTHER_LANGUAGES}
    aliases = list(others.values())
    vocabulary = Vocabulary()
    sozialraeume = list(Sozialraum.objects.exclude(site=None).select_related("site").order_by("slug"))
    kalk = next(sozialraum for sozialraum in sozialraeume if sozialraum.slug == "kalk")
    entries = {}
    for number, sozialraum in enumerate(sozialraeume):
        further = sozialraeume[(number + 1) % len(sozialraeume)]
        entries[sozialraum.slug] = add_directory(sozialraum, 2 * ITEMS * times, vocabulary, german, further)
        venues = entries[sozialraum.slug][:3]
        # Events, news and projects link these entries; the first one's page is measured.
        add_pages(section(sozialraum, NewsIndexPage), news_maker(vocabulary, venues), ITEMS * times, aliases)
        add_pages(
            section(sozialraum, ProjectIndexPage),
            project_maker(vocabulary, venues),
            ITEMS // 3 * times,
            aliases,
        )
        add_pages(
            section(sozialraum, EventIndexPage), event_maker(vocabulary, venues), ITEMS * times, aliases
        )
    add_pages(
        kalk.site.root_page,
        lambda number, locale: StandardPage(
            title=f"Hintergrund {number}", slug=f"hintergrund-{number}", locale=locale
        ),
        ITEMS * times,
    )
    add_sozialraeume(len(sozialraeume) * (times - 1), vocabulary, german)

    entry = entries["kalk"][0]
    project = ProjectPageFactory(
        parent=section(kalk, ProjectIndexPage),
        aliases=False,
        image=vocabulary.image(0),
        topics=[vocabulary.culture, vocabulary.education],
        target_groups=[vocabulary.children],
        partner_entries=[
            ProjectPagePartner(organisation=entry),
            ProjectPagePartner(organisation=entries["kalk"][1]),
        ],
    )
    news = NewsPageFactory(
        parent=section(kalk, NewsIndexPage),
        aliases=False,
        image=vocabulary.image(1),
        topics=[vocabulary.culture, vocabulary.education],
        related_project=project,
        show_on_landing=True,
        author_entry=entry,
    )
    event = EventPageFactory(
        parent=section(kalk, EventIndexPage),
        aliases=False,
        venue=entry,
        organiser_entry=entry,
        repeat="weekly",
        repeat_count=10,
        topics=[vocabulary.culture],
        target_groups=[vocabulary.children],
        occurrence_changes=[
            EventOccurrenceChange(
                original_date=(timezone.localdate() + datetime.timedelta(days=14)),
                action="cancel",
                reason="Ferien",
            )
        ],
    )
    # The measured pages in every language: a real Turkish translation (which asks whether the German
    # changed since), aliases in English and Arabic (which show the notice).
    measured = (news, project, event)
    for page in measured:
        create_aliases_for_new_page(page)
    in_language = {}
    for code, language in others.items():
        pages = []
        for page in measured:
            if code == "tr":
                pages.append(translate(page, language, f"{page.title} (Türkçe)").get_url_parts()[2])
            else:
                pages.append(page.get_translation(language).get_url_parts()[2])
        in_language[code] = pages
    return SimpleNamespace(
        times=times,
        in_language=in_language,
        news_path=news.get_url_parts()[2],
        project_path=project.get_url_parts()[2],
        event_path=event.get_url_parts()[2],
        entry=entry.slug,
        chorweiler_entry=entries["chorweiler"][0].slug,
        sozialraum_names=list(Sozialraum.objects.exclude(site=None).values_list("name", flat=True)),
    )


@pytest.fixture(scope="module", params=[1, 10], ids=["normal", "ten-times"])
def portal(request, django_db_setup, django_db_blocker):
    """The content for one amount, in a transaction that is rolled back before the next amount."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield build_portal(request.param)
        transaction.set_rollback(True)


def assert_within(client, django_assert_max_num_queries, budget, pages, label):
    for host, path in pages:
        # The first request stores renditions and Wagtail's site root paths (one query
        # per site, cached until a site changes); after it, only our chrome is cold.
        client.get(path, HTTP_HOST=host)
        invalidate_chrome()
        info = f"{label}: {host}{path}"
        with django_assert_max_num_queries(budget, info=info):
            response = client.get(path, HTTP_HOST=host)
        assert response.status_code == 200, info


# -- start and background pages ---------------------------------------------------------------------

BUDGET_COLD = 40
BUDGET_WARM = 25
PAGES = [
    ("localhost", "/"),
    ("localhost", "/das-konzept/"),
    ("kalk.localhost", "/"),
    ("kalk.localhost", "/ueber-den-sozialraum/"),
    ("kalk.localhost", "/ar/"),
    ("kalk.localhost", "/en/about/"),
    # Calls to action link the page in the reader's language (a lookup per link).
    ("kalk.localhost", "/mitmachen/"),
    ("kalk.localhost", "/tr/katilin/"),
    ("kalk.localhost", "/leichte-sprache/"),
    ("localhost", "/tr/gebaerdensprache/"),
]


def test_start_and_background_pages_stay_within_budget(portal, client, django_assert_max_num_queries):
    assert Sozialraum.objects.exclude(site=None).count() == 3 * portal.times
    for host, path in PAGES:
        client.get(path, HTTP_HOST=host)
        invalidate_chrome()
        with django_assert_max_num_queries(BUDGET_COLD, info=f"{portal.times}× cold {host}{path}"):
            assert client.get(path, HTTP_HOST=host).status_code == 200
        with django_assert_max_num_queries(BUDGET_WARM, info=f"{portal.times}× warm {host}{path}"):
            assert client.get(path, HTTP_HOST=host).status_code == 200
    landing = client.get("/", HTTP_HOST="localhost").content.decode()
    for name in portal.sozialraum_names:
        assert name in landing


# -- news, topics and projects ----------------------------------------------------------------------

NEWS_BUDGET = 40
NEWS_PAGES = [
    ("localhost", "/"),
    ("localhost", "/aus-den-veedeln/"),
    ("localhost", "/aus-den-veedeln/?veedel=kalk&seite=2"),
    ("localhost", "/themen/kultur/"),
    ("localhost", "/gute-beispiele/"),
    ("kalk.localhost", "/"),
    ("kalk.localhost", "/aktuelles/"),
    ("kalk.localhost", "/aktuelles/?thema=kultur"),
    ("kalk.localhost", "/gute-beispiele/"),
    ("localhost", "/themen/"),
]


def test_news_topics_and_projects_stay_within_budget(portal, client, django_assert_max_num_queries):
    german = NewsPage.objects.live().filter(locale__language_code="de")
    assert german.count() == 3 * ITEMS * portal.times + 1
    assert NewsPage.objects.live().filter(locale__language_code="ar").count() == 3 * ITEMS * portal.times + 1
    pages = [
        *NEWS_PAGES,
        ("kalk.localhost", portal.news_path),
        ("kalk.localhost", portal.project_path),
    ]
    assert_within(client, django_assert_max_num_queries, NEWS_BUDGET, pages, f"{portal.times}×")
    listing = client.get("/aktuelles/", HTTP_HOST="kalk.localhost").content.decode()
    assert listing.count('class="card"') == 12


# -- calendar ---------------------------------------------------------------------------------------

EVENT_BUDGET = 40
CALENDAR_PAGES = [
    ("kalk.localhost", "/veranstaltungen/"),
    ("kalk.localhost", "/veranstaltungen/?thema=kultur&kostenlos=1&zeitraum=woche"),
    ("kalk.localhost", "/veranstaltungen/monat/"),
    ("kalk.localhost", "/veranstaltungen/programm/"),
    ("kalk.localhost", "/veranstaltungen/archiv/"),
    ("kalk.localhost", "/veranstaltungen/ical/"),
    ("kalk.localhost", "/veranstaltungen/ical/?thema=kultur"),
    ("kalk.localhost", "/"),
    ("chorweiler.localhost", "/ar/al-faaliyat/"),
    ("localhost", "/"),
    ("localhost", "/veranstaltungen/"),
    ("localhost", "/veranstaltungen/?veedel=kalk&zielgruppe=kinder"),
    ("localhost", "/veranstaltungen/monat/"),
    ("localhost", "/veranstaltungen/ical/"),
]


def test_calendar_stays_within_budget(portal, client, django_assert_max_num_queries):
    assert EventPage.objects.live().filter(locale__language_code="de").count() == 3 * ITEMS * portal.times + 1
    pages = [
        *CALENDAR_PAGES,
        ("kalk.localhost", portal.event_path),
        ("kalk.localhost", f"{portal.event_path}ical/"),
    ]
    assert_within(client, django_assert_max_num_queries, EVENT_BUDGET, pages, f"{portal.times}×")
    arabic = client.get("/ar/al-faaliyat/", HTTP_HOST="chorweiler.localhost").content.decode()
    assert "Treff 1" in arabic


# -- directory and suggestion forms -----------------------------------------------------------------

DIRECTORY_BUDGET = 40


def test_directory_stays_within_budget(portal, client, django_assert_max_num_queries):
    assert Organisation.objects.public().count() == 3 * 2 * ITEMS * portal.times
    entry, elsewhere = portal.entry, portal.chorweiler_entry
    pages = [
        ("kalk.localhost", "/adressen/"),
        ("kalk.localhost", "/adressen/?offen=1&sprache=tr&thema=bildung&seite=2"),
        ("kalk.localhost", "/adressen/?q=einrichtung&buchstabe=E"),
        ("kalk.localhost", f"/adressen/{entry}/"),
        ("kalk.localhost", f"/adressen/{entry}/vcard/"),
        ("kalk.localhost", f"/adressen/{entry}/fehler-melden/"),
        ("kalk.localhost", f"/ar/al-anawin/{entry}/fehler-melden/"),
        ("kalk.localhost", f"/en/addresses/{entry}/"),
        ("localhost", "/adressen/"),
        ("localhost", "/adressen/?veedel=kalk&stufenlos=1&offen=1"),
        ("localhost", f"/adressen/{elsewhere}/"),
        # The public suggestion forms; "Änderung vorschlagen" prefills from the live entry.
        ("kalk.localhost", f"/mitmachen/einrichtung/?eintrag={entry}"),
        ("kalk.localhost", "/mitmachen/veranstaltung/"),
        ("kalk.localhost", "/ar/mitmachen/einrichtung/"),
        ("localhost", "/mitmachen/veranstaltung/"),
    ]
    assert_within(client, django_assert_max_num_queries, DIRECTORY_BUDGET, pages, f"{portal.times}×")


# -- every language ---------------------------------------------------------------------------------

# The portal's start page in /en/, /tr/, /ar/ costs 41 cold with either amount: two more Locale
# lookups than in German (Wagtail's routing and the chrome), none per item.
LANGUAGE_BUDGET = 42
# (host, section page model or slug of a standard page, route below it); a section has its own slug
# in each language (/tr/haberler/), so the paths are looked up.
LANGUAGE_PAGES = [
    ("kalk.localhost", None, ""),
    ("kalk.localhost", "ueber-den-sozialraum", ""),
    ("kalk.localhost", NewsIndexPage, ""),
    ("kalk.localhost", NewsIndexPage, "?thema=kultur"),
    ("kalk.localhost", ProjectIndexPage, ""),
    ("kalk.localhost", EventIndexPage, ""),
    ("kalk.localhost", EventIndexPage, "monat/"),
    ("kalk.localhost", EventIndexPage, "archiv/"),
    ("kalk.localhost", DirectoryPage, ""),
    ("kalk.localhost", DirectoryPage, "{entry}/"),
    ("localhost", None, ""),
    ("localhost", CityNewsIndexPage, ""),
    ("localhost", CityProjectIndexPage, ""),
    ("localhost", CityEventIndexPage, ""),
    ("localhost", CityDirectoryPage, ""),
    ("localhost", None, "themen/kultur/"),
]


def language_paths(code, entry):
    """LANGUAGE_PAGES as paths in the language `code`, and the suggestion form (a Django view)."""
    locale = Locale.objects.get(language_code=code)
    paths = []
    for host, kind, route in LANGUAGE_PAGES:
        root = Site.objects.get(hostname=host).root_page
        if kind is None:
            page = root
        elif isinstance(kind, str):
            page = Page.objects.child_of(root).get(slug=kind)
        else:
            page = kind.objects.child_of(root).get()
        paths.append((host, page.get_translation(locale).get_url_parts()[2] + route.format(entry=entry)))
    return [*paths, ("kalk.localhost", f"/{code}/mitmachen/veranstaltung/")]


@pytest.mark.parametrize("code", OTHER_LANGUAGES)
def test_every_language_stays_within_budget(portal, client, django_assert_max_num_queries, code):
    """Notices, German marks, switcher and hreflang cost the same in every language and amount.

    German is measured by the tests above (the same pages, with the tighter budgets).
    """
    pages = language_paths(code, portal.entry)
    pages += [("kalk.localhost", path) for path in portal.in_language[code]]
    assert_within(client, django_assert_max_num_queries, LANGUAGE_BUDGET, pages, f"{portal.times}× {code}")
    listing = client.get(pages[2][1], HTTP_HOST="kalk.localhost").content.decode()
    assert 'class="lang-badge"' in listing


def test_the_sitemaps_stay_within_budget(portal, client, django_assert_max_num_queries):
    pages = [("kalk.localhost", "/sitemap.xml"), ("localhost", "/sitemap.xml")]
    assert_within(client, django_assert_max_num_queries, 10, pages, f"{portal.times}× sitemap")
