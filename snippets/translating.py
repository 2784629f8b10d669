"""Real wagtail-localize translations from a translated copy of the same structure.

Translators (of `setup_sites`' defaults and of the demo) write the translated text in the
same shape as the German: the same fields, the same blocks in the same order, the same
paragraphs in rich text. `translate_from_copy` pairs the two segment by segment, stores
each translated string in wagtail-localize's translation memory and saves the target, as
the translation editor does. The result is a translation (not an alias): it has its own
slug, it is marked outdated when the German changes, and editors can change it in the
translation editor afterwards.
"""

import re

from django.db import transaction
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

# Block ids differ between the German instance and its translated copy; the rest of a
# segment's path (field, block type, position in a list) must match.
# An unsaved copy's blocks have no id yet, so ids are left out of the comparison.
_BLOCK_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


class StructureMismatch(ValueError):
    """The translated copy does not have the shape of the German (a block or paragraph too many)."""


def _shape(path):
    return [part for part in path.split(".") if part not in ("", "None") and not _BLOCK_ID.match(part)]


def translated_strings(source, translated):
    """Pairs (German segment, translated text) of a TranslationSource and a translated copy."""
    segments = list(
        StringSegment.objects.filter(source=source).select_related("string", "context").order_by("order")
    )
    values = [value for value in extract_segments(translated) if isinstance(value, StringSegmentValue)]
    if len(segments) != len(values):
        raise StructureMismatch(
            f"{source.object_repr}: {len(segments)} Textstellen auf Deutsch, {len(values)} in der Übersetzung"
        )
    pairs = []
    for segment, value in zip(segments, values, strict=True):
        if _shape(segment.context.path) != _shape(value.path):
            raise StructureMismatch(
                f"{source.object_repr}: „{segment.context.path}“ passt nicht zu „{value.path}“"
            )
        pairs.append((segment, value.string.data))
    return pairs


def translate_from_copy(instance, translated, locale, user=None, publish=True):
    """Translate `instance` (German, saved) into `locale` with the text of `translated`.

    `translated` is an unsaved instance of the same model holding the translated text in the
    German's structure; fields it leaves equal to the German stay German (a name, say).
    Returns the translated instance. A second call with changed text updates the translation.
    """
    with transaction.atomic():
        source, _created = TranslationSource.update_or_create_from_instance(instance)
        for segment, text in translated_strings(source, translated):
            if text == segment.string.data:
                continue
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": text, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
            )
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        translation.save_target(user=user, publish=publish)
    return instance.get_translation(locale)
