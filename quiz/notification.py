"""The mail to each winner, sent from the draw page (docs/quiz-admin.md).

The text is the quiz page's `winner_mail_text`, one German text for all languages (a synchronised
field), so the whole mail is German. Replies go to the Sozialraum's coordination office, or to
the person who sends the mails when the quiz has no Sozialraum (the landing site).
"""

import logging
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone

from snippets.coordination import coordination_of
from snippets.mail import templated_mail
from snippets.models import Sozialraum

from .models import QuizWinner

logger = logging.getLogger(__name__)
LANGUAGE = "de"


@dataclass
class Notified:
    sent: int = 0
    failed: int = 0
    unreachable: int = 0  # their entry is deleted already (quiz/retention.py)


def pending(record):
    """The current winners who have not had their mail yet."""
    return record.winners.filter(replaced_at__isnull=True, notified_at__isnull=True)


def winner_text(quiz, winner):
    # Plain replacement, not str.format: a brace typed into the page's text must not break the mail.
    return quiz.winner_mail_text.replace("{quiz}", quiz.title).replace("{prize}", winner.prize_title)


def sozialraum_of(quiz):
    return Sozialraum.objects.filter(site=quiz.get_site()).first()


def reply_address(contact, sender):
    """Where the winners' answers go: the coordination office, else the person sending."""
    if contact is not None and contact.email:
        return contact.email
    return sender.email if sender is not None else ""


def winner_message(quiz, winner, contact, sender):
    context = {
        "quiz": quiz,
        "winner": winner,
        "name": winner.entry.name,
        "text": winner_text(quiz, winner),
        "contact": contact,
        "portal_name": settings.PORTAL_NAME,
    }
    reply_to = contact.email if contact and contact.email else (sender.email if sender else "")
    return templated_mail(
        "quiz_winner", context, to=[winner.entry.email], language=LANGUAGE, reply_to=reply_to
    )


def notify_winners(quiz, record, sender):
    """Mail every current winner not notified yet and set `notified_at`; a winner is mailed once.

    Each winner is claimed by a conditional update before the mail goes out, so two coordinators
    pressing the button at once do not send it twice; a mail that fails gives the claim back.
    """
    result = Notified()
    contact = coordination_of(sozialraum_of(quiz))
    for winner in pending(record).select_related("entry"):
        if winner.entry is None:
            result.unreachable += 1
            continue
        claimed = QuizWinner.objects.filter(pk=winner.pk, notified_at__isnull=True).update(
            notified_at=timezone.now()
        )
        if not claimed:
            continue
        try:
            winner_message(quiz, winner, contact, sender).send()
        except OSError:
            logger.exception("Gewinn-Mail zu Teilnahme Nr. %s nicht verschickt", winner.entry_number)
            QuizWinner.objects.filter(pk=winner.pk).update(notified_at=None)
            result.failed += 1
        else:
            result.sent += 1
    return result
