"""Deleting the quiz's personal data (docs/quiz-admin.md); `manage.py purge_quiz_entries` runs it daily.

Two cases:
- an entry never confirmed whose link has expired (`QUIZ_CONFIRMATION_HOURS`) goes at once;
- `delete_after_days` after the draw, every entry of the quiz goes, and the draw record loses the
  winners' initials. What is needed to verify the draw stays: the counts, seed, public value,
  eligible entry numbers and the draws by number (quiz/draw.py).
"""

import datetime
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from .models import QuizDraw, QuizEntry, QuizWinner
from .participation import confirmation_lifetime


@dataclass
class Purged:
    unconfirmed: int = 0
    # (quiz title, entries deleted, initials emptied) for each quiz whose retention ended
    quizzes: list = field(default_factory=list)

    @property
    def nothing(self):
        return not self.unconfirmed and not self.quizzes


def delete_entries(entries):
    """Delete `entries`, returning how many; a winner's `entry` becomes NULL (SET_NULL), nothing else goes."""
    return entries.delete()[1].get(QuizEntry._meta.label, 0)


def expired_unconfirmed(now):
    return QuizEntry.objects.filter(confirmed_at__isnull=True, created_at__lt=now - confirmation_lifetime())


def records_due(now):
    """The draws whose quiz's `delete_after_days` are over and whose personal data is still there."""
    records = QuizDraw.objects.filter(personal_data_deleted_at__isnull=True).select_related("quiz")
    return [
        record
        for record in records.order_by("drawn_at", "pk")
        if record.drawn_at + datetime.timedelta(days=record.quiz.delete_after_days) <= now
    ]


def purge(now=None, dry_run=False):
    """Delete what is due (or, with `dry_run`, only count it); running it again finds nothing."""
    now = now or timezone.now()
    result = Purged()
    with transaction.atomic():
        unconfirmed = expired_unconfirmed(now)
        result.unconfirmed = unconfirmed.count() if dry_run else delete_entries(unconfirmed)
        for record in records_due(now):
            entries = QuizEntry.objects.filter(quiz=record.quiz_id)
            initials = QuizWinner.objects.filter(record=record).exclude(initials="")
            if dry_run:
                result.quizzes.append((record.quiz.title, entries.count(), initials.count()))
                continue
            emptied = initials.update(initials="")
            deleted = delete_entries(entries)
            QuizDraw.objects.filter(pk=record.pk).update(personal_data_deleted_at=now)
            result.quizzes.append((record.quiz.title, deleted, emptied))
    return result
