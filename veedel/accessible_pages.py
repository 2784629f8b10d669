"""The pages in Leichte Sprache and on Deutsche Gebärdensprache that every site has (BITV 2.0 § 4).

`setup_sites` makes them under each site's start page with these slugs (fixtures/leichte-sprache.yaml,
home/setup/accessible_pages.py). The footer links them with their pictogram in every language: they
are German by nature, so /en/, /tr/ and /ar/ link the German page's alias, marked lang="de". Their
template adds the contact of the site's coordination from the site settings, so no address is
written twice.
"""

from django.utils.translation import gettext
from wagtail.models import Page

from .localization import localize_pages

EASY_LANGUAGE_SLUG = "leichte-sprache"
SIGN_LANGUAGE_SLUG = "gebaerdensprache"

# The pictogram under static/ and its German alternative text, in the footer's order.
PICTOGRAMS = {
    EASY_LANGUAGE_SLUG: ("pictograms/leichte-sprache.svg", "Leichte Sprache"),
    SIGN_LANGUAGE_SLUG: ("pictograms/gebaerdensprache.svg", "Gebärdensprache"),
}


def accessible_kind(page):
    """The slug of `page` if it is one of these pages of its site (in any language), else ""."""
    if getattr(page, "depth", None) == 3 and page.slug in PICTOGRAMS:
        return page.slug
    return ""


def labels():
    """The footer's link texts in the active language."""
    return {EASY_LANGUAGE_SLUG: gettext("Leichte Sprache"), SIGN_LANGUAGE_SLUG: gettext("Gebärdensprache")}


def accessible_links(site, locale):
    """The footer links of `site` to its live pages of both kinds, in `locale` (or German)."""
    root = site.root_page
    pages = {
        page.slug: page
        for page in Page.objects.live().child_of(root).filter(slug__in=PICTOGRAMS, locale_id=root.locale_id)
    }
    in_locale = localize_pages(pages.values(), locale)
    texts = labels()
    links = []
    for slug, (pictogram, alt) in PICTOGRAMS.items():
        if slug not in pages:
            continue
        page = in_locale.get(pages[slug].translation_key, pages[slug])
        url = page.get_url(current_site=site)
        if url:
            links.append({"kind": slug, "url": url, "label": texts[slug], "pictogram": pictogram, "alt": alt})
    return links
