"""Public suggestions: the forms, the drafts in moderation, the coordinators' decision, retention, admin.

Suggestions are posted to Kalk's forms in the test portal; a directory entry,
where a test needs one, comes from OrganisationFactory, and the form data from
the two suggestion factories below.
"""

import datetime
import io
import json
import re
import time
from html.parser import HTMLParser

import factory
import pytest
from django.contrib.admin.utils import quote
from django.contrib.auth import get_user_model
from django.core import mail, signing
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation
from PIL import Image
from wagtail.models import Locale, WorkflowState

from home.models import CityEventIndexPage
from mitmachen.models import Submission, SubmissionKind, SubmissionStatus
from snippets.models import Organisation, Sozialraum
from tests.factories import EventPageFactory, OrganisationFactory, StandardPageFactory
from veedel.models import EventIndexPage, EventPage

pytestmark = pytest.mark.django_db

KALK = "kalk.localhost"
SALT = "mitmachen.suggestion"
EVENT_FORM = "/mitmachen/veranstaltung/"
ORGANISATION_FORM = "/mitmachen/einrichtung/"


def form_started(seconds_ago=60):
    """The form's signed start time, far enough back to pass the minimum time."""
    return signing.dumps(time.time() - seconds_ago, salt=SALT)


def event_day():
    return timezone.localdate() + datetime.timedelta(days=3)


class EventSuggestionFactory(factory.DictFactory):
    """A complete, valid POST of "Veranstaltung vorschlagen"; each one has its own title."""

    title = factory.Sequence(lambda n: f"Hofflohmarkt im Testhof Nr. {n}")
    date = factory.LazyFunction(lambda: event_day().strftime("%d.%m.%Y"))
    start_time = "15:00"
    end_time = "18:00"
    place_name = "Bürgerhaus Kalk"
    street = factory.Faker("street_address", locale="de_DE")
    postcode = "51103"
    description = "Trödel, Kuchen und Musik.\n\nFür alle aus dem Veedel."
    organiser = "Nachbarschaftsverein Testhof"
    is_free = "on"
    name = "Erika Mustermann"
    email = "erika.mustermann@example.org"
    phone = "0221 123456"
    consent = "on"
    homepage = ""
    started = factory.LazyFunction(form_started)


class OrganisationSuggestionFactory(factory.DictFactory):
    """A complete, valid POST of "Einrichtung eintragen" (pass `existing=` a slug for a change)."""

    existing = ""
    org_name = factory.Sequence(lambda n: f"Repair-Café Testwerkstatt Nr. {n}")
    kind = "initiative"
    short_description = factory.Faker("sentence", locale="de_DE")
    street = factory.Faker("street_address", locale="de_DE")
    postcode = "51103"
    org_phone = "0221 987654"
    org_email = "info@repaircafe.example.org"
    website = "repaircafe.example.org"
    opening_hours = "Mo-Fr 9-12; Sa 10:00-13:00"
    note = ""
    name = "Max Beispiel"
    email = "max.beispiel@example.org"
    phone = ""
    consent = "on"
    homepage = ""
    started = factory.LazyFunction(form_started)


def without_none(data):
    return {name: value for name, value in data.items() if value is not None}


def event_data(**changes):
    """A valid event suggestion with `changes`; pass field=None to leave a field out."""
    return without_none(EventSuggestionFactory(**changes))


def organisation_data(**changes):
    """A valid directory suggestion with `changes`; pass field=None to leave a field out."""
    return without_none(OrganisationSuggestionFactory(**changes))


def user(username):
    return get_user_model().objects.get(username=username)


def path_of(page):
    """The page's path on its own site (its `url` is absolute on a multi-site install)."""
    return page.get_url_parts()[2]


def calendar_of(sozialraum):
    root = sozialraum.site.root_page
    return EventIndexPage.objects.child_of(root).get(locale=root.locale_id)


def in_language(page, code):
    return page.get_translation(Locale.objects.get(language_code=code))


def to(address):
    return [message for message in mail.outbox if address in message.to]


def png_bytes(size=(40, 30), colour=(200, 30, 30)):
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, format="PNG")
    return buffer.getvalue()


def suggest_event(client, on_commit, **changes):
    data = event_data(**changes)
    with on_commit(execute=True):
        response = client.post(EVENT_FORM, data, HTTP_HOST=KALK)
    assert response.status_code == 303, response.content.decode()[:2000]
    return data, response


def approve_or_reject(client, page_or_entry, action, comment=""):
    client.force_login(user("kalk-koordination"))
    task_state = page_or_entry.current_workflow_task_state
    if isinstance(page_or_entry, Organisation):
        url = reverse(
            Organisation.snippet_viewset.get_url_name("workflow_action"),
            args=[quote(page_or_entry.pk), action, task_state.pk],
        )
    else:
        url = reverse("wagtailadmin_pages:workflow_action", args=[page_or_entry.pk, action, task_state.pk])
    response = client.post(url, {"comment": comment})
    client.logout()
    return response


# -- the forms --------------------------------------------------------------------


def test_event_form_is_labelled_german_and_has_the_fixed_field_names(client):
    response = client.get(EVENT_FORM, HTTP_HOST=KALK)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="de"' in html and '<main id="main"' in html
    assert "<h1>Veranstaltung vorschlagen</h1>" in html
    for name in (
        "title",
        "date",
        "start_time",
        "end_time",
        "place_name",
        "street",
        "postcode",
        "description",
        "organiser",
        "is_free",
        "image",
        "name",
        "email",
        "phone",
        "consent",
        "homepage",
    ):
        assert f'id="id_{name}"' in html and f'for="id_{name}"' in html, name
    assert 'type="date" name="date"' in html and 'type="time" name="start_time"' in html
    assert 'name="started"' in html and 'type="hidden"' in html
    assert '<div class="hp-field" aria-hidden="true">' in html and "Bitte leer lassen" in html
    assert 'tabindex="-1"' in html
    assert 'enctype="multipart/form-data" novalidate' in html
    assert "Vorschlag absenden" in html
    # The privacy notice: what, why, who, how long, and the privacy page.
    assert "Sozialraumkoordination Kalk" in html and "180 Tage" in html
    assert 'aria-describedby="id_consent_helptext"' in html
    assert "/datenschutz/" in html
    assert "captcha" not in html.lower() and "<iframe" not in html


def privacy_link(html):
    return re.search(r'<a href="([^"]+)">Mehr dazu in der Datenschutzerklärung</a>', html).group(1)


def test_each_site_links_its_own_privacy_page(client, kalk, porz_ost):
    """The form links the privacy page of the site it is on; one without its own links the landing site's."""
    for sozialraum in (kalk, porz_ost):
        StandardPageFactory(
            parent=sozialraum.site.root_page, slug="datenschutz", title=f"Datenschutz {sozialraum.name}"
        )
    for sozialraum in (kalk, porz_ost):
        html = client.get(EVENT_FORM, HTTP_HOST=sozialraum.site.hostname).content.decode()
        assert privacy_link(html) == "/datenschutz/", sozialraum.slug
    html = client.get(EVENT_FORM, HTTP_HOST="chorweiler.localhost").content.decode()
    assert privacy_link(html) == "http://localhost/datenschutz/"


class Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


@pytest.mark.parametrize(
    ("host", "path"),
    [
        (KALK, EVENT_FORM),
        (KALK, ORGANISATION_FORM),
        (KALK, "/ar" + EVENT_FORM),
        ("localhost", EVENT_FORM),
        ("localhost", "/en" + ORGANISATION_FORM),
    ],
)
def test_form_pages_have_landmarks_labels_and_load_nothing_from_elsewhere(client, host, path):
    collector = Collector()
    collector.feed(client.get(path, HTTP_HOST=host).content.decode())
    tags = collector.tags
    names = [tag for tag, _attrs in tags]
    assert names.count("main") == 1 and names.count("h1") == 1
    labelled = {attrs.get("for") for tag, attrs in tags if tag == "label"}
    for tag, attrs in tags:
        if tag == "nav":
            assert attrs.get("aria-label"), "every navigation has a name"
        if tag in ("input", "select", "textarea") and attrs.get("type") not in ("hidden", "submit"):
            assert attrs.get("id") in labelled, attrs
        for attribute in ("src", "srcset"):
            assert not re.match(r"^(https?:)?//", attrs.get(attribute, "")), attrs
        if tag == "link":
            assert not re.match(r"^(https?:)?//", attrs.get("href", "")), attrs


def test_the_forms_exist_in_every_language(client):
    for prefix in ("/en", "/tr", "/ar"):
        for path in (EVENT_FORM, ORGANISATION_FORM):
            response = client.get(prefix + path, HTTP_HOST=KALK)
            assert response.status_code == 200, prefix + path
            assert f'<html lang="{prefix[1:]}"' in response.content.decode()


def test_landing_site_lists_the_veedel_with_their_forms(client, sozialraeume):
    response = client.get(EVENT_FORM, HTTP_HOST="localhost")
    assert response.status_code == 200
    html = response.content.decode()
    for sozialraum in sozialraeume:
        assert f'href="http://{sozialraum.site.hostname}/mitmachen/veranstaltung/"' in html
    english = client.get("/en" + ORGANISATION_FORM, HTTP_HOST="localhost").content.decode()
    assert 'href="http://kalk.localhost/en/mitmachen/einrichtung/"' in english
    posted = client.post(EVENT_FORM, event_data(), HTTP_HOST="localhost")
    assert posted.status_code == 400 and "Bitte wählen Sie zuerst Ihr Veedel" in posted.content.decode()
    assert not Submission.objects.filter(sozialraum__site=None).exists()


def test_pages_link_to_the_forms(client, kalk):
    entry = OrganisationFactory(sozialraum=kalk)
    calendar = client.get("/veranstaltungen/", HTTP_HOST=KALK).content.decode()
    assert 'href="/mitmachen/veranstaltung/"' in calendar and "Veranstaltung vorschlagen" in calendar
    directory = client.get("/adressen/", HTTP_HOST=KALK).content.decode()
    assert 'href="/mitmachen/einrichtung/"' in directory and "Einrichtung eintragen" in directory
    page = client.get(f"/adressen/{entry.slug}/", HTTP_HOST=KALK).content.decode()
    assert f'href="/mitmachen/einrichtung/?eintrag={entry.slug}"' in page
    english = client.get("/en/veranstaltungen/", HTTP_HOST=KALK).content.decode()
    assert 'href="/en/mitmachen/veranstaltung/"' in english


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
    ],
)
def test_bad_event_values_get_a_german_message(client, changes, message):
    response = client.post(EVENT_FORM, event_data(**changes), HTTP_HOST=KALK)
    assert response.status_code == 400
    assert message in response.content.decode()


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


# -- directory entries -------------------------------------------------------------


def test_a_new_entry_is_a_draft_in_moderation_and_not_listed(
    client, kalk, django_capture_on_commit_callbacks
):
    # A published entry the directory search below finds, next to the draft it must not list.
    listed = OrganisationFactory(name="Repair-Café am Markt", sozialraum=kalk)
    data = organisation_data()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(ORGANISATION_FORM, data, HTTP_HOST=KALK)
    assert response.status_code == 303
    entries = Organisation.objects.filter(name=data["org_name"])
    assert entries.count() == 1
    entry = entries.get()
    assert not entry.live and entry.sozialraum == kalk and entry.locale.language_code == "de"
    assert entry.owner is None and entry.latest_revision is not None
    assert (entry.kind, entry.phone, entry.email, entry.website) == (
        "initiative",
        "0221 987654",
        "info@repaircafe.example.org",
        "https://repaircafe.example.org",
    )
    assert sorted((slot.weekday, slot.opens.hour) for slot in entry.opening_slots.all()) == [
        (0, 9),
        (1, 9),
        (2, 9),
        (3, 9),
        (4, 9),
        (5, 10),
    ]
    state = entry.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS and state.workflow == kalk.workflow
    submission = Submission.objects.get(organisation=entry)
    assert submission.kind == SubmissionKind.ORGANISATION and submission.title == data["org_name"]
    assert submission.payload["phone"] == "0221 987654" and submission.email == "max.beispiel@example.org"
    assert to("kalk-koordination@sozialraumkoordination.example")
    assert to("max.beispiel@example.org")
    listing = client.get("/adressen/?q=" + data["org_name"].split()[0], HTTP_HOST=KALK).content.decode()
    assert listed.name in listing and data["org_name"] not in listing
    assert client.get(f"/adressen/{entry.slug}/", HTTP_HOST=KALK).status_code == 404


def test_opening_hours_in_free_words_go_into_the_notes(client, django_capture_on_commit_callbacks):
    data = organisation_data(opening_hours="Meistens nachmittags, bitte vorher anrufen")
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(ORGANISATION_FORM, data, HTTP_HOST=KALK).status_code == 303
    entry = Organisation.objects.get(name=data["org_name"])
    assert entry.opening_notes == "Meistens nachmittags, bitte vorher anrufen"
    assert not entry.opening_slots.exists()


def test_a_change_suggestion_is_a_new_revision_and_the_live_entry_stays(
    client, kalk, django_capture_on_commit_callbacks
):
    entry = OrganisationFactory(sozialraum=kalk, phone="0221 111111")
    form = client.get(f"{ORGANISATION_FORM}?eintrag={entry.slug}", HTTP_HOST=KALK)
    assert form.status_code == 200
    html = form.content.decode()
    assert f'value="{entry.name}"' in html and 'value="0221 111111"' in html
    assert f'name="existing" value="{entry.slug}"' in html and "Änderung vorschlagen" in html
    data = organisation_data(
        existing=entry.slug, org_name=entry.name, org_phone="0221 222222", note="Neue Nummer seit Mai."
    )
    revisions = entry.revisions.count()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(ORGANISATION_FORM, data, HTTP_HOST=KALK)
    assert response.status_code == 303
    entry.refresh_from_db()
    assert entry.live and entry.phone == "0221 111111"
    assert entry.has_unpublished_changes and entry.revisions.count() == revisions + 1
    assert entry.latest_revision.content["phone"] == "0221 222222"
    assert entry.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert Organisation.objects.filter(name=entry.name).count() == 1
    submission = Submission.objects.get(organisation=entry)
    assert (
        submission.payload["existing"] == entry.slug and submission.payload["note"] == "Neue Nummer seit Mai."
    )
    public = client.get(f"/adressen/{entry.slug}/", HTTP_HOST=KALK).content.decode()
    assert "0221 111111" in public and "0221 222222" not in public
    # A second suggestion while the first is in moderation: no revision, the coordinators get a mail.
    mail.outbox.clear()
    second = organisation_data(existing=entry.slug, org_name=entry.name, org_phone="0221 333333")
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(ORGANISATION_FORM, second, HTTP_HOST=KALK).status_code == 303
    entry.refresh_from_db()
    assert entry.revisions.count() == revisions + 1
    noted = Submission.objects.get(payload__phone="0221 333333")
    assert noted.organisation is None and noted.status == SubmissionStatus.RECEIVED
    coordinators = to("kalk-koordination@sozialraumkoordination.example")
    assert len(coordinators) == 1 and "0221 333333" in coordinators[0].body
    assert noted.reference in coordinators[0].body
    # Approving the first publishes its change and tells its submitter.
    with django_capture_on_commit_callbacks(execute=True):
        approve_or_reject(client, entry, "approve")
    entry.refresh_from_db()
    assert entry.phone == "0221 222222"
    assert Submission.objects.get(pk=submission.pk).status == SubmissionStatus.PUBLISHED
    published = [m for m in to("max.beispiel@example.org") if "ist online" in m.subject]
    assert published and f"/adressen/{entry.slug}/" in published[0].body


def test_change_links_lead_to_the_entrys_home_veedel(client, kalk):
    entry = OrganisationFactory(sozialraum=kalk)
    response = client.get(f"{ORGANISATION_FORM}?eintrag={entry.slug}", HTTP_HOST="localhost")
    assert response.status_code == 302
    assert response["Location"] == f"http://kalk.localhost{ORGANISATION_FORM}?eintrag={entry.slug}"
    elsewhere = client.get(f"{ORGANISATION_FORM}?eintrag={entry.slug}", HTTP_HOST="chorweiler.localhost")
    assert elsewhere["Location"].startswith("http://kalk.localhost/")
    missing = client.get(f"{ORGANISATION_FORM}?eintrag=gibt-es-nicht", HTTP_HOST=KALK)
    assert missing.status_code == 200 and "nicht gefunden" in missing.content.decode()


# -- retention -------------------------------------------------------------------------


# As `manage.py` runs it: in German, whatever language an earlier request in this thread left active.
@translation.override("de")
def test_purge_erases_exactly_the_due_submissions(kalk):
    now = timezone.now()
    long_ago = now - datetime.timedelta(days=200)
    recently = now - datetime.timedelta(days=10)

    def make(**fields):
        return Submission.objects.create(
            kind=SubmissionKind.EVENT, sozialraum=kalk, name="N", email="n@example.org", phone="1", **fields
        )

    due = make(status=SubmissionStatus.PUBLISHED, handled_at=long_ago)
    refused_old = make(status=SubmissionStatus.REFUSED, created_at=long_ago)
    handled_recently = make(status=SubmissionStatus.SENT_BACK, handled_at=recently)
    refused_recently = make(status=SubmissionStatus.REFUSED, created_at=recently)
    waiting = make(status=SubmissionStatus.RECEIVED, created_at=long_ago)
    # Never decided (its workflow cancelled, say): erased after twice the period.
    forgotten = make(status=SubmissionStatus.RECEIVED, created_at=now - datetime.timedelta(days=400))
    out = io.StringIO()
    call_command("purge_submissions", "--dry-run", stdout=out)
    assert "Probelauf: Bei 3 Vorschlägen" in out.getvalue()
    assert Submission.objects.filter(erased_at__isnull=False).count() == 0
    out = io.StringIO()
    call_command("purge_submissions", stdout=out)
    assert "Persönliche Daten von 3 Vorschlägen gelöscht." in out.getvalue()
    for submission in (due, refused_old, forgotten):
        submission.refresh_from_db()
        assert (submission.name, submission.email, submission.phone) == ("", "", "")
        assert submission.erased_at is not None
    for submission in (handled_recently, refused_recently, waiting):
        submission.refresh_from_db()
        assert submission.email == "n@example.org" and submission.erased_at is None
    out = io.StringIO()
    call_command("purge_submissions", stdout=out)
    assert "von 0 Vorschlägen" in out.getvalue()


# -- admin -------------------------------------------------------------------------------


def test_coordinators_see_only_their_own_suggestions(client, kalk, django_capture_on_commit_callbacks):
    data, _response = suggest_event(client, django_capture_on_commit_callbacks)
    mine = Submission.objects.get(payload__title=data["title"])
    chorweiler = Sozialraum.objects.get(slug="chorweiler")
    theirs = Submission.objects.create(
        kind=SubmissionKind.EVENT,
        sozialraum=chorweiler,
        payload={"title": "Fremder Vorschlag"},
        email="fremd@example.org",
    )
    client.force_login(user("kalk-koordination"))
    listing = client.get(reverse("wagtailsnippets_mitmachen_submission:list"))
    assert listing.status_code == 200
    html = listing.content.decode()
    assert mine.reference in html and theirs.reference not in html
    inspect = client.get(reverse("wagtailsnippets_mitmachen_submission:inspect", args=[mine.pk]))
    assert inspect.status_code == 200
    inspected = inspect.content.decode()
    assert "erika.mustermann@example.org" in inspected
    assert reverse("wagtailadmin_pages:edit", args=[mine.event_id]) in inspected
    # Another Sozialraum's suggestion: Wagtail answers "no permission" (a redirect to the dashboard).
    for view in ("inspect", "edit"):
        other = client.get(reverse(f"wagtailsnippets_mitmachen_submission:{view}", args=[theirs.pk]))
        assert other.status_code in (302, 403) and "fremd@example.org" not in other.content.decode()
    edit_url = reverse("wagtailsnippets_mitmachen_submission:edit", args=[mine.pk])
    response = client.post(
        edit_url, {"status": SubmissionStatus.SENT_BACK, "comment": "Per Telefon geklärt."}
    )
    assert response.status_code == 302
    mine.refresh_from_db()
    assert mine.status == SubmissionStatus.SENT_BACK and mine.handled_at is not None
    client.force_login(user("kalk-akteur"))
    assert client.get(reverse("wagtailsnippets_mitmachen_submission:list")).status_code in (302, 403)
