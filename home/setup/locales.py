"""The content languages and their page trees, synchronised from the source language."""

from django.conf import settings
from wagtail.models import Locale, Page
from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.synctree import synchronize_tree

from snippets.languages import SOURCE_LANGUAGE


def sync_locale_trees(source):
    """Give every page of the source language its alias in each language synchronised from it.

    Yields (locale, number of pages created) for each language that lacked pages. A
    language that lacks none costs one query: wagtail-localize's synchronize_tree would
    load every page once per language to find that out.
    """
    for sync in LocaleSynchronization.objects.filter(sync_from=source).select_related("locale"):
        in_target = Page.objects.filter(locale=sync.locale).values("translation_key")
        missing = Page.objects.filter(locale=source, depth__gt=1).exclude(translation_key__in=in_target)
        if not missing.exists():
            continue
        before = Page.objects.filter(locale=sync.locale).count()
        synchronize_tree(source, sync.locale)
        yield sync.locale, Page.objects.filter(locale=sync.locale).count() - before


class LocaleSteps:
    """Steps of `SiteSetup` for the languages: create them, keep their page trees complete."""

    def setup_locales(self):
        source, created = Locale.objects.get_or_create(language_code=SOURCE_LANGUAGE)
        if created:
            self.change(f"Sprache {SOURCE_LANGUAGE} angelegt")
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
            if code == SOURCE_LANGUAGE:
                continue
            locale, created = Locale.objects.get_or_create(language_code=code)
            if created:
                self.change(f"Sprache {code} angelegt")
            sync, created = LocaleSynchronization.objects.get_or_create(
                locale=locale, defaults={"sync_from": source}
            )
            if created:
                self.change(f"Sprache {code} wird aus {SOURCE_LANGUAGE} synchronisiert")

    def sync_locales(self):
        for locale, created in sync_locale_trees(self.source_locale()):
            self.change(f"{created} Seiten in Sprache {locale.language_code} angelegt")

    def source_locale(self):
        return Locale.objects.get(language_code=SOURCE_LANGUAGE)
