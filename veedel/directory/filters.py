"""The directory's search and filters, read from the URL (`?q=…&art=…&buchstabe=…`, see URL_PARAMETERS)."""

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

    search = forms.CharField(label=gettext_lazy("Suche"), required=False, max_length=100)
    kind = forms.ChoiceField(
        label=gettext_lazy("Art"),
        required=False,
        choices=[("", gettext_lazy("Alle Arten")), *OrganisationKind.choices],
        error_messages={"invalid_choice": gettext_lazy("Diese Art gibt es nicht.")},
    )
    step_free = forms.BooleanField(label=gettext_lazy("stufenlos erreichbar"), required=False)
    open_now = forms.BooleanField(label=gettext_lazy("jetzt geöffnet"), required=False)
    letter = forms.ChoiceField(
        required=False,
        choices=[("", ""), *((letter, letter) for letter in LETTERS)],
        widget=forms.HiddenInput,
        error_messages={"invalid_choice": gettext_lazy("Bitte wählen Sie einen Buchstaben von A bis Z.")},
    )

    language_label = gettext_lazy("Man spricht")

    def apply(self, queryset, now=None):
        if words := (self.value("search") or "").split():
            for word in words[:8]:
                queryset = queryset.filter(
                    Q(name__icontains=word) | Q(short_description__icontains=word) | Q(offers__icontains=word)
                )
        if kind := self.value("kind"):
            queryset = queryset.filter(kind=kind)
        queryset = self.apply_vocabularies(queryset)
        if slug := self.value("sozialraum"):
            queryset = queryset.serving(Sozialraum.objects.filter(slug=slug).values("pk"))
        if self.value("step_free"):
            queryset = queryset.filter(step_free=StepFree.YES)
        if self.value("open_now"):
            queryset = queryset.open_at(now or timezone.now())
        if letter := self.value("letter"):
            condition = Q(name__istartswith=letter)
            if letter in UMLAUTS:
                condition |= Q(name__istartswith=UMLAUTS[letter])
            queryset = queryset.filter(condition)
        return queryset
