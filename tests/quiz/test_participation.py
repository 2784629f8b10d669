"""Taking part in a quiz (quiz/participation.py): the answers, the entry, the double opt-in, the
kiosk at a stand, and what bad input gets.
"""

import datetime
import re
from unittest import mock

import pytest
from django.core import mail
from django.utils import timezone
from wagtail.models import Locale

from quiz.models import QuizEntry, QuizSecret
from quiz.participation import KIOSK_RESET_SECONDS
from tests.conftest import host_of
from tests.factories import QuizPageFactory, quiz_questions, translate

from .conftest import Q1, Q2, Q3, entry_data, path_of

pytestmark = pytest.mark.django_db

LINK = re.compile(r"https?://\S+/bestaetigen/\?code=\S+")


def post(client, page, data, suffix="", host=None, **extra):
    host = host or page.get_site().hostname
    return client.post(path_of(page, suffix), data, HTTP_HOST=host, **extra)


def confirmation_link(message):
    return LINK.search(message.body).group(0)


def local(url):
    return re.sub(r"^https?://[^/]+", "", url)


def test_a_resident_answers_enters_and_confirms_by_the_link(client, quiz, kalk):
    page = client.get(path_of(quiz), HTTP_HOST=host_of(kalk))
    html = page.content.decode()
    assert page.status_code == 200
    assert "Wo trifft sich das Elterncafé?" in html and 'name="email"' in html
    assert QuizSecret.objects.get(quiz=quiz).commitment in html
    assert "no-store" in page["Cache-Control"]

    response = post(
        client, quiz, entry_data(answers={**entry_data(), "frage-22222222-2222-4222-8222-222222222222": "0"})
    )
    html = response.content.decode()
    assert response.status_code == 200, html[:2000]
    assert "2 von 3 Antworten sind richtig." in html
    assert f'href="{kalk.site.root_page.url}"' in html or 'href="/"' in html  # where the answers are
    entry = QuizEntry.objects.get()
    assert (entry.quiz_id, entry.correct, entry.confirmed_at, entry.language) == (quiz.pk, 2, None, "de")
    assert "no-store" in response["Cache-Control"]

    (message,) = mail.outbox
    assert message.to == ["anna@example.org"]
    assert "Bitte bestätigen Sie Ihre Teilnahme" in message.subject
    link = confirmation_link(message)
    assert link.startswith(f"http://{host_of(kalk)}")
    opened = client.get(local(link), HTTP_HOST=host_of(kalk))
    assert opened.status_code == 200 and "Teilnahme bestätigen" in opened.content.decode()
    entry.refresh_from_db()
    assert entry.confirmed_at is None  # opening the link (a mail scanner) confirms nothing
    confirmed = client.post(local(link), HTTP_HOST=host_of(kalk))
    assert "Ihre Teilnahme ist bestätigt" in confirmed.content.decode()
    entry.refresh_from_db()
    assert entry.confirmed_at is not None


def test_one_entry_per_email_address_whatever_its_case(client, quiz):
    assert post(client, quiz, entry_data()).status_code == 200
    again = post(client, quiz, entry_data(name="Anna S.", email="  ANNA@Example.org "))
    html = again.content.decode()
    assert again.status_code == 400
    assert "Mit dieser E-Mail-Adresse hat schon jemand teilgenommen." in html
    assert 'value="Anna S."' in html  # nothing entered is lost
    assert QuizEntry.objects.count() == 1


def test_the_confirmation_link_expires_and_the_address_may_enter_again(client, quiz, kalk, settings):
    post(client, quiz, entry_data())
    link = local(confirmation_link(mail.outbox[0]))
    later = timezone.now() + datetime.timedelta(hours=settings.QUIZ_CONFIRMATION_HOURS + 1)
    with mock.patch("django.core.signing.time.time", return_value=later.timestamp()):
        expired = client.post(link, HTTP_HOST=host_of(kalk))
    assert expired.status_code == 410
    assert "Dieser Link ist abgelaufen" in expired.content.decode()
    assert not QuizEntry.objects.exists()
    assert post(client, quiz, entry_data()).status_code == 200
    forged = client.get(link[:-4] + "xxxx", HTTP_HOST=host_of(kalk))
    assert forged.status_code == 400 and "Dieser Link ist ungültig" in forged.content.decode()


def test_the_kiosk_shows_the_next_person_nothing_of_the_last(client, quiz, kalk):
    result = post(
        client, quiz, entry_data(name="Berta Zauberwald", email="berta@example.org"), suffix="stand/"
    )
    html = result.content.decode()
    assert result.status_code == 200 and "Berta" not in html.split("<h1>")[0]
    assert f'<meta http-equiv="refresh" content="{KIOSK_RESET_SECONDS};url={path_of(quiz)}stand/">' in html
    assert "no-store" in result["Cache-Control"]
    assert QuizEntry.objects.get().kiosk is True

    following = client.get(path_of(quiz, "stand/"), HTTP_HOST=host_of(kalk))
    page = following.content.decode()
    for personal in ("Berta", "berta@example.org", "Zauberwald"):
        assert personal not in page
    assert 'autocomplete="off"' in page and "quiz-kiosk.js" in page
    assert "no-store" in following["Cache-Control"]


def test_one_question_per_step_works_without_javascript(client, kalk):
    home = kalk.site.root_page
    quiz = QuizPageFactory(parent=home, questions=quiz_questions(home), one_question_per_step=True)
    first = client.get(path_of(quiz), HTTP_HOST=host_of(kalk)).content.decode()
    assert "Frage 1 von 3" in first and Q2 not in first
    step = post(client, quiz, {"schritt": "0", Q1: "0", "started": entry_data()["started"]})
    html = step.content.decode()
    assert step.status_code == 200 and "Frage 2 von 3" in html
    assert f'<input type="hidden" name="{Q1}" value="0">' in html
    assert "Bitte beantworten Sie" not in html  # the next question shows no error before it is answered
    unanswered = post(client, quiz, {"schritt": "1", Q1: "0"})
    assert (
        unanswered.status_code == 400 and "Bitte beantworten Sie diese Frage." in unanswered.content.decode()
    )
    contact = post(client, quiz, {"schritt": "2", Q1: "0", Q2: ["0", "2"], Q3: "Kalk"})
    assert "Fast geschafft" in contact.content.decode()
    done = post(client, quiz, {**entry_data(), "schritt": "3"})
    assert "3 von 3 Antworten sind richtig." in done.content.decode()
    assert QuizEntry.objects.get().correct == 3


def test_no_form_before_the_start_and_after_the_end(client, kalk):
    home = kalk.site.root_page
    soon = QuizPageFactory(
        parent=home,
        questions=quiz_questions(home),
        starts_at=timezone.now() + datetime.timedelta(days=2),
        ends_at=timezone.now() + datetime.timedelta(days=9),
    )
    over = QuizPageFactory(
        parent=home,
        questions=quiz_questions(home),
        starts_at=timezone.now() - datetime.timedelta(days=9),
        ends_at=timezone.now() - datetime.timedelta(days=2),
    )
    upcoming = client.get(path_of(soon), HTTP_HOST=host_of(kalk)).content.decode()
    assert "Das Gewinnspiel beginnt am" in upcoming and 'name="email"' not in upcoming
    assert QuizSecret.objects.get(quiz=soon).commitment in upcoming  # published before the start
    ended = client.get(path_of(over), HTTP_HOST=host_of(kalk)).content.decode()
    assert "Das Gewinnspiel ist beendet" in ended and 'name="email"' not in ended
    for page in (soon, over):
        assert post(client, page, entry_data()).status_code == 200
    assert not QuizEntry.objects.exists()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"accept_conditions": ""}, "Ohne Ihr Einverständnis mit den Teilnahmebedingungen"),
        ({"email": "anna@"}, "E-Mail"),
        ({Q1: "99"}, "Wo trifft sich das Elterncafé?"),
        ({Q3: "x" * 500}, "In welchem Stadtteil"),
        ({"homepage": "http://spam.example"}, "Bitte lassen Sie das letzte Feld leer"),
        ({"started": "gefälscht"}, "Das Formular ist abgelaufen"),
        ({"name": "\x00"}, "Name oder Spitzname"),
    ],
)
def test_bad_input_gets_a_german_message_and_a_400(client, quiz, change, message):
    response = post(client, quiz, {**entry_data(), **change})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not QuizEntry.objects.exists()


def test_a_translated_quiz_counts_its_entries_on_the_german_one(client, quiz, kalk):
    arabic = translate(quiz, Locale.objects.get(language_code="ar"), "مسابقة الحي")
    page = client.get(path_of(arabic), HTTP_HOST=host_of(kalk))
    html = page.content.decode()
    assert page.status_code == 200 and '<html lang="ar" dir="rtl" ' in html
    assert QuizSecret.objects.get(quiz=quiz).commitment in html
    response = post(client, arabic, entry_data())
    assert response.status_code == 200
    entry = QuizEntry.objects.get()
    assert (entry.quiz_id, entry.language, entry.correct) == (quiz.pk, "ar", 3)
    assert "/ar/" in confirmation_link(mail.outbox[0])
