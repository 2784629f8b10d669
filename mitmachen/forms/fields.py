"""Fields and widgets of the public suggestion forms: plain text only, German messages, date pickers.

`plain_text` strips tags and control characters, and drops a "<" that could
still start a tag, so no `<script` survives in any form.
"""

import datetime
import re
import unicodedata

from django import forms
from django.core.validators import RegexValidator
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy

from snippets.validators import postcode_validator

# C0 controls except tab and newlines, DEL, and the bidi overrides that can make text read differently.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069\ufeff]")
# What strip_tags leaves of broken markup ("<script" without ">"): a "<" directly before a tag name.
_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")
_BLANK_LINES = re.compile(r"\n{3,}")

phone_validator = RegexValidator(
    r"^\+?[\d\s()/.-]{3,40}$",
    gettext_lazy("Bitte geben Sie eine Telefonnummer nur mit Ziffern an, zum Beispiel 0221 123456."),
)


def plain_text(value, multiline=False):
    """Text as it may be stored and shown: no markup, no control characters, tidy whitespace."""
    value = unicodedata.normalize("NFC", str(value))
    value = _TAG_START.sub("", strip_tags(value))
    value = _CONTROL.sub("", value)
    if multiline:
        lines = value.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        value = _BLANK_LINES.sub("\n\n", "\n".join(" ".join(line.split()) for line in lines))
    else:
        value = " ".join(value.split())
    return value.strip()


def max_length_message():
    return gettext_lazy("Bitte höchstens %(limit_value)d Zeichen (jetzt sind es %(show_value)d).")


class TextField(forms.CharField):
    """A text field whose value is plain text (see `plain_text`), with German messages."""

    def __init__(self, *, multiline=False, rows=None, required_message=None, **kwargs):
        """`rows` makes it a text area that many lines high; `multiline` alone, six lines."""
        self.multiline = multiline or rows is not None
        kwargs.setdefault("required", True)
        if self.multiline:
            kwargs.setdefault("widget", forms.Textarea(attrs={"rows": rows or 6}))
        messages = {"max_length": max_length_message()}
        if required_message:
            messages["required"] = required_message
        kwargs["error_messages"] = {**messages, **kwargs.get("error_messages", {})}
        super().__init__(**kwargs)

    def clean(self, value):
        value = super().clean(value)
        cleaned = plain_text(value, multiline=self.multiline)
        if self.required and not cleaned:
            raise forms.ValidationError(self.error_messages["required"], code="required")
        return cleaned


class DateInput(forms.DateInput):
    """A browser date picker that also shows a date typed as 24.12.2026 after a failed send."""

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")

    def format_value(self, value):
        if isinstance(value, str):
            try:
                return datetime.datetime.strptime(value.strip(), "%d.%m.%Y").date().isoformat()
            except ValueError:
                return value
        return super().format_value(value)


class TimeInput(forms.TimeInput):
    input_type = "time"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%H:%M")


def years_ahead(day, years):
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def street_field():
    return TextField(label=gettext_lazy("Straße und Hausnummer (freiwillig)"), max_length=160, required=False)


def postcode_field(**attrs):
    """An optional Cologne postcode; `attrs` go onto the input (say, an autocomplete hint)."""
    return forms.CharField(
        label=gettext_lazy("Postleitzahl (freiwillig)"),
        max_length=10,
        required=False,
        validators=[postcode_validator],
        error_messages={"max_length": postcode_validator.message},
        widget=forms.TextInput(attrs={"inputmode": "numeric", **attrs}),
    )


def phone_field(label, help_text="", **attrs):
    """An optional telephone number; `attrs` go onto the input (say, an autocomplete hint)."""
    return forms.CharField(
        label=label,
        max_length=40,
        required=False,
        validators=[phone_validator],
        help_text=help_text,
        error_messages={"max_length": max_length_message()},
        widget=forms.TextInput(attrs={"type": "tel", **attrs}),
    )
