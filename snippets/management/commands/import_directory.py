"""Reads a vetted list of addresses (CSV) into the address directory: snippets/directory/csv_import.py."""

from functools import partial

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from snippets.directory.csv_import import ImportInterrupted, start_import, summary
from snippets.importing import ImportFailed, show_message
from snippets.languages import SOURCE_LANGUAGE


class Command(BaseCommand):
    help = (
        "Liest eine geprüfte Adressliste (CSV, UTF-8, Semikolon, deutsche Spaltennamen) in das "
        "Adressverzeichnis ein: jede gute Zeile wird ein veröffentlichter deutscher Eintrag oder "
        "aktualisiert den Eintrag vom letzten Import (über den Schlüssel); fehlerhafte Zeilen werden mit "
        "Zeilennummer und Grund gemeldet und ausgelassen. Spalten: docs/directory-import.md."
    )

    def add_arguments(self, parser):
        parser.add_argument("datei", help="Pfad zur CSV-Datei, z. B. fixtures/adressen-beispiel.csv")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Nur anzeigen, was passieren würde; nichts speichern.",
        )

    def handle(self, *args, **options):
        verbose = options["verbosity"] > 0
        # German whatever language a caller left active: Django's validation messages.
        with translation.override(SOURCE_LANGUAGE):
            try:
                importer = start_import(options["datei"])
                importer.run_all(
                    dry_run=options["dry_run"], on_message=partial(show_message, self) if verbose else None
                )
            except ImportInterrupted as interrupted:
                if verbose:
                    self.stdout.write(summary(interrupted.result))
                raise CommandError(str(interrupted)) from None
            except ImportFailed as error:
                raise CommandError(str(error)) from error
