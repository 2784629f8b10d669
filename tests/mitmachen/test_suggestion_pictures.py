"""A picture with a suggestion: broken or oversized files are refused with a German message.

A refused file is an invalid form (400, message on the field, nothing stored) and does not
count against the hourly limit; the size limit is the same setting the admin uses
(WAGTAILIMAGES_MAX_UPLOAD_SIZE), so tests set it small instead of sending megabytes.
"""

import io
import os
import struct
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from wagtail.images import get_image_model

from mitmachen.models import Submission
from tests.mitmachen.suggestions import EVENT_FORM, KALK, event_data, png_bytes
from veedel.models import EventPage

pytestmark = pytest.mark.django_db

UNREADABLE = "Diese Datei ist kein Bild, das wir lesen können"


def noisy_jpeg(size=(96, 64)):
    """A real JPEG with enough data that half of it is a truncated picture."""
    buffer = io.BytesIO()
    Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3)).save(buffer, format="JPEG")
    return buffer.getvalue()


def png_claiming(width, height):
    """A small real PNG whose header claims `width` x `height` pixels (with a valid checksum)."""
    data = png_bytes()
    header = b"IHDR" + struct.pack(">II", width, height) + data[24:29]
    return data[:12] + header + struct.pack(">I", zlib.crc32(header)) + data[33:]


def upload(name, content, content_type="image/jpeg"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def broken_files():
    return {
        "JPEG, nach der Hälfte abgeschnitten": upload("foto.jpg", noisy_jpeg()[: len(noisy_jpeg()) // 2]),
        "Text als JPEG": upload("foto.jpg", b"Das ist ein Einkaufszettel, kein Foto."),
        "PNG mit falschen Maßen": upload("plakat.png", png_claiming(4000, 3000), "image/png"),
        "PNG, das 400 Millionen Pixel behauptet": upload(
            "bombe.png", png_claiming(20000, 20000), "image/png"
        ),
    }


def assert_refused_without_trace(response, title, message=UNREADABLE):
    assert response.status_code == 400
    errors = [str(error) for error in response.context["form"].errors["image"]]
    assert any(message in error for error in errors), errors
    assert message in response.content.decode()
    assert not EventPage.objects.filter(title=title).exists()
    assert not Submission.objects.exists()


@pytest.mark.parametrize("label", list(broken_files()))
def test_a_broken_picture_is_refused_in_german(client, label):
    images = get_image_model().objects.count()
    data = event_data(image=broken_files()[label])
    response = client.post(EVENT_FORM, data, HTTP_HOST=KALK)
    assert_refused_without_trace(response, data["title"])
    assert get_image_model().objects.count() == images


def test_refused_pictures_do_not_count_against_the_hourly_limit(
    client, settings, django_capture_on_commit_callbacks
):
    settings.MITMACHEN_LIMIT_PER_HOUR = 2
    same_sender = {"email": "erika@example.org"}
    for _ in range(3):
        picture = noisy_jpeg()
        truncated = upload("foto.jpg", picture[: len(picture) // 2])
        data = event_data(image=truncated, **same_sender)
        response = client.post(EVENT_FORM, data, HTTP_HOST=KALK, REMOTE_ADDR="203.0.113.9")
        assert_refused_without_trace(response, data["title"])
    for _ in range(2):
        data = event_data(image=upload("foto.jpg", noisy_jpeg()), **same_sender)
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(EVENT_FORM, data, HTTP_HOST=KALK, REMOTE_ADDR="203.0.113.9")
        assert response.status_code == 303
        assert EventPage.objects.get(title=data["title"], locale__language_code="de").image is not None


def test_a_picture_above_the_configured_limit_is_refused(client, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 4 * 1024
    picture = noisy_jpeg((128, 96))
    assert len(picture) > 4 * 1024
    data = event_data(image=upload("foto.jpg", picture))
    response = client.post(EVENT_FORM, data, HTTP_HOST=KALK)
    assert_refused_without_trace(response, data["title"], "Das Bild ist zu groß (höchstens 4,0\xa0KB)")
