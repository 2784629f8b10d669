"""Fields of the read-only API (home/api.py) that the page models name in their `api_fields`."""

from rest_framework.fields import Field
from wagtail.api import APIField


class VocabularyNamesField(Field):
    """Themenfelder or Zielgruppen as a list of names in the reader's language.

    Reads the terms prefetched for the whole list (Wagtail's TagsField asks once per page).
    """

    def to_representation(self, value):
        return [term.localized_name for term in value.all()]


def vocabulary_api_fields(*names):
    return [APIField(name, serializer=VocabularyNamesField()) for name in names]
