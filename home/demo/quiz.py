"""The demo's two quizzes on the portal's start page (fixtures/demo/quiz.yaml, docs/demo.md).

The launch quiz ended some days ago: it has demo entries – no real persons, "Demo Teilnahme 1" with
an address at beispiel.example – all confirmed, and its draw was made with quiz.drawing, so its
page shows the winners and everything needed to repeat the draw. The other quiz runs for four more
weeks; each question links the demo page where its answer is, found when the demo is built. A
question whose page the demo did not build (a `--list` without its Sozialraum) is left out, and the
minimum of right answers shrinks in proportion.

Block ids are derived from the quiz's slug and the question's key, so the translation step knows
which German question a block is (translations: fixtures/demo/translations/<lang>/quiz.yaml).
"""

import datetime
import json
import uuid

from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Site

from quiz.drawing import perform_draw
from quiz.models import QuizDraw, QuizEntry, QuizPage, QuizPrize, QuizSecret
from quiz.scoring import field_name, results
from snippets.models import Organisation, Sozialraum

from ..models import LandingPage
from ..setup import section_pages
from . import data
from .dates import at

# Block ids: uuid5 of "<quiz slug>/<question key>[/<choice number>]" in this namespace.
BLOCK_IDS = uuid.UUID("5f0c2a8e-3b7d-4c1a-9e62-7a1d0b9c4e15")
ENTRY_LANGUAGES = ("de", "de", "tr", "de", "ar", "en")
TRANSLATED_QUESTION_KEYS = {"source", "question", "hint", "choices", "accepted"}


class QuizDataError(data.DemoDataError):
    """fixtures/demo/quiz.yaml or a translation of it does not fit."""


def block_id(*parts):
    return str(uuid.uuid5(BLOCK_IDS, "/".join(str(part) for part in parts)))


def question_block(quiz_slug, item, hint_page):
    """One question in StreamField's raw form, with the id it has in every build."""
    value = {"question": item["question"], "hint": item["hint"], "hint_page": hint_page.pk}
    if item["type"] == "short_answer":
        value["accepted"] = item["accepted"]
    else:
        value["choices"] = [
            {"type": "item", "id": block_id(quiz_slug, item["key"], number), "value": choice}
            for number, choice in enumerate(item["choices"])
        ]
    return {"type": item["type"], "id": block_id(quiz_slug, item["key"]), "value": value}


def scaled_minimum(item, built):
    """The quiz's minimum of right answers for the `built` of its questions (at least one)."""
    return max(1, round(item["minimum_correct"] * built / len(item["questions"])))


def demo_answer(question, right):
    """What the form would store for a right (or a wrong) answer to `question`."""
    value = question.value
    if question.block_type == "short_answer":
        return value["accepted"].split(";")[0].strip() if right else "weiß nicht"
    positions = [str(n) for n, choice in enumerate(value["choices"]) if bool(choice["correct"]) == right]
    if question.block_type == "single_choice":
        return positions[0]
    return positions if right else positions[:1]


def wrong_questions(number, count):
    """Which questions demo entry `number` answers wrongly: none, one, or (every seventh) two."""
    if number % 7 == 0:
        return {number % count, (number + 1) % count}
    return {number % count} if number % 3 == 0 else set()


def translated_item(german, translated, where):
    """The German quiz item with the translated texts laid over it, question by question."""
    own = {"source", "slug", "questions", "prizes"}  # the slug is the translation's, set by `translate`
    merged = {**german, **{key: value for key, value in translated.items() if key not in own}}
    by_key = {question["key"]: question for question in german["questions"]}
    questions = {}
    for item in translated.get("questions", []):
        source = item.get("source")
        if source not in by_key:
            raise QuizDataError(f"{where}: eine Frage „{source}“ gibt es im Deutschen nicht.")
        if set(item) - TRANSLATED_QUESTION_KEYS:
            raise QuizDataError(
                f"{where}, Frage „{source}“: unbekannt {set(item) - TRANSLATED_QUESTION_KEYS}"
            )
        question = {**by_key[source], **{key: value for key, value in item.items() if key != "source"}}
        if "choices" in item:
            if len(item["choices"]) != len(by_key[source]["choices"]):
                raise QuizDataError(f"{where}, Frage „{source}“: nicht so viele Antworten wie im Deutschen.")
            question["choices"] = [
                {**choice, "text": text}
                for choice, text in zip(by_key[source]["choices"], item["choices"], strict=True)
            ]
        questions[source] = question
    merged["questions"] = [questions.get(question["key"], question) for question in german["questions"]]
    prizes = translated.get("prizes")
    if prizes is not None:
        if len(prizes) != len(german["prizes"]):
            raise QuizDataError(f"{where}: nicht so viele Preise wie im Deutschen.")
        merged["prizes"] = [{**prize, **text} for prize, text in zip(german["prizes"], prizes, strict=True)]
    return merged


class QuizSteps:
    """Steps of `DemoBuilder`: the quizzes after the press releases, their translations with the others."""

    def build_quizzes(self):
        text = data.read("quiz.yaml")
        if text is None:
            return
        landing = self.quiz_parent()
        for item in text["quizzes"]:
            if landing.get_children().filter(slug=item["slug"]).exists():
                continue
            pages = self.hint_pages(landing, item)
            if not pages:
                continue
            if len(pages) < len(item["questions"]):
                self.say(f"  {item['title']}: {len(pages)} von {len(item['questions'])} Fragen")
            page = self.publish_child(landing, self.quiz_page(item, pages))
            # The fingerprint was public before the start.
            QuizSecret.objects.filter(quiz=page).update(
                created_at=page.starts_at - datetime.timedelta(days=1)
            )
            if item.get("entries") and page.ends_at < timezone.now():
                self.entries_and_draw(page, item["entries"])

    @staticmethod
    def quiz_parent():
        return LandingPage.objects.get(pk=Site.objects.get(is_default_site=True).root_page_id)

    def hint_pages(self, landing, item):
        """{question key: the live German page with its answer} for the questions the demo built."""
        pages = {}
        for question in item["questions"]:
            page = self.hint_page(landing, question["page"])
            if page is not None:
                pages[question["key"]] = page
        return pages

    def hint_page(self, landing, where):
        if "landing" in where:
            return landing.get_children().live().filter(slug=where["landing"], locale=self.source).first()
        sozialraum = Sozialraum.objects.filter(slug=where["sozialraum"]).exclude(site=None).first()
        if sozialraum is None:
            return None
        section = section_pages(sozialraum.site.root_page.specific, "sozialraum").get(where["section"])
        if section is None or not section.live:
            return None
        if "entry" in where:
            entries = Organisation.objects.filter(sozialraum=sozialraum, locale=self.source, live=True)
            return section if entries.filter(name=where["entry"]).exists() else None
        return section.get_children().live().filter(slug=slugify(where["title"])[:80]).first()

    def quiz_page(self, item, pages):
        """An unsaved quiz with the questions that have a page in `pages` (or its translated copy)."""
        questions = [question for question in item["questions"] if question["key"] in pages]
        minimum = scaled_minimum(item, len(questions))
        today = timezone.localdate()

        def moment(when):
            hour, minute = (int(part) for part in when["time"].split(":"))
            return at(today + datetime.timedelta(days=when["days"]), hour, minute)

        page = QuizPage(
            title=item["title"],
            slug=item["slug"],
            intro=item["intro"],
            starts_at=moment(item["starts"]),
            ends_at=moment(item["ends"]),
            questions=json.dumps(
                [question_block(item["slug"], question, pages[question["key"]]) for question in questions]
            ),
            minimum_correct=minimum,
            conditions=item["conditions"].replace("{minimum}", str(minimum)),
            privacy_notice=item["privacy_notice"].replace("{minimum}", str(minimum)),
        )
        sozialraeume = {
            sozialraum.slug: sozialraum for sozialraum in Sozialraum.objects.select_related("site")
        }
        for number, prize in enumerate(item["prizes"]):
            page.prizes.add(
                QuizPrize(
                    title=prize["title"],
                    description=prize.get("description", ""),
                    donor=prize.get("donor", ""),
                    winners=prize.get("winners", 1),
                    image=self.sozialraum_picture(sozialraeume.get(prize.get("sozialraum"))),
                    sort_order=number,
                )
            )
        return page

    def entries_and_draw(self, quiz, count):
        """`count` confirmed demo entries spread over the quiz's time, then the draw (see module doc)."""
        questions = list(quiz.questions)
        for number in range(1, count + 1):
            wrong = wrong_questions(number, len(questions))
            answers = {
                field_name(question): demo_answer(question, position not in wrong)
                for position, question in enumerate(questions)
            }
            entry = QuizEntry.objects.create(
                quiz=quiz,
                language=ENTRY_LANGUAGES[number % len(ENTRY_LANGUAGES)],
                name=f"Demo Teilnahme {number}",
                email=f"demo-teilnahme-{number}@beispiel.example",
                answers=answers,
                correct=sum(result.right for result in results(questions, answers)),
                questions=len(questions),
                kiosk=number % 4 == 0,  # at the portal's stand at the launch
            )
            sent = quiz.starts_at + (quiz.ends_at - quiz.starts_at) * number / (count + 1)
            QuizEntry.objects.filter(pk=entry.pk).update(
                created_at=sent, confirmed_at=sent + datetime.timedelta(minutes=10 + number)
            )
        admin = get_user_model().objects.filter(username="admin").first()  # None on a first build
        record = perform_draw(quiz, admin)
        drawn = min(quiz.ends_at + datetime.timedelta(days=1), timezone.now())
        QuizDraw.objects.filter(pk=record.pk).update(
            drawn_at=drawn, drawn_by_name=record.drawn_by_name or "Demo-Aufbau (load_demo)"
        )
        record.winners.update(notified_at=drawn + datetime.timedelta(hours=1))
        self.created += count + 1

    # -- translations (a step of DemoTranslationSteps.build_translations) -------------------------

    def translate_quizzes(self, files, locale):
        items = files.read("quiz.yaml") or []
        if not items:
            return
        german_items = {item["title"]: item for item in data.read("quiz.yaml")["quizzes"]}
        landing = self.quiz_parent()
        for item in items:
            source = item.get("source")
            if source not in german_items:
                files.fail(
                    "quiz.yaml",
                    source,
                    "Ein Gewinnspiel mit diesem Titel gibt es in fixtures/demo/quiz.yaml nicht.",
                )
            german_item = german_items[source]
            german = (
                QuizPage.objects.child_of(landing)
                .filter(slug=german_item["slug"], locale=self.source)
                .first()
            )
            if german is None:
                continue
            try:
                merged = translated_item(german_item, item, files.folder / "quiz.yaml")
            except QuizDataError as error:
                files.fail("quiz.yaml", source, str(error))
            pages, same = self.german_questions(german, german_item)
            self.translate(
                files,
                "quiz.yaml",
                source,
                german,
                self.quiz_page(merged, pages),
                locale,
                item.get("slug"),
                matches=same and german.intro == german_item["intro"],
            )

    @staticmethod
    def german_questions(german, item):
        """{key: hint page} of the German quiz's questions, and whether they still have the file's text."""
        by_id = {block_id(item["slug"], question["key"]): question for question in item["questions"]}
        pages, same = {}, True
        for block in german.questions:
            question = by_id.get(block.id)
            changed = question is None or block.value["question"] != question["question"]
            if changed or block.value["hint_page"] is None:
                same = False  # an editor added or changed a question: the file no longer fits
                continue
            pages[question["key"]] = block.value["hint_page"]
        return pages, same
