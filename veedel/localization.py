import functools

from django.conf import settings
from django.utils import translation
from wagtail.models import Locale, Page

from snippets.languages import SOURCE_LANGUAGE


def localize_pages(pages, locale):
    """Map each page's translation_key to its live version in `locale`, in one query."""
    keys = [page.translation_key for page in pages]
    translated = Page.objects.live().filter(translation_key__in=keys, locale=locale)
    return {page.translation_key: page for page in translated}


def localized(page, pages_by_key):
    """The translation from `localize_pages`, or the page itself if there is none."""
    return pages_by_key.get(page.translation_key, page)


@functools.lru_cache(maxsize=16)
def _locale_for(language_code):
    return Locale.objects.get_for_language(language_code)


def source_locale():
    """The Locale of German, the language every page is written in first."""
    return _locale_for(SOURCE_LANGUAGE)


def active_locale():
    """The Locale of the active language, remembered per process (locales are set up once)."""
    return _locale_for(translation.get_language() or settings.LANGUAGE_CODE)
