"""The questions of a quiz: single choice, multiple choice, short answer (`QuestionsBlock`).

Each question has a hint that links the portal page where the answer is found: the point of the
quiz is to explore the portal. Answers are stored by the block's id, which every translation of
the page keeps, and choices by their position, which translations keep too.
"""

from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError


class AnswerChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label="Antwort", max_length=200)
    correct = blocks.BooleanBlock(label="richtig", required=False)

    class Meta:
        icon = "tick"
        label = "Antwortmöglichkeit"
        template = "components/streamfield/quiz_choice.html"
        preview_value = {"text": "Im Bürgerhaus", "correct": True}
        description = "Eine Antwort zum Ankreuzen; „richtig“ markiert die richtige."


class QuestionBlock(blocks.StructBlock):
    """What every question has: the question, the hint and the page where the answer is found."""

    question = blocks.CharBlock(label="Frage", max_length=300)
    hint = blocks.CharBlock(
        label="Tipp",
        max_length=300,
        help_text="Ein Satz, wo man suchen kann. Er erscheint nach dem Absenden mit dem Link.",
    )
    hint_page = blocks.PageChooserBlock(label="Hier steht die Antwort")


class ChoiceQuestionBlock(QuestionBlock):
    choices = blocks.ListBlock(AnswerChoiceBlock(), label="Antwortmöglichkeiten", min_num=2, max_num=8)
    single = True

    def clean(self, value):
        value = super().clean(value)
        right = sum(1 for choice in value["choices"] if choice["correct"])
        if self.single and right != 1:
            message = "Markieren Sie genau eine Antwort als richtig."
        elif not self.single and right < 1:
            message = "Markieren Sie mindestens eine Antwort als richtig."
        else:
            return value
        raise StructBlockValidationError(block_errors={"choices": ValidationError(message)})


class SingleChoiceBlock(ChoiceQuestionBlock):
    class Meta:
        icon = "radio-full"
        label = "Eine richtige Antwort"
        template = "components/streamfield/quiz_question.html"
        preview_value = {
            "question": "Wo trifft sich das Elterncafé in Kalk?",
            "hint": "Schauen Sie in den Veranstaltungskalender von Kalk.",
            "choices": [{"text": "Im Familienzentrum", "correct": True}, {"text": "Im Rathaus"}],
        }
        description = "Eine Frage mit Antworten zum Ankreuzen, von denen genau eine richtig ist."


class MultipleChoiceBlock(ChoiceQuestionBlock):
    single = False

    class Meta:
        icon = "list-ul"
        label = "Mehrere richtige Antworten"
        template = "components/streamfield/quiz_question.html"
        preview_value = {
            "question": "Welche Angebote gibt es im Bürgerhaus?",
            "hint": "Der Eintrag im Adressverzeichnis nennt sie.",
            "choices": [{"text": "Hausaufgabenhilfe", "correct": True}, {"text": "Schwimmbad"}],
        }
        description = "Eine Frage mit Antworten zum Ankreuzen; richtig ist, wer genau die richtigen ankreuzt."


class ShortAnswerBlock(QuestionBlock):
    accepted = blocks.CharBlock(
        label="Richtige Antworten",
        max_length=300,
        help_text="Jede Schreibweise, die zählt, getrennt durch Semikolon: „Kalk; Köln-Kalk“. "
        "Groß- und Kleinschreibung und Leerzeichen am Rand zählen nicht.",
    )

    class Meta:
        icon = "edit"
        label = "Kurze Antwort"
        template = "components/streamfield/quiz_question.html"
        preview_value = {
            "question": "In welchem Stadtteil liegt das Bürgerhaus Kalk?",
            "hint": "Die Adresse steht im Adressverzeichnis.",
            "accepted": "Kalk; Köln-Kalk",
        }
        description = "Eine Frage, auf die man ein Wort oder eine Zahl schreibt."


class QuestionsBlock(blocks.StreamBlock):
    single_choice = SingleChoiceBlock()
    multiple_choice = MultipleChoiceBlock()
    short_answer = ShortAnswerBlock()

    class Meta:
        min_num = 1
        max_num = 30
