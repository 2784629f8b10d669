"""What the directory keeps about its entries besides the entries themselves.

Residents' correction reports ("Fehler melden") and the yearly reminders sent
to keep the entries fresh (see `freshness`).
"""

from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel

from .models import Organisation


class CorrectionReport(models.Model):
    """ "Fehler melden": a resident's correction to an entry, for the coordinators of its Sozialraum."""

    organisation = models.ForeignKey(
        Organisation, verbose_name="Adresse", on_delete=models.CASCADE, related_name="correction_reports"
    )
    # The home Sozialraum when the report came in: whose coordinators handle it.
    sozialraum = models.ForeignKey(
        "snippets.Sozialraum", verbose_name="Sozialraum", on_delete=models.CASCADE, related_name="+"
    )
    message = models.TextField("Was stimmt nicht?", max_length=2000)
    name = models.CharField("Name", max_length=120, blank=True)
    email = models.EmailField("E-Mail für Rückfragen", blank=True)
    created_at = models.DateTimeField("Eingegangen", auto_now_add=True)
    handled = models.BooleanField("Erledigt", default=False)

    panels = [
        FieldPanel("message", read_only=True),
        FieldPanel("name", read_only=True),
        FieldPanel("email", read_only=True),
        FieldPanel("handled"),
    ]

    class Meta:
        verbose_name = "Fehlermeldung"
        verbose_name_plural = "Fehlermeldungen"
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.organisation} ({self.created_at:%d.%m.%Y})"


class VerificationRequest(models.Model):
    """One "Sind die Angaben noch aktuell?" mail, so that each run window sends at most one."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="verification_requests"
    )
    sent_to = models.EmailField()
    sent_at = models.DateTimeField(default=timezone.now, db_index=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "Prüfbitte"
        verbose_name_plural = "Prüfbitten"
        ordering = ["-sent_at"]

    def __str__(self):
        return f"{self.organisation} ({self.sent_at:%d.%m.%Y})"
