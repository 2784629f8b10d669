import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

from home.demo.builder import DemoBuilder
from home.setup import SozialraumListError


class Command(BaseCommand):
    help = "Legt die Demo-Inhalte für das Portal und alle Sozialräume an (mehrfach ausführbar)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--list",
            dest="list_path",
            help=(
                "Andere Liste statt fixtures/sozialraeume.json (wie setup_sites); die Demo "
                "entsteht für die Sozialräume dieser Liste."
            ),
        )

    def handle(self, *args, list_path=None, **options):
        started = time.monotonic()
        builder = DemoBuilder(stdout=self.stdout, list_path=list_path)
        try:
            logins = builder.run()
        except (ValueError, SozialraumListError) as error:
            raise CommandError(str(error)) from error
        seconds = time.monotonic() - started
        self.stdout.write(
            self.style.SUCCESS(f"Demo fertig: {builder.created} neue Inhalte in {seconds:.0f} Sekunden.")
        )
        self.summary(logins)

    def summary(self, logins):
        sites = list(Site.objects.order_by("-is_default_site", "hostname"))
        self.stdout.write("")
        self.stdout.write("Das Portal:")
        for site in sites:
            self.stdout.write(f"  {site.root_url}/  {site.site_name}")
        self.stdout.write("  Sprachen: /en/, /tr/ und /ar/ hinter jeder Adresse")
        if sites:
            self.stdout.write(f"  Verwaltung: {sites[0].root_url}/admin/")
        self.stdout.write("")
        self.stdout.write(f"Demo-Zugänge, alle mit dem Passwort {settings.DEMO_PASSWORD}:")
        for username, label in logins[:2]:
            self.stdout.write(f"  {username:22} {label}")
        examples = ", ".join(username for username, _label in logins[2:4])
        self.stdout.write(f"  je Sozialraum <kurzname>-koordination und <kurzname>-akteur, z. B. {examples}")
