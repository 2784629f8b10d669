"""Moderation mails: Wagtail's workflow notifications reach the right people, in German.

An actor's submission goes to the coordinators of their Sozialraum and no
one else; the approval and the sending back (with the comment) go to the
actor. The same for pages and for directory entries (snippet workflow).
The settings send them to the console in development and through the SMTP
server from the environment in production.
"""

import runpy

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse
from wagtail.users.models import UserProfile

from snippets.models import Organisation
from tests.admin_forms import event_form, organisation_form
from tests.conftest import section
from tests.factories import UserFactory
from veedel.models import EventIndexPage, EventPage

pytestmark = pytest.mark.django_db

COMMENT = "Bitte Uhrzeit ergänzen"
ADMIN = f"{settings.WAGTAILADMIN_BASE_URL}/admin"


def user(username):
    return get_user_model().objects.get(username=username)


def recipients():
    return sorted(address for message in mail.outbox for address in message.to)


def mails_to(account):
    return [message for message in mail.outbox if account.email in message.to]


@pytest.fixture
def coordinators(kalk):
    """Kalk's coordinator account, a second one, and one without an address (who cannot get mail)."""
    group = kalk.coordinators_group
    second = UserFactory(username="kalk-koordination-2", groups=[group])
    UserFactory(username="kalk-koordination-ohne-mail", email="", groups=[group])
    return [user("kalk-koordination"), second]


def submit_event(client, kalk, **headers):
    client.force_login(user("kalk-akteur"))
    calendar = section(kalk, EventIndexPage)
    url = reverse("wagtailadmin_pages:add", args=["veedel", "eventpage", calendar.pk])
    response = client.post(url, {**event_form(), "action-submit": "1"}, **headers)
    assert response.status_code == 302
    page = EventPage.objects.get(slug="nachbarschaftstreff", locale__language_code="de")
    assert page.workflow_in_progress and not page.live
    return page


def entry_url(name, *args):
    return reverse(Organisation.snippet_viewset.get_url_name(name), args=args)


def submit_entry(client, kalk):
    client.force_login(user("kalk-akteur"))
    response = client.post(entry_url("add"), organisation_form(kalk, **{"action-submit": "1"}))
    assert response.status_code == 302
    entry = Organisation.objects.get(name="Nachbarschaftstreff Test")
    assert entry.workflow_in_progress and not entry.live
    return entry


def decide(client, obj, action, comment=""):
    client.force_login(user("kalk-koordination"))
    task_state = obj.current_workflow_task_state
    if isinstance(obj, Organisation):
        url = entry_url("workflow_action", obj.pk, action, task_state.pk)
    else:
        url = reverse("wagtailadmin_pages:workflow_action", args=[obj.pk, action, task_state.pk])
    mail.outbox.clear()
    assert client.post(url, {"comment": comment}).status_code == 302
    obj.refresh_from_db()


def test_a_submitted_event_goes_to_the_own_coordinators(client, kalk, coordinators):
    page = submit_event(client, kalk)
    assert recipients() == sorted(coordinator.email for coordinator in coordinators)
    (message,) = mails_to(coordinators[0])
    assert message.subject == (
        "Die Seite „Nachbarschaftstreff“ wurde zur Freigabe in Moderationsphase "
        f"„Prüfung durch Koordination {kalk.name}“ eingereicht."
    )
    assert message.from_email == settings.WAGTAILADMIN_NOTIFICATION_FROM_EMAIL
    assert message.body.startswith("Hallo Koordination,")
    assert f"{ADMIN}/pages/{page.pk}/edit/" in message.body
    # No one else: not another Sozialraum's coordinators, not the actor, not the superuser.
    others = ["porz-ost-koordination", "chorweiler-koordination", "kalk-akteur", "admin", "redaktion"]
    assert not set(recipients()) & {user(name).email for name in others}


def test_an_approved_event_is_mailed_to_the_actor(client, kalk, coordinators):
    page = submit_event(client, kalk)
    decide(client, page, "approve")
    assert page.live
    assert recipients() == [user("kalk-akteur").email]
    message = mail.outbox[0]
    assert message.subject == f"Die Seite „Nachbarschaftstreff“ wurde in „Freigabe {kalk.name}“ freigegeben."
    assert "http://kalk.localhost/veranstaltungen/nachbarschaftstreff/" in message.body


def test_a_sent_back_event_mails_the_comment_to_the_actor(client, kalk, coordinators):
    page = submit_event(client, kalk)
    decide(client, page, "reject", COMMENT)
    assert not page.live and not page.workflow_in_progress
    assert recipients() == [user("kalk-akteur").email]
    message = mail.outbox[0]
    assert (
        message.subject == f'Die Seite "Nachbarschaftstreff" wurde während "Freigabe {kalk.name}" abgelehnt.'
    )
    assert f'Folgender Kommentar wurde hinterlassen: "{COMMENT}"' in message.body
    assert f"{ADMIN}/pages/{page.pk}/edit/" in message.body


def test_a_directory_entry_goes_the_same_way(client, kalk, coordinators):
    entry = submit_entry(client, kalk)
    assert recipients() == sorted(coordinator.email for coordinator in coordinators)
    assert mail.outbox[0].subject == (
        'Adresse "Nachbarschaftstreff Test" wurde zur Freigabe in Moderationsphase '
        f'"Prüfung durch Koordination {kalk.name}" eingereicht.'
    )
    assert f"{settings.WAGTAILADMIN_BASE_URL}{entry_url('edit', entry.pk)}" in mail.outbox[0].body

    decide(client, entry, "reject", COMMENT)
    assert not entry.live
    assert recipients() == [user("kalk-akteur").email]
    assert mail.outbox[0].subject.endswith("abgelehnt.")
    assert f'Folgender Kommentar wurde hinterlassen: "{COMMENT}"' in mail.outbox[0].body

    client.force_login(user("kalk-akteur"))
    client.post(entry_url("edit", entry.pk), organisation_form(kalk, **{"action-submit": "1"}))
    entry.refresh_from_db()
    assert entry.workflow_in_progress
    decide(client, entry, "approve")
    assert entry.live
    assert recipients() == [user("kalk-akteur").email]
    assert (
        mail.outbox[0].subject
        == f'Adresse "Nachbarschaftstreff Test" wurde in "Freigabe {kalk.name}" freigegeben.'
    )


def test_another_sozialraum_hears_nothing(client, kalk, porz_ost, coordinators):
    watchers = list(get_user_model().objects.filter(groups=porz_ost.coordinators_group))
    assert watchers
    submit_event(client, kalk)
    submit_entry(client, kalk)
    assert len(mail.outbox) == 2 * len(coordinators)
    assert not any(mails_to(watcher) for watcher in watchers)


def prefer(account, language):
    profile = UserProfile.get_for_user(account)
    profile.preferred_language = language
    profile.save()


def test_mails_are_german_whatever_language_the_actor_uses(client, kalk, coordinators):
    """An actor reads the admin in English; coordinators who chose no language still get German."""
    prefer(user("kalk-akteur"), "en")
    submit_event(client, kalk, HTTP_ACCEPT_LANGUAGE="en")
    assert len(mail.outbox) == len(coordinators)
    for message in mail.outbox:
        assert "eingereicht" in message.subject, message.subject


def test_the_actor_gets_german_whatever_language_the_coordinator_uses(client, kalk, coordinators):
    prefer(user("kalk-koordination"), "en")
    page = submit_event(client, kalk)
    decide(client, page, "reject", COMMENT)
    (message,) = mail.outbox
    assert "abgelehnt" in message.subject, message.subject


def test_a_coordinator_who_chose_english_gets_english(client, kalk, coordinators):
    """Wagtail writes in the recipient's admin language: the choice is theirs, in their account."""
    prefer(coordinators[1], "en")
    submit_event(client, kalk)
    (english,) = mails_to(coordinators[1])
    (german,) = mails_to(coordinators[0])
    assert "has been submitted for approval" in english.subject
    assert "eingereicht" in german.subject


def test_development_prints_mails_to_the_console(monkeypatch):
    monkeypatch.delenv("EMAIL_BACKEND", raising=False)
    # cms.settings.dev is not imported in tests, so this runs it without touching the test settings.
    dev = runpy.run_module("cms.settings.dev")
    assert dev["EMAIL_BACKEND"] == "django.core.mail.backends.console.EmailBackend"


def test_production_sends_through_the_smtp_server_from_the_environment(monkeypatch):
    environment = {
        "EMAIL_HOST": "smtp.stadt.example",
        "EMAIL_PORT": "587",
        "EMAIL_HOST_USER": "portal",
        "EMAIL_HOST_PASSWORD": "nur-ein-test",
        "EMAIL_USE_TLS": "true",
        "DEFAULT_FROM_EMAIL": "sozialraum@stadt.example",
    }
    monkeypatch.delenv("EMAIL_BACKEND", raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    # A fresh run of the file: the settings of this test process stay as they are.
    base = runpy.run_module("cms.settings.base")  # a fresh run, with the environment of the test
    assert base["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    assert base["EMAIL_HOST"] == "smtp.stadt.example"
    assert base["EMAIL_PORT"] == 587 and base["EMAIL_USE_TLS"] is True
    assert (base["EMAIL_HOST_USER"], base["EMAIL_HOST_PASSWORD"]) == ("portal", "nur-ein-test")
    assert base["WAGTAILADMIN_NOTIFICATION_FROM_EMAIL"] == "sozialraum@stadt.example"
    assert base["WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS"] is False


def test_a_title_with_line_breaks_cannot_break_the_mail_headers(client, kalk, coordinators):
    """A forged admin POST with line breaks in a title: the mail still goes out, its subject one line."""
    client.force_login(user("kalk-akteur"))
    calendar = section(kalk, EventIndexPage)
    url = reverse("wagtailadmin_pages:add", args=["veedel", "eventpage", calendar.pk])
    title = "Nachbarschafts-\r\ntreff\nBcc: alle@example.org"
    response = client.post(url, {**event_form(title=title), "action-submit": "1"})
    assert response.status_code == 302
    page = EventPage.objects.get(slug="nachbarschaftstreff", locale__language_code="de")
    assert page.title == "Nachbarschafts- treff Bcc: alle@example.org"
    (message,) = mails_to(coordinators[0])
    assert "„Nachbarschafts- treff Bcc: alle@example.org“" in message.subject
    assert "\n" not in message.subject and "\r" not in message.subject
    assert message.message()["Subject"]  # Django builds the header without a BadHeaderError
    assert message.bcc == []

    mail.outbox.clear()
    response = client.post(
        entry_url("add"),
        organisation_form(kalk, name="Treff\r\nBcc: x@example.org", **{"action-submit": "1"}),
    )
    assert response.status_code == 302
    entry = Organisation.objects.get(name="Treff Bcc: x@example.org")
    assert entry.workflow_in_progress
    assert '"Treff Bcc: x@example.org"' in mails_to(coordinators[0])[0].subject
