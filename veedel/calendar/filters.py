"""The calendar's filters: the shared vocabularies plus when, costs and access, and the month shown."""

import datetime

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ..listings import VocabularyFilterForm
from .occurrences import UPCOMING_DAYS, month_bounds

LONGEST_RANGE = datetime.timedelta(days=366)
FIRST_YEAR, LAST_YEAR = 2000, 2100
# The values of the "Wann?" choice are part of the URL (?zeitraum=woche).
TODAY, THIS_WEEK, WEEKEND, THIS_MONTH = "heute", "woche", "wochenende", "monat"
PERIOD_CHOICES = [
    ("", gettext_lazy("Die nächsten Wochen")),
    (TODAY, gettext_lazy("Heute")),
    (THIS_WEEK, gettext_lazy("Diese Woche")),
    (WEEKEND, gettext_lazy("Dieses Wochenende")),
    (THIS_MONTH, gettext_lazy("Diesen Monat")),
]
DATE_ERRORS = {"invalid": gettext_lazy("Bitte geben Sie ein Datum ein, zum Beispiel 24.12.2026.")}


def date_field(label):
    """A date picker that also takes a typed German date."""
    return forms.DateField(
        label=label,
        required=False,
        input_formats=["%Y-%m-%d", "%d.%m.%Y"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages=DATE_ERRORS,
    )


class EventFilterForm(VocabularyFilterForm):
    """The calendar's filters. Invalid values are reported next to their field and left out."""

    period = forms.ChoiceField(label=gettext_lazy("Wann?"), choices=PERIOD_CHOICES, required=False)
    date_from = date_field(gettext_lazy("Von"))
    date_to = date_field(gettext_lazy("Bis"))
    free = forms.BooleanField(label=gettext_lazy("nur kostenlose"), required=False)
    step_free = forms.BooleanField(label=gettext_lazy("nur stufenlos erreichbare"), required=False)
    month = forms.RegexField(
        regex=r"^\d{4}-\d{2}$",
        required=False,
        widget=forms.HiddenInput,
        error_messages={"invalid": gettext_lazy("Diesen Monat gibt es im Kalender nicht.")},
    )
    # Set by the list's "Frühere Termine" and "Weitere Termine" links, never by the form: a new
    # choice of filters starts again at the first day.
    page_start = forms.DateField(
        required=False,
        input_formats=["%Y-%m-%d"],
        widget=forms.HiddenInput,
        error_messages={"invalid": gettext_lazy("Diesen Tag gibt es im Kalender nicht.")},
    )

    navigation_fields = ("month", "page_start")

    def clean_month(self):
        value = self.cleaned_data["month"]
        if not value:
            return None
        year, month = int(value[:4]), int(value[5:])
        if not (FIRST_YEAR <= year <= LAST_YEAR and 1 <= month <= 12):
            raise forms.ValidationError(self.fields["month"].error_messages["invalid"])
        return year, month

    def _clean_day(self, name):
        value = self.cleaned_data[name]
        if value and not FIRST_YEAR <= value.year <= LAST_YEAR:
            raise forms.ValidationError(
                _("Bitte wählen Sie ein Datum zwischen %(first)s und %(last)s.")
                % {"first": FIRST_YEAR, "last": LAST_YEAR}
            )
        return value

    def clean_date_from(self):
        return self._clean_day("date_from")

    def clean_date_to(self):
        return self._clean_day("date_to")

    def clean_page_start(self):
        value = self.cleaned_data["page_start"]
        if value and not FIRST_YEAR <= value.year <= LAST_YEAR:
            raise forms.ValidationError(self.fields["page_start"].error_messages["invalid"])
        return value

    def clean(self):
        cleaned = super().clean()
        first, last = cleaned.get("date_from"), cleaned.get("date_to")
        if first and last and last < first:
            self.add_error("date_to", _("„Bis“ liegt vor „Von“. Bitte prüfen Sie die beiden Daten."))
        elif first and last and last - first > LONGEST_RANGE:
            self.add_error("date_to", _("Bitte wählen Sie höchstens ein Jahr auf einmal."))
            cleaned.pop("date_from", None)  # show the coming weeks rather than a guess at the range
        return cleaned

    # What the filters select ------------------------------------------------------------

    def window(self, today):
        """First and last day of the requested range (both inclusive)."""
        first, last = self.value("date_from"), self.value("date_to")
        if first or last:
            first = first or min(today, last)
            return first, last or first + datetime.timedelta(days=UPCOMING_DAYS - 1)
        period = self.value("period")
        if period == TODAY:
            return today, today
        if period == THIS_WEEK:
            return today, today + datetime.timedelta(days=6 - today.weekday())
        if period == WEEKEND:
            saturday = today + datetime.timedelta(days=max(0, 5 - today.weekday()))
            return saturday, today + datetime.timedelta(days=6 - today.weekday())
        if period == THIS_MONTH:
            return today, month_bounds(today.year, today.month)[1]
        return today, today + datetime.timedelta(days=UPCOMING_DAYS - 1)

    def month_shown(self, today):
        return self.value("month") or (today.year, today.month)

    def apply(self, queryset, sozialraeume=None):
        """The events that match every valid filter (dates aside)."""
        queryset = super().apply(queryset, sozialraeume)
        if self.value("free"):
            queryset = queryset.filter(is_free=True)
        if self.value("step_free"):
            queryset = queryset.filter(step_free=True)
        return queryset

    def url_value(self, name, value):
        if name == "month" and value:
            return f"{value[0]:04d}-{value[1]:02d}"
        return super().url_value(name, value)
