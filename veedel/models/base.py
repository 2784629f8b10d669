"""The abstract base every page type of the portal is built on."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page

from snippets.fields import optional_image
from snippets.images.choices import MediaCheckedPageForm
from snippets.mail import single_line


class ListingFieldsMixin(models.Model):
    """How a page looks as a card in lists and teasers."""

    listing_title = models.CharField(
        "Titel in Listen",
        max_length=120,
        blank=True,
        help_text="Kürzerer Titel für Karten und Listen. Leer lassen, um den Seitentitel zu nutzen.",
    )
    listing_summary = models.CharField(
        "Kurzbeschreibung in Listen",
        max_length=300,
        blank=True,
        help_text="Ein bis zwei Sätze, die auf Karten und in Listen stehen.",
    )
    listing_image = optional_image("Bild in Listen")

    listing_panels = [
        MultiFieldPanel(
            [FieldPanel("listing_title"), FieldPanel("listing_summary"), FieldPanel("listing_image")],
            heading="Darstellung in Listen",
        )
    ]

    class Meta:
        abstract = True

    @property
    def card_title(self):
        return self.listing_title or self.title


class SocialFieldsMixin(models.Model):
    """What a link preview in messengers and social networks shows."""

    social_image = optional_image("Bild für Vorschauen")
    social_text = models.CharField("Text für Vorschauen", max_length=255, blank=True)

    social_panels = [
        MultiFieldPanel(
            [FieldPanel("social_image"), FieldPanel("social_text")],
            heading="Vorschau beim Teilen",
        )
    ]

    class Meta:
        abstract = True


# Wagtail's stock promote panels, with help texts about this portal instead of "http://domain.com/blog/[my-slug]/".
PORTAL_PROMOTE_PANELS = [
    MultiFieldPanel(
        [
            FieldPanel(
                "slug",
                help_text=_(
                    "Der letzte Teil der Adresse der Seite im Portal, etwa „flohmarkt-im-hof“ in "
                    "…/veranstaltungen/flohmarkt-im-hof/. Nach dem Veröffentlichen besser nicht mehr "
                    "ändern: Links und Lesezeichen darauf gingen sonst ins Leere."
                ),
            ),
            FieldPanel(
                "seo_title",
                help_text=_(
                    "Der Titel, den Suchmaschinen und der Browser-Tab zeigen. "
                    "Leer lassen, dann gilt der Seitentitel."
                ),
            ),
            FieldPanel(
                "search_description",
                help_text=_(
                    "Ein bis zwei Sätze, die Suchmaschinen unter dem Titel zeigen. "
                    "Leer lassen, dann gilt die Kurzbeschreibung."
                ),
            ),
        ],
        heading=_("Für Suchmaschinen"),
    ),
    MultiFieldPanel(
        [
            FieldPanel(
                "show_in_menus",
                help_text=_("Die Seite erscheint im Hauptmenü ihres Sozialraums."),
            )
        ],
        heading=_("Für das Menü"),
    ),
]


class BasePage(ListingFieldsMixin, SocialFieldsMixin, Page):
    """Abstract: every concrete page type inherits from this, none instantiate it."""

    # Refuses pictures and documents from collections the editor may not choose from.
    base_form_class = MediaCheckedPageForm
    promote_panels = [
        *PORTAL_PROMOTE_PANELS,
        *ListingFieldsMixin.listing_panels,
        *SocialFieldsMixin.social_panels,
    ]

    class Meta:
        abstract = True

    @property
    def meta_description(self):
        return self.search_description or self.listing_summary

    def clean(self):
        super().clean()
        # The title goes into the subject of Wagtail's moderation mails; a line break would stop them.
        self.title = single_line(self.title)


class IntroMixin(models.Model):
    """A short introduction at the top of the page."""

    intro = models.TextField(
        "Einleitung", blank=True, help_text="Zwei, drei Sätze, die sagen, worum es auf der Seite geht."
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    class Meta:
        abstract = True
