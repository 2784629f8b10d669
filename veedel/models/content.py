"""News and best-practice projects, shared by every Sozialraum site."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, Value, When
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Orderable, Site
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from snippets.fields import VocabularyField, optional_image, optional_link
from snippets.models import Organisation

from .. import structured_data
from ..blocks import BodyStreamBlock, ProjectStreamBlock
from ..directory.links import entry_urls
from ..localization import source_locale
from ..serializers import VocabularyNamesField
from .base import BasePage
from .listing import ListingIndexMixin
from .tagging import NewsPageTopic, ProjectPageTargetGroup, ProjectPageTopic

FEATURE_NEWS_PERMISSION = "veedel.feature_newspage"
FEATURE_PROJECT_PERMISSION = "veedel.feature_projectpage"


class TeaserImageMixin(models.Model):
    """A teaser and a picture: what a news item or project shows first and on its card."""

    teaser = models.TextField(
        "Kurztext", max_length=400, blank=True, help_text="Ein oder zwei Sätze: Worum geht es?"
    )
    image = optional_image("Bild")

    teaser_panels = [FieldPanel("teaser"), FieldPanel("image")]
    teaser_search_fields = [index.SearchField("teaser")]
    # The read-only API (docs/api.md): the picture as its id, and a rendition ready to show.
    teaser_api_fields = [
        APIField("teaser"),
        APIField("image"),
        APIField("image_card", serializer=ImageRenditionField("fill-640x360", source="image")),
    ]

    class Meta:
        abstract = True

    @property
    def card_image(self):
        return self.listing_image or self.image

    @property
    def card_text(self):
        return self.listing_summary or self.teaser


PIN_HELP = (
    "Nur zusammen mit dem Häkchen „Auf der Startseite des Portals zeigen“: bis einschließlich "
    "diesem Tag steht der Eintrag in der Auswahl der Portal-Startseite ganz vorn, auch wenn neuere "
    "markiert sind; danach zählt wieder die gewöhnliche Reihenfolge. Leer lassen, wenn nichts "
    "angeheftet werden soll. Setzen dürfen das nur die Koordination des Sozialraums und die "
    "Portal-Redaktion."
)
NEWS_LANDING_HELP = (
    "Die Meldung erscheint dann unter „Aus den Veedeln“ und auf der Startseite des Portals – dort "
    "stehen die sechs neuesten markierten Meldungen (nach Datum); werden neuere markiert, rutscht "
    "sie von der Startseite, außer sie ist mit „Oben halten bis“ angeheftet. Das gilt in allen "
    "Sprachen, solange die Meldung veröffentlicht ist. Auf der Website des Sozialraums und den "
    "Themenseiten steht sie auch ohne Häkchen. Setzen dürfen das nur die Koordination des "
    "Sozialraums und die Portal-Redaktion."
)
PROJECT_LANDING_HELP = (
    "Das Projekt erscheint dann auf der Startseite des Portals – dort stehen bis zu vier markierte "
    "gute Beispiele, angeheftete zuerst, sonst nach Titel. Das gilt in allen Sprachen, solange es "
    "veröffentlicht ist. Unter „Gute Beispiele aus der Praxis“, auf der Website des Sozialraums und "
    "den Themenseiten steht es auch ohne Häkchen. Setzen dürfen das nur die Koordination des "
    "Sozialraums und die Portal-Redaktion."
)


class ShowOnLandingMixin(models.Model):
    """Whether the landing site shows the page among the news or projects of all Sozialräume.

    Only the coordination and the Portal-Redaktion may set it: each page type guards its panels with its
    own permission, which home/setup/roles.py gives to both.
    `pinned_until` keeps a marked page at the top of the start page's selection until that day,
    so that an older item an editor marks is seen although the start page shows only a few.
    """

    show_on_landing = models.BooleanField(
        "Auf der Startseite des Portals zeigen",
        default=False,
        help_text="Nur die Koordination des Sozialraums und die Portal-Redaktion können das einstellen.",
    )
    pinned_until = models.DateField("Oben halten bis", null=True, blank=True, help_text=PIN_HELP)

    landing_search_fields = [index.FilterField("show_on_landing")]
    # Follow the German page in every translation (ShowOnLandingMixin.save, veedel/translations.py).
    portal_mark_fields = ("show_on_landing", "pinned_until")

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        # The mark is the German page's: a translation published from an older wagtail-localize
        # source (or an old revision) must not bring back a mark the German page no longer has.
        german = source_locale()
        if self.locale_id and self.locale_id != german.pk:
            source_mark = (
                type(self)
                .objects.filter(translation_key=self.translation_key, locale=german)
                .values_list(*self.portal_mark_fields)
                .first()
            )
            if source_mark is not None:
                for field, value in zip(self.portal_mark_fields, source_mark, strict=True):
                    setattr(self, field, value)
        return super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.pinned_until and not self.show_on_landing:
            raise ValidationError(
                {
                    "pinned_until": _(
                        "Anheften geht nur mit dem Häkchen „Auf der Startseite des Portals zeigen“. "
                        "Bitte setzen Sie das Häkchen oder leeren Sie das Datum."
                    )
                }
            )

    @classmethod
    def landing_panels(cls, permission, help_text):
        return [
            FieldPanel("show_on_landing", permission=permission, help_text=help_text),
            FieldPanel("pinned_until", permission=permission),
        ]


def pinned_first(queryset, *ordering):
    """The landing site's selection: pages pinned until today or later first, then `ordering`."""
    pinned = Case(
        When(pinned_until__gte=timezone.localdate(), then=Value(True)),
        default=Value(False),
        output_field=models.BooleanField(),
    )
    return queryset.annotate(pinned=pinned).order_by("-pinned", *ordering)


class TeaserPage(TeaserImageMixin, ShowOnLandingMixin, BasePage):
    """Abstract: a news item or a project, found by its teaser and its `body`, with no subpages."""

    search_fields = [
        *BasePage.search_fields,
        *TeaserImageMixin.teaser_search_fields,
        *ShowOnLandingMixin.landing_search_fields,
        index.SearchField("body"),
    ]
    subpage_types = []
    og_type = "article"  # for link previews (templates/includes/social_meta.html)

    class Meta:
        abstract = True


class SozialraumListingPage(ListingIndexMixin, BasePage):
    """Abstract: a section of a Sozialraum site that lists its child pages as cards.

    Each page type sets `template` itself: Wagtail would derive one from the class name.
    """

    intro = models.TextField("Einleitung", blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["veedel.VeedelHomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True


class NewsIndexPage(SozialraumListingPage):
    """ "Aktuelles" of one Sozialraum: its news, newest first, filterable by topic."""

    template = "pages/listing_index_page.html"
    listing_card_template = "components/news_card.html"
    subpage_types = ["veedel.NewsPage"]

    class Meta:
        verbose_name = "Aktuelles (Übersicht)"
        verbose_name_plural = "Aktuelles (Übersichten)"

    def listing_queryset(self):
        return NewsPage.objects.live().child_of(self).order_by("-date", "-pk")


class NewsPage(TeaserPage):
    date = models.DateField("Datum", default=datetime.date.today)
    body = StreamField(BodyStreamBlock(), verbose_name="Inhalt", blank=True)
    topics = VocabularyField("Themenfelder", through=NewsPageTopic, blank=True, related_name="news_pages")
    author_entry = optional_link(
        "snippets.Organisation",
        "Herausgegeben von (aus dem Adressverzeichnis)",
        related_name="news_written",
        help_text="Steht die Einrichtung im Adressverzeichnis, wählen Sie sie hier, sonst unten den Namen.",
    )
    author = models.CharField(
        "Herausgegeben von",
        max_length=160,
        blank=True,
        help_text="Die Einrichtung oder der Verein, von dem die Meldung stammt.",
    )
    related_project = optional_link(
        "veedel.ProjectPage",
        "Zugehöriges gutes Beispiel",
        help_text="Wenn die Meldung zu einem Projekt gehört: hier verlinken.",
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("date"),
        *TeaserImageMixin.teaser_panels,
        FieldPanel("body"),
        FieldPanel("topics"),
        FieldPanel("author_entry"),
        FieldPanel("author"),
        FieldPanel("related_project"),
        *ShowOnLandingMixin.landing_panels(FEATURE_NEWS_PERMISSION, NEWS_LANDING_HELP),
    ]
    search_fields = [*TeaserPage.search_fields, index.FilterField("date")]
    # Like an event's venue: every language points at the German entry, which needs no translation.
    override_translatable_fields = [SynchronizedField("author_entry")]
    api_fields = [
        APIField("date"),
        *TeaserImageMixin.teaser_api_fields,
        APIField("body"),
        APIField("topics", serializer=VocabularyNamesField()),
        APIField("author"),
        APIField("show_on_landing"),
    ]
    template = "pages/news_page.html"
    parent_page_types = ["veedel.NewsIndexPage"]

    class Meta:
        verbose_name = "Meldung"
        verbose_name_plural = "Meldungen"
        permissions = [("feature_newspage", "Meldungen auf der Startseite des Portals zeigen")]
        indexes = [models.Index(fields=["show_on_landing", "date"], name="news_landing_date")]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["author"] = author_name = self.author
        if self.author_entry_id:
            entry = Organisation.objects.select_related("sozialraum__site").get(pk=self.author_entry_id)
            url = entry_urls([entry], request).get(entry.pk)
            context["author"] = format_html('<a href="{}">{}</a>', url, entry.name) if url else entry.name
            author_name = entry.name
        publisher = Site.find_for_request(request)
        context["json_ld"] = structured_data.news_article(
            self, request, author_name, f"Sozialraumkoordination {publisher.site_name}" if publisher else ""
        )
        return context


class ProjectIndexPage(SozialraumListingPage):
    """ "Gute Beispiele aus der Praxis" of one Sozialraum."""

    template = "pages/listing_index_page.html"
    listing_tag_relations = ("topic_items", "target_group_items")
    listing_card_template = "components/project_card.html"
    subpage_types = ["veedel.ProjectPage"]

    class Meta:
        verbose_name = "Gute Beispiele (Übersicht)"
        verbose_name_plural = "Gute Beispiele (Übersichten)"

    def listing_queryset(self):
        return ProjectPage.objects.live().child_of(self).order_by("title")


class ProjectPage(TeaserPage):
    """A best-practice project, told so that other Sozialräume can learn from it and copy it."""

    body = StreamField(ProjectStreamBlock(), verbose_name="Projektbeschreibung", blank=True)
    since = models.CharField("Seit wann?", max_length=60, blank=True, help_text="Zum Beispiel: seit 2017")
    funding = models.CharField("Finanzierung", max_length=255, blank=True)
    topics = VocabularyField(
        "Themenfelder", through=ProjectPageTopic, blank=True, related_name="project_pages"
    )
    target_groups = VocabularyField(
        "Zielgruppen", through=ProjectPageTargetGroup, blank=True, related_name="project_pages"
    )

    content_panels = [
        *BasePage.content_panels,
        *TeaserImageMixin.teaser_panels,
        MultiFieldPanel(
            [FieldPanel("since"), FieldPanel("funding"), FieldPanel("target_groups"), FieldPanel("topics")],
            heading="Steckbrief",
        ),
        InlinePanel(
            "partner_entries",
            heading="Beteiligte aus dem Adressverzeichnis",
            label="Beteiligte Einrichtung",
            help_text="Wer nicht im Adressverzeichnis steht, kommt in den Abschnitt „Beteiligte“ im Text.",
        ),
        FieldPanel("body"),
        *ShowOnLandingMixin.landing_panels(FEATURE_PROJECT_PERMISSION, PROJECT_LANDING_HELP),
    ]
    api_fields = [
        *TeaserImageMixin.teaser_api_fields,
        APIField("since"),
        APIField("funding"),
        APIField("body"),
        APIField("topics", serializer=VocabularyNamesField()),
        APIField("target_groups", serializer=VocabularyNamesField()),
        APIField("show_on_landing"),
    ]
    template = "pages/project_page.html"
    parent_page_types = ["veedel.ProjectIndexPage"]

    class Meta:
        verbose_name = "Gutes Beispiel"
        verbose_name_plural = "Gute Beispiele"
        permissions = [("feature_projectpage", "Gute Beispiele auf der Startseite des Portals zeigen")]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The entries and what their address needs in one query, in the editor's order.
        partners = list(
            Organisation.objects.filter(project_partnerships__page=self)
            .select_related("sozialraum__site")
            .order_by("project_partnerships__sort_order", "project_partnerships__pk")
        )
        urls = entry_urls(partners, request)
        context["partners"] = [(entry, urls.get(entry.pk)) for entry in partners]
        return context


class ProjectPagePartner(Orderable):
    """A directory entry that takes part in a project: linked, so its name and address are typed once."""

    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="partner_entries")
    organisation = models.ForeignKey(
        "snippets.Organisation",
        verbose_name="Einrichtung aus dem Adressverzeichnis",
        on_delete=models.CASCADE,
        related_name="project_partnerships",
    )

    panels = [FieldPanel("organisation")]
    # Copied to every language as it is: each translation points at the German entry.
    translatable_fields = [SynchronizedField("organisation")]

    class Meta(Orderable.Meta):
        verbose_name = "Beteiligte Einrichtung"
        verbose_name_plural = "Beteiligte Einrichtungen"
