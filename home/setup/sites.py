"""Make the database match the list of Sozialräume in fixtures/.

`SiteSetup` is what `manage.py setup_sites` runs. It is idempotent: every
step looks before it writes and reports only what it changed, so a second
run reports nothing. The slug is the stable key of a Sozialraum (found also
by its `former_slugs`); a renamed Sozialraum keeps its site, pages, groups
and workflow, a retired one keeps them too, and a site or start page deleted
in the admin is made again. The pages and menus come from pages.py, their translations
from translations.py.
"""

import datetime

from django.conf import settings
from django.db import transaction
from wagtail.models import Page, Site

from snippets.directory.closures import ClosureRule
from snippets.models import ClosureDay, Sozialraum, TargetGroup, Topic
from veedel.models import SiteSettings, VeedelHomePage

from ..models import LandingPage
from .accessible_pages import AccessiblePageSteps
from .lists import read_closure_days, read_sozialraum_list, read_vocabularies
from .locales import LocaleSteps
from .pages import PageSteps, skeleton
from .roles import RoleSteps
from .translations import TranslationSteps


class SiteSetup(LocaleSteps, PageSteps, TranslationSteps, RoleSteps, AccessiblePageSteps):
    def __init__(self, stdout=None, list_path=None):
        self.stdout = stdout
        self.list_path = list_path
        self.changes = []
        # (page, model, spec, values, linked pages) of every page looked after, for translations.py
        self.translatable = []
        # pks of the pages this run created, which join menus an editor already filled (pages.py)
        self.created_pages = set()
        self.roots = []
        self.domain = settings.PORTAL_DOMAIN
        self.port = settings.PORTAL_PORT

    # -- reporting -------------------------------------------------------

    def change(self, message):
        self.changes.append(message)
        self.say(f"  {message}")

    def say(self, message):
        if self.stdout is not None:
            self.stdout.write(message)

    # -- entry point -----------------------------------------------------

    def run(self, dry_run=False):
        entries, landing = read_sozialraum_list(self.list_path)
        with transaction.atomic():
            self.setup_locales()
            self.setup_vocabularies()
            self.setup_closure_days()
            landing_site = self.setup_landing(landing)
            editorial = self.setup_editorial_group()
            sozialraeume = []
            for number, entry in enumerate(entries, start=1):
                self.say(f"[{number}/{len(entries)}] {entry.name}")
                sozialraeume.append(self.setup_sozialraum(entry))
            self.setup_accessible_pages(landing_site, sozialraeume)
            self.sync_locales()
            self.say("Übersetzte Seitenbäume, Rechte und Freigaben")
            self.translate_defaults(self.roots)
            for sozialraum in sozialraeume:
                self.setup_roles(sozialraum)
            self.setup_editorial_permissions(editorial, landing_site)
            self.report_unlisted({entry.slug for entry in entries})
            if dry_run:
                transaction.set_rollback(True)
        return self.changes

    def setup_vocabularies(self):
        """Create the Themenfelder and Zielgruppen from fixtures/themen.json that are missing.

        Existing terms are left as the Portal-Redaktion edited them.
        """
        data = read_vocabularies()
        for model, key in ((Topic, "themen"), (TargetGroup, "zielgruppen")):
            existing = set(model.objects.values_list("slug", flat=True))
            for order, entry in enumerate(data.get(key, [])):
                if entry["slug"] in existing:
                    continue
                names = entry["name"]
                extra = {"colour": entry["colour"]} if "colour" in entry and model is Topic else {}
                model.objects.create(
                    slug=entry["slug"],
                    name=names["de"],
                    name_en=names.get("en", ""),
                    name_tr=names.get("tr", ""),
                    name_ar=names.get("ar", ""),
                    sort_order=order,
                    **extra,
                )
                self.change(f"{model._meta.verbose_name} {names['de']} angelegt")

    def setup_closure_days(self):
        """Create the closure days of fixtures/schliesstage.json that are missing (by their key).

        Existing ones are left as the Portal-Redaktion edited them.
        """
        existing = set(ClosureDay.objects.values_list("key", flat=True))
        for entry in read_closure_days():
            if entry["key"] in existing:
                continue
            rule = ClosureRule.EASTER if "easter_offset" in entry else ClosureRule.DATE
            closed_from = entry.get("closed_from")
            ClosureDay.objects.create(
                key=entry["key"],
                name=entry["name"],
                rule=rule,
                day=entry.get("day"),
                month=entry.get("month"),
                easter_offset=entry.get("easter_offset"),
                closed_from=datetime.time.fromisoformat(closed_from) if closed_from else None,
            )
            self.change(f"Schließtag {entry['name']} angelegt")

    def setup_landing(self, landing):
        name = landing.get("name", settings.PORTAL_NAME)
        root = Page.get_first_root_node()
        page = LandingPage.objects.filter(locale=self.source_locale()).first()
        if page is None:
            page = root.add_child(
                instance=LandingPage(title=name, slug="portal", locale=self.source_locale())
            )
            page.save_revision().publish()
            self.change(f"Portal-Startseite „{name}“ angelegt")
        site = (
            Site.objects.filter(is_default_site=True).first() or Site.objects.filter(root_page=page).first()
        )
        if site is None:
            site = Site(is_default_site=True)
        wanted = {
            "hostname": self.domain,
            "port": self.port,
            "site_name": name,
            "root_page_id": page.pk,
            "is_default_site": True,
        }
        if self.update_fields(site, wanted):
            self.change(f"Portal-Website {self.domain}:{self.port} eingerichtet")
        self.remove_wagtail_welcome_page(root)
        self.setup_site_settings(site, landing.get("colour"), "landing", {"name": name})
        values = {"name": name, "stadtbezirk": ""}
        sections = self.setup_sections(page, "landing", values)
        self.landing_pages = {**sections, **self.setup_standard_pages(page, "landing", values, sections)}
        self.setup_menus(site, "landing", self.landing_pages)
        self.roots.append((page, "landing"))
        return site

    def remove_wagtail_welcome_page(self, root):
        # Wagtail's first migration creates a placeholder page; the portal replaces it.
        for welcome in root.get_children().filter(
            content_type__model="page", content_type__app_label="wagtailcore"
        ):
            if not welcome.get_children().exists() and not Site.objects.filter(root_page=welcome).exists():
                welcome.delete()
                self.change("Wagtails Platzhalterseite entfernt")

    def setup_sozialraum(self, entry):
        sozialraum = Sozialraum.objects.filter(slug__in=[entry.slug, *entry.former_slugs]).first()
        if sozialraum is None:
            sozialraum = Sozialraum.objects.create(
                slug=entry.slug, name=entry.name, stadtbezirk=entry.stadtbezirk
            )
            self.change(f"Sozialraum {entry.name} angelegt")
        old_name = sozialraum.name
        # Every slug it ever had, so each old address keeps redirecting (home/hosts.py).
        former = sorted({*sozialraum.former_slugs, *entry.former_slugs, sozialraum.slug} - {entry.slug})
        wanted = {
            "slug": entry.slug,
            "name": entry.name,
            "stadtbezirk": entry.stadtbezirk,
            "former_slugs": former,
            "retired": entry.retired,
        }
        if self.update_fields(sozialraum, wanted):
            self.change(f"Sozialraum {entry.name}: Angaben aus der Liste übernommen")

        home = self.setup_home_page(sozialraum, entry, old_name)
        site = sozialraum.site or Site(is_default_site=False)
        if self.update_fields(
            site,
            {
                "hostname": f"{entry.slug}.{self.domain}",
                "port": self.port,
                "site_name": entry.name,
                "root_page_id": home.pk,
            },
        ):
            self.change(f"Website {entry.slug}.{self.domain} eingerichtet")
        if sozialraum.site_id != site.pk:
            sozialraum.site = site
            sozialraum.save(update_fields=["site"])

        self.setup_groups(sozialraum, entry)
        self.setup_collection(sozialraum, entry)
        self.setup_workflow(sozialraum, entry)
        self.setup_site_settings(site, entry.colour, "sozialraum", {"name": entry.name})
        values = {"name": entry.name, "stadtbezirk": entry.stadtbezirk}
        sections = self.setup_sections(home, "sozialraum", values)
        pages = self.setup_standard_pages(home, "sozialraum", values, sections)
        # The footer links the portal's legal pages; its sections of the same slug are the Sozialraum's.
        self.setup_menus(site, "sozialraum", {**self.landing_pages, **sections, **pages})
        self.roots.append((home, "sozialraum"))
        return sozialraum

    def setup_home_page(self, sozialraum, entry, old_name):
        home = None
        if sozialraum.site_id:
            home = VeedelHomePage.objects.filter(pk=sozialraum.site.root_page_id).first()
        if home is None:
            # The site was deleted in the admin, but its start page is still there.
            home = (
                VeedelHomePage.objects.filter(locale=self.source_locale(), depth=2)
                .filter(slug__in=[entry.slug, *sozialraum.former_slugs, *entry.former_slugs])
                .filter(sites_rooted_here=None)
                .first()
            )
            if home is not None:
                self.change(f"Startseite für {entry.name} wieder mit der Website verbunden")
        if home is None:
            root = Page.get_first_root_node()
            home = root.add_child(
                instance=VeedelHomePage(title=entry.name, slug=entry.slug, locale=self.source_locale())
            )
            home.save_revision().publish()
            self.change(f"Startseite für {entry.name} angelegt")
        elif home.title == old_name and old_name != entry.name:
            home.title = entry.name
            home.save_revision().publish()
            self.change(f"Startseite umbenannt in {entry.name}")
        return home

    def setup_site_settings(self, site, colour, kind, values):
        """The site's settings; an empty tagline gets the default of fixtures/seiten.yaml in each language."""
        site_settings, created = SiteSettings.objects.get_or_create(
            site=site, defaults={"theme_colour": colour} if colour else {}
        )
        if created:
            self.change(f"Einstellungen für {site.hostname} angelegt")
        if not site_settings.tagline:
            home = skeleton()[kind]["home"]
            site_settings.tagline = home["tagline"].format_map(values)
            for language in ("en", "tr", "ar"):
                if language in home and not getattr(site_settings, f"tagline_{language}"):
                    setattr(
                        site_settings, f"tagline_{language}", home[language]["tagline"].format_map(values)
                    )
            site_settings.save()
            self.change(f"Kurzbeschreibung für {site.hostname} eingetragen")

    def report_unlisted(self, listed_slugs):
        for sozialraum in Sozialraum.objects.exclude(slug__in=listed_slugs):
            self.say(f"Hinweis: {sozialraum.name} steht nicht mehr in der Liste und bleibt unverändert.")

    # -- helpers ---------------------------------------------------------

    @staticmethod
    def update_fields(obj, values):
        changed = [name for name, value in values.items() if getattr(obj, name) != value]
        for name in changed:
            setattr(obj, name, values[name])
        if changed or obj.pk is None:
            obj.save()
            return True
        return False
