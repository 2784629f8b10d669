"""The quiz's models: the page with its prizes (pages.py), entries and draw record (entries.py)."""

from .entries import QuizDraw, QuizEntry, QuizSecret, QuizWinner, email_key, initials
from .pages import QuizPage, QuizPrize, QuizState

__all__ = [
    "QuizDraw",
    "QuizEntry",
    "QuizPage",
    "QuizPrize",
    "QuizSecret",
    "QuizState",
    "QuizWinner",
    "email_key",
    "initials",
]
