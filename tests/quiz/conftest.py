"""A running quiz on Kalk's site with two prizes, and how a resident answers it."""

import time

import pytest

from quiz.forms import QuizForm
from quiz.models import QuizPrize
from tests.factories import QuizPageFactory, quiz_questions
from veedel.antispam import start_token

Q1 = "frage-11111111-1111-4111-8111-111111111111"
Q2 = "frage-22222222-2222-4222-8222-222222222222"
Q3 = "frage-33333333-3333-4333-8333-333333333333"
RIGHT = {Q1: "0", Q2: ["0", "2"], Q3: " köln-KALK "}


@pytest.fixture
def quiz(kalk):
    home = kalk.site.root_page
    return QuizPageFactory(
        parent=home,
        title="Veedel-Quiz Kalk",
        questions=quiz_questions(home),
        prizes=[
            QuizPrize(title="Zwei Karten fürs Kino", winners=2, sort_order=0),
            QuizPrize(title="Ein Frühstück im Bürgerhaus", winners=1, sort_order=1),
        ],
    )


def started(seconds_ago=60):
    return start_token(QuizForm.salt, time.time() - seconds_ago)


def entry_data(name="Anna Schmidt", email="anna@example.org", answers=None, **extra):
    return {
        **(RIGHT if answers is None else answers),
        "name": name,
        "email": email,
        "accept_conditions": "on",
        "accept_privacy": "on",
        "homepage": "",
        "started": started(),
        **extra,
    }


def path_of(page, suffix=""):
    return page.get_url_parts()[2] + suffix
