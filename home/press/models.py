"""The press page of the landing site and its press releases (docs/press.md).

An embargo is Wagtail's scheduled publishing: a release published with "Veröffentlichen ab"
(`go_live_at`) in the future is not live until `publish_scheduled` publishes it, and every
public list, feed, API answer, sitemap and the page itself read live pages only.
"""

import datetime

from django.conf import settings
from django.db import models
from django.http import HttpResponse
from django.utils.text import slugify
from modelcluster.fields import ParentalKey
from taggit.models import ItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from snippets.fields import VocabularyField, optional_link
from veedel.listings import FilterStatusMixin, paginate, rendition_prefetch
from veedel.models import BasePage, IntroMixin
from veedel.serializers import VocabularyNamesField

from .filters import PressFilterForm
from .kit import press_kit

PHOTO_SPEC = "fill-480x320"  # the photo archive's thumbnails
PHOTOS_PER_PAGE = 24
RELEASE_PHOTO_SPEC = "max-1200x800"  # the photos on the release's own page


class PressReleaseTopic(ItemBase):
    tag = models.ForeignKey("snippets.Topic", on_delete=models.CASCADE, related_name="tagged_press_releases")
    content_object = ParentalKey(
        "home.PressReleasePage", on_delete=models.CASCADE, related_name="topic_items"
    )


def live_releases(locale):
    """Live, public releases in `locale`, newest first: what the press page, feed and archive show."""
    return (
        PressReleasePage.objects.live()
        .public()
        .filter(locale=locale)
        .select_related("sozialraum")
        .order_by("-date", "-pk")
    )


class PressIndexPage(FilterStatusMixin, RoutablePageMixin, IntroMixin, BasePage):
    """ "Für die Presse": the latest releases, the press contacts, the feeds and the photo archive."""

    template = "pages/press_index_page.html"
    parent_page_types = ["home.LandingPage"]
    subpage_types = ["home.PressReleasePage"]
    max_count_per_parent = 1

    content_panels = [
        *IntroMixin.content_panels,
        InlinePanel("press_contacts", heading="Pressekontakte", label="Pressekontakt"),
    ]

    class Meta:
        verbose_name = "Für die Presse"
        verbose_name_plural = "Für die Presse"

    def releases(self):
        return live_releases(self.locale).child_of(self)

    def contacts(self):
        return [item.contact for item in self.press_contacts.select_related("contact").order_by("sort_order")]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        match = getattr(request, "routable_resolver_match", None)
        if match is None or match.url_name == "index_route":  # the list itself, or its preview
            filters = PressFilterForm(request.GET)
            releases = filters.apply(self.releases()).prefetch_related("topic_items__tag")
            results, notices = paginate(request, releases)
            context.update(
                {
                    "filters": filters,
                    "results": results,
                    "notices": [*filters.messages, *notices],
                    "contacts": self.contacts(),
                }
            )
        return context

    @path("fotos/")
    def photo_archive(self, request):
        """Every photo of the live releases here, newest release first, with caption, credit and original."""
        filters = PressFilterForm(request.GET)
        release_ids = filters.apply(self.releases()).values("pk")
        photos = (
            PressReleasePhoto.objects.filter(page__in=release_ids)
            .select_related("image", "page")
            .prefetch_related(rendition_prefetch("image", PHOTO_SPEC))
            .order_by("-page__date", "-page_id", "sort_order")
        )
        results, notices = paginate(request, photos, per_page=PHOTOS_PER_PAGE)
        return self.render(
            request,
            context_overrides={
                "filters": filters,
                "results": results,
                "notices": [*filters.messages, *notices],
                "photo_spec": PHOTO_SPEC,
            },
            template="pages/press_index_page_photos.html",
        )


class PressIndexContact(Orderable):
    """A press contact of the press page: an office or role from the contacts (never a private person)."""

    page = ParentalKey(PressIndexPage, on_delete=models.CASCADE, related_name="press_contacts")
    contact = models.ForeignKey("snippets.Contact", verbose_name="Kontakt", on_delete=models.CASCADE)

    panels = [FieldPanel("contact")]
    translatable_fields = [SynchronizedField("contact")]


class PressReleasePage(RoutablePageMixin, BasePage):
    """A press release: date, place, lead, text, contacts and photos; its press kit as a ZIP."""

    date = models.DateField("Datum", default=datetime.date.today)
    place = models.CharField("Ort", max_length=120, default="Köln")
    lead = models.TextField("Vorspann", help_text="Zwei, drei Sätze: das Wichtigste zuerst.")
    body = RichTextField("Text", features=settings.RICHTEXT_FEATURES_BASIC)
    sozialraum = optional_link(
        "snippets.Sozialraum",
        "Sozialraum",
        related_name="press_releases",
        help_text="Leer lassen, wenn die Mitteilung die ganze Stadt betrifft.",
    )
    topics = VocabularyField(
        "Themenfelder", through=PressReleaseTopic, blank=True, related_name="press_releases"
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel([FieldPanel("date"), FieldPanel("place")], heading="Datum und Ort"),
        FieldPanel("lead"),
        FieldPanel("body"),
        FieldPanel("sozialraum"),
        FieldPanel("topics"),
        InlinePanel("contacts", heading="Pressekontakte", label="Pressekontakt"),
        InlinePanel("photos", heading="Fotos", label="Foto"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    override_translatable_fields = [SynchronizedField("sozialraum"), SynchronizedField("date")]
    api_fields = [
        APIField("date"),
        APIField("place"),
        APIField("lead"),
        APIField("body"),
        APIField("topics", serializer=VocabularyNamesField()),
        APIField("photos"),
    ]
    template = "pages/press_release_page.html"
    parent_page_types = ["home.PressIndexPage"]
    subpage_types = []
    og_type = "article"

    class Meta:
        verbose_name = "Pressemitteilung"
        verbose_name_plural = "Pressemitteilungen"

    @property
    def card_text(self):
        return self.listing_summary or self.lead

    def release_contacts(self):
        return [item.contact for item in self.contacts.select_related("contact").order_by("sort_order")]

    def release_photos(self):
        return list(
            self.photos.select_related("image")
            .prefetch_related(rendition_prefetch("image", RELEASE_PHOTO_SPEC))
            .order_by("sort_order")
        )

    @path("pressemappe/")
    def kit(self, request):
        """The press kit as a ZIP. Wagtail serves it like the page: only live, public releases get here."""
        response = HttpResponse(
            press_kit(self, self.release_contacts(), self.release_photos()), content_type="application/zip"
        )
        name = slugify(f"pressemappe-{self.date:%Y-%m-%d}-{self.slug}")
        response["Content-Disposition"] = f'attachment; filename="{name}.zip"'
        return response

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["contacts"] = self.release_contacts()
        context["photos"] = self.release_photos()
        context["photo_spec"] = RELEASE_PHOTO_SPEC
        return context


class PressReleaseContact(Orderable):
    page = ParentalKey(PressReleasePage, on_delete=models.CASCADE, related_name="contacts")
    contact = models.ForeignKey("snippets.Contact", verbose_name="Kontakt", on_delete=models.CASCADE)

    panels = [FieldPanel("contact")]
    translatable_fields = [SynchronizedField("contact")]


class PressReleasePhoto(Orderable):
    """A photo of a release with its caption; the credit is the picture's own (the image model's `credit`)."""

    page = ParentalKey(PressReleasePage, on_delete=models.CASCADE, related_name="photos")
    image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL, verbose_name="Bild", on_delete=models.CASCADE, related_name="+"
    )
    caption = models.CharField("Bildunterschrift", max_length=300)

    panels = [FieldPanel("image"), FieldPanel("caption")]
    translatable_fields = [SynchronizedField("image"), TranslatableField("caption")]
    api_fields = [APIField("image"), APIField("caption")]


__all__ = [
    "PressIndexContact",
    "PressIndexPage",
    "PressReleaseContact",
    "PressReleasePage",
    "PressReleasePhoto",
    "PressReleaseTopic",
    "live_releases",
]
