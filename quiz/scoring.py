"""Which answers are right, and the form fields of the questions (by the question block's id)."""

import unicodedata
from dataclasses import dataclass

from django import forms
from django.utils.translation import gettext_lazy

MAX_ANSWER_LENGTH = 200


def field_name(question):
    return f"frage-{question.id}"


def normalise(text):
    """An answer as it is compared: NFKC, without case, outer spaces, inner runs of spaces and end dots."""
    text = unicodedata.normalize("NFKC", str(text)).casefold()
    return " ".join(text.split()).strip(" .!")


def accepted_answers(value):
    return {normalise(answer) for answer in str(value).split(";") if normalise(answer)}


def is_right(question, answer, also_accepted=()):
    """Whether `answer` (a choice position, a list of them, or a text) answers `question` rightly.

    `also_accepted` are more accepted texts for a short answer (the German page's, in a translation).
    """
    kind, value = question.block_type, question.value
    if kind == "short_answer":
        return normalise(answer or "") in accepted_answers(value["accepted"]) | set(also_accepted)
    right = {str(position) for position, choice in enumerate(value["choices"]) if choice["correct"]}
    given = {answer} if isinstance(answer, str) else set(answer or ())
    return given == right


def question_field(question):
    """The form field of one question: radio buttons, checkboxes or a short text."""
    value = question.value
    label = value["question"]
    if question.block_type == "short_answer":
        return forms.CharField(label=label, max_length=MAX_ANSWER_LENGTH, required=True)
    choices = [(str(position), choice["text"]) for position, choice in enumerate(value["choices"])]
    if question.block_type == "single_choice":
        return forms.ChoiceField(label=label, choices=choices, widget=forms.RadioSelect)
    return forms.MultipleChoiceField(
        label=label,
        choices=choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=gettext_lazy("Mehrere Antworten können richtig sein."),
    )


@dataclass
class Result:
    """One question after sending: right or not, and where the answer is found."""

    question: str
    right: bool
    hint: str
    hint_page: object


def results(questions, answers, german_questions=None):
    """[Result] for every question, in order; `german_questions` add the German page's accepted texts."""
    german = {question.id: question for question in german_questions or ()}
    found = []
    for question in questions:
        also = set()
        if question.block_type == "short_answer" and question.id in german:
            also = accepted_answers(german[question.id].value["accepted"])
        right = is_right(question, answers.get(field_name(question)), also)
        found.append(
            Result(question.value["question"], right, question.value["hint"], question.value["hint_page"])
        )
    return found
