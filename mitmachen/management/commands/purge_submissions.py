"""Erase the submitters' personal data once the retention period is over (mitmachen/retention.py).

Run daily (cron or a systemd timer).
"""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils.translation import ngettext

from mitmachen.retention import due_count, erase_due


class Command(BaseCommand):
    help = "Löscht Name, E-Mail und Telefon von Vorschlägen, deren Aufbewahrungsfrist abgelaufen ist."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Nur zählen, nichts löschen.",
        )

    def handle(self, *args, dry_run=False, **options):
        if dry_run:
            count = due_count()
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
        count = erase_due()
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
