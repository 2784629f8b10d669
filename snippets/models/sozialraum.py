from django.db import models


class Sozialraum(models.Model):
    """One of the Sozialraum areas of the programme, tied to its own Wagtail site.

    The records are data, kept in line with the list in fixtures/ by
    `manage.py setup_sites`; the slug is the stable key.
    """

    name = models.CharField("Name", max_length=120)
    slug = models.SlugField(
        "Kurzname",
        unique=True,
        help_text="Teil der Internetadresse, zum Beispiel kalk für kalk.sozialraumkoordination.koeln",
    )
    stadtbezirk = models.CharField("Stadtbezirk", max_length=60)
    site = models.OneToOneField(
        "wagtailcore.Site",
        verbose_name="Website",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="sozialraum",
    )
    actors_group = models.OneToOneField(
        "auth.Group",
        verbose_name="Gruppe der Akteure",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="sozialraum_as_actors",
    )
    coordinators_group = models.OneToOneField(
        "auth.Group",
        verbose_name="Gruppe der Koordination",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="sozialraum_as_coordinators",
    )
    workflow = models.OneToOneField(
        "wagtailcore.Workflow",
        verbose_name="Freigabe-Ablauf",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="sozialraum",
    )
    collection = models.OneToOneField(
        "wagtailcore.Collection",
        verbose_name="Sammlung für Bilder und Dokumente",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="sozialraum",
    )

    class Meta:
        verbose_name = "Sozialraum"
        verbose_name_plural = "Sozialräume"
        # A plain field: modelcluster sorts in-memory relations (Organisation.further_sozialraeume)
        # by this and cannot evaluate expressions such as Lower(). All names start with a capital.
        ordering = ["name"]
        permissions = [("edit_all_sozialraeume", "Inhalte aller Sozialräume bearbeiten")]

    def __str__(self):
        return self.name
