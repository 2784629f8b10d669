from django.core.management.base import BaseCommand, CommandError

from home.setup import SiteSetup, SozialraumListError


class Command(BaseCommand):
    help = (
        "Gleicht Websites, Startseiten, Sprachen, Gruppen, Rechte, Freigabe-Abläufe, "
        "Einstellungen und Menüs mit der Liste der Sozialräume in fixtures/ ab."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Nur zeigen, was sich ändern würde.")
        parser.add_argument("--list", dest="list_path", help="Andere Liste statt fixtures/sozialraeume.json.")

    def handle(self, *args, dry_run=False, list_path=None, **options):
        setup = SiteSetup(stdout=self.stdout, list_path=list_path)
        try:
            changes = setup.run(dry_run=dry_run)
        except SozialraumListError as error:
            raise CommandError(str(error)) from error
        if not changes:
            self.stdout.write(self.style.SUCCESS("Keine Änderungen: alles entspricht der Liste."))
        elif dry_run:
            self.stdout.write(self.style.WARNING(f"Probelauf: {len(changes)} Änderungen würden gemacht."))
        else:
            self.stdout.write(self.style.SUCCESS(f"{len(changes)} Änderungen gemacht."))
