from functools import partial

from django.core.management.base import BaseCommand, CommandError

from snippets.importing import ImportFailed, show_message
from veedel.calendar.ical_import import import_calendar


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
        try:
            import_calendar(
                options["sozialraum"],
                options["quelle"],
                day=options["stichtag"],
                dry_run=options["dry_run"],
                on_message=partial(show_message, self) if options["verbosity"] > 0 else None,
            )
        except ImportFailed as error:
            raise CommandError(str(error)) from error
