"""The coordinators' dashboard panel: what waits for them, counted for their own Sozialraum only."""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from mitmachen.dashboard import panels_for
from mitmachen.models import Submission, SubmissionKind, SubmissionStatus
from snippets.models import CorrectionReport
from tests.conftest import section
from tests.factories import EventPageFactory, OrganisationFactory
from veedel.models import EventIndexPage

pytestmark = pytest.mark.django_db

ROWS = ["freigabe", "vorschlaege", "fehlermeldungen", "veraltet"]


def user(username):
    return get_user_model().objects.get(username=username)


def panel_of(client):
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    start = html.find('id="koordination-section"')
    assert start != -1, "no coordination panel"
    return html[start : html.find("</section>", start)]


def counts(panel):
    found = dict(re.findall(r'id="offen-([a-z]+)".*?class="mitmachen-counts__number">(\d+)<', panel, re.S))
    assert set(found) == set(ROWS), found
    return {key: int(value) for key, value in found.items()}


def submitted_event(place, title):
    """An event drafted by the place's actor and submitted to its coordinators."""
    actor = user(f"{place.slug}-akteur")
    page = EventPageFactory(
        parent=section(place, EventIndexPage), title=title, owner=actor, live=False, aliases=False
    )
    place.workflow.start(page, actor)
    return page


def submitted_entry(place, name):
    actor = user(f"{place.slug}-akteur")
    entry = OrganisationFactory(name=name, sozialraum=place, owner=actor, live=False)
    entry.save_revision(user=actor)
    place.workflow.start(entry, actor)
    return entry


def suggestion(place, title, status=SubmissionStatus.RECEIVED):
    return Submission.objects.create(
        kind=SubmissionKind.EVENT, sozialraum=place, status=status, payload={"title": title}
    )


def correction(place, handled=False):
    """A reader's report on a (freshly checked) entry of the place."""
    return CorrectionReport.objects.create(
        organisation=OrganisationFactory(sozialraum=place),
        sozialraum=place,
        message="Die Hausnummer stimmt nicht.",
        handled=handled,
    )


def stale(place, name):
    return OrganisationFactory(
        name=name, sozialraum=place, last_verified=timezone.localdate() - datetime.timedelta(days=800)
    )


def add_work(place, number, tag):
    submitted_event(place, f"Sommerfest {tag} {number}")
    submitted_entry(place, f"Neuer Verein {tag} {number}")
    suggestion(place, f"Vorschlag {tag} {number}")
    suggestion(place, f"Erledigt {tag} {number}", status=SubmissionStatus.PUBLISHED)
    correction(place)
    correction(place, handled=True)
    stale(place, f"Alter Eintrag {tag} {number}")


def test_the_counts_are_kalks_and_nothing_of_porz_ost(client, kalk, porz_ost):
    kalk_event = submitted_event(kalk, "Sommerfest Kalk")
    submitted_entry(kalk, "Neuer Verein Kalk")
    suggestion(kalk, "Lesung im Park")
    suggestion(kalk, "Spam", status=SubmissionStatus.REFUSED)
    correction(kalk)
    correction(kalk, handled=True)
    stale(kalk, "Alter Eintrag Kalk")
    submitted_event(porz_ost, "Sommerfest Porz")
    suggestion(porz_ost, "Vorschlag aus Porz")
    correction(porz_ost)
    stale(porz_ost, "Alter Eintrag Porz")

    client.force_login(user("kalk-koordination"))
    panel = panel_of(client)
    assert counts(panel) == {"freigabe": 2, "vorschlaege": 1, "fehlermeldungen": 1, "veraltet": 1}
    assert "Sommerfest Kalk" in panel and "Neuer Verein Kalk" in panel
    assert "Porz" not in panel
    assert "<h2" in panel and "Für die Koordination" in panel
    assert reverse("stale_organisations") in panel
    assert reverse(CorrectionReport.snippet_viewset.get_url_name("list")) in panel
    edit = reverse("wagtailadmin_pages:edit", args=[kalk_event.pk])
    assert f'href="{edit}"' in panel

    client.force_login(user("porz-ost-koordination"))
    assert counts(panel_of(client)) == {"freigabe": 1, "vorschlaege": 1, "fehlermeldungen": 1, "veraltet": 1}

    # The Portal-Redaktion sees every Sozialraum.
    client.force_login(user("redaktion"))
    assert counts(panel_of(client)) == {"freigabe": 3, "vorschlaege": 2, "fehlermeldungen": 2, "veraltet": 2}


def test_the_panel_counts_what_is_still_open(client, kalk):
    page = submitted_event(kalk, "Sommerfest Kalk")
    report = correction(kalk)
    client.force_login(user("kalk-koordination"))
    assert counts(panel_of(client)) == {"freigabe": 1, "vorschlaege": 0, "fehlermeldungen": 1, "veraltet": 0}
    page.current_workflow_task_state.approve(user=user("kalk-koordination"))
    report.handled = True
    report.save()
    assert counts(panel_of(client)) == {"freigabe": 0, "vorschlaege": 0, "fehlermeldungen": 0, "veraltet": 0}


def test_actors_get_no_coordination_panel(client):
    client.force_login(user("kalk-akteur"))
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert 'id="koordination-section"' not in html


def panel_queries():
    """The panel alone, rendered for a fresh user object (roles are cached per request user)."""
    with CaptureQueriesContext(connection) as queries:
        html = "".join(panel.render_html({}) for panel in panels_for(user("kalk-koordination")))
    return len(queries), html


def test_the_dashboard_costs_the_same_with_ten_times_more_work(client, kalk, django_assert_max_num_queries):
    add_work(kalk, 0, "A")
    client.force_login(user("kalk-koordination"))
    panel_of(client)  # warms the caches a first request fills (content types, sites)
    with django_assert_max_num_queries(120) as small:
        panel = panel_of(client)
    assert counts(panel)["freigabe"] == 2
    alone, _html = panel_queries()
    for number in range(1, 10):
        add_work(kalk, number, "B")
    with django_assert_max_num_queries(len(small.captured_queries) + 3):
        panel = panel_of(client)
    assert "und " in panel and "weitere" in panel
    assert counts(panel) == {"freigabe": 20, "vorschlaege": 10, "fehlermeldungen": 10, "veraltet": 10}
    assert panel_queries()[0] == alone
