"""The running demo quiz answered in Arabic on a 360 px phone, confirmed by the link in the e-mail.

The test builds what the quiz needs on the test portal: the two Kalk pages that its questions
link (from factories, with the demo's titles), then the demo's own quiz step
(home/demo/quiz.py) and its real Arabic translation from fixtures/demo/translations/ar/quiz.yaml –
not the whole demo. With the landing site's "Das Konzept" that makes three questions: one of each
kind. Chromium's requests are answered inside the test (`tab`, tests/browser/conftest.py), so the
e-mail lands in this process's django.core.mail.outbox.
"""

import re
import time

import pytest
from django.core import mail
from wagtail.models import Locale

from home.demo import data
from home.demo.builder import DemoBuilder
from home.demo.translations import TranslationFiles
from quiz.forms import QuizForm
from quiz.models import QuizEntry, QuizPage
from tests.conftest import section
from tests.factories import EventPageFactory, NewsPageFactory
from veedel.antispam import start_token
from veedel.models import EventIndexPage, NewsIndexPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PHONE = 360
LINK = re.compile(r"https?://([^/\s]+)(/\S+/bestaetigen/\?code=\S+)")
WIDTH_JS = "() => [document.documentElement.scrollWidth, window.innerWidth]"


def build_running_quiz(kalk, on_commit):
    """The demo's running quiz and its Arabic translation: (German page, Arabic page, quiz data)."""
    item = data.read("quiz.yaml")["quizzes"][1]
    for question in item["questions"]:
        where = question["page"]
        if where.get("sozialraum") == "kalk":
            model = NewsIndexPage if where["section"] == "aktuelles" else EventIndexPage
            factory = NewsPageFactory if model is NewsIndexPage else EventPageFactory
            factory(parent=section(kalk, model), title=where["title"])
    builder = DemoBuilder()
    builder.source, builder.created, builder._older_text = Locale.objects.get(language_code="de"), 0, {}
    builder.build_quizzes()
    arabic = Locale.objects.get(language_code="ar")
    with on_commit(execute=True):  # wagtail-localize publishes a new translation once committed
        builder.translate_quizzes(TranslationFiles(builder.translations_root, "ar"), arabic)
    german = QuizPage.objects.get(slug=item["slug"], locale__language_code="de")
    return german, german.get_translation(arabic), item


def arabic_questions(item, german):
    """The questions the German page asks, with their Arabic texts laid over the German data."""
    translated = data.load(data.DEMO_DATA / "translations" / "ar" / "quiz.yaml")[0]
    by_key = {question["source"]: question for question in translated["questions"]}
    asked = {block.value["question"] for block in german.questions}
    questions = []
    for question in item["questions"]:
        if question["question"] in asked:
            arabic = by_key[question["key"]]
            choices = arabic.get("choices", [choice["text"] for choice in question.get("choices", [])])
            right = [
                text
                for text, choice in zip(choices, question.get("choices", []), strict=False)
                if choice["correct"]
            ]
            questions.append({**question, **arabic, "right": right})
    return questions


def no_sideways_scrolling(page, where):
    scroll_width, inner_width = page.evaluate(WIDTH_JS)
    assert scroll_width <= inner_width, (where, scroll_width, inner_width)


def test_a_resident_answers_the_demo_quiz_in_arabic_on_a_phone_and_confirms(
    tab, kalk, django_capture_on_commit_callbacks
):
    started = time.monotonic()
    german, arabic, item = build_running_quiz(kalk, django_capture_on_commit_callbacks)
    questions = arabic_questions(item, german)
    assert {question["type"] for question in questions} == {
        "single_choice",
        "multiple_choice",
        "short_answer",
    }
    page = tab.page
    page.set_viewport_size({"width": PHONE, "height": 800})

    site_id, _root, path = arabic.get_url_parts()
    assert path.startswith("/ar/")
    host = german.get_site().hostname
    assert tab.open(host, path).status == 200
    assert page.locator("html").get_attribute("dir") == "rtl"
    form = page.locator("form.quiz-form")
    assert form.evaluate("form => getComputedStyle(form).direction") == "rtl"
    no_sideways_scrolling(page, "Formular")
    # The honeypot and the start time once each, the honeypot clipped away, not among the questions.
    assert page.locator("input[name=homepage]").count() == page.locator(".hp-field input").count() == 1
    assert page.locator("input[name=started]").count() == 1

    for question in questions:
        if question["type"] == "short_answer":
            # Arabic-Indic digits count as well as the German answer ("2006; ٢٠٠٦" in the Arabic file).
            page.get_by_label(question["question"], exact=True).fill(
                question["accepted"].split(";")[-1].strip()
            )
        else:
            for text in question["right"]:
                page.get_by_label(text, exact=True).check()
    page.locator("#id_name").fill("سلمى مثال")
    page.locator("#id_email").fill("salma@example.org")
    page.locator("#id_accept_conditions").check()
    page.locator("#id_accept_privacy").check()
    # The form refuses what is sent faster than a person can fill it in (five seconds): the start
    # time a minute ago instead of waiting.
    token = start_token(QuizForm.salt, time.time() - 60)
    page.locator("input[name=started]").evaluate("(input, token) => { input.value = token; }", token)
    response = tab.send(form.locator("button[type=submit]"))
    assert response.status_code == 200, response.content.decode()[:2000]

    results = page.locator(".quiz__results > li")
    assert results.count() == len(questions)
    assert page.locator(".quiz__results .quiz__right").count() == len(questions)
    # Each answer's page in Arabic (here the German text under /ar/, with the notice: not translated).
    links = page.locator(".quiz__results a").evaluate_all("links => links.map(link => link.href)")
    assert len(links) == len(questions) and all("/ar/" in link for link in links), links
    assert page.locator("html").get_attribute("dir") == "rtl"
    no_sideways_scrolling(page, "Ergebnis")
    entry = QuizEntry.objects.get(quiz=german)
    assert (entry.quiz_id, entry.language, entry.correct, entry.confirmed_at) == (german.pk, "ar", 3, None)

    (message,) = mail.outbox
    assert message.to == ["salma@example.org"]
    link_host, link_path = LINK.search(message.body).groups()
    assert link_host == host and link_path.startswith(path)
    assert tab.open(link_host, link_path).status == 200
    no_sideways_scrolling(page, "Bestätigen")
    assert tab.send(page.locator("main form button[type=submit]")).status_code == 200
    assert page.locator(".message--success").count() == 1
    entry.refresh_from_db()
    assert entry.confirmed_at is not None
    assert time.monotonic() - started < 20
