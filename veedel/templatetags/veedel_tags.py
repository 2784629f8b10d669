import json

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import translation
from django.utils.html import _json_script_escapes, format_html
from django.utils.safestring import mark_safe
from wagtail.models import Page, Site

from snippets.images.renditions import rendition_or_none
from snippets.languages import AUTONYMS

from .. import formats
from ..chrome import get_chrome

register = template.Library()


@register.simple_tag(takes_context=True)
def site_chrome(context):
    request = context["request"]
    site = Site.find_for_request(request)
    return get_chrome(site, translation.get_language())


@register.simple_tag(takes_context=True)
def page_languages(context):
    """The current page in every language it is live in, for the language switcher."""
    page = context.get("page")
    if not isinstance(page, Page):
        return []
    request = context["request"]
    current = translation.get_language()
    versions = page.get_translations(inclusive=True).live().select_related("locale")
    by_code = {version.locale.language_code: version for version in versions}
    languages = []
    for code, name in settings.LANGUAGES:
        version = by_code.get(code)
        if version is None:
            continue
        languages.append(
            {"code": code, "name": name, "url": version.get_url(request), "is_current": code == current}
        )
    return languages if len(languages) > 1 else []


@register.simple_tag
def rendition(image, spec):
    """Like Wagtail's {% image %}, but with the filter spec from a variable.

    Uses renditions prefetched with `prefetch_renditions(spec)`, so listings
    cost no query per picture. None when the image's file is missing.
    """
    return rendition_or_none(image, spec)


@register.filter
def content_lang(page):
    """lang/dir attributes for a page's own text when it is not translated yet.

    Pages in /en/, /tr/ and /ar/ start as aliases of the German page and show
    its German text; screen readers need to know (WCAG 3.1.2).
    """
    if getattr(page, "alias_of_id", None) and translation.get_language() != settings.LANGUAGE_CODE:
        return format_html(' lang="{}" dir="ltr"', settings.LANGUAGE_CODE)
    return ""


@register.filter(expects_localtime=True)
def long_date(value):
    """ "Dienstag, 1. Dezember 2026" in the reader's language and its date order."""
    return formats.long_date(value)


@register.simple_tag
def json_ld(data):
    """A schema.org block; the JSON is escaped like Django's json_script, so no text can end the script."""
    payload = json.dumps(data, ensure_ascii=False, cls=DjangoJSONEncoder).translate(_json_script_escapes)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308


@register.filter
def language_autonym(code):
    """A language's name in that language, as residents who speak it would look for it."""
    return AUTONYMS.get(code, code)
