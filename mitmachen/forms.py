"""The public suggestion forms: "Veranstaltung vorschlagen" and "Einrichtung eintragen".

Server validation is the truth (the templates set `novalidate`): every problem
gets a German message next to its field. Text is stored without markup:
`plain_text` strips tags and control characters, and drops a "<" that could
still start a tag, so no `<script` survives in any form.
"""

import datetime
import re
import unicodedata

from django import forms
from django.conf import settings
from django.core.validators import RegexValidator, URLValidator
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy

from snippets.directory.opening_hours import format_opening_hours, parse_opening_hours
from snippets.models import OrganisationKind
from snippets.validators import postcode_validator
from veedel.antispam import SpamProtectedForm

MAX_IMAGE_BYTES = 5 * 1024 * 1024
# Enough for any phone photo; more would only cost memory when it is re-encoded.
MAX_IMAGE_PIXELS = 25_000_000
IMAGE_FORMATS = {"JPEG", "PNG", "WEBP"}
YEARS_AHEAD = 2
REFUSED_VALUE_LENGTH = 500
PERSONAL_FIELDS = ("name", "email", "phone")
ENTRY_GONE = gettext_lazy(
    "Den Eintrag, zu dem Sie eine Änderung vorschlagen, gibt es hier nicht mehr. "
    "Sie können die Einrichtung neu eintragen."
)
FILE_LOST = gettext_lazy("Die Datei ist nicht richtig angekommen. Bitte wählen Sie sie noch einmal.")

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


def max_length_message():
    return gettext_lazy("Bitte höchstens %(limit_value)d Zeichen (jetzt sind es %(show_value)d).")


class TextField(forms.CharField):
    """A text field whose value is plain text (see `plain_text`), with German messages."""

    def __init__(self, *, multiline=False, required_message=None, **kwargs):
        self.multiline = multiline
        kwargs.setdefault("required", True)
        if multiline:
            kwargs.setdefault("widget", forms.Textarea(attrs={"rows": 6}))
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
    phone = forms.CharField(
        label=gettext_lazy("Ihre Telefonnummer (freiwillig)"),
        max_length=40,
        required=False,
        validators=[phone_validator],
        help_text=gettext_lazy("Nur für Rückfragen der Sozialraumkoordination."),
        error_messages={"max_length": max_length_message()},
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
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

    def error_summary(self):
        """[(field id or None, label, message)] in the order of the page, for the summary at the top."""
        items = [(None, "", str(message)) for message in self.non_field_errors()]
        for name, field in self.fields.items():
            for message in self.errors.get(name, []):
                if field.widget.is_hidden:
                    items.append((None, "", str(message)))
                else:
                    items.append((self[name].auto_id, str(field.label), str(message)))
        return items


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


class EventSuggestionForm(SuggestionForm):
    """ "Veranstaltung vorschlagen". The field names are fixed: a browser test fills them in."""

    public_fields = (
        "title",
        "date",
        "start_time",
        "end_time",
        "place_name",
        "street",
        "postcode",
        "description",
        "organiser",
        "is_free",
        "image_alt",
        "image_credit",
    )

    title = TextField(
        label=gettext_lazy("Titel der Veranstaltung"),
        max_length=120,
        help_text=gettext_lazy("Kurz und klar, zum Beispiel: Nachbarschaftsfest im Stadtgarten"),
        required_message=gettext_lazy("Bitte geben Sie einen Titel an."),
    )
    date = forms.DateField(
        label=gettext_lazy("Datum"),
        input_formats=["%Y-%m-%d", "%d.%m.%Y"],
        widget=DateInput,
        help_text=gettext_lazy("Zum Beispiel 24.12.2026"),
        error_messages={
            "required": gettext_lazy("Bitte geben Sie das Datum an."),
            "invalid": gettext_lazy("Bitte geben Sie ein gültiges Datum an, zum Beispiel 24.12.2026."),
        },
    )
    start_time = forms.TimeField(
        label=gettext_lazy("Beginn (Uhrzeit)"),
        input_formats=["%H:%M", "%H:%M:%S", "%H.%M"],
        widget=TimeInput,
        error_messages={
            "required": gettext_lazy("Bitte geben Sie an, wann es beginnt."),
            "invalid": gettext_lazy("Bitte geben Sie eine gültige Uhrzeit an, zum Beispiel 18:30."),
        },
    )
    end_time = forms.TimeField(
        label=gettext_lazy("Ende (Uhrzeit, freiwillig)"),
        required=False,
        input_formats=["%H:%M", "%H:%M:%S", "%H.%M"],
        widget=TimeInput,
        error_messages={
            "invalid": gettext_lazy("Bitte geben Sie eine gültige Uhrzeit an, zum Beispiel 20:00."),
        },
    )
    place_name = TextField(
        label=gettext_lazy("Ort"),
        max_length=160,
        help_text=gettext_lazy("Zum Beispiel: Bürgerhaus Kalk, großer Saal"),
        required_message=gettext_lazy("Bitte geben Sie an, wo es stattfindet."),
    )
    street = street_field()
    postcode = postcode_field(autocomplete="postal-code")
    description = TextField(
        label=gettext_lazy("Beschreibung"),
        max_length=3000,
        multiline=True,
        help_text=gettext_lazy("Was erwartet die Gäste? Für wen ist es? Braucht man eine Anmeldung?"),
        required_message=gettext_lazy("Bitte beschreiben Sie die Veranstaltung in ein paar Sätzen."),
    )
    organiser = TextField(label=gettext_lazy("Veranstalter (freiwillig)"), max_length=160, required=False)
    is_free = forms.BooleanField(label=gettext_lazy("Der Eintritt ist frei."), required=False)
    image = forms.ImageField(
        label=gettext_lazy("Bild (freiwillig)"),
        required=False,
        help_text=gettext_lazy(
            "Ein Foto oder Plakat als JPEG, PNG oder WebP, höchstens 5 MB. "
            "Bitte nur ein Bild, das Sie veröffentlichen dürfen."
        ),
        widget=forms.FileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
        error_messages={
            "invalid_image": gettext_lazy(
                "Diese Datei ist kein Bild, das wir lesen können. Bitte wählen Sie ein Foto im Format JPEG, "
                "PNG oder WebP."
            ),
            "invalid_extension": gettext_lazy("Bitte wählen Sie ein Bild im Format JPEG, PNG oder WebP."),
            "invalid": FILE_LOST,
            "missing": FILE_LOST,
            "empty": gettext_lazy("Die Datei ist leer. Bitte wählen Sie ein anderes Bild."),
            "contradiction": gettext_lazy("Bitte wählen Sie ein Bild oder keines."),
        },
    )
    image_alt = TextField(
        label=gettext_lazy("Was ist auf dem Bild zu sehen? (freiwillig)"),
        max_length=255,
        required=False,
        help_text=gettext_lazy("Ein Satz für Menschen, die das Bild nicht sehen können."),
    )
    image_credit = TextField(
        label=gettext_lazy("Wer hat das Bild gemacht? (freiwillig)"),
        max_length=255,
        required=False,
        help_text=gettext_lazy("Steht als Bildnachweis unter dem Bild."),
    )

    field_order = [*public_fields[:10], "image", "image_alt", "image_credit", *PERSONAL_FIELDS, "consent"]

    def clean_date(self):
        day = self.cleaned_data["date"]
        today = timezone.localdate()
        if day < today:
            raise forms.ValidationError(
                gettext_lazy("Dieses Datum liegt in der Vergangenheit. Bitte prüfen Sie das Datum.")
            )
        if day > years_ahead(today, YEARS_AHEAD):
            raise forms.ValidationError(
                gettext_lazy("Bitte schlagen Sie nur Termine in den nächsten zwei Jahren vor.")
            )
        return day

    def clean_postcode(self):
        return self.cleaned_data["postcode"].strip()

    def clean_image(self):
        image = self.cleaned_data.get("image")
        if not image:
            return None
        if image.size > MAX_IMAGE_BYTES:
            raise forms.ValidationError(
                gettext_lazy("Das Bild ist zu groß (höchstens 5 MB). Bitte wählen Sie ein kleineres Bild.")
            )
        picture = getattr(image, "image", None)
        if picture is None or picture.format not in IMAGE_FORMATS:
            raise forms.ValidationError(self.fields["image"].error_messages["invalid_extension"])
        width, height = picture.size
        if width * height > MAX_IMAGE_PIXELS:
            raise forms.ValidationError(
                gettext_lazy(
                    "Das Bild hat zu viele Pixel (höchstens 25 Millionen). Bitte wählen Sie ein kleineres."
                )
            )
        return image

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start_time"), cleaned.get("end_time")
        if start and end and end <= start:
            self.add_error("end_time", gettext_lazy("Das Ende muss nach dem Beginn liegen."))
        return cleaned

    @property
    def image_needs_choosing_again(self):
        """A browser never sends a file twice: after a failed send the picture must be chosen again."""
        return (
            self.is_bound and bool(self.files.get("image")) and bool(self.errors or self.non_field_errors())
        )


class OrganisationSuggestionForm(SuggestionForm):
    """ "Einrichtung eintragen" or, with `existing`, "Änderung vorschlagen" for a published entry.

    The institution's fields carry an `org_` prefix where the submitter's use the plain name.
    """

    public_fields = (
        "existing",
        "org_name",
        "kind",
        "short_description",
        "street",
        "postcode",
        "org_phone",
        "org_email",
        "website",
        "opening_hours",
        "note",
    )
    # The institution's fields as the model (and the payload) name them.
    model_fields = {
        "org_name": "name",
        "kind": "kind",
        "short_description": "short_description",
        "street": "street",
        "postcode": "postcode",
        "org_phone": "phone",
        "org_email": "email",
        "website": "website",
    }

    existing = forms.SlugField(
        required=False,
        max_length=80,
        widget=forms.HiddenInput,
        error_messages={"invalid": ENTRY_GONE, "max_length": ENTRY_GONE},
    )
    org_name = TextField(
        label=gettext_lazy("Name der Einrichtung"),
        max_length=160,
        help_text=gettext_lazy("Zum Beispiel: Familienzentrum Kalk-Nord"),
        required_message=gettext_lazy("Bitte geben Sie den Namen der Einrichtung an."),
    )
    kind = forms.ChoiceField(
        label=gettext_lazy("Art"),
        choices=[("", gettext_lazy("Bitte wählen")), *OrganisationKind.choices],
        error_messages={
            "required": gettext_lazy("Bitte wählen Sie aus, was für eine Einrichtung es ist."),
            "invalid_choice": gettext_lazy("Bitte wählen Sie eine Art aus der Liste."),
        },
    )
    short_description = TextField(
        label=gettext_lazy("Kurzbeschreibung (freiwillig)"),
        max_length=600,
        multiline=True,
        required=False,
        help_text=gettext_lazy("Zwei, drei Sätze: Was wird hier angeboten, für wen?"),
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    street = street_field()
    postcode = postcode_field()
    org_phone = forms.CharField(
        label=gettext_lazy("Telefon der Einrichtung (freiwillig)"),
        max_length=40,
        required=False,
        validators=[phone_validator],
        error_messages={"max_length": max_length_message()},
        widget=forms.TextInput(attrs={"type": "tel"}),
    )
    org_email = forms.EmailField(
        label=gettext_lazy("E-Mail der Einrichtung (freiwillig)"),
        max_length=254,
        required=False,
        error_messages={
            "invalid": gettext_lazy(
                "Bitte geben Sie eine gültige E-Mail-Adresse an, zum Beispiel info@example.de."
            ),
            "max_length": max_length_message(),
        },
    )
    website = forms.URLField(
        label=gettext_lazy("Internetseite (freiwillig)"),
        max_length=200,
        required=False,
        assume_scheme="https",
        validators=[URLValidator(schemes=["http", "https"])],
        error_messages={
            "invalid": gettext_lazy(
                "Bitte geben Sie eine gültige Internetadresse an, zum Beispiel www.example.de."
            ),
            "max_length": max_length_message(),
        },
    )
    opening_hours = TextField(
        label=gettext_lazy("Öffnungszeiten (freiwillig)"),
        max_length=255,
        multiline=True,
        required=False,
        help_text=gettext_lazy("Zum Beispiel: Mo-Fr 9-12; Di 14-17 – oder: nach Vereinbarung"),
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    note = TextField(
        label=gettext_lazy("Hinweis an die Sozialraumkoordination (freiwillig)"),
        max_length=1000,
        multiline=True,
        required=False,
        help_text=gettext_lazy("Zum Beispiel, was sich geändert hat. Wird nicht veröffentlicht."),
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    field_order = [*public_fields, *PERSONAL_FIELDS, "consent"]

    def __init__(self, *args, entry=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.entry = entry
        if entry is not None and not self.is_bound:
            self.initial.update(self.initial_from(entry))

    @classmethod
    def initial_from(cls, entry):
        slots = [(slot.weekday, slot.opens, slot.closes) for slot in entry.opening_slots.all()]
        hours = format_opening_hours(slots, entry.by_appointment)
        return {
            "existing": entry.slug,
            **{field: getattr(entry, model_field) for field, model_field in cls.model_fields.items()},
            "opening_hours": hours or entry.opening_notes,
        }

    def clean_existing(self):
        slug = self.cleaned_data["existing"]
        if not slug:
            self.entry = None
            return ""
        from snippets.models import Organisation

        entry = (
            Organisation.objects.public().filter(sozialraum=self.sozialraum, slug=slug).first()
            if self.sozialraum
            else None
        )
        if entry is None:
            raise forms.ValidationError(ENTRY_GONE)
        self.entry = entry
        return slug

    def clean_postcode(self):
        return self.cleaned_data["postcode"].strip()

    @property
    def changing(self):
        """The published entry this suggests a change to, or None for a new entry."""
        if self.is_bound and not hasattr(self, "cleaned_data"):
            self.full_clean()  # cleaning `existing` looks the entry up
        return self.entry

    def clean_org_phone(self):
        return plain_text(self.cleaned_data["org_phone"])

    def opening(self):
        """(slots, by appointment) if the opening hours follow the usual notation, else None."""
        text = self.cleaned_data.get("opening_hours", "")
        if not text:
            return [], False
        try:
            return parse_opening_hours(" ".join(text.split()))
        except ValueError:
            return None
