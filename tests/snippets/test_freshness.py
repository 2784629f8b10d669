"""Directory freshness: one reminder per stale entry per window, and a one-click link that works once."""

import datetime
import re
import time
from io import StringIO
from unittest import mock
from urllib.parse import urlsplit

import factory
import pytest
from dateutil.relativedelta import relativedelta
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core import mail, signing
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Locale, ModelLogEntry, Revision

from snippets.directory import freshness, links
from snippets.models import Contact, OpeningSlot, Organisation, Sozialraum, VerificationRequest
from tests import factories
from tests.conftest import section
from tests.factories import UserFactory
from veedel.models import DirectoryPage, EventIndexPage

pytestmark = pytest.mark.django_db

CONFIRM_LINK = re.compile(r"http://\S+/adressen-bestaetigen/\S+/")


def months_ago(months):
    return timezone.localdate() - relativedelta(months=months)


class OrganisationFactory(factories.OrganisationFactory):
    """A stale entry of Kalk with an e-mail for its upkeep."""

    name = factory.Faker("company", locale="de_DE")
    kind = "verein"
    sozialraum = factory.LazyFunction(lambda: Sozialraum.objects.get(slug="kalk"))
    stadtteil = "Kalk"
    phone = factory.Sequence(lambda n: f"0221 {9870000 + n}")
    upkeep_email = factory.Sequence(lambda n: f"pflege{n}@verein.example.org")
    last_verified = factory.LazyFunction(lambda: months_ago(13))


@pytest.fixture
def stale():
    return OrganisationFactory()


def the_link(message):
    """The confirm link in a mail, as (host, path) for the test client."""
    url = CONFIRM_LINK.search(message.body).group(0)
    parts = urlsplit(url)
    return parts.hostname, parts.path


def mail_for(organisation):
    return next(message for message in mail.outbox if message.to == [organisation.upkeep_email])


def user(username):
    return get_user_model().objects.get(username=username)


# -- who is stale --------------------------------------------------------------------------------


def test_stale_entries_are_live_german_entries_older_than_the_cutoff():
    stale = OrganisationFactory()
    recent = OrganisationFactory(last_verified=months_ago(11))
    draft = OrganisationFactory(live=False)
    english = OrganisationFactory(locale=Locale.objects.get(language_code="en"))

    found = set(freshness.stale_entries())
    assert stale in found
    assert not {recent, draft, english} & found
    assert set(freshness.stale_entries(months=24)) == set()
    assert recent in set(freshness.stale_entries(months=6))


# -- one mail per entry per window -----------------------------------------------------------------


def test_exactly_one_mail_per_stale_entry_per_window():
    first, second = OrganisationFactory(), OrganisationFactory()
    no_email = OrganisationFactory(upkeep_email="")
    recent = OrganisationFactory(last_verified=months_ago(2))

    run = freshness.send_reminders(months=12, window_days=30)
    assert run.counts == {
        freshness.SENT: 2,
        freshness.ALREADY_REMINDED: 0,
        freshness.WITHOUT_EMAIL: 1,
        freshness.FAILED: 0,
    }
    assert sorted(message.to[0] for message in mail.outbox) == sorted(
        [first.upkeep_email, second.upkeep_email]
    )
    assert run.without_email == [no_email]
    assert not VerificationRequest.objects.filter(organisation__in=[no_email, recent]).exists()

    again = freshness.send_reminders(months=12, window_days=30)
    assert len(mail.outbox) == 2
    assert (len(again.sent), len(again.already_reminded), len(again.without_email)) == (0, 2, 1)

    next_window = freshness.send_reminders(
        months=12, window_days=30, now=timezone.now() + datetime.timedelta(days=31)
    )
    assert len(next_window.sent) == 2
    assert len(mail.outbox) == 4
    assert VerificationRequest.objects.filter(organisation=first).count() == 2
    assert recent.upkeep_email not in {message.to[0] for message in mail.outbox}


def test_dry_run_sends_and_stores_nothing(stale):
    run = freshness.send_reminders(dry_run=True)
    assert run.sent == [stale]
    assert mail.outbox == []
    assert not VerificationRequest.objects.exists()


def test_a_failed_mail_is_tried_again_next_run(stale):
    with mock.patch(
        "django.core.mail.EmailMessage.send", side_effect=OSError("SMTP-Server nicht erreichbar")
    ):
        run = freshness.send_reminders()
    assert run.failed == [stale]
    assert not VerificationRequest.objects.filter(organisation=stale).exists()
    assert freshness.send_reminders().sent == [stale]


def test_command_reports_in_german():
    OrganisationFactory.create_batch(2)
    OrganisationFactory(upkeep_email="")
    out = StringIO()
    call_command("check_directory_freshness", "--monate", "12", "--fenster", "30", stdout=out)
    output = out.getvalue()
    assert output.count("Erinnerung an ") == 2
    assert "Gesendet: 2 · Schon erinnert: 0 · Ohne E-Mail: 1" in output

    out = StringIO()
    call_command("check_directory_freshness", stdout=out)
    assert "Gesendet: 0 · Schon erinnert: 2 · Ohne E-Mail: 1" in out.getvalue()
    assert len(mail.outbox) == 2


# -- the mail ------------------------------------------------------------------------------------


def test_mail_names_the_entry_its_facts_the_links_and_the_coordination(stale):
    OpeningSlot.objects.create(
        organisation=stale,
        locale=stale.locale,
        weekday=0,
        opens=datetime.time(9),
        closes=datetime.time(12),
    )
    freshness.send_reminders()
    message = mail_for(stale)
    coordination = Contact.objects.get(sozialraum__slug="kalk", locale__language_code="de")

    assert stale.name in message.subject
    for text in (stale.name, stale.street, "51103 Köln (Kalk)", stale.phone, "Montag 09:00–12:00"):
        assert text in message.body
    assert "Sozialraumkoordination" in message.body
    assert coordination.name in message.body
    assert f"http://kalk.localhost/adressen/{stale.slug}/#fehler-melden" in message.body
    host, path = the_link(message)
    assert host == "kalk.localhost"
    assert path.startswith("/adressen-bestaetigen/")
    assert message.reply_to == [coordination.email]


def test_links_follow_the_directory_page_when_an_editor_renames_it(client, stale):
    directory = section(stale.sozialraum, DirectoryPage)
    directory.slug = "verzeichnis"
    directory.save_revision().publish()
    kalk_site = stale.sozialraum.site

    freshness.send_reminders()
    message = mail_for(stale)
    entry_url = f"http://kalk.localhost/verzeichnis/{stale.slug}/"
    assert f"{entry_url}#fehler-melden" in message.body
    assert "/adressen/" not in message.body
    assert freshness.entry_url(stale) == entry_url
    assert links.entry_url(stale, language="en") == f"http://kalk.localhost/en/addresses/{stale.slug}/"
    assert client.get(urlsplit(entry_url).path, HTTP_HOST=kalk_site.hostname).status_code == 200

    host, path = the_link(message)
    confirm_page = client.get(path, HTTP_HOST=host).content.decode()
    assert f"/verzeichnis/{stale.slug}/#fehler-melden" in confirm_page
    listing = client.get("/verzeichnis/", HTTP_HOST=host).content.decode()
    assert f'href="/verzeichnis/{stale.slug}/"' in listing

    # The suggestion form's breadcrumbs and an event held there link the same address.
    form = client.get(f"/mitmachen/einrichtung/?eintrag={stale.slug}", HTTP_HOST=host).content.decode()
    assert f'href="/verzeichnis/{stale.slug}/"' in form
    event = factories.EventPageFactory(parent=section(stale.sozialraum, EventIndexPage), venue=stale)
    event_page = client.get(event.url, HTTP_HOST=host).content.decode()
    assert f'<a href="/verzeichnis/{stale.slug}/">' in event_page


# -- the link ------------------------------------------------------------------------------------


def test_get_shows_the_button_and_changes_nothing(client, stale, django_assert_max_num_queries):
    freshness.send_reminders()
    host, path = the_link(mail_for(stale))
    logs_before = ModelLogEntry.objects.count()

    client.get(path, HTTP_HOST=host)  # builds the cached site chrome
    with django_assert_max_num_queries(6):
        response = client.get(path, HTTP_HOST=host)
    assert response.status_code == 200
    content = response.content.decode()
    assert "Angaben sind aktuell" in content
    assert escape(stale.name) in content
    assert 'name="csrfmiddlewaretoken"' in content
    assert f"/adressen/{stale.slug}/#fehler-melden" in content

    stale.refresh_from_db()
    assert stale.last_verified == months_ago(13)
    assert VerificationRequest.objects.get(organisation=stale).confirmed_at is None
    assert ModelLogEntry.objects.count() == logs_before


def test_post_confirms_once_without_a_new_draft(stale):
    revision = stale.save_revision()
    revision.publish()
    stale.refresh_from_db()
    revisions_before = Revision.objects.for_instance(stale).count()
    freshness.send_reminders()
    host, path = the_link(mail_for(stale))

    client = Client(enforce_csrf_checks=True)
    client.get(path, HTTP_HOST=host)
    assert client.post(path, HTTP_HOST=host).status_code == 403  # no CSRF token, no change
    stale.refresh_from_db()
    assert stale.last_verified == months_ago(13)

    csrf = client.cookies["csrftoken"].value
    response = client.post(path, {"csrfmiddlewaretoken": csrf}, HTTP_HOST=host)
    assert response.status_code == 200
    assert "Vielen Dank" in response.content.decode()

    before = {"name": stale.name, "phone": stale.phone, "street": stale.street}
    stale.refresh_from_db()
    assert stale.last_verified == timezone.localdate()
    assert {"name": stale.name, "phone": stale.phone, "street": stale.street} == before
    assert stale.live
    assert not stale.has_unpublished_changes
    assert stale.latest_revision_id == revision.pk
    assert Revision.objects.for_instance(stale).count() == revisions_before
    assert VerificationRequest.objects.get(organisation=stale).confirmed_at is not None
    assert ModelLogEntry.objects.filter(object_id=str(stale.pk), action=freshness.CONFIRM_ACTION).exists()

    # The link has done its work.
    for again in (
        client.get(path, HTTP_HOST=host),
        client.post(path, {"csrfmiddlewaretoken": csrf}, HTTP_HOST=host),
    ):
        assert again.status_code == 400
        assert "schon benutzt" in again.content.decode()


def test_confirming_dates_the_translations_too(stale):
    english = stale.copy_for_translation(Locale.objects.get(language_code="en"))
    english.save()
    assert freshness.confirm(freshness.read_token(freshness.make_token(stale)))
    english.refresh_from_db()
    assert english.last_verified == timezone.localdate()


def test_link_stops_working_once_the_entry_is_checked_otherwise(client, stale):
    token = freshness.make_token(stale)
    Organisation.objects.filter(pk=stale.pk).update(last_verified=months_ago(1))
    response = client.get(f"/adressen-bestaetigen/{token}/", HTTP_HOST="kalk.localhost")
    assert response.status_code == 400
    assert "schon benutzt" in response.content.decode()


def test_link_to_an_unpublished_entry_is_refused(client, stale):
    token = freshness.make_token(stale)
    Organisation.objects.filter(pk=stale.pk).update(live=False)
    response = client.post(f"/adressen-bestaetigen/{token}/", HTTP_HOST="kalk.localhost")
    assert response.status_code == 400
    assert "nicht mehr im Verzeichnis" in response.content.decode()


def test_expired_link_is_refused_with_the_coordinations_contact(client, stale, settings):
    # Signed 31 days ago: the signer reads the clock when signing, so turn it back just for that.
    with mock.patch("django.core.signing.time.time", return_value=time.time() - 31 * 24 * 60 * 60):
        token = freshness.make_token(stale)
    path = f"/adressen-bestaetigen/{token}/"
    coordination = Contact.objects.get(sozialraum__slug="kalk", locale__language_code="de")

    for response in (
        client.get(path, HTTP_HOST="kalk.localhost"),
        client.post(path, HTTP_HOST="kalk.localhost"),
    ):
        assert response.status_code == 400
        content = response.content.decode()
        assert "abgelaufen" in content
        assert escape(coordination.name) in content
    stale.refresh_from_db()
    assert stale.last_verified == months_ago(13)

    settings.DIRECTORY_CONFIRM_LINK_DAYS = 60  # the link's life is a setting
    assert client.get(path, HTTP_HOST="kalk.localhost").status_code == 200


def test_tampered_links_are_refused(client, stale):
    other = OrganisationFactory()
    token = freshness.make_token(stale)
    payload, timestamp, signature = token.split(":")
    other_payload = freshness.make_token(other).split(":")[0]
    forged = [
        f"{payload}:{timestamp}:{signature[:-1]}{'A' if signature[-1] != 'A' else 'B'}",
        f"{other_payload}:{timestamp}:{signature}",
        token[: len(token) // 2],
        signing.TimestampSigner().sign_object({"id": stale.pk, "geprueft": stale.last_verified.isoformat()}),
        "kein-gueltiger-link",
    ]
    for bad in forged:
        path = f"/adressen-bestaetigen/{bad}/"
        for response in (
            client.get(path, HTTP_HOST="kalk.localhost"),
            client.post(path, HTTP_HOST="kalk.localhost"),
        ):
            assert response.status_code == 400, bad
            assert "Dieser Link funktioniert nicht" in response.content.decode()
    stale.refresh_from_db()
    other.refresh_from_db()
    assert stale.last_verified == other.last_verified == months_ago(13)


# -- the coordinators' list ------------------------------------------------------------------------


@pytest.fixture
def two_sozialraeume():
    # Fixed names: a random one could be part of another and spoil the "not listed" check.
    kalk = OrganisationFactory(name="Familienzentrum Humboldt-Gremberg")
    kalk_no_email = OrganisationFactory(name="Boule-Freunde Kalk", upkeep_email="")
    porz = OrganisationFactory(
        name="Bürgerverein Finkenberg",
        sozialraum=Sozialraum.objects.get(slug="porz-ost"),
        postcode="51149",
        stadtteil="Finkenberg",
    )
    return kalk, kalk_no_email, porz


def test_report_lists_only_the_own_sozialraums_stale_entries(client, two_sozialraeume):
    kalk, kalk_no_email, porz = two_sozialraeume
    OrganisationFactory(last_verified=months_ago(3))
    client.force_login(user("kalk-koordination"))
    response = client.get(reverse("stale_organisations"))
    assert response.status_code == 200
    content = response.content.decode()
    assert escape(kalk.name) in content
    assert escape(kalk_no_email.name) in content
    assert "fehlt – bitte nachtragen" in content
    assert kalk.upkeep_email in content
    assert reverse(Organisation.snippet_viewset.get_url_name("edit"), args=[kalk.pk]) in content
    assert escape(porz.name) not in content

    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "2 Adressen Ihrer Sozialräume" in home
    assert "davon 1 ohne E-Mail" in home
    assert reverse("stale_organisations") in home


@pytest.mark.parametrize("username", ["admin", "redaktion"])
def test_superusers_and_portal_editors_see_all(client, two_sozialraeume, username):
    client.force_login(user(username))
    content = client.get(reverse("stale_organisations")).content.decode()
    for entry in two_sozialraeume:
        assert escape(entry.name) in content
    assert "3 Adressen" in client.get(reverse("wagtailadmin_home")).content.decode()


def test_report_needs_the_change_permission(client, two_sozialraeume):
    nobody = UserFactory()
    nobody.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(nobody)
    response = client.get(reverse("stale_organisations"))
    assert response.status_code in (302, 403)
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Veraltete Adressen" not in home
