import datetime
import functools
from dataclasses import dataclass

from django.conf import settings
from django.db.models import OuterRef, Subquery
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationLog, TranslationSource

from snippets.languages import SOURCE_LANGUAGE
from snippets.translation_state import is_outdated


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


def forget_locales(**_kwargs):
    """Drop the remembered Locales; a receiver for a Locale saved or deleted and for a flush."""
    _locale_for.cache_clear()


def source_locale():
    """The Locale of German, the language every page is written in first."""
    return _locale_for(SOURCE_LANGUAGE)


def active_locale():
    """The Locale of the active language, remembered per process until a Locale changes."""
    return _locale_for(translation.get_language() or settings.LANGUAGE_CODE)


def reads_german(item):
    """True where a reader of another language gets German text: an alias or an untranslated item.

    Pages are untranslated when they are aliases (wagtail-localize's stand-in under /en/, /tr/,
    /ar/) or German pages listed in another language; directory entries say so themselves
    (`untranslated`, set by `veedel.directory.queries.localize_entries`).
    """
    if (translation.get_language() or settings.LANGUAGE_CODE) == SOURCE_LANGUAGE:
        return False
    untranslated = getattr(item, "untranslated", None)
    if untranslated is not None:
        return untranslated
    if getattr(item, "alias_of_id", None):
        return True
    return getattr(item, "locale_id", None) == source_locale().pk


@dataclass(frozen=True)
class Version:
    """The current page (or route) in one language."""

    code: str
    name: str
    url: str  # relative on the request's site, with the route and the query string kept
    full_url: str  # absolute, with the route but without the query string (for hreflang)
    is_current: bool
    is_written: bool  # German or a real translation; False for an alias showing German


@dataclass(frozen=True)
class Notice:
    """The line above a page in another language: "untranslated" or "outdated" since `changed`."""

    kind: str
    changed: datetime.datetime | None = None
    german_url: str = ""


@dataclass(frozen=True)
class LanguageVersions:
    versions: list
    notice: Notice | None = None
    canonical: str = ""

    @property
    def alternates(self):
        """hreflang pairs: every language the page is written in, then x-default (German)."""
        written = [(version.code, version.full_url) for version in self.versions if version.is_written]
        german = next((url for code, url in written if code == SOURCE_LANGUAGE), None)
        return [*written, ("x-default", german)] if german else written


def language_versions(request, page):
    """Switcher, hreflang and notice of `page` on this request, in one query (remembered per request)."""
    remembered = getattr(request, "_language_versions", None)
    if remembered is None:
        remembered = request._language_versions = {}
    if page.pk not in remembered:
        remembered[page.pk] = _page_versions(request, page)
    return remembered[page.pk]


def _annotated_versions(page):
    """The live versions of `page`; the German one carries when its text was last taken for
    translation (`captured`) and when the translation into the page's language was last saved
    (`synced`), from wagtail-localize's TranslationSource and TranslationLog."""
    sources = TranslationSource.objects.filter(
        object_id=OuterRef("translation_key"), locale_id=OuterRef("locale_id")
    )
    logs = TranslationLog.objects.filter(
        source__object_id=OuterRef("translation_key"),
        source__locale_id=OuterRef("locale_id"),
        locale_id=page.locale_id,
    ).order_by("-created_at")
    return (
        Page.objects.live()
        .filter(translation_key=page.translation_key)
        .select_related("locale")
        .annotate(
            captured=Subquery(sources.values("last_updated_at")[:1]),
            synced=Subquery(logs.values("created_at")[:1]),
        )
    )


def _route(request, page):
    """What the request adds to the page's own URL: a routable page's sub-route (month, entry)."""
    base = page.get_url(request) or ""
    return request.path[len(base) :] if base and request.path.startswith(base) else ""


def _page_versions(request, page):
    route = _route(request, page)
    query = request.META.get("QUERY_STRING", "")
    current = translation.get_language()
    by_code = {version.locale.language_code: version for version in _annotated_versions(page)}
    versions = []
    for code, name in settings.LANGUAGES:
        version = by_code.get(code)
        if version is None:
            continue
        url = f"{version.get_url(request)}{route}"
        versions.append(
            Version(
                code=code,
                name=name,
                url=f"{url}?{query}" if query else url,
                full_url=f"{version.get_full_url(request)}{route}",
                is_current=code == current,
                is_written=not version.alias_of_id,
            )
        )
    german = by_code.get(SOURCE_LANGUAGE)
    in_german = next((version for version in versions if version.code == SOURCE_LANGUAGE), None)
    own = next((version for version in versions if version.is_current), None)
    # An alias is German text: its canonical page is the German one. Every other page names itself,
    # without the query string, so a filtered or paginated list counts as its list.
    canonical = in_german.full_url if in_german and page.alias_of_id else own.full_url if own else ""
    return LanguageVersions(
        versions=versions,
        notice=_notice(page, german, in_german.url if in_german else ""),
        canonical=canonical,
    )


def _notice(page, german, german_url):
    if (translation.get_language() or settings.LANGUAGE_CODE) == SOURCE_LANGUAGE:
        return None
    if reads_german(page):
        return Notice("untranslated")
    if german is None or german.captured is None or german.last_published_at is None:
        return None
    if is_outdated(german.last_published_at, german.captured, german.synced):
        return Notice("outdated", changed=german.last_published_at, german_url=german_url)
    return None


def route_versions(request):
    """The languages of a view that is no page (the suggestion forms): its address under each prefix."""
    current = translation.get_language()
    path = request.get_full_path()
    versions = [
        Version(
            code=code,
            name=name,
            url=translate_url(path, code),
            full_url=request.build_absolute_uri(translate_url(request.path, code)),
            is_current=code == current,
            is_written=True,
        )
        for code, name in settings.LANGUAGES
    ]
    if len({version.url for version in versions}) < len(versions):
        return LanguageVersions(versions=[])  # not under the language prefixes
    return LanguageVersions(versions=versions)
