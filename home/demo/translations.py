"""The demo's translations: fixtures/demo/translations/<lang>/ made into real wagtail-localize translations.

Each file mirrors its German file and names the German item of every entry with `source:` (the
format is in docs/demo.md). For each entry the builder makes the German item again, with the same
code that built it (pages.py, directory.py, events.py), from the German values overlaid with the
translated ones; `translate_from_copy` pairs that copy with the German page or entry segment by
segment and saves a real translation with its own slug. A translation that exists already (made
by a run before, or by an editor) is left alone, so a second run changes nothing.

The tagline and footer text of a file go into the site settings' fields of the language
(`tagline_<lang>`, `footer_text_<lang>`) where the settings have them and they are still empty.
"""

import re

from django.utils import timezone
from django.utils.text import slugify
from wagtail.fields import StreamField
from wagtail.models import Locale, Site
from wagtail_localize.models import TranslationSource

from snippets.models import Organisation
from snippets.translating import StructureMismatch, translate_from_copy
from veedel.models import SiteSettings

from ..models import LandingPage
from ..setup import section_pages
from . import data
from .directory import demo_organisations, organisation_entry
from .events import demo_events
from .sites import ABOUT_SLUG, COORDINATION_SLUG

LANGUAGES = ("en", "tr", "ar")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# The German text a file is paired with: changed since a translation was made, that translation is old.
COMPARED_FIELDS = ("intro", "teaser", "short_description")


class DemoTranslationError(data.DemoDataError):
    """A translation file does not fit its German source."""


class TranslationFiles:
    """The translation files of one language, read like the German ones (data.py)."""

    def __init__(self, root, language):
        self.folder = root / language

    def read(self, name):
        return data.load(self.folder / name)

    def fail(self, name, source, problem):
        raise DemoTranslationError(f"{self.folder / name}, Eintrag „{source}“: {problem}")


def _page_text(text):
    """A translated item with its body as StreamField blocks, like data.py makes the German ones."""
    return {**text, "body": data.blocks(text["body"])} if "body" in text else dict(text)


def _as_saved(instance):
    """The StreamFields of an unsaved copy as saving and loading make them, like the German's.

    Saving gives every block an id (wagtail-localize's paths need one), loading puts the fields of
    a block in the block's order, whatever order a file wrote them in (`attribution` before `text`).
    """
    for field in instance._meta.concrete_fields:
        if isinstance(field, StreamField):
            value = getattr(instance, field.attname)
            setattr(instance, field.attname, field.stream_block.to_python(value.get_prep_value()))


def _translates_older_text(german):
    """Whether the German text its translations were made from differs from the German's text now."""
    source = TranslationSource.objects.get_for_instance_or_none(german)
    if source is None:
        return False
    then = source.as_instance()
    return any(getattr(then, field, None) != getattr(german, field, None) for field in COMPARED_FIELDS)


def _blocks_of(stream):
    return [(child.block_type, child.value) for child in stream]


class DemoTranslationSteps:
    """The step of `DemoBuilder` that translates the demo content named in the translation files."""

    translations_root = data.DEMO_DATA / "translations"

    def build_translations(self, sozialraeume):
        self._older_text = {}  # answers of translates_older_text, for this run
        for language in LANGUAGES:
            locale = Locale.objects.filter(language_code=language).first()
            if locale is None:
                continue
            files = TranslationFiles(self.translations_root, language)
            self.translate_landing(files, locale)
            self.translate_quizzes(files, locale)  # home/demo/quiz.py
            for sozialraum in sozialraeume:
                self.translate_sozialraum(files, locale, sozialraum, sozialraeume)

    def translate(self, files, name, source, german, translated, locale, slug=None, *, matches=True):
        """Translate `german` with the text of `translated`, unless it has a translation already.

        `matches` is false when the German no longer has the demo's text (an editor changed it, or
        setup_sites' placeholder is still there): the file does not translate it, so it stays as it is.
        A translation of an earlier German text (setup_sites translates its placeholders and the empty
        start pages before the demo fills them) gets the file's text.
        """
        existing = german.get_translation_or_none(locale)
        if existing is not None and getattr(existing, "alias_of_id", None) is None:
            if not self.translates_older_text(german):
                return
        if not matches:
            self.say(
                f"  {files.folder / name}, „{source}“: der deutsche Text wurde geändert, bleibt unübersetzt"
            )
            return
        if slug is not None:
            if not isinstance(slug, str) or not SLUG.match(slug):
                files.fail(
                    name, source, f"Der Kurzname „{slug}“ darf nur a–z, 0–9 und Bindestriche enthalten."
                )
            translated.slug = slug
        _as_saved(translated)
        try:
            translate_from_copy(german, translated, locale)
        except StructureMismatch as error:
            files.fail(
                name,
                source,
                f"Die Übersetzung hat nicht den Aufbau des deutschen Textes ({error}). Es braucht dieselben "
                "Blöcke in derselben Reihenfolge und gleich viele Absätze, Listenpunkte und Auszeichnungen.",
            )
        self.created += 1

    def translates_older_text(self, german):
        """`_translates_older_text`, asked once per German item and build: translating it into the
        first language takes its text into wagtail-localize again, after which the question would
        have no answer for the other two languages."""
        key = (german._meta.label, german.pk)
        if key not in self._older_text:
            self._older_text[key] = _translates_older_text(german)
        return self._older_text[key]

    def translate_settings(self, site, locale, text):
        """The tagline and footer text of the file, where the site settings have a field for the language.

        Only fields that are still empty: an editor's text stays.
        """
        fields = {field.name for field in SiteSettings._meta.get_fields()}
        values = {
            f"{name}_{locale.language_code}": text[name]
            for name in ("tagline", "footer_text")
            if name in text
        }
        values = {field: value for field, value in values.items() if field in fields}
        if values:
            self.fill_settings(site, **values)

    # -- the portal's start page and its background pages ---------------------

    def translate_landing(self, files, locale):
        text = files.read("landing.yaml")
        if text is None:
            return
        landing = LandingPage.objects.get(pk=Site.objects.get(is_default_site=True).root_page_id)
        if "intro" in text:
            copy = LandingPage.objects.get(pk=landing.pk)
            self.translate(
                files,
                "landing.yaml",
                "Startseite",
                landing,
                self.filled_root(copy, text["intro"], _blocks_of(copy.body)),
                locale,
                matches=landing.intro == data.landing()["intro"],
            )
        self.translate_settings(landing.get_site(), locale, text)
        german_pages = {page["slug"]: page for page in data.landing()["pages"]}
        for item in text.get("pages", []):
            source = item.get("source")
            if source not in german_pages:
                files.fail(
                    "landing.yaml",
                    source,
                    "Eine deutsche Seite mit diesem Kurznamen gibt es in fixtures/demo/landing.yaml nicht.",
                )
            german = landing.get_children().filter(slug=source, locale=self.source).first()
            if german is not None:
                page = _page_text({**german_pages[source], **item})
                copy = self.standard_page(source, page["title"], page["intro"], page["body"])
                german = german.specific
                same = german.intro == german_pages[source]["intro"]
                self.translate(
                    files, "landing.yaml", source, german, copy, locale, item.get("slug"), matches=same
                )

    # -- one Sozialraum -------------------------------------------------------

    def translate_sozialraum(self, files, locale, sozialraum, sozialraeume):
        home = sozialraum.site.root_page.specific
        name = f"sozialraeume/{sozialraum.slug}.yaml"
        text = files.read(name)
        if text is not None:
            self.translate_home(files, name, locale, home, text, data.sozialraum_texts(sozialraum.slug))
        sections = section_pages(home, "sozialraum")
        self.translate_news(files, locale, sozialraum, sections["aktuelles"])
        self.translate_events(files, locale, sozialraum, sections["veranstaltungen"])
        self.translate_directory(files, locale, sozialraum, sozialraeume)

    def translate_home(self, files, name, locale, home, text, german_text):
        if "intro" in text:
            copy = type(home).objects.get(pk=home.pk)
            body = (
                self.linked_blocks(home, data.blocks(text["home_body"]))
                if "home_body" in text
                else _blocks_of(copy.body)
            )
            self.translate(
                files,
                name,
                "Startseite",
                home,
                self.filled_root(copy, text["intro"], body),
                locale,
                matches=german_text is not None and home.intro == german_text["intro"],
            )
        self.translate_settings(home.get_site(), locale, text)
        for key, slug in (("about", ABOUT_SLUG), ("coordination", COORDINATION_SLUG)):
            german = home.get_children().filter(slug=slug, locale=self.source).first()
            if key in text and german is not None and german_text is not None:
                page = {**german_text[key], **_page_text(text[key])}
                copy = self.standard_page(slug, page["title"], page["intro"], page["body"])
                german = german.specific
                same = german.intro == german_text[key]["intro"]
                self.translate(files, name, key, german, copy, locale, page.get("slug"), matches=same)

    def translate_news(self, files, locale, sozialraum, index):
        name = f"news/{sozialraum.slug}.yaml"
        items = files.read(name) or []
        german_items = {item["title"]: item for item in data.news(sozialraum.slug)}
        for item in items:
            source = item.get("source")
            if source not in german_items:
                files.fail(
                    name,
                    source,
                    "Eine Meldung mit diesem Titel gibt es in "
                    f"fixtures/demo/news/{sozialraum.slug}.yaml nicht.",
                )
            german = index.get_children().filter(slug=slugify(source)[:80], locale=self.source).first()
            if german is not None:
                copy = self.news_item({**german_items[source], **_page_text(item)}, sozialraum)
                german = german.specific
                same = german.teaser == german_items[source]["teaser"]
                self.translate(files, name, source, german, copy, locale, item.get("slug"), matches=same)

    def translate_events(self, files, locale, sozialraum, index):
        """The events made from a translated template, in this Sozialraum's variant of it."""
        items = files.read("events.yaml") or []
        if not items:
            return
        calendar = data.read("events.yaml")
        templates = {
            template["title"]: template
            for template in calendar["regular"] + calendar["every_sozialraum"] + calendar["pool"]
            if "title" in template  # a festival takes its title from the time of year
        }
        for item in items:
            source = item.get("source")
            if source not in templates:
                files.fail(
                    "events.yaml",
                    source,
                    "Eine Vorlage mit diesem Titel gibt es in fixtures/demo/events.yaml nicht "
                    "(Feste bleiben deutsch).",
                )
        today = timezone.localdate()
        translated = {item["source"]: item for item in items}
        german_events = demo_events(sozialraum, today)
        for german_item, item in zip(german_events, demo_events(sozialraum, today, translated), strict=True):
            if "source" not in item:
                continue  # this Sozialraum's event of an untranslated template, or a template it did not get
            german = (
                index.get_children().filter(slug=slugify(german_item["title"]), locale=self.source).first()
            )
            if german is None:
                continue
            german = german.specific
            values = {key: value for key, value in item.items() if key not in ("source", "slug")}
            copy = self.event_item(values, sozialraum)
            # Moving an event writes today's German dates into its reason: keep the German page's one.
            if "status_reason" not in translated[item["source"]]:
                copy.status_reason = german.status_reason
            self.translate(
                files,
                "events.yaml",
                item["source"],
                german,
                copy,
                locale,
                item.get("slug"),
                matches=german.teaser == german_item["teaser"],
            )

    def translate_directory(self, files, locale, sozialraum, sozialraeume):
        name = f"directory/{sozialraum.slug}.yaml"
        items = files.read(name) or []
        if not items:
            return
        german_items = {
            item["name"]: item for item in demo_organisations(sozialraum, sozialraeume, timezone.localdate())
        }
        by_slug = {other.slug: other for other in sozialraeume}
        for item in items:
            source = item.get("source")
            if source not in german_items:
                files.fail(
                    name,
                    source,
                    "Einen Eintrag mit diesem Namen gibt es in "
                    f"fixtures/demo/directory/{sozialraum.slug}.yaml nicht.",
                )
            german = Organisation.objects.filter(locale=self.source, slug=slugify(source)[:70]).first()
            if german is not None:
                values = {key: value for key, value in item.items() if key != "source"}
                copy = organisation_entry(sozialraum, {**german_items[source], **values}, {}, by_slug)
                same = german.short_description == german_items[source].get("short_description", "")
                self.translate(files, name, source, german, copy, locale, matches=same)
