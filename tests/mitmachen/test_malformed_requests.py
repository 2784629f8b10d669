"""A hundred malformed requests to the public forms: each answered in German, none stores markup."""

import datetime
import io
import json
import os

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db.models import Q
from django.utils import timezone
from PIL import Image
from wagtail.models import Revision

from mitmachen.models import Submission
from snippets.models import Organisation
from tests.factories import OrganisationFactory
from tests.mitmachen.suggestions import (
    EVENT_FORM,
    KALK,
    ORGANISATION_FORM,
    event_data,
    organisation_data,
    png_bytes,
    refused,
)
from veedel.models import EventPage

pytestmark = pytest.mark.django_db


# The picture limit (WAGTAILIMAGES_MAX_UPLOAD_SIZE) while this module's test runs.
PICTURE_LIMIT = 512 * 1024


def noisy_png():
    """A real PNG just above PICTURE_LIMIT: random pixels do not compress."""
    buffer = io.BytesIO()
    Image.frombytes("RGB", (420, 420), os.urandom(420 * 420 * 3)).save(buffer, format="PNG")
    assert PICTURE_LIMIT < len(buffer.getvalue()) < 2 * PICTURE_LIMIT
    return buffer.getvalue()


def image_of(picture_format):
    buffer = io.BytesIO()
    Image.new("RGB", (20, 20), (1, 2, 3)).save(buffer, format=picture_format)
    return buffer.getvalue()


SCRIPT = "<script>alert('x')</script>"
ORGANISATION_TEXT_FIELDS = ("org_name", "short_description", "street", "note", "opening_hours", "name")
JUNK = "\u202eevil\u202c \x07\x1b[31m 𝕵𝖚𝖓𝖐 ﷽ \ufeff\u200b"


def event_cases():
    """(label, POST data, query string) for the event form, each of them wrong somehow."""
    far = (timezone.localdate() + datetime.timedelta(days=800)).isoformat()
    required = ["title", "date", "start_time", "description", "name", "email", "consent"]
    cases = []
    cases += [(f"ohne {name}", event_data(**{name: None}), "") for name in required]
    cases += [(f"leer {name}", event_data(**{name: ""}), "") for name in required]
    cases += [
        ("Titel 121", event_data(title="T" * 121), ""),
        ("Titel riesig", event_data(title="T" * 100_000), ""),
        ("Ort 161", event_data(place_name="O" * 161), ""),
        ("ohne Straße und Link", event_data(street=None, online_link=None), ""),
        ("Link javascript", event_data(online_link="javascript:alert(1)"), ""),
        ("Link 201", event_data(online_link="https://example.org/" + "l" * 190), ""),
        ("Beschreibung 3001", event_data(description="B" * 3001), ""),
        ("Beschreibung riesig", event_data(description="B\n" * 200_000), ""),
        ("Name 121", event_data(name="N" * 121), ""),
        ("E-Mail 300", event_data(email="e" * 290 + "@example.org"), ""),
        ("Telefon 41", event_data(phone="1" * 41), ""),
        ("Veranstalter 161", event_data(organiser="V" * 161), ""),
        ("Straße 161", event_data(street="S" * 161), ""),
        ("Bildtext 256", event_data(image_alt="A" * 256), ""),
    ]
    for value in (
        "morgen",
        "2026-02-30",
        "99999-01-01",
        "31.31.2026",
        "0000-00-00",
        "1.1.1",
        "2020-01-01",
        far,
    ):
        cases.append((f"Datum {value}", event_data(date=value), ""))
    cases.append(("Datum Skript", event_data(date=SCRIPT), ""))
    for value in ("25:00", "abc", "12:60", "-1:00", SCRIPT):
        cases.append((f"Beginn {value}", event_data(start_time=value), ""))
    cases += [
        ("Ende vor Beginn", event_data(start_time="15:00", end_time="14:00"), ""),
        ("Ende kaputt", event_data(end_time="xx"), ""),
    ]
    for value in ("1234", "99999", "5110a", f"{SCRIPT}51103"):
        cases.append((f"PLZ {value}", event_data(postcode=value), ""))
    for value in ("keine-adresse", "a@b", f"{SCRIPT}@example.org"):
        cases.append((f"E-Mail {value}", event_data(email=value), ""))
    cases += [
        ("Telefon Buchstaben", event_data(phone="ruf mich an"), ""),
        ("Telefon Skript", event_data(phone=SCRIPT), ""),
        ("Zustimmung doppelt", event_data(consent=["on", "on"]), ""),
        ("Titel als Liste", event_data(title=["Eins", "Zwei"]), ""),
        ("Datum als Liste", event_data(date=["01.01.2027", "02.01.2027"]), ""),
        ("Beginn als Liste", event_data(start_time=["10:00", SCRIPT]), ""),
    ]
    files = [
        ("kein Bild", SimpleUploadedFile("foto.jpg", b"das ist kein Bild", content_type="image/jpeg")),
        ("Text als PNG", SimpleUploadedFile("foto.png", b"\x89PNG kaputt", content_type="image/png")),
        ("leere Datei", SimpleUploadedFile("foto.jpg", b"", content_type="image/jpeg")),
        ("GIF", SimpleUploadedFile("foto.gif", image_of("GIF"), content_type="image/gif")),
        ("BMP", SimpleUploadedFile("foto.bmp", image_of("BMP"), content_type="image/bmp")),
        (
            "SVG mit Skript",
            SimpleUploadedFile("foto.svg", f"<svg>{SCRIPT}</svg>".encode(), content_type="image/svg+xml"),
        ),
        (
            "HTML als JPG",
            SimpleUploadedFile("foto.jpg", f"<html>{SCRIPT}</html>".encode(), content_type="image/jpeg"),
        ),
        ("PNG als EXE", SimpleUploadedFile("foto.exe", png_bytes(), content_type="application/octet-stream")),
        ("Bild über der Grenze", SimpleUploadedFile("gross.png", noisy_png(), content_type="image/png")),
    ]
    cases += [(label, event_data(image=upload), "") for label, upload in files]
    everything = {
        name: f"{SCRIPT}{value}"
        for name, value in event_data().items()
        if name not in {"started", "homepage"}
    }
    cases += [
        ("Skript überall, ohne Zustimmung", {**event_data(consent=None), **everything, "consent": ""}, ""),
        ("Skript überall, E-Mail kaputt", {**event_data(), **everything}, ""),
        ("nur Markup im Titel", event_data(title="<b><i></i></b>"), ""),
        ("nur Leerzeichen im Titel", event_data(title="   \t  "), ""),
        ("Nullzeichen", event_data(title="Fest\x00", description="Text\x00"), ""),
        (
            "Unicode-Müll ohne Zustimmung",
            event_data(title=JUNK, description=JUNK, place_name=JUNK, consent=None),
            "",
        ),
        ("Emoji, ohne Ort", event_data(title="🎉🎉🎉", place_name=None, street=None), ""),
        (
            "GET-Parameter statt Formular",
            {"started": event_data()["started"]},
            "?title=Fest&date=01.01.2027&consent=on",
        ),
        ("GET-Parameter und Skript", event_data(title=None), f"?title={SCRIPT}"),
        ("Honigtopf mit Skript", event_data(homepage=SCRIPT), ""),
        ("ohne Zeitstempel", event_data(started=None), ""),
        ("Zeitstempel Skript", event_data(started=SCRIPT), ""),
        ("gar nichts", {}, ""),
    ]
    return cases


def organisation_cases(entry, elsewhere):
    """(label, POST data, query string) for the directory form.

    `entry` is a published entry of Kalk, where the requests go; `elsewhere` one of another Veedel.
    """
    cases = [
        ("ohne Name", organisation_data(org_name=None), ""),
        ("Name Skript leer", organisation_data(org_name="<script></script>"), ""),
        ("Art fehlt", organisation_data(kind=None), ""),
        ("Art erfunden", organisation_data(kind="raumschiff"), ""),
        ("Art Skript", organisation_data(kind=SCRIPT), ""),
        ("Art als Liste", organisation_data(kind=["verein", "kita"]), ""),
        ("Webseite javascript", organisation_data(website="javascript:alert(1)"), ""),
        ("Webseite ftp", organisation_data(website="ftp://example.org/datei"), ""),
        ("Webseite Skript", organisation_data(website=SCRIPT), ""),
        ("E-Mail der Einrichtung kaputt", organisation_data(org_email="info(at)example"), ""),
        ("PLZ Hamburg", organisation_data(postcode="20095"), ""),
        ("Eintrag gibt es nicht", organisation_data(existing="gibt-es-nicht"), ""),
        ("Eintrag Skript", organisation_data(existing=SCRIPT), ""),
        ("Eintrag aus einem anderen Veedel", organisation_data(existing=elsewhere.slug), ""),
        (
            "Änderung ohne Zustimmung, Skript überall",
            {
                **organisation_data(existing=entry.slug, consent=None),
                **dict.fromkeys(ORGANISATION_TEXT_FIELDS, SCRIPT),
            },
            "",
        ),
        ("Öffnungszeiten 300", organisation_data(opening_hours="Mo 9-12; " * 30), ""),
        ("Hinweis 1001", organisation_data(note="H" * 1001), ""),
        ("Kurzbeschreibung 601", organisation_data(short_description="K" * 601), ""),
        (
            "ohne Zustimmung, Skript überall",
            {
                **organisation_data(consent=None),
                **dict.fromkeys(ORGANISATION_TEXT_FIELDS, SCRIPT),
            },
            "",
        ),
        ("ohne Zeitstempel", organisation_data(started=None), ""),
        ("Honigtopf", organisation_data(homepage="https://spam.example"), ""),
        ("Telefon der Einrichtung Skript", organisation_data(org_phone=SCRIPT), ""),
        ("Telefon der Einrichtung 41", organisation_data(org_phone="1" * 41), ""),
        ("Name 161", organisation_data(org_name="N" * 161), ""),
        ("Straße 161", organisation_data(street="S" * 161), ""),
        ("Name als Liste", organisation_data(org_name=["Eins", "Zwei"]), ""),
        ("gar nichts", {}, ""),
    ]
    return cases


def text_of(obj, fields):
    return " ".join(str(getattr(obj, field) or "") for field in fields)


def test_a_hundred_malformed_requests_are_answered_in_german_and_store_no_markup(
    client, settings, kalk, porz_ost
):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = PICTURE_LIMIT
    entry = OrganisationFactory(sozialraum=kalk)
    elsewhere = OrganisationFactory(sozialraum=porz_ost)
    entry_revisions = entry.revisions.count()
    before_events = EventPage.objects.count()
    before_entries = Organisation.objects.count()
    started_at = timezone.now()
    requests = [(EVENT_FORM, *case) for case in event_cases()] + [
        (ORGANISATION_FORM, *case) for case in organisation_cases(entry, elsewhere)
    ]
    assert len(requests) >= 100
    for number, (path, label, data, query) in enumerate(requests):
        # Different addresses: the refusal records are bounded per address, and this test wants them all.
        response = client.post(
            path + query, data, HTTP_HOST=KALK, REMOTE_ADDR=f"10.0.{number // 200}.{number % 200}"
        )
        assert 400 <= response.status_code < 500, (label, response.status_code)
        html = response.content.decode()
        assert '<html lang="de"' in html, label
        assert "Bitte" in html and 'class="error-summary" role="alert"' in html, label
        assert "<script>alert" not in html, label
    assert EventPage.objects.count() == before_events
    assert Organisation.objects.count() == before_entries
    assert entry.revisions.count() == entry_revisions
    assert refused().exists()
    # No markup in any text that was stored, in submissions, pages, entries or revisions.
    for submission in Submission.objects.all():
        stored = text_of(submission, ["name", "email", "phone", "refusal_reason", "comment"])
        assert "<script" not in (stored + json.dumps(submission.payload, ensure_ascii=False)).lower()
    event_text = Q()
    for field in ("title", "description", "place_name", "street", "organiser", "teaser"):
        event_text |= Q(**{f"{field}__icontains": "<script"})
    assert not EventPage.objects.filter(event_text).exists()
    entry_text = Q()
    for field in ("name", "short_description", "street", "phone", "website", "opening_notes"):
        entry_text |= Q(**{f"{field}__icontains": "<script"})
    assert not Organisation.objects.filter(entry_text).exists()
    for revision in Revision.objects.filter(created_at__gte=started_at):
        assert "<script" not in json.dumps(revision.content).lower()
