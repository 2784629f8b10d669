"""Entries and draws for the admin tests: a quiz made to have ended, entries made directly (the
public form has its own tests in test_participation.py)."""

import datetime

import factory
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from quiz.admin_views import NAMESPACE
from quiz.models import QuizPage


class QuizEntryFactory(factory.django.DjangoModelFactory):
    """A confirmed entry with every answer right; pass `quiz=` (the German page)."""

    class Meta:
        model = "quiz.QuizEntry"

    language = "de"
    name = factory.Faker("name", locale="de_DE")
    email = factory.Sequence(lambda n: f"teilnahme{n}@example.org")
    answers = factory.LazyFunction(dict)
    correct = 3
    questions = 3
    confirmed_at = factory.LazyFunction(timezone.now)


def end(quiz):
    """Let the quiz have ended an hour ago."""
    ended = timezone.now() - datetime.timedelta(hours=1)
    QuizPage.objects.filter(pk=quiz.pk).update(ends_at=ended)
    quiz.ends_at = ended
    return quiz


def eligible(quiz, count):
    return [QuizEntryFactory(quiz=quiz) for _ in range(count)]


def user(username):
    return get_user_model().objects.get(username=username)


def draw_url(quiz, name="index", *args):
    return reverse(f"{NAMESPACE}:{name}", args=[quiz.pk, *args])
