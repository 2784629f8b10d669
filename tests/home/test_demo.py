"""The demo: the only tests that build it (once for this module, rolled back afterwards).

The module builds it for Kalk (DEMO_SOZIALRAEUME), on the test portal with its three Sozialräume
(tests/conftest.py: TEST_SOZIALRAEUME): the same code and data files as `make demo` for all eleven,
in a tenth of the time, and the two others show what a Sozialraum without the demo keeps. The
data of every Sozialraum is checked without building it (vocabulary names below; translations in
test_demo_translations.py).
"""

import io
import operator
import re
from collections import defaultdict
from functools import reduce
from urllib.parse import urlsplit

import feedparser
import pytest
from django.core import mail
from django.core.management import call_command
from django.db import transaction
from django.db.models import Q
from django.utils.html import escape
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

from home.demo import data
from home.demo.events import demo_events
from home.demo.quiz import scaled_minimum
from home.setup import read_vocabularies
from home.setup.accessible_pages import accessible_page_specs
from home.setup.pages import skeleton
from quiz import draw
from quiz.models import QuizEntry, QuizPage, QuizSecret, QuizState
from snippets.models import Contact, Sozialraum
from snippets.translation_state import TranslationState, annotate_translation_state
from tests.conftest import TEST_SOZIALRAEUME, write_sozialraum_list
from tests.markup import assert_reads_in_language
from veedel.models import EventPage, NewsPage, ProjectPagePartner

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

DEMO_SOZIALRAEUME = ["kalk"]
LOC = re.compile(r"<loc>([^<]+)</loc>")
KINDS = {"single_choice", "multiple_choice", "short_answer"}


@pytest.fixture(scope="module")
def demo_list(tmp_path_factory):
    return write_sozialraum_list(tmp_path_factory.mktemp("demo") / "sozialraeume.json", DEMO_SOZIALRAEUME)


@pytest.fixture(scope="module", autouse=True)
def demo(django_db_setup, django_db_blocker, demo_list):
    """load_demo for Kalk on top of the test portal, in a transaction that the module's end rolls back.

    Each test's own transaction nests inside it, so the other modules never see the demo.
    """
    out = io.StringIO()
    with django_db_blocker.unblock(), transaction.atomic():
        sent_before = len(mail.outbox)
        call_command("load_demo", list_path=demo_list, stdout=out)
        FIRST_BUILD.update(output=out.getvalue(), mails=len(mail.outbox) - sent_before)
        yield
        transaction.set_rollback(True)


FIRST_BUILD = {}


def test_first_build_prints_progress_and_one_summary_without_mails():
    """What `make run` shows on a first start: a line per step, a bar per Sozialraum, one summary."""
    lines = FIRST_BUILD["output"].splitlines()
    assert FIRST_BUILD["mails"] == 0
    bars = [line for line in lines if line.startswith("[") and "█" in line]
    assert len(bars) == len(DEMO_SOZIALRAEUME)
    assert bars[-1].startswith("[" + "█" * 20 + "]")
    assert sum("Demo fertig:" in line for line in lines) == 1
    assert sum(line.startswith("Demo-Zugänge, alle mit dem Passwort") for line in lines) == 1
    assert not any("Subject:" in line or "Änderungen" in line or "Permission" in line for line in lines)
    assert len(lines) < 30 + len(DEMO_SOZIALRAEUME) * 2


def test_every_live_page_answers_on_its_own_host(client):
    """Every page answers on its host; in en/tr/ar it reads in that language or is German with the notice."""
    pages = Page.objects.live().exclude(depth=1).specific()
    german = {page.translation_key: page for page in Page.objects.filter(locale__language_code="de")}
    roots = set(Site.objects.values_list("root_page__translation_key", flat=True))
    checked = translated = 0
    for page in pages:
        site_id, root_url, path = page.get_url_parts()
        site = Site.objects.get(pk=site_id)
        response = client.get(path, HTTP_HOST=site.hostname)
        assert response.status_code == 200, (site.hostname, path)
        checked += 1
        if page.locale.language_code != "de":
            title = None if page.translation_key in roots else german[page.translation_key].title
            assert_reads_in_language(response.content.decode(), page.alias_of_id is not None, title)
            translated += page.alias_of_id is None
    # Per language and Sozialraum at least setup_sites' pages, and in the demo's the files' two news
    # and two events; the rest stays German with the notice, so the demo shows both.
    own = skeleton()["sozialraum"]
    setup_pages = 1 + len(own["sections"]) + len(own["pages"])
    assert translated >= 3 * (len(TEST_SOZIALRAEUME) * setup_pages + len(DEMO_SOZIALRAEUME) * (2 + 2))
    assert translated < checked * 3 / 4
    accessible = len(accessible_page_specs())  # Leichte Sprache, Gebärdensprache on every site
    city = skeleton()["landing"]
    # The demo's background pages and setup_sites' standard pages (the legal pages are both; Mitmachen
    # only setup_sites').
    landing_pages = {page["slug"] for page in data.landing()["pages"]} | {
        page["slug"] for page in city["pages"]
    }
    press = len(data.read("press.yaml")["releases"])
    quizzes = len(data.read("quiz.yaml")["quizzes"])
    landing = 1 + len(city["sections"]) + len(landing_pages) + accessible + press + quizzes
    own = skeleton()["sozialraum"]
    events = len(demo_events(Sozialraum.objects.first()))
    per_sozialraum = sum(
        1 + len(own["sections"]) + len(own["pages"]) + accessible
        + (len(data.news(slug)) + len(data.projects(slug)) + events if slug in DEMO_SOZIALRAEUME else 0)
        for slug in TEST_SOZIALRAEUME
    )  # fmt: skip
    assert checked == 4 * (landing + per_sozialraum)


def test_every_sitemap_lists_each_live_page_of_its_site_once(client):
    """Every page of a site in every language it is written in; aliases (German under a language
    prefix, canonical to the German page) are left out. That each of them answers 200 on its host
    is `test_every_live_page_answers_on_its_own_host`."""
    expected = defaultdict(set)
    for page in Page.objects.live().public().filter(alias_of__isnull=True).exclude(depth=1):
        site_id, root_url, path = page.get_url_parts()
        expected[site_id].add(root_url + path)
    for site in Site.objects.all():
        response = client.get("/sitemap.xml", HTTP_HOST=site.hostname)
        assert response.status_code == 200, site.hostname
        listed = LOC.findall(response.content.decode())
        assert len(listed) == len(set(listed)), site.hostname
        assert set(listed) == expected[site.pk], site.hostname
        assert all(urlsplit(url).hostname == site.hostname for url in listed), site.hostname


def test_every_event_has_a_venue_a_street_or_a_link_and_pages_link_the_directory(client):
    """No event shows only "Gemeindesaal": each has a directory entry, a street or an online link."""
    events = EventPage.objects.filter(locale__language_code="de")
    assert events.exists()
    for event in events.select_related("venue__sozialraum"):
        assert event.venue_id or event.street or event.online_link, event.title
        if event.venue_id:  # a house of the event's own Sozialraum
            assert event.venue.sozialraum.site_id == event.get_site().pk, event.title
    assert events.exclude(venue=None).count() >= events.count() * 3 / 4
    assert events.exclude(organiser_entry=None).exists()
    assert NewsPage.objects.exclude(author_entry=None).exists()
    assert ProjectPagePartner.objects.exists()
    # The entry's page lists what links it.
    entry = ProjectPagePartner.objects.select_related("organisation__sozialraum__site").first().organisation
    html = client.get(f"/adressen/{entry.slug}/", HTTP_HOST=entry.sozialraum.site.hostname).content.decode()
    assert "Gute Beispiele, bei denen sie mitmachen" in html


def test_demo_is_idempotent(demo_list):
    counts = (Page.objects.count(), get_image_model().objects.count(), Contact.objects.count())
    out = io.StringIO()
    call_command("load_demo", list_path=demo_list, stdout=out)
    assert "Demo fertig: 0 neue Inhalte" in out.getvalue()
    assert (Page.objects.count(), get_image_model().objects.count(), Contact.objects.count()) == counts


def test_every_image_has_alt_text_and_credit():
    images = get_image_model().objects.all()
    # Every Sozialraum's header picture (the test portal's too), and the demo's project pictures.
    projects = sum(len(data.projects(slug)) for slug in DEMO_SOZIALRAEUME)
    assert images.count() == len(TEST_SOZIALRAEUME) + projects
    for image in images:
        assert image.description.strip()
        assert image.credit.strip()


def test_the_press_page_shows_the_demo_releases_their_photos_and_the_press_office(client):
    releases = data.read("press.yaml")["releases"]
    press = client.get("/presse/", HTTP_HOST="localhost").content.decode()
    for release in releases:
        assert escape(release["title"]) in press
    assert "Sozialraumkoordination Köln – Pressestelle" in press
    photos = client.get("/presse/fotos/", HTTP_HOST="localhost").content.decode()
    for caption in (photo["caption"] for release in releases for photo in release["photos"]):
        assert caption in photos
    feed = feedparser.parse(client.get("/feed/presse/", HTTP_HOST="localhost").content)
    assert not feed.bozo
    assert {entry.title for entry in feed.entries} == {release["title"] for release in releases}


def test_demo_contacts_are_offices_not_people():
    for contact in Contact.objects.all():
        assert contact.name.startswith("Sozialraumkoordination")
        assert contact.email.endswith("@sozialraumkoordination.example")


def test_no_page_tree_problems_after_demo_and_sync():
    assert Page.find_problems() == ([], [], [], [], [])


def test_demo_data_names_only_known_vocabulary():
    """A typo in a data file's topic or target group would silently drop the term from the page."""
    vocabulary = read_vocabularies()
    topics = {entry["slug"] for entry in vocabulary["themen"]}
    groups = {entry["slug"] for entry in vocabulary["zielgruppen"]}
    calendar = data.read("events.yaml")
    items = [
        *calendar["regular"],
        *calendar["every_sozialraum"],
        *calendar["pool"],
        *calendar["festivals"].values(),
        *data.read("press.yaml")["releases"],
    ]
    for slug in data.sozialraum_slugs():
        items += [*data.news(slug), *data.projects(slug), *data.read(f"directory/{slug}.yaml")]
    for item in items:
        assert set(item.get("topics", [])) <= topics, item.get("title", item.get("name"))
        assert set(item.get("target_groups", [])) <= groups, item.get("title", item.get("name"))


def test_line_breaks_between_tags_are_only_for_reading():
    assert data.blocks([{"paragraph": "<p>a</p><ul><li>b</li></ul>"}]) == [
        ("paragraph", "<p>a</p><ul><li>b</li></ul>")
    ]
    assert (
        data.clean("<p>Zwei\nZeilen</p>\n  <ul>\n<li>b</li>\n</ul>\n")
        == "<p>Zwei\nZeilen</p><ul><li>b</li></ul>"
    )


def test_no_translation_is_outdated_after_the_build():
    """The demo translates after the German is final: no reader sees "Die deutsche Fassung … geändert"."""
    translations = Page.objects.exclude(locale__language_code="de").filter(alias_of__isnull=True)
    # The Sozialräume without the demo keep the test portal's skeleton, whose German start pages
    # carry the demo's intro without a new translation (tests/conftest.py builds no content).
    others = Page.objects.filter(
        translation_key__in=Sozialraum.objects.exclude(slug__in=DEMO_SOZIALRAEUME).values(
            "site__root_page__translation_key"
        )
    )
    translations = translations.exclude(
        reduce(operator.or_, (Q(path__startswith=root.path) for root in others))
    )
    outdated = annotate_translation_state(translations).filter(translation_state=TranslationState.OUTDATED)
    assert list(outdated.values_list("url_path", "locale__language_code")) == []


def demo_quiz(position):
    """The German page of the demo quiz at `position` in fixtures/demo/quiz.yaml, and its data."""
    item = data.read("quiz.yaml")["quizzes"][position]
    page = QuizPage.objects.get(slug=item["slug"], locale__language_code="de")
    assert page.get_parent().pk == Site.objects.get(is_default_site=True).root_page_id  # the landing site
    return page, item


def get(client, page):
    site_id, _root, path = page.get_url_parts()
    return client.get(path, HTTP_HOST=Site.objects.get(pk=site_id).hostname)


def test_the_finished_quiz_shows_its_winners_and_how_to_repeat_the_draw_but_no_address(client):
    page, item = demo_quiz(0)
    assert page.state == QuizState.ENDED
    entries = QuizEntry.objects.filter(quiz=page)
    assert entries.count() == item["entries"] and not entries.filter(confirmed_at=None).exists()
    assert all(entry.email.endswith("@beispiel.example") for entry in entries)
    assert all(entry.name.startswith("Demo Teilnahme ") for entry in entries)
    record = page.draw
    winners = list(record.winners.order_by("draw_number"))
    assert [winner.prize_title for winner in winners] == [prize["title"] for prize in item["prizes"]]
    # Anyone can repeat it: the seed matches the fingerprint published before the start, the draws follow.
    assert draw.commitment(record.seed) == QuizSecret.objects.get(quiz=page).commitment
    assert draw.draw(record.seed, record.eligible_numbers, len(winners)) == [w.entry_number for w in winners]
    assert len(record.eligible_numbers) < item["entries"]  # too few right answers: not in the draw

    response = get(client, page)
    html = response.content.decode()
    assert response.status_code == 200
    for winner in winners:
        assert f"{escape(winner.prize_title)}</span>: <bdi>{winner.initials}</bdi>" in html
        assert f"Teilnahme Nr. {winner.entry_number})" in html
    assert record.seed in html and record.public_value in html
    assert ",".join(map(str, record.eligible_numbers)) in html
    assert "beispiel.example" not in html and not any(entry.name in html for entry in entries)
    assert 'name="email"' not in html


def test_the_running_quiz_asks_what_the_built_pages_answer_in_four_languages(client):
    """Ten questions in the full demo; here those whose page was built: the landing site's and Kalk's."""
    page, item = demo_quiz(1)
    assert page.state == QuizState.RUNNING
    built = [
        question
        for question in item["questions"]
        if question["page"].get("sozialraum", "kalk") in DEMO_SOZIALRAEUME
    ]
    assert len(built) == 3
    assert [block.value["question"] for block in page.questions] == [q["question"] for q in built]
    assert {block.block_type for block in page.questions} == KINDS
    assert page.minimum_correct == scaled_minimum(item, len(built)) == 2
    for block, question in zip(page.questions, built, strict=True):
        hint = block.value["hint_page"]
        assert hint.live and hint.locale.language_code == "de", question["key"]
        answer = get(client, hint)
        assert answer.status_code == 200, question["key"]
        assert question["found"] in answer.content.decode(), question["key"]
    prizes = list(page.prizes.order_by("sort_order"))
    assert [(p.title, p.donor) for p in prizes] == [(p["title"], p["donor"]) for p in item["prizes"]]

    for language in ("en", "tr", "ar"):
        translation = page.get_translation(Locale.objects.get(language_code=language))
        text = data.load(data.DEMO_DATA / "translations" / language / "quiz.yaml")[0]
        assert translation.alias_of_id is None and translation.title == text["title"]
        questions = {question["source"]: question for question in text["questions"]}
        assert [block.value["question"] for block in translation.questions] == [
            questions[question["key"]]["question"] for question in built
        ]
        assert [block.id for block in translation.questions] == [block.id for block in page.questions]
        assert [p.title for p in translation.prizes.order_by("sort_order")] == [
            p["title"] for p in text["prizes"]
        ]
        html = get(client, translation).content.decode()
        assert escape(questions["seit-wann"]["question"]) in html and 'name="email"' in html
    assert 'dir="rtl"' in html
