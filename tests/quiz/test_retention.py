"""Deleting the quiz's personal data (quiz/retention.py, `manage.py purge_quiz_entries`): exactly
what is due, nothing of a running quiz or a recent draw, and the draw stays verifiable."""

import datetime
from io import StringIO

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import timezone

from quiz import draw
from quiz.models import QuizDraw, QuizEntry, QuizPrize, QuizWinner
from quiz.retention import purge
from tests.factories import QuizPageFactory, quiz_questions

from .entries import QuizEntryFactory, draw_url, eligible, end, user

pytestmark = pytest.mark.django_db


def purge_command(*args):
    out = StringIO()
    call_command("purge_quiz_entries", *args, stdout=out)
    return out.getvalue()


def age(entries, hours):
    QuizEntry.objects.filter(pk__in=[entry.pk for entry in entries]).update(
        created_at=timezone.now() - datetime.timedelta(hours=hours)
    )


def drawn_days_ago(client, quiz, days, count=4):
    entries = eligible(quiz, count)
    end(quiz)
    client.force_login(user("kalk-koordination"))
    assert client.post(draw_url(quiz, "draw")).status_code == 302
    QuizDraw.objects.filter(quiz=quiz).update(drawn_at=timezone.now() - datetime.timedelta(days=days))
    return QuizDraw.objects.get(quiz=quiz), entries


def test_unconfirmed_entries_go_when_their_link_has_expired(quiz):
    hours = settings.QUIZ_CONFIRMATION_HOURS
    expired = [QuizEntryFactory(quiz=quiz, confirmed_at=None) for _ in range(2)]
    age(expired, hours + 1)
    fresh = QuizEntryFactory(quiz=quiz, confirmed_at=None)
    age([fresh], hours - 1)
    confirmed = eligible(quiz, 2)
    age(confirmed, hours * 10)  # confirmed entries of a running quiz stay, however old

    assert "Probelauf: 2 unbestätigte Teilnahmen mit abgelaufenem Link würden gelöscht." in purge_command(
        "--dry-run"
    )
    assert QuizEntry.objects.count() == 5

    output = purge_command()
    assert "2 unbestätigte Teilnahmen mit abgelaufenem Link gelöscht." in output
    assert set(QuizEntry.objects.values_list("pk", flat=True)) == {fresh.pk, *(e.pk for e in confirmed)}
    assert purge_command() == "Nichts zu löschen.\n"


def test_after_the_quizs_days_the_entries_and_initials_go_and_the_proof_stays(client, quiz, kalk):
    record, entries = drawn_days_ago(client, quiz, days=quiz.delete_after_days + 1)
    winner = record.winners.get(draw_number=0)
    client.post(draw_url(quiz, "redraw", winner.pk), {"reason": "keine Antwort"})
    QuizEntryFactory(quiz=quiz, confirmed_at=None)  # an entry never confirmed goes as well
    before = QuizDraw.objects.values().get(pk=record.pk)
    draws = list(
        QuizWinner.objects.filter(record=record)
        .order_by("draw_number")
        .values_list("draw_number", "entry_number")
    )

    # A recent draw and a running quiz keep everything.
    home = kalk.site.root_page
    recent = QuizPageFactory(
        parent=home,
        questions=quiz_questions(home),
        title="Frühlingsquiz",
        prizes=[QuizPrize(title="Ein Korb vom Markt", winners=3)],
    )
    recent_record, _recent_entries = drawn_days_ago(client, recent, days=recent.delete_after_days - 1)
    running = QuizPageFactory(parent=home, questions=quiz_questions(home))
    running_entries = eligible(running, 3)

    output = purge_command()
    assert "Gewinnspiel „Veedel-Quiz Kalk“: 5 Teilnahmen und die Initialen von 4 Gewinnen gelöscht." in output
    assert "Frühlingsquiz" not in output

    assert not QuizEntry.objects.filter(quiz=quiz).exists()
    assert set(QuizWinner.objects.filter(record=record).values_list("initials", "entry")) == {("", None)}
    after = QuizDraw.objects.values().get(pk=record.pk)
    assert after.pop("personal_data_deleted_at") is not None
    before.pop("personal_data_deleted_at")
    assert after == before  # counts, seed, public value, eligible numbers
    numbers = [entry.pk for entry in entries]
    assert draw.draw(after["seed"], after["eligible_numbers"], 4) == [number for _n, number in draws]
    assert after["eligible_numbers"] == numbers
    assert (
        list(
            QuizWinner.objects.filter(record=record)
            .order_by("draw_number")
            .values_list("draw_number", "entry_number")
        )
        == draws
    )

    assert QuizEntry.objects.filter(quiz=recent).count() == 4
    assert QuizWinner.objects.filter(record=recent_record).exclude(initials="").count() == 3
    assert QuizDraw.objects.get(pk=recent_record.pk).personal_data_deleted_at is None
    assert QuizEntry.objects.filter(quiz=running).count() == len(running_entries)

    deleted_at = QuizDraw.objects.get(pk=record.pk).personal_data_deleted_at
    assert purge_command() == "Nichts zu löschen.\n"  # idempotent
    assert QuizDraw.objects.get(pk=record.pk).personal_data_deleted_at == deleted_at


def test_after_the_deletion_the_draw_page_says_so_and_sends_nothing(client, quiz):
    record, _entries = drawn_days_ago(client, quiz, days=quiz.delete_after_days + 1)
    purge()
    page = client.get(draw_url(quiz))
    html = page.content.decode()
    assert page.status_code == 200 and "gelöscht worden" in html
    assert ">Nachziehen</button>" not in html and "Gewinner benachrichtigen" not in html
    for name, data in (("notify", {}), ("redraw", {"reason": "keine Antwort"})):
        args = [record.winners.first().pk] if name == "redraw" else []
        refused = client.post(draw_url(quiz, name, *args), data)
        assert refused.status_code == 409
        assert "Namen und E-Mail-Adressen sind schon gelöscht" in refused.content.decode()
    export = client.get(draw_url(quiz, "export_record")).content.decode()
    assert record.seed in export and "Personenbezogene Daten gelöscht am" in export
