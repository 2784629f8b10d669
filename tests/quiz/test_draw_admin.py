"""The draw page in the admin (quiz/admin_views.py): who may open it, the draw and its proof, the
redraw, the winners' mails, the CSV files, and what bad input gets."""

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale

from quiz import draw
from quiz.models import QuizDraw, QuizPage, QuizPrize, QuizSecret, QuizWinner
from snippets.coordination import coordination_of
from tests.factories import QuizPageFactory, quiz_questions, translate

from .entries import QuizEntryFactory, draw_url, eligible, end, user

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
COORDINATOR = "kalk-koordination"
QUERY_BUDGET = 22  # measured: 20 with 3 and with 30 winners, none notified yet


@pytest.fixture
def coordinator(client):
    client.force_login(user(COORDINATOR))
    return client


def html_of(response):
    return response.content.decode()


def rows_of(response):
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:]), delimiter=";"))


def cli(seed, numbers, draws):
    """The entry numbers that `python quiz/draw.py` prints, run as anyone would run it."""
    output = subprocess.run(  # noqa: S603 - our own script with our own arguments
        [
            sys.executable,
            "quiz/draw.py",
            "--seed",
            seed,
            "--entries",
            ",".join(map(str, numbers)),
            "--draws",
            str(draws),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [int(line.rsplit("Nr. ", 1)[1]) for line in output.splitlines() if line.startswith("Ziehung")]


def drawn(quiz, coordinator, count=7):
    """The quiz ended with `count` eligible entries (and some that are not), and drawn."""
    entries = eligible(quiz, count)
    QuizEntryFactory(quiz=quiz, confirmed_at=None)  # never confirmed
    QuizEntryFactory(quiz=quiz, correct=1)  # too few right answers (minimum: 2)
    end(quiz)
    response = coordinator.post(draw_url(quiz, "draw"))
    assert response.status_code == 302, html_of(response)[:2000]
    return QuizDraw.objects.get(quiz=quiz), entries


def test_before_the_end_the_page_shows_everything_but_the_button_is_off(coordinator, quiz):
    eligible(quiz, 2)
    QuizEntryFactory(quiz=quiz, confirmed_at=None)
    response = coordinator.get(draw_url(quiz))
    html = html_of(response)
    assert response.status_code == 200
    assert "3 eingegangen, 2 bestätigt, 2 in der Verlosung" in html
    assert "Zwei Karten fürs Kino" in html and "Ein Frühstück im Bürgerhaus" in html
    assert QuizSecret.objects.get(quiz=quiz).commitment in html
    assert 'disabled aria-describedby="auslosung-grund"' in html
    assert "Die Auslosung ist erst nach dem Ende möglich." in html
    assert "no-store" in response["Cache-Control"]

    refused = coordinator.post(draw_url(quiz, "draw"))
    assert refused.status_code == 409
    assert "Das Gewinnspiel läuft noch." in html_of(refused)
    assert not QuizDraw.objects.exists()


def test_the_draw_is_the_published_algorithm_and_anyone_can_repeat_it(coordinator, quiz):
    commitment = QuizSecret.objects.get(quiz=quiz).commitment
    record, entries = drawn(quiz, coordinator)
    numbers = [entry.pk for entry in entries]
    winners = list(record.winners.order_by("draw_number"))

    assert record.eligible_numbers == numbers  # not the unconfirmed one, not the one with 1 right answer
    assert (record.entries_total, record.entries_confirmed, record.eligible_count) == (9, 8, 7)
    assert draw.commitment(record.seed) == commitment
    assert record.public_value == draw.public_value(numbers)
    assert record.drawn_by_name and record.drawn_by.username == COORDINATOR
    expected = draw.draw(record.seed, numbers, 3)
    assert [winner.entry_number for winner in winners] == expected == cli(record.seed, numbers, 3)
    assert [winner.prize_title for winner in winners] == [
        "Zwei Karten fürs Kino",
        "Zwei Karten fürs Kino",
        "Ein Frühstück im Bürgerhaus",
    ]
    assert len(set(expected)) == 3  # nobody twice

    page = html_of(coordinator.get(draw_url(quiz)))
    for winner in winners:
        assert winner.entry.name in page and f"mailto:{winner.entry.email}" in page
        assert winner.initials in page
    assert f"--entries {','.join(map(str, numbers))} --draws 3" in page
    assert page.count(">Nachziehen</button>") == 3


def test_a_second_draw_is_refused_in_german(coordinator, quiz):
    record, _entries = drawn(quiz, coordinator)
    before = list(record.winners.values_list("entry_number", flat=True))
    again = coordinator.post(draw_url(quiz, "draw"))
    assert again.status_code == 409
    assert "Die Gewinner sind schon ausgelost. Eine zweite Auslosung gibt es nicht." in html_of(again)
    assert QuizDraw.objects.count() == 1
    assert list(QuizWinner.objects.values_list("entry_number", flat=True)) == before


def test_with_fewer_eligible_entries_than_prizes_the_last_prizes_stay_open(coordinator, quiz):
    entries = eligible(quiz, 2)
    end(quiz)
    page = html_of(coordinator.get(draw_url(quiz)))
    assert "Es sind 3 Gewinne, aber nur 2 Teilnahmen in der Verlosung" in page
    coordinator.post(draw_url(quiz, "draw"))
    winners = list(QuizWinner.objects.order_by("draw_number"))
    assert sorted(winner.entry_number for winner in winners) == sorted(entry.pk for entry in entries)
    assert {winner.prize_title for winner in winners} == {"Zwei Karten fürs Kino"}
    assert "Niemand mehr übrig" in html_of(coordinator.get(draw_url(quiz)))

    refused = coordinator.post(draw_url(quiz, "redraw", winners[0].pk), {"reason": "keine Antwort"})
    assert refused.status_code == 409
    assert "niemand ist mehr übrig" in html_of(refused)
    assert QuizWinner.objects.filter(replaced_at__isnull=False).count() == 0


def test_nothing_to_draw_without_an_eligible_entry(coordinator, quiz):
    QuizEntryFactory(quiz=quiz, confirmed_at=None)
    end(quiz)
    assert "Keine bestätigte Teilnahme erfüllt die Bedingungen" in html_of(coordinator.get(draw_url(quiz)))
    refused = coordinator.post(draw_url(quiz, "draw"))
    assert refused.status_code == 409 and not QuizDraw.objects.exists()


def test_a_redraw_needs_a_reason_and_is_the_next_draw_number(coordinator, quiz):
    record, entries = drawn(quiz, coordinator)
    first = record.winners.get(draw_number=0)

    for reason in ("", "   \n "):
        missing = coordinator.post(draw_url(quiz, "redraw", first.pk), {"reason": reason})
        assert missing.status_code == 400
        assert "Bitte schreiben Sie auf, warum nachgezogen wird." in html_of(missing)
    assert record.winners.count() == 3

    done = coordinator.post(draw_url(quiz, "redraw", first.pk), {"reason": "Keine Antwort bis 14. März"})
    assert done.status_code == 302
    first.refresh_from_db()
    assert first.replaced_at is not None and first.replacement_reason == "Keine Antwort bis 14. März"
    assert first.replaced_by_name
    new = record.winners.get(draw_number=3)
    numbers = [entry.pk for entry in entries]
    assert new.prize_title == first.prize_title
    assert new.entry_number == cli(record.seed, numbers, 4)[3]  # the fourth draw of the published list
    assert new.entry_number not in {winner.entry_number for winner in record.winners.exclude(pk=new.pk)}

    again = coordinator.post(draw_url(quiz, "redraw", first.pk), {"reason": "noch einmal"})
    assert again.status_code == 409
    assert "Für diesen Gewinn ist schon nachgezogen worden." in html_of(again)
    assert "Keine Antwort bis 14. März" in html_of(coordinator.get(draw_url(quiz)))


def test_bad_requests_get_german_messages_and_4xx(coordinator, quiz, kalk):
    for name in ("draw", "notify"):
        response = coordinator.get(draw_url(quiz, name))
        assert response.status_code == 405 and response["Allow"] == "POST"
        assert "nimmt nur die Schaltflächen der Seite „Auslosung“ an" in html_of(response)
    assert coordinator.get(draw_url(quiz, "redraw", 1)).status_code == 405

    assert coordinator.post(draw_url(quiz, "redraw", 999999), {"reason": "x"}).status_code == 404
    not_drawn = coordinator.post(draw_url(quiz, "notify"))
    assert not_drawn.status_code == 409 and "noch nicht ausgelost" in html_of(not_drawn)
    no_record = coordinator.get(draw_url(quiz, "export_record"))
    assert no_record.status_code == 404 and "noch kein Protokoll" in html_of(no_record)
    assert "gibt es nicht (mehr)" in html_of(coordinator.get(draw_url(kalk.site.root_page)))

    # A winner of another quiz is unknown here.
    record, _entries = drawn(quiz, coordinator)
    other = QuizPageFactory(parent=kalk.site.root_page, questions=quiz_questions(kalk.site.root_page))
    unknown = coordinator.post(draw_url(other, "redraw", record.winners.first().pk), {"reason": "x"})
    assert unknown.status_code == 404
    assert "Diesen Gewinn gibt es bei diesem Gewinnspiel nicht." in html_of(unknown)


@pytest.mark.parametrize(
    ("username", "status"),
    [
        ("kalk-koordination", 200),
        ("redaktion", 200),
        ("admin", 200),
        ("porz-ost-koordination", 403),
        ("chorweiler-koordination", 403),
        ("kalk-akteur", 403),
    ],
)
def test_only_who_may_publish_the_quiz_opens_its_draw(client, quiz, username, status):
    eligible(quiz, 3)
    client.force_login(user(username))
    for name in ("index", "export_entries"):
        assert client.get(draw_url(quiz, name)).status_code == status
    end(quiz)
    response = client.post(draw_url(quiz, "draw"))
    if status == 403:
        assert response.status_code == 403
        assert "nur die Sozialraumkoordination" in html_of(response)
        assert not QuizDraw.objects.exists()
        assert client.post(draw_url(quiz, "notify")).status_code == 403
    else:
        assert response.status_code == 302 and QuizDraw.objects.count() == 1


def test_without_login_the_admin_asks_to_sign_in(client, quiz):
    response = client.get(draw_url(quiz))
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_a_translation_leads_to_the_draw_of_the_german_quiz(coordinator, quiz):
    arabic = translate(quiz, Locale.objects.get(language_code="ar"), "مسابقة الحي")
    eligible(quiz, 2)
    response = coordinator.get(draw_url(arabic))
    assert response.status_code == 200
    assert "Veedel-Quiz Kalk" in html_of(response) and "2 in der Verlosung" in html_of(response)

    # The German edit view's header menu and the "…" menu of each language's page listing lead there.
    # (A translation's edit view is wagtail-localize's editor, which has no header menu.)
    german_draw = f'href="{draw_url(quiz)}"'
    assert german_draw in html_of(coordinator.get(f"/admin/pages/{quiz.pk}/edit/"))
    for page in (quiz, arabic):
        listing = coordinator.get(f"/admin/pages/{page.get_parent().pk}/")
        assert listing.status_code == 200 and german_draw in html_of(listing)


def test_the_winners_get_their_mail_once(coordinator, quiz, kalk):
    QuizPage.objects.filter(pk=quiz.pk).update(
        winner_mail_text="Glückwunsch zum Gewinnspiel „{quiz}“: {prize}! Antworten Sie bis Freitag. {x}"
    )
    record, _entries = drawn(quiz, coordinator)
    contact = coordination_of(kalk)
    assert f"Antworten gehen an {contact.email}." in html_of(coordinator.get(draw_url(quiz)))
    response = coordinator.post(draw_url(quiz, "notify"))
    assert response.status_code == 302
    winners = list(record.winners.select_related("entry").order_by("draw_number"))
    assert len(mail.outbox) == 3
    for message, winner in zip(mail.outbox, winners, strict=True):
        assert message.to == [winner.entry.email]
        assert message.subject == "Sie haben gewonnen: Veedel-Quiz Kalk"
        assert f"Hallo {winner.entry.name}," in message.body
        text = f"Glückwunsch zum Gewinnspiel „Veedel-Quiz Kalk“: {winner.prize_title}! Antworten Sie"
        assert f"{text} bis Freitag. {{x}}" in message.body  # a stray brace stays as typed
        assert f"Ihre Teilnahme hat die Nummer {winner.entry_number}." in message.body
        assert message.reply_to == [contact.email]
        winner.refresh_from_db()
        assert winner.notified_at is not None
    assert "Alle Gewinner sind benachrichtigt." in html_of(coordinator.get(draw_url(quiz)))

    coordinator.post(draw_url(quiz, "notify"))
    assert len(mail.outbox) == 3  # nobody twice

    coordinator.post(draw_url(quiz, "redraw", winners[2].pk), {"reason": "Adresse unzustellbar"})
    coordinator.post(draw_url(quiz, "notify"))
    new = record.winners.select_related("entry").get(draw_number=3)
    assert len(mail.outbox) == 4 and mail.outbox[3].to == [new.entry.email]
    assert "Ein Frühstück im Bürgerhaus" in mail.outbox[3].body


def test_the_csv_files_hold_entries_and_draw_record(coordinator, quiz):
    QuizEntryFactory(
        quiz=quiz, name='=HYPERLINK("http://example.com")', email="formel@example.org", confirmed_at=None
    )
    record, entries = drawn(quiz, coordinator, count=4)
    coordinator.post(
        draw_url(quiz, "redraw", record.winners.get(draw_number=0).pk), {"reason": "keine Antwort"}
    )

    response = coordinator.get(draw_url(quiz, "export_entries"))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="gewinnspiel-{quiz.slug}-teilnahmen.csv"'
    rows = rows_of(response)
    assert rows[0] == [
        "Teilnahme Nr.", "Eingegangen am", "Sprache", "Name", "E-Mail", "Richtige Antworten",
        "Bestätigt", "In der Verlosung", "Am Stand (Kiosk)",
    ]  # fmt: skip
    by_number = {int(row[0]): row for row in rows[1:]}
    assert len(by_number) == 7
    assert by_number[entries[0].pk][2:] == [
        "Deutsch", entries[0].name, entries[0].email, "3", "ja", "ja", "nein",
    ]  # fmt: skip
    formula = next(row for row in rows[1:] if row[4] == "formel@example.org")
    assert formula[3] == '\'=HYPERLINK("http://example.com")'  # Excel shows it, never runs it
    assert [row[6:8] for row in rows[1:]].count(["nein", "nein"]) == 2  # the unconfirmed ones
    assert timezone.localtime(entries[0].created_at).strftime("%d.%m.%Y %H:%M") == by_number[entries[0].pk][1]

    record_rows = rows_of(coordinator.get(draw_url(quiz, "export_record")))
    fields = dict(row for row in record_rows if len(row) == 2)
    assert fields["Startwert (Seed)"] == record.seed
    assert fields["Öffentlicher Wert"] == record.public_value
    assert fields["Nummern in der Verlosung"] == ",".join(str(entry.pk) for entry in entries)
    assert fields["Teilnahmen in der Verlosung"] == "4"
    assert fields["Teilnahmen insgesamt"] == "7"
    assert fields["Ausgelost von"] == record.drawn_by_name
    header = record_rows.index(["Ziehung", "Preis", "Teilnahme Nr.", "Initialen", "Benachrichtigt am",
                                "Ersetzt am", "Ersetzt von", "Grund der Nachziehung"])  # fmt: skip
    draws = record_rows[header + 1 :]
    assert [row[0] for row in draws] == ["1", "2", "3", "4"]
    assert [int(row[2]) for row in draws] == cli(record.seed, [entry.pk for entry in entries], 3) + [
        record.winners.get(draw_number=3).entry_number
    ]
    assert draws[0][7] == "keine Antwort" and draws[0][5]
    assert draws[3][1] == draws[0][1] == "Zwei Karten fürs Kino"


def test_the_draw_page_costs_the_same_queries_with_ten_times_the_entries(coordinator, quiz, kalk):
    many = QuizPageFactory(parent=kalk.site.root_page, questions=quiz_questions(kalk.site.root_page))
    QuizPrize.objects.create(page=many, title="Ein Kuchen", winners=30)
    queries = []
    for page, count in ((quiz, 5), (many, 50)):  # 3 and 30 winners
        drawn(page, coordinator, count=count)
        coordinator.get(draw_url(page))  # the session and the user's permissions, as on any admin page
        with CaptureQueriesContext(connection) as captured:
            assert coordinator.get(draw_url(page)).status_code == 200
        queries.append(len(captured))
    assert queries[0] == queries[1] <= QUERY_BUDGET, queries
