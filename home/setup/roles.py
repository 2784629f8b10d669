"""Groups, permissions, collections and review workflows of the Sozialräume and the Portal-Redaktion."""

from django.contrib.auth.models import Group, Permission
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    GroupSitePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from veedel.models import FEATURE_NEWS_PERMISSION, FEATURE_PROJECT_PERMISSION

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
    # Starting a translation in the admin; which objects is limited by snippets.translation_access.
    "wagtail_localize.submit_translation",
]
# Actors draft directory entries of their Sozialraum; publishing goes through its coordinators.
# They may translate their own pages and entries (publishing those goes through the coordinators too).
ACTOR_GLOBAL_PERMISSIONS = [
    "snippets.add_organisation",
    "snippets.change_organisation",
    "wagtail_localize.submit_translation",
]
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
    # The portal-wide closure days (Rosenmontag, Heiligabend, ...): the Portal-Redaktion only.
    "snippets.add_closureday",
    "snippets.change_closureday",
    "snippets.delete_closureday",
    "snippets.delete_contact",
    "snippets.view_sozialraum",
    "snippets.edit_all_sozialraeume",
    "wagtail_localize.submit_translation",
]
EDITORIAL_GROUP = "Portal-Redaktion"


class RoleSteps:
    """Steps of `SiteSetup` that give each role its rights; every grant is reported through `change`."""

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
