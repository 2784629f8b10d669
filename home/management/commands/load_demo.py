from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from home.demo.builder import DemoBuilder
from home.setup import SozialraumListError


class Command(BaseCommand):
    help = "Legt die Demo-Inhalte für das Portal und alle Sozialräume an (mehrfach ausführbar)."

    def handle(self, *args, **options):
        builder = DemoBuilder(stdout=self.stdout)
        try:
            logins = builder.run()
        except (ValueError, SozialraumListError) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Demo fertig: {builder.created} neue Inhalte."))
        self.stdout.write(f"Demo-Zugänge (nur für die Entwicklung), Passwort: {settings.DEMO_PASSWORD}")
        for username, label in logins[:4]:
            self.stdout.write(f"  {username:32} {label}")
        self.stdout.write(
            f"  … und je Sozialraum <kurzname>-koordination und <kurzname>-akteur ({len(logins)} Zugänge)"
        )
