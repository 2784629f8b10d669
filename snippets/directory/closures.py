"""Closure days: the portal-wide ones every office keeps (Rosenmontag, Heiligabend, ...) and an entry's own.

A `ClosureDay` falls on a fixed day of the year or a number of days before or
after Easter (Rosenmontag is 48 days before Easter Sunday), and may start at
a time of day ("Weiberfastnacht ab 12 Uhr"). It closes the entries that close
on public holidays (`Organisation.closed_on_holidays`): a place open on
holidays is open on these days too. The Portal-Redaktion edits them;
`setup_sites` seeds Cologne's usual ones (home/setup/closure_days.py).

An `OrganisationClosure` closes one entry from one date to another
(Betriebsferien, Umbau), whatever it does on holidays.

Both are read by `Organisation.is_open_at` and `OrganisationQuerySet.open_at`.
The portal's rules are few and read on every listing, so they are cached
(`portal_closures`) and the cache is cleared whenever one is saved or deleted.
"""

import datetime
from dataclasses import dataclass

from dateutil.easter import easter
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable, TranslatableMixin

from .holidays import holiday_name, reader_holiday_name

CACHE_KEY = "snippets:portal-closure-days"


class ClosureRule(models.TextChoices):
    DATE = "datum", "Festes Datum"
    EASTER = "ostern", "Abstand zu Ostern"


@dataclass(frozen=True)
class PortalClosure:
    """A closure day as the opening rules need it: its name and the time it starts (None: all day)."""

    name: str
    closed_from: datetime.time | None = None

    def closed_at(self, time):
        return self.closed_from is None or time >= self.closed_from


class ClosureDay(models.Model):
    key = models.SlugField(
        "Kurzname",
        max_length=40,
        unique=True,
        help_text="Zur Wiedererkennung, zum Beispiel rosenmontag. Wird nirgends angezeigt.",
    )
    name = models.CharField("Name", max_length=80, help_text="Wird Besucherinnen und Besuchern angezeigt.")
    rule = models.CharField("Fällt auf", max_length=10, choices=ClosureRule.choices, default=ClosureRule.DATE)
    day = models.PositiveSmallIntegerField("Tag", null=True, blank=True)
    month = models.PositiveSmallIntegerField("Monat", null=True, blank=True)
    easter_offset = models.SmallIntegerField(
        "Tage vor (−) oder nach Ostersonntag",
        null=True,
        blank=True,
        help_text="Zum Beispiel −48 für Rosenmontag, −52 für Weiberfastnacht.",
    )
    closed_from = models.TimeField(
        "Geschlossen ab", null=True, blank=True, help_text="Leer lassen, wenn den ganzen Tag geschlossen."
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("key")]),
        FieldPanel("rule"),
        FieldRowPanel([FieldPanel("day"), FieldPanel("month")], heading="Festes Datum"),
        FieldPanel("easter_offset"),
        FieldPanel("closed_from"),
    ]

    class Meta:
        verbose_name = "Schließtag"
        verbose_name_plural = "Schließtage"
        ordering = ["name"]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.rule == ClosureRule.DATE:
            if self.day is None or self.month is None:
                raise ValidationError("Bitte Tag und Monat angeben.")
            try:
                datetime.date(2024, self.month, self.day)  # a leap year: 29 February is a date
            except ValueError as error:
                raise ValidationError({"day": f"{self.day}.{self.month}. ist kein Datum."}) from error
        elif self.easter_offset is None:
            raise ValidationError({"easter_offset": "Bitte den Abstand zu Ostersonntag in Tagen angeben."})

    def date_in(self, year):
        """The day it falls on in the year, or None (29 February in other years)."""
        if self.rule == ClosureRule.EASTER:
            if self.easter_offset is None:
                return None
            return easter(year) + datetime.timedelta(days=self.easter_offset)
        try:
            return datetime.date(year, self.month, self.day)
        except (TypeError, ValueError):
            return None

    @classmethod
    def dates_in(cls, year):
        """{date: PortalClosure} of the year."""
        return portal_closures(year)


def _rules():
    rules = cache.get(CACHE_KEY)
    if rules is None:
        rules = list(ClosureDay.objects.all())
        cache.set(CACHE_KEY, rules, None)
    return rules


def portal_closures(year):
    """{date: PortalClosure} of the portal-wide closure days in the year (one that starts earliest wins)."""
    dates = {}
    for rule in _rules():
        day = rule.date_in(year)
        if day is None:
            continue
        closure = PortalClosure(rule.name, rule.closed_from)
        known = dates.get(day)
        if known is None or (known.closed_from is not None and closure.closed_at(known.closed_from)):
            dates[day] = closure
    return dates


def portal_closure_on(day):
    """The PortalClosure on the day, or None."""
    return portal_closures(day.year).get(day)


def closed_for_holiday_keepers(day, now):
    """Whether entries that close on holidays are closed on the day at the time."""
    closure = portal_closure_on(day)
    return bool(holiday_name(day)) or (closure is not None and closure.closed_at(now))


def own_closure_on(day):
    """In SQL, for `Organisation` querysets: the entry has an own closure covering the day."""
    return models.Exists(
        OrganisationClosure.objects.filter(organisation=models.OuterRef("pk"), starts__lte=day, ends__gte=day)
    )


def coming_closures(entry, today, days):
    """[{starts, ends, closed_from, from_label, reason}] of the entry's closures to come, by date.

    Its own closures that have not ended, and the portal's closure days of the next
    `days` days on which it would be open (if it closes on holidays).
    """
    closures = [
        {"starts": c.starts, "ends": c.ends, "closed_from": None, "reason": c.reason}
        for c in entry.closures.all()
        if c.ends >= today
    ]
    weekdays = {slot.weekday for slot in entry.opening_slots.all()} if entry.closed_on_holidays else ()
    # The portal's closure days once per year, not once per day (each a read of the shared cache).
    by_year = {}
    for day in (today + datetime.timedelta(days=n) for n in range(days)):
        if day.year not in by_year:
            by_year[day.year] = portal_closures(day.year)
        closure = by_year[day.year].get(day) if day.weekday() in weekdays else None
        if closure and not entry.closure_on(day) and not entry.is_closed_on(day):
            closures.append(
                {"starts": day, "ends": day, "closed_from": closure.closed_from, "reason": closure.name}
            )
    for closure in closures:
        time = closure["closed_from"]
        # "ab 12 Uhr", "ab 12:30 Uhr"
        closure["from_label"] = time and (f"{time:%H:%M}" if time.minute else str(time.hour))
    return sorted(closures, key=lambda c: (c["starts"], c["ends"]))


def coming_holiday_closures(entry, today, days):
    """[{date, name, lang}] of the coming public holidays on which the entry would be open but closes."""
    weekdays = {slot.weekday for slot in entry.opening_slots.all()} if entry.closed_on_holidays else ()
    coming = (today + datetime.timedelta(days=n) for n in range(days))
    closures = [(day, *reader_holiday_name(day)) for day in coming if day.weekday() in weekdays]
    return [{"date": day, "name": name, "lang": lang} for day, name, lang in closures if name]


@receiver(post_save, sender=ClosureDay)
@receiver(post_delete, sender=ClosureDay)
def forget_cached_rules(**kwargs):
    cache.delete(CACHE_KEY)


class OrganisationClosure(TranslatableMixin, Orderable):
    """One entry closed from one date to another (both included)."""

    organisation = ParentalKey("snippets.Organisation", on_delete=models.CASCADE, related_name="closures")
    starts = models.DateField("Geschlossen vom")
    ends = models.DateField(
        "bis einschließlich", blank=True, help_text="Leer lassen für einen einzelnen Tag."
    )
    reason = models.CharField("Grund", max_length=120, blank=True, help_text="Zum Beispiel: Betriebsferien")

    panels = [FieldRowPanel([FieldPanel("starts"), FieldPanel("ends"), FieldPanel("reason")])]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = "Schließzeit"
        verbose_name_plural = "Schließzeiten"
        indexes = [models.Index(fields=["starts", "ends"], name="organisation_closure_dates")]

    def clean(self):
        super().clean()
        if self.starts and self.ends and self.ends < self.starts:
            raise ValidationError({"ends": "Das Ende liegt vor dem Beginn."})

    def save(self, *args, **kwargs):
        if self.ends is None:
            self.ends = self.starts
        return super().save(*args, **kwargs)

    def covers(self, day):
        return self.starts <= day <= (self.ends or self.starts)
