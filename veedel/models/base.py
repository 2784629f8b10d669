"""The abstract base every page type of the portal is built on."""

import re

from django.db import models
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.rich_text import RichText

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


SENTENCE_END = re.compile(r"(?<=[.!?])\s")


def first_sentence(text):
    """The first sentence of a body (StreamField or rich text) as plain text."""
    for block in text if hasattr(text, "raw_data") else [text]:
        value = getattr(block, "value", block)
        if not isinstance(value, RichText | str):
            continue  # pictures, quotes with a source, calls to action: no sentence of the page's own
        # The stored HTML: rendering would look up every linked page and picture.
        plain = " ".join(strip_tags(value.source if isinstance(value, RichText) else value).split())
        if plain:
            return SENTENCE_END.split(plain, maxsplit=1)[0]
    return ""


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
        """What search engines show under the title: the search description, else the page's own
        short text (teaser, intro), else the first sentence of its text; at most 160 characters."""
        text = (
            self.search_description
            or self.listing_summary
            or getattr(self, "teaser", "")
            or getattr(self, "intro", "")
            or first_sentence(getattr(self, "body", None) or getattr(self, "description", ""))
        )
        return Truncator(" ".join(str(text).split())).chars(160)

    @property
    def preview_image(self):
        """The picture of a link preview: the one chosen for previews, else the page's own."""
        return self.social_image or getattr(self, "card_image", None)

    def clean(self):
        super().clean()
        # The title goes into the subject of Wagtail's moderation mails; a line break would stop them.
        self.title = single_line(self.title)

    def update_aliases(self, *, revision=None, _content=None, _updated_ids=None):
        super().update_aliases(revision=revision, _content=_content, _updated_ids=_updated_ids)
        if not self.live:
            # Publishing a new page with a start date in the future ("Veröffentlichen ab", an
            # embargo) makes Wagtail put its aliases live at once (wagtail issue 11344): the other
            # languages would show the page before its time. They wait for it; `publish_scheduled`
            # publishes the page and then its aliases.
            Page.objects.filter(alias_of=self, live=True).update(live=False)


class IntroMixin(models.Model):
    """A short introduction at the top of the page."""

    intro = models.TextField(
        "Einleitung", blank=True, help_text="Zwei, drei Sätze, die sagen, worum es auf der Seite geht."
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    class Meta:
        abstract = True
