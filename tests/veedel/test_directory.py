"""The address directory: "jetzt geöffnet", filters and search, entry pages, vCard, corrections, rights.

Each test makes the entries it needs. The filter tests share one varied
directory (more than a page of Kalk, with look-alikes elsewhere that must not
show), made once for the module in a transaction rolled back at its end.
"""

import datetime
import json
import re
import time
from unittest import mock

import factory
import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale

from snippets.models import CorrectionReport, Organisation, Sozialraum, TargetGroup, Topic
from tests.admin_forms import organisation_form
from tests.conftest import section
from tests.factories import EventPageFactory, OrganisationFactory
from veedel.antispam import start_token
from veedel.calendar.recurrence import BERLIN
from veedel.directory.corrections import REPORT_MAX_AGE, REPORT_SALT, CorrectionForm
from veedel.directory.routes import PER_PAGE
from veedel.models import EventIndexPage

pytestmark = pytest.mark.django_db

KALK = "kalk.localhost"


def at(year, month, day, hour, minute=0):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=BERLIN)


def sozialraum(slug):
    return Sozialraum.objects.get(slug=slug)


def t(value):
    return datetime.time.fromisoformat(value)


@pytest.fixture
def kinds_of_hours(kalk):
    return {
        # Monday to Friday 9–12, Tuesday also 14–18.
        "office": OrganisationFactory(
            sozialraum=kalk,
            slots=[(day, t("09:00"), t("12:00")) for day in range(5)] + [(1, t("14:00"), t("18:00"))],
        ),
        # Friday and Saturday nights until two.
        "night": OrganisationFactory(
            sozialraum=kalk,
            closed_on_holidays=False,
            slots=[(4, t("20:00"), t("02:00")), (5, t("20:00"), t("02:00"))],
        ),
        # The same hours as the office, but closed until mid-December.
        "closed": OrganisationFactory(
            sozialraum=kalk,
            closed_until=datetime.date(2026, 12, 15),
            closed_note="Umbau",
            slots=[(day, t("09:00"), t("12:00")) for day in range(5)],
        ),
        # Open on public holidays as well.
        "always": OrganisationFactory(
            sozialraum=kalk,
            closed_on_holidays=False,
            slots=[(day, t("00:00"), t("23:59")) for day in range(7)],
        ),
    }


@pytest.mark.parametrize(
    ("moment", "open_ones"),
    [
        (at(2026, 12, 1, 10), {"office", "always"}),  # Tuesday morning, "closed" still closed
        (at(2026, 12, 1, 15), {"office", "always"}),  # Tuesday afternoon slot
        (at(2026, 12, 2, 15), {"always"}),  # Wednesday afternoon: no slot
        (at(2026, 12, 16, 10), {"office", "closed", "always"}),  # the closure is over
        (at(2026, 12, 15, 10), {"office", "always"}),  # the last day of the closure
        (at(2026, 12, 4, 23), {"night", "always"}),  # Friday night
        (at(2026, 12, 5, 1, 30), {"night", "always"}),  # after midnight: Friday's slot
        (at(2026, 12, 5, 2, 30), {"always"}),  # after two
        (at(2026, 12, 7, 1), {"always"}),  # Monday 1:00: Sunday has no night slot
        (at(2026, 12, 25, 10), {"always"}),  # Christmas Day (a Friday): offices close on holidays
        (at(2026, 12, 25, 21), {"night", "always"}),  # Christmas night: the café opens on holidays
    ],
)
def test_open_now_at_given_instants(kinds_of_hours, moment, open_ones):
    names = {key: entry.name for key, entry in kinds_of_hours.items()}
    in_sql = set(
        Organisation.objects.filter(pk__in=[e.pk for e in kinds_of_hours.values()])
        .open_at(moment)
        .values_list("name", flat=True)
    )
    in_python = {e.name for e in kinds_of_hours.values() if e.is_open_at(moment)}
    expected = {names[key] for key in open_ones}
    assert in_sql == expected
    assert in_python == expected


def kalk_entries():
    return Organisation.objects.public().serving([sozialraum("kalk").pk])


def listed(client, query, host=KALK):
    """Names on every page of a directory listing."""
    names, number = [], 1
    while True:
        response = client.get(f"/adressen/?{query}&seite={number}", HTTP_HOST=host)
        assert response.status_code == 200, response.content.decode()[:300]
        names += [entry.name for entry in response.context["entries"]]
        if number >= response.context["results"].paginator.num_pages:
            return names
        number += 1


class ListedEntryFactory(OrganisationFactory):
    """An entry whose name starts with `stem`."""

    class Params:
        stem = "Treffpunkt"
        family_name = factory.Faker("last_name", locale="de_DE")

    name = factory.LazyAttribute(lambda entry: f"{entry.stem} {entry.family_name}")


# Cycles of different lengths, so that the entries combine the values in many ways;
# STEP_FREE and LANGUAGES have coprime lengths, so that "sprache=tr&stufenlos=1" finds some.
NAME_STEMS = [
    "Familienzentrum",
    "Bürgertreff",
    "Frauencafé",
    "Stadtteilladen",
    "Jugendclub",
    "Förderverein",
    "Elternnetz",
]
KINDS = ["kita", "verein", "einrichtung", "beratungsstelle", "initiative"]
STEP_FREE = ["ja", "nein", "teilweise", "unbekannt"]
LANGUAGES = ["de", "de,tr", "de,ar", "de,tr,ar", "ar", "tr,fr", "de,fa,ku", "ru,uk", "de,pl"]
TOPICS = [["bildung"], ["soziales"], ["sport", "bildung"]]
TARGET_GROUPS = [
    ["senioren"],
    ["familien", "kinder"],
    [],
    ["jugendliche"],
    ["alle", "senioren"],
    ["zugewanderte-gefluechtete"],
]


@pytest.fixture(scope="module")
def varied_directory(django_db_setup, django_db_blocker):
    """More than a page of varied Kalk entries, and entries elsewhere that match every filter.

    Made once for the module in a transaction rolled back at its end; each
    test's own transaction nests inside it.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        topics = {topic.slug: topic for topic in Topic.objects.all()}
        groups = {group.slug: group for group in TargetGroup.objects.all()}
        kalk, porz_ost, chorweiler = (sozialraum(slug) for slug in ("kalk", "porz-ost", "chorweiler"))
        for number in range(PER_PAGE + 10):
            ListedEntryFactory(
                stem=NAME_STEMS[number % len(NAME_STEMS)],
                kind=KINDS[number % len(KINDS)],
                step_free=STEP_FREE[number % len(STEP_FREE)],
                languages=LANGUAGES[number % len(LANGUAGES)],
                topics=[topics[slug] for slug in TOPICS[number % len(TOPICS)]],
                target_groups=[groups[slug] for slug in TARGET_GROUPS[number % len(TARGET_GROUPS)]],
                sozialraum=kalk,
            )
        matching_everything = {
            "stem": "Frauentreff",
            "kind": "kita",
            "step_free": "ja",
            "languages": "de,tr,ar",
            "topics": [topics["bildung"]],
            "target_groups": [groups["senioren"]],
        }
        # Serves Kalk from Chorweiler: listed in Kalk.
        shared = ListedEntryFactory(sozialraum=chorweiler, **matching_everything)
        shared.further_sozialraeume.add(kalk)
        shared.save()
        # Not listed in Kalk: another Sozialraum's, a draft, and a translation.
        ListedEntryFactory(sozialraum=porz_ost, **matching_everything)
        ListedEntryFactory(sozialraum=kalk, live=False, **matching_everything)
        german = ListedEntryFactory(sozialraum=kalk, **matching_everything)
        german.copy_for_translation(Locale.objects.get(language_code="en")).save()
        yield
        transaction.set_rollback(True)


@pytest.mark.parametrize(
    ("query", "keep"),
    [
        ("art=kita", lambda e: e.kind == "kita"),
        ("stufenlos=1", lambda e: e.step_free == "ja"),
        ("sprache=ar", lambda e: "ar" in e.language_codes),
        ("thema=bildung", lambda e: any(i.tag.slug == "bildung" for i in e.topic_items.all())),
        ("zielgruppe=senioren", lambda e: any(i.tag.slug == "senioren" for i in e.target_group_items.all())),
        ("buchstabe=F", lambda e: e.name[:1].upper() == "F"),
        ("sprache=tr&stufenlos=1", lambda e: "tr" in e.language_codes and e.step_free == "ja"),
    ],
)
def test_filters_return_exactly_the_matching_entries(client, varied_directory, query, keep):
    names = listed(client, query)
    expected = sorted((e.name for e in kalk_entries() if keep(e)), key=str.lower)
    assert sorted(names, key=str.lower) == expected
    assert 0 < len(names) < kalk_entries().count()


def test_search_looks_in_name_description_and_offers(client):
    kalk = sozialraum("kalk")
    OrganisationFactory(name="Zauberwerkstatt Kalk", sozialraum=kalk)
    OrganisationFactory(name="Haus A", short_description="Wir bieten Zauberkurse an.", sozialraum=kalk)
    OrganisationFactory(name="Haus B", offers="Zauberei für Kinder\nBasteln", sozialraum=kalk)
    OrganisationFactory(name="Haus C", offers="Zauberei", sozialraum=sozialraum("porz-ost"))
    assert sorted(listed(client, "q=zauber")) == ["Haus A", "Haus B", "Zauberwerkstatt Kalk"]
    assert listed(client, "q=zauber+kinder") == ["Haus B"]


def test_open_now_filter_in_the_listing_matches_the_rule(client, kinds_of_hours):
    names = set(listed(client, "offen=1"))
    now = timezone.now()
    expected = {e.name for e in kalk_entries().prefetch_related("opening_slots") if e.is_open_at(now)}
    assert names == expected


def test_entries_appear_where_they_serve(client):
    shared = OrganisationFactory(name="Gemeinsames Zentrum", sozialraum=sozialraum("chorweiler"))
    shared.further_sozialraeume.add(sozialraum("kalk"))
    shared.save()  # a ParentalManyToManyField is written on save
    draft = OrganisationFactory(name="Unfertiger Eintrag", sozialraum=sozialraum("kalk"), live=False)
    assert "Gemeinsames Zentrum" in listed(client, "q=gemeinsames")
    assert "Gemeinsames Zentrum" in listed(client, "q=gemeinsames", host="chorweiler.localhost")
    assert "Gemeinsames Zentrum" not in listed(client, "q=gemeinsames", host="porz-ost.localhost")
    assert listed(client, "q=gemeinsames&veedel=kalk", host="localhost") == ["Gemeinsames Zentrum"]
    assert listed(client, "q=gemeinsames&veedel=porz-ost", host="localhost") == []
    assert client.get(f"/adressen/{draft.slug}/", HTTP_HOST=KALK).status_code == 404
    assert "Unfertiger Eintrag" not in listed(client, "q=unfertig", host="localhost")
    assert client.get(f"/adressen/{shared.slug}/", HTTP_HOST="porz-ost.localhost").status_code == 404


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("art=schloss", "Diese Art gibt es nicht."),
        ("thema=nix", "Dieses Thema gibt es nicht."),
        ("buchstabe=%3Cb%3E", "Bitte wählen Sie einen Buchstaben"),
        ("veedel=atlantis", "Dieses Veedel gibt es nicht."),
    ],
)
def test_bad_filters_get_a_message_and_a_400(client, query, message):
    response = client.get(f"/adressen/?{query}", HTTP_HOST="localhost")
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html and "<b>" not in html


def json_ld_of(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(blocks[0])


def test_entry_page_shows_the_facts_json_ld_and_vcard(client):
    entry = OrganisationFactory(
        name="Kita Regenbogen Test",
        kind="kita",
        sozialraum=sozialraum("kalk"),
        street="Kalker Hauptstraße 1",
        postcode="51103",
        phone="0221 99 99 1-00",
        email="kita@regenbogen.example",
        latitude="50.938000",
        longitude="6.996000",
        languages="de,tr",
        slots=[(0, t("07:30"), t("16:30"))],
    )
    response = client.get(f"/adressen/{entry.slug}/", HTTP_HOST=KALK)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Kalker Hauptstraße 1" in html and "Türkçe" in html and "07:30–16:30 Uhr" in html
    assert "Stand:" in html and "openstreetmap.org/?mlat=50.938000" in html
    data = json_ld_of(html)
    assert data["@type"] == "ChildCare"
    assert data["address"]["postalCode"] == "51103"
    assert data["geo"]["latitude"] == 50.938
    assert data["openingHoursSpecification"][0]["dayOfWeek"] == "https://schema.org/Monday"
    card = client.get(f"/adressen/{entry.slug}/vcard/", HTTP_HOST=KALK)
    assert card["Content-Type"] == "text/vcard; charset=utf-8"
    text = card.content.decode()
    assert "FN:Kita Regenbogen Test" in text and "ADR;TYPE=WORK:;;Kalker Hauptstraße 1;Köln;;51103" in text
    assert text.endswith("END:VCARD\r\n")


def test_vcard_escapes_every_line_break_names_the_entry_and_folds_long_lines(client):
    """RFC 6350: no bare CR or LF inside a value, an N property, lines of at most 75 octets."""
    entry = OrganisationFactory(
        name="Treff\rAm Markt",
        sozialraum=sozialraum("kalk"),
        street="Kalker Hauptstraße 1\r",
        short_description="Erste Zeile\rzweite Zeile\ndritte; mit Komma, " + "sehr lang " * 20,
    )
    card = client.get(f"/adressen/{entry.slug}/vcard/", HTTP_HOST=KALK)
    assert card.status_code == 200
    raw = card.content
    lines = raw.split(b"\r\n")
    assert lines[-1] == b""  # ends with CRLF
    assert all(b"\r" not in line and b"\n" not in line for line in lines)
    assert all(len(line) <= 75 for line in lines)
    unfolded = raw.decode().replace("\r\n ", "")
    assert "\nN:" in unfolded or "\r\nN:" in unfolded
    assert "FN:Treff\\nAm Markt" in unfolded
    assert "NOTE:Erste Zeile\\nzweite Zeile\\ndritte\\; mit Komma\\, sehr lang" in unfolded


def test_entries_not_verified_for_two_years_are_marked(client):
    old = OrganisationFactory(name="Alter Eintrag", sozialraum=sozialraum("kalk"))
    Organisation.objects.filter(pk=old.pk).update(
        last_verified=datetime.date.today() - datetime.timedelta(days=760)
    )
    fresh = OrganisationFactory(name="Frischer Eintrag", sozialraum=sozialraum("kalk"))
    assert "möglicherweise veraltet" in client.get(f"/adressen/{old.slug}/", HTTP_HOST=KALK).content.decode()
    assert (
        "möglicherweise veraltet"
        not in client.get(f"/adressen/{fresh.slug}/", HTTP_HOST=KALK).content.decode()
    )


def report_data(**changes):
    data = {
        "message": "Die Telefonnummer hat sich geändert: 0221 99 99 1-23.",
        "name": "",
        "email": "",
        "homepage": "",
        "started": start_token(REPORT_SALT, time.time() - 30),
    }
    return {**data, **changes}


def test_the_entry_page_links_the_report_page_and_carries_no_form(client):
    entry = OrganisationFactory(name="Stadtteilbibliothek Test", sozialraum=sozialraum("kalk"))
    response = client.get(f"/adressen/{entry.slug}/", HTTP_HOST=KALK)
    html = response.content.decode()
    assert response.status_code == 200
    section = html[html.index('id="fehler-melden"') :]
    section = section[: section.index("</section>")]
    assert "Fehler melden" in section and "Die Sozialraumkoordination prüft Ihre Meldung" in section
    assert f'href="/mitmachen/einrichtung/?eintrag={entry.slug}"' in section
    assert f'class="button button--large" href="/adressen/{entry.slug}/fehler-melden/"' in section
    assert "<form" not in section and "csrfmiddlewaretoken" not in html
    assert not response.cookies


def test_the_report_page_shows_the_form_for_its_entry(client):
    entry = OrganisationFactory(name="Stadtteilbibliothek Test", sozialraum=sozialraum("kalk"))
    response = client.get(f"/adressen/{entry.slug}/fehler-melden/", HTTP_HOST=KALK)
    html = response.content.decode()
    assert response.status_code == 200
    assert "<title>Fehler melden: Stadtteilbibliothek Test – " in html
    assert '<meta name="robots" content="noindex">' in html
    assert "<h1>Fehler melden: <bdi>Stadtteilbibliothek Test</bdi></h1>" in html
    breadcrumbs = html[html.index('class="breadcrumbs"') :]
    breadcrumbs = breadcrumbs[: breadcrumbs.index("</nav>")]
    assert 'href="/adressen/"' in breadcrumbs and f'href="/adressen/{entry.slug}/"' in breadcrumbs
    assert '<span aria-current="page">Fehler melden</span>' in breadcrumbs
    form = html[html.index('<form class="suggestion-form"') :]
    form = form[: form.index("</form>")]
    assert f'method="post" action="/adressen/{entry.slug}/fehler-melden/"' in form
    assert "csrfmiddlewaretoken" in form
    for name in ("message", "name", "email", "homepage", "started"):
        assert f'name="{name}"' in form
    assert '<div class="hp-field" aria-hidden="true">' in form
    assert "Name und E-Mail sind freiwillig" in form and "Meldung senden" in form
    assert f'href="/mitmachen/einrichtung/?eintrag={entry.slug}"' in html
    assert "error-summary" not in html
    assert "no-cache" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_the_report_page_of_an_unknown_entry_is_a_404(client):
    assert client.get("/adressen/gibt-es-nicht/fehler-melden/", HTTP_HOST=KALK).status_code == 404


def test_a_correction_is_stored_and_sent_to_the_coordinators(client):
    entry = OrganisationFactory(name="Bürgerverein Test", sozialraum=sozialraum("kalk"))
    response = client.post(
        f"/adressen/{entry.slug}/fehler-melden/",
        report_data(message="<script>alert(1)</script>Öffnungszeiten falsch", email="a@b.example"),
        HTTP_HOST=KALK,
    )
    assert response.status_code == 303
    assert response["Location"] == f"/adressen/{entry.slug}/?gemeldet=1#fehler-melden"
    report = CorrectionReport.objects.get(organisation=entry)
    assert report.message == "alert(1)Öffnungszeiten falsch"
    assert report.sozialraum.slug == "kalk"
    assert len(mail.outbox) == 1 and "kalk-koordination@" in mail.outbox[0].to[0]
    assert "Vielen Dank" in client.get(response["Location"], HTTP_HOST=KALK).content.decode()


@pytest.mark.parametrize(
    ("changes", "status", "message"),
    [
        ({"homepage": "http://spam.example"}, 400, "Bitte lassen Sie das letzte Feld leer"),
        ({"started": start_token(REPORT_SALT, time.time())}, 400, "Das ging sehr schnell"),
        ({"started": "gefälscht"}, 400, "Das Formular ist abgelaufen"),
        ({"message": ""}, 400, "Bitte schreiben Sie, was nicht stimmt."),
        ({"email": "keine-adresse"}, 400, "gültige E-Mail-Adresse"),
        ({"message": "x" * 2001}, 400, "höchstens 2000 Zeichen"),
    ],
)
def test_bad_or_suspicious_corrections_are_refused_and_keep_the_text(client, changes, status, message):
    entry = OrganisationFactory(name="Sportverein Test", sozialraum=sozialraum("kalk"))
    data = report_data(**changes, name="Erika Test")
    if "started" in changes and changes["started"] != "gefälscht":
        data["started"] = start_token(REPORT_SALT, time.time())
    response = client.post(f"/adressen/{entry.slug}/fehler-melden/", data, HTTP_HOST=KALK)
    assert response.status_code == status
    html = response.content.decode()
    # The report page again, the reason in the shared error summary at the top, the text kept.
    assert "<title>Fehler: Fehler melden: Sportverein Test" in html
    summary = html[html.index('<div class="error-summary"') : html.index('<form class="suggestion-form"')]
    assert message in summary
    if data["message"] and len(data["message"]) < 100:
        assert data["message"] in html
    assert 'value="Erika Test"' in html
    assert 'name="homepage" value=' not in html  # the honeypot is emptied for the next try
    assert "no-cache" in response["Cache-Control"]
    assert not CorrectionReport.objects.filter(organisation=entry).exists()


def test_a_form_shown_again_for_its_errors_can_be_sent_after_it_had_expired(client):
    """Opened hours ago and sent without a message: the form comes back with a fresh token, as after a
    spam refusal, so that sending it with the message now goes through instead of "abgelaufen"."""
    entry = OrganisationFactory(name="Nachbarschaftshaus Test", sozialraum=sozialraum("kalk"))
    path = f"/adressen/{entry.slug}/fehler-melden/"
    opened_long_ago = start_token(REPORT_SALT, time.time() - REPORT_MAX_AGE - 60)
    again = client.post(path, report_data(message="", started=opened_long_ago), HTTP_HOST=KALK)
    assert again.status_code == 400
    token = re.search(r'name="started" value="([^"]+)"', again.content.decode())[1]
    assert token != opened_long_ago
    with mock.patch.object(CorrectionForm, "min_seconds", 0):
        sent = client.post(path, report_data(started=token), HTTP_HOST=KALK)
    assert sent.status_code == 303, sent.content.decode()[:500]
    assert CorrectionReport.objects.filter(organisation=entry).count() == 1


def test_corrections_are_rate_limited(client):
    entry = OrganisationFactory(name="Moscheegemeinde Test", sozialraum=sozialraum("kalk"))
    responses = [
        client.post(f"/adressen/{entry.slug}/fehler-melden/", report_data(), HTTP_HOST=KALK) for _ in range(7)
    ]
    assert [response.status_code for response in responses] == [303] * 5 + [429] * 2
    html = responses[-1].content.decode()
    summary = html[html.index('<div class="error-summary"') : html.index('<form class="suggestion-form"')]
    assert "Ihre Meldung ist nicht angekommen" in summary and "schon viele Meldungen" in summary
    assert report_data()["message"] in html
    assert CorrectionReport.objects.filter(organisation=entry).count() == 5


def user(username):
    return get_user_model().objects.get(username=username)


def admin_url(name, *args):
    return reverse(Organisation.snippet_viewset.get_url_name(name), args=args)


def test_actor_of_another_sozialraum_cannot_touch_an_entry(client):
    entry = OrganisationFactory(name="Familienzentrum Chorweiler Test", sozialraum=sozialraum("chorweiler"))
    entry.save_revision()
    revision = entry.latest_revision
    # Created by the actor, so both the actor (as owner) and the coordinator may touch it.
    mine = OrganisationFactory(
        name="Familienzentrum Porz Test",
        sozialraum=sozialraum("porz-ost"),
        owner=user("porz-ost-akteur"),
    )
    for username in ("porz-ost-akteur", "porz-ost-koordination"):
        client.force_login(user(username))
        for name, args in [
            ("edit", [entry.pk]),
            ("delete", [entry.pk]),
            ("unpublish", [entry.pk]),
            ("lock", [entry.pk]),
            ("unlock", [entry.pk]),
            ("history", [entry.pk]),
            ("revisions_revert", [entry.pk, revision.pk]),
        ]:
            for method in (client.get, client.post):
                response = method(admin_url(name, *args))
                assert (
                    response.status_code in (302, 403, 404)
                    and "Familienzentrum Chorweiler" not in response.content.decode()
                ), (username, name)
                if response.status_code == 302:
                    assert response["Location"] == reverse("wagtailadmin_home")
        entry.refresh_from_db()
        assert entry.live and entry.name == "Familienzentrum Chorweiler Test"
        listing = client.get(admin_url("list")).content.decode()
        assert mine.name in listing and entry.name not in listing
    client.force_login(user("chorweiler-koordination"))
    assert client.get(admin_url("edit", entry.pk)).status_code == 200


def test_an_actors_entry_goes_through_the_own_coordinators(client):
    client.force_login(user("kalk-akteur"))
    response = client.post(admin_url("add"), organisation_form(**{"action-publish": "1"}))
    entry = Organisation.objects.get(name="Nachbarschaftstreff Test")
    assert not entry.live, "an actor cannot publish"
    response = client.post(admin_url("edit", entry.pk), organisation_form(**{"action-submit": "1"}))
    assert response.status_code == 302
    state = entry.workflow_states.get()
    assert state.workflow == sozialraum("kalk").workflow
    assert client.get(f"/adressen/{entry.slug}/", HTTP_HOST=KALK).status_code == 404
    task_state = state.current_task_state
    approve = reverse(
        Organisation.snippet_viewset.get_url_name("workflow_action"),
        args=[entry.pk, "approve", task_state.pk],
    )
    client.force_login(user("porz-ost-koordination"))
    client.post(approve, {"comment": ""})
    entry.refresh_from_db()
    assert not entry.live, "another Sozialraum's coordinators cannot approve"
    client.force_login(user("kalk-koordination"))
    assert client.post(approve, {"comment": ""}).status_code in (200, 302)
    entry.refresh_from_db()
    assert entry.live
    assert client.get(f"/adressen/{entry.slug}/", HTTP_HOST=KALK).status_code == 200


def test_creating_a_twin_warns_about_a_duplicate(client):
    OrganisationFactory(name="Stadtteilbibliothek Kalk Test", postcode="51103", sozialraum=sozialraum("kalk"))
    client.force_login(user("kalk-koordination"))
    data = organisation_form(name="Stadtteilbibliothek Kalk Test")
    response = client.post(admin_url("add"), data)
    assert response.status_code == 200
    assert "Es gibt schon einen Eintrag" in response.content.decode()
    assert Organisation.objects.filter(name="Stadtteilbibliothek Kalk Test").count() == 1
    response = client.post(admin_url("add"), {**data, "confirm_duplicate": "on"})
    assert response.status_code == 302
    assert Organisation.objects.filter(name="Stadtteilbibliothek Kalk Test").count() == 2


def test_entry_page_lists_the_events_held_or_organised_there(client, kalk):
    entry = OrganisationFactory(sozialraum=kalk)
    calendar = section(kalk, EventIndexPage)
    held = EventPageFactory(parent=calendar, venue=entry, aliases=False)
    organised = EventPageFactory(parent=calendar, organiser_entry=entry, aliases=False)
    draft = EventPageFactory(parent=calendar, venue=entry, live=False, aliases=False)
    html = client.get(f"/adressen/{entry.slug}/", HTTP_HOST=KALK).content.decode()
    assert held.title in html and organised.title in html
    assert draft.title not in html
    page = client.get(held.get_url_parts()[2], HTTP_HOST=KALK)
    assert page.status_code == 200
    assert f'href="/adressen/{entry.slug}/"' in page.content.decode()


def test_translated_text_is_shown_and_untranslated_text_is_marked_german(client):
    from wagtail.models import Locale

    translated = OrganisationFactory(
        name="Seniorentreff Test", short_description="Treffpunkt für Ältere.", sozialraum=sozialraum("kalk")
    )
    english = translated.copy_for_translation(Locale.objects.get(language_code="en"))
    english.short_description = "A meeting place for older people."
    english.save()
    untranslated = OrganisationFactory(
        name="Jugendtreff Test",
        short_description="Treffpunkt für Jugendliche.",
        sozialraum=sozialraum("kalk"),
    )
    html = client.get(f"/en/addresses/{translated.slug}/", HTTP_HOST=KALK).content.decode()
    assert "A meeting place for older people." in html
    assert '<h1 lang="de"' not in html
    html = client.get(f"/en/addresses/{untranslated.slug}/", HTTP_HOST=KALK).content.decode()
    assert "Treffpunkt für Jugendliche." in html
    assert '<h1 lang="de" dir="ltr">Jugendtreff Test</h1>' in html
    listing = client.get("/en/addresses/?q=treff+test", HTTP_HOST=KALK).content.decode()
    assert "A meeting place for older people." in listing and "Treffpunkt für Ältere." not in listing


def test_coordinators_export_their_own_entries_as_csv(client):
    OrganisationFactory(name="Export Kalk Test", sozialraum=sozialraum("kalk"))
    OrganisationFactory(name="Export Porz Test", sozialraum=sozialraum("porz-ost"))
    client.force_login(user("kalk-koordination"))
    response = client.get(admin_url("list") + "?export=csv")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()
    assert "Export Kalk Test" in text and "Export Porz Test" not in text


def test_directory_filter_asks_which_languages_are_spoken(client):
    html = client.get("/adressen/", HTTP_HOST=KALK).content.decode()
    assert '<label for="id_sprache">Man spricht</label>' in html
