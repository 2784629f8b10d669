"""Admin forms of the shared directories."""

from django import forms

from snippets.images.choices import MediaCheckedModelForm


class OrganisationForm(MediaCheckedModelForm):
    """Warns before a second entry with the same name and postcode is created; checks the picture."""

    confirm_duplicate = forms.BooleanField(
        label="Trotzdem anlegen: es ist ein anderer Ort",
        required=False,
        help_text="Nur ankreuzen, wenn Sie geprüft haben, dass es kein doppelter Eintrag ist.",
    )

    def clean(self):
        cleaned = super().clean()
        name, postcode = cleaned.get("name"), cleaned.get("postcode")
        if self.instance.pk or not name or cleaned.get("confirm_duplicate"):
            return cleaned
        twin = (
            type(self.instance)
            .objects.filter(name__iexact=name.strip(), postcode=postcode or "")
            .order_by("pk")
            .first()
        )
        if twin is not None:
            self.add_error(
                "name",
                f"Es gibt schon einen Eintrag „{twin.name}“ mit der Postleitzahl {twin.postcode or '–'}. "
                "Bitte prüfen Sie, ob es derselbe Ort ist, und bearbeiten Sie dann lieber diesen. "
                "Ist es ein anderer Ort, kreuzen Sie unten „Trotzdem anlegen“ an.",
            )
        return cleaned
