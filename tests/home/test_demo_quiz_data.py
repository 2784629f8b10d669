"""The demo quizzes' data (fixtures/demo/quiz.yaml and its translations), for all eleven Sozialräume,
without a database.

The demo test builds Kalk only (tests/home/test_demo.py), so most questions of the running quiz are
left out there. This checks that in the full demo every question has its page, and that the text
giving the answer (`found`) is in what the demo builds that page from.
"""

import pytest

from home.demo import data
from home.demo.quiz import TRANSLATED_QUESTION_KEYS, scaled_minimum
from home.demo.translations import LANGUAGES, SLUG

QUIZZES = data.read("quiz.yaml")["quizzes"]
LAUNCH, RUNNING = QUIZZES


def texts(value):
    """Every string in a parsed YAML item, joined: where `found` must occur."""
    if isinstance(value, dict):
        return " ".join(texts(item) for item in value.values())
    if isinstance(value, list):
        return " ".join(texts(item) for item in value)
    return str(value)


def source_item(where):
    """The item of fixtures/demo/ the demo builds the question's page from."""
    if "landing" in where:
        return next(page for page in data.landing()["pages"] if page["slug"] == where["landing"])
    slug, section = where["sozialraum"], where["section"]
    if section == "aktuelles":
        items, key = data.news(slug), "title"
    elif section == "gute-beispiele":
        items, key = data.projects(slug), "title"
    elif section == "veranstaltungen":
        # Only templates every Sozialraum gets: a pool event may not be in this one's calendar.
        calendar = data.read("events.yaml")
        items, key = calendar["regular"] + calendar["every_sozialraum"], "title"
    else:
        assert section == "adressen", where
        items, key = data.read(f"directory/{slug}.yaml"), "name"
    name = where.get("entry", where.get("title"))
    found = [item for item in items if item.get(key) == name]
    assert found, where
    return found[0]


@pytest.mark.parametrize("quiz", QUIZZES, ids=lambda quiz: quiz["slug"])
def test_every_question_has_its_page_and_the_answer_on_it(quiz):
    assert len({question["key"] for question in quiz["questions"]}) == len(quiz["questions"])
    for question in quiz["questions"]:
        assert question["found"] in texts(source_item(question["page"])), question["key"]
        if question["type"] == "short_answer":
            assert question["accepted"].strip()
        else:
            right = sum(choice["correct"] for choice in question["choices"])
            assert right == 1 if question["type"] == "single_choice" else right >= 1, question["key"]


def test_the_running_quiz_has_ten_questions_of_every_kind_across_the_sozialraeume():
    questions = RUNNING["questions"]
    assert len(questions) == 10
    assert {q["type"] for q in questions} == {"single_choice", "multiple_choice", "short_answer"}
    pages = [question["page"] for question in questions]
    sozialraeume = {page["sozialraum"] for page in pages if "sozialraum" in page}
    assert len(sozialraeume) >= 6 and sozialraeume <= set(data.sozialraum_slugs())
    assert scaled_minimum(RUNNING, len(questions)) == RUNNING["minimum_correct"]
    assert scaled_minimum(RUNNING, 1) == 1


@pytest.mark.parametrize("quiz", QUIZZES, ids=lambda quiz: quiz["slug"])
def test_three_prizes_in_three_sozialraeume_given_by_their_directory_entries(quiz):
    prizes = quiz["prizes"]
    assert len(prizes) == 3 and len({prize["sozialraum"] for prize in prizes}) == 3
    for prize in prizes:
        names = {item["name"] for item in data.read(f"directory/{prize['sozialraum']}.yaml")}
        assert prize["donor"] in names, prize["donor"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_translation_names_german_questions_and_keeps_the_shape(language):
    translated = data.load(data.DEMO_DATA / "translations" / language / "quiz.yaml")
    assert [item["source"] for item in translated] == [RUNNING["title"]]
    (item,) = translated
    assert SLUG.match(item["slug"])
    for field in ("conditions", "privacy_notice"):
        assert item[field].count("<p>") == RUNNING[field].count("<p>"), field
        assert item[field].count("{minimum}") == RUNNING[field].count("{minimum}"), field
    german = {question["key"]: question for question in RUNNING["questions"]}
    assert [question["source"] for question in item["questions"]] == list(german)
    for question in item["questions"]:
        assert set(question) <= TRANSLATED_QUESTION_KEYS, question["source"]
        assert question["question"] != german[question["source"]]["question"]
        if "choices" in question:
            assert len(question["choices"]) == len(german[question["source"]]["choices"])
    german_prizes = {prize["title"] for prize in RUNNING["prizes"]}
    assert len(item["prizes"]) == len(RUNNING["prizes"])
    assert not german_prizes & {prize["title"] for prize in item["prizes"]}
