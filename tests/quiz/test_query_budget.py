"""The quiz page costs a fixed number of queries, whatever its size: measured with three questions,
two prizes and a few entries, and with ten times as many of each (prizes with pictures, a finished
quiz with its winners).
"""

import datetime
import json
import uuid

import pytest
from django.utils import timezone

from quiz.drawing import perform_draw
from quiz.models import QuizEntry, QuizPrize
from tests.conftest import host_of
from tests.factories import ImageFactory, QuizPageFactory
from veedel.chrome import invalidate_chrome

from .conftest import entry_data, path_of

pytestmark = pytest.mark.django_db

BUDGET = 38  # measured with the chrome cold, at both sizes: 32 to read, 37 to enter (with its writes)


def questions(hint_page, count):
    return json.dumps(
        [
            {
                "type": "single_choice",
                "id": f"{n:08d}-1111-4111-8111-111111111111",
                "value": {
                    "question": f"Frage {n}",
                    "hint": "Auf der Startseite.",
                    "hint_page": hint_page.pk,
                    "choices": [
                        {"type": "item", "id": str(uuid.uuid4()), "value": {"text": "Ja", "correct": True}},
                        {
                            "type": "item",
                            "id": str(uuid.uuid4()),
                            "value": {"text": "Nein", "correct": False},
                        },
                    ],
                },
            }
            for n in range(count)
        ]
    )


def build(kalk, times):
    home = kalk.site.root_page
    prizes = [
        QuizPrize(title=f"Preis {n}", winners=1, image=ImageFactory(), donor="Bürgerverein", sort_order=n)
        for n in range(2 * times)
    ]
    running = QuizPageFactory(parent=home, title="Läuft", questions=questions(home, 3 * times), prizes=prizes)
    over = QuizPageFactory(
        parent=home,
        title="Vorbei",
        questions=questions(home, 3 * times),
        prizes=[QuizPrize(title=f"Preis {n}", winners=2, sort_order=n) for n in range(2 * times)],
        starts_at=timezone.now() - datetime.timedelta(days=20),
        ends_at=timezone.now() - datetime.timedelta(days=1),
    )
    QuizEntry.objects.bulk_create(
        QuizEntry(
            quiz=over,
            language="de",
            name=f"Person {n}",
            email=f"person{n}@example.org",
            email_key=f"person{n}@example.org",
            correct=3,
            confirmed_at=timezone.now(),
        )
        for n in range(5 * times)
    )
    perform_draw(over, None)
    return running, over


@pytest.mark.parametrize("times", [1, 10])
def test_quiz_pages_stay_within_budget(client, kalk, times, django_assert_max_num_queries):
    running, over = build(kalk, times)
    answers = {f"frage-{n:08d}-1111-4111-8111-111111111111": "0" for n in range(3 * times)}
    host = host_of(kalk)
    client.get(path_of(running), HTTP_HOST=host)  # Wagtail's site root paths, cached from then on
    for method, path, data in [
        ("get", path_of(running), None),
        ("get", path_of(running, "stand/"), None),
        ("post", path_of(running), entry_data(answers=answers)),
        ("get", path_of(over), None),
    ]:
        invalidate_chrome()
        with django_assert_max_num_queries(BUDGET, info=f"{times}× {method} {path}"):
            response = (
                getattr(client, method)(path, data, HTTP_HOST=host)
                if data
                else client.get(path, HTTP_HOST=host)
            )
        assert response.status_code == 200, (path, response.content[:300])
    page = client.get(path_of(over), HTTP_HOST=host).content.decode()
    assert page.count("Teilnahme Nr.") >= 4 * times  # every winner is listed
