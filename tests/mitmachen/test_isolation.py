"""The isolation matrix: nobody reaches into another Sozialraum, and actors stay out of each other's work.

tests/veedel/test_permissions.py covers pages (German and English homes,
"Über den Sozialraum"), site settings and menus for every pair. This module
adds, for every pair of Sozialräume A ≠ B and both roles of A, B's events
(German, English, Arabic), directory entries (German and English),
moderation tasks and user accounts (test_isolation_accounts.py): in the
admin views and by forged requests. Inside one Sozialraum, an actor is
refused on another actor's draft event and entry (test_isolation_accounts.py).
test_isolation_urls.py walks every admin URL of every model scoped by Sozialraum or site,
test_isolation_reads.py the reads outside the viewsets (bulk actions, wagtail-localize's
snippet API, the page chooser).

The pairs are those of the test portal's three Sozialräume
(tests/conftest.py), and each test tries the whole list of views and forged
writes against both other Sozialräume. The portal has no content, so each
test makes what it is refused on: B's event with its aliases, B's directory
entry with an English copy, B's actor speaking for an entry of B.
"""

from urllib.parse import urlencode

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Page, TaskState
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from snippets.models import Organisation, Sozialraum
from tests.admin_forms import organisation_form
from tests.conftest import TEST_SOZIALRAEUME
from tests.factories import EventPageFactory, OrganisationFactory
from tests.mitmachen.isolation import (
    TAKEN,
    actor_with_entry,
    assert_object_views_refused,
    assert_refused,
    assert_refused_or_invalid,
    calendar_of,
    draft_event,
    entry_state,
    entry_url,
    locale,
    others,
    page_state,
    page_url,
    user,
)
from tests.veedel.test_permissions import ROLES

pytestmark = pytest.mark.django_db


# -- events and pages ---------------------------------------------------------------------------

NEW_PAGE = {"title": TAKEN, "slug": "uebernommen", "action-publish": "1"}


def forged_page_post(page):
    return {"title": TAKEN, "slug": page.slug, "action-publish": "1"}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("own_slug", TEST_SOZIALRAEUME)
def test_events_of_other_sozialraeume_are_refused(client, own_slug, role):
    account = user(own_slug, role)
    own_calendar = calendar_of(Sozialraum.objects.get(slug=own_slug))
    # A page of the user's own, to try moving or copying it into B's tree.
    mine = draft_event(own_calendar, account, "Eigener Entwurf")
    client.force_login(account)
    translated = [locale("en"), locale("ar")]
    for other in others(own_slug):
        calendar = calendar_of(other)
        event = EventPageFactory(parent=calendar)
        events = [event, *(event.get_translation(language) for language in translated)]
        calendars = [calendar, *(calendar.get_translation(language) for language in translated)]
        before = {page.pk: page_state(page) for page in events}

        for page in events:
            assert_object_views_refused(
                client, page_url, page.pk, forged_page_post(page), previews=["view_draft"]
            )
        for parent in calendars:
            add = page_url("add", "veedel", "eventpage", parent.pk)
            assert_refused(client.get(add))
            assert_refused(client.post(add, NEW_PAGE))
        for language in translated:
            root = other.site.root_page.get_translation(language)
            assert_refused(client.get(page_url("add_subpage", root.pk)))
            assert_refused(client.post(page_url("add", "veedel", "standardpage", root.pk), NEW_PAGE))
        assert_refused(client.post(page_url("move_confirm", mine.pk, calendar.pk)))
        copy = {"new_title": TAKEN, "new_slug": "uebernommen", "new_parent_page": str(calendar.pk)}
        assert_refused_or_invalid(client.post(page_url("copy", mine.pk), copy), "new_parent_page")

        assert {page.pk: page_state(page) for page in events} == before
    assert not Page.objects.filter(title=TAKEN).exists()
    assert page_state(mine)[3] == own_calendar.pk


# -- directory entries --------------------------------------------------------------------------


def forged_entry_post(entry, **fields):
    form = organisation_form(entry.sozialraum, name=TAKEN, slug=entry.slug, **{"action-publish": "1"})
    return {**form, **fields}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("own_slug", TEST_SOZIALRAEUME)
def test_directory_entries_of_other_sozialraeume_are_refused(client, own_slug, role):
    own = Sozialraum.objects.get(slug=own_slug)
    english = locale("en")
    # The entry the user may edit: for a coordinator any of the Sozialraum, for an actor their organisation's.
    if role == "akteur":
        account = actor_with_entry(own)
        mine = account.actor_profile.organisation
    else:
        account = user(own_slug, role)
        mine = OrganisationFactory(sozialraum=own)
    # Another association of the own Sozialraum: the coordinator's to edit, not the actor's.
    neighbours = OrganisationFactory(sozialraum=own)
    mine_before = entry_state(mine)
    client.force_login(account)
    for other in others(own_slug):
        german = OrganisationFactory(sozialraum=other)
        translated = german.copy_for_translation(english)
        translated.save()
        entries = [german, translated]
        before = {e.pk: entry_state(e) for e in entries}

        for entry in entries:
            assert_object_views_refused(client, entry_url, entry.pk, forged_entry_post(entry))
        # Forged Sozialraum: a new entry in B, or the own entry moved over to B.
        response = client.post(entry_url("add"), organisation_form(other, name=TAKEN))
        assert_refused_or_invalid(response, "sozialraum")
        moved = forged_entry_post(mine, sozialraum=other.pk, name=mine.name)
        assert_refused_or_invalid(client.post(entry_url("edit", mine.pk), moved), "sozialraum")
        assert {e.pk: entry_state(e) for e in entries} == before

    assert not Organisation.objects.filter(name=TAKEN).exists()
    assert entry_state(mine) == mine_before
    response = client.get(entry_url("list"))
    assert response.status_code == 200
    listed = list(response.context["paginator"].object_list)
    assert mine in listed
    assert (neighbours in listed) == (role == "koordination")
    assert {e.sozialraum_id for e in listed} == {own.pk}
    if role == "akteur":
        assert all(e.translation_key == mine.translation_key or e.owner_id == account.pk for e in listed)


# -- moderation ---------------------------------------------------------------------------------


def in_moderation(sozialraum):
    """What the Sozialraum's actor sent to moderation: a German and an English event, and their entry."""
    actor = actor_with_entry(sozialraum)
    calendar = calendar_of(sozialraum)
    pages = [
        draft_event(calendar, actor, "Fest im Veedel"),
        draft_event(calendar.get_translation(locale("en")), actor, "Street party"),
    ]
    for page in pages:
        page.get_workflow().start(page, actor)
    entry = actor.actor_profile.organisation
    entry.name = f"{entry.name} (neu)"
    entry.save_revision(user=actor)
    entry.get_workflow().start(entry, actor)
    for obj in (*pages, entry):
        obj.refresh_from_db()
        # The English page too: the workflow is set on every translated root.
        assert obj.current_workflow_state.workflow == sozialraum.workflow
    return pages, entry


def workflow_urls(pages, entry, action):
    urls = [page_url("workflow_action", p.pk, action, p.current_workflow_task_state.pk) for p in pages]
    return [*urls, entry_url("workflow_action", entry.pk, action, entry.current_workflow_task_state.pk)]


def assert_still_waiting(pages, entry, live_name):
    for obj in (*pages, entry):
        obj.refresh_from_db()
        assert obj.workflow_in_progress
        assert obj.current_workflow_task_state.status == TaskState.STATUS_IN_PROGRESS
    assert not any(page.live for page in pages)
    assert entry.name == live_name


def try_to_moderate(client, pages, entry, live_name):
    """Approve everything and reject everything."""
    for url in [*workflow_urls(pages, entry, "approve"), *workflow_urls(pages, entry, "reject")]:
        assert_refused(client.post(url, {"comment": "Von außen entschieden"}))
    assert_still_waiting(pages, entry, live_name)


@pytest.mark.parametrize("slug", TEST_SOZIALRAEUME)
def test_only_the_own_coordinators_moderate(client, slug):
    """Parametrized over the Sozialraum moderated, so its drafts are made once for all outsiders."""
    sozialraum = Sozialraum.objects.get(slug=slug)
    pages, entry = in_moderation(sozialraum)
    live_name = Organisation.objects.get(pk=entry.pk).name
    for outsider in [user(other.slug, role) for other in others(slug) for role in ROLES]:
        client.force_login(outsider)
        try_to_moderate(client, pages, entry, live_name)
        for url in workflow_urls(pages, entry, "approve"):
            assert_refused(client.get(url))
        for page in pages:
            task_id = page.current_workflow_task_state.task_id
            assert_refused(client.get(page_url("workflow_preview", page.pk, task_id)))
    # The Sozialraum's own actor is refused too: actors never approve, not even their own work.
    client.force_login(user(slug, "akteur"))
    try_to_moderate(client, pages, entry, live_name)
    # Its coordinators can: the refusals above were not a broken URL or a finished task.
    client.force_login(user(slug, "koordination"))
    for url in workflow_urls(pages, entry, "approve"):
        assert client.post(url, {"comment": ""}).status_code == 302
    for obj in (*pages, entry):
        obj.refresh_from_db()
        assert obj.live and not obj.workflow_in_progress
    assert entry.name == f"{live_name} (neu)"


REPORTS = ["workflow", "workflow_tasks", "site_history"]


@pytest.mark.parametrize("role", ROLES)
def test_portal_wide_reports_show_no_other_sozialraum(client, role):
    """Wagtail's workflow and history reports know only model-wide snippet permissions (issue 3030).

    They would list other Sozialräume' entries in moderation, with the draft's name and the sender.
    """
    secrets = []
    for slug in ("porz-ost", "chorweiler"):
        _pages, entry = in_moderation(Sozialraum.objects.get(slug=slug))
        secrets += [entry.latest_revision.object_str, user(slug, "akteur").get_full_name()]
    client.force_login(user("kalk", role))
    for name in REPORTS:
        for url in (reverse(f"wagtailadmin_reports:{name}"), reverse(f"wagtailadmin_reports:{name}_results")):
            response = client.get(url)
            if response.status_code != 200:
                assert_refused(response)
                continue
            html = response.content.decode()
            assert not [secret for secret in secrets if secret in html], url


def translation_of(entry, language):
    """A translation as wagtail-localize makes it when the Portal-Redaktion has an entry translated."""
    source, _created = TranslationSource.get_or_create_from_instance(entry)
    translation = Translation.objects.create(source=source, target_locale=language)
    translation.save_target(publish=True)
    return translation


def put_string(client, translation, segment, value):
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    return client.put(url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded")


@pytest.mark.parametrize("role", ROLES)
def test_translations_of_other_sozialraeume_are_refused(client, porz_ost, role):
    entry = OrganisationFactory(sozialraum=porz_ost)
    translation = translation_of(entry, locale("en"))
    segment = StringSegment.objects.filter(source=translation.source).order_by("order").first()
    po = translation.export_po()
    for item in po:
        item.msgstr = TAKEN
    upload = SimpleUploadedFile("uebersetzung.po", str(po).encode(), content_type="text/plain")

    client.force_login(user("kalk", role))
    assert_refused(put_string(client, translation, segment, TAKEN))
    assert_refused(client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk])))
    upload_url = reverse("wagtail_localize:upload_pofile", args=[translation.pk])
    assert_refused(client.post(upload_url, {"file": upload}))
    assert_refused(client.post(reverse("wagtail_localize:stop_translation", args=[translation.pk])))
    translation.refresh_from_db()
    assert translation.enabled
    assert not StringTranslation.objects.filter(data=TAKEN).exists()

    # Porz-Ost's coordinators may: the refusals were not a broken request.
    client.force_login(user("porz-ost", "koordination"))
    assert put_string(client, translation, segment, "Eigene Übersetzung").status_code in (200, 201)
