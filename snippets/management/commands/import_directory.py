"""Reads a vetted list of addresses (CSV) into the address directory: snippets/directory/csv_import.py."""

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from snippets.directory.csv_import import ImportInterrupted, start_import
from snippets.directory.import_scaffold import ImportFailed
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
        # German whatever language a caller left active: Django's validation messages.
        with translation.override(SOURCE_LANGUAGE):
            try:
                self.import_file(options["datei"], options["dry_run"], options["verbosity"] > 0)
            except ImportInterrupted as interrupted:
                if options["verbosity"] > 0:
                    self.stdout.write(interrupted.result.summary())
                raise CommandError(str(interrupted)) from None
            except ImportFailed as error:
                raise CommandError(str(error)) from error

    def import_file(self, source, dry_run, verbose):
        importer = start_import(source)
        if verbose:
            for header in importer.table.unknown:
                self.stdout.write(
                    self.style.WARNING(f"Spalte „{header}“ ist unbekannt und wird nicht eingelesen.")
                )
            if dry_run:
                self.stdout.write("Probelauf: es wird nichts gespeichert.")

        def progress(position, total, outcome):
            if verbose:
                self.stdout.write(f"[{position}/{total}] {outcome.name} … {outcome}")

        result = importer.run_all(dry_run=dry_run, progress=progress)
        if not verbose:
            return
        if not importer.table.rows:
            self.stdout.write("Die Datei enthält keine Adressen, nur die Kopfzeile.")
        style = self.style.WARNING if result.failed else self.style.SUCCESS
        self.stdout.write(style(result.summary()))
        if result.failed:
            self.stdout.write(
                "Fehlerhafte Zeilen wurden ausgelassen. Nach der Korrektur die Datei einfach erneut "
                "einlesen: schon übernommene Zeilen bleiben dann unverändert."
            )
