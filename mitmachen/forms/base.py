"""What every public suggestion form asks: who suggests it, their consent, and the spam traps.

Server validation is the truth (the templates set `novalidate`): every problem
gets a German message next to its field. Text is stored without markup
(`fields.plain_text`).
"""

import datetime

from django import forms
from django.conf import settings
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy

from veedel.antispam import SpamProtectedForm

from .fields import TextField, max_length_message, phone_field, plain_text

REFUSED_VALUE_LENGTH = 500
PERSONAL_FIELDS = ("name", "email", "phone")


def privacy_notice(sozialraum):
    """What happens to the submitter's data, next to the consent checkbox (GDPR Art. 13, in plain words)."""
    office = (
        format_lazy(gettext_lazy("die Sozialraumkoordination {name}"), name=sozialraum.name)
        if sozialraum
        else gettext_lazy("die Sozialraumkoordination")
    )
    return format_lazy(
        gettext_lazy(
            "Wir speichern Ihren Namen, Ihre E-Mail-Adresse und, falls angegeben, Ihre Telefonnummer "
            "zusammen mit Ihrem Vorschlag. Damit bestätigen wir den Eingang, klären Rückfragen und sagen "
            "Ihnen, ob der Vorschlag veröffentlicht wird. Diese Angaben sehen nur {office} und die "
            "Redaktion des Portals; veröffentlicht werden sie nie. {days} Tage nach der Entscheidung "
            "über Ihren Vorschlag löschen wir sie."
        ),
        office=office,
        days=settings.MITMACHEN_RETENTION_DAYS,
    )


class SuggestionForm(SpamProtectedForm):
    """Who suggests something, their consent and the spam traps; subclasses add the content."""

    salt = "mitmachen.suggestion"
    honeypot_message = gettext_lazy(
        "Ihr Vorschlag wurde nicht angenommen. Bitte lassen Sie das letzte Feld leer."
    )
    # Fields whose values are stored with the draft; everything else is about the submitter.
    public_fields = ()
    # Where a form field's name differs from the model field it fills (and the payload key).
    model_fields = {}

    name = TextField(
        label=gettext_lazy("Ihr Name"),
        max_length=120,
        required_message=gettext_lazy("Bitte geben Sie Ihren Namen an."),
    )
    email = forms.EmailField(
        label=gettext_lazy("Ihre E-Mail-Adresse"),
        max_length=254,
        help_text=gettext_lazy(
            "Dorthin schicken wir die Bestätigung und sagen Bescheid, wenn es online ist."
        ),
        error_messages={
            "required": gettext_lazy("Bitte geben Sie Ihre E-Mail-Adresse an."),
            "invalid": gettext_lazy(
                "Bitte geben Sie eine gültige E-Mail-Adresse an, zum Beispiel name@example.de."
            ),
            "max_length": max_length_message(),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    phone = phone_field(
        gettext_lazy("Ihre Telefonnummer (freiwillig)"),
        help_text=gettext_lazy("Nur für Rückfragen der Sozialraumkoordination."),
        autocomplete="tel",
    )
    consent = forms.BooleanField(
        label=gettext_lazy("Ich bin einverstanden, dass meine Angaben dafür gespeichert werden."),
        error_messages={
            "required": gettext_lazy(
                "Bitte stimmen Sie zu, dass wir Ihre Angaben speichern. Sonst können wir den Vorschlag "
                "nicht annehmen."
            )
        },
    )

    def __init__(self, *args, sozialraum=None, **kwargs):
        self.sozialraum = sozialraum
        super().__init__(*args, **kwargs)
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["consent"].help_text = privacy_notice(sozialraum)

    def get_min_seconds(self):
        return settings.MITMACHEN_MIN_SECONDS

    def clean_phone(self):
        return plain_text(self.cleaned_data["phone"])

    def clean(self):
        cleaned = super().clean()
        # Two values for one field (name=a&name=b) is not something a browser sends for this form.
        getlist = getattr(self.data, "getlist", None)
        for name, field in self.fields.items():
            if getlist and not isinstance(field, forms.FileField) and len(getlist(name)) > 1:
                self.add_error(
                    name, gettext_lazy("Dieses Feld kam mehrfach an. Bitte füllen Sie es einmal aus.")
                )
        return cleaned

    def payload(self):
        """The public content as JSON-safe text, for the Submission."""
        return {
            self.model_fields.get(name, name): self.json_value(self.cleaned_data.get(name))
            for name in self.public_fields
        }

    @staticmethod
    def json_value(value):
        if isinstance(value, datetime.time):
            return value.isoformat(timespec="minutes")
        if isinstance(value, datetime.date):
            return value.isoformat()
        if value is None:
            return ""
        return value

    def refused_payload(self):
        """What was sent, for the audit trail of a refused request: known fields only, no markup, short."""
        payload = {}
        for name in self.fields:
            if name in PERSONAL_FIELDS or name == "started" or isinstance(self.fields[name], forms.FileField):
                continue
            values = self.data.getlist(name) if hasattr(self.data, "getlist") else [self.data.get(name)]
            # Cut before cleaning too: a megabyte of junk costs nothing to store but time to clean.
            text = " | ".join(
                plain_text(str(value)[: REFUSED_VALUE_LENGTH * 4], multiline=True)
                for value in values[:5]
                if value is not None
            )
            if text:
                payload[self.model_fields.get(name, name)] = text[:REFUSED_VALUE_LENGTH]
        return payload

    def refused_submitter(self):
        """Name, e-mail and phone as typed (cut to the column sizes), kept apart like accepted ones."""
        return {
            "name": plain_text(self.data.get("name", ""))[:120],
            "email": plain_text(self.data.get("email", ""))[:254],
            "phone": plain_text(self.data.get("phone", ""))[:40],
        }
