"""Model field helpers shared by the apps: the optional link every model declares the same way."""

from django.conf import settings
from django.db import models


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
