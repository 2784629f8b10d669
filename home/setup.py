"""Make the database match the list of Sozialräume in fixtures/.

`SiteSetup` is what `manage.py setup_sites` runs. It is idempotent: every
step looks before it writes and reports only what it changed, so a second
run reports nothing. The slug is the stable key of a Sozialraum; a renamed
Sozialraum keeps its site, pages, groups and workflow.
"""

import json
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    GroupSitePermission,
    Locale,
    Page,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.synctree import synchronize_tree

from snippets.colours import validate_theme_colour
from snippets.languages import SOURCE_LANGUAGE
from snippets.models import Sozialraum, TargetGroup, Topic
from veedel.models import (
    FEATURE_NEWS_PERMISSION,
    FEATURE_PROJECT_PERMISSION,
    SiteSettings,
    VeedelHomePage,
)

from .models import LandingPage

ACTOR_PAGE_PERMISSIONS = ["add_page"]
COORDINATOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
EDITORIAL_PAGE_PERMISSIONS = [*COORDINATOR_PAGE_PERMISSIONS, "bulk_delete_page"]

ACTOR_COLLECTION_PERMISSIONS = [
    "wagtailimages.add_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.choose_document",
]
COORDINATOR_COLLECTION_PERMISSIONS = [
    *ACTOR_COLLECTION_PERMISSIONS,
    "wagtailimages.change_image",
    "wagtaildocs.change_document",
]
# Held per site (GroupSitePermission), so a coordinator reaches only their own site.
COORDINATOR_SITE_PERMISSIONS = [
    "veedel.change_sitesettings",
    "wagtailmenus.change_mainmenu",
    "wagtailmenus.add_flatmenu",
    "wagtailmenus.change_flatmenu",
    "wagtailmenus.delete_flatmenu",
]
# Marks a page for the portal's start page (the field is shown only to holders),
# and the own office's contact (limited to the own Sozialraum by snippets.permissions).
COORDINATOR_GLOBAL_PERMISSIONS = [
    FEATURE_NEWS_PERMISSION,
    FEATURE_PROJECT_PERMISSION,
    "snippets.add_contact",
    "snippets.change_contact",
    "snippets.add_organisation",
    "snippets.change_organisation",
    "snippets.delete_organisation",
    "snippets.publish_organisation",
    "snippets.lock_organisation",
    "snippets.unlock_organisation",
    "snippets.view_correctionreport",
    "snippets.change_correctionreport",
    # Public suggestions of their Sozialraum (limited by mitmachen's permission policy).
    "mitmachen.view_submission",
    "mitmachen.change_submission",
]
# Actors draft directory entries of their Sozialraum; publishing goes through its coordinators.
ACTOR_GLOBAL_PERMISSIONS = ["snippets.add_organisation", "snippets.change_organisation"]
EDITORIAL_GLOBAL_PERMISSIONS = [
    "wagtailadmin.access_admin",
    *COORDINATOR_SITE_PERMISSIONS,
    *COORDINATOR_GLOBAL_PERMISSIONS,
    "snippets.add_topic",
    "snippets.change_topic",
    "snippets.delete_topic",
    "snippets.add_targetgroup",
    "snippets.change_targetgroup",
    "snippets.delete_targetgroup",
    "snippets.delete_contact",
    "snippets.view_sozialraum",
    "snippets.edit_all_sozialraeume",
    "wagtail_localize.submit_translation",
]
EDITORIAL_GROUP = "Portal-Redaktion"
FOOTER_HANDLE = "footer"


def sync_locale_trees(source):
    """Give every page of the source language its alias in each language synchronised from it.

    Yields (locale, number of pages created) for each language that lacked pages. A
    language that lacks none costs one query: wagtail-localize's synchronize_tree would
    load every page once per language to find that out.
    """
    for sync in LocaleSynchronization.objects.filter(sync_from=source).select_related("locale"):
        in_target = Page.objects.filter(locale=sync.locale).values("translation_key")
        missing = Page.objects.filter(locale=source, depth__gt=1).exclude(translation_key__in=in_target)
        if not missing.exists():
            continue
        before = Page.objects.filter(locale=sync.locale).count()
        synchronize_tree(source, sync.locale)
        yield sync.locale, Page.objects.filter(locale=sync.locale).count() - before


class SozialraumListError(Exception):
    """The list in fixtures/ cannot be read or has a wrong entry."""


@dataclass
class SozialraumEntry:
    slug: str
    name: str
    stadtbezirk: str
    colour: str
    former_slugs: list = field(default_factory=list)

    @property
    def actors_group_name(self):
        return f"Akteure {self.name}"

    @property
    def coordinators_group_name(self):
        return f"Koordination {self.name}"


def read_sozialraum_list(path=None):
    path = path or settings.SOZIALRAUM_LIST
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, json.JSONDecodeError) as error:
        raise SozialraumListError(f"Die Liste {path} ist nicht lesbar: {error}") from error
    entries = []
    seen = set()
    for number, raw in enumerate(data.get("sozialraeume", []), start=1):
        try:
            entry = SozialraumEntry(
                slug=raw["slug"],
                name=raw["name"],
                stadtbezirk=raw["stadtbezirk"],
                colour=raw["colour"],
                former_slugs=raw.get("former_slugs", []),
            )
        except (KeyError, TypeError) as error:
            raise SozialraumListError(f"Eintrag {number}: Angabe fehlt ({error}).") from error
        try:
            validate_theme_colour(entry.colour)
        except ValidationError as error:
            raise SozialraumListError(f"Eintrag {number} ({entry.name}): {error.messages[0]}") from error
        if entry.slug in seen:
            raise SozialraumListError(f"Eintrag {number}: Kurzname {entry.slug} kommt doppelt vor.")
        seen.add(entry.slug)
        entries.append(entry)
    landing = data.get("landing", {})
    return entries, landing


class SiteSetup:
    def __init__(self, stdout=None, list_path=None):
        self.stdout = stdout
        self.list_path = list_path
        self.changes = []
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
            landing_site = self.setup_landing(landing)
            editorial = self.setup_editorial_group()
            sozialraeume = []
            for number, entry in enumerate(entries, start=1):
                self.say(f"[{number}/{len(entries)}] {entry.name}")
                sozialraeume.append(self.setup_sozialraum(entry))
            self.sync_locales()
            self.say("Übersetzte Seitenbäume, Rechte und Freigaben")
            for sozialraum in sozialraeume:
                self.setup_roles(sozialraum)
            self.setup_editorial_permissions(editorial, landing_site)
            self.report_unlisted({entry.slug for entry in entries})
            if dry_run:
                transaction.set_rollback(True)
        return self.changes

    # -- steps -----------------------------------------------------------

    def setup_locales(self):
        source, created = Locale.objects.get_or_create(language_code=SOURCE_LANGUAGE)
        if created:
            self.change(f"Sprache {SOURCE_LANGUAGE} angelegt")
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
            if code == SOURCE_LANGUAGE:
                continue
            locale, created = Locale.objects.get_or_create(language_code=code)
            if created:
                self.change(f"Sprache {code} angelegt")
            sync, created = LocaleSynchronization.objects.get_or_create(
                locale=locale, defaults={"sync_from": source}
            )
            if created:
                self.change(f"Sprache {code} wird aus {SOURCE_LANGUAGE} synchronisiert")

    def setup_vocabularies(self):
        """Create the Themenfelder and Zielgruppen from fixtures/themen.json that are missing.

        Existing terms are left as the Portal-Redaktion edited them.
        """
        try:
            with open(settings.VOCABULARY_LIST, encoding="utf-8") as handle:
                data = json.load(handle)
        except (OSError, json.JSONDecodeError) as error:
            raise SozialraumListError(
                f"Die Liste {settings.VOCABULARY_LIST} ist nicht lesbar: {error}"
            ) from error
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

    def source_locale(self):
        return Locale.objects.get(language_code=SOURCE_LANGUAGE)

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
        self.setup_site_settings(site, landing.get("colour"))
        self.setup_menus(site)
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
        if self.update_fields(
            sozialraum, {"slug": entry.slug, "name": entry.name, "stadtbezirk": entry.stadtbezirk}
        ):
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
        self.setup_site_settings(site, entry.colour)
        self.setup_menus(site)
        return sozialraum

    def setup_home_page(self, sozialraum, entry, old_name):
        home = None
        if sozialraum.site_id:
            home = VeedelHomePage.objects.filter(pk=sozialraum.site.root_page_id).first()
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

    def setup_groups(self, sozialraum, entry):
        for attr, name in (
            ("actors_group", entry.actors_group_name),
            ("coordinators_group", entry.coordinators_group_name),
        ):
            group = getattr(sozialraum, attr)
            if group is None:
                group, created = Group.objects.get_or_create(name=name)
                setattr(sozialraum, attr, group)
                sozialraum.save(update_fields=[attr])
                self.change(f"Gruppe {name} angelegt")
            elif group.name != name:
                group.name = name
                group.save(update_fields=["name"])
                self.change(f"Gruppe umbenannt in {name}")
            self.grant(group, ["wagtailadmin.access_admin"])
        self.grant(sozialraum.actors_group, ACTOR_GLOBAL_PERMISSIONS)
        self.grant(sozialraum.coordinators_group, COORDINATOR_GLOBAL_PERMISSIONS)

    def setup_collection(self, sozialraum, entry):
        collection = sozialraum.collection
        if collection is None:
            collection = Collection.get_first_root_node().add_child(name=entry.name)
            sozialraum.collection = collection
            sozialraum.save(update_fields=["collection"])
            self.change(f"Sammlung {entry.name} angelegt")
        elif collection.name != entry.name:
            collection.name = entry.name
            collection.save(update_fields=["name"])
            self.change(f"Sammlung umbenannt in {entry.name}")

    def setup_workflow(self, sozialraum, entry):
        workflow_name = f"Freigabe {entry.name}"
        task_name = f"Prüfung durch Koordination {entry.name}"
        workflow = sozialraum.workflow
        if workflow is None:
            workflow = Workflow.objects.create(name=workflow_name, active=True)
            sozialraum.workflow = workflow
            sozialraum.save(update_fields=["workflow"])
            self.change(f"Freigabe-Ablauf {workflow_name} angelegt")
        elif self.update_fields(workflow, {"name": workflow_name, "active": True}):
            self.change(f"Freigabe-Ablauf umbenannt in {workflow_name}")
        workflow_task = WorkflowTask.objects.filter(workflow=workflow).select_related("task").first()
        if workflow_task is None:
            task = GroupApprovalTask.objects.create(name=task_name)
            # Workflow.workflow_tasks.create() would save nothing (STYLE.md).
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
            self.change(f"Prüfschritt {task_name} angelegt")
        else:
            task = workflow_task.task.specific
            if self.update_fields(task, {"name": task_name, "active": True}):
                self.change(f"Prüfschritt umbenannt in {task_name}")
        if set(task.groups.all()) != {sozialraum.coordinators_group}:
            task.groups.set([sozialraum.coordinators_group])
            self.change(f"Prüfschritt {task_name}: Koordination als Prüfende eingetragen")

    def setup_site_settings(self, site, colour):
        site_settings, created = SiteSettings.objects.get_or_create(
            site=site, defaults={"theme_colour": colour} if colour else {}
        )
        if created:
            self.change(f"Einstellungen für {site.hostname} angelegt")

    def setup_menus(self, site):
        from wagtailmenus.models import FlatMenu, MainMenu

        _menu, created = MainMenu.objects.get_or_create(site=site)
        if created:
            self.change(f"Hauptmenü für {site.hostname} angelegt")
        _menu, created = FlatMenu.objects.get_or_create(
            site=site, handle=FOOTER_HANDLE, defaults={"title": "Fußzeile", "heading": ""}
        )
        if created:
            self.change(f"Fußzeilenmenü für {site.hostname} angelegt")

    def sync_locales(self):
        for locale, created in sync_locale_trees(self.source_locale()):
            self.change(f"{created} Seiten in Sprache {locale.language_code} angelegt")

    def roots_in_all_languages(self, page):
        # Translated roots are siblings of the German root, not children (STYLE.md).
        return [page, *page.get_translations()]

    def setup_roles(self, sozialraum):
        home = sozialraum.site.root_page
        roots = self.roots_in_all_languages(home)
        for root in roots:
            self.grant_page(sozialraum.actors_group, root, ACTOR_PAGE_PERMISSIONS)
            self.grant_page(sozialraum.coordinators_group, root, COORDINATOR_PAGE_PERMISSIONS)
            _workflow_page, created = WorkflowPage.objects.update_or_create(
                page=root, defaults={"workflow": sozialraum.workflow}
            )
            if created:
                self.change(f"Freigabe-Ablauf gilt für {root.title} ({root.locale.language_code})")
        self.grant_collection(sozialraum.actors_group, sozialraum.collection, ACTOR_COLLECTION_PERMISSIONS)
        self.grant_collection(
            sozialraum.coordinators_group, sozialraum.collection, COORDINATOR_COLLECTION_PERMISSIONS
        )
        for codename in COORDINATOR_SITE_PERMISSIONS:
            _perm, created = GroupSitePermission.objects.get_or_create(
                group=sozialraum.coordinators_group,
                site=sozialraum.site,
                permission=self.permission(codename),
            )
            if created:
                self.change(
                    f"{sozialraum.coordinators_group.name}: {codename} für {sozialraum.site.hostname}"
                )

    def setup_editorial_group(self):
        group, created = Group.objects.get_or_create(name=EDITORIAL_GROUP)
        if created:
            self.change(f"Gruppe {EDITORIAL_GROUP} angelegt")
        self.grant(group, EDITORIAL_GLOBAL_PERMISSIONS)
        return group

    def setup_editorial_permissions(self, group, landing_site):
        self.grant_page(group, Page.get_first_root_node(), EDITORIAL_PAGE_PERMISSIONS)
        self.grant_collection(group, Collection.get_first_root_node(), COORDINATOR_COLLECTION_PERMISSIONS)

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

    @staticmethod
    def permission(dotted):
        app_label, codename = dotted.split(".")
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)

    def grant(self, group, dotted_permissions):
        wanted = {self.permission(dotted) for dotted in dotted_permissions}
        missing = wanted - set(group.permissions.all())
        if missing:
            group.permissions.add(*missing)
            self.change(f"{group.name}: {len(missing)} Rechte ergänzt")

    def grant_page(self, group, page, codenames):
        for codename in codenames:
            _perm, created = GroupPagePermission.objects.get_or_create(
                group=group, page=page, permission=self.permission(f"wagtailcore.{codename}")
            )
            if created:
                self.change(f"{group.name}: {codename} auf {page.title} ({page.locale.language_code})")

    def grant_collection(self, group, collection, dotted_permissions):
        for dotted in dotted_permissions:
            _perm, created = GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=self.permission(dotted)
            )
            if created:
                self.change(f"{group.name}: {dotted} in Sammlung {collection.name}")
