""" "Veranstaltung vorschlagen": an event for the Sozialraum's calendar."""

from django import forms
from django.conf import settings
from django.core.validators import URLValidator
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext, gettext_lazy

from ..pictures import EXTENSIONS, MAX_PIXELS, UnreadablePicture, clean_copy
from .base import PERSONAL_FIELDS, SuggestionForm
from .fields import (
    DateInput,
    TextField,
    TimeInput,
    max_length_message,
    postcode_field,
    street_field,
    years_ahead,
)

YEARS_AHEAD = 2
FILE_LOST = gettext_lazy("Die Datei ist nicht richtig angekommen. Bitte wählen Sie sie noch einmal.")

NO_PLACE = gettext_lazy(
    "Wo findet es statt? Bitte geben Sie Straße und Hausnummer oder einen Link zur Online-Teilnahme an."
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
        "online_link",
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
        label=gettext_lazy("Ort (freiwillig)"),
        max_length=160,
        required=False,
        help_text=gettext_lazy("Zum Beispiel: Bürgerhaus Kalk, großer Saal"),
    )
    street = street_field()
    postcode = postcode_field(autocomplete="postal-code")
    online_link = forms.URLField(
        label=gettext_lazy("Link zur Online-Teilnahme (freiwillig)"),
        max_length=200,
        required=False,
        assume_scheme="https",
        validators=[URLValidator(schemes=["http", "https"])],
        help_text=gettext_lazy("Wenn man im Internet teilnehmen kann, zum Beispiel per Videokonferenz."),
        error_messages={
            "invalid": gettext_lazy(
                "Bitte geben Sie eine gültige Internetadresse an, zum Beispiel https://www.example.de/treffen."
            ),
            "max_length": max_length_message(),
        },
    )
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

    field_order = [*public_fields[:11], "image", "image_alt", "image_credit", *PERSONAL_FIELDS, "consent"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The limit is the admin's (WAGTAILIMAGES_MAX_UPLOAD_SIZE), read when the form is made.
        self.fields["image"].help_text = gettext(
            "Ein Foto oder Plakat als JPEG, PNG oder WebP, höchstens %(size)s. "
            "Bitte nur ein Bild, das Sie veröffentlichen dürfen."
        ) % {"size": filesizeformat(settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE)}

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
        limit = settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
        if image.size > limit:
            raise forms.ValidationError(
                gettext("Das Bild ist zu groß (höchstens %(size)s). Bitte wählen Sie ein kleineres Bild.")
                % {"size": filesizeformat(limit)}
            )
        picture = getattr(image, "image", None)
        if picture is None or picture.format not in EXTENSIONS:
            raise forms.ValidationError(self.fields["image"].error_messages["invalid_extension"])
        width, height = picture.size
        if width * height > MAX_PIXELS:
            raise forms.ValidationError(
                gettext_lazy(
                    "Das Bild hat zu viele Pixel (höchstens 25 Millionen). Bitte wählen Sie ein kleineres."
                )
            )
        try:
            # The copy that is stored: decoding it to the end here makes a broken file a form error.
            return clean_copy(image)
        except UnreadablePicture as error:
            raise forms.ValidationError(self.fields["image"].error_messages["invalid_image"]) from error

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start_time"), cleaned.get("end_time")
        if start and end and end <= start:
            self.add_error("end_time", gettext_lazy("Das Ende muss nach dem Beginn liegen."))
        # The rule of the admin's event form (veedel.calendar.forms): a reader must find the event.
        if not cleaned.get("street") and not cleaned.get("online_link") and "online_link" not in self.errors:
            self.add_error("street", NO_PLACE)
        return cleaned

    @property
    def image_needs_choosing_again(self):
        """A browser never sends a file twice: after a failed send the picture must be chosen again."""
        return (
            self.is_bound and bool(self.files.get("image")) and bool(self.errors or self.non_field_errors())
        )
