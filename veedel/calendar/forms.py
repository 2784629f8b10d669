"""Admin forms that turn plain choices into structured data."""

from django import forms
from django.utils import formats, translation
from django.utils.translation import gettext_lazy

from snippets.images.choices import MediaCheckedPageForm
from snippets.languages import LANGUAGE_CHOICES

from .recurrence import WEEKDAYS, is_occurrence, schedule_problems

# The buttons that make an event public or hand it on for approval; a draft may stay incomplete.
PUBLISHING_ACTIONS = ("action-publish", "action-submit", "action-restart-workflow")
NO_PLACE = gettext_lazy(
    "Wo findet es statt? Bitte wählen Sie einen „Ort aus dem Adressverzeichnis“, "
    "oder geben Sie „Straße und Hausnummer“ an, oder einen Link bei „Online-Teilnahme (Link)“."
)
NO_PLACE_HINT = gettext_lazy("Oder hier angeben.")

WEEKDAY_CHOICES = list(zip(WEEKDAYS, ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"], strict=True))


class CommaSeparatedMultipleChoiceField(forms.MultipleChoiceField):
    """Checkboxes in the form, "a,b,c" in the model's CharField."""

    widget = forms.CheckboxSelectMultiple

    def prepare_value(self, value):
        if isinstance(value, str):
            return [item for item in value.split(",") if item]
        return value

    def clean(self, value):
        return ",".join(super().clean(value))


class EventPageForm(MediaCheckedPageForm):
    repeat_weekdays = CommaSeparatedMultipleChoiceField(
        label="An welchen Wochentagen?", choices=WEEKDAY_CHOICES, required=False
    )
    languages = CommaSeparatedMultipleChoiceField(
        label="In welchen Sprachen?", choices=LANGUAGE_CHOICES, required=False
    )

    def clean(self):
        cleaned = super().clean()
        if self.publishing():
            self.check_place(cleaned)
        start, end = cleaned.get("start"), cleaned.get("end")
        if not start or not end:
            return cleaned
        rule, problems = schedule_problems(
            start,
            end,
            cleaned.get("repeat"),
            interval=cleaned.get("repeat_interval") or 1,
            weekdays=(cleaned.get("repeat_weekdays") or "").split(","),
            nth=cleaned.get("repeat_nth"),
            until=cleaned.get("repeat_until"),
            count=cleaned.get("repeat_count"),
        )
        for field, message in problems:
            self.add_error(field, message)
        if not problems:
            self.check_exception_dates(start, rule)
        return cleaned

    def publishing(self):
        """Publish, submit for approval or approve: the event must be complete. Saving a draft is not."""
        approving = (
            self.data.get("action-workflow-action") and self.data.get("workflow-action-name") == "approve"
        )
        return approving or any(name in self.data for name in PUBLISHING_ACTIONS)

    def check_place(self, cleaned):
        """A reader must find the event: a directory entry, a street or an online link."""
        if any(cleaned.get(name) for name in ("venue", "street", "online_link")):
            return
        if any(name in self.errors for name in ("venue", "street", "online_link")):
            return  # a wrong value there has its own message already
        self.add_error("venue", NO_PLACE)
        for name in ("street", "online_link"):
            if name in self.fields:
                self.add_error(name, NO_PLACE_HINT)

    def check_exception_dates(self, start, rule):
        """An exception must name a date of the series; any other day would be stored and never apply."""
        changes = self.formsets.get("occurrence_changes")
        if changes is None or not changes.is_bound:
            return
        changes.is_valid()  # cleans each form, once; its own errors stay with it
        for form in changes.forms:
            day = getattr(form, "cleaned_data", {}).get("original_date")
            if day and not form.cleaned_data.get("DELETE") and not is_occurrence(start, rule, day):
                form.add_error("original_date", f"Der {german_date(day)} ist kein Termin dieser Reihe.")


def german_date(day):
    """ "3. Dezember 2026", whatever language the editor's admin is in."""
    with translation.override("de"):
        return formats.date_format(day, "DATE_FORMAT")
