"""The site chrome (header, menus, footer) as plain data, cached per site and language.

Building it costs a few dozen queries (menus, settings, every Sozialraum's
colour and address); serving it from the cache costs none. Any save of a
menu, a setting, a contact, a Sozialraum, a site or a page bumps one version
number, which retires every cached copy at once.
"""

from types import SimpleNamespace

from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from wagtail.models import Locale, Site
from wagtailmenus.models import FlatMenu, MainMenu

from pagecache.invalidation import Version
from snippets.images.renditions import rendition_or_none
from snippets.languages import SOURCE_LANGUAGE
from snippets.models import Sozialraum

from .accessible_pages import accessible_links
from .localization import localize_pages, localized
from .models import SiteSettings

CHROME = Version("veedel:chrome-version")
# An upper bound on staleness when several processes run without a shared cache.
CHROME_TIMEOUT = 60 * 10


def invalidate_chrome(**kwargs):
    CHROME.bump()


def get_chrome(site, language_code):
    key = f"veedel:chrome:{CHROME.current()}:{site.pk}:{language_code}"
    chrome = cache.get(key)
    if chrome is None:
        chrome = build_chrome(site, language_code)
        cache.set(key, chrome, CHROME_TIMEOUT)
    return chrome


def _image(image, spec):
    if image is None:
        return None
    rendition = rendition_or_none(image, spec)
    if rendition is None:
        return None
    return {
        "url": rendition.url,
        "width": rendition.width,
        "height": rendition.height,
        "alt": image.description,
        "credit": image.credit_text,
    }


def _menu_items(menu, site, locale):
    """The menu's links in `locale`: a page's own title there (an item's text is German only)."""
    if menu is None:
        return []
    items = list(menu.menu_items.select_related("link_page"))
    pages = localize_pages([item.link_page for item in items if item.link_page], locale)
    result = []
    for item in items:
        if item.link_page is None:
            result.append({"text": item.link_text, "url": item.link_url + item.url_append})
            continue
        page = pages.get(item.link_page.translation_key)
        if page is None:  # not live in this language
            continue
        url = page.get_url(current_site=site)
        if url:
            text = item.link_text if item.link_text and locale.language_code == SOURCE_LANGUAGE else ""
            result.append({"text": text or page.title, "url": url + item.url_append})
    return result


def _contact(contact, locale):
    if contact is None:
        return None
    contact = contact.get_translation_or_none(locale) or contact
    # Attributes, not keys: the templates mark an untranslated contact lang="de" (content_lang).
    return SimpleNamespace(
        name=contact.name,
        organisation=contact.organisation,
        address_lines=contact.address_lines,
        phone=contact.phone,
        email=contact.email,
        office_hours=contact.office_hours,
        untranslated=contact.locale_id != locale.pk,
    )


def build_chrome(site, language_code):
    locale = Locale.objects.filter(language_code=language_code).first() or Locale.get_default()
    with translation.override(language_code):
        site_settings = SiteSettings.for_site(site)
        sozialraum = Sozialraum.objects.filter(site=site).first()
        roots = {s.pk: s.root_page for s in Site.objects.select_related("root_page")}
        localized_roots = localize_pages(roots.values(), locale)

        def home_url(site_id):
            return localized(roots[site_id], localized_roots).get_url(current_site=site)

        def site_name(site_):
            # The portal's name is its start page's title, translated like the page.
            if language_code == SOURCE_LANGUAGE:
                return site_.site_name
            return localized(roots[site_.pk], localized_roots).title

        landing = Site.objects.filter(is_default_site=True).first()
        all_settings = {s.site_id: s for s in SiteSettings.objects.all()}
        sozialraeume = [
            {
                "name": sr.name,
                "stadtbezirk": sr.stadtbezirk,
                "url": home_url(sr.site_id),
                "colour": all_settings[sr.site_id].theme_colour if sr.site_id in all_settings else None,
                "is_current": sr.site_id == site.pk,
            }
            for sr in Sozialraum.objects.listed()
        ]
        return {
            "site_id": site.pk,
            "site_name": sozialraum.name if sozialraum else site_name(site),
            "portal_name": site_name(landing) if landing else settings.PORTAL_NAME,
            "stadtbezirk": sozialraum.stadtbezirk if sozialraum else "",
            "is_landing": sozialraum is None,
            "home_url": home_url(site.pk),
            "landing_url": home_url(landing.pk) if landing else "/",
            "theme_colour": site_settings.theme_colour,
            "tagline": site_settings.translated("tagline", language_code),
            "footer_text": site_settings.translated("footer_text", language_code),
            "logo": _image(site_settings.logo, "max-240x96"),
            "header_image": _image(site_settings.header_image, "fill-1600x500"),
            "contact": _contact(site_settings.contact, locale),
            "main_menu": _menu_items(MainMenu.objects.filter(site=site).first(), site, locale),
            "footer_menu": _menu_items(FlatMenu.get_for_site("footer", site), site, locale),
            "accessible_links": accessible_links(site, roots[site.pk], locale),
            "sozialraeume": sozialraeume,
        }
