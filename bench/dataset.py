"""The content of the benchmark database: what `bench.seed` builds once Django is set up.

The portal at the size of the real one (bench/config.py): `setup_sites` makes the sites,
sections and alias trees of the first SCALE.sozialraeume Sozialräume, then

- pictures drawn locally (home/demo/pictures.py), one in each site's header;
- directory entries, bulk-inserted (snippets, no tree), cycled through the demo's entries;
- news and events in German with `add_child` (treebeard finds each page's place, Wagtail checks
  it), without revisions (serving never reads them), each with the aliases in en, tr and ar that
  wagtail-localize gives every new page; every nth is really translated;
- the search index, built once at the end.

The texts are the demo's (fixtures/demo/: German, about the Veedel). The dates are spread over the
year around today; every 8th event is a weekly series, every 16th a monthly one, a few are
cancelled or have a date left out. The manifest tells the measuring which addresses to request.
"""

import datetime
import io
import json
import tempfile
import time
from pathlib import Path

from django.core.files.images import ImageFile
from django.core.management import call_command
from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.actions.create_alias import CreatePageAliasAction
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from bench.config import BASE_DIR
from bench.manifest import manifest
from home.demo import data
from home.demo.builder import deferred_indexing, no_mails
from home.demo.dates import parse_times, timed
from home.demo.directory import demo_organisations
from home.demo.events import FormatDefault, Veedel
from home.demo.pages import PROJECT_MOTIFS
from home.demo.pictures import DEMO_CREDIT, draw_picture
from home.setup import SiteSetup, section_pages
from snippets.models import (
    OpeningSlot,
    Organisation,
    OrganisationTargetGroup,
    OrganisationTopic,
    Sozialraum,
    TargetGroup,
    Topic,
)
from veedel.calendar.recurrence import WEEKDAYS
from veedel.models import EventOccurrenceChange, EventPage, NewsPage, SiteSettings

# Weekdays of the month series: the 1st to 4th of a month exist in every month.
MONTHLY_NTH_MAX = 4
# The time of an event whose template has none (an all-day one).
DEFAULT_TIME = "18:00-20:00"
LANGUAGE_NAMES = {"en": "English", "tr": "Türkçe", "ar": "العربية"}
# The fields an event takes from its template in fixtures/demo/events.yaml.
EVENT_FIELDS = (
    "teaser",
    "description",
    "organiser",
    "is_free",
    "price",
    "languages",
    "step_free",
    "accessible_toilet",
    "hearing_loop",
    "sign_language",
    "accessibility_note",
    "registration_required",
    "registration_phone",
    "registration_email",
    "online_link",
)


# -- building -----------------------------------------------------------------------------------


def sozialraum_list(count):
    """fixtures/sozialraeume.json cut to its first `count` Sozialräume, as a file for SiteSetup."""
    listing = json.loads((BASE_DIR / "fixtures" / "sozialraeume.json").read_text(encoding="utf-8"))
    listing["sozialraeume"] = listing["sozialraeume"][:count]
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 (removed by the caller)
        "w", suffix=".json", delete=False, encoding="utf-8"
    )
    with handle:
        json.dump(listing, handle, ensure_ascii=False)
    return Path(handle.name), [entry["slug"] for entry in listing["sozialraeume"]]


class Seeder:
    """Builds the database step by step (`run`), saying how long each step took."""

    def __init__(self, scale):
        self.scale = scale
        self.today = timezone.localdate()
        self.now = timezone.now()
        self.timings = {}

    def step(self, name, function, *args):
        started = time.monotonic()
        print(f"  {name} …", flush=True)
        result = function(*args)
        self.timings[name] = round(time.monotonic() - started, 1)
        print(f"  {name}: {self.timings[name]} s", flush=True)
        return result

    def run(self):
        with transaction.atomic(), deferred_indexing(), no_mails():
            self.step("Websites, Bereiche und Sprachbäume (setup_sites)", self.sites)
            self.step("Bilder", self.pictures)
            self.step("Adressverzeichnis", self.directory)
            self.step("Meldungen", self.news)
            self.step("Veranstaltungen", self.events)
            self.step("Übersetzungen", self.translations)
        self.step("Suchindex", call_command, "update_index", "--verbosity=0")
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        return manifest(self)

    def sites(self):
        list_path, slugs = sozialraum_list(self.scale.sozialraeume)
        try:
            SiteSetup(list_path=list_path).run()
        finally:
            list_path.unlink()
        by_slug = {s.slug: s for s in Sozialraum.objects.filter(slug__in=slugs).select_related("site")}
        self.sozialraeume = [by_slug[slug] for slug in slugs]
        self.german = Locale.objects.get(language_code="de")
        self.locales = list(Locale.objects.exclude(pk=self.german.pk).order_by("language_code"))
        self.landing_site = Site.objects.get(is_default_site=True)
        self.sections = {
            sozialraum.slug: section_pages(sozialraum.site.root_page.specific, "sozialraum")
            for sozialraum in self.sozialraeume
        }
        self.topics = {topic.slug: topic for topic in Topic.objects.all()}
        self.target_groups = {group.slug: group for group in TargetGroup.objects.all()}

    def pictures(self):
        image_model = get_image_model()
        root = Collection.get_first_root_node()
        colours = [SiteSettings.for_site(s.site).theme_colour or "#1d4f73" for s in self.sozialraeume]
        self.images = []
        for number in range(self.scale.pictures):
            motif = PROJECT_MOTIFS[number % len(PROJECT_MOTIFS)]
            image = image_model(
                title=f"Bild {number + 1} aus dem Veedel",
                description=f"Gezeichnetes Symbolbild: {motif}",
                credit=DEMO_CREDIT,
                collection=root,
            )
            picture = draw_picture(motif, colours[number % len(colours)])
            image.file = ImageFile(io.BytesIO(picture), name=f"bench-{number + 1}.jpg")
            image.save()
            self.images.append(image)
        for number, site in enumerate(Site.objects.order_by("pk")):
            site_settings = SiteSettings.for_site(site)
            site_settings.header_image = self.images[number % len(self.images)]
            site_settings.save()

    def directory(self):
        """The entries, cycled through the demo's entries of each Sozialraum, inserted in bulk."""
        pools = {s.slug: demo_organisations(s, self.sozialraeume, self.today) for s in self.sozialraeume}
        everything = [item for items in pools.values() for item in items]
        by_slug = {s.slug: s for s in self.sozialraeume}
        made, taken = [], set()
        count = len(self.sozialraeume)
        for number in range(self.scale.entries):
            sozialraum = self.sozialraeume[number % count]
            pool = pools[sozialraum.slug] or everything
            turn, place = divmod(number // count, len(pool))
            item = dict(pool[place])
            if turn:
                item["name"] = f"{item['name']} – Standort {turn + 1}"
            links = {key: item.pop(key) for key in ("slots", "topics", "target_groups", "further")}
            item.pop("parent")
            slug = base = slugify(item["name"])[:70]
            suffix = 1
            while slug in taken:
                suffix += 1
                slug = f"{base[:65]}-{suffix}"
            taken.add(slug)
            entry = Organisation(slug=slug, sozialraum=sozialraum, locale=self.german, live=True, **item)
            made.append((entry, links))
        Organisation.objects.bulk_create([entry for entry, _links in made], batch_size=200)
        further = Organisation._meta.get_field("further_sozialraeume").remote_field.through
        slots, topics, groups, others = [], [], [], []
        for entry, links in made:
            slots += [
                OpeningSlot(
                    organisation=entry, weekday=w, opens=o, closes=c, locale=self.german, sort_order=n
                )
                for n, (w, o, c) in enumerate(links["slots"])
            ]
            topics += [OrganisationTopic(tag=self.topics[s], content_object=entry) for s in links["topics"]]
            groups += [
                OrganisationTargetGroup(tag=self.target_groups[s], content_object=entry)
                for s in links["target_groups"]
            ]
            others += [further(organisation=entry, sozialraum=by_slug[s]) for s in links["further"]]
        OpeningSlot.objects.bulk_create(slots, batch_size=500)
        OrganisationTopic.objects.bulk_create(topics, batch_size=500)
        OrganisationTargetGroup.objects.bulk_create(groups, batch_size=500)
        further.objects.bulk_create(others, batch_size=500)
        self.entries = {
            s.slug: [e for e, _links in made if e.sozialraum_id == s.pk] for s in self.sozialraeume
        }

    def add_pages(self, parent, pages):
        """Publish `pages` below `parent` as editors' new pages: live, each with its aliases.

        The German page goes in with `add_child` (treebeard finds its place, Wagtail checks it).
        Its aliases in en, tr and ar are what wagtail-localize's `create_aliases_for_new_page`
        makes, but with their places below the parent's alias reserved in advance, as Wagtail
        does when it aliases a whole subtree: without treebeard's `add_child` and Wagtail's
        checks for each of them.
        """
        for page in pages:
            page.locale = self.german
            page.live = True
            page.first_published_at = page.last_published_at = self.now
            parent.add_child(instance=page)
        for locale in self.locales:
            alias_parent = parent.get_translation(locale)
            last = alias_parent.get_last_child()
            step = Page._str2int(last.path[-Page.steplen :]) if last else 0
            depth = alias_parent.depth + 1
            for page in pages:
                step += 1
                path = Page._get_path(alias_parent.path, depth, step)
                CreatePageAliasAction(
                    page,
                    parent=alias_parent,
                    update_locale=locale,
                    reset_translation_key=False,
                    _mpnode_attrs=(path, depth),
                ).execute(skip_permission_checks=True)
            Page.objects.filter(pk=alias_parent.pk).update(numchild=alias_parent.numchild + len(pages))
        return pages

    def news(self):
        pools = {s.slug: data.news(s.slug) for s in self.sozialraeume}
        everything = [item for items in pools.values() for item in items]
        count = len(self.sozialraeume)
        made = {}
        for number in range(self.scale.news):
            sozialraum = self.sozialraeume[number % count]
            pool = pools[sozialraum.slug] or everything
            item = pool[(number // count) % len(pool)]
            days_ago = (number * 37) % 365
            page = NewsPage(
                title=item["title"],
                slug=f"{slugify(item['title'])[:70]}-{number + 1}",
                date=self.today - datetime.timedelta(days=days_ago),
                teaser=item["teaser"],
                body=list(item["body"]),
                show_on_landing=number % 3 == 0,
                image=self.images[number % len(self.images)] if number % 2 == 0 else None,
            )
            entries = self.entries[sozialraum.slug]
            if entries and number % 2:
                page.author_entry = entries[number % len(entries)]
            page.topics.add(*(self.topics[slug] for slug in item["topics"]))
            made.setdefault(sozialraum.slug, []).append(page)
        for slug, pages in made.items():
            self.add_pages(self.sections[slug]["aktuelles"], pages)
        self.news_pages = [page for pages in made.values() for page in pages]

    def events(self):
        calendar = data.read("events.yaml")
        templates = [
            template
            for template in calendar["regular"] + calendar["every_sozialraum"] + calendar["pool"]
            if "title" in template  # a festival takes its title from the time of year
        ]
        self.event_pages = {}
        for sozialraum in self.sozialraeume:
            index = self.sections[sozialraum.slug]["veranstaltungen"]
            self.event_pages[sozialraum.slug] = self.add_pages(
                index,
                [
                    self.event(sozialraum, number, templates, calendar["places"])
                    for number in range(self.scale.events_per_sozialraum)
                ],
            )

    def event(self, sozialraum, number, templates, places):
        """One event of the Sozialraum: a weekly series (every 8th), a monthly one (every 16th) or a date."""
        template = templates[number % len(templates)]
        veedel = Veedel(sozialraum, self.today, places)
        salt = f"{template['title']}:{number}"
        values = {}
        if "places" in template:
            values.update(places[veedel.pick(f"{salt}:place", template["places"])])
        values.update({name: template[name] for name in EVENT_FIELDS if name in template})
        placeholders = FormatDefault(
            name=sozialraum.name, slug=sozialraum.slug, part=veedel.part(salt), phone=veedel.phone(salt)
        )
        for name, value in values.items():
            if isinstance(value, dict) and "pick" in value:
                value = veedel.pick(f"{salt}:{name}", value["pick"])
            values[name] = value.format_map(placeholders) if isinstance(value, str) else value
        values.setdefault("description", f"<p>{values.get('teaser', '')}</p>")
        times = parse_times(
            template.get("time") or veedel.pick(f"{salt}:time", template.get("times", [DEFAULT_TIME]))
        )
        title = template["title"].format_map(placeholders)
        page = EventPage(slug=f"{slugify(title)[:70]}-{number + 1}", title=title, **values)
        changes = []
        if number % 8 == 0:  # weekly, begun some weeks ago; every third without end
            day = self.today - datetime.timedelta(weeks=veedel.number(f"{salt}:ago") % 10, days=number % 7)
            page.repeat, page.repeat_weekdays = "weekly", WEEKDAYS[day.weekday()]
            page.repeat_count = None if number % 3 == 0 else 10 + veedel.number(f"{salt}:count") % 30
            changes.append(day + datetime.timedelta(weeks=3))
        elif number % 16 == 4:  # monthly on a weekday, for a year
            day = self.today - datetime.timedelta(days=veedel.number(f"{salt}:ago") % 60)
            while (day.day - 1) // 7 + 1 > MONTHLY_NTH_MAX:
                day -= datetime.timedelta(days=7)
            page.repeat, page.repeat_nth, page.repeat_count = "monthly_weekday", (day.day - 1) // 7 + 1, 12
        else:  # a single date from two months ago to half a year ahead
            day = self.today + datetime.timedelta(days=veedel.number(f"{salt}:day") % 240 - 60)
            if number % 40 == 1:
                page.status, page.status_reason = "cancelled", "Die Leitung ist erkrankt."
        for name, value in timed(day, times).items():
            setattr(page, name, value)
        for original_date in changes:
            page.occurrence_changes.add(
                EventOccurrenceChange(original_date=original_date, action="exclude", reason="Feiertag")
            )
        entries = self.entries[sozialraum.slug]
        if entries:
            entry = entries[veedel.number(f"{salt}:entry") % len(entries)]
            if number % 2 == 0:
                page.venue = entry
            else:
                page.street, page.postcode = entry.street, entry.postcode
        if number % 4 == 0:
            page.image = self.images[number % len(self.images)]
        page.topics.add(*(self.topics[slug] for slug in template["topics"]))
        page.target_groups.add(*(self.target_groups[slug] for slug in template["target_groups"]))
        return page

    def translations(self):
        """Every nth news item and event translated into en, tr and ar (its title), replacing its alias."""
        chosen = self.news_pages[:: self.scale.translate_every_news]
        for pages in self.event_pages.values():
            chosen += pages[:: self.scale.translate_every_event]
        for page in chosen:
            translate_title(page, self.locales)
        self.translated = len(chosen) * len(self.locales)


def translate_title(page, locales):
    """A real wagtail-localize translation of `page` into each locale, its title translated.

    What an editor's translation in the admin makes (tests/factories.py `translate`); the alias
    the page had in that language becomes the translation.
    """
    source, _created = TranslationSource.get_or_create_from_instance(page)
    segment = StringSegment.objects.get(source=source, context__path="title")
    for locale in locales:
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            data=f"{page.title} ({LANGUAGE_NAMES.get(locale.language_code, locale.language_code)})",
        )
        Translation.objects.create(source=source, target_locale=locale).save_target(publish=True)
