"""Loading directory entries for the public pages: what a card needs, and the reader's language."""

from django.db.models import Prefetch

from snippets.models import Organisation

from ..listings import rendition_prefetch
from ..localization import active_locale

# Text a translator may have translated; everything else is the same in every language.
TRANSLATED_FIELDS = (
    "short_description",
    "offers",
    "opening_notes",
    "closed_note",
    "holiday_note",
    "accessibility_note",
)


def with_listing_data(queryset):
    """What a directory card and the "open now" badge need, in a fixed number of queries."""
    return queryset.select_related("image", "sozialraum").prefetch_related(
        "opening_slots",
        "closures",
        rendition_prefetch("image", "max-160x160"),
        Prefetch("topic_items", queryset=Organisation.topics.through.objects.select_related("tag")),
    )


def localize_entries(entries):
    """Show translated text where a live translation into the reader's language exists (one query)."""
    locale = active_locale()
    entries = list(entries)
    if not entries or entries[0].locale_id == locale.pk:
        return entries
    translations = {
        t.translation_key: t
        for t in Organisation.objects.filter(
            translation_key__in=[e.translation_key for e in entries], locale=locale, live=True
        ).only("translation_key", *TRANSLATED_FIELDS)
    }
    for entry in entries:
        translation = translations.get(entry.translation_key)
        entry.untranslated = translation is None
        for field in TRANSLATED_FIELDS if translation else ():
            setattr(entry, field, getattr(translation, field))
    return entries
