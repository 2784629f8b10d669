from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Kompiliert alle .po-Dateien unter LOCALE_PATHS (locale/*/LC_MESSAGES/*.po) mit polib "
        "in .mo-Dateien, ohne GNU gettext."
    )

    def handle(self, *args, **options):
        po_files = []
        for locale_path in settings.LOCALE_PATHS:
            po_files.extend(sorted(Path(locale_path).glob("*/LC_MESSAGES/*.po")))
        if not po_files:
            raise CommandError("Keine .po-Dateien unter LOCALE_PATHS gefunden.")
        for po_path in po_files:
            mo_path = po_path.with_suffix(".mo")
            try:
                catalog = polib.pofile(str(po_path))
                catalog.save_as_mofile(str(mo_path))
            except (OSError, ValueError) as error:
                raise CommandError(f"{po_path}: {error}") from error
            translated = len(catalog.translated_entries())
            total = len([entry for entry in catalog if not entry.obsolete])
            self.stdout.write(f"{po_path} -> {mo_path.name}: {translated}/{total} übersetzt")
        self.stdout.write(self.style.SUCCESS(f"{len(po_files)} Dateien kompiliert."))
