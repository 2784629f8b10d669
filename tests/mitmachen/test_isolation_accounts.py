"""The isolation matrix for accounts: nobody manages another Sozialraum's actors.

Inside one Sozialraum, an actor is refused on another actor's draft event and entry.

See test_isolation.py for the whole matrix.
"""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import NoReverseMatch, reverse

from snippets.models import ActorProfile
from tests.admin_forms import event_form, organisation_form
from tests.conftest import TEST_SOZIALRAEUME
from tests.factories import OrganisationFactory, UserFactory
from tests.mitmachen.isolation import (
    TAKEN,
    actor_with_entry,
    assert_refused,
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
from veedel.models import EventPage

pytestmark = pytest.mark.django_db


# -- user accounts ------------------------------------------------------------------------------


def actors_url(name, *args):
    return reverse(f"mitmachen_actors:{name}", args=args)


def actor_admin_is_there():
    try:
        actors_url("deactivate", 1)
    except NoReverseMatch:
        return False
    return True


def invitation_into(other):
    return {
        "einladung-first_name": "Fremde",
        "einladung-last_name": "Einladung",
        "einladung-email": f"eingeschleust-{other.slug}@example.org",
        "einladung-organisation": str(user(other.slug, "akteur").actor_profile.organisation_id),
        "einladung-sozialraum": str(other.pk),
    }


def assert_invitation_refused(response):
    if response.status_code == 400:
        errors = response.context["form"].errors
        assert "organisation" in errors or "sozialraum" in errors, errors
    else:
        assert_refused(response)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("own_slug", TEST_SOZIALRAEUME)
def test_accounts_of_other_sozialraeume_are_refused(client, own_slug, role):
    if not actor_admin_is_there():
        pytest.fail("The actor admin (mitmachen/admin_accounts.py) has no URLs yet.")
    account = user(own_slug, role)
    client.force_login(account)
    users = get_user_model().objects
    count = users.count()
    assert_refused(client.get(reverse("wagtailusers_users:index")))
    assert_refused(client.get(reverse("wagtailusers_groups:index")))
    for other in others(own_slug):
        # B's actor speaks for an entry of B, which a forged invitation names.
        actor = actor_with_entry(other)
        coordinator = user(other.slug, "koordination")
        # Not activated yet, so that a new invitation would be possible for B's own coordinators.
        actor.set_unusable_password()
        actor.save()
        password = actor.password

        forged = {"username": actor.username, "email": "uebernommen@example.org", "is_active": ""}
        assert_refused(client.post(reverse("wagtailusers_users:edit", args=[actor.pk]), forged))
        assert_refused(client.post(actors_url("deactivate", actor.pk)))
        assert_refused(client.post(actors_url("resend", actor.pk)))
        assert_invitation_refused(client.post(actors_url("invite"), invitation_into(other)))
        assert_refused(client.get(reverse("wagtailusers_users:edit", args=[actor.pk])))
        assert_refused(client.post(reverse("wagtailusers_users:delete", args=[actor.pk])))
        assert_refused(client.get(reverse("wagtailusers_groups:edit", args=[other.actors_group_id])))
        assert_refused(client.post(actors_url("deactivate", coordinator.pk)))
        assert_invitation_refused(client.post(actors_url("index"), invitation_into(other)))
        users.filter(pk=actor.pk).update(is_active=False)
        assert_refused(client.post(actors_url("reactivate", actor.pk)))
        assert not users.get(pk=actor.pk).is_active
        users.filter(pk=actor.pk).update(is_active=True)

        actor.refresh_from_db()
        assert actor.is_active and actor.email == f"{actor.username}@sozialraumkoordination.example"
        assert actor.password == password
        assert users.get(pk=coordinator.pk).is_active
    assert users.count() == count
    assert not ActorProfile.objects.filter(invited_by=account).exists()
    assert mail.outbox == []


# -- two actors of one Sozialraum --------------------------------------------------------------


@pytest.fixture
def second_actor(kalk):
    """Another actor in Kalk, speaking for another association than Kalk's first actor."""
    account = UserFactory(groups=[kalk.actors_group])
    ActorProfile.objects.create(
        user=account, sozialraum=kalk, organisation=OrganisationFactory(sozialraum=kalk)
    )
    return account


def test_an_actor_is_refused_on_another_actors_work(client, kalk, second_actor):
    first = actor_with_entry(kalk)
    calendar = calendar_of(kalk)
    event = draft_event(calendar, first, "Flohmarkt im Hof")
    organisation = first.actor_profile.organisation
    created = OrganisationFactory(sozialraum=kalk, owner=first, live=False)
    translation = organisation.copy_for_translation(locale("en"))
    translation.save()
    entries = [organisation, translation, created]
    event_before = page_state(event)
    entries_before = {e.pk: entry_state(e) for e in entries}

    client.force_login(second_actor)
    assert_refused(client.get(page_url("edit", event.pk)))
    for action in ("action-submit", "action-publish"):
        form = {**event_form(title=TAKEN, slug=event.slug), action: "1"}
        assert_refused(client.post(page_url("edit", event.pk), form))
    assert_refused(client.post(page_url("delete", event.pk)))
    assert_refused(client.get(page_url("view_draft", event.pk)))
    assert_refused(client.get(page_url("history", event.pk)))
    for entry in entries:
        assert_refused(client.get(entry_url("edit", entry.pk)))
        for action in ("action-submit", "action-publish"):
            form = organisation_form(name=TAKEN, slug=entry.slug, **{action: "1"})
            assert_refused(client.post(entry_url("edit", entry.pk), form))
        assert_refused(client.post(entry_url("delete", entry.pk)))
        assert_refused(client.get(entry_url("history", entry.pk)))
    listed = list(client.get(entry_url("list")).context["paginator"].object_list)
    assert second_actor.actor_profile.organisation in listed
    assert not set(entries) & set(listed)

    assert page_state(event) == event_before
    assert event.current_workflow_state is None
    assert {e.pk: entry_state(e) for e in entries} == entries_before
    assert not any(e.workflow_in_progress for e in entries)

    # The first actor keeps their own work, in every language of their entry.
    client.force_login(first)
    assert client.get(page_url("edit", event.pk)).status_code == 200
    for entry in entries:
        assert client.get(entry_url("edit", entry.pk)).status_code == 200


def test_an_actor_cannot_copy_another_actors_draft(client, kalk, second_actor):
    """Drafts are not public: a copy would hand another actor the text and make it theirs to edit."""
    first = user("kalk", "akteur")
    calendar = calendar_of(kalk)
    event = draft_event(calendar, first, "Geheimer Entwurf")
    client.force_login(second_actor)
    copy = {"new_title": "Abgeschrieben", "new_slug": "abgeschrieben", "new_parent_page": str(calendar.pk)}
    assert_refused(client.get(page_url("copy", event.pk)))
    assert_refused(client.post(page_url("copy", event.pk), copy))
    assert not EventPage.objects.filter(slug="abgeschrieben").exists()
