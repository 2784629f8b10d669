"""Slugs that are still free: the same rule for event pages and directory entries."""

from django.utils.text import slugify


def free_slug(text, taken_slugs, *, fallback, max_length):
    """`text` as a slug that `taken_slugs` (a set) does not hold yet; numbered -2, -3, … when it does."""
    base = slugify(text)[:max_length].strip("-") or fallback
    slug, number = base, 2
    while slug in taken_slugs:
        slug, number = f"{base}-{number}", number + 1
    return slug
