"""A date with its weekday in the reader's language and order ("Donnerstag, 3. Dezember 2026").

Django's `date` filter takes only its own format names, so the order of weekday and date lives
as `DATE_WITH_WEEKDAY_FORMAT` in our format modules (cms/formats/) and is read here; a
language without it (German) puts the weekday before its `DATE_FORMAT`.
"""

from functools import cache

from django.conf import settings
from django.utils import translation
from django.utils.formats import date_format, get_format, iter_format_modules


@cache
def weekday_date_format(language):
    for module in iter_format_modules(language, settings.FORMAT_MODULE_PATH):
        pattern = getattr(module, "DATE_WITH_WEEKDAY_FORMAT", None)
        if pattern:
            return pattern
    return f"l, {get_format('DATE_FORMAT', language)}"


def long_date(value):
    """The date (or datetime, in Europe/Berlin) with its weekday, or "" for none."""
    if not value:
        return ""
    return date_format(value, weekday_date_format(translation.get_language() or settings.LANGUAGE_CODE))
