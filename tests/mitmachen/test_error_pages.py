"""Requests the forms never see (CSRF refused, a bad host) still get a German page."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_a_post_without_csrf_token_gets_a_german_403(kalk):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/mitmachen/veranstaltung/", {"title": "x"}, HTTP_HOST="kalk.localhost")
    assert response.status_code == 403
    body = response.content.decode()
    assert "Das Formular ist abgelaufen" in body
    assert 'lang="de"' in body


def test_too_many_fields_before_the_form_gets_the_german_403(kalk, settings):
    """The CSRF check reads the body first and refuses what it cannot read."""
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 5
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        "/mitmachen/veranstaltung/", {f"f{n}": "x" for n in range(50)}, HTTP_HOST="kalk.localhost"
    )
    assert response.status_code == 403
    assert "Das Formular ist abgelaufen" in response.content.decode()


def test_a_bad_request_outside_the_forms_gets_a_german_400(client):
    response = client.get("/", HTTP_HOST="portal.example.org")
    assert response.status_code == 400
    assert "Das konnten wir nicht annehmen" in response.content.decode()
