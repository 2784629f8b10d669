"""The fixed vocabularies of the address directory: kinds of entry, step-free access, weekdays."""

from django.db import models
from django.utils.translation import gettext_lazy


class OrganisationKind(models.TextChoices):
    EINRICHTUNG = "einrichtung", gettext_lazy("Einrichtung")
    VEREIN = "verein", gettext_lazy("Verein")
    VERBAND = "verband", gettext_lazy("Verband")
    INITIATIVE = "initiative", gettext_lazy("Initiative")
    TRAEGER = "traeger", gettext_lazy("Träger")
    BERATUNGSSTELLE = "beratungsstelle", gettext_lazy("Beratungsstelle")
    KITA = "kita", gettext_lazy("Kita")
    SCHULE = "schule", gettext_lazy("Schule")
    RELIGION = "religion", gettext_lazy("Kirchen-/Religionsgemeinde")
    BEHOERDE = "behoerde", gettext_lazy("Behörde")
    SONSTIGES = "sonstiges", gettext_lazy("Sonstiges")


class StepFree(models.TextChoices):
    YES = "ja", gettext_lazy("Ja")
    PARTLY = "teilweise", gettext_lazy("Teilweise")
    NO = "nein", gettext_lazy("Nein")
    UNKNOWN = "unbekannt", gettext_lazy("Unbekannt")


class Weekday(models.IntegerChoices):
    MONDAY = 0, gettext_lazy("Montag")
    TUESDAY = 1, gettext_lazy("Dienstag")
    WEDNESDAY = 2, gettext_lazy("Mittwoch")
    THURSDAY = 3, gettext_lazy("Donnerstag")
    FRIDAY = 4, gettext_lazy("Freitag")
    SATURDAY = 5, gettext_lazy("Samstag")
    SUNDAY = 6, gettext_lazy("Sonntag")
