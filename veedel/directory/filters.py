"""The directory's search and filters, read from the URL (`?q=…&art=…&buchstabe=…`)."""

from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy

from snippets.models import OrganisationKind, Sozialraum, StepFree

from ..listings import VocabularyFilterForm

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
UMLAUTS = {"A": "Ä", "O": "Ö", "U": "Ü"}


class DirectoryFilterForm(VocabularyFilterForm):
    """Search and filters. Invalid values are reported next to their field and left out."""

    q = forms.CharField(label=gettext_lazy("Suche"), required=False, max_length=100)
    art = forms.ChoiceField(
        label=gettext_lazy("Art"),
        required=False,
        choices=[("", gettext_lazy("Alle Arten")), *OrganisationKind.choices],
        error_messages={"invalid_choice": gettext_lazy("Diese Art gibt es nicht.")},
    )
    stufenlos = forms.BooleanField(label=gettext_lazy("stufenlos erreichbar"), required=False)
    offen = forms.BooleanField(label=gettext_lazy("jetzt geöffnet"), required=False)
    buchstabe = forms.ChoiceField(
        required=False,
        choices=[("", ""), *((letter, letter) for letter in LETTERS)],
        widget=forms.HiddenInput,
        error_messages={"invalid_choice": gettext_lazy("Bitte wählen Sie einen Buchstaben von A bis Z.")},
    )

    language_label = gettext_lazy("Man spricht")

    def apply(self, queryset, now=None):
        if words := (self.value("q") or "").split():
            for word in words[:8]:
                queryset = queryset.filter(
                    Q(name__icontains=word) | Q(short_description__icontains=word) | Q(offers__icontains=word)
                )
        if kind := self.value("art"):
            queryset = queryset.filter(kind=kind)
        queryset = self.apply_vocabularies(queryset)
        if slug := self.value("veedel"):
            queryset = queryset.serving(Sozialraum.objects.filter(slug=slug).values("pk"))
        if self.value("stufenlos"):
            queryset = queryset.filter(step_free=StepFree.YES)
        if self.value("offen"):
            queryset = queryset.open_at(now or timezone.now())
        if letter := self.value("buchstabe"):
            condition = Q(name__istartswith=letter)
            if letter in UMLAUTS:
                condition |= Q(name__istartswith=UMLAUTS[letter])
            queryset = queryset.filter(condition)
        return queryset
