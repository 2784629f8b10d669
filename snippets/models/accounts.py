from django.conf import settings
from django.db import models

from ..fields import optional_link


class ActorProfile(models.Model):
    """What ties a local actor's login to their Sozialraum and their organisation.

    Coordinators create these by inviting someone (mitmachen/invitations.py).
    The organisation decides which directory entry the actor may edit
    (snippets/permissions.py); pages follow Wagtail's owner rule.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name="Zugang",
        on_delete=models.CASCADE,
        related_name="actor_profile",
    )
    sozialraum = models.ForeignKey(
        "snippets.Sozialraum",
        verbose_name="Sozialraum",
        on_delete=models.CASCADE,
        related_name="actor_profiles",
    )
    organisation = optional_link("snippets.Organisation", "Einrichtung", related_name="actor_profiles")
    invited_by = optional_link(settings.AUTH_USER_MODEL, "Eingeladen von")
    invited_at = models.DateTimeField("Eingeladen am", null=True, blank=True)
    activated_at = models.DateTimeField("Passwort gesetzt am", null=True, blank=True)

    class Meta:
        verbose_name = "Zugang für Akteure"
        verbose_name_plural = "Zugänge für Akteure"

    def __str__(self):
        return f"{self.user.get_full_name() or self.user.get_username()} ({self.sozialraum})"
