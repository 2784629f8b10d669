"""Inviting actors: the account, the one-time link, and who may switch accounts off and on."""

import datetime
import re
from unittest import mock

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from mitmachen.invitations import InvitationTokenGenerator, invitation_path
from snippets.models import ActorProfile
from tests.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "Rheinufer-Kalk-2026"
LINK = re.compile(r"http://localhost/einladung/[^/\s]+/[^/\s]+/")


def user(username):
    return get_user_model().objects.get(username=username)


def actors_url(name, *args):
    return reverse(f"mitmachen_actors:{name}", args=args)


def invitation(**fields):
    data = {
        "first_name": "Ayşe",
        "last_name": "Yılmaz",
        "email": "Ayse.Yilmaz@Example.org",
        "organisation": "",
    }
    data.update(fields)
    return {f"einladung-{name}": value for name, value in data.items()}


def invite(client, coordinator="kalk-koordination", **fields):
    client.force_login(user(coordinator))
    return client.post(actors_url("invite"), invitation(**fields))


def link_path(message):
    return LINK.search(message.body).group(0).removeprefix("http://localhost")


def log_in(client, username, password):
    """True if the admin's login form lets `username` in (through django-axes, as a browser would)."""
    response = client.post(reverse("wagtailadmin_login"), {"username": username, "password": password})
    return response.status_code == 302


def set_password(client, path, password=NEW_PASSWORD):
    return client.post(path, {"new_password1": password, "new_password2": password})


def invited_actor(kalk):
    """A Kalk actor who has been invited and has not set a password yet."""
    account = UserFactory(username="neu@example.org", email="neu@example.org", groups=[kalk.actors_group])
    account.set_unusable_password()
    account.save()
    ActorProfile.objects.create(user=account, sozialraum=kalk, invited_by=user("kalk-koordination"))
    return account


def test_a_coordinator_invites_an_actor_who_sets_a_password_and_logs_in(client, kalk):
    organisation = OrganisationFactory(sozialraum=kalk)
    response = invite(client, organisation=organisation.pk)
    assert response.status_code == 302 and response["Location"] == actors_url("index")

    account = user("ayse.yilmaz@example.org")
    assert account.email == "ayse.yilmaz@example.org"
    assert (account.first_name, account.last_name) == ("Ayşe", "Yılmaz")
    assert account.is_active and not account.is_superuser and not account.is_staff
    assert not account.has_usable_password()
    assert list(account.groups.all()) == [kalk.actors_group]
    profile = account.actor_profile
    assert profile.sozialraum == kalk and profile.organisation == organisation
    assert profile.invited_by == user("kalk-koordination") and profile.invited_at and not profile.activated_at

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["ayse.yilmaz@example.org"]
    assert "Einladung" in message.subject and kalk.name in message.subject
    assert "Guten Tag Ayşe Yılmaz" in message.body
    assert f"„{organisation.name}“" in message.body
    assert f"Der Link gilt {settings.MITMACHEN_INVITATION_DAYS} Tage und nur einmal." in message.body
    assert "Benutzername: ayse.yilmaz@example.org" in message.body
    path = link_path(message)

    listing = client.get(actors_url("index")).content.decode()
    assert "ayse.yilmaz@example.org" in listing and "eingeladen" in listing

    client.logout()
    for _ in range(2):  # opening the link (a mail scanner, a second look) does not use it up
        page = client.get(path)
        assert page.status_code == 200
        html = page.content.decode()
        assert "Willkommen, Ayşe Yılmaz!" in html and 'name="new_password1"' in html
        assert '<meta name="robots" content="noindex">' in html
        assert '<label for="id_new_password1">Ihr Passwort</label>' in html
        assert "mindestens 8 Zeichen" in html
    account.refresh_from_db()
    assert not account.has_usable_password() and account.last_login is None

    response = set_password(client, path)
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    dashboard = client.get(response["Location"])
    assert dashboard.status_code == 200
    assert "Willkommen, Ayşe Yılmaz!" in dashboard.content.decode()
    profile.refresh_from_db()
    assert profile.activated_at is not None

    client.logout()
    assert log_in(client, "ayse.yilmaz@example.org", NEW_PASSWORD)
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    client.logout()

    again = client.get(path)
    assert again.status_code == 400
    assert "Dieser Link funktioniert nicht" in again.content.decode()
    assert set_password(client, path, "Anderes-Passwort-77").status_code == 400
    assert log_in(client, "ayse.yilmaz@example.org", NEW_PASSWORD)


def test_a_weak_or_mismatched_password_is_refused_in_german(client, kalk):
    account = invited_actor(kalk)
    path = invitation_path(account)
    response = set_password(client, path, "12345678")
    assert response.status_code == 400
    html = response.content.decode()
    assert "Dieses Passwort ist zu üblich" in html or "Dieses Passwort ist komplett numerisch" in html
    response = client.post(path, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD + "x"})
    assert response.status_code == 400
    assert "Die beiden Eingaben sind nicht gleich" in response.content.decode()
    account.refresh_from_db()
    assert not account.has_usable_password()
    assert client.get(path).status_code == 200, "a failed try leaves the link usable"


class PastTokens(InvitationTokenGenerator):
    """Tokens made just over the invitation's lifetime ago."""

    def _now(self):
        return datetime.datetime.now() - datetime.timedelta(days=settings.MITMACHEN_INVITATION_DAYS, hours=1)


class RecentTokens(InvitationTokenGenerator):
    def _now(self):
        return datetime.datetime.now() - datetime.timedelta(days=settings.MITMACHEN_INVITATION_DAYS - 1)


def test_an_expired_link_is_refused_with_whom_to_ask(client, kalk):
    account = invited_actor(kalk)
    response = client.get(invitation_path(account, PastTokens()))
    assert response.status_code == 400
    html = response.content.decode()
    assert "Dieser Link funktioniert nicht" in html
    assert f"älter als {settings.MITMACHEN_INVITATION_DAYS} Tage" in html
    assert "Bitten Sie die Sozialraumkoordination, die Sie eingeladen hat, um eine neue Einladung" in html
    assert set_password(client, invitation_path(account, PastTokens())).status_code == 400
    account.refresh_from_db()
    assert not account.has_usable_password()
    # Still within its lifetime, a day before the end: good.
    assert client.get(invitation_path(account, RecentTokens())).status_code == 200


def tampered(token):
    """The token with its last character changed: always another token, whatever it ends in."""
    return token[:-1] + ("1" if token.endswith("0") else "0")


def test_tampered_links_are_refused(client, kalk):
    account = invited_actor(kalk)
    good = invitation_path(account)
    uid, token = good.strip("/").split("/")[1:]
    other_uid = urlsafe_base64_encode(force_bytes(user("kalk-akteur").pk))
    bad_paths = [
        f"/einladung/{uid}/{tampered(token)}/",
        f"/einladung/{uid}/{token}x/",
        f"/einladung/{uid}/kaputt/",
        f"/einladung/{other_uid}/{token}/",
        f"/einladung/{urlsafe_base64_encode(b'999999999')}/{token}/",
        f"/einladung/nicht-base64!/{token}/",
        f"/einladung/{urlsafe_base64_encode(b'abc')}/{token}/",
    ]
    for path in bad_paths:
        response = client.get(path)
        assert response.status_code == 400, path
        assert "Dieser Link funktioniert nicht" in response.content.decode()
        assert set_password(client, path).status_code == 400
    account.refresh_from_db()
    assert not account.has_usable_password()
    # A password-reset token of the same user is no invitation.
    from django.contrib.auth.tokens import default_token_generator

    assert client.get(f"/einladung/{uid}/{default_token_generator.make_token(account)}/").status_code == 400
    assert client.get(good).status_code == 200


def test_a_deactivated_accounts_link_is_refused(client, kalk):
    account = invited_actor(kalk)
    path = invitation_path(account)
    account.is_active = False
    account.save()
    response = client.get(path)
    assert response.status_code == 400
    assert "Dieser Link funktioniert nicht" in response.content.decode()
    assert set_password(client, path).status_code == 400
    account.refresh_from_db()
    assert not account.has_usable_password()


def test_an_email_with_an_account_is_refused_and_nothing_is_created(client, kalk):
    users = get_user_model().objects.count()
    profiles = ActorProfile.objects.count()
    for email in (
        "KALK-AKTEUR@sozialraumkoordination.example",
        "porz-ost-koordination@sozialraumkoordination.example",
    ):
        response = invite(client, email=email)
        assert response.status_code == 400
        assert "Für diese E-Mail-Adresse gibt es schon einen Zugang" in response.content.decode()
        assert "email" in response.context["form"].errors
    response = invite(client, email="kein-at-zeichen", first_name="")
    assert response.status_code == 400
    html = response.content.decode()
    assert "Bitte geben Sie eine gültige E-Mail-Adresse an" in html
    assert "Bitte geben Sie den Vornamen an" in html
    assert get_user_model().objects.count() == users
    assert ActorProfile.objects.count() == profiles
    assert mail.outbox == []


def test_when_the_mail_fails_nothing_is_kept(client, kalk):
    with mock.patch("django.core.mail.EmailMessage.send", side_effect=OSError("Server weg")):
        response = invite(client)
    assert response.status_code == 400
    assert "Die Einladung konnte nicht verschickt werden" in response.content.decode()
    assert not get_user_model().objects.filter(username="ayse.yilmaz@example.org").exists()


def test_another_sozialraeume_coordinator_cannot_invite_into_kalk_nor_switch_kalk_actors_off(
    client, kalk, porz_ost
):
    kalk_entry = OrganisationFactory(sozialraum=kalk)
    response = invite(client, "porz-ost-koordination", organisation=kalk_entry.pk)
    assert response.status_code == 400
    assert "organisation" in response.context["form"].errors
    assert not get_user_model().objects.filter(username="ayse.yilmaz@example.org").exists()

    # Someone who coordinates one Sozialraum is not asked for one: a forged value is ignored.
    response = invite(client, "porz-ost-koordination", sozialraum=kalk.pk)
    assert response.status_code == 302
    account = user("ayse.yilmaz@example.org")
    assert account.actor_profile.sozialraum == porz_ost
    assert list(account.groups.all()) == [porz_ost.actors_group]

    actor = user("kalk-akteur")
    for name in ("deactivate", "resend", "reactivate"):
        assert client.post(actors_url(name, actor.pk)).status_code == 403
    actor.refresh_from_db()
    assert actor.is_active
    listing = client.get(actors_url("index")).content.decode()
    assert "kalk-akteur@" not in listing and "porz-ost-akteur@" in listing


def test_the_kalk_coordinator_switches_an_actor_off_and_on(client, kalk):
    actor = user("kalk-akteur")
    client.force_login(user("kalk-koordination"))
    response = client.post(actors_url("deactivate", actor.pk))
    assert response.status_code == 302
    actor.refresh_from_db()
    assert not actor.is_active
    assert "deaktiviert" in client.get(actors_url("index")).content.decode()
    client.logout()
    assert not log_in(client, "kalk-akteur", settings.DEMO_PASSWORD)

    client.force_login(user("kalk-koordination"))
    assert client.post(actors_url("reactivate", actor.pk)).status_code == 302
    actor.refresh_from_db()
    assert actor.is_active
    assert log_in(client, "kalk-akteur", settings.DEMO_PASSWORD)


def test_a_deactivated_actor_loses_a_running_session(client):
    actor = user("kalk-akteur")
    client.force_login(actor)
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    actor.is_active = False
    actor.save()
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("wagtailadmin_login"))


def test_account_actions_need_post_and_an_actor_of_the_own_sozialraum(client, kalk):
    actor = user("kalk-akteur")
    client.force_login(user("kalk-koordination"))
    for name in ("deactivate", "reactivate", "resend"):
        assert client.get(actors_url(name, actor.pk)).status_code == 405
        assert client.post(actors_url(name, 999999)).status_code == 404
        for target in ("kalk-koordination", "porz-ost-koordination", "redaktion", "admin"):
            assert client.post(actors_url(name, user(target).pk)).status_code == 403, (name, target)
    assert all(
        user(name).is_active
        for name in ("kalk-akteur", "kalk-koordination", "porz-ost-koordination", "redaktion", "admin")
    )


def test_actors_cannot_open_the_actor_admin(client):
    actor = user("kalk-akteur")
    client.force_login(actor)
    assert client.get(actors_url("index")).status_code == 403
    assert client.post(actors_url("invite"), invitation()).status_code == 403
    assert client.post(actors_url("deactivate", actor.pk)).status_code == 403
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert actors_url("index") not in html
    client.logout()
    response = client.get(actors_url("index"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("wagtailadmin_login"))
    assert not get_user_model().objects.filter(username="ayse.yilmaz@example.org").exists()


def test_resending_makes_a_new_link_and_voids_the_old_one(client, kalk):
    account = invited_actor(kalk)
    old_path = invitation_path(account)
    client.force_login(user("kalk-koordination"))
    assert client.post(actors_url("resend", account.pk)).status_code == 302
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["neu@example.org"]
    new_path = link_path(mail.outbox[0])
    client.logout()
    assert client.get(old_path).status_code == 400
    assert client.get(new_path).status_code == 200
    assert set_password(client, new_path).status_code == 302

    # Once a password is set, there is nothing to resend.
    client.force_login(user("kalk-koordination"))
    response = client.post(actors_url("resend", account.pk), follow=True)
    assert "hat schon ein Passwort festgelegt" in response.content.decode()
    assert len(mail.outbox) == 1


def test_the_portal_editors_invite_into_any_sozialraum_without_superuser_rights(client, kalk, porz_ost):
    editor = user("redaktion")
    assert not editor.is_superuser
    client.force_login(editor)
    page = client.get(actors_url("index"))
    assert page.status_code == 200
    html = page.content.decode()
    assert "kalk-akteur@" in html and "porz-ost-akteur@" in html
    assert 'name="einladung-sozialraum"' in html
    # The organisation must belong to the chosen Sozialraum.
    response = client.post(
        actors_url("invite"),
        invitation(sozialraum=porz_ost.pk, organisation=OrganisationFactory(sozialraum=kalk).pk),
    )
    assert response.status_code == 400 and "organisation" in response.context["form"].errors
    entry = OrganisationFactory(sozialraum=porz_ost)
    response = client.post(actors_url("invite"), invitation(sozialraum=porz_ost.pk, organisation=entry.pk))
    assert response.status_code == 302
    profile = user("ayse.yilmaz@example.org").actor_profile
    assert (profile.sozialraum, profile.organisation, profile.invited_by) == (porz_ost, entry, editor)


def test_the_menu_item_is_there_for_coordinators_only(client):
    for username, shown in (
        ("kalk-koordination", True),
        ("redaktion", True),
        ("admin", True),
        ("kalk-akteur", False),
    ):
        client.force_login(user(username))
        html = client.get(reverse("wagtailadmin_home")).content.decode()
        assert ('"name": "akteure"' in html) is shown, username


def refusal_page(client, path):
    """Status and page of a refused link, CSRF tokens and nonces taken out (they differ per request)."""
    response = client.get(path)
    html = re.sub(r'(nonce|value)="[^"]*"', "", response.content.decode())
    return response.status_code, html


def test_a_refused_link_tells_nothing_about_the_account(client, kalk):
    """Unknown id, an account that is no actor, a used, an expired, a switched-off link: one page, no name."""
    account = invited_actor(kalk)
    good = invitation_path(account)
    uid, token = good.strip("/").split("/")[1:]
    used = invited_actor_named(kalk, "benutzt@example.org")
    used_path = invitation_path(used)
    used.set_password(NEW_PASSWORD)
    used.save()
    switched_off = invited_actor_named(kalk, "aus@example.org")
    switched_off_path = invitation_path(switched_off)
    switched_off.is_active = False
    switched_off.save()
    coordinator = urlsafe_base64_encode(force_bytes(user("kalk-koordination").pk))
    paths = {
        "wrong token": f"/einladung/{uid}/{tampered(token)}/",
        "unknown id": f"/einladung/{urlsafe_base64_encode(b'999999999')}/{token}/",
        "no actor": f"/einladung/{coordinator}/{token}/",
        "activated": used_path,
        "expired": invitation_path(account, PastTokens()),
        "switched off": switched_off_path,
        "garbage": "/einladung/nicht-base64!/kaputt/",
    }
    pages = {case: refusal_page(client, path) for case, path in paths.items()}
    first_status, first_html = pages["wrong token"]
    assert first_status == 400
    assert "Dieser Link funktioniert nicht" in first_html
    for case, (status, html) in pages.items():
        assert (status, html) == (first_status, first_html), case
    assert "neu@example.org" not in first_html and "Willkommen" not in first_html
    for case, path in paths.items():
        response = set_password(client, path)
        assert response.status_code == 400, case
        assert re.sub(r'(nonce|value)="[^"]*"', "", response.content.decode()) == first_html, case
    assert client.get(good).status_code == 200


def invited_actor_named(kalk, email):
    account = UserFactory(username=email, email=email, groups=[kalk.actors_group])
    account.set_unusable_password()
    account.save()
    ActorProfile.objects.create(user=account, sozialraum=kalk, invited_by=user("kalk-koordination"))
    return account
