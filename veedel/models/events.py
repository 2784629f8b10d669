"""The event calendar of each Sozialraum.

Events are pages, so site permissions, moderation and translation apply to them.
"""

import datetime
import json

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.text import slugify
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from pagecache.freshness import changes_at
from snippets.fields import VocabularyField, optional_link
from snippets.languages import SpokenLanguagesMixin
from snippets.slugs import free_slug

from .. import structured_data
from ..calendar.forms import EventPageForm
from ..calendar.ical import calendar_for, ical_response
from ..calendar.recurrence import Repeat, build_rrule, expand, is_open_ended, schedule_problems, series_starts
from ..calendar.views import CalendarViews
from ..directory.queries import localize_entries
from ..serializers import vocabulary_api_fields
from .base import BasePage, IntroMixin
from .content import TeaserImageMixin
from .directory import DirectoryPage
from .tagging import EventPageTargetGroup, EventPageTopic

SERIES_HORIZON = datetime.timedelta(days=365 * 5)
# The series_end of a series without end: later than any window a view asks for, so it is never over.
OPEN_END = datetime.datetime(9999, 1, 1, tzinfo=datetime.UTC)


class RepeatChoices(models.TextChoices):
    NONE = Repeat.NONE, "Einmalig"
    DAILY = Repeat.DAILY, "Täglich"
    WEEKLY = Repeat.WEEKLY, "Wöchentlich"
    MONTHLY_WEEKDAY = Repeat.MONTHLY_WEEKDAY, "Monatlich an einem Wochentag (z. B. jeden 2. Dienstag)"
    MONTHLY = Repeat.MONTHLY, "Monatlich am gleichen Tag"


def shown_for(*repeats):
    """Panel attributes: show the field only while the repetition is one of `repeats` (w-rules)."""
    return {"data-w-rules-target": "show", "data-w-rules": json.dumps({"repeat": list(repeats)})}


# Shown for every repetition but a single date, so a repetition added later needs no rule of its own.
SHOWN_WHEN_REPEATED = {**shown_for(Repeat.NONE), "data-w-rules-match": "not"}


class NthChoices(models.IntegerChoices):
    FIRST = 1, "1."
    SECOND = 2, "2."
    THIRD = 3, "3."
    FOURTH = 4, "4."
    LAST = -1, "letzten"


class EventStatus(models.TextChoices):
    PLANNED = "planned", "Findet statt"
    CANCELLED = "cancelled", "Fällt aus"
    MOVED = "moved", "Verschoben"


class ChangeAction(models.TextChoices):
    EXCLUDE = "exclude", "Findet nicht statt (z. B. Feiertag)"
    CANCEL = "cancel", "Fällt aus (wird durchgestrichen angezeigt)"
    MOVE = "move", "Verschoben auf"


class EventIndexPage(CalendarViews, IntroMixin, BasePage):
    """ "Veranstaltungen" of one Sozialraum: upcoming dates day by day, month, archive, programme, feed."""

    template = "pages/event_index_page.html"
    parent_page_types = ["veedel.VeedelHomePage"]
    subpage_types = ["veedel.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "Veranstaltungskalender"
        verbose_name_plural = "Veranstaltungskalender"

    def calendar_events(self):
        return EventPage.objects.live().child_of(self)

    def calendar_name(self):
        return f"{self.title} – {self.get_site().site_name}"

    def calendar_filename(self):
        return f"veranstaltungen-{self.get_site().hostname.split('.')[0]}"

    def free_slug(self, title):
        """A slug for a new event from its title, numbered when the calendar has it already."""
        base = slugify(title)[:80].strip("-") or "veranstaltung"
        taken = set(self.get_children().filter(slug__startswith=base).values_list("slug", flat=True))
        return free_slug(title, taken, fallback="veranstaltung", max_length=80)


class EventPage(RoutablePageMixin, SpokenLanguagesMixin, TeaserImageMixin, BasePage):
    description = RichTextField("Beschreibung", features=settings.RICHTEXT_FEATURES_FULL, blank=True)

    start = models.DateTimeField("Beginn", db_index=True)
    end = models.DateTimeField("Ende")
    all_day = models.BooleanField("Ganztägig", default=False)

    repeat = models.CharField("Wiederholung", max_length=20, choices=RepeatChoices.choices, blank=True)
    repeat_interval = models.PositiveSmallIntegerField(
        "Abstand", default=1, help_text="1 = jede Woche bzw. jeden Monat, 2 = jede zweite, …"
    )
    repeat_weekdays = models.CharField("Wochentage", max_length=30, blank=True)
    repeat_nth = models.SmallIntegerField(
        "Der wievielte Wochentag?", choices=NthChoices.choices, null=True, blank=True
    )
    repeat_until = models.DateField("Wiederholen bis", null=True, blank=True)
    repeat_count = models.PositiveSmallIntegerField("oder Anzahl der Termine", null=True, blank=True)
    # Derived on save: the rule as RFC 5545 text and the end of the last occurrence,
    # so that a window query finds the candidates in SQL before expanding them.
    rrule = models.CharField(max_length=255, blank=True, editable=False)
    series_end = models.DateTimeField(null=True, editable=False, db_index=True)

    status = models.CharField(
        "Status", max_length=20, choices=EventStatus.choices, default=EventStatus.PLANNED
    )
    status_reason = models.CharField("Grund / Hinweis", max_length=255, blank=True)

    venue = optional_link(
        "snippets.Organisation",
        "Ort aus dem Adressverzeichnis",
        related_name="events_here",
        help_text="Steht der Ort im Adressverzeichnis, wählen Sie ihn hier, sonst unten die Adresse.",
    )
    organiser_entry = optional_link(
        "snippets.Organisation", "Veranstalter aus dem Adressverzeichnis", related_name="events_organised"
    )
    place_name = models.CharField(
        "Ort", max_length=160, blank=True, help_text="Zum Beispiel: Bürgerhaus Kalk"
    )
    street = models.CharField("Straße und Hausnummer", max_length=160, blank=True)
    postcode = models.CharField("Postleitzahl", max_length=5, blank=True)
    online_link = models.URLField("Online-Teilnahme (Link)", blank=True)
    organiser = models.CharField("Veranstalter", max_length=160, blank=True)

    topics = VocabularyField("Themenfelder", through=EventPageTopic, blank=True, related_name="event_pages")
    target_groups = VocabularyField(
        "Zielgruppen", through=EventPageTargetGroup, blank=True, related_name="event_pages"
    )
    languages = models.CharField("Sprachen", max_length=80, blank=True, default="de")

    is_free = models.BooleanField("Kostenlos", default=True)
    price = models.CharField(
        "Preis", max_length=120, blank=True, help_text="Zum Beispiel: 3 € / ermäßigt 1 €"
    )
    registration_required = models.BooleanField("Anmeldung nötig", default=False)
    registration_link = models.URLField("Anmeldung über Link", blank=True)
    registration_phone = models.CharField("Anmeldung per Telefon", max_length=40, blank=True)
    registration_email = models.EmailField("Anmeldung per E-Mail", blank=True)
    registration_deadline = models.DateField("Anmeldeschluss", null=True, blank=True)

    step_free = models.BooleanField("Stufenlos erreichbar", default=False)
    accessible_toilet = models.BooleanField("Barrierefreies WC", default=False)
    sign_language = models.BooleanField("Gebärdensprache", default=False)
    hearing_loop = models.BooleanField("Induktionsschleife", default=False)
    accessibility_note = models.CharField("Hinweis zur Barrierefreiheit", max_length=255, blank=True)
    # The UID of the calendar entry this event was imported from (import_ics), so a re-import updates it.
    ical_uid = models.CharField(max_length=255, blank=True, editable=False, db_index=True)

    base_form_class = EventPageForm
    content_panels = [
        *BasePage.content_panels,
        *TeaserImageMixin.teaser_panels,
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]), FieldPanel("all_day")], heading="Wann?"
        ),
        # Progressive disclosure with Wagtail's own "w-rules" controller: each field shows only for
        # the repetitions it applies to; without the script all of them stay visible.
        MultiFieldPanel(
            [
                FieldPanel("repeat"),
                FieldPanel("repeat_weekdays", attrs=shown_for(Repeat.WEEKLY)),
                FieldPanel("repeat_nth", attrs=shown_for(Repeat.MONTHLY_WEEKDAY)),
                FieldPanel("repeat_interval", attrs=SHOWN_WHEN_REPEATED),
                FieldRowPanel(
                    [
                        FieldPanel("repeat_until", attrs=SHOWN_WHEN_REPEATED),
                        FieldPanel("repeat_count", attrs=SHOWN_WHEN_REPEATED),
                    ]
                ),
            ],
            heading="Wiederholung",
            attrs={"data-controller": "w-rules", "data-action": "change->w-rules#resolve"},
        ),
        InlinePanel("occurrence_changes", heading="Ausnahmen", label="Ausnahme"),
        MultiFieldPanel([FieldPanel("status"), FieldPanel("status_reason")], heading="Findet es statt?"),
        MultiFieldPanel(
            [
                FieldPanel("venue"),
                FieldPanel("place_name"),
                FieldRowPanel([FieldPanel("street"), FieldPanel("postcode")]),
                FieldPanel("online_link"),
                FieldPanel("organiser_entry"),
                FieldPanel("organiser"),
            ],
            heading="Wo und wer?",
        ),
        MultiFieldPanel(
            [FieldPanel("topics"), FieldPanel("target_groups"), FieldPanel("languages")],
            heading="Für wen?",
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("is_free"), FieldPanel("price")]),
                FieldPanel("registration_required"),
                FieldRowPanel([FieldPanel("registration_link"), FieldPanel("registration_phone")]),
                FieldRowPanel([FieldPanel("registration_email"), FieldPanel("registration_deadline")]),
            ],
            heading="Kosten und Anmeldung",
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("step_free"), FieldPanel("accessible_toilet")]),
                FieldRowPanel([FieldPanel("sign_language"), FieldPanel("hearing_loop")]),
                FieldPanel("accessibility_note"),
            ],
            heading="Barrierefreiheit",
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        *TeaserImageMixin.teaser_search_fields,
        index.SearchField("description"),
    ]
    # A translated event points at the German directory entries, as the German event does: translating
    # it needs no translation of the venue, and the entry's page finds it in every language. The
    # page shows the entry's translation where there is one (`get_context`).
    override_translatable_fields = [SynchronizedField("venue"), SynchronizedField("organiser_entry")]
    api_fields = [
        *TeaserImageMixin.teaser_api_fields,
        *map(APIField, ("description", "start", "end", "all_day", "rrule", "status", "status_reason")),
        *map(APIField, ("place_name", "street", "postcode", "online_link", "organiser", "is_free", "price")),
        *vocabulary_api_fields("topics", "target_groups"),
    ]
    template = "pages/event_page.html"
    parent_page_types = ["veedel.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "Veranstaltung"
        verbose_name_plural = "Veranstaltungen"

    def repetition(self):
        """The editor's repetition choices, as build_rrule and schedule_problems take them."""
        return {
            "interval": self.repeat_interval,
            "weekdays": self.repeat_weekdays.split(","),
            "nth": self.repeat_nth,
            "until": self.repeat_until,
            "count": self.repeat_count,
        }

    def save(self, *args, **kwargs):
        self.rrule = build_rrule(self.repeat, start=self.start, **self.repetition())
        self.series_end = self.compute_series_end()
        return super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        # Derive the rule here too, so that a preview and a draft revision show the dates just edited.
        if self.start and self.end:
            self.rrule, _problems = schedule_problems(self.start, self.end, self.repeat, **self.repetition())

    def compute_series_end(self):
        if not self.rrule:
            return self.end
        if is_open_ended(self.rrule):
            return OPEN_END
        starts = series_starts(self.start, self.rrule, self.start, self.start + SERIES_HORIZON)
        last = starts[-1] if starts else self.start
        duration = self.end - self.start
        # A moved date without its own end lasts as long as the event, as expand() shows it.
        moved = [
            change.new_end or change.new_start + duration
            for change in self.occurrence_changes.all()
            if change.new_start
        ]
        return max([last + duration, *moved])

    def change_rows(self):
        return [
            (change.original_date, change.action, change.new_start, change.new_end, change.reason)
            for change in self.occurrence_changes.all()
        ]

    def occurrences(self, window_start, window_end):
        rows = self.change_rows()
        return expand(
            self.start,
            self.end,
            self.rrule,
            window_start,
            window_end,
            excluded_dates=[row[0] for row in rows if row[1] == ChangeAction.EXCLUDE],
            changes=[row for row in rows if row[1] != ChangeAction.EXCLUDE],
        )

    def upcoming(self, limit=10):
        """The next dates, up to CALENDAR_HORIZON_DAYS ahead (a series without end goes on beyond)."""
        now = timezone.now()
        dates = self.occurrences(now, now + datetime.timedelta(days=settings.CALENDAR_HORIZON_DAYS))[:limit]
        # The list loses a date when it ends: a cached page lasts until then.
        changes_at(min((occurrence.end for occurrence in dates), default=None))
        return dates

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if self.venue_id or self.organiser_entry_id:
            directory = DirectoryPage.objects.live().sibling_of(self.get_parent()).first()
            entries = localize_entries(entry for entry in (self.venue, self.organiser_entry) if entry)
            context.update(
                venue=self.venue and entries[0], organiser_entry=self.organiser_entry and entries[-1]
            )
            for field, name in (("venue", "venue_url"), ("organiser_entry", "organiser_url")):
                entry = getattr(self, field)
                if directory and entry and entry.live:
                    context[name] = directory.entry_url(entry, request)
        context["upcoming"] = upcoming = self.upcoming()
        context["json_ld"] = structured_data.event(self, request, upcoming)
        context["full_url"] = self.get_full_url(request)
        return context

    @path("ical/", name="ical")
    def ical(self, request):
        return ical_response(calendar_for([self], self.title, request), self.slug)

    @property
    def place_title(self):
        """Where it takes place: the directory entry's name, or the typed-in place."""
        return self.venue.name if self.venue_id and self.venue else self.place_name

    @property
    def address_line(self):
        street, postcode = (
            (self.venue.street, self.venue.postcode)
            if self.venue_id and self.venue
            else (self.street, self.postcode)
        )
        if not street and not postcode:
            return ""
        return ", ".join(part for part in (street, f"{postcode} Köln".strip()) if part)

    @property
    def organiser_name(self):
        return (
            self.organiser_entry.name if self.organiser_entry_id and self.organiser_entry else self.organiser
        )


class EventOccurrenceChange(Orderable):
    """One date of a series that is skipped, cancelled or moved, without touching the series."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="occurrence_changes")
    original_date = models.DateField("Betroffener Termin (Datum)")
    action = models.CharField("Was passiert?", max_length=10, choices=ChangeAction.choices)
    new_start = models.DateTimeField("Neuer Beginn", null=True, blank=True)
    new_end = models.DateTimeField("Neues Ende", null=True, blank=True)
    reason = models.CharField("Grund", max_length=255, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("original_date"), FieldPanel("action")]),
        FieldRowPanel([FieldPanel("new_start"), FieldPanel("new_end")]),
        FieldPanel("reason"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "Ausnahme"
        verbose_name_plural = "Ausnahmen"

    def clean(self):
        super().clean()
        if self.action == ChangeAction.MOVE and not self.new_start:
            raise ValidationError(
                {"new_start": "Bitte geben Sie an, wann der verschobene Termin stattfindet."}
            )
        if self.new_start and self.new_end and self.new_end < self.new_start:
            raise ValidationError({"new_end": "Das neue Ende liegt vor dem neuen Beginn."})
