"""The draw and the redraw of a quiz, as the admin's draw page runs them (docs/quiz.md).

Both work on the German quiz page and raise `DrawRefused` with a German message when the draw
cannot be made; the numbers come from quiz/draw.py, so anyone can repeat them.
"""

from django.db import IntegrityError, transaction
from django.utils import timezone

from . import draw
from .models import QuizDraw, QuizEntry, QuizWinner

ALREADY_DRAWN = "Die Gewinner sind schon ausgelost. Eine zweite Auslosung gibt es nicht."
NO_REASON = "Bitte schreiben Sie auf, warum nachgezogen wird (zum Beispiel: keine Antwort bis …)."


class DrawRefused(Exception):
    """A draw or redraw that cannot be made; the message says why, in German."""


def eligible_entries(quiz):
    """Confirmed entries with at least the quiz's minimum of right answers, by number."""
    return QuizEntry.objects.filter(
        quiz=quiz, confirmed_at__isnull=False, correct__gte=quiz.minimum_correct
    ).order_by("pk")


def display_name(user):
    return (user.get_full_name() or user.get_username()) if user is not None else ""


def perform_draw(quiz, user):
    """Draw the winners of every prize once; a second draw is refused. Returns the `QuizDraw`."""
    quiz = quiz.source_quiz()
    if timezone.now() < quiz.ends_at:
        raise DrawRefused("Das Gewinnspiel läuft noch. Die Auslosung ist erst nach dem Ende möglich.")
    if QuizDraw.objects.filter(quiz=quiz).exists():
        raise DrawRefused(ALREADY_DRAWN)
    entries = {entry.pk: entry for entry in eligible_entries(quiz)}
    if not entries:
        raise DrawRefused("Keine bestätigte Teilnahme erfüllt die Bedingungen: es gibt nichts auszulosen.")
    prizes = list(quiz.prizes.order_by("sort_order", "pk"))
    slots = [prize for prize in prizes for _ in range(prize.winners)]
    seed = quiz.secret.seed
    numbers = draw.draw(seed, list(entries), min(len(slots), len(entries)))
    try:
        with transaction.atomic():
            record = QuizDraw.objects.create(
                quiz=quiz,
                drawn_by=user,
                drawn_by_name=display_name(user),
                seed=seed,
                public_value=draw.public_value(list(entries)),
                eligible_numbers=list(entries),
                entries_total=QuizEntry.objects.filter(quiz=quiz).count(),
                entries_confirmed=QuizEntry.objects.filter(quiz=quiz, confirmed_at__isnull=False).count(),
            )
            QuizWinner.objects.bulk_create(
                QuizWinner(
                    record=record,
                    draw_number=number,
                    prize=prize,
                    prize_title=prize.title,
                    entry=entries[entry_number],
                    entry_number=entry_number,
                    initials=entries[entry_number].initials,
                )
                for number, (prize, entry_number) in enumerate(zip(slots, numbers, strict=False))
            )
    except IntegrityError as error:  # another coordinator drew at the same moment
        raise DrawRefused(ALREADY_DRAWN) from error
    return record


def redraw(winner, user, reason):
    """Replace a winner who did not answer by the next draw, for the same prize; logged on both."""
    reason = " ".join(str(reason).split())
    if not reason:
        raise DrawRefused(NO_REASON)
    with transaction.atomic():
        winner = QuizWinner.objects.select_for_update().select_related("record").get(pk=winner.pk)
        if winner.replaced_at is not None:
            raise DrawRefused("Für diesen Gewinn ist schon nachgezogen worden.")
        record = winner.record
        drawn = list(record.winners.values_list("entry_number", flat=True))
        if len(drawn) >= len(record.eligible_numbers):
            raise DrawRefused("Alle Teilnahmen in der Verlosung sind schon gezogen: niemand ist mehr übrig.")
        draw_number = record.winners.count()
        (entry_number,) = draw.draw(record.seed, record.eligible_numbers, 1, draw_number, excluded=drawn)
        entry = QuizEntry.objects.filter(pk=entry_number).first()
        winner.replaced_at = timezone.now()
        winner.replaced_by_name = display_name(user)
        winner.replacement_reason = reason
        winner.save(update_fields=["replaced_at", "replaced_by_name", "replacement_reason"])
        return QuizWinner.objects.create(
            record=record,
            draw_number=draw_number,
            prize=winner.prize,
            prize_title=winner.prize_title,
            entry=entry,
            entry_number=entry_number,
            initials=entry.initials if entry else "",
        )
