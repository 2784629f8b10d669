"""The manifest of a seeded database: which addresses the benchmark measures, and the sizes.

One Veedel (the first Sozialraum of the list) stands for all: its start page, lists and detail
pages (the newest news item with a picture, a weekly series with a venue, an entry with opening
hours), the landing site's start page, city calendar and its iCal feed, a topic, the search.
"""

from collections import Counter
from urllib.parse import urlencode

from django.db.models import Count
from wagtail.models import Page

from home.setup import section_pages
from snippets.models import Organisation, Topic
from veedel.models import EventPage, NewsPage


def manifest(seeder):
    """What the measuring needs: the addresses of the measured pages (with the goal each is held
    to), the sizes of the data and how long each step of seeding took.
    """
    german = seeder.german
    veedel = seeder.sozialraeume[0]
    home = veedel.site.root_page.specific
    sections = seeder.sections[veedel.slug]
    landing = seeder.landing_site.root_page.specific
    city = section_pages(landing, "landing")
    in_veedel = {"locale": german, "path__startswith": home.path}
    news_item = NewsPage.objects.live().filter(image__isnull=False, **in_veedel).order_by("-date").first()
    event = EventPage.objects.live().filter(repeat="weekly", venue__isnull=False, **in_veedel).first()
    entry = (
        Organisation.objects.filter(sozialraum=veedel, locale=german, opening_slots__isnull=False)
        .order_by("pk")
        .first()
    )
    topic = (
        Topic.objects.filter(tagged_organisations__content_object__sozialraum=veedel)
        .annotate(uses=Count("tagged_organisations"))
        .order_by("-uses", "slug")
        .first()
    )
    directory = sections["adressen"]
    veedel_host, landing_host = veedel.site.hostname, seeder.landing_site.hostname
    word = event.title.split()[0]
    filtered = "?" + urlencode({"thema": topic.slug})

    def at(page):
        return page.get_url_parts()[2]

    pages = [
        ("landing", "Startseite Portal", landing_host, "/", "home"),
        ("veedel", f"Startseite {veedel.name}", veedel_host, "/", "home"),
        ("news_list", "Aktuelles (Liste)", veedel_host, at(sections["aktuelles"]), ""),
        ("news_item", "Meldung", veedel_host, at(news_item), "detail"),
        ("calendar", "Kalender (Liste)", veedel_host, at(sections["veranstaltungen"]), ""),
        ("month", "Monatsansicht", veedel_host, at(sections["veranstaltungen"]) + "monat/", ""),
        ("city_calendar", "Stadtkalender", landing_host, at(city["veranstaltungen"]), ""),
        ("event", "Veranstaltung (Serie)", veedel_host, at(event), "detail"),
        ("directory", f"Adressen, Thema {topic.name}", veedel_host, at(directory) + filtered, ""),
        ("entry", "Adresseintrag", veedel_host, at(directory) + f"{entry.slug}/", "detail"),
        ("topic", f"Themenseite {topic.name}", landing_host, f"{at(landing)}themen/{topic.slug}/", ""),
        ("search", f"Suche „{word}“", landing_host, f"/suche/?{urlencode({'q': word})}", ""),
        ("city_ical", "iCal Stadtkalender", landing_host, at(city["veranstaltungen"]) + "ical/", "ical"),
        ("rss", "RSS Meldungen", veedel_host, "/feed/", ""),
        ("api", "API Seitenliste", veedel_host, "/api/v2/pages/", ""),
    ]  # fmt: skip
    counts = Counter(Page.objects.values_list("locale__language_code", flat=True))
    events = EventPage.objects.filter(locale=german)
    return {
        "scale": seeder.scale.name,
        "seed_seconds": seeder.timings,
        "pages": [
            {"key": key, "label": label, "host": host, "path": path, "goal": goal}
            for key, label, host, path, goal in pages
        ],
        "sizes": {
            "sozialraeume": len(seeder.sozialraeume),
            "events": events.count(),
            "weekly": events.filter(repeat="weekly").count(),
            "monthly": events.filter(repeat="monthly_weekday").count(),
            "news": NewsPage.objects.filter(locale=german).count(),
            "entries": Organisation.objects.filter(locale=german).count(),
            "pages_by_language": dict(sorted(counts.items())),
            "translated": seeder.translated,
            "aliases": Page.objects.filter(alias_of__isnull=False).count(),
            "pictures": len(seeder.images),
        },
    }
