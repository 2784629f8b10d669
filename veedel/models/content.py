"""News and best-practice projects, shared by every Sozialraum site."""

import datetime

from django.db import models
from modelcluster.contrib.taggit import ClusterTaggableManager
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.images import get_image_model_string
from wagtail.search import index

from ..blocks import BodyStreamBlock, ProjectStreamBlock
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
    image = models.ForeignKey(
        get_image_model_string(),
        verbose_name="Bild",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        abstract = True

    @property
    def card_image(self):
        return self.listing_image or self.image

    @property
    def card_text(self):
        return self.listing_summary or self.teaser


class NewsIndexPage(ListingIndexMixin, BasePage):
    """ "Aktuelles" of one Sozialraum: its news, newest first, filterable by topic."""

    intro = models.TextField("Einleitung", blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    template = "pages/listing_index_page.html"
    listing_card_template = "components/news_card.html"
    parent_page_types = ["veedel.VeedelHomePage"]
    subpage_types = ["veedel.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "Aktuelles (Übersicht)"
        verbose_name_plural = "Aktuelles (Übersichten)"

    def listing_queryset(self):
        return NewsPage.objects.live().child_of(self).order_by("-date", "-pk")


class NewsPage(TeaserImageMixin, BasePage):
    date = models.DateField("Datum", default=datetime.date.today)
    body = StreamField(BodyStreamBlock(), verbose_name="Inhalt", blank=True)
    topics = ClusterTaggableManager(
        "Themenfelder", through=NewsPageTopic, blank=True, related_name="news_pages"
    )
    author = models.CharField(
        "Herausgegeben von",
        max_length=160,
        blank=True,
        help_text="Die Einrichtung oder der Verein, von dem die Meldung stammt.",
    )
    related_project = models.ForeignKey(
        "veedel.ProjectPage",
        verbose_name="Zugehöriges gutes Beispiel",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Wenn die Meldung zu einem Projekt gehört: hier verlinken.",
    )
    show_on_landing = models.BooleanField(
        "Auf der Startseite des Portals zeigen",
        default=False,
        help_text="Nur die Sozialraumkoordination kann das einstellen.",
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("date"),
        FieldPanel("teaser"),
        FieldPanel("image"),
        FieldPanel("body"),
        FieldPanel("topics"),
        FieldPanel("author"),
        FieldPanel("related_project"),
        FieldPanel("show_on_landing", permission=FEATURE_NEWS_PERMISSION),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("teaser"),
        index.SearchField("body"),
        index.FilterField("date"),
        index.FilterField("show_on_landing"),
    ]
    template = "pages/news_page.html"
    parent_page_types = ["veedel.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "Meldung"
        verbose_name_plural = "Meldungen"
        permissions = [("feature_newspage", "Meldungen auf der Startseite des Portals zeigen")]
        indexes = [models.Index(fields=["show_on_landing", "date"], name="news_landing_date")]


class ProjectIndexPage(ListingIndexMixin, BasePage):
    """ "Gute Beispiele aus der Praxis" of one Sozialraum."""

    listing_tag_relations = ("topic_items", "target_group_items")

    intro = models.TextField("Einleitung", blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    template = "pages/listing_index_page.html"
    listing_card_template = "components/project_card.html"
    parent_page_types = ["veedel.VeedelHomePage"]
    subpage_types = ["veedel.ProjectPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "Gute Beispiele (Übersicht)"
        verbose_name_plural = "Gute Beispiele (Übersichten)"

    def listing_queryset(self):
        return ProjectPage.objects.live().child_of(self).order_by("title")


class ProjectPage(TeaserImageMixin, BasePage):
    """A best-practice project, told so that other Sozialräume can learn from it and copy it."""

    body = StreamField(ProjectStreamBlock(), verbose_name="Projektbeschreibung", blank=True)
    since = models.CharField("Seit wann?", max_length=60, blank=True, help_text="Zum Beispiel: seit 2017")
    funding = models.CharField("Finanzierung", max_length=255, blank=True)
    topics = ClusterTaggableManager(
        "Themenfelder", through=ProjectPageTopic, blank=True, related_name="project_pages"
    )
    target_groups = ClusterTaggableManager(
        "Zielgruppen", through=ProjectPageTargetGroup, blank=True, related_name="project_pages"
    )
    show_on_landing = models.BooleanField(
        "Auf der Startseite des Portals zeigen",
        default=False,
        help_text="Nur die Sozialraumkoordination kann das einstellen.",
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("teaser"),
        FieldPanel("image"),
        MultiFieldPanel(
            [FieldPanel("since"), FieldPanel("funding"), FieldPanel("target_groups"), FieldPanel("topics")],
            heading="Steckbrief",
        ),
        FieldPanel("body"),
        FieldPanel("show_on_landing", permission=FEATURE_PROJECT_PERMISSION),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("teaser"),
        index.SearchField("body"),
        index.FilterField("show_on_landing"),
    ]
    template = "pages/project_page.html"
    parent_page_types = ["veedel.ProjectIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "Gutes Beispiel"
        verbose_name_plural = "Gute Beispiele"
        permissions = [("feature_projectpage", "Gute Beispiele auf der Startseite des Portals zeigen")]
