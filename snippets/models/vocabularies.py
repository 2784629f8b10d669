"""The shared controlled vocabularies: Themenfelder and Zielgruppen.

They are taggit tags with free tagging switched off, so editors pick from the
list and cannot invent new terms. The names in other languages are fields of
the same record rather than wagtail-localize translations: taggit matches
tags by name across the whole table, and a second "Sport" record in English
would be picked up as well.
"""

from django.db import models
from django.utils import translation
from taggit.models import TagBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from ..colours import validate_theme_colour


class VocabularyBase(TagBase):
    free_tagging = False

    name_en = models.CharField("Name (Englisch)", max_length=100, blank=True)
    name_tr = models.CharField("Name (Türkisch)", max_length=100, blank=True)
    name_ar = models.CharField("Name (Arabisch)", max_length=100, blank=True)
    sort_order = models.PositiveSmallIntegerField("Reihenfolge", default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        MultiFieldPanel(
            [FieldPanel("name_en"), FieldPanel("name_tr"), FieldPanel("name_ar")],
            heading="Übersetzungen",
        ),
        FieldPanel("sort_order"),
    ]

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    @property
    def localized_name(self):
        language = translation.get_language() or "de"
        return getattr(self, f"name_{language}", "") or self.name


class Topic(VocabularyBase):
    colour = models.CharField(
        "Farbe",
        max_length=7,
        validators=[validate_theme_colour],
        default="#1f5f8b",
        help_text="Weiße Schrift muss darauf gut lesbar sein.",
    )

    panels = [*VocabularyBase.panels, FieldPanel("colour")]

    class Meta(VocabularyBase.Meta):
        verbose_name = "Themenfeld"
        verbose_name_plural = "Themenfelder"


class TargetGroup(VocabularyBase):
    class Meta(VocabularyBase.Meta):
        verbose_name = "Zielgruppe"
        verbose_name_plural = "Zielgruppen"
