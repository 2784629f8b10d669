from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from snippets.colours import validate_theme_colour
from snippets.fields import optional_image, optional_link
from snippets.images.choices import MediaCheckedModelForm

DEFAULT_THEME_COLOUR = "#1f5f8b"
# The tagline and footer text in the other languages (docs/languages.md); German is the field
# without suffix, and an empty translation shows the German.
TRANSLATED_TEXT_FIELDS = [
    f"{name}_{code}" for code in ("en", "tr", "ar") for name in ("tagline", "footer_text")
]


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Colour, picture and contact of one site; the layout is the same everywhere."""

    theme_colour = models.CharField(
        "Farbe",
        max_length=7,
        default=DEFAULT_THEME_COLOUR,
        validators=[validate_theme_colour],
        help_text="Hex-Wert wie #1f5f8b. Weiße Schrift muss darauf gut lesbar sein.",
    )
    tagline = models.CharField(
        "Kurzbeschreibung",
        max_length=160,
        blank=True,
        help_text="Ein Satz unter dem Namen, zum Beispiel: Gemeinsam für ein lebenswertes Veedel.",
    )
    header_image = optional_image(
        "Bild des Veedels",
        help_text="Das typische Bild des Sozialraums, oben auf der Startseite und auf der Karte im Portal.",
    )
    logo = optional_image("Logo")
    contact = optional_link("snippets.Contact", "Kontakt der Sozialraumkoordination")
    footer_text = models.TextField("Text in der Fußzeile", blank=True)
    tagline_en = models.CharField("Kurzbeschreibung (Englisch)", max_length=160, blank=True)
    footer_text_en = models.TextField("Text in der Fußzeile (Englisch)", blank=True)
    tagline_tr = models.CharField("Kurzbeschreibung (Türkisch)", max_length=160, blank=True)
    footer_text_tr = models.TextField("Text in der Fußzeile (Türkisch)", blank=True)
    tagline_ar = models.CharField("Kurzbeschreibung (Arabisch)", max_length=160, blank=True)
    footer_text_ar = models.TextField("Text in der Fußzeile (Arabisch)", blank=True)

    # Refuses a header picture or logo from a collection the coordinator may not choose from.
    base_form_class = MediaCheckedModelForm

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("theme_colour"),
                FieldPanel("tagline"),
                FieldPanel("header_image"),
                FieldPanel("logo"),
            ],
            heading="Aussehen",
        ),
        FieldPanel("contact"),
        FieldPanel("footer_text"),
        MultiFieldPanel(
            [FieldPanel(name) for name in TRANSLATED_TEXT_FIELDS],
            heading="Kurzbeschreibung und Fußzeile in anderen Sprachen",
            help_text="Leer gelassen, sehen Besucherinnen und Besucher in dieser Sprache den deutschen Text.",
            classname="collapsed",
        ),
    ]

    def translated(self, name, language):
        """The text of field `name` ("tagline", "footer_text") in `language`, or the German one."""
        return getattr(self, f"{name}_{language}", "") or getattr(self, name)

    class Meta:
        verbose_name = "Website-Einstellungen"
        verbose_name_plural = "Website-Einstellungen"
