"""The whole Mitmachen path in a real browser.

A resident suggests an event on the Kalk site without an account, the Kalk
coordination approves it in the admin, and the event appears on the Kalk
calendar and on the city-wide calendar of the landing site – and not before.

The test makes what it needs on top of the test portal: the coordination's
account and an event already on the calendars (so that "not on the calendar"
is checked against a calendar that lists events). Both are committed, as the
live server only sees committed data; the flush at the end of the test
removes them.
"""

import datetime
import re
import time

import pytest
from django.utils import timezone

from mitmachen.models import Submission, SubmissionStatus
from tests.conftest import section
from tests.factories import EventPageFactory, UserFactory
from veedel.models import EventIndexPage

pytestmark = pytest.mark.browser

SOZIALRAUM = "kalk"
TITLE = "Kleidertausch für Kinder im Bürgerhaus"
PASSWORD = "geheim-koordination-kalk"
REFERENCE = re.compile(r"V-\d{4}-[2-9A-Z]{6}")


def suggest_event(page, portal, day, fill_seconds):
    """As a resident: from the calendar to the suggestion form, fill it by its labels, send it."""
    from playwright.sync_api import expect

    page.goto(portal.url("/veranstaltungen/", SOZIALRAUM))
    page.get_by_role("link", name="Veranstaltung vorschlagen").click()
    expect(page).to_have_url(portal.url("/mitmachen/veranstaltung/", SOZIALRAUM))
    expect(page.get_by_role("heading", level=1)).to_have_text("Veranstaltung vorschlagen")
    ready_at = time.monotonic() + fill_seconds

    page.get_by_label("Titel der Veranstaltung").fill(TITLE)
    page.get_by_label("Datum").fill(day.isoformat())
    page.get_by_label("Beginn").fill("17:00")
    page.get_by_label("Ende").fill("19:30")
    page.get_by_label("Beschreibung").fill(
        "Gut erhaltene Kinderkleidung bis Größe 140 mitbringen und tauschen. Kaffee und Kuchen gibt es auch."
    )
    page.get_by_label("Ort (freiwillig)").fill("Bürgerhaus Kalk, Foyer")
    page.get_by_label("Straße und Hausnummer").fill("Kalk-Mülheimer Straße 58")
    page.get_by_label("Postleitzahl").fill("51103")
    page.get_by_label("Veranstalter").fill("Elterncafé Kalk")
    page.get_by_label("Der Eintritt ist frei").check()
    page.get_by_label("Ihr Name").fill("Aylin Beispiel")
    page.get_by_label("Ihre E-Mail-Adresse").fill("aylin@example.org")
    page.get_by_label("Ihre Telefonnummer").fill("0221 123456")
    page.get_by_label("Ich bin einverstanden").check()
    # The honeypot is the one field a person leaves empty.
    expect(page.locator("#id_homepage")).to_have_value("")

    # The form refuses anything sent faster than a person can fill it in.
    page.wait_for_timeout(max(0, ready_at - time.monotonic()) * 1000 + 300)
    page.get_by_role("button", name="Vorschlag absenden").click()

    main = page.get_by_role("main")
    expect(main).to_contain_text("Vorgangsnummer")
    reference = REFERENCE.search(main.inner_text())
    assert reference, main.inner_text()
    return reference.group()


def approve_in_admin(page, portal, coordinator):
    """As the Kalk coordination: log in, and approve the suggestion from the dashboard's review list."""
    from playwright.sync_api import expect

    page.goto(portal.url("/admin/login/"))
    page.get_by_label("Benutzername").fill(coordinator.username)
    # Wagtail 8.0's login form gives the password field no label of its own, so Django shows
    # the untranslated "Password"; the field's id is stable.
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Anmelden").click()

    # Wagtail's own dashboard panel, with a row and an action menu per page waiting for review.
    review = page.get_by_role("region", name="Ihre Überprüfung steht aus")
    row = review.get_by_role("row").filter(has_text=TITLE)
    row.get_by_role("button", name="Aktionen").click()
    row.get_by_role("button", name="Freigeben", exact=True).click()
    # The approval posts and comes back to the dashboard, where nothing waits for review any more.
    expect(page.get_by_role("row").filter(has_text=TITLE)).to_have_count(0)
    expect(page).to_have_url(portal.url("/admin/"))


def calendar_titles(page, url, title=TITLE):
    page.goto(url)
    return page.get_by_role("main").get_by_role("link", name=title)


@pytest.fixture
def coordinator(kalk):
    return UserFactory(groups=[kalk.coordinators_group], password=PASSWORD)


@pytest.fixture
def published_event(kalk):
    """An event a week from today, on the Kalk calendar and on the city-wide one."""
    return EventPageFactory(parent=section(kalk, EventIndexPage))


def test_resident_suggests_an_event_and_the_coordination_approves_it(
    page, portal, settings, coordinator, published_event
):
    from playwright.sync_api import expect

    settings.MITMACHEN_MIN_SECONDS = 1
    # Tomorrow is in the upcoming list of both calendars whatever the time of day.
    day = timezone.localdate() + datetime.timedelta(days=1)
    kalk_calendar = portal.url("/veranstaltungen/", SOZIALRAUM)
    city_calendar = portal.url("/veranstaltungen/")
    for calendar in (kalk_calendar, city_calendar):
        expect(calendar_titles(page, calendar, published_event.title)).to_have_count(1)
        expect(page.get_by_role("main").get_by_role("link", name=TITLE)).to_have_count(0)

    reference = suggest_event(page, portal, day, fill_seconds=settings.MITMACHEN_MIN_SECONDS)

    submission = Submission.objects.select_related("event", "sozialraum").get(reference=reference)
    assert submission.status == SubmissionStatus.RECEIVED
    assert submission.sozialraum.slug == SOZIALRAUM
    assert submission.email == "aylin@example.org"
    draft = submission.event
    assert draft.title == TITLE
    assert not draft.live
    assert draft.get_parent().specific_class is EventIndexPage
    assert draft.current_workflow_state is not None
    # A draft is on no calendar and not at its address.
    expect(calendar_titles(page, kalk_calendar)).to_have_count(0)
    expect(calendar_titles(page, city_calendar)).to_have_count(0)
    _site_id, _root_url, path = draft.get_url_parts()
    assert page.goto(portal.url(path, SOZIALRAUM)).status == 404

    approve_in_admin(page, portal, coordinator)

    draft.refresh_from_db()
    assert draft.live
    assert timezone.localtime(draft.start).date() == day
    assert timezone.localtime(draft.start).time() == datetime.time(17, 0)
    assert draft.get_parent().get_parent().pk == submission.sozialraum.site.root_page_id
    for calendar in (kalk_calendar, city_calendar):
        expect(calendar_titles(page, calendar)).not_to_have_count(0)
    calendar_titles(page, kalk_calendar).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(page.get_by_role("main")).to_contain_text("Bürgerhaus Kalk, Foyer")
