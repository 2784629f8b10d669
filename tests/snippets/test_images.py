"""Pictures always carry alt text and a credit, from the upload form to the page."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.images import get_image_model

from veedel.models import SiteSettings

pytestmark = pytest.mark.django_db


def png_upload():
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "#336699").save(buffer, format="PNG")
    return SimpleUploadedFile("bild.png", buffer.getvalue(), content_type="image/png")


def test_upload_without_credit_is_refused(client, kalk):
    client.force_login(get_user_model().objects.get(username="kalk-koordination"))
    count = get_image_model().objects.count()
    response = client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Fest",
            "file": png_upload(),
            "description": "Menschen feiern",
            "collection": kalk.collection_id,
        },
    )
    assert response.status_code == 200
    assert get_image_model().objects.count() == count
    response = client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Fest",
            "file": png_upload(),
            "description": "Menschen feiern auf dem Platz",
            "credit": "Bürgerverein",
            "collection": kalk.collection_id,
        },
    )
    assert response.status_code == 302
    image = get_image_model().objects.get(title="Fest")
    assert image.credit_text == "© Bürgerverein"


def test_credit_and_alt_text_appear_with_the_picture(client, kalk):
    html = client.get("/", HTTP_HOST="kalk.localhost").content.decode()
    image = SiteSettings.for_site(kalk.site).header_image
    assert f'alt="{image.description}"' in html
    assert image.credit_text in html
    landing = client.get("/", HTTP_HOST="localhost").content.decode()
    assert image.credit_text in landing
