from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from snippets.directory import freshness


class Command(BaseCommand):
    help = (
        "Schickt jeder Adresse, deren Angaben länger als --monate nicht geprüft wurden, eine Prüfbitte "
        "mit einem Link „Angaben sind aktuell“ an die E-Mail für die Pflege – höchstens eine je Eintrag "
        "innerhalb von --fenster Tagen. Für den täglichen Aufruf durch einen Zeitplaner gedacht."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--monate",
            type=int,
            default=freshness.stale_after_months(),
            help="Veraltet ist, was länger als so viele Monate nicht geprüft wurde (Standard: %(default)s).",
        )
        parser.add_argument(
            "--fenster",
            type=int,
            default=30,
            help="Tage, in denen ein Eintrag höchstens eine Prüfbitte bekommt (Standard: %(default)s).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Nur anzeigen, wer eine Mail bekäme; nichts senden."
        )

    def handle(self, *args, **options):
        if options["monate"] < 1:
            raise CommandError("--monate muss mindestens 1 sein.")
        if options["fenster"] < 1:
            raise CommandError("--fenster muss mindestens 1 sein.")
        verbose = options["verbosity"] > 0
        dry_run = options["dry_run"]

        def progress(organisation, outcome):
            if not verbose:
                return
            where = f"{organisation.name} ({organisation.sozialraum})"
            if outcome == freshness.SENT:
                verb = "würde gesendet" if dry_run else "gesendet"
                self.stdout.write(f"Erinnerung an {organisation.upkeep_email} für {where} … {verb}")
            elif outcome == freshness.ALREADY_REMINDED:
                self.stdout.write(f"{where} … schon erinnert, keine neue Mail")
            elif outcome == freshness.WITHOUT_EMAIL:
                self.stdout.write(f"{where} … ohne E-Mail für die Pflege, steht in „Veraltete Adressen“")
            else:
                self.stderr.write(
                    f"Erinnerung an {organisation.upkeep_email} für {where} … FEHLER beim Senden"
                )

        with translation.override("de"):
            if verbose and dry_run:
                self.stdout.write("Probelauf: es wird nichts gesendet und nichts gespeichert.")
            run = freshness.send_reminders(
                months=options["monate"], window_days=options["fenster"], dry_run=dry_run, progress=progress
            )
        if verbose:
            style = self.style.WARNING if run.failed else self.style.SUCCESS
            self.stdout.write(style(run.summary()))
        if run.failed:
            raise CommandError(
                f"{len(run.failed)} Prüfbitten konnten nicht gesendet werden; "
                "der nächste Lauf versucht es erneut."
            )
