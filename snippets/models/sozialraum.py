from django.db import models

from ..fields import optional_link


class SozialraumQuerySet(models.QuerySet):
    def listed(self):
        """The Sozialräume the public sees: with a site and not retired (setup_sites, `retired`)."""
        return self.exclude(site=None).filter(retired=False)


class Sozialraum(models.Model):
    """One of the Sozialraum areas of the programme, tied to its own Wagtail site.

    The records are data, kept in line with the list in fixtures/ by
    `manage.py setup_sites`; the slug is the stable key, `former_slugs` keeps
    the old ones so their addresses redirect, and a retired Sozialraum keeps its
    site and content but leaves the portal's lists (docs/sites-and-roles.md).
    """

    name = models.CharField("Name", max_length=120)
    slug = models.SlugField(
        "Kurzname",
        unique=True,
        help_text="Teil der Internetadresse, zum Beispiel kalk für kalk.sozialraumkoordination.koeln",
    )
    stadtbezirk = models.CharField("Stadtbezirk", max_length=60)
    former_slugs = models.JSONField(
        "Frühere Kurznamen",
        default=list,
        blank=True,
        help_text="Ihre alten Adressen leiten dauerhaft auf die neue weiter.",
    )
    retired = models.BooleanField(
        "Beendet",
        default=False,
        help_text="Die Website zeigt nur noch einen Hinweis; die Inhalte bleiben erhalten.",
    )
    site = optional_link("wagtailcore.Site", "Website", related_name="sozialraum", one_to_one=True)
    actors_group = optional_link(
        "auth.Group", "Gruppe der Akteure", related_name="sozialraum_as_actors", one_to_one=True
    )
    coordinators_group = optional_link(
        "auth.Group", "Gruppe der Koordination", related_name="sozialraum_as_coordinators", one_to_one=True
    )
    workflow = optional_link(
        "wagtailcore.Workflow", "Freigabe-Ablauf", related_name="sozialraum", one_to_one=True
    )
    collection = optional_link(
        "wagtailcore.Collection",
        "Sammlung für Bilder und Dokumente",
        related_name="sozialraum",
        one_to_one=True,
    )

    objects = SozialraumQuerySet.as_manager()

    class Meta:
        verbose_name = "Sozialraum"
        verbose_name_plural = "Sozialräume"
        # A plain field: modelcluster sorts in-memory relations (Organisation.further_sozialraeume)
        # by this and cannot evaluate expressions such as Lower(). All names start with a capital.
        ordering = ["name"]
        permissions = [("edit_all_sozialraeume", "Inhalte aller Sozialräume bearbeiten")]

    def __str__(self):
        return self.name
