"""Admin forms that turn plain choices into structured data."""

import datetime

from django import forms
from wagtail.admin.forms import WagtailAdminPageForm

from .recurrence import WEEKDAYS, Repeat, build_rrule, first_rule_date, local

WEEKDAY_CHOICES = list(zip(WEEKDAYS, ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"], strict=True))
LANGUAGE_CHOICES = [
    ("de", "Deutsch"),
    ("en", "Englisch"),
    ("tr", "Türkisch"),
    ("ar", "Arabisch"),
    ("ru", "Russisch"),
    ("uk", "Ukrainisch"),
    ("pl", "Polnisch"),
    ("fa", "Persisch"),
    ("ku", "Kurdisch"),
    ("fr", "Französisch"),
    ("es", "Spanisch"),
    ("it", "Italienisch"),
    ("ro", "Rumänisch"),
    ("bg", "Bulgarisch"),
]
# A rule that yields nothing in this many years is refused as impossible.
HORIZON_YEARS = 5


class CommaSeparatedMultipleChoiceField(forms.MultipleChoiceField):
    """Checkboxes in the form, "a,b,c" in the model's CharField."""

    widget = forms.CheckboxSelectMultiple

    def prepare_value(self, value):
        if isinstance(value, str):
            return [item for item in value.split(",") if item]
        return value

    def clean(self, value):
        return ",".join(super().clean(value))


class EventPageForm(WagtailAdminPageForm):
    repeat_weekdays = CommaSeparatedMultipleChoiceField(
        label="An welchen Wochentagen?", choices=WEEKDAY_CHOICES, required=False
    )
    languages = CommaSeparatedMultipleChoiceField(
        label="In welchen Sprachen?", choices=LANGUAGE_CHOICES, required=False
    )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and end < start:
            self.add_error("end", "Das Ende liegt vor dem Beginn. Bitte prüfen Sie Datum und Uhrzeit.")
        repeat = cleaned.get("repeat")
        if not repeat or not start:
            return cleaned
        until, count = cleaned.get("repeat_until"), cleaned.get("repeat_count")
        if not until and not count:
            self.add_error(
                "repeat_until",
                "Bitte sagen Sie, wann die Wiederholung endet: "
                "mit einem Enddatum oder einer Anzahl von Terminen.",
            )
            return cleaned
        if until and until < start.date():
            self.add_error("repeat_until", "Das Ende der Wiederholung liegt vor dem ersten Termin.")
            return cleaned
        if repeat == Repeat.MONTHLY_WEEKDAY and not cleaned.get("repeat_nth"):
            self.add_error("repeat_nth", "Bitte wählen Sie, der wievielte Wochentag im Monat es ist.")
            return cleaned
        rule = build_rrule(
            repeat,
            interval=cleaned.get("repeat_interval") or 1,
            weekdays=(cleaned.get("repeat_weekdays") or "").split(","),
            nth=cleaned.get("repeat_nth"),
            until=until,
            count=count,
            start=start,
        )
        first = first_rule_date(start, rule)
        if first is None or first - start > datetime.timedelta(days=365 * HORIZON_YEARS):
            self.add_error(
                "repeat",
                "Mit diesen Angaben gibt es keinen einzigen Termin. "
                "Bitte prüfen Sie Wochentag, Abstand und Ende.",
            )
        elif first != local(start):
            self.add_error(
                "start",
                "Der Beginn passt nicht zur Wiederholung. Der erste passende Termin wäre am "
                f"{first:%d.%m.%Y}. Bitte tragen Sie diesen Tag als Beginn ein.",
            )
        return cleaned
