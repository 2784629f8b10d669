"""Public suggestions ("Veranstaltung vorschlagen", "Einrichtung eintragen").

A `Submission` holds who suggested something, apart from the public content:
the draft event page or directory entry it created never carries the
submitter's name, e-mail or phone. Refused submissions (spam checks) are kept
too, without publishing anything, for the audit trail. Personal data is
erased `MITMACHEN_RETENTION_DAYS` after the submission was handled
(`manage.py purge_submissions`, docs/mitmachen.md).
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone

from snippets.fields import optional_link

# No 0/O or 1/I/L: the number is read out on the phone.
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def new_reference():
    year = timezone.localdate().year
    code = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(6))
    return f"V-{year}-{code}"


class SubmissionKind(models.TextChoices):
    EVENT = "veranstaltung", "Veranstaltung"
    ORGANISATION = "einrichtung", "Einrichtung"


class SubmissionStatus(models.TextChoices):
    RECEIVED = "eingegangen", "In Prüfung"
    PUBLISHED = "veroeffentlicht", "Veröffentlicht"
    SENT_BACK = "zurueckgeschickt", "Zurückgeschickt"
    REFUSED = "abgewiesen", "Abgewiesen (Spamschutz)"


class SubmissionQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status=SubmissionStatus.RECEIVED)

    def due_for_erasure(self, now=None):
        now = now or timezone.now()
        cutoff = now - timezone.timedelta(days=settings.MITMACHEN_RETENTION_DAYS)
        # A suggestion nobody decided on (say, its workflow was cancelled) goes after twice the period.
        undecided_cutoff = now - timezone.timedelta(days=2 * settings.MITMACHEN_RETENTION_DAYS)
        return self.filter(erased_at__isnull=True).filter(
            models.Q(handled_at__lt=cutoff)
            | models.Q(status=SubmissionStatus.REFUSED, created_at__lt=cutoff)
            | models.Q(handled_at__isnull=True, created_at__lt=undecided_cutoff)
        )


class Submission(models.Model):
    reference = models.CharField("Vorgangsnummer", max_length=20, unique=True, default=new_reference)
    kind = models.CharField("Art", max_length=20, choices=SubmissionKind.choices)
    sozialraum = models.ForeignKey(
        "snippets.Sozialraum",
        verbose_name="Sozialraum",
        on_delete=models.CASCADE,
        related_name="submissions",
    )
    status = models.CharField(
        "Stand", max_length=20, choices=SubmissionStatus.choices, default=SubmissionStatus.RECEIVED
    )
    refusal_reason = models.CharField("Grund der Abweisung", max_length=255, blank=True)
    event = optional_link("veedel.EventPage", "Veranstaltung (Entwurf)")
    organisation = optional_link("snippets.Organisation", "Eintrag (Entwurf)")
    # What was sent, as cleaned text (for refused submissions: the form data, markup removed).
    payload = models.JSONField("Eingaben", default=dict, blank=True)
    language = models.CharField("Sprache", max_length=8, default="de")

    # The submitter: kept apart from the public content and erased after the retention period.
    name = models.CharField("Name", max_length=120, blank=True)
    email = models.EmailField("E-Mail", blank=True)
    phone = models.CharField("Telefon", max_length=40, blank=True)
    consent_at = models.DateTimeField("Einwilligung am", null=True, blank=True)

    created_at = models.DateTimeField("Eingegangen am", default=timezone.now, db_index=True)
    handled_at = models.DateTimeField("Erledigt am", null=True, blank=True)
    comment = models.TextField("Kommentar der Koordination", blank=True)
    erased_at = models.DateTimeField("Persönliche Daten gelöscht am", null=True, blank=True)

    objects = SubmissionQuerySet.as_manager()

    class Meta:
        verbose_name = "Vorschlag"
        verbose_name_plural = "Vorschläge"
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["sozialraum", "status"])]

    def __str__(self):
        return f"{self.reference} – {self.title}"

    @property
    def title(self):
        return self.payload.get("title") or self.payload.get("name") or self.get_kind_display()

    @property
    def draft(self):
        return self.event or self.organisation

    def erase_personal_data(self, now=None):
        self.name = self.email = self.phone = ""
        self.erased_at = now or timezone.now()
        self.save(update_fields=["name", "email", "phone", "erased_at"])
