"""Suggestions while typing: titles of pages and names of directory entries that the search would find."""

from django.utils import timezone
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from veedel.models import EventPage, NewsPage, ProjectPage, StandardPage

SUGGESTIONS = 8


def suggestions(scope, terms):
    """Up to SUGGESTIONS titles in `scope` whose words start like `terms` (the last one as a prefix)."""
    query = " ".join(terms)
    pages = (
        scope.pages(Page)
        .type(EventPage, NewsPage, ProjectPage, StandardPage)
        .exclude(eventpage__series_end__lt=timezone.now())
    )
    backend = get_search_backend()
    found = [
        page.title
        for page in backend.autocomplete(query, Page.objects.filter(id__in=pages.values("id")))[:SUGGESTIONS]
    ]
    entries = scope.entries()
    found += [
        entry.name
        for entry in backend.autocomplete(query, entries.model.objects.filter(id__in=entries.values("id")))[
            :SUGGESTIONS
        ]
    ]
    unique = []
    for title in found:
        if title not in unique:
            unique.append(title)
    return unique[:SUGGESTIONS]
