from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ..fields import optional_link


class Contact(TranslatableMixin, models.Model):
    """A contact office, such as a Sozialraum's coordination office.

    Contacts are offices and roles, not private persons: the portal shows
    them publicly.
    """

    name = models.CharField(
        "Stelle oder Funktion", max_length=160, help_text="Zum Beispiel: Sozialraumkoordination Kalk"
    )
    organisation = models.CharField("Organisation / Träger", max_length=160, blank=True)
    street = models.CharField("Straße und Hausnummer", max_length=160, blank=True)
    postcode = models.CharField("Postleitzahl", max_length=5, blank=True)
    city = models.CharField("Ort", max_length=80, default="Köln")
    phone = models.CharField("Telefon", max_length=40, blank=True)
    email = models.EmailField("E-Mail", blank=True)
    office_hours = models.TextField(
        "Sprechzeiten", blank=True, help_text="Zum Beispiel: Dienstag 10–12 Uhr und nach Vereinbarung"
    )
    sozialraum = optional_link("snippets.Sozialraum", "Sozialraum", related_name="contacts")

    panels = [
        FieldPanel("name"),
        FieldPanel("organisation"),
        FieldPanel("sozialraum"),
        MultiFieldPanel(
            [FieldPanel("street"), FieldPanel("postcode"), FieldPanel("city")], heading="Adresse"
        ),
        FieldPanel("phone"),
        FieldPanel("email"),
        FieldPanel("office_hours"),
    ]

    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("organisation"),
        SynchronizedField("street"),
        SynchronizedField("postcode"),
        SynchronizedField("city"),
        SynchronizedField("phone"),
        SynchronizedField("email"),
        TranslatableField("office_hours"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = "Kontakt"
        verbose_name_plural = "Kontakte"
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def address_lines(self):
        return [line for line in (self.street, f"{self.postcode} {self.city}".strip()) if line]
