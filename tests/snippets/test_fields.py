"""The optional-link helpers build the same fields the models declared by hand before."""

from django.conf import settings
from django.db import models

from snippets.fields import optional_image, optional_link


def test_optional_link_is_an_empty_able_foreign_key_set_to_null():
    field = optional_link("snippets.Contact", "Kontakt", help_text="Hinweis")
    _name, path, args, kwargs = field.deconstruct()
    assert path == "django.db.models.ForeignKey"
    assert kwargs == {
        "to": "snippets.contact",
        "verbose_name": "Kontakt",
        "null": True,
        "blank": True,
        "on_delete": models.SET_NULL,
        "related_name": "+",
        "help_text": "Hinweis",
    }


def test_optional_link_one_to_one_keeps_its_related_name():
    field = optional_link("auth.Group", "Gruppe", related_name="sozialraum", one_to_one=True)
    assert isinstance(field, models.OneToOneField)
    assert field.remote_field.related_name == "sozialraum"


def test_optional_image_points_at_the_project_image_model():
    field = optional_image("Bild")
    assert field.deconstruct()[3]["to"] == settings.WAGTAILIMAGES_IMAGE_MODEL.lower()
    assert field.null and field.blank and field.remote_field.related_name == "+"
