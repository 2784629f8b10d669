""" "Einrichtung eintragen", or "Änderung vorschlagen" for a published directory entry."""

from django import forms
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy

from snippets.directory.opening_hours import format_opening_hours, parse_opening_hours
from snippets.models import Organisation, OrganisationKind

from .base import PERSONAL_FIELDS, SuggestionForm
from .fields import TextField, max_length_message, phone_field, plain_text, postcode_field, street_field

ENTRY_GONE = gettext_lazy(
    "Den Eintrag, zu dem Sie eine Änderung vorschlagen, gibt es hier nicht mehr. "
    "Sie können die Einrichtung neu eintragen."
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
        rows=4,
        required=False,
        help_text=gettext_lazy("Zwei, drei Sätze: Was wird hier angeboten, für wen?"),
    )
    street = street_field()
    postcode = postcode_field()
    org_phone = phone_field(gettext_lazy("Telefon der Einrichtung (freiwillig)"))
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
        rows=2,
        required=False,
        help_text=gettext_lazy("Zum Beispiel: Mo-Fr 9-12; Di 14-17 – oder: nach Vereinbarung"),
    )
    note = TextField(
        label=gettext_lazy("Hinweis an die Sozialraumkoordination (freiwillig)"),
        max_length=1000,
        rows=3,
        required=False,
        help_text=gettext_lazy("Zum Beispiel, was sich geändert hat. Wird nicht veröffentlicht."),
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
