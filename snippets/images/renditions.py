"""Renditions that never take a page down: a lost original file means no picture, not a 500."""

import logging

from wagtail.images.models import SourceImageIOError

logger = logging.getLogger(__name__)


def rendition_or_none(image, spec):
    """The rendition of `image` for `spec`, or None (with a warning in the log) when its file is missing."""
    try:
        return image.get_rendition(spec)
    except SourceImageIOError:
        logger.warning("Bilddatei fehlt: %s (Bild %s, „%s“)", image.file.name, image.pk, image.title)
        return None
