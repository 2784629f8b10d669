"""The picture of a public suggestion: decoded once and re-encoded while the form is checked.

Re-encoding drops EXIF data (a phone photo's location) and anything hidden after the
image data, and scales very large pictures down. It happens in the form's validation,
not when the draft is stored: a file Pillow cannot decode to the end (a truncated
JPEG, a header that lies about its size) is then an invalid form with a German
message, not a server error, and like every invalid form it does not count against
the hourly limit.
"""

import io
import secrets

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageOps

# Formats people send from phones and computers, with the extension the stored file gets.
EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
# Enough for any phone photo; more would only cost memory when it is re-encoded.
MAX_PIXELS = 25_000_000
LONGEST_SIDE = 2400
# What Pillow raises for a file it cannot decode to the end.
DECODING_ERRORS = (OSError, SyntaxError, ValueError, EOFError, PILImage.DecompressionBombError)


class UnreadablePicture(Exception):
    """The file looked like a picture but could not be decoded."""


def clean_copy(upload):
    """The picture in `upload` decoded, without metadata, at most LONGEST_SIDE wide and high.

    Returns an ImageFile named `vorschlag-<random>.<ext>`; raises UnreadablePicture.
    The caller has checked the format (EXTENSIONS) and the pixel count (MAX_PIXELS).
    """
    upload.seek(0)
    try:
        with PILImage.open(upload) as source:
            picture_format = source.format
            if picture_format == "JPEG":
                source.draft("RGB", (LONGEST_SIDE, LONGEST_SIDE))
            picture = ImageOps.exif_transpose(source)
            picture.thumbnail((LONGEST_SIDE, LONGEST_SIDE))
            if picture_format == "JPEG" and picture.mode not in ("RGB", "L"):
                picture = picture.convert("RGB")
            output = io.BytesIO()
            options = {"quality": 88} if picture_format != "PNG" else {}
            picture.save(output, format=picture_format, **options)
    except DECODING_ERRORS as error:
        raise UnreadablePicture(str(error)) from error
    output.seek(0)
    return ImageFile(output, name=f"vorschlag-{secrets.token_hex(6)}.{EXTENSIONS[picture_format]}")
