"""Erasing the submitters' personal data once the retention period is over (docs/mitmachen.md).

What was suggested stays, for the record; name, e-mail and phone go
`MITMACHEN_RETENTION_DAYS` after the decision (refused submissions: after
they came in). `manage.py purge_submissions` runs it daily.
"""

from django.db import transaction
from django.utils import timezone

from .models import Submission


def due_count(now=None):
    """How many submissions are due for erasure now."""
    return Submission.objects.due_for_erasure(now or timezone.now()).count()


def erase_due(now=None):
    """Erase the personal data of every submission that is due; returns how many."""
    now = now or timezone.now()
    count = 0
    with transaction.atomic():
        for submission in Submission.objects.due_for_erasure(now).order_by("pk").select_for_update():
            submission.erase_personal_data(now)
            count += 1
    return count
