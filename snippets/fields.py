"""Model field helpers shared by the apps: the optional link every model declares the same way, and
the field that tags a page or entry with a vocabulary (Themenfelder, Zielgruppen)."""

from django import forms
from django.conf import settings
from django.db import models
from django.utils.text import capfirst
from modelcluster.contrib.taggit import ClusterTaggableManager


def optional_link(to, verbose_name, *, related_name="+", one_to_one=False, **options):
    """A link that may be empty and is emptied, not cascaded, when its target is deleted.

    ``related_name="+"`` (the default) gives the target no way back; ``one_to_one``
    makes it a ``OneToOneField``. Further options (``help_text``, ``editable``) pass through.
    """
    field = models.OneToOneField if one_to_one else models.ForeignKey
    return field(
        to,
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name=related_name,
        **options,
    )


def optional_image(verbose_name, **options):
    """An optional picture from the image library (the project's image model)."""
    return optional_link(settings.WAGTAILIMAGES_IMAGE_MODEL, verbose_name, **options)


class VocabularyChoiceField(forms.ModelMultipleChoiceField):
    """Checkboxes over a fixed vocabulary: a term is picked whole or not at all, and none is invented."""

    widget = forms.CheckboxSelectMultiple

    def __init__(self, queryset, **options):
        options.setdefault(
            "error_messages",
            {
                "invalid_choice": "Bitte wählen Sie nur aus der Liste.",
                "invalid_pk_value": "Bitte wählen Sie nur aus der Liste.",
            },
        )
        super().__init__(queryset, **options)

    def clean(self, value):
        # An empty value (the old tag field posted "" for none) is no term; anything else must be one.
        if isinstance(value, list | tuple):
            value = [item for item in value if item != ""]
        return super().clean(value)


class VocabularyField(ClusterTaggableManager):
    """Themenfelder or Zielgruppen of a page or entry, edited as checkboxes.

    The tables stay taggit's (a `ParentalKey` through-model, so drafts and
    translations keep their terms); only the form changes. Wagtail's free-text
    tag field would split a name at its commas ("Kinder, Jugend und Familie").
    """

    def formfield(self, **options):
        # Wagtail offers its tag field for every TaggableManager (form_class, tag_model): not for this one.
        options.pop("form_class", None)
        options.pop("tag_model", None)
        defaults = {
            "queryset": self.related_model.objects.all(),
            "label": capfirst(self.verbose_name),
            "help_text": self.help_text,
            "required": not self.blank,
        }
        return VocabularyChoiceField(**{**defaults, **options})
