"""A directory suggestion: a new entry or a change to a published one, as a draft in moderation."""

import pytest
from django.core import mail
from wagtail.models import WorkflowState

from mitmachen.models import Submission, SubmissionKind, SubmissionStatus
from snippets.models import Organisation
from tests.factories import OrganisationFactory
from tests.mitmachen.suggestions import (
    KALK,
    ORGANISATION_FORM,
    approve_or_reject,
    organisation_data,
    to,
)

pytestmark = pytest.mark.django_db


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
