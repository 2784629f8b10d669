"""Malformed input against the quiz form, all on one page and step by step, and the confirmation
link: never a 5xx, never markup of the input unescaped in the answer, nothing stored that is not a
valid entry (tests/fuzz.py makes the input; the same harness as the other public forms).
"""

import pytest

from quiz.forms import QuizForm
from quiz.models import QuizEntry
from tests.factories import QuizPageFactory, quiz_questions
from tests.fuzz import MARKUP, STORED_MARKUP, Mutation, encode_pairs

from .conftest import Q1, Q2, Q3, entry_data, path_of

pytestmark = pytest.mark.django_db

INPUTS = 400  # malformed values per form; each request carries one or more
FORM_BODY = "application/x-www-form-urlencoded"
FIELDS = [
    Q1,
    Q2,
    Q3,
    "name",
    "email",
    "accept_conditions",
    "accept_privacy",
    "homepage",
    "started",
    "schritt",
]


@pytest.fixture
def client(client, monkeypatch):
    """Answers a server error with its page (as a browser sees it); no minimum time to wait."""
    client.raise_request_exception = False
    monkeypatch.setattr(QuizForm, "min_seconds", 0)
    return client


@pytest.mark.parametrize("steps", [False, True], ids=["one-page", "steps"])
def test_malformed_entries_never_fail_and_store_nothing_bad(client, kalk, steps):
    home = kalk.site.root_page
    quiz = QuizPageFactory(parent=home, questions=quiz_questions(home), one_question_per_step=steps)
    mutation = Mutation(seed=17 + steps)
    sent = 0
    while mutation.inputs < INPUTS:
        body = encode_pairs(mutation.pairs(entry_data(answers={Q1: "0", Q2: "2", Q3: "Kalk"}), FIELDS))
        address = f"10.17.{sent // 250}.{sent % 250 + 1}"
        response = client.post(
            path_of(quiz), body, content_type=FORM_BODY, HTTP_HOST=kalk.site.hostname, REMOTE_ADDR=address
        )
        sent += 1
        assert response.status_code < 500, (sent, body[:500], response.status_code)
        html = response.content.decode("utf-8", "replace")
        assert not MARKUP.search(html), (sent, body[:500], MARKUP.search(html).group(0))
    for entry in QuizEntry.objects.all():
        assert not STORED_MARKUP.search(entry.name) and "@" in entry.email, (entry.name, entry.email)
    for code in ["", "x", "a:b:c", "\x00", "é" * 300, "%ZZ"]:
        response = client.get(path_of(quiz, "bestaetigen/"), {"code": code}, HTTP_HOST=kalk.site.hostname)
        assert response.status_code == 400, code
