"""Uploaded files in an S3-compatible bucket (S3_BUCKET, cms/settings/storage.py, docs/deployment.md).

A moto S3 server runs in this process on 127.0.0.1 and answers real HTTP: the portal's storage, the
test's own look into the bucket and the "browser" fetching a picture all go over the network to it.
The bucket has the documented policy (docs/s3-bucket-policy.json): pictures public, documents not.
The storage is the one production builds, from an environment that names this server.
"""

import io
import json
import re
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import boto3
import pytest
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ImproperlyConfigured
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from moto.server import ThreadedMotoServer
from PIL import Image as PILImage
from storages.backends.s3 import S3Storage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import CollectionViewRestriction

from cms.settings.storage import allowing_images_from, media_origin, s3_storage
from tests.cms.test_headers import directives
from tests.conftest import section
from tests.factories import NewsPageFactory, root_collection
from veedel.models import NewsIndexPage

BUCKET = "veedel-portal-test"
POLICY = Path(django_settings.BASE_DIR) / "docs" / "s3-bucket-policy.json"
# Every test here, also those without the database, so that pytest-django's ordering keeps the module's
# tests together and the S3 server starts once.
pytestmark = pytest.mark.django_db
KEYS = {"S3_ACCESS_KEY_ID": "portal-schluessel", "S3_SECRET_ACCESS_KEY": "portal-geheimnis"}


@pytest.fixture(scope="module")
def s3_server():
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    address = f"http://{host}:{port}"
    # The operator's own view into the bucket, with keys of its own.
    s3 = boto3.client(
        "s3",
        endpoint_url=address,
        region_name="eu-central-1",
        aws_access_key_id="betreiber",
        aws_secret_access_key="betreiber-geheimnis",
    )
    s3.create_bucket(Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": "eu-central-1"})
    policy = POLICY.read_text(encoding="utf-8").replace(
        "arn:aws:s3:::veedel-medien/", f"arn:aws:s3:::{BUCKET}/"
    )
    assert f"arn:aws:s3:::{BUCKET}/images/*" in policy
    s3.put_bucket_policy(Bucket=BUCKET, Policy=policy)
    yield address, s3
    # moto keeps its buckets in this process beyond the server: a later start begins empty.
    urllib.request.urlopen(urllib.request.Request(f"{address}/moto-api/reset", method="POST"), timeout=10)  # noqa: S310
    server.stop()


@pytest.fixture
def s3_media(settings, s3_server):
    """The settings production.py makes of the documented S3 environment, pointed at the test server."""
    address, s3 = s3_server
    storage = s3_storage(
        {"S3_BUCKET": BUCKET, "S3_ENDPOINT_URL": address, "S3_REGION": "eu-central-1", **KEYS}
    )
    settings.STORAGES = {**settings.STORAGES, "default": storage}
    origin = media_origin(storage)
    settings.CONTENT_SECURITY_POLICY = allowing_images_from(settings.CONTENT_SECURITY_POLICY, origin)
    settings.CONTENT_SECURITY_POLICY_ADMIN = allowing_images_from(
        settings.CONTENT_SECURITY_POLICY_ADMIN, origin
    )
    settings.WAGTAILDOCS_SERVE_METHOD = "serve_view"
    return address, s3


def in_bucket(s3, name):
    return s3.get_object(Bucket=BUCKET, Key=name)["Body"].read()


def fetch_anonymously(url):
    """What a browser gets for `url`: (status, headers, body)."""
    try:
        with urllib.request.urlopen(url, timeout=10) as answer:  # noqa: S310 - the test's own server
            return answer.status, answer.headers, answer.read()
    except urllib.error.HTTPError as refusal:
        return refusal.code, refusal.headers, b""


def png(size=(64, 48)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, "#b3261e").save(buffer, format="PNG")
    return buffer.getvalue()


def test_a_picture_uploaded_in_the_admin_is_shown_from_the_bucket_on_the_sozialraum_site(
    client, kalk, s3_media
):
    address, s3 = s3_media
    editor = Client()
    editor.force_login(get_user_model().objects.get(username="kalk-koordination"))
    picture = png()
    response = editor.post(
        reverse("wagtailimages:add"),
        {
            "title": "Sommerfest an der Kalker Hauptstraße",
            "file": SimpleUploadedFile("sommerfest.png", picture, content_type="image/png"),
            "description": "Nachbarinnen und Nachbarn an langen Tischen",
            "credit": "Bürgerverein Kalk",
            "collection": kalk.collection_id,
        },
    )
    assert response.status_code == 302
    image = get_image_model().objects.get(title="Sommerfest an der Kalker Hauptstraße")
    assert in_bucket(s3, image.file.name) == picture

    news = NewsPageFactory(parent=section(kalk, NewsIndexPage), image=image)
    page = client.get(news.get_url_parts()[2], HTTP_HOST="kalk.localhost")
    assert page.status_code == 200
    html = page.content.decode()
    rendition = image.get_rendition("max-1200x800")
    assert rendition.url.startswith(f"{address}/{BUCKET}/images/")
    assert f'src="{rendition.url}"' in html
    assert f'<meta property="og:image" content="{image.get_rendition("fill-1200x630").url}">' in html
    assert not re.search(r"X-Amz-|Signature=", html)  # plain addresses: a stored page never goes stale
    assert directives(page)["img-src"] == ["'self'", "data:", address]

    status, headers, body = fetch_anonymously(rendition.url)
    assert status == 200
    assert headers["Content-Type"] == "image/png"
    assert headers["Cache-Control"] == "max-age=604800"
    assert body == in_bucket(s3, rendition.file.name)
    assert PILImage.open(io.BytesIO(body)).size == (rendition.width, rendition.height)


def test_a_document_of_a_restricted_collection_is_neither_served_anonymously_nor_public_in_the_bucket(
    client, s3_media
):
    address, s3 = s3_media
    internal = root_collection().add_child(name="Nur für Angemeldete")
    CollectionViewRestriction.objects.create(
        collection=internal, restriction_type=CollectionViewRestriction.LOGIN
    )
    content = b"%PDF-1.4 Protokoll der Steuerungsgruppe, nur intern"
    document = get_document_model()(title="Protokoll der Steuerungsgruppe", collection=internal)
    document.file.save("protokoll-intern.pdf", ContentFile(content))
    assert in_bucket(s3, document.file.name) == content

    anonymous = client.get(document.url, HTTP_HOST="kalk.localhost")
    assert anonymous.status_code == 302
    assert "next=" in anonymous["Location"] and address not in anonymous["Location"]

    direct = default_storage.url(document.file.name)
    assert direct.startswith(f"{address}/{BUCKET}/documents/")
    assert not re.search(r"X-Amz-|Signature=", direct)
    assert fetch_anonymously(direct)[0] == 403

    # Signed in, the portal hands the file over itself: no redirect to an address in the bucket.
    client.force_login(get_user_model().objects.get(username="kalk-koordination"))
    served = client.get(document.url, HTTP_HOST="kalk.localhost")
    assert served.status_code == 200
    assert b"".join(served.streaming_content) == content


@pytest.mark.parametrize(
    "environ",
    [
        {"S3_BUCKET": "veedel-medien", "S3_REGION": "eu-central-1"},
        {"S3_BUCKET": "veedel-medien"},
        {"S3_BUCKET": "veedel.medien", "S3_REGION": "eu-central-1"},
        {"S3_BUCKET": "veedel-medien", "S3_ENDPOINT_URL": "https://s3.example.net"},
        {"S3_BUCKET": "veedel-medien", "S3_REGION": "eu-central-1", "S3_CUSTOM_DOMAIN": "medien.example.net"},
    ],
)
def test_the_content_security_policy_allows_pictures_from_the_host_the_storage_links_to(environ):
    storage = s3_storage({**environ, **KEYS})
    address = S3Storage(**storage["OPTIONS"]).url("images/sommerfest.max-1200x800.png")
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(address))
    assert media_origin(storage) == origin
    policy = allowing_images_from(django_settings.CONTENT_SECURITY_POLICY, origin)
    assert policy["DIRECTIVES"]["img-src"] == ["'self'", "data:", origin]
    assert django_settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"] == ["'self'", "data:"]


@pytest.mark.parametrize(
    ("environ", "message"),
    [
        ({"S3_BUCKET": "b", "S3_SECRET_ACCESS_KEY": "s"}, "S3_ACCESS_KEY_ID fehlt"),
        ({"S3_BUCKET": "b", **KEYS, "S3_ENDPOINT_URL": "s3.example.net"}, "ist keine Adresse"),
        ({"S3_BUCKET": "b", **KEYS, "S3_CUSTOM_DOMAIN": "https://medien.example.net"}, "nur der Hostname"),
    ],
)
def test_an_incomplete_s3_environment_stops_with_a_german_message(environ, message):
    with pytest.raises(ImproperlyConfigured, match=message):
        s3_storage(environ)
    assert s3_storage({}) is None


def test_the_documented_bucket_policy_makes_only_pictures_public():
    policy = json.loads(POLICY.read_text(encoding="utf-8"))
    (statement,) = policy["Statement"]
    assert statement["Effect"] == "Allow" and statement["Action"] == "s3:GetObject"
    assert {resource.split("/", 1)[1] for resource in statement["Resource"]} == {
        "images/*",
        "original_images/*",
        "avatar_images/*",
    }


def test_two_uploads_of_the_same_name_are_both_kept(s3_media):
    """S3Storage would overwrite a file of the same name; Wagtail names every new picture after its upload."""
    address, s3 = s3_media
    first = default_storage.save("original_images/foto.png", ContentFile(png((10, 10))))
    second = default_storage.save("original_images/foto.png", ContentFile(png((20, 20))))
    assert first == "original_images/foto.png" and second != first
    assert PILImage.open(io.BytesIO(in_bucket(s3, first))).size == (10, 10)
    assert PILImage.open(io.BytesIO(in_bucket(s3, second))).size == (20, 20)
