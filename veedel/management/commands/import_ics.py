from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from veedel.ical_import import (
    CREATED,
    SKIPPED,
    UNCHANGED,
    UPDATED,
    CalendarImport,
    ImportFailed,
    calendar_of,
    parse_calendar,
    read_source,
    reference_time,
)


class Command(BaseCommand):
    help = (
        "Übernimmt den Kalender einer Einrichtung (.ics-Datei oder http(s)-Adresse) als Entwürfe in den "
        "Veranstaltungskalender eines Sozialraums. Ein erneuter Import aktualisiert die Entwürfe (über "
        "die UID), statt sie doppelt anzulegen. Veröffentlicht wird nichts."
    )

    def add_arguments(self, parser):
        parser.add_argument("sozialraum", help="Kurzname des Sozialraums, z. B. kalk")
        parser.add_argument("quelle", help="Pfad zu einer .ics-Datei oder http(s)-Adresse eines Kalenders")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Nur anzeigen, was passieren würde; nichts speichern.",
        )
        parser.add_argument(
            "--stichtag",
            metavar="JJJJ-MM-TT",
            help="Veranstaltungen, deren letzter Termin vor diesem Tag endet, werden übersprungen "
            "(Standard: jetzt).",
        )

    def handle(self, *args, **options):
        # German whatever language a caller left active: field names and Django's validation messages.
        with translation.override("de"):
            self.import_calendar(options)

    def import_calendar(self, options):
        verbose = options["verbosity"] > 0
        try:
            index = calendar_of(options["sozialraum"])
            now = reference_time(options["stichtag"])
            calendar = parse_calendar(read_source(options["quelle"]), options["quelle"])
        except ImportFailed as error:
            raise CommandError(str(error)) from error
        dry_run = options["dry_run"]
        if verbose and dry_run:
            self.stdout.write("Probelauf: es wird nichts gespeichert.")
        counts = {CREATED: 0, UPDATED: 0, UNCHANGED: 0, SKIPPED: 0}
        for number, total, outcome in CalendarImport(index, now=now, dry_run=dry_run).run(calendar):
            counts[outcome.action] += 1
            if verbose:
                self.stdout.write(f"[{number}/{total}] {outcome.title} … {outcome}")
        if not verbose:
            return
        if not sum(counts.values()):
            self.stdout.write("Der Kalender enthält keine Veranstaltungen (VEVENT).")
        skipped = counts[SKIPPED] + counts[UNCHANGED]
        summary = f"Angelegt: {counts[CREATED]} · Aktualisiert: {counts[UPDATED]} · Übersprungen: {skipped}"
        if counts[UNCHANGED]:
            summary += f" (davon unverändert: {counts[UNCHANGED]})"
        if dry_run:
            summary += " – Probelauf, nichts gespeichert"
        self.stdout.write(self.style.SUCCESS(summary))
        if (counts[CREATED] or counts[UPDATED]) and not dry_run:
            self.stdout.write(
                "Die neuen Stände sind Entwürfe: Die Sozialraumkoordination prüft und veröffentlicht sie."
            )
