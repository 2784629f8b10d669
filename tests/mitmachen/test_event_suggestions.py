"""An event suggestion: from the form to a draft in moderation, and the coordinators' decision."""

import datetime
import io
import json

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image
from wagtail.models import WorkflowState

from home.models import CityEventIndexPage
from mitmachen.models import Submission, SubmissionKind, SubmissionStatus
from tests.factories import EventPageFactory
from tests.mitmachen.suggestions import (
    EVENT_FORM,
    KALK,
    approve_or_reject,
    calendar_of,
    event_data,
    event_day,
    in_language,
    path_of,
    png_bytes,
    suggest_event,
    to,
)
from veedel.models import EventPage

pytestmark = pytest.mark.django_db


# -- an event, from the form to the calendar ---------------------------------------


def public_views(kalk, page, day):
    calendar = path_of(calendar_of(kalk))
    city = CityEventIndexPage.objects.live().get(locale__language_code="de")
    window = f"?von={day.isoformat()}&bis={day.isoformat()}"
    views = [
        (KALK, "/"),
        (KALK, calendar + window),
        (KALK, calendar + f"monat/?monat={day:%Y-%m}"),
        (KALK, calendar + "ical/"),
        (KALK, path_of(in_language(calendar_of(kalk), "en")) + window),
        (KALK, "/sitemap.xml"),
        ("localhost", path_of(city) + window),
        ("localhost", path_of(in_language(city, "en")) + window),
        ("localhost", path_of(city) + "ical/"),
        # There is no site search (yet); should one come at /suche/, this keeps it honest.
        (KALK, "/suche/?q=" + page.title.split()[0]),
        ("localhost", "/suche/?q=" + page.title.split()[0]),
    ]
    return views


def test_an_event_suggestion_is_a_draft_in_moderation_and_nowhere_public(
    client, kalk, django_capture_on_commit_callbacks
):
    # A published event on the same day, so that the public views below have that day to show.
    published = EventPageFactory(
        parent=calendar_of(kalk),
        title="Hofflohmarkt am Rathaus",
        start=timezone.make_aware(datetime.datetime.combine(event_day(), datetime.time(11))),
    )
    data, response = suggest_event(client, django_capture_on_commit_callbacks)
    calendar = calendar_of(kalk)
    drafts = EventPage.objects.child_of(calendar).filter(title=data["title"])
    assert drafts.count() == 1
    page = drafts.get()
    assert not page.live and page.owner is None and page.has_unpublished_changes
    assert not EventPage.objects.filter(title=data["title"], live=True).exists()
    start = timezone.localtime(page.start)
    assert (start.date(), start.hour, timezone.localtime(page.end).hour) == (event_day(), 15, 18)
    assert page.description == "<p>Trödel, Kuchen und Musik.</p><p>Für alle aus dem Veedel.</p>"
    assert (page.place_name, page.postcode, page.organiser, page.is_free) == (
        "Bürgerhaus Kalk",
        "51103",
        "Nachbarschaftsverein Testhof",
        True,
    )
    # In moderation with Kalk's coordinators, exactly as an actor's submission would be.
    task_state = page.current_workflow_task_state
    assert task_state is not None and task_state.status == "in_progress"
    assert task_state.workflow_state.workflow == kalk.workflow
    assert task_state.task.specific.groups.filter(pk=kalk.coordinators_group_id).exists()
    assert page.current_workflow_state.requested_by is None
    # The submitter's data is in the Submission only, never in the page or its revisions.
    submission = Submission.objects.get(event=page)
    assert submission.kind == SubmissionKind.EVENT and submission.status == SubmissionStatus.RECEIVED
    assert (submission.name, submission.email, submission.phone) == (
        "Erika Mustermann",
        "erika.mustermann@example.org",
        "0221 123456",
    )
    assert submission.consent_at is not None and submission.language == "de"
    assert (
        submission.payload["title"] == data["title"] and submission.payload["date"] == event_day().isoformat()
    )
    assert "email" not in submission.payload and "name" not in submission.payload
    for revision in page.revisions.all():
        content = json.dumps(revision.content, ensure_ascii=False)
        assert "Mustermann" not in content and "erika.mustermann" not in content
    # Wagtail's German "submitted" mail to Kalk's coordinators, and nobody else's.
    coordinators = to("kalk-koordination@sozialraumkoordination.example")
    assert len(coordinators) == 1
    assert "wurde zur Freigabe" in coordinators[0].subject and data["title"] in coordinators[0].subject
    assert f"/admin/pages/{page.pk}/edit/" in coordinators[0].body
    assert not to("chorweiler-koordination@sozialraumkoordination.example")
    # The submitter's confirmation carries the reference number.
    confirmation = to("erika.mustermann@example.org")
    assert len(confirmation) == 1
    assert submission.reference in confirmation[0].subject and submission.reference in confirmation[0].body
    assert "Erika Mustermann" in confirmation[0].body and "180 Tage" in confirmation[0].body
    # The thanks page shows the reference.
    thanks = client.get(response["Location"], HTTP_HOST=KALK)
    assert thanks.status_code == 200
    html = thanks.content.decode()
    assert "Vorgangsnummer" in html and submission.reference in html and "So geht es weiter" in html
    assert client.get("/mitmachen/danke/gefälscht/", HTTP_HOST=KALK).status_code == 404
    # Before approval the title is nowhere public, in no language, while the published event is.
    for host, path in public_views(kalk, page, event_day()):
        response = client.get(path, HTTP_HOST=host)
        assert response.status_code in (200, 404), path
        html = response.content.decode()
        assert data["title"] not in html and path_of(page) not in html, path
        if response.status_code == 200:
            assert published.title in html or path_of(published) in html, path
    assert client.get(path_of(page), HTTP_HOST=KALK).status_code == 404
    alias = in_language(page, "en")
    assert not alias.live and client.get(path_of(alias), HTTP_HOST=KALK).status_code == 404


def test_approval_publishes_the_event_and_tells_the_submitter(
    client, kalk, django_capture_on_commit_callbacks
):
    data, _response = suggest_event(client, django_capture_on_commit_callbacks)
    page = EventPage.objects.child_of(calendar_of(kalk)).get(title=data["title"])
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = approve_or_reject(client, page, "approve")
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live
    assert in_language(page, "en").live
    submission = Submission.objects.get(event=page)
    assert submission.status == SubmissionStatus.PUBLISHED and submission.handled_at is not None
    published = to("erika.mustermann@example.org")
    assert len(published) == 1 and "ist online" in published[0].subject
    assert page.get_full_url() in published[0].body
    window = f"?von={event_day().isoformat()}&bis={event_day().isoformat()}"
    assert data["title"] in client.get("/veranstaltungen/" + window, HTTP_HOST=KALK).content.decode()
    assert data["title"] in client.get("/veranstaltungen/" + window, HTTP_HOST="localhost").content.decode()
    assert client.get(path_of(page), HTTP_HOST=KALK).status_code == 200


def test_sending_back_keeps_the_event_offline_and_mails_the_comment(
    client, kalk, django_capture_on_commit_callbacks
):
    data, _response = suggest_event(client, django_capture_on_commit_callbacks)
    page = EventPage.objects.child_of(calendar_of(kalk)).get(title=data["title"])
    mail.outbox.clear()
    comment = "Bitte sagen Sie uns noch, ob man sich anmelden muss."
    with django_capture_on_commit_callbacks(execute=True):
        response = approve_or_reject(client, page, "reject", comment)
    assert response.status_code == 302
    page.refresh_from_db()
    assert not page.live
    assert page.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    submission = Submission.objects.get(event=page)
    assert submission.status == SubmissionStatus.SENT_BACK and submission.comment == comment
    assert submission.handled_at is not None
    sent_back = to("erika.mustermann@example.org")
    assert len(sent_back) == 1 and comment in sent_back[0].body and submission.reference in sent_back[0].body
    window = f"?von={event_day().isoformat()}&bis={event_day().isoformat()}"
    assert data["title"] not in client.get("/veranstaltungen/" + window, HTTP_HOST=KALK).content.decode()


def test_erased_submissions_are_left_alone(client, kalk, django_capture_on_commit_callbacks):
    data, _response = suggest_event(client, django_capture_on_commit_callbacks)
    page = EventPage.objects.child_of(calendar_of(kalk)).get(title=data["title"])
    Submission.objects.get(event=page).erase_personal_data()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        approve_or_reject(client, page, "approve")
    assert Submission.objects.get(event=page).status == SubmissionStatus.RECEIVED
    assert not mail.outbox


def test_a_picture_becomes_the_teaser_image_without_its_metadata(
    client, kalk, django_capture_on_commit_callbacks
):
    buffer = io.BytesIO()
    exif = Image.Exif()
    exif[0x010F] = "Testkamera"  # Make
    exif[0x8825] = {2: (50.0, 56.0, 12.0)}  # GPS latitude
    Image.new("RGB", (3000, 2000), (10, 120, 200)).save(buffer, format="JPEG", exif=exif)
    upload = SimpleUploadedFile("foto.jpg", buffer.getvalue(), content_type="image/jpeg")
    data, _response = suggest_event(
        client,
        django_capture_on_commit_callbacks,
        image=upload,
        image_alt="Viele Menschen an Trödelständen",
        image_credit="",
    )
    page = EventPage.objects.child_of(calendar_of(kalk)).get(title=data["title"])
    image = page.image
    assert image is not None and image.collection_id == kalk.collection_id
    assert image.description == "Viele Menschen an Trödelständen"
    assert image.credit == "Nachbarschaftsverein Testhof"
    assert image.uploaded_by_user is None
    with image.open_file() as stored, Image.open(stored) as picture:
        assert picture.format == "JPEG" and max(picture.size) == 2400
        assert not picture.getexif()
    assert Submission.objects.get(event=page).payload["image"] is True


def test_english_suggestion_goes_into_the_german_calendar(client, kalk, django_capture_on_commit_callbacks):
    data = event_data(date=event_day().isoformat())
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en" + EVENT_FORM, data, HTTP_HOST=KALK)
    assert response.status_code == 303 and response["Location"].startswith("/en/mitmachen/danke/")
    page = EventPage.objects.child_of(calendar_of(kalk)).get(title=data["title"])
    assert page.locale.language_code == "de"
    assert Submission.objects.get(event=page).language == "en"


def test_an_invalid_form_says_what_is_wrong_and_keeps_the_input(client):
    data = event_data(
        title="",
        date="2026-02-30",
        start_time="18:00",
        end_time="17:00",
        postcode="12345",
        consent=None,
        image=SimpleUploadedFile("bild.png", png_bytes(), content_type="image/png"),
    )
    response = client.post(EVENT_FORM, data, HTTP_HOST=KALK)
    assert response.status_code == 400
    html = response.content.decode()
    for message in (
        "Bitte geben Sie einen Titel an.",
        "Bitte geben Sie ein gültiges Datum an",
        "Das Ende muss nach dem Beginn liegen.",
        "Kölner Postleitzahl",
        "Bitte stimmen Sie zu",
    ):
        assert message in html, message
    assert 'class="error-summary" role="alert"' in html and 'href="#id_title"' in html
    assert "<title>Fehler:" in html
    assert 'aria-invalid="true"' in html
    assert 'aria-describedby="id_title_helptext id_title_error"' in html and 'id="id_title_error"' in html
    assert 'value="Bürgerhaus Kalk"' in html and "Trödel, Kuchen und Musik." in html
    assert 'value="erika.mustermann@example.org"' in html
    assert "Bitte wählen Sie das Bild noch einmal aus" in html
    assert not EventPage.objects.filter(place_name="Bürgerhaus Kalk", live=False, title="").exists()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"date": "01.01.2020"}, "in der Vergangenheit"),
        ({"date": "2099-01-01"}, "nächsten zwei Jahren"),
        ({"start_time": "25:00"}, "gültige Uhrzeit"),
        ({"email": "keine-adresse"}, "gültige E-Mail-Adresse"),
        ({"title": "x" * 121}, "höchstens 120 Zeichen"),
        ({"title": "<b></b>  "}, "Bitte geben Sie einen Titel an."),
        ({"street": "", "online_link": ""}, "Straße und Hausnummer oder einen Link"),
        ({"street": None}, "Straße und Hausnummer oder einen Link"),
        ({"online_link": "kein link"}, "gültige Internetadresse"),
    ],
)
def test_bad_event_values_get_a_german_message(client, changes, message):
    response = client.post(EVENT_FORM, event_data(**changes), HTTP_HOST=KALK)
    assert response.status_code == 400
    assert message in response.content.decode()


def test_an_online_event_needs_no_street(client, kalk, django_capture_on_commit_callbacks):
    data, _response = suggest_event(
        client,
        django_capture_on_commit_callbacks,
        place_name="",
        street="",
        postcode="",
        online_link="https://treff.example/raum",
    )
    page = EventPage.objects.child_of(calendar_of(kalk)).get(title=data["title"])
    assert (page.online_link, page.street, page.place_name) == ("https://treff.example/raum", "", "")


def test_iso_and_german_dates_are_both_accepted(client, kalk, django_capture_on_commit_callbacks):
    for value in (event_day().isoformat(), event_day().strftime("%d.%m.%Y")):
        data, _response = suggest_event(client, django_capture_on_commit_callbacks, date=value)
        page = EventPage.objects.child_of(calendar_of(kalk)).get(title=data["title"])
        assert timezone.localtime(page.start).date() == event_day()


def test_markup_is_stripped_and_never_stored(client, kalk, django_capture_on_commit_callbacks):
    place = "Gemeindesaal"
    data, _response = suggest_event(
        client,
        django_capture_on_commit_callbacks,
        title="<script>alert(1)</script>Sommerfest <b>im</b> Hof",
        description="<p onclick='x()'>Hallo</p>\n\n<script>alert(2)</script>a < b <scr<script>ipt>",
        place_name=f"<img src=x onerror=alert(3)>{place}",
        organiser="<scrip",
    )
    page = EventPage.objects.child_of(calendar_of(kalk)).get(place_name=place)
    assert page.title == "alert(1)Sommerfest im Hof"
    assert page.organiser == "scrip"
    assert "<script" not in page.description and "onclick" not in page.description
    assert "a &lt; b" in page.description
    submission = Submission.objects.get(event=page)
    assert "<script" not in json.dumps(submission.payload)
