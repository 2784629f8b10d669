"""The pages in Leichte Sprache and on Deutsche Gebärdensprache that every site has (BITV 2.0 § 4).

`setup_sites` makes them under each site's start page with these slugs (fixtures/leichte-sprache.yaml,
home/setup/accessible_pages.py). The footer links them with their pictogram in every language: they
are German by nature, so /en/, /tr/ and /ar/ link the German page's alias, marked lang="de". Their
template adds the contact of the site's coordination from the site settings, so no address is
written twice.
"""

from django.utils.translation import gettext
from wagtail.models import Page

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


def accessible_links(site, root, locale):
    """The footer links of `site` (German start page `root`) to its live pages of both kinds.

    Each in `locale` if it is live there, else the German page; one query.
    """
    of_site = Page.objects.live().child_of(root).filter(slug__in=PICTOGRAMS, locale_id=root.locale_id)
    versions = Page.objects.live().filter(
        translation_key__in=of_site.values("translation_key"), locale_id__in={root.locale_id, locale.pk}
    )
    german, localized = {}, {}
    for page in versions:
        (german if page.locale_id == root.locale_id else localized)[page.translation_key] = page
    pages = {page.slug: localized.get(key, page) for key, page in german.items()}
    texts = labels()
    links = []
    for slug, (pictogram, alt) in PICTOGRAMS.items():
        url = pages[slug].get_url(current_site=site) if slug in pages else None
        if url:
            links.append({"kind": slug, "url": url, "label": texts[slug], "pictogram": pictogram, "alt": alt})
    return links
