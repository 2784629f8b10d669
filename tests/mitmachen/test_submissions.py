"""Public suggestions: the forms, retention of the submitters' data, and the admin's list."""

import datetime
import io
import re

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation

from mitmachen.models import Submission, SubmissionKind, SubmissionStatus
from snippets.models import Sozialraum
from tests.factories import OrganisationFactory, StandardPageFactory
from tests.markup import start_tags
from tests.mitmachen.suggestions import (
    EVENT_FORM,
    KALK,
    ORGANISATION_FORM,
    event_data,
    suggest_event,
    user,
)

pytestmark = pytest.mark.django_db


# -- the forms --------------------------------------------------------------------


def test_event_form_is_labelled_german_and_has_the_fixed_field_names(client):
    response = client.get(EVENT_FORM, HTTP_HOST=KALK)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="de"' in html and '<main id="main"' in html
    assert "<h1>Veranstaltung vorschlagen</h1>" in html
    # The browser test fills in these names; they are spelled out here, not read from the form.
    names = """title date start_time end_time place_name street postcode description organiser is_free
        image name email phone consent homepage""".split()
    for name in names:
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
    tags = start_tags(client.get(path, HTTP_HOST=host).content.decode())
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
        if tag == "link" and attrs.get("rel") in ("alternate", "canonical"):
            # Not loaded, only named: hreflang addresses are absolute, on this site.
            assert attrs["href"].startswith(f"http://{host}/"), attrs
        elif tag == "link":
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
    english = client.get("/en/events/", HTTP_HOST=KALK).content.decode()
    assert 'href="/en/mitmachen/veranstaltung/"' in english


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
