"""Every public page type on a 360 px phone and a 1,280 px screen: nothing wider than the window.

On top of the test portal the test makes one page of each kind in Kalk (news, project, event,
standard page) with long German words, really translated into en/tr/ar with wagtail-localize, and
a German directory entry with a long e-mail address, web address and opening hours (with its
"Fehler melden" form page). Every public page type is opened at 360 px in all four languages; in
German and Arabic also at 1,280 px, with a screenshot of the whole page each into the folder
SCREENSHOT_OUTPUT names, if it is set (.ci/run sets it to ci-output/screenshots/, which git
ignores, in the SQLite run).

No live server: Chromium's requests are answered inside the test, by Django's test client (pages)
and the static and media folders (files). So the test runs in the usual rolled-back transaction,
sees its own data without committing it, and leaves the test portal in place for any browser test
after it in the same process (a live-server test empties the database, see conftest.py). As in
conftest.py's `page`, any request to a foreign server and anything the Content-Security-Policy
blocks fail the test.
"""

import datetime
import os
import time
from pathlib import Path

import pytest
from django.conf import settings
from wagtail.models import Locale

from home.models import (
    CityDirectoryPage,
    CityEventIndexPage,
    CityNewsIndexPage,
    CityProjectIndexPage,
    LandingPage,
)
from snippets.models import Topic
from tests.conftest import section
from tests.factories import (
    EventPageFactory,
    NewsPageFactory,
    OrganisationFactory,
    ProjectPageFactory,
    StandardPageFactory,
    translate,
)
from veedel.models import DirectoryPage, EventIndexPage, NewsIndexPage, ProjectIndexPage, StandardPage

pytestmark = pytest.mark.browser

SOZIALRAUM = "kalk"
LANGUAGES = ["de", "en", "tr", "ar"]
SCREENSHOT_LANGUAGES = ["de", "ar"]
PHONE, SCREEN = 360, 1280
LONG_TITLE = "Nachbarschaftshilfeveranstaltungsreihe der Jugendberufshilfeeinrichtung im Veedel"
# Per language a title of the same length as the German one.
TITLES = {
    "en": "Neighbourhood help series of the youth employment assistance centre in the Veedel",
    "tr": "Mahalledeki gençlik mesleki yardım kurumunun komşuluk yardımlaşma etkinlikleri dizisi",
    "ar": "سلسلة فعاليات المساعدة بين الجيران في مركز دعم الشباب المهني في الحي",
}
OVERFLOW_JS = """() => {
    const width = window.innerWidth;
    const wide = [];
    for (const element of document.querySelectorAll("body *")) {
        const box = element.getBoundingClientRect();
        if (box.width && (box.right > width + 1 || box.left < -1) && wide.length < 5) {
            const style = getComputedStyle(element);
            if (style.visibility !== "hidden" && style.display !== "none") {
                const where = `${Math.round(box.left)}–${Math.round(box.right)}`;
                wide.push(`${element.tagName.toLowerCase()}.${element.className} (${where})`);
            }
        }
    }
    return {scrollWidth: document.documentElement.scrollWidth, innerWidth: width, wide};
}"""


def screenshot_dir():
    """The folder in SCREENSHOT_OUTPUT, or None: then the test takes no pictures (9 of its 45 s)."""
    if not os.environ.get("SCREENSHOT_OUTPUT"):
        return None
    folder = Path(os.environ["SCREENSHOT_OUTPUT"])
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def path_of(page):
    return page.get_url_parts()[2]


def translated_everywhere(page):
    for language, title in TITLES.items():
        translate(page, Locale.objects.get(language_code=language), f"{title} ({page.title[:12]})")
    return page


def build(kalk):
    """One page of every type with long words, in every language: {name: {language: (sozialraum, path)}}."""
    topic = Topic.objects.create(
        name="Nachbarschaftshilfe und Beratung", slug="nachbarschaftshilfe", name_ar="مساعدة الجيران"
    )
    news = translated_everywhere(
        NewsPageFactory(parent=section(kalk, NewsIndexPage), title=f"{LONG_TITLE} Aktuelles", topics=[topic])
    )
    project = translated_everywhere(
        ProjectPageFactory(
            parent=section(kalk, ProjectIndexPage), title=f"{LONG_TITLE} Beispiel", topics=[topic]
        )
    )
    event = translated_everywhere(
        EventPageFactory(
            parent=section(kalk, EventIndexPage),
            title=f"{LONG_TITLE} Termin",
            place_name="Bürgerzentrumsveranstaltungssaal Kalk-Mülheimer-Straße",
        )
    )
    translated_everywhere(StandardPageFactory(parent=kalk.site.root_page, title=f"{LONG_TITLE} Seite"))
    entry = OrganisationFactory(
        sozialraum=kalk,
        name="Jugendberufshilfeberatungsstelle Kalk-Nord",
        email="jugendberufshilfeberatungsstelle.kalk-nord@sozialraumkoordination-koeln.example",
        website="https://www.jugendberufshilfeberatungsstelle-kalk-nord.example/angebote/oeffnungszeiten/",
        phone="0221 / 123 456 789 - 0",
        slots=[(day, datetime.time(9), datetime.time(17, 30)) for day in range(5)],
        topics=[topic],
    )
    landing = LandingPage.objects.get(locale__language_code="de")
    urls = {}
    for language in LANGUAGES:
        locale = Locale.objects.get(language_code=language)
        prefix = "" if language == "de" else f"/{language}"

        def local(page, locale=locale):
            return path_of(page.get_translation(locale))

        city = {
            model: local(model.objects.child_of(landing).get())
            for model in (CityNewsIndexPage, CityProjectIndexPage, CityEventIndexPage, CityDirectoryPage)
        }
        kalk_pages = {
            model: local(section(kalk, model))
            for model in (NewsIndexPage, ProjectIndexPage, EventIndexPage, DirectoryPage)
        }
        landing_pages = {
            "portal": local(landing),
            "portal-aktuelles": city[CityNewsIndexPage],
            "portal-gute-beispiele": city[CityProjectIndexPage],
            "portal-kalender": city[CityEventIndexPage],
            "portal-kalender-monat": city[CityEventIndexPage] + "monat/",
            "portal-adressen": city[CityDirectoryPage],
            "portal-adresse": city[CityDirectoryPage] + entry.slug + "/",
            "portal-themen": local(landing) + "themen/",
            "portal-thema": local(landing) + f"themen/{topic.slug}/",
            "portal-seite": local(StandardPage.objects.child_of(landing).first()),
        }
        kalk_urls = {
            "start": local(kalk.site.root_page),
            "aktuelles": kalk_pages[NewsIndexPage],
            "meldung": local(news),
            "gute-beispiele": kalk_pages[ProjectIndexPage],
            "beispiel": local(project),
            "kalender": kalk_pages[EventIndexPage],
            "kalender-monat": kalk_pages[EventIndexPage] + "monat/",
            "kalender-archiv": kalk_pages[EventIndexPage] + "archiv/",
            "termin": local(event),
            "adressen": kalk_pages[DirectoryPage],
            "adresse": kalk_pages[DirectoryPage] + entry.slug + "/",
            "adresse-fehler-melden": kalk_pages[DirectoryPage] + entry.slug + "/fehler-melden/",
            "seite": local(StandardPage.objects.filter(title__startswith=LONG_TITLE).get()),
            "mitmachen": local(StandardPage.objects.child_of(kalk.site.root_page).get(slug="mitmachen")),
            "vorschlag-veranstaltung": f"{prefix}/mitmachen/veranstaltung/",
            "vorschlag-einrichtung": f"{prefix}/mitmachen/einrichtung/",
            "404": f"{prefix}/gibt-es-nicht/",
        }
        for name, path in landing_pages.items():
            urls.setdefault(name, {})[language] = (None, path)
        for name, path in kalk_urls.items():
            urls.setdefault(f"kalk-{name}", {})[language] = (SOZIALRAUM, path)
    return urls


def check_wide_screen(page, name):
    """At 1,280 px: the main menu is one row, the directory list as wide as the page's content."""
    tops = page.eval_on_selector_all(".main-nav__list > li", "items => items.map(item => item.offsetTop)")
    assert len(set(tops)) <= 1, (name, "Hauptmenü in mehr als einer Zeile", tops)  # 404 has no menu
    if page.locator(".org-list").count():
        widths = page.evaluate("""() => {
            const box = document.querySelector(".org-list").closest(".container");
            const style = getComputedStyle(box);
            const padding = parseFloat(style.paddingInlineStart) + parseFloat(style.paddingInlineEnd);
            return [document.querySelector(".org-list").clientWidth, box.clientWidth - padding];
        }""")
        assert widths[0] >= widths[1] - 1, (name, "Adressliste nicht über die ganze Breite", widths)


@pytest.mark.django_db
def test_no_public_page_is_wider_than_the_window(tab, kalk):
    started = time.monotonic()
    urls = build(kalk)
    built = time.monotonic()
    folder = screenshot_dir()
    too_wide = []
    visits = 0
    for language in LANGUAGES:
        widths = [PHONE, SCREEN] if language in SCREENSHOT_LANGUAGES else [PHONE]
        for width in widths:
            tab.page.set_viewport_size({"width": width, "height": 800})
            for name, by_language in urls.items():
                sozialraum, path = by_language[language]
                host = f"{sozialraum}.{settings.PORTAL_DOMAIN}" if sozialraum else settings.PORTAL_DOMAIN
                response = tab.open(host, path)
                assert response.status == (404 if name.endswith("404") else 200), (language, name, path)
                visits += 1
                measured = tab.page.evaluate(OVERFLOW_JS)
                if measured["scrollWidth"] > measured["innerWidth"]:
                    too_wide.append((language, width, name, path, measured["scrollWidth"], measured["wide"]))
                if width == SCREEN:
                    check_wide_screen(tab.page, f"{language}/{name}")
                if folder and language in SCREENSHOT_LANGUAGES:
                    shot = folder / f"{language}-{width}-{name}.jpg"
                    tab.page.screenshot(
                        path=shot, full_page=True, type="jpeg", quality=70, animations="disabled"
                    )
    took = time.monotonic() - started
    print(f"{visits} Seiten; Daten {built - started:.1f} s, zusammen {took:.1f} s; Bilder in {folder}")
    assert not too_wide, "\n".join(map(str, too_wide))
