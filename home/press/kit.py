"""The press kit of a release: one ZIP with the text, the photos' originals and their credits.

Built with Python's zipfile in memory: a release has a handful of photos, each at most
IMAGE_MAX_UPLOAD_MB. The text is plain text (UTF-8), so any newsroom system can take it over.
"""

import io
import posixpath
import re
import zipfile
from html import unescape

from django.utils.formats import date_format
from django.utils.html import strip_tags
from django.utils.text import get_valid_filename
from django.utils.translation import gettext as _

TEXT_NAME = "pressemitteilung.txt"
CREDITS_NAME = "credits.txt"
PHOTO_FOLDER = "fotos"
BLOCK_END = re.compile(r"</(p|h[1-6]|li|blockquote)>|<br\s*/?>", re.IGNORECASE)


def plain_text(html):
    """Rich text as plain text: one paragraph per line block, no tags, no entities."""
    text = unescape(strip_tags(BLOCK_END.sub("\n\n", html or "")))
    paragraphs = (" ".join(part.split()) for part in text.split("\n\n"))
    return "\n\n".join(part for part in paragraphs if part)


def contact_lines(contact):
    lines = [contact.name]
    if contact.organisation:
        lines.append(contact.organisation)
    lines.extend(contact.address_lines)
    if contact.phone:
        lines.append(f"{_('Telefon')}: {contact.phone}")
    if contact.email:
        lines.append(f"{_('E-Mail')}: {contact.email}")
    return lines


def release_text(page, contacts):
    """The release as plain text: title, date and place, lead, text, press contacts."""
    parts = [
        page.title,
        f"{page.place}, {date_format(page.date, 'DATE_FORMAT')}",
        " ".join(page.lead.split()),
        plain_text(page.body),
    ]
    if contacts:
        parts.append(_("Pressekontakt") + ":\n" + "\n\n".join("\n".join(contact_lines(c)) for c in contacts))
    return "\n\n".join(part for part in parts if part) + "\n"


def photo_name(number, photo):
    """The file name in the ZIP: numbered in the editor's order, so two photos never clash."""
    original = get_valid_filename(posixpath.basename(photo.image.file.name)) or "foto.jpg"
    return f"{PHOTO_FOLDER}/{number:02d}-{original}"


def press_kit(page, contacts, photos):
    """The ZIP's bytes: pressemitteilung.txt, credits.txt and the photos' originals under fotos/."""
    buffer = io.BytesIO()
    credits = []
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(TEXT_NAME, release_text(page, contacts))
        for number, photo in enumerate(photos, start=1):
            name = photo_name(number, photo)
            try:
                with photo.image.file.open("rb") as original:
                    # Pictures are compressed already: stored, not deflated again.
                    archive.writestr(name, original.read(), compress_type=zipfile.ZIP_STORED)
            except FileNotFoundError:
                continue  # a lost original: the kit leaves it out rather than failing the download
            credits.append(f"{posixpath.basename(name)}\t{photo.caption}\t{photo.image.credit_text}")
        header = "\t".join((_("Datei"), _("Bildunterschrift"), _("Bildnachweis")))
        archive.writestr(CREDITS_NAME, "\n".join([header, *credits]) + "\n")
    return buffer.getvalue()
