"""Erase the submitters' personal data once the retention period is over (docs/mitmachen.md).

Run daily (cron or a systemd timer). What was suggested stays, for the
record; name, e-mail and phone go `MITMACHEN_RETENTION_DAYS` after the
decision (refused submissions: after they came in).
"""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from django.utils.translation import ngettext

from mitmachen.models import Submission


class Command(BaseCommand):
    help = "Löscht Name, E-Mail und Telefon von Vorschlägen, deren Aufbewahrungsfrist abgelaufen ist."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Nur zählen, nichts löschen.",
        )

    def handle(self, *args, dry_run=False, **options):
        now = timezone.now()
        due = Submission.objects.due_for_erasure(now).order_by("pk")
        if dry_run:
            count = due.count()
            self.stdout.write(
                ngettext(
                    "Probelauf: Bei %(count)d Vorschlag würden die persönlichen Daten gelöscht "
                    "(Frist: %(days)d Tage).",
                    "Probelauf: Bei %(count)d Vorschlägen würden die persönlichen Daten gelöscht "
                    "(Frist: %(days)d Tage).",
                    count,
                )
                % {"count": count, "days": settings.MITMACHEN_RETENTION_DAYS}
            )
            return
        count = 0
        with transaction.atomic():
            for submission in due.select_for_update():
                submission.erase_personal_data(now)
                count += 1
        self.stdout.write(
            self.style.SUCCESS(
                ngettext(
                    "Persönliche Daten von %(count)d Vorschlag gelöscht.",
                    "Persönliche Daten von %(count)d Vorschlägen gelöscht.",
                    count,
                )
                % {"count": count}
            )
        )
