"""A thousand malformed inputs to every public form: never a 5xx, never markup stored or shown raw.

The public forms: "Veranstaltung vorschlagen", "Einrichtung eintragen" (new and "Änderung
vorschlagen"), "Fehler melden" (a directory entry's report page), and the invitation's password
form. Each gets at least 1,000 malformed values (tests/fuzz.py, seeded) in requests that are otherwise
valid, so that some pass the checks and are stored. The spam checks stay on: every request
carries a fresh start token from the form's own `new_token`; the minimum time is 0 (the
setting, and the class attribute of "Fehler melden", which has no setting), the hourly limit
per e-mail address high, and each request comes from another address.

Afterwards the stored text holds no markup, and the admin's moderation views and the drafts'
public pages show none of the input unescaped. Runs on SQLite and on PostgreSQL (CI runs both).
"""

import json
from urllib.parse import urlsplit

import pytest
from django.contrib.admin.utils import quote
from django.urls import reverse
from wagtail.models import Revision

from mitmachen.forms import EventSuggestionForm, OrganisationSuggestionForm
from mitmachen.invitations import invitation_path
from mitmachen.models import Submission
from snippets.models import ActorProfile, CorrectionReport, Organisation
from tests.factories import OrganisationFactory, UserFactory
from tests.fuzz import MARKUP, STORED_MARKUP, Mutation, encode_pairs
from tests.mitmachen.suggestions import (
    EVENT_FORM,
    KALK,
    ORGANISATION_FORM,
    event_data,
    organisation_data,
    user,
)
from veedel.directory.corrections import CorrectionForm
from veedel.directory.links import directory_page
from veedel.models import EventPage

pytestmark = pytest.mark.django_db

INPUTS_PER_FORM = 1_000
FORM_BODY = "application/x-www-form-urlencoded"


@pytest.fixture
def open_checks(settings, monkeypatch):
    """The spam checks, minus the waiting: no minimum time, no limit this test could reach."""
    settings.MITMACHEN_MIN_SECONDS = 0
    settings.MITMACHEN_LIMIT_PER_HOUR = 100_000
    monkeypatch.setattr(CorrectionForm, "min_seconds", 0)


def fuzz(client, path, valid_data, fields, seed, host=KALK):
    """Post malformed versions of `valid_data()` to `path` until 1,000 malformed values went out.

    Every answer is below 500 and shows no input markup unescaped. Returns the number of requests.
    """
    mutation = Mutation(seed)
    sent = 0
    while mutation.inputs < INPUTS_PER_FORM:
        body = encode_pairs(mutation.pairs(valid_data(), fields))
        address = f"10.{seed % 250}.{sent // 250}.{sent % 250 + 1}"
        response = client.post(path, body, content_type=FORM_BODY, HTTP_HOST=host, REMOTE_ADDR=address)
        sent += 1
        assert response.status_code < 500, (sent, body[:500], response.status_code)
        html = response.content.decode("utf-8", "replace")
        assert not MARKUP.search(html), (sent, body[:500], MARKUP.search(html).group(0))
    return sent


def assert_no_stored_markup(*texts):
    for text in texts:
        assert not STORED_MARKUP.search(text), text[:500]


def stored_text(obj, fields):
    return [str(getattr(obj, field) or "") for field in fields]


def assert_shown_escaped(client, urls):
    client.force_login(user("admin"))
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        html = response.content.decode()
        assert not MARKUP.search(html), (url, MARKUP.search(html).group(0))


def submission_views(submissions):
    return [reverse("wagtailsnippets_mitmachen_submission:list")] + [
        reverse("wagtailsnippets_mitmachen_submission:inspect", args=[quote(s.pk)]) for s in submissions
    ]


@pytest.fixture
def client(client):
    """The test client answers a server error with its page (as a browser sees it), not an exception."""
    client.raise_request_exception = False
    return client


def test_event_form(client, kalk, open_checks):
    form = EventSuggestionForm(sozialraum=kalk)
    fields = [name for name in form.fields if name not in {"image", "started"}]
    before = set(Submission.objects.values_list("pk", flat=True))

    sent = fuzz(client, EVENT_FORM, lambda: event_data(started=form.new_token()), fields, seed=1)

    submissions = Submission.objects.exclude(pk__in=before)
    accepted = submissions.exclude(event=None)
    assert accepted.exists(), f"{sent} Anfragen, keine angenommen: der Test prüft nichts Gespeichertes"
    for submission in submissions:
        assert_no_stored_markup(
            *stored_text(submission, ["name", "email", "phone", "refusal_reason"]),
            json.dumps(submission.payload, ensure_ascii=False),
        )
    pages = EventPage.objects.filter(pk__in=accepted.values("event"))
    for page in pages:
        assert_no_stored_markup(*stored_text(page, ["title", "place_name", "street", "organiser", "teaser"]))
        # The description is rich text the app builds from the plain text: its own <p>, none of the input's.
        assert not MARKUP.search(page.description), page.description[:500]
    page_ids = [str(pk) for pk in pages.values_list("pk", flat=True)]
    for revision in Revision.objects.filter(base_content_type__model="page", object_id__in=page_ids):
        assert not MARKUP.search(json.dumps(revision.content, ensure_ascii=False))
    # The moderation views, the draft as its public page would show it, and its edit form.
    drafts = [reverse("wagtailadmin_pages:view_draft", args=[page.pk]) for page in pages[:10]]
    edits = [reverse("wagtailadmin_pages:edit", args=[page.pk]) for page in pages[:3]]
    assert_shown_escaped(client, submission_views(submissions.order_by("-pk")[:25]) + drafts + edits)


def test_organisation_form(client, kalk, open_checks):
    entry = OrganisationFactory(sozialraum=kalk)
    form = OrganisationSuggestionForm(sozialraum=kalk)
    fields = [name for name in form.fields if name != "started"]
    new_entries = [True]

    def valid():
        # New entries and changes to the published one, taking turns.
        new_entries[0] = not new_entries[0]
        return organisation_data(started=form.new_token(), existing="" if new_entries[0] else entry.slug)

    before = set(Submission.objects.values_list("pk", flat=True))
    known = set(Organisation.objects.values_list("pk", flat=True))

    sent = fuzz(client, ORGANISATION_FORM, valid, fields, seed=2)

    submissions = Submission.objects.exclude(pk__in=before)
    assert submissions.exclude(status="abgewiesen").exists(), f"{sent} Anfragen, keine angenommen"
    for submission in submissions:
        assert_no_stored_markup(
            *stored_text(submission, ["name", "email", "phone", "refusal_reason"]),
            json.dumps(submission.payload, ensure_ascii=False),
        )
    drafts = Organisation.objects.exclude(pk__in=known)
    fields = ["name", "short_description", "street", "phone", "email", "website", "opening_notes"]
    for draft in [*drafts, entry]:
        assert_no_stored_markup(*stored_text(draft, fields))
    for revision in Revision.objects.filter(
        base_content_type__model="organisation",
        object_id__in=[str(pk) for pk in [*drafts.values_list("pk", flat=True), entry.pk]],
    ):
        assert_no_stored_markup(json.dumps(revision.content, ensure_ascii=False))
    edit = Organisation.snippet_viewset.get_url_name("edit")
    edits = [reverse(edit, args=[quote(pk)]) for pk in [entry.pk, *drafts.values_list("pk", flat=True)[:3]]]
    assert_shown_escaped(client, submission_views(submissions.order_by("-pk")[:25]) + edits)


def test_correction_form(client, kalk, open_checks):
    entry = OrganisationFactory(sozialraum=kalk)
    report_path = urlsplit(directory_page(kalk.site).entry_url(entry, route="report")).path
    form = CorrectionForm()
    fields = [name for name in form.fields if name != "started"]

    def valid():
        return {
            "message": "Die Öffnungszeiten stimmen nicht.",
            "name": "Erika",
            "email": "",
            "homepage": "",
            "started": form.new_token(),
        }

    sent = fuzz(client, report_path, valid, fields, seed=3)

    reports = CorrectionReport.objects.filter(organisation=entry)
    assert reports.exists(), f"{sent} Anfragen, keine angenommen"
    for report in reports:
        assert_no_stored_markup(*stored_text(report, ["message", "name", "email"]))
    edit = CorrectionReport.snippet_viewset.get_url_name("edit")
    index = CorrectionReport.snippet_viewset.get_url_name("list")
    assert_shown_escaped(
        client,
        [reverse(index)]
        + [reverse(edit, args=[quote(pk)]) for pk in reports.values_list("pk", flat=True)[:25]],
    )
    # The entry page (which only links the form) and the report page (which shows it afresh).
    assert_shown_escaped(client, [urlsplit(directory_page(kalk.site).entry_url(entry)).path, report_path])


def test_invitation_password_form(client, kalk, open_checks):
    account = UserFactory(username="neu@example.org", email="neu@example.org", groups=[kalk.actors_group])
    account.set_unusable_password()
    account.save()
    ActorProfile.objects.create(user=account, sozialraum=kalk, invited_by=user("kalk-koordination"))
    path = invitation_path(account)

    def valid():
        return {"new_password1": "Kalker Veedel 2026!", "new_password2": "Kalker Veedel 2026?"}

    fuzz(client, path, valid, ["new_password1", "new_password2"], seed=4, host="localhost")
