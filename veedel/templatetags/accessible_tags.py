from django import template

from ..accessible_pages import EASY_LANGUAGE_SLUG, accessible_kind

register = template.Library()


@register.filter
def accessible_page_kind(page):
    """ "leichte-sprache" or "gebaerdensprache" for a site's page of that kind, else ""."""
    return accessible_kind(page)


@register.filter
def is_easy_language(page):
    return accessible_kind(page) == EASY_LANGUAGE_SLUG
