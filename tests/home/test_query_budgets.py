"""Public pages stay within a fixed number of SQL queries, however much there is.

Each budget is checked with the demo (11 Sozialräume) and again with ten
times as many Sozialräume and pages; cold means the site chrome must be
built, warm means it comes from the cache.
"""

import datetime

import pytest
from django.test import override_settings
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

from snippets.models import OpeningSlot, Organisation, OrganisationTopic, Sozialraum, Topic
from veedel.chrome import invalidate_chrome
from veedel.models import (
    EventIndexPage,
    EventOccurrenceChange,
    EventPage,
    NewsIndexPage,
    NewsPage,
    ProjectPage,
    SiteSettings,
    StandardPage,
    VeedelHomePage,
)

pytestmark = pytest.mark.django_db

BUDGET_COLD = 40
BUDGET_WARM = 25
PAGES = [
    ("localhost", "/"),
    ("localhost", "/das-konzept/"),
    ("kalk.localhost", "/"),
    ("kalk.localhost", "/ueber-den-sozialraum/"),
    ("kalk.localhost", "/ar/"),
    ("kalk.localhost", "/en/ueber-den-sozialraum/"),
]


def grow_tenfold():
    """Add 99 more Sozialräume with sites, settings and pages, and 10 pages under Kalk's home."""
    root = Page.get_first_root_node()
    german = Locale.objects.get(language_code="de")
    for number in range(99):
        home = root.add_child(
            instance=VeedelHomePage(title=f"Testveedel {number}", slug=f"test-{number}", locale=german)
        )
        site = Site.objects.create(hostname=f"test-{number}.localhost", root_page=home, site_name=home.title)
        SiteSettings.objects.create(site=site, theme_colour="#2b4c9a")
        Sozialraum.objects.create(name=home.title, slug=f"test-{number}", stadtbezirk="Innenstadt", site=site)
    kalk_home = Sozialraum.objects.get(slug="kalk").site.root_page
    for number in range(10):
        kalk_home.add_child(
            instance=StandardPage(title=f"Hintergrund {number}", slug=f"hintergrund-{number}")
        )


def measure(client, django_assert_max_num_queries):
    for host, path in PAGES:
        # The first request stores renditions and Wagtail's site root paths (one
        # query per site, cached until a site changes); after it, only our chrome is cold.
        client.get(path, HTTP_HOST=host)
        invalidate_chrome()
        with django_assert_max_num_queries(BUDGET_COLD, info=f"cold {host}{path}"):
            assert client.get(path, HTTP_HOST=host).status_code == 200
        with django_assert_max_num_queries(BUDGET_WARM, info=f"warm {host}{path}"):
            assert client.get(path, HTTP_HOST=host).status_code == 200


def test_budget_with_demo_content(client, django_assert_max_num_queries):
    measure(client, django_assert_max_num_queries)


def test_budget_with_ten_times_more(client, django_assert_max_num_queries):
    grow_tenfold()
    measure(client, django_assert_max_num_queries)
    assert "Testveedel 98" in client.get("/", HTTP_HOST="localhost").content.decode()


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
    ("kalk.localhost", "/aktuelles/meldung-19/"),
    ("kalk.localhost", "/gute-beispiele/"),
    ("localhost", "/themen/"),
]


def fill_news(per_site):
    """Top up every Sozialraum's news to `per_site` items, tagged, with a picture, marked for the portal."""
    image = get_image_model().objects.first()
    topic = Topic.objects.get(slug="kultur")
    search_off = {"default": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": False}}
    with override_settings(WAGTAILSEARCH_BACKENDS=search_off):
        for index in NewsIndexPage.objects.filter(locale__language_code="de"):
            existing = NewsPage.objects.child_of(index).count()
            for number in range(existing, per_site):
                page = NewsPage(
                    title=f"Meldung {number} aus {index.get_parent().title}",
                    slug=f"meldung-{number}",
                    date=datetime.date.today() - datetime.timedelta(days=number),
                    teaser="Kurz gesagt.",
                    image=image,
                    show_on_landing=True,
                )
                page.topics.add(topic)
                index.add_child(instance=page)


def kalk_root_path():
    return Sozialraum.objects.get(slug="kalk").site.root_page.path


def test_news_listings_stay_within_budget_with_ten_times_more(client, django_assert_max_num_queries):
    project = ProjectPage.objects.filter(
        locale__language_code="de", path__startswith=kalk_root_path()
    ).first()
    project_page = ("kalk.localhost", project.relative_url(project.get_site()))
    for per_site in (20, 200):
        fill_news(per_site)
        assert NewsPage.objects.filter(locale__language_code="de").count() >= 11 * per_site
        for host, path in [*NEWS_PAGES, project_page]:
            client.get(path, HTTP_HOST=host)  # renditions and site root paths, once
            invalidate_chrome()
            with django_assert_max_num_queries(NEWS_BUDGET, info=f"{per_site} per site: {host}{path}"):
                response = client.get(path, HTTP_HOST=host)
            assert response.status_code == 200


EVENT_BUDGET = 40
CALENDAR_PAGES = [
    ("kalk.localhost", "/veranstaltungen/"),
    ("kalk.localhost", "/veranstaltungen/?thema=kultur&kostenlos=1&zeitraum=woche"),
    ("kalk.localhost", "/veranstaltungen/monat/"),
    ("kalk.localhost", "/veranstaltungen/programm/"),
    ("kalk.localhost", "/veranstaltungen/archiv/"),
    ("kalk.localhost", "/veranstaltungen/ical/"),
    ("kalk.localhost", "/veranstaltungen/ical/?thema=kultur"),
    ("kalk.localhost", "/veranstaltungen/stadtteilkonferenz/"),
    ("kalk.localhost", "/veranstaltungen/stadtteilkonferenz/ical/"),
    ("kalk.localhost", "/"),
    ("chorweiler.localhost", "/ar/veranstaltungen/"),
    ("localhost", "/"),
    ("localhost", "/veranstaltungen/"),
    ("localhost", "/veranstaltungen/?veedel=kalk&zielgruppe=kinder"),
    ("localhost", "/veranstaltungen/monat/"),
    ("localhost", "/veranstaltungen/ical/"),
]


def fill_events(per_calendar):
    """Top up every calendar to `per_calendar` events: weekly series with an exception, some past."""
    now = timezone.localtime().replace(minute=0, second=0, microsecond=0)
    topic = Topic.objects.get(slug="kultur")
    search_off = {"default": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": False}}
    with override_settings(WAGTAILSEARCH_BACKENDS=search_off):
        for index in EventIndexPage.objects.filter(locale__language_code="de"):
            existing = EventPage.objects.child_of(index).count()
            for number in range(existing, per_calendar):
                # Every tenth lies in the past (the archive), the rest runs over the coming weeks.
                offset = -200 if number % 10 == 0 else number % 7
                start = now + datetime.timedelta(days=offset, hours=number % 5)
                page = EventPage(
                    title=f"Treff {number}",
                    slug=f"treff-{number}",
                    start=start,
                    end=start + datetime.timedelta(hours=2),
                    repeat="weekly",
                    repeat_count=10,
                    is_free=number % 2 == 0,
                )
                if number % 3 == 0:
                    page.topics.add(topic)
                page.occurrence_changes.add(
                    EventOccurrenceChange(
                        original_date=(start + datetime.timedelta(weeks=1)).date(),
                        action="cancel",
                        reason="Ferien",
                    )
                )
                index.add_child(instance=page)


def test_calendar_stays_within_budget_with_ten_times_more(client, django_assert_max_num_queries):
    for per_calendar in (30, 300):
        fill_events(per_calendar)
        assert EventPage.objects.filter(locale__language_code="de").count() >= 11 * per_calendar
        for host, path in CALENDAR_PAGES:
            client.get(path, HTTP_HOST=host)
            invalidate_chrome()
            info = f"{per_calendar} per calendar: {host}{path}"
            with django_assert_max_num_queries(EVENT_BUDGET, info=info):
                response = client.get(path, HTTP_HOST=host)
            assert response.status_code == 200, info


DIRECTORY_BUDGET = 40


def fill_directory(per_sozialraum):
    """Top up every Sozialraum's directory to `per_sozialraum` live entries with opening hours and topics."""
    german = Locale.objects.get(language_code="de")
    topic = Topic.objects.get(slug="bildung")
    for sozialraum in Sozialraum.objects.exclude(site=None):
        existing = Organisation.objects.filter(sozialraum=sozialraum, locale=german).count()
        entries = Organisation.objects.bulk_create(
            Organisation(
                name=f"Einrichtung {number} in {sozialraum.name}",
                slug=f"einrichtung-{number}-{sozialraum.slug}",
                kind="einrichtung" if number % 2 else "verein",
                sozialraum=sozialraum,
                postcode="51103",
                languages="de,tr" if number % 3 else "de",
                step_free="ja" if number % 2 else "nein",
                locale=german,
                live=True,
            )
            for number in range(existing, per_sozialraum)
        )
        OpeningSlot.objects.bulk_create(
            OpeningSlot(organisation=entry, weekday=day, opens="09:00", closes="17:00", locale=german)
            for entry in entries
            for day in range(5)
        )
        OrganisationTopic.objects.bulk_create(
            OrganisationTopic(content_object=entry, tag=topic) for entry in entries[::3]
        )


def test_directory_stays_within_budget_with_ten_times_more(client, django_assert_max_num_queries):
    for per_sozialraum in (30, 500):
        fill_directory(per_sozialraum)
        assert Organisation.objects.public().count() >= 11 * per_sozialraum
        for host, path in [
            ("kalk.localhost", "/adressen/"),
            ("kalk.localhost", "/adressen/?offen=1&sprache=tr&thema=bildung&seite=2"),
            ("kalk.localhost", "/adressen/?q=einrichtung&buchstabe=E"),
            ("kalk.localhost", "/adressen/einrichtung-27-kalk/"),
            ("kalk.localhost", "/adressen/einrichtung-27-kalk/vcard/"),
            ("kalk.localhost", "/en/adressen/einrichtung-27-kalk/"),
            ("localhost", "/adressen/"),
            ("localhost", "/adressen/?veedel=kalk&stufenlos=1&offen=1"),
            ("localhost", "/adressen/einrichtung-27-chorweiler/"),
            # The public suggestion forms; "Änderung vorschlagen" prefills from the live entry.
            ("kalk.localhost", "/mitmachen/einrichtung/?eintrag=einrichtung-27-kalk"),
            ("kalk.localhost", "/mitmachen/veranstaltung/"),
            ("kalk.localhost", "/ar/mitmachen/einrichtung/"),
            ("localhost", "/mitmachen/veranstaltung/"),
        ]:
            client.get(path, HTTP_HOST=host)
            invalidate_chrome()
            info = f"{per_sozialraum} per Sozialraum: {host}{path}"
            with django_assert_max_num_queries(DIRECTORY_BUDGET, info=info):
                response = client.get(path, HTTP_HOST=host)
            assert response.status_code == 200, info
