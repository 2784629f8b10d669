"""/media/ without a proxy (SERVE_MEDIA, docs/deployment.md): pictures yes, documents never."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from tests.factories import ImageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def rendition_path():
    return ImageFactory().get_rendition("width-200").url


@pytest.fixture
def document_path():
    document = get_document_model().objects.create(title="Protokoll")
    document.file.save("protokoll.pdf", ContentFile(b"%PDF-1.4 Protokoll"))
    return document.file.url


def test_without_a_proxy_the_portal_serves_the_pictures(client, settings, rendition_path):
    settings.SERVE_MEDIA = True
    response = client.get(rendition_path, HTTP_HOST="kalk.localhost")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("image/")
    assert "X-Cache" not in response  # files are not copied into the page cache


def test_documents_never_bypass_their_collections_privacy(client, settings, document_path):
    settings.SERVE_MEDIA = True
    assert document_path.startswith("/media/documents/")
    assert client.get(document_path, HTTP_HOST="kalk.localhost").status_code == 404


def test_behind_a_proxy_the_portal_leaves_media_to_it(client, settings, rendition_path):
    settings.SERVE_MEDIA = False
    assert client.get(rendition_path, HTTP_HOST="kalk.localhost").status_code == 404
