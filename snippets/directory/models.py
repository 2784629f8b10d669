"""The address directory: institutions, associations and initiatives, shared by all sites.

An entry belongs to one Sozialraum (its home, which decides who may edit it and whose coordinators
approve it) and may serve further ones. Entries have drafts, revisions, locking and moderation like
pages; the public sees only live entries, and finds them with the site search (search.py).
"""

import datetime

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils import timezone
from django.utils.text import slugify
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from taggit.models import ItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ..fields import VocabularyField, optional_image, optional_link
from ..languages import SpokenLanguagesMixin
from ..mail import single_line
from ..models.vocabularies import TargetGroup, Topic
from ..slugs import free_slug
from ..validators import postcode_validator
from . import closures, opening
from .admin_forms import OrganisationForm
from .choices import OrganisationKind, StepFree, Weekday
from .holidays import holiday_name
from .search import SearchableEntry


class OrganisationTopic(ItemBase):
    tag = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="tagged_organisations")
    content_object = ParentalKey(
        "snippets.Organisation", on_delete=models.CASCADE, related_name="topic_items"
    )


class OrganisationTargetGroup(ItemBase):
    tag = models.ForeignKey(TargetGroup, on_delete=models.CASCADE, related_name="tagged_organisations")
    content_object = ParentalKey(
        "snippets.Organisation", on_delete=models.CASCADE, related_name="target_group_items"
    )


class OrganisationQuerySet(models.QuerySet):
    def public(self):
        """Live entries in German, the source language every filter works on."""
        return self.filter(live=True, locale__language_code=settings.LANGUAGE_CODE)

    def serving(self, sozialraum_ids):
        """Entries whose home is one of the Sozialräume, or that also serve one of them."""
        further = Organisation.further_sozialraeume.through.objects.filter(sozialraum_id__in=sozialraum_ids)
        return self.filter(
            models.Q(sozialraum_id__in=sozialraum_ids) | models.Q(pk__in=further.values("organisation_id"))
        )

    def open_at(self, moment):
        """Entries open at the moment (Europe/Berlin), in SQL, so it combines with every other filter.

        A slot whose end lies before its start runs past midnight, so yesterday's late slots
        count too. Holidays and the portal's closure days close the entries that close on
        holidays; an entry's own closures close it always (closures.py).
        """
        local = timezone.localtime(moment)
        day, now = local.date(), local.time()
        yesterday = day - datetime.timedelta(days=1)
        # The list changes when any entry opens or closes: a cached page lasts until then.
        opening.note_next_change_of_any(moment, OpeningSlot.objects.all())
        slots = OpeningSlot.objects.filter(organisation=models.OuterRef("pk"))
        started_today = slots.filter(weekday=day.weekday(), opens__lte=now).filter(
            models.Q(closes__gt=now) | models.Q(closes__lte=models.F("opens"))
        )
        from_yesterday = slots.filter(
            weekday=yesterday.weekday(), closes__lte=models.F("opens"), closes__gt=now
        )
        today_open = models.Exists(started_today)
        if closures.closed_for_holiday_keepers(day, now):
            today_open &= models.Q(closed_on_holidays=False)
        yesterday_open = models.Exists(from_yesterday) & ~closures.own_closure_on(yesterday)
        # A late slot of a day closed from noon is closed after midnight too: it started after noon.
        if holiday_name(yesterday) or closures.portal_closure_on(yesterday):
            yesterday_open &= models.Q(closed_on_holidays=False)
        return (
            self.filter(today_open | yesterday_open)
            .exclude(closed_until__gte=day)
            .exclude(closures.own_closure_on(day))
        )


class Organisation(
    SearchableEntry,
    SpokenLanguagesMixin,
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    TranslatableMixin,
    ClusterableModel,
):
    name = models.CharField("Name", max_length=160)
    slug = models.SlugField(
        "Kurzname für die Adresse",
        max_length=80,
        blank=True,
        help_text="Teil der Internetadresse /adressen/<kurzname>/. Leer lassen: wird aus dem Namen gebildet.",
    )
    kind = models.CharField("Art", max_length=20, choices=OrganisationKind.choices)
    parent = optional_link("self", "Gehört zu (Träger)", related_name="members")
    short_description = models.TextField("Kurzbeschreibung", max_length=600, blank=True)
    offers = models.TextField(
        "Angebote", blank=True, help_text="Ein Angebot pro Zeile, zum Beispiel: Hausaufgabenhilfe"
    )

    sozialraum = models.ForeignKey(
        "snippets.Sozialraum",
        verbose_name="Heimat-Sozialraum",
        on_delete=models.PROTECT,
        related_name="organisations",
        help_text="Dessen Koordination gibt Änderungen frei.",
    )
    further_sozialraeume = ParentalManyToManyField(
        "snippets.Sozialraum",
        verbose_name="Auch tätig in",
        blank=True,
        related_name="served_by_organisations",
    )

    street = models.CharField("Straße und Hausnummer", max_length=160, blank=True)
    postcode = models.CharField("Postleitzahl", max_length=5, blank=True, validators=[postcode_validator])
    stadtteil = models.CharField("Stadtteil", max_length=80, blank=True)
    latitude = models.DecimalField("Breitengrad", max_digits=8, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField("Längengrad", max_digits=9, decimal_places=6, null=True, blank=True)
    phone = models.CharField("Telefon", max_length=40, blank=True)
    email = models.EmailField("E-Mail", blank=True)
    website = models.URLField("Internetseite", blank=True)

    by_appointment = models.BooleanField("Nach Vereinbarung", default=False)
    opening_notes = models.CharField("Hinweis zu den Öffnungszeiten", max_length=255, blank=True)
    closed_until = models.DateField(
        "Vorübergehend geschlossen bis", null=True, blank=True, help_text="Leer lassen, wenn geöffnet."
    )
    closed_note = models.CharField("Grund der Schließung", max_length=255, blank=True)
    closed_on_holidays = models.BooleanField("An Feiertagen geschlossen", default=True)
    holiday_note = models.CharField(
        "Feiertage und Ferien",
        max_length=255,
        blank=True,
        help_text="Zum Beispiel: an Feiertagen geschlossen",
    )

    step_free = models.CharField(
        "Stufenloser Zugang", max_length=10, choices=StepFree.choices, default=StepFree.UNKNOWN
    )
    accessible_toilet = models.BooleanField("Barrierefreies WC", default=False)
    hearing_loop = models.BooleanField("Induktionsschleife", default=False)
    accessibility_note = models.CharField("Hinweis zur Barrierefreiheit", max_length=255, blank=True)

    languages = models.CharField("Sprachen", max_length=80, blank=True, default="de")
    topics = VocabularyField(
        "Themenfelder", through=OrganisationTopic, blank=True, related_name="organisations"
    )
    target_groups = VocabularyField(
        "Zielgruppen", through=OrganisationTargetGroup, blank=True, related_name="organisations"
    )
    image = optional_image("Logo oder Bild")

    upkeep_email = models.EmailField(
        "E-Mail für die Pflege der Angaben (nicht öffentlich)",
        blank=True,
        help_text="Eine Funktionsadresse, an die das Portal einmal im Jahr die Bitte um Prüfung schickt.",
    )
    last_verified = models.DateField("Angaben geprüft am", default=timezone.localdate)
    import_key = models.CharField(max_length=120, blank=True, editable=False, db_index=True)
    # Who created it in the admin, who may keep editing it (snippets/permissions.py); empty for imports.
    owner = optional_link(settings.AUTH_USER_MODEL, "Angelegt von", editable=False)

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="organisation")

    objects = OrganisationQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("parent")]),
        FieldPanel("short_description"),
        FieldPanel("offers"),
        MultiFieldPanel(
            [FieldPanel("sozialraum"), FieldPanel("further_sozialraeume")], heading="Sozialräume"
        ),
        MultiFieldPanel(
            [
                FieldPanel("street"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("stadtteil")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
                FieldPanel("website"),
            ],
            heading="Adresse und Kontakt",
        ),
        MultiFieldPanel(
            [
                InlinePanel("opening_slots", label="Zeit", heading="Öffnungszeiten"),
                FieldPanel("by_appointment"),
                FieldPanel("opening_notes"),
                FieldRowPanel([FieldPanel("closed_until"), FieldPanel("closed_note")]),
                InlinePanel("closures", label="Schließzeit", heading="Schließzeiten (Ferien, Umbau)"),
                FieldRowPanel([FieldPanel("closed_on_holidays"), FieldPanel("holiday_note")]),
            ],
            heading="Öffnungszeiten",
        ),
        MultiFieldPanel(
            [
                FieldPanel("step_free"),
                FieldRowPanel([FieldPanel("accessible_toilet"), FieldPanel("hearing_loop")]),
                FieldPanel("accessibility_note"),
            ],
            heading="Barrierefreiheit",
        ),
        MultiFieldPanel(
            [FieldPanel("languages"), FieldPanel("topics"), FieldPanel("target_groups"), FieldPanel("image")],
            heading="Für wen?",
        ),
        MultiFieldPanel(
            [FieldPanel("upkeep_email"), FieldPanel("last_verified")], heading="Pflege der Angaben"
        ),
        FieldPanel("confirm_duplicate"),
    ]
    base_form_class = OrganisationForm

    translatable_fields = [
        SynchronizedField("name"),
        SynchronizedField("slug"),
        SynchronizedField("kind"),
        SynchronizedField("parent"),
        TranslatableField("short_description"),
        TranslatableField("offers"),
        SynchronizedField("sozialraum"),
        SynchronizedField("further_sozialraeume"),
        SynchronizedField("street"),
        SynchronizedField("postcode"),
        SynchronizedField("stadtteil"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
        SynchronizedField("phone"),
        SynchronizedField("email"),
        SynchronizedField("website"),
        SynchronizedField("by_appointment"),
        TranslatableField("opening_notes"),
        SynchronizedField("closed_until"),
        TranslatableField("closed_note"),
        SynchronizedField("closed_on_holidays"),
        TranslatableField("holiday_note"),
        SynchronizedField("step_free"),
        SynchronizedField("accessible_toilet"),
        SynchronizedField("hearing_loop"),
        TranslatableField("accessibility_note"),
        SynchronizedField("languages"),
        SynchronizedField("topics"),
        SynchronizedField("target_groups"),
        SynchronizedField("image"),
        SynchronizedField("opening_slots"),
        SynchronizedField("closures"),
        SynchronizedField("upkeep_email"),
        SynchronizedField("last_verified"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = "Adresse"
        verbose_name_plural = "Adressverzeichnis"
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]
        indexes = [
            models.Index(fields=["sozialraum", "live", "locale"], name="organisation_home"),
            models.Index(fields=["kind"], name="organisation_kind"),
            models.Index(fields=["step_free"], name="organisation_step_free"),
            models.Index(fields=["last_verified"], name="organisation_verified"),
            models.Index(fields=["postcode", "name"], name="organisation_duplicate"),
        ]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        # The name goes into the subject of the moderation mails; a line break would stop them.
        self.name = single_line(self.name)
        if not self.slug:
            self.slug = self.free_slug()

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = self.free_slug()
        return super().save(*args, **kwargs)

    def free_slug(self):
        """A slug from the name that no other entry in this language has yet."""
        base = slugify(self.name)[:70] or "eintrag"
        taken = set(
            Organisation.objects.filter(locale_id=self.locale_id, slug__startswith=base)
            .exclude(pk=self.pk)
            .values_list("slug", flat=True)
        )
        return free_slug(self.name, taken, fallback="eintrag", max_length=70)

    def with_content_json(self, content):
        """A draft restored from a revision keeps a later "geprüft am" set by the confirmation link."""
        obj = super().with_content_json(content)
        if self.last_verified and (obj.last_verified is None or self.last_verified > obj.last_verified):
            obj.last_verified = self.last_verified
        return obj

    def get_workflow(self):
        """The approval workflow of the entry's home Sozialraum (Wagtail's are per model)."""
        return self.sozialraum.workflow if self.sozialraum_id else None

    def get_preview_template(self, request, mode_name):
        return "components/organisation_preview.html"

    @property
    def offer_list(self):
        return [line.strip(" -•\t") for line in self.offers.splitlines() if line.strip(" -•\t")]

    def is_closed_on(self, day):
        return self.closed_until is not None and day <= self.closed_until

    def closure_on(self, day):
        """The entry's own closure covering the day (on the prefetched closures), or None."""
        return next((closure for closure in self.closures.all() if closure.covers(day)), None)

    def is_open_at(self, moment):
        """The rule of `OrganisationQuerySet.open_at`, on the (prefetched) slots and closures in memory."""
        return opening.is_open_at(self, moment)

    def upcoming_closures(self, today=None, days=30):
        """[{starts, ends, closed_from, from_label, reason}] of the closures to come (closures.py)."""
        return closures.coming_closures(self, today or timezone.localdate(), days)

    def holiday_closures(self, today=None, days=14):
        """[{date, name, lang}] of the coming public holidays on which the entry would be open but closes."""
        return closures.coming_holiday_closures(self, today or timezone.localdate(), days)

    def opening_days(self):
        """[(weekday label, [slots])] for the days with opening hours, Monday first."""
        by_day = {}
        for slot in sorted(self.opening_slots.all(), key=lambda s: (s.weekday, s.opens)):
            by_day.setdefault(slot.weekday, []).append(slot)
        return [(Weekday(day).label, slots) for day, slots in sorted(by_day.items())]

    def verified_age_months(self, today=None):
        today = today or timezone.localdate()
        return (today.year - self.last_verified.year) * 12 + today.month - self.last_verified.month


class OpeningSlot(TranslatableMixin, Orderable):
    """One time slot on one weekday; `closes` before `opens` means it runs past midnight."""

    organisation = ParentalKey(Organisation, on_delete=models.CASCADE, related_name="opening_slots")
    weekday = models.SmallIntegerField("Wochentag", choices=Weekday.choices)
    opens = models.TimeField("von")
    closes = models.TimeField("bis")

    panels = [FieldRowPanel([FieldPanel("weekday"), FieldPanel("opens"), FieldPanel("closes")])]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = "Öffnungszeit"
        verbose_name_plural = "Öffnungszeiten"
        indexes = [models.Index(fields=["weekday", "opens", "closes"], name="opening_slot_time")]

    @property
    def overnight(self):
        return self.closes <= self.opens
