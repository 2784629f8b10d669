"""What an actor sees in the admin: "Meine Inhalte", a calmer menu, and their own directory entries."""

import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Page, WorkflowState

from home.demo.builder import deferred_indexing
from mitmachen.dashboard import panels_for
from snippets.models import Organisation
from tests.admin_forms import organisation_form
from tests.conftest import section
from tests.factories import EventPageFactory, NewsPageFactory, OrganisationFactory
from veedel.models import EventIndexPage, NewsIndexPage

pytestmark = pytest.mark.django_db

HIDDEN_FOR_ACTORS = {"reports", "settings", "help"}


def user(username):
    return get_user_model().objects.get(username=username)


def entry_url(name, *args):
    return reverse(Organisation.snippet_viewset.get_url_name(name), args=args)


def draft_event(owner, title, sozialraum):
    return EventPageFactory(
        parent=section(sozialraum, EventIndexPage), title=title, owner=owner, live=False, aliases=False
    )


def draft_news(owner, title, sozialraum):
    return NewsPageFactory(
        parent=section(sozialraum, NewsIndexPage), title=title, owner=owner, live=False, aliases=False
    )


@pytest.fixture
def actor(kalk):
    """Kalk's actor account, who speaks for an association of Kalk and may keep its entry up to date."""
    account = user("kalk-akteur")
    profile = account.actor_profile
    profile.organisation = OrganisationFactory(sozialraum=kalk, kind="verein")
    profile.save()
    return account


def my_content(client):
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    start = html.find('id="meine-inhalte-section"')
    assert start != -1, "no “Meine Inhalte” panel"
    return html[start : html.find("</section>", start)]


def group_of(panel, key):
    """The list under one heading of the panel, e.g. "entwurf", as text."""
    match = re.search(rf'id="meine-inhalte-{key}".*?</ul>', panel, re.S)
    return re.sub(r"\s+", " ", match.group(0)) if match else ""


def menu_names(client):
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    props = json.loads(re.search(r'id="wagtail-sidebar-props"[^>]*>(.*?)</script>', html, re.S).group(1))
    return set(re.findall(r'"name": "([^"]+)"', json.dumps(props)))


def test_the_dashboard_lists_the_actors_own_drafts_with_their_state(client, kalk, actor):
    event = draft_event(actor, "Flohmarkt im Hinterhof", kalk)
    news = draft_news(actor, "Neuer Treffpunkt für Eltern", kalk)
    someone_elses = draft_event(user("kalk-koordination"), "Planung der Koordination", kalk)
    client.force_login(actor)
    panel = my_content(client)
    drafts = group_of(panel, "entwurf")
    assert "Entwürfe" in drafts
    assert "Flohmarkt im Hinterhof" in drafts and "Veranstaltung" in drafts
    assert "Neuer Treffpunkt für Eltern" in drafts
    assert reverse("wagtailadmin_pages:edit", args=[event.pk]) in drafts
    assert reverse("wagtailadmin_pages:edit", args=[news.pk]) in drafts
    assert someone_elses.title not in panel
    # Their organisation's live entry is theirs to keep up to date.
    organisation = actor.actor_profile.organisation
    published = group_of(panel, "veroeffentlicht")
    assert organisation.name in published and entry_url("edit", organisation.pk) in published

    kalk.workflow.start(event, actor)
    panel = my_content(client)
    assert "Flohmarkt im Hinterhof" in group_of(panel, "freigabe")
    assert "Flohmarkt im Hinterhof" not in group_of(panel, "entwurf")


def test_an_event_sent_back_shows_the_coordinators_comment(client, kalk):
    actor = user("kalk-akteur")
    event = draft_event(actor, "Nachbarschaftsfest", kalk)
    state = kalk.workflow.start(event, actor)
    state.current_task_state.reject(user=user("kalk-koordination"), comment="Bitte die Uhrzeit ergänzen.")
    event.refresh_from_db()
    assert event.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    client.force_login(actor)
    sent_back = group_of(my_content(client), "zurueckgeschickt")
    assert "Zurückgeschickt" in sent_back and "Nachbarschaftsfest" in sent_back
    assert "Bitte die Uhrzeit ergänzen." in sent_back
    assert reverse("wagtailadmin_pages:edit", args=[event.pk]) in sent_back


def test_the_buttons_lead_to_the_own_calendar_news_and_entry(client, kalk, actor):
    client.force_login(actor)
    panel = my_content(client)
    assert "Neue Veranstaltung" in panel and "Neue Meldung" in panel and "Unseren Eintrag bearbeiten" in panel
    event_add = reverse(
        "wagtailadmin_pages:add", args=["veedel", "eventpage", section(kalk, EventIndexPage).pk]
    )
    news_add = reverse("wagtailadmin_pages:add", args=["veedel", "newspage", section(kalk, NewsIndexPage).pk])
    entry_edit = entry_url("edit", actor.actor_profile.organisation_id)
    for url in (event_add, news_add, entry_edit):
        assert f'href="{url}"' in panel
        assert client.get(url).status_code == 200, url
    assert section(kalk, EventIndexPage).slug == "veranstaltungen"

    # Without an organisation there is no entry to edit.
    actor.actor_profile.organisation = None
    actor.actor_profile.save()
    panel = my_content(client)
    assert "Unseren Eintrag bearbeiten" not in panel and "Neue Veranstaltung" in panel


def test_coordinators_and_editors_get_no_actor_panel(client):
    for username in ("kalk-koordination", "redaktion", "admin"):
        client.force_login(user(username))
        html = client.get(reverse("wagtailadmin_home")).content.decode()
        assert 'id="meine-inhalte-section"' not in html, username


def test_the_menu_is_calmer_for_actors_only(client):
    client.force_login(user("kalk-akteur"))
    names = menu_names(client)
    assert {"explorer", "images", "documents", "adressverzeichnis"} <= names
    assert not names & HIDDEN_FOR_ACTORS
    assert "akteure" not in names
    for username in ("kalk-koordination", "redaktion"):
        client.force_login(user(username))
        names = menu_names(client)
        assert HIDDEN_FOR_ACTORS <= names, username
        assert {"explorer", "images", "documents", "adressverzeichnis", "akteure"} <= names


def test_an_actor_edits_their_own_entry_as_a_draft_but_not_anothers(client, kalk, actor):
    own = actor.actor_profile.organisation
    other = OrganisationFactory(sozialraum=kalk)
    own_name, other_name = own.name, other.name
    own_revisions, other_revisions = own.revisions.count(), other.revisions.count()
    client.force_login(actor)

    assert client.get(entry_url("edit", own.pk)).status_code == 200
    response = client.post(
        entry_url("edit", own.pk), organisation_form(kalk, name="Bürgerverein Kalk, neu", slug=own.slug)
    )
    assert response.status_code == 302
    own.refresh_from_db()
    assert own.revisions.count() == own_revisions + 1
    assert own.latest_revision.as_object().name == "Bürgerverein Kalk, neu"
    assert own.live and own.name == own_name, "the live entry stays as it was until it is approved"

    # Publishing is the coordinators' job.
    response = client.post(
        entry_url("edit", own.pk),
        organisation_form(kalk, name="Selbst veröffentlicht", slug=own.slug, **{"action-publish": "1"}),
    )
    own.refresh_from_db()
    assert own.name == own_name

    response = client.get(entry_url("edit", other.pk))
    assert response.status_code in (302, 403)
    response = client.post(
        entry_url("edit", other.pk),
        organisation_form(kalk, name="Übernommen", slug=other.slug, **{"action-publish": "1"}),
    )
    assert response.status_code in (302, 403)
    other.refresh_from_db()
    assert other.name == other_name and other.revisions.count() == other_revisions
    assert not Organisation.objects.filter(name="Übernommen").exists()


def test_an_actors_new_entry_is_theirs_and_goes_to_the_own_coordinators(client, kalk):
    actor = user("kalk-akteur")
    client.force_login(actor)
    form = client.get(entry_url("add")).content.decode()
    assert 'name="action-submit"' in form and "Zur Freigabe einreichen" in form
    assert 'name="action-publish"' not in form
    assert f'name="sozialraum" value="{kalk.pk}"' in form

    response = client.post(entry_url("add"), organisation_form(kalk, **{"action-submit": "1"}))
    assert response.status_code == 302
    entry = Organisation.objects.get(name="Nachbarschaftstreff Test")
    assert entry.owner == actor and not entry.live
    state = entry.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow == kalk.workflow and state.requested_by == actor
    assert list(state.current_task_state.task.specific.groups.all()) == [kalk.coordinators_group]

    # Wagtail tells the reviewers (the Kalk coordination) of the new entry.
    recipients = {address for message in mail.outbox for address in message.to}
    assert "kalk-koordination@sozialraumkoordination.example" in recipients
    assert not any("porz-ost" in address for address in recipients)
    assert any("Nachbarschaftstreff Test" in message.subject for message in mail.outbox)

    panel = my_content(client)
    assert "Nachbarschaftstreff Test" in group_of(panel, "freigabe")


def test_a_forged_sozialraum_on_create_starts_no_foreign_workflow(client, kalk, porz_ost):
    states_before = WorkflowState.objects.filter(workflow=porz_ost.workflow).count()
    client.force_login(user("kalk-akteur"))
    response = client.post(
        entry_url("add"), organisation_form(porz_ost, name="Eingeschleust", **{"action-submit": "1"})
    )
    assert response.status_code in (200, 400)
    assert "sozialraum" in response.context["form"].errors
    assert not Organisation.objects.filter(name="Eingeschleust").exists()
    assert WorkflowState.objects.filter(workflow=porz_ost.workflow).count() == states_before
    assert mail.outbox == []


def test_a_coordinators_new_entry_belongs_to_them_and_may_be_published(client, kalk):
    coordinator = user("kalk-koordination")
    client.force_login(coordinator)
    response = client.post(entry_url("add"), organisation_form(kalk, **{"action-publish": "1"}))
    assert response.status_code == 302
    entry = Organisation.objects.get(name="Nachbarschaftstreff Test")
    assert entry.owner == coordinator and entry.live


def test_resubmitting_after_a_move_goes_to_the_new_sozialraeume_coordinators(client, kalk, porz_ost):
    """An entry moved to another Sozialraum is reviewed by that Sozialraum's coordinators, from the start."""
    editor = user("redaktion")
    entry = OrganisationFactory(name="Umzugshilfe Test", sozialraum=kalk, live=False)
    entry.save_revision(user=editor)
    state = kalk.workflow.start(entry, editor)
    state.current_task_state.reject(user=user("kalk-koordination"), comment="Gehört nach Porz.")
    client.force_login(editor)
    response = client.post(
        entry_url("edit", entry.pk),
        organisation_form(porz_ost, name="Umzugshilfe Test", slug=entry.slug, **{"action-submit": "1"}),
    )
    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.current_workflow_state.workflow == porz_ost.workflow
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_CANCELLED


# The panel reads neither the search nor the reference index, and indexing would cost most of the time.
@deferred_indexing()
def fill(actor, kalk, numbers):
    """One of each per number: draft event, submitted event, sent-back event, own entry."""
    coordinator = user("kalk-koordination")
    for number in numbers:
        draft_event(actor, f"Entwurf {number}", kalk)
        submitted = draft_event(actor, f"Eingereicht {number}", kalk)
        kalk.workflow.start(submitted, actor)
        sent_back = draft_event(actor, f"Zurück {number}", kalk)
        kalk.workflow.start(sent_back, actor).current_task_state.reject(
            user=coordinator, comment="Bitte prüfen"
        )
        entry = OrganisationFactory(
            name=f"Eigener Eintrag {number}", sozialraum=kalk, owner=actor, live=False
        )
        entry.save_revision(user=actor)


def panel_queries():
    """The panel alone, rendered for a fresh user object (roles are cached per request user)."""
    with CaptureQueriesContext(connection) as queries:
        for panel in panels_for(user("kalk-akteur")):
            panel.render_html({})
    return len(queries)


def test_the_actor_dashboard_costs_the_same_with_ten_times_more_content(
    client, kalk, actor, django_assert_max_num_queries
):
    client.force_login(actor)
    fill(actor, kalk, range(2))
    client.get(reverse("wagtailadmin_home"))  # warms the caches a first request fills
    with django_assert_max_num_queries(80) as small:
        assert client.get(reverse("wagtailadmin_home")).status_code == 200
    alone = panel_queries()
    fill(actor, kalk, range(2, 27))  # 27 of each: more than a group shows
    with django_assert_max_num_queries(len(small.captured_queries) + 3):
        response = client.get(reverse("wagtailadmin_home"))
    assert panel_queries() == alone
    panel = response.content.decode()
    drafts = group_of(panel[panel.find('id="meine-inhalte-section"') :], "entwurf")
    assert drafts.count("<li>") == 20
    assert "20 von 54 angezeigt" in panel  # 27 events and 27 entries
    assert Page.objects.filter(owner=actor, title__startswith="Entwurf").count() == 27
