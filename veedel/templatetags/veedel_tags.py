import json

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse
from django.utils import translation
from django.utils.html import _json_script_escapes, format_html
from django.utils.safestring import mark_safe
from wagtail.models import Page, Site

from snippets.images.renditions import rendition_or_none
from snippets.languages import AUTONYMS

from .. import formats, structured_data
from ..chrome import get_chrome
from ..localization import LanguageVersions, Notice, language_versions, reads_german, route_versions

register = template.Library()


@register.simple_tag(takes_context=True)
def site_chrome(context):
    request = context["request"]
    site = Site.find_for_request(request)
    return get_chrome(site, translation.get_language())


def _language_versions(context):
    """The current page's (or the non-page view's) languages; empty where the context has no request."""
    request = context.get("request")
    if request is None:
        return LanguageVersions(versions=[])
    page = context.get("page")
    if isinstance(page, Page):
        return language_versions(request, page)
    return route_versions(request)


@register.simple_tag(takes_context=True)
def page_languages(context):
    """The current page (and route, with its filters) in every language, for the language switcher.

    An untranslated language links to the alias (German text with the notice), never to a 404.
    """
    versions = _language_versions(context).versions
    return versions if len(versions) > 1 else []


@register.inclusion_tag("includes/language_alternates.html", takes_context=True)
def language_alternates(context):
    """hreflang alternates (and an alias's canonical German page) for the head."""
    versions = _language_versions(context)
    return {"alternates": versions.alternates, "canonical": versions.canonical}


@register.inclusion_tag("includes/translation_notice.html", takes_context=True)
def translation_notice(context, subject=None):
    """The line at the top of a page in another language: untranslated, or outdated since a date.

    `subject` is what the page shows when it is not the page itself (a directory entry).
    """
    if subject is not None:
        return {"notice": Notice("untranslated") if reads_german(subject) else None}
    page = context.get("page")
    request = context.get("request")
    if not isinstance(page, Page) or request is None:
        return {"notice": None}
    return {"notice": language_versions(request, page).notice}


@register.simple_tag
def rendition(image, spec):
    """Like Wagtail's {% image %}, but with the filter spec from a variable.

    Uses renditions prefetched with `prefetch_renditions(spec)`, so listings
    cost no query per picture. None when the image's file is missing.
    """
    return rendition_or_none(image, spec)


@register.simple_tag(takes_context=True)
def site_json_ld(context):
    """On a start page: the website and who runs it, as JSON-LD (from the cached chrome, no query)."""
    page, request, chrome = context.get("page"), context.get("request"), context.get("chrome")
    if getattr(page, "depth", None) != 2 or request is None or not chrome:
        return ""
    data = structured_data.site(
        chrome,
        request.build_absolute_uri(page.get_url(request) or "/"),
        translation.get_language(),
        search_url=request.build_absolute_uri(reverse("search:results")),
    )
    return json_ld(data)


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    """`url` with the request's scheme and host (kept when it is absolute already, as on a CDN)."""
    request = context.get("request")
    return request.build_absolute_uri(url) if request is not None else url


@register.filter
def content_lang(page):
    """lang/dir attributes for a page's own text when it is not translated yet.

    Pages in /en/, /tr/ and /ar/ start as aliases of the German page and show
    its German text, and lists in another language may show German items;
    screen readers need to know (WCAG 3.1.2).
    """
    if reads_german(page):
        return format_html(' lang="{}" dir="ltr"', settings.LANGUAGE_CODE)
    return ""


@register.filter
def german_badge(item):
    """A small "Deutsch" after the title of an untranslated item in a list of another language."""
    if reads_german(item):
        return format_html(' <span class="lang-badge" lang="{}">{}</span>', settings.LANGUAGE_CODE, "Deutsch")
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
