"""Delete the quiz's personal data that is due (quiz/retention.py). Run daily (cron or a systemd timer)."""

from django.core.management.base import BaseCommand
from django.utils.translation import ngettext

from quiz.retention import purge


class Command(BaseCommand):
    help = (
        "Löscht unbestätigte Teilnahmen mit abgelaufenem Link und, nach der Frist des Gewinnspiels, "
        "alle Teilnahmen und die Initialen der Gewinner einer Auslosung."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Nur zählen, nichts löschen.")

    def handle(self, *args, dry_run=False, **options):
        result = purge(dry_run=dry_run)
        prefix = "Probelauf: " if dry_run else ""
        verb = "würden gelöscht" if dry_run else "gelöscht"
        if result.nothing:
            self.stdout.write(f"{prefix}Nichts zu löschen.")
            return
        if result.unconfirmed:
            line = ngettext(
                "%(count)d unbestätigte Teilnahme mit abgelaufenem Link %(verb)s.",
                "%(count)d unbestätigte Teilnahmen mit abgelaufenem Link %(verb)s.",
                result.unconfirmed,
            )
            self.stdout.write(prefix + line % {"count": result.unconfirmed, "verb": verb})
        for title, entries, initials in result.quizzes:
            entry_part = ngettext("%(count)d Teilnahme", "%(count)d Teilnahmen", entries) % {"count": entries}
            initials_part = ngettext(
                "die Initialen von %(count)d Gewinn", "die Initialen von %(count)d Gewinnen", initials
            ) % {"count": initials}
            self.stdout.write(f"{prefix}Gewinnspiel „{title}“: {entry_part} und {initials_part} {verb}.")
