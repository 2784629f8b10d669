"""Upload limits of the admin: pictures and documents above the configured size are refused in German.

The limits are settings read from the environment (IMAGE_MAX_UPLOAD_MB, DOCUMENT_MAX_UPLOAD_MB);
the tests set them to a few kilobytes instead of sending megabytes.
"""

import json
import runpy

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from tests.mitmachen.suggestions import png_bytes

pytestmark = pytest.mark.django_db

TOO_BIG = "Die Datei ist zu groß"
BASE_SETTINGS = "cms.settings.base"


def pdf(size):
    return SimpleUploadedFile("flyer.pdf", b"%PDF-1.4\n" + b"0" * size, content_type="application/pdf")


@pytest.fixture
def actor(client):
    account = get_user_model().objects.get(username="kalk-akteur")
    client.force_login(account)
    return account


def test_a_document_above_the_limit_is_refused(client, settings, kalk, actor):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 2 * 1024
    documents = get_document_model().objects

    data = {"title": "Flyer zum Fest", "collection": kalk.collection_id}
    response = client.post(reverse("wagtaildocs:add"), {**data, "file": pdf(3 * 1024)})
    assert response.status_code == 200
    assert TOO_BIG in response.content.decode()
    assert not documents.filter(title="Flyer zum Fest").exists()

    response = client.post(
        reverse("wagtaildocs:add_multiple"), {"files[]": pdf(3 * 1024), "collection": kalk.collection_id}
    )
    answer = json.loads(response.content)
    assert answer["success"] is False and TOO_BIG in answer["error_message"]
    assert not documents.filter(file__contains="flyer").exists()

    response = client.post(reverse("wagtaildocs:add"), {**data, "file": pdf(1024)})
    assert response.status_code == 302
    assert documents.get(title="Flyer zum Fest").collection_id == kalk.collection_id


def test_a_picture_above_the_limit_is_refused(client, settings, kalk, actor):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 100
    picture = SimpleUploadedFile("fest.png", png_bytes(), content_type="image/png")
    assert picture.size > 100
    images = get_image_model().objects.count()
    response = client.post(
        reverse("wagtailimages:add_multiple"), {"files[]": picture, "collection": kalk.collection_id}
    )
    answer = json.loads(response.content)
    assert answer["success"] is False and TOO_BIG in answer["error_message"]
    assert get_image_model().objects.count() == images


def test_the_limits_come_from_the_environment(monkeypatch):
    # A fresh run of the module each time, with the environment of the moment.
    defaults = runpy.run_module(BASE_SETTINGS)
    assert defaults["WAGTAILIMAGES_MAX_UPLOAD_SIZE"] == 10 * 1024 * 1024
    assert defaults["WAGTAILDOCS_MAX_UPLOAD_SIZE"] == 20 * 1024 * 1024

    monkeypatch.setenv("IMAGE_MAX_UPLOAD_MB", "3")
    monkeypatch.setenv("DOCUMENT_MAX_UPLOAD_MB", "40")
    configured = runpy.run_module(BASE_SETTINGS)
    assert configured["WAGTAILIMAGES_MAX_UPLOAD_SIZE"] == 3 * 1024 * 1024
    assert configured["WAGTAILDOCS_MAX_UPLOAD_SIZE"] == 40 * 1024 * 1024
