from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from ..blocks import BodyStreamBlock
from .base import BasePage


class IntroBodyMixin(models.Model):
    """A short introduction and a free body, the shape of most content pages."""

    intro = models.TextField(
        "Einleitung", blank=True, help_text="Zwei, drei Sätze, die sagen, worum es auf der Seite geht."
    )
    body = StreamField(BodyStreamBlock(), verbose_name="Inhalt", blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    class Meta:
        abstract = True


class VeedelHomePage(IntroBodyMixin, BasePage):
    """The start page of one Sozialraum's site.

    Its Sozialraum is found through the site it is the root of, so renaming a
    Sozialraum never touches the page tree.
    """

    template = "pages/veedel_home_page.html"
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["veedel.StandardPage"]

    class Meta:
        verbose_name = "Startseite eines Sozialraums"
        verbose_name_plural = "Startseiten der Sozialräume"


class StandardPage(IntroBodyMixin, BasePage):
    """A background page: about the Veedel, the coordination, imprint, and so on."""

    template = "pages/standard_page.html"
    subpage_types = ["veedel.StandardPage"]

    class Meta:
        verbose_name = "Inhaltsseite"
        verbose_name_plural = "Inhaltsseiten"
