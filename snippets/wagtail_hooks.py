from django.urls import path, reverse
from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .admin_scope import ScopedDeleteBulkAction, ScopedViewSetMixin, choosable_pages
from .directory.freshness import CONFIRM_ACTION
from .directory.stale_report import (
    StaleOrganisationsMenuItem,
    StaleOrganisationsPanel,
    StaleOrganisationsReportView,
    organisation_policy,
)
from .directory.viewsets import CorrectionReportViewSet, OrganisationViewSet, SubmitToSozialraumMenuItem
from .models import ClosureDay, Contact, CorrectionReport, Organisation, Sozialraum, TargetGroup, Topic
from .permissions import (
    CROSS_SOZIALRAUM_REPORT_MENU_NAMES,
    OrganisationPermissionPolicy,
    SozialraumPermissionPolicy,
    is_limited_to_own_sozialraum,
)

# Coordinators keep their own office's contact up to date, and no other.
register_permission_policy(Contact, SozialraumPermissionPolicy(Contact))
# Directory entries are edited, published and deleted only by people of their home Sozialraum;
# an actor only their organisation's entry and the ones they created.
register_permission_policy(Organisation, OrganisationPermissionPolicy(Organisation))
register_permission_policy(CorrectionReport, SozialraumPermissionPolicy(CorrectionReport))


class SozialraumViewSet(SnippetViewSet):
    model = Sozialraum
    icon = "site"
    menu_label = "Sozialräume"
    list_display = ["name", "stadtbezirk", "slug", "site"]
    list_filter = ["stadtbezirk"]
    list_export = ["name", "slug", "stadtbezirk"]
    search_fields = ["name", "stadtbezirk"]
    inspect_view_enabled = True
    # The records follow fixtures/sozialraeume.json through `manage.py setup_sites`,
    # so only superusers hold the change permission.


class ContactViewSet(ScopedViewSetMixin, SnippetViewSet):
    model = Contact
    icon = "user"
    menu_label = "Kontakte"
    list_display = ["name", "organisation", "sozialraum", "phone", "email"]
    list_filter = ["sozialraum", "locale"]
    list_export = ["name", "organisation", "street", "postcode", "city", "phone", "email"]
    search_fields = ["name", "organisation"]


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = "Themenfelder"
    list_display = ["name", "slug", "name_en", "name_tr", "name_ar", "colour"]
    list_export = ["name", "slug", "name_en", "name_tr", "name_ar", "colour"]
    search_fields = ["name", "slug"]
    ordering = ["sort_order", "name"]


class TargetGroupViewSet(SnippetViewSet):
    model = TargetGroup
    icon = "group"
    menu_label = "Zielgruppen"
    list_display = ["name", "slug", "name_en", "name_tr", "name_ar"]
    list_export = ["name", "slug", "name_en", "name_tr", "name_ar"]
    search_fields = ["name", "slug"]
    ordering = ["sort_order", "name"]


class ClosureDayViewSet(SnippetViewSet):
    model = ClosureDay
    icon = "date"
    menu_label = "Schließtage"
    list_display = ["name", "rule", "day", "month", "easter_offset", "closed_from"]
    search_fields = ["name"]
    ordering = ["name"]


@hooks.register("register_snippet_action_menu_item")
def register_submit_to_sozialraum_menu_item(model):
    if model is Organisation:
        return SubmitToSozialraumMenuItem(order=60)
    return None


class DirectoryGroup(SnippetViewSetGroup):
    menu_label = "Verzeichnisse"
    menu_icon = "folder-open-inverse"
    menu_order = 250
    items = (
        OrganisationViewSet,
        CorrectionReportViewSet,
        SozialraumViewSet,
        ContactViewSet,
        TopicViewSet,
        TargetGroupViewSet,
        ClosureDayViewSet,
    )


register_snippet(DirectoryGroup)


# -- Directory freshness (docs/directory-freshness.md) ---------------------------------------


@hooks.register("register_admin_urls")
def register_stale_organisations_report_urls():
    return [
        path("veraltete-adressen/", StaleOrganisationsReportView.as_view(), name="stale_organisations"),
        path(
            "veraltete-adressen/ergebnisse/",
            StaleOrganisationsReportView.as_view(results_only=True),
            name="stale_organisations_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_stale_organisations_menu_item():
    return StaleOrganisationsMenuItem(
        "Veraltete Adressen",
        reverse("stale_organisations"),
        name="veraltete-adressen",
        icon_name="time",
        order=1300,
    )


@hooks.register("construct_reports_menu")
def hide_cross_sozialraum_reports(request, menu_items):
    if is_limited_to_own_sozialraum(request.user):
        menu_items[:] = [item for item in menu_items if item.name not in CROSS_SOZIALRAUM_REPORT_MENU_NAMES]


@hooks.register("construct_homepage_panels")
def add_stale_organisations_panel(request, panels):
    if organisation_policy().user_has_permission(request.user, "change"):
        panels.append(StaleOrganisationsPanel(request.user))


@hooks.register("register_log_actions")
def register_directory_confirm_action(actions):
    actions.register_action(
        CONFIRM_ACTION, "Angaben bestätigt", "Angaben über den Link in der Prüfbitte als aktuell bestätigt"
    )


# -- Reads across Sozialräume (snippets/admin_scope.py) ---------------------------------------


# Registered after Wagtail's own bulk delete (order 1), which it replaces for every snippet.
hooks.register("register_bulk_action", ScopedDeleteBulkAction, order=1)


@hooks.register("construct_page_chooser_queryset")
def scope_page_chooser(pages, request):
    return choosable_pages(request.user, pages)
