"""What index pages share beside the models: the Sozialraum of each listed page, and the listing mixin."""

from django.db import models
from django.db.models import Exists, OuterRef
from django.db.models.functions import Substr
from wagtail.models import Page

from snippets.models import Sozialraum

from ..listings import FilterStatusMixin, ListingFilterForm, paginate, with_card_data
from .site_settings import SiteSettings

ROOT_PATH_LENGTH = 2 * Page.steplen  # the path of a depth-2 page: a site root


def without_retired(pages):
    """`pages` without those of retired Sozialräume, in every language; no extra query.

    A retired Sozialraum's site only shows a notice (home/hosts.py), so the portal's
    city-wide lists must not link its pages.
    """
    retired_roots = Page.objects.filter(
        translation_key__in=Sozialraum.objects.filter(retired=True).values(
            "site__root_page__translation_key"
        ),
        path=Substr(OuterRef("path"), 1, ROOT_PATH_LENGTH),
    )
    return pages.exclude(Exists(retired_roots))


class SozialraumLookup:
    """Which Sozialraum a page belongs to, from the path of its site root, for all languages at once.

    Three queries, however many pages are looked up; it also gives the site root
    of a Sozialraum in a language, for the Veedel filter.
    """

    def __init__(self):
        sozialraeume = list(Sozialraum.objects.listed().select_related("site__root_page"))
        colours = dict(SiteSettings.objects.values_list("site_id", "theme_colour"))
        keys = {sr.site.root_page.translation_key: sr for sr in sozialraeume}
        self.by_root_path = {}
        self.roots = {}  # (slug, locale_id) -> root page
        for root in Page.objects.filter(translation_key__in=keys):
            sozialraum = keys[root.translation_key]
            sozialraum.colour = colours.get(sozialraum.site_id)
            self.by_root_path[root.path] = sozialraum
            self.roots[(sozialraum.slug, root.locale_id)] = root
        self.sozialraeume = sozialraeume

    def of(self, page):
        return self.by_root_path.get(page.path[:ROOT_PATH_LENGTH])

    def attach(self, pages):
        for page in pages:
            page.sozialraum = self.of(page)
        return pages

    def root(self, slug, locale):
        return self.roots.get((slug, locale.pk))


class ListingIndexMixin(FilterStatusMixin, models.Model):
    """An index page that lists pages with filters and pagination (`listing_queryset`)."""

    listing_with_sozialraum_filter = False
    listing_tag_relations = ("topic_items",)

    class Meta:
        abstract = True

    def listing_queryset(self):
        raise NotImplementedError

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filters = ListingFilterForm(request.GET, with_sozialraum=self.listing_with_sozialraum_filter)
        sozialraeume = SozialraumLookup()
        queryset = with_card_data(
            filters.apply(self.listing_queryset(), sozialraeume), tag_relations=self.listing_tag_relations
        )
        results, notices = paginate(request, queryset)
        sozialraeume.attach(results)
        context.update({"filters": filters, "results": results, "notices": [*filters.messages, *notices]})
        return context
