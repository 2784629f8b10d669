"""What the site search finds, kind by kind, on one site or (on the landing site) on all of them.

Every kind starts from the queryset its own list shows (live, public, in the reader's language,
German where a page is untranslated: the aliases of /en/, /tr/, /ar/ carry the German text) and
hands Wagtail's search backend only `id__in` that queryset, the one filter every backend takes.
Each kind costs a fixed number of queries, however many results there are.
"""

import datetime
from dataclasses import dataclass, field, replace

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from snippets.models import Organisation
from veedel.directory.links import entry_urls
from veedel.directory.queries import localize_entries
from veedel.localization import active_locale, source_locale
from veedel.models import EventPage, NewsPage, ProjectPage, SozialraumLookup, StandardPage, without_retired

# Events (put in date order) and directory entries (merged with their translations) are gathered
# in memory: at most this many matches each, more than anyone pages through.
MAX_MATCHES = 200


@dataclass
class Hit:
    """One result as the page shows it: `item` is the page or entry itself (for its language)."""

    item: object
    title: str
    url: str
    text: str = ""
    when: datetime.date | datetime.datetime | None = None
    timed: bool = False  # `when` has a time of day (an event's next date)
    sozialraum: object = None


@dataclass(frozen=True)
class Scope:
    """Where to search: under `root` (a Sozialraum's start page in the reader's language), or on
    every listed site when `root` is None; directory entries serving `sozialraum_ids`, or all."""

    lookup: SozialraumLookup
    private: Q  # pages under a view restriction (Wagtail's `private_q`, one query for all kinds)
    root: Page | None = None
    sozialraum_ids: tuple = field(default=())
    empty: bool = False
    landing: bool = False

    def narrowed(self, slug):
        """The same scope limited to one Sozialraum (on the landing site: its filter)."""
        sozialraum = next((sr for sr in self.lookup.sozialraeume if sr.slug == slug), None)
        root = self.lookup.root(slug, active_locale()) if sozialraum else None
        if root is None:
            return replace(self, empty=True)
        return replace(self, root=root, sozialraum_ids=(sozialraum.pk,))

    def pages(self, model):
        pages = model.objects.live().exclude(self.private).filter(locale=active_locale())
        if self.empty:
            return pages.none()
        if self.root is not None:
            return pages.filter(path__startswith=self.root.path)
        return without_retired(pages)

    def entries(self):
        entries = Organisation.objects.public().exclude(sozialraum__retired=True)
        if self.empty:
            return entries.none()
        return entries.serving(self.sozialraum_ids) if self.sozialraum_ids else entries


def scope_for(site):
    """A Sozialraum's site searches itself; the landing site all Sozialräume (`Scope.narrowed`)."""
    lookup = SozialraumLookup()
    own = next((sr for sr in lookup.sozialraeume if sr.site_id == site.pk), None) if site else None
    scope = Scope(lookup=lookup, private=Page.objects.all().private_q(), landing=own is None)
    return scope.narrowed(own.slug) if own else scope


def backend_search(queryset, query):
    """`queryset` (a scope) searched for `query` (words that must all be found, or a Fuzzy query),
    best first; a lazy, sliceable result."""
    matches = queryset.model.objects.filter(id__in=queryset.values("id"))
    if isinstance(query, str):
        return get_search_backend().search(query, matches, operator="and")
    return get_search_backend().search(query, matches)


class Kind:
    """A group of results: its URL value, its heading and how to find and show its items."""

    slug = ""
    label = ""

    def __init__(self, scope, request):
        self.scope, self.request = scope, request

    def search(self, query):
        """All matches for `query` (what `backend_search` takes), sliceable and countable."""
        raise NotImplementedError

    def hits(self, items):
        raise NotImplementedError


class PageKind(Kind):
    model = Page
    timed = False

    def search(self, query):
        return backend_search(self.scope.pages(self.model), query)

    def hits(self, items):
        pages = self.scope.lookup.attach(list(items))
        return [
            Hit(
                item=page,
                title=page.card_title,
                url=page.get_url(self.request),
                text=self.text(page),
                when=self.when(page),
                timed=self.timed,
                sozialraum=page.sozialraum,
            )
            for page in pages
        ]

    def text(self, page):
        return page.meta_description

    def when(self, page):
        return None


class NewsKind(PageKind):
    slug, label, model = "meldungen", gettext_lazy("Meldungen"), NewsPage

    def text(self, page):
        return page.card_text or page.meta_description

    def when(self, page):
        return page.date


class EventKind(PageKind):
    """Upcoming and running events only, the next date first."""

    slug, label, model = "veranstaltungen", gettext_lazy("Veranstaltungen"), EventPage
    timed = True

    def search(self, query):
        upcoming = self.scope.pages(EventPage).filter(series_end__gte=timezone.now())
        found = [event.pk for event in backend_search(upcoming, query)[:MAX_MATCHES]]
        events = list(EventPage.objects.filter(id__in=found).prefetch_related("occurrence_changes"))
        for event in events:
            # A series' next date is no column: computed here, on the prefetched changes.
            upcoming_dates = event.upcoming(limit=1)
            event.next_start = upcoming_dates[0].start if upcoming_dates else None
        never = timezone.now() + datetime.timedelta(days=365 * 100)
        return sorted(events, key=lambda event: (event.next_start or never, event.title, event.pk))

    def text(self, page):
        return page.card_text or page.meta_description

    def when(self, page):
        return page.next_start


class ProjectKind(PageKind):
    slug, label, model = "gute-beispiele", gettext_lazy("Gute Beispiele"), ProjectPage

    def text(self, page):
        return page.card_text or page.meta_description


class StandardPageKind(PageKind):
    slug, label, model = "seiten", gettext_lazy("Seiten"), StandardPage


class EntryKind(Kind):
    """Directory entries as the directory shows them: live German entries, found by their German
    text or by their translation into the reader's language."""

    slug, label = "adressen", gettext_lazy("Adressen")

    def search(self, query):
        scope = self.scope.entries()
        texts = Organisation.objects.filter(
            live=True,
            locale__in={source_locale().pk, active_locale().pk},
            translation_key__in=scope.values("translation_key"),
        )
        keys = []
        for text in backend_search(texts, query)[:MAX_MATCHES]:
            if text.translation_key not in keys:
                keys.append(text.translation_key)
        return EntryMatches(keys, scope)

    def hits(self, items):
        entries = localize_entries(items)
        urls = entry_urls(entries, self.request)
        by_pk = {sr.pk: sr for sr in self.scope.lookup.sozialraeume}
        return [
            Hit(
                item=entry,
                title=entry.name,
                url=urls.get(entry.pk, ""),
                text=entry.short_description,
                sozialraum=by_pk.get(entry.sozialraum_id),
            )
            for entry in entries
        ]


class EntryMatches:
    """The German entries of the matched `keys`, in their order, loaded only for the slice shown."""

    def __init__(self, keys, scope):
        self.keys, self.scope = keys, scope

    def __len__(self):
        return len(self.keys)

    def count(self):
        return len(self.keys)

    def __getitem__(self, index):
        keys = self.keys[index] if isinstance(index, slice) else [self.keys[index]]
        rank = {key: position for position, key in enumerate(keys)}
        entries = self.scope.filter(translation_key__in=keys).select_related("sozialraum__site")
        return sorted(entries, key=lambda entry: rank[entry.translation_key])


KINDS = [EventKind, NewsKind, EntryKind, ProjectKind, StandardPageKind]


def register_kind(kind):
    """Adds a kind of result from an app above this one (home: press releases), in its `ready()`;
    kinds keep the order they were registered in, after the ones here."""
    if all(registered.slug != kind.slug for registered in KINDS):
        KINDS.append(kind)
