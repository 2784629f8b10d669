"""The public address of a directory entry: the entry route of the real directory page of its site.

Registered as the hook `snippets.directory.links.ENTRY_URL_HOOK` (in
veedel/wagtail_hooks.py), so mails and pages below this layer build the
address the same way.
"""

from django.utils import translation
from wagtail.models import Page

from snippets.directory.links import site_of
from snippets.languages import SOURCE_LANGUAGE

from .routes import DirectoryViews


def directory_page(site, language=None):
    """The live directory page of the site (a child of its root), in the language if translated, else German.

    Any page type with `DirectoryViews` counts: a Sozialraum's "Adressen" or the
    landing site's directory. The page comes with its specific class but without
    its own fields (no query for them); None if the site has no directory page.
    """
    if site is None:
        return None
    directories = Page.objects.live().type(DirectoryViews)
    pages = directories.filter(
        translation_key__in=directories.child_of(site.root_page).values("translation_key")
    ).select_related("locale")
    by_language = {page.locale.language_code: page for page in pages}
    page = by_language.get(language or translation.get_language()) or by_language.get(SOURCE_LANGUAGE)
    return page.specific_deferred if page is not None else None


def entry_url(entry, request=None, language=None):
    """The entry's page in the directory of its home Sozialraum's site (or the landing site's), or ""."""
    page = directory_page(site_of(entry), language)
    return page.entry_url(entry, request) if page is not None else ""


def entry_urls(entries, request=None, language=None):
    """{entry pk: its page} for live entries, looking each site's directory page up once."""
    directories, urls = {}, {}
    for entry in entries:
        if not entry.live:
            continue
        site = site_of(entry)
        key = site.pk if site else None
        if key not in directories:
            directories[key] = directory_page(site, language)
        if directories[key] is not None:
            urls[entry.pk] = directories[key].entry_url(entry, request)
    return urls
