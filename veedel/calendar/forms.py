"""Admin forms that turn plain choices into structured data."""

from django import forms

from snippets.images.choices import MediaCheckedPageForm
from snippets.languages import LANGUAGE_CHOICES

from .recurrence import WEEKDAYS, schedule_problems

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
        start, end = cleaned.get("start"), cleaned.get("end")
        if not start or not end:
            return cleaned
        _rule, problems = schedule_problems(
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
        return cleaned
