"""Guidance in the admin for actors, coordinators and the Portal-Redaktion (issue 15).

What each of them sees on the way: only the repetition fields that apply, the
one action that moves their work on, German words instead of raw values, counts
of what they may act on, and help texts about this portal.
"""

import html as html_module
import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.models import Page

from mitmachen.invitations import invitation_path, invite
from mitmachen.models import Submission, SubmissionKind, SubmissionStatus
from tests.admin_forms import event_form
from tests.conftest import section
from tests.factories import EventPageFactory, NewsPageFactory
from veedel.models import EventIndexPage, NewsIndexPage

pytestmark = pytest.mark.django_db


def user(username):
    return get_user_model().objects.get(username=username)


def add_event_url(kalk):
    return reverse("wagtailadmin_pages:add", args=["veedel", "eventpage", section(kalk, EventIndexPage).pk])


def footer_buttons(html):
    """The actions in the editor's footer, the primary one first.

    Buttons with a name submit it; "Entwurf speichern" is the nameless default submit; Wagtail's
    workflow buttons are sent by its script and name their action in a data attribute.
    """
    footer = html[html.rindex("<footer") :]
    actions = []
    for tag in re.findall(r"<button\b[^>]*>", footer):
        if named := re.search(r'name="(action-[^"]+)"', tag):
            actions.append(named.group(1))
        elif "action-save" in tag:
            actions.append("action-save-draft")
        elif workflow := re.search(r'data-workflow-action-name="([^"]+)"', tag):
            actions.append(f"workflow-{workflow.group(1)}")
    return actions


def field_wrapper(html, field):
    """The opening tag of the wrapper around one field of a MultiFieldPanel."""
    match = re.search(
        rf'<div class="w-panel__wrapper[^"]*"[^>]*>(?:(?!<div class="w-panel__wrapper).)*?id="id_{field}"',
        html,
        re.S,
    )
    assert match, f"no wrapper for {field}"
    return match.group(0)[: match.group(0).index(">") + 1]


def rules_of(tag):
    raw = re.search(r"""data-w-rules=(["'])(.*?)\1""", tag).group(2)
    return json.loads(html_module.unescape(raw))


# -- 1. Repetition fields only for the chosen repetition ------------------------------------------


def test_the_repetition_fields_follow_the_chosen_repetition(client, kalk):
    client.force_login(user("kalk-akteur"))
    html = client.get(add_event_url(kalk)).content.decode()

    section_tag = re.search(r'<section[^>]*data-controller="w-rules"[^>]*>', html)
    assert section_tag, "the Wiederholung panel decides which fields to show"
    assert 'data-action="change-&gt;w-rules#resolve"' in section_tag.group(0)

    weekdays = field_wrapper(html, "repeat_weekdays_0")
    nth = field_wrapper(html, "repeat_nth")
    assert 'data-w-rules-target="show"' in weekdays and 'data-w-rules-target="show"' in nth
    assert rules_of(weekdays) == {"repeat": ["weekly"]}
    assert rules_of(nth) == {"repeat": ["monthly_weekday"]}
    # Distance and end of the series apply to every repetition, whatever choices come later.
    for field in ("repeat_interval", "repeat_until", "repeat_count"):
        tag = field_wrapper(html, field)
        assert rules_of(tag) == {"repeat": [""]}
        assert 'data-w-rules-match="not"' in tag
    # Without the script every field is there: nothing is hidden by the server.
    for field in ("repeat_nth", "repeat_interval"):
        assert " hidden" not in field_wrapper(html, field)


# -- 2. Actors: submitting for approval is the primary action -------------------------------------


def test_an_actors_primary_action_is_to_submit_for_approval_and_says_what_happens(client, kalk):
    client.force_login(user("kalk-akteur"))
    html = client.get(add_event_url(kalk)).content.decode()
    buttons = footer_buttons(html)
    assert buttons[0] == "action-submit", buttons
    assert "action-save-draft" in buttons[1:]
    assert "Die Sozialraumkoordination prüft Ihren Beitrag und veröffentlicht ihn" in html

    event = EventPageFactory(
        parent=section(kalk, EventIndexPage), owner=user("kalk-akteur"), live=False, aliases=False
    )
    html = client.get(reverse("wagtailadmin_pages:edit", args=[event.pk])).content.decode()
    assert footer_buttons(html)[0] == "action-submit"


def test_coordinators_who_may_publish_keep_wagtails_menu_without_the_hint(client, kalk):
    client.force_login(user("kalk-koordination"))
    html = client.get(add_event_url(kalk)).content.decode()
    assert footer_buttons(html)[0] == "action-save-draft"
    assert "action-publish" in footer_buttons(html)
    assert "prüft Ihren Beitrag" not in html


# -- 3. Coordinators: approve and publish, or send back with a comment ----------------------------


@pytest.fixture
def submitted_event(kalk):
    actor = user("kalk-akteur")
    event = EventPageFactory(
        parent=section(kalk, EventIndexPage), owner=actor, live=False, aliases=False, title="Repair-Café"
    )
    kalk.workflow.start(event, actor)
    return event


def test_a_coordinator_reviewing_sees_two_actions(client, kalk, submitted_event):
    client.force_login(user("kalk-koordination"))
    html = client.get(reverse("wagtailadmin_pages:edit", args=[submitted_event.pk])).content.decode()
    footer = html[html.rindex("<footer") :]
    assert footer_buttons(html) == ["workflow-approve", "workflow-reject", "action-save-draft"]
    assert "Freigeben und veröffentlichen" in footer
    assert "Zurückschicken mit Kommentar" in footer
    for gone in ("action-publish", "action-cancel-workflow", "action-submit"):
        assert f'name="{gone}"' not in footer, gone
    assert footer.count('data-workflow-action-name="approve"') == 1
    assert footer.count('data-workflow-action-name="reject"') == 1


def test_after_approval_the_coordinator_reads_where_the_event_is_now(client, kalk, submitted_event):
    client.force_login(user("kalk-koordination"))
    data = event_form(
        title="Repair-Café",
        slug=submitted_event.slug,
        **{"action-workflow-action": "true", "workflow-action-name": "approve"},
    )
    response = client.post(reverse("wagtailadmin_pages:edit", args=[submitted_event.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    submitted_event.refresh_from_db()
    assert submitted_event.live
    texts = [str(message.message) for message in get_messages(response.wsgi_request)]
    url = submitted_event.full_url
    assert any("„Repair-Café“ ist jetzt öffentlich" in text and url in text for text in texts), texts


# -- 4. Suggestions in German words ---------------------------------------------------------------


def make_submission(kalk, **fields):
    return Submission.objects.create(kind=SubmissionKind.EVENT, sozialraum=kalk, **fields)


def test_a_suggestion_reads_in_german_words(client, kalk):
    submission = make_submission(
        kalk,
        language="tr",
        payload={
            "title": "Lesecafé",
            "date": "2026-12-19",
            "is_free": True,
            "image": False,
            "organiser": None,
            "start_time": "17:00:00",
        },
    )
    client.force_login(user("kalk-koordination"))
    url = reverse("wagtailsnippets_mitmachen_submission:inspect", args=[submission.pk])
    html = client.get(url).content.decode()
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))
    assert "Eintritt frei Ja" in text
    assert "Mit Bild Nein" in text
    assert "Veranstalter –" in text
    assert "19. Dezember 2026" in text and "2026-12-19" not in text
    assert "Beginn 17:00 Uhr" in text
    assert "Türkisch" in text
    for raw in ("True", "False", "None"):
        assert f" {raw} " not in text, raw


def listed_rows(html):
    start = html.index("<tbody", html.index('<table class="listing'))
    return html[start : html.index("</tbody>", start)]


def test_refused_suggestions_are_counted_not_listed(client, kalk):
    make_submission(kalk, payload={"title": "Kinderflohmarkt"})
    make_submission(kalk, status=SubmissionStatus.REFUSED, payload={}, refusal_reason="Zu schnell")
    make_submission(kalk, status=SubmissionStatus.REFUSED, payload={}, refusal_reason="Falle")
    client.force_login(user("kalk-koordination"))
    html = client.get(reverse("wagtailsnippets_mitmachen_submission:list")).content.decode()
    assert "Kinderflohmarkt" in listed_rows(html)
    assert listed_rows(html).count("<tr") == 1
    assert "2 Vorschläge hat der Spamschutz abgewiesen" in html
    # Asked for by their status, they are listed (the audit trail).
    refused = client.get(reverse("wagtailsnippets_mitmachen_submission:list"), {"status": "abgewiesen"})
    assert listed_rows(refused.content.decode()).count("<tr") == 2


# -- 5. Dashboards count what the user may act on; the search header ------------------------------


def test_an_actors_dashboard_counts_their_own_pages_not_the_portal(client, kalk):
    actor = user("kalk-akteur")
    NewsPageFactory(parent=section(kalk, NewsIndexPage), owner=actor, live=False, aliases=False)
    client.force_login(actor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    summary = html[html.index('class="w-summary"') :]
    summary = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", summary[: summary.index("</section>")]))
    assert Page.objects.count() > 20
    assert re.search(r"\b1 Seite\b", summary), summary
    # The admin's own style sheet takes the bullets off the dashboard's button list.
    assert "css/admin.css" in html


def test_the_admin_search_names_what_it_counts(client, kalk):
    EventPageFactory(parent=section(kalk, EventIndexPage), title="Laternenbasteln", aliases=False)
    client.force_login(user("kalk-koordination"))
    html = client.get(reverse("wagtailadmin_pages:search"), {"q": "Laternenbasteln"}).content.decode()
    header = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))
    assert "None" not in header
    assert re.search(r"1-1 von 1 Seite", header), header[:3000]


# -- 6. Help texts about this portal --------------------------------------------------------------


def test_promote_help_texts_speak_about_this_portal(client, kalk):
    news = NewsPageFactory(parent=section(kalk, NewsIndexPage), aliases=False)
    client.force_login(user("kalk-koordination"))
    html = client.get(reverse("wagtailadmin_pages:edit", args=[news.pk])).content.decode()
    assert "domain.com" not in html
    assert "search engine" not in html.lower()
    assert "Suchmaschine" in html
    assert "kalk.localhost/aktuelles/" in html or "Adresse der Seite" in html
    # Coordinators and the Portal-Redaktion hold the permission; the help text says so.
    assert "Sozialraumkoordination und die Portal-Redaktion" in html
    assert "Nur die Sozialraumkoordination kann das einstellen." not in html


def test_an_actor_does_not_see_the_landing_checkbox(client, kalk):
    actor = user("kalk-akteur")
    news = NewsPageFactory(parent=section(kalk, NewsIndexPage), owner=actor, live=False, aliases=False)
    client.force_login(actor)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[news.pk])).content.decode()
    assert 'name="show_on_landing"' not in html


# -- 7. The invitation page lets its form through the CSRF origin check ---------------------------


def test_the_invitation_page_keeps_the_origin_for_its_form(client, kalk):
    profile = invite(first_name="Can", last_name="Demir", email="can@example.org", sozialraum=kalk)
    path = invitation_path(profile.user)
    response = client.get(path, secure=True)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'content="no-referrer"' not in html
    assert '<meta name="referrer" content="same-origin">' in html
    assert response.headers["Referrer-Policy"] == "same-origin"
