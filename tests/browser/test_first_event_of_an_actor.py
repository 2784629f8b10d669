"""A first-time actor, from the invitation e-mail to an event submitted for approval, in a real browser.

The Kalk coordination invites the actor (through `invite`, as the actors' admin
does); the test opens the link from the sent mail, sets the password, and
creates a one-off event from the dashboard's "Neue Veranstaltung" button.

Interactions are counted as a person makes them: opening the link from the
mail, each click, each field filled (typing a whole value is one), each key
pressed. The way must take at most MAX_INTERACTIONS. Every screen on the way
must be German: `<html lang="de">` and none of Wagtail's stock English help
texts that make no sense here.
"""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from mitmachen.invitations import invite
from veedel.models import EventPage

pytestmark = pytest.mark.browser

MAX_INTERACTIONS = 10
PASSWORD = "Veedel-Kalk-2026!"
TITLE = "Spieletreff im Stadtteilladen"
# Stock texts of Wagtail that would betray an untranslated or unexplained screen.
STOCK_ENGLISH = [
    "domain.com",
    "search engine results",
    "automatically generated menus",
    "as you'd like it to be seen by the public",
]


class Walk:
    """The browser tab, counting what the person does and checking every screen they see."""

    def __init__(self, page):
        self.page = page
        self.interactions = 0
        self.screens = []

    def check_screen(self):
        from playwright.sync_api import expect

        expect(self.page.locator("html")).to_have_attribute("lang", "de")
        html = self.page.content()
        for text in STOCK_ENGLISH:
            assert text not in html, f"{text!r} auf {self.page.url}"
        self.screens.append(self.page.url)

    def open_link(self, url):
        self.interactions += 1
        self.page.goto(url)
        self.check_screen()

    def fill(self, locator, value, *, click=False):
        """One step: typing into a field; `click=True` clicks into it first, as a person does after
        a date field, whose picker stays open until a click elsewhere."""
        self.interactions += 1
        if click:
            locator.click()
        locator.fill(value)

    def click(self, locator, *, new_screen=True):
        self.interactions += 1
        if new_screen:
            with self.page.expect_navigation():
                locator.click()
            self.check_screen()
        else:
            locator.click()


def link_from(message):
    return next(word for word in message.body.split() if "/einladung/" in word)


def test_an_invited_actor_submits_a_first_event_in_at_most_ten_steps(page, portal, kalk):
    from playwright.sync_api import expect

    invite(first_name="Deniz", last_name="Kaya", email="deniz.kaya@example.org", sozialraum=kalk)
    (message,) = mail.outbox
    path = "/" + link_from(message).split("/", 3)[3]
    walk = Walk(page)

    walk.open_link(portal.url(path))
    walk.fill(page.locator("#id_new_password1"), PASSWORD)
    walk.fill(page.locator("#id_new_password2"), PASSWORD)
    walk.click(page.get_by_role("button", name="Passwort speichern und anmelden"))
    expect(page.get_by_role("region", name="Meine Inhalte")).to_be_visible()

    walk.click(page.get_by_role("link", name="Neue Veranstaltung"))
    # A one-off event: none of the repetition's details are in the way.
    expect(page.get_by_label("Der wievielte Wochentag?")).to_be_hidden()
    expect(page.get_by_label("Abstand")).to_be_hidden()
    expect(page.locator("#mitmachen-submit-hint")).to_contain_text("prüft Ihren Beitrag")

    day = timezone.localdate() + datetime.timedelta(days=7)
    walk.fill(page.locator("#id_title"), TITLE)
    walk.fill(page.locator("#id_start"), f"{day:%Y-%m-%d} 16:00")
    walk.fill(page.locator("#id_end"), f"{day:%Y-%m-%d} 18:00")
    # Where: a street is enough (an entry of the directory or an online link would be too).
    walk.fill(page.locator("#id_street"), "Kalker Hauptstraße 247", click=True)
    expect(page.locator(".xdsoft_datetimepicker:visible")).to_have_count(0)
    walk.click(page.locator('footer button[name="action-submit"]'))

    event = EventPage.objects.get(title=TITLE, locale__language_code="de")
    assert not event.live
    assert event.owner.username == "deniz.kaya@example.org"
    assert event.current_workflow_state is not None
    assert event.street == "Kalker Hauptstraße 247"
    assert event.get_parent().get_parent().pk == kalk.site.root_page_id
    assert walk.interactions <= MAX_INTERACTIONS, walk.interactions
    print(f"Interaktionen von der Einladung bis zur eingereichten Veranstaltung: {walk.interactions}")
    assert len(walk.screens) == 4, walk.screens
