"""Spam and abuse: honeypot, minimum time, rate limits and size limits.

Every stop answers with the form, a German message and a 4xx status, logs a
warning on the `mitmachen` logger and keeps a REFUSED submission; no draft
is ever created, and no markup reaches the database.
"""

import logging
import os
import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from mitmachen.models import SubmissionKind
from snippets.models import Organisation
from tests.mitmachen.suggestions import (
    EVENT_FORM,
    KALK,
    ORGANISATION_FORM,
    SALT,
    event_data,
    organisation_data,
    refused,
)
from veedel.antispam import start_token
from veedel.models import EventPage

pytestmark = pytest.mark.django_db


def warnings(caplog):
    return [r for r in caplog.records if r.name == "mitmachen" and r.levelno == logging.WARNING]


def assert_stopped(response, status, message, caplog, code):
    assert response.status_code == status
    html = response.content.decode()
    assert message in html
    assert 'class="error-summary" role="alert"' in html
    logged = warnings(caplog)
    assert logged and code in logged[-1].getMessage()
    return html


@pytest.mark.parametrize(
    ("changes", "status", "message", "code"),
    [
        ({"homepage": "http://spam.example"}, 400, "Bitte lassen Sie das letzte Feld leer", "honeypot"),
        ({"started": "__now__"}, 400, "Das ging sehr schnell", "too_fast"),
        ({"started": "gefälscht"}, 400, "Das Formular ist abgelaufen", "expired"),
        ({"started": None}, 400, "Das Formular ist abgelaufen", "expired"),
        ({"started": "__old__"}, 400, "Das Formular ist abgelaufen", "expired"),
    ],
)
def test_spam_traps_stop_the_event_form(client, caplog, changes, status, message, code):
    if changes.get("started") == "__now__":
        changes["started"] = start_token(SALT, time.time())
    if changes.get("started") == "__old__":
        changes["started"] = start_token(SALT, time.time() - 60 * 60 * 24)
    data = event_data(**changes)
    with caplog.at_level(logging.WARNING, logger="mitmachen"):
        response = client.post(EVENT_FORM, data, HTTP_HOST=KALK)
    html = assert_stopped(response, status, message, caplog, code)
    # What was typed stays, the honeypot is emptied and a usable start time is in the form.
    assert data["title"] in html and 'value="Bürgerhaus Kalk"' in html
    assert "spam.example" not in html
    record = refused().get()
    assert record.kind == SubmissionKind.EVENT and record.sozialraum.slug == "kalk"
    assert record.refusal_reason.startswith(code) and record.payload["title"] == data["title"]
    assert record.email == "erika.mustermann@example.org" and "email" not in record.payload
    if code == "honeypot":
        assert record.payload["homepage"] == "http://spam.example"
    assert not EventPage.objects.filter(title=data["title"]).exists()


def test_sending_again_after_a_too_fast_refusal_works(client, settings, django_capture_on_commit_callbacks):
    settings.MITMACHEN_MIN_SECONDS = 1
    data = event_data(started=start_token(SALT, time.time()))
    assert client.post(EVENT_FORM, data, HTTP_HOST=KALK).status_code == 400
    time.sleep(1.1)
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(EVENT_FORM, data, HTTP_HOST=KALK).status_code == 303
    assert EventPage.objects.filter(title=data["title"], locale__language_code="de").count() == 1


def test_min_seconds_comes_from_the_settings(client, settings):
    settings.MITMACHEN_MIN_SECONDS = 120
    data = event_data(started=start_token(SALT, time.time() - 60))
    response = client.post(EVENT_FORM, data, HTTP_HOST=KALK)
    assert response.status_code == 400 and "Das ging sehr schnell" in response.content.decode()


def test_honeypot_stops_the_directory_form_too(client, caplog):
    data = organisation_data(homepage="kaufen")
    with caplog.at_level(logging.WARNING, logger="mitmachen"):
        response = client.post(ORGANISATION_FORM, data, HTTP_HOST=KALK)
    assert_stopped(response, 400, "Bitte lassen Sie das letzte Feld leer", caplog, "honeypot")
    record = refused().get()
    assert record.kind == SubmissionKind.ORGANISATION and record.title == data["org_name"]
    assert not Organisation.objects.filter(name=data["org_name"]).exists()


def test_rate_limit_per_address(client, settings, caplog, django_capture_on_commit_callbacks):
    settings.MITMACHEN_LIMIT_PER_HOUR = 2
    sent = [event_data(email=f"person{number}@example.org") for number in range(3)]
    statuses = []
    with (
        caplog.at_level(logging.WARNING, logger="mitmachen"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        for data in sent[:2]:
            statuses.append(
                client.post(EVENT_FORM, data, HTTP_HOST=KALK, REMOTE_ADDR="203.0.113.7").status_code
            )
        last = client.post(EVENT_FORM, sent[2], HTTP_HOST=KALK, REMOTE_ADDR="203.0.113.7")
    assert statuses == [303, 303]
    html = assert_stopped(last, 429, "Von Ihrem Internetanschluss kamen", caplog, "rate_limit")
    assert sent[2]["title"] in html
    assert not EventPage.objects.filter(title=sent[2]["title"]).exists()
    assert refused().get().refusal_reason.startswith("rate_limit")
    # The directory form shares the limit; another address is not affected.
    assert (
        client.post(
            ORGANISATION_FORM, organisation_data(), HTTP_HOST=KALK, REMOTE_ADDR="203.0.113.7"
        ).status_code
        == 429
    )
    with django_capture_on_commit_callbacks(execute=True):
        other = client.post(EVENT_FORM, event_data(), HTTP_HOST=KALK, REMOTE_ADDR="198.51.100.1")
    assert other.status_code == 303


def test_rate_limit_per_email(client, settings, caplog, django_capture_on_commit_callbacks):
    settings.MITMACHEN_LIMIT_PER_HOUR = 2
    sent = [event_data(email="Viel.Schreiber@example.org") for _ in range(3)]
    with (
        caplog.at_level(logging.WARNING, logger="mitmachen"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        for number, data in enumerate(sent[:2]):
            assert (
                client.post(EVENT_FORM, data, HTTP_HOST=KALK, REMOTE_ADDR=f"192.0.2.{number}").status_code
                == 303
            )
        last = client.post(
            EVENT_FORM,
            {**sent[2], "email": "viel.schreiber@EXAMPLE.org"},
            HTTP_HOST=KALK,
            REMOTE_ADDR="192.0.2.99",
        )
    assert_stopped(last, 429, "Mit dieser E-Mail-Adresse kamen", caplog, "rate_limit")
    assert not EventPage.objects.filter(title=sent[2]["title"]).exists()
    assert refused().count() == 1


def test_an_oversized_request_is_refused_before_it_is_read(client, settings, caplog):
    # The request may hold a picture at the upload limit and 1 MB of text fields.
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1024 * 1024
    upload = SimpleUploadedFile("riesig.jpg", os.urandom(2 * 1024 * 1024 + 1), content_type="image/jpeg")
    with caplog.at_level(logging.WARNING, logger="mitmachen"):
        response = client.post(EVENT_FORM, event_data(image=upload), HTTP_HOST=KALK)
    assert_stopped(response, 413, "zu groß", caplog, "too_large")
    assert refused().get().payload == {}


def test_too_many_fields_are_refused(client, caplog):
    data = {**event_data(), **{f"feld{number}": "x" for number in range(1200)}}
    with caplog.at_level(logging.WARNING, logger="mitmachen"):
        response = client.post(EVENT_FORM, data, HTTP_HOST=KALK)
    assert_stopped(response, 400, "nicht vollständig angekommen", caplog, "unreadable")


def test_refusal_records_are_bounded_per_address(client):
    for _ in range(25):
        client.post(EVENT_FORM, event_data(homepage="spam"), HTTP_HOST=KALK, REMOTE_ADDR="203.0.113.50")
    assert refused().count() == 20


def test_a_form_can_be_sent_only_once(client, django_capture_on_commit_callbacks):
    """The signed start time is single-use: a bot cannot send one fetched form over and over."""
    data = event_data()
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(EVENT_FORM, data, HTTP_HOST=KALK).status_code == 303
    again = {**data, "title": "Noch ein Hofflohmarkt"}
    response = client.post(EVENT_FORM, again, HTTP_HOST=KALK)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Dieses Formular ist schon abgeschickt worden" in html
    # What was typed stays, with a fresh start time that lets the person send it once more.
    assert "Noch ein Hofflohmarkt" in html and 'value="Bürgerhaus Kalk"' in html
    fresh = response.context["form"].data["started"]
    assert fresh != data["started"]
    assert not EventPage.objects.filter(title="Noch ein Hofflohmarkt").exists()
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(EVENT_FORM, {**again, "started": fresh}, HTTP_HOST=KALK).status_code == 303
    assert EventPage.objects.filter(title="Noch ein Hofflohmarkt", locale__language_code="de").exists()


PROXY = "10.0.0.2"  # the reverse proxy: every request reaches the portal from its address


def test_by_default_the_forwarded_header_is_ignored(client, settings, django_capture_on_commit_callbacks):
    """Without a trusted proxy anyone could write X-Forwarded-For: the limit counts REMOTE_ADDR."""
    settings.MITMACHEN_LIMIT_PER_HOUR = 1
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(
            EVENT_FORM,
            event_data(email="eins@example.org"),
            HTTP_HOST=KALK,
            REMOTE_ADDR=PROXY,
            HTTP_X_FORWARDED_FOR="198.51.100.1",
        )
    assert first.status_code == 303
    second = client.post(
        EVENT_FORM,
        event_data(email="zwei@example.org"),
        HTTP_HOST=KALK,
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR="198.51.100.2",
    )
    assert second.status_code == 429


def test_behind_a_trusted_proxy_each_visitor_has_an_own_limit(
    client, settings, django_capture_on_commit_callbacks
):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.MITMACHEN_LIMIT_PER_HOUR = 1

    def send(forwarded_for, number):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(
                EVENT_FORM,
                event_data(email=f"person{number}@example.org"),
                HTTP_HOST=KALK,
                REMOTE_ADDR=PROXY,
                HTTP_X_FORWARDED_FOR=forwarded_for,
            ).status_code

    # The proxy appends the address it saw; the visitors are counted apart.
    assert send("198.51.100.1", 1) == 303
    assert send("198.51.100.2", 2) == 303
    # A visitor who puts a made-up address in front stays the same visitor.
    assert send("192.0.2.77, 198.51.100.1", 3) == 429
    assert send("198.51.100.99, 198.51.100.2", 4) == 429
