"""Dashboard panels: "Meine Inhalte" for actors, "Für die Koordination" for coordinators and editors.

Both run a fixed number of queries however much content there is: states
are computed in SQL (workflow states joined by subquery), and each group is
cut to its newest items with a window function, so a busy actor or a large
Sozialraum costs no more than a quiet one. Wagtail's own "Awaiting your
review" panel asks once per item; `ModerationPanel` replaces it with the
same panel in bulk.
"""

import copy

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Count, Exists, F, OuterRef, Q, Subquery, Value, Window
from django.db.models.expressions import Case, When
from django.db.models.functions import Cast, RowNumber
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from wagtail.admin.ui.components import Component
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel
from wagtail.models import GroupApprovalTask, Page, Revision, Task, TaskState, WorkflowState

from snippets.freshness import stale_entries
from snippets.languages import SOURCE_LANGUAGE
from snippets.models import ActorProfile, CorrectionReport, Organisation
from snippets.permissions import scope_of
from snippets.views import organisation_policy
from veedel.models import EventIndexPage, NewsIndexPage

from .models import Submission

PER_GROUP = 20
PENDING_LISTED = 5

SENT_BACK = "zurueckgeschickt"
DRAFT = "entwurf"
PENDING = "freigabe"
LIVE = "veroeffentlicht"
# Sent back first: that is where the actor has something to do.
GROUPS = [
    (SENT_BACK, "Zurückgeschickt"),
    (DRAFT, "Entwürfe"),
    (PENDING, "Warten auf Freigabe"),
    (LIVE, "Veröffentlicht"),
]

# Main-menu items (by name) an actor has no use for; Seiten, Bilder, Dokumente and the
# directory ("verzeichnisse", with only the entries they may change) stay. Workflows and
# the other settings live in the "settings" submenu.
HIDDEN_FOR_ACTORS = {"reports", "settings", "help", "snippets"}


def panels_for(user):
    scope = scope_of(user)
    if scope.coordinates_something:
        return [CoordinationPanel(user, scope)]
    if scope.is_actor_only:
        return [MyContentPanel(user, scope)]
    return []


def replace_moderation_panel(panels):
    """Swap Wagtail's "Awaiting your review" for the same panel without a query per item."""
    for position, panel in enumerate(panels):
        if type(panel) is WorkflowObjectsToModeratePanel:
            panels[position] = ModerationPanel()


# -- "Awaiting your review" -------------------------------------------------------


def tasks_with_status(workflow_states):
    """`WorkflowState.all_tasks_with_status()` for many states at once: {state pk: [task, ...]}.

    Two queries however many states; each task is a copy carrying its `status`
    and `status_display` in that state, like Wagtail's.
    """
    workflow_ids = {state.workflow_id for state in workflow_states}
    tasks_by_workflow = {}
    for task in (
        Task.objects.filter(workflow_tasks__workflow__in=workflow_ids)
        .annotate(workflow_id=F("workflow_tasks__workflow"))
        .order_by("workflow_tasks__sort_order")
    ):
        tasks_by_workflow.setdefault(task.workflow_id, []).append(task)
    latest = {}
    for state_id, task_id, status in (
        TaskState.objects.filter(workflow_state__in=[state.pk for state in workflow_states])
        .order_by("-started_at", "-id")
        .values_list("workflow_state_id", "task_id", "status")
    ):
        latest.setdefault((state_id, task_id), status)
    labels = dict(TaskState.STATUS_CHOICES)
    result = {}
    for state in workflow_states:
        tasks = []
        for task in tasks_by_workflow.get(state.workflow_id, []):
            task = copy.copy(task)
            task.status = latest.get((state.pk, task.pk))
            task.status_display = labels.get(task.status, _("Not started"))  # Wagtail's own wording
            tasks.append(task)
        result[state.pk] = tasks
    return result


class ModerationPanel(WorkflowObjectsToModeratePanel):
    """Wagtail's "Awaiting your review" (same template and content), with the task lists fetched in bulk.

    Wagtail asks for each item's task list separately, so a coordinator with a
    long queue pays a query per item. This follows Wagtail 8.0's
    `get_context_data`, except for `workflow_tasks`.
    """

    def get_context_data(self, parent_context):
        if getattr(settings, "WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT", False):
            return super().get_context_data(parent_context)  # task lists depend on each latest revision
        request = parent_context["request"]
        context = Component.get_context_data(self, parent_context)
        context["states"] = []
        context["request"] = request
        context["csrf_token"] = parent_context["csrf_token"]
        if not getattr(settings, "WAGTAIL_WORKFLOW_ENABLED", True):
            return context
        states = list(
            TaskState.objects.reviewable_by(request.user)
            .select_related("revision", "revision__user", "workflow_state", "workflow_state__workflow")
            .prefetch_related("revision__content_object", "revision__content_object__latest_revision")
            .order_by("-started_at")
            .annotate(previous_revision_id=Revision.objects.previous_revision_id_subquery())
        )
        task_lists = tasks_with_status([state.workflow_state for state in states])
        for state in states:
            obj = state.revision.content_object
            if not obj:
                continue
            actions = state.task.specific.get_actions(obj, request.user)
            if isinstance(obj, Page):
                url_names = (
                    "wagtailadmin_pages:workflow_action",
                    "wagtailadmin_pages:workflow_preview",
                    "wagtailadmin_pages:revisions_compare",
                )
            else:
                viewset = obj.snippet_viewset
                url_names = tuple(
                    viewset.get_url_name(name)
                    for name in ("workflow_action", "workflow_preview", "revisions_compare")
                )
            context["states"].append(
                {
                    "obj": obj,
                    "revision": state.revision,
                    "previous_revision_id": state.previous_revision_id,
                    "live_revision_id": obj.live_revision_id,
                    "task_state": state,
                    "actions": actions,
                    "workflow_tasks": task_lists[state.workflow_state_id],
                    "workflow_action_url_name": url_names[0],
                    "workflow_preview_url_name": url_names[1]
                    if getattr(obj, "is_previewable", False)
                    else None,
                    "revisions_compare_url_name": url_names[2],
                }
            )
        return context


# -- "Meine Inhalte" -------------------------------------------------------------


def _workflow_states(model):
    base_model = model._meta.concrete_model
    if issubclass(model, Page):
        base_model = Page
    return WorkflowState.objects.filter(
        base_content_type=ContentType.objects.get_for_model(base_model),
        object_id=Cast(OuterRef("pk"), output_field=CharField()),
    )


def _grouped(queryset, model, order_by):
    """The newest PER_GROUP rows of each state, each with `state`, `comment` and `total` of its state."""
    states = _workflow_states(model)
    sent_back = states.filter(status=WorkflowState.STATUS_NEEDS_CHANGES)
    state = Case(
        When(Exists(sent_back), then=Value(SENT_BACK)),
        When(Exists(states.filter(status=WorkflowState.STATUS_IN_PROGRESS)), then=Value(PENDING)),
        When(live=True, then=Value(LIVE)),
        default=Value(DRAFT),
        output_field=CharField(),
    )
    comment = Subquery(sent_back.order_by("-created_at").values("current_task_state__comment")[:1])
    return (
        queryset.annotate(state=state, comment=comment)
        .annotate(
            position=Window(RowNumber(), partition_by=[F("state")], order_by=order_by),
            total=Window(Count("pk"), partition_by=[F("state")]),
        )
        .filter(position__lte=PER_GROUP)
    )


class MyContentPanel(Component):
    """An actor's own pages and directory entries by state, with edit links and the "new" buttons."""

    name = "meine_inhalte"
    order = 90  # before Wagtail's own panels: this is what an actor comes for
    template_name = "mitmachen/admin/my_content_panel.html"

    def __init__(self, user, scope):
        self.user = user
        self.scope = scope

    def pages(self):
        pages = Page.objects.filter(owner=self.user, alias_of__isnull=True)
        rows = _grouped(
            pages,
            Page,
            [F("latest_revision_created_at").desc(nulls_last=True), F("pk").desc()],
        ).values(
            "pk",
            "title",
            "state",
            "comment",
            "total",
            "has_unpublished_changes",
            "latest_revision_created_at",
            "locale__language_code",
            "content_type__app_label",
            "content_type__model",
        )
        for row in rows:
            model = apps.get_model(row["content_type__app_label"], row["content_type__model"])
            yield {
                **row,
                "kind": model._meta.verbose_name if model else "Seite",
                "changed_at": row["latest_revision_created_at"],
                "edit_url": reverse("wagtailadmin_pages:edit", args=[row["pk"]]),
            }

    def entries(self):
        entries = organisation_policy().instances_user_has_any_permission_for(self.user, ["change"])
        rows = _grouped(
            entries,
            Organisation,
            [F("latest_revision__created_at").desc(nulls_last=True), F("name").asc()],
        ).values(
            "pk",
            "name",
            "state",
            "comment",
            "total",
            "has_unpublished_changes",
            "latest_revision__created_at",
            "locale__language_code",
        )
        url_name = Organisation.snippet_viewset.get_url_name("edit")
        for row in rows:
            yield {
                **row,
                "title": row["name"],
                "kind": "Adresse",
                "changed_at": row["latest_revision__created_at"],
                "edit_url": reverse(url_name, args=[row["pk"]]),
            }

    def buttons(self, profile):
        """ "Neue Veranstaltung" and "Neue Meldung" for each of the actor's Sozialräume, "Unseren Eintrag"."""
        homes = [sozialraum for sozialraum in self.scope.acting_for if sozialraum.site_id]
        if profile is not None:  # the Sozialraum they were invited for comes first
            homes.sort(key=lambda sozialraum: sozialraum.pk != profile.sozialraum_id)
        event_index = ContentType.objects.get_for_model(EventIndexPage)
        news_index = ContentType.objects.get_for_model(NewsIndexPage)
        indexes = {}
        if homes:
            under_homes = Q()
            for sozialraum in homes:
                root = sozialraum.site.root_page
                under_homes |= Q(path__startswith=root.path, depth=root.depth + 1)
            for pk, path, content_type_id, slug in (
                Page.objects.filter(under_homes, content_type__in=[event_index, news_index])
                .order_by("path")
                .values_list("pk", "path", "content_type_id", "slug")
            ):
                key = (path[: len(path) - Page.steplen], content_type_id)
                # The calendar at "veranstaltungen" if there are several.
                if key not in indexes or slug == "veranstaltungen":
                    indexes[key] = pk
        several = len(homes) > 1
        buttons = []
        for sozialraum in homes:
            suffix = f" ({sozialraum.name})" if several else ""
            root_path = sozialraum.site.root_page.path
            for content_type, model_name, label, icon in (
                (event_index, "eventpage", "Neue Veranstaltung", "date"),
                (news_index, "newspage", "Neue Meldung", "doc-full"),
            ):
                index_pk = indexes.get((root_path, content_type.pk))
                if index_pk:
                    buttons.append(
                        {
                            "label": label + suffix,
                            "icon": icon,
                            "url": reverse("wagtailadmin_pages:add", args=["veedel", model_name, index_pk]),
                        }
                    )
        if profile is not None and profile.organisation_id:
            buttons.append(
                {
                    "label": "Unseren Eintrag bearbeiten",
                    "icon": "home",
                    "url": reverse(
                        Organisation.snippet_viewset.get_url_name("edit"), args=[profile.organisation_id]
                    ),
                    "description": profile.organisation.name,
                }
            )
        return buttons

    def get_context_data(self, parent_context=None):
        profile = ActorProfile.objects.filter(user=self.user).select_related("organisation").first()
        items = {key: [] for key, _label in GROUPS}
        totals = {}  # (state, kind) -> how many there are, of which at most PER_GROUP are listed
        for kind, rows in (("seite", self.pages()), ("adresse", self.entries())):
            for row in rows:
                items[row["state"]].append(row)
                totals[row["state"], kind] = row["total"]
        groups = []
        for key, label in GROUPS:
            listed = _newest_first(items[key])[:PER_GROUP]
            total = totals.get((key, "seite"), 0) + totals.get((key, "adresse"), 0)
            groups.append({"key": key, "label": label, "items": listed, "total": total})
        return {
            "buttons": self.buttons(profile),
            "groups": groups,
            "more_pages_url": reverse("wagtailadmin_pages:search") + f"?owner={self.user.pk}",
            "more_entries_url": reverse(Organisation.snippet_viewset.get_url_name("list")),
            "is_empty": not any(group["total"] for group in groups),
        }


def _newest_first(items):
    dated = sorted((item for item in items if item["changed_at"]), key=lambda item: item["changed_at"])
    return [*reversed(dated), *(item for item in items if not item["changed_at"])]


# -- "Für die Koordination" ------------------------------------------------------


def _url_or_empty(name, query=""):
    try:
        return reverse(name) + query
    except NoReverseMatch:  # the listing is not registered (yet)
        return ""


class CoordinationPanel(Component):
    """What waits for the coordination of the user's Sozialräume (all of them for the Portal-Redaktion)."""

    name = "koordination"
    order = 90
    template_name = "mitmachen/admin/coordination_panel.html"

    def __init__(self, user, scope):
        self.user = user
        self.scope = scope

    def counted_ids(self):
        """The ids of the Sozialräume counted, or None for all of them."""
        if self.scope.unlimited:
            return None
        return [sozialraum.pk for sozialraum in self.scope.coordinated]

    def pending_tasks(self, sozialraum_ids):
        tasks = GroupApprovalTask.objects.all()
        if sozialraum_ids is None:
            tasks = tasks.filter(groups__sozialraum_as_coordinators__isnull=False)
        else:
            tasks = tasks.filter(groups__in=self.user.groups.values("pk"))
        return TaskState.objects.filter(status=TaskState.STATUS_IN_PROGRESS, task__in=tasks.values("pk"))

    def pending_items(self, task_states):
        rows = (
            task_states.select_related("revision", "workflow_state__base_content_type")
            .order_by("-started_at")
            .only(
                "started_at",
                "revision__object_str",
                "workflow_state__object_id",
                "workflow_state__base_content_type",
            )[:PENDING_LISTED]
        )
        for task_state in rows:
            workflow_state = task_state.workflow_state
            model = workflow_state.base_content_type.model_class()
            title = task_state.revision.object_str if task_state.revision_id else ""
            if model is not None and issubclass(model, Page):
                url = reverse("wagtailadmin_pages:edit", args=[workflow_state.object_id])
            elif model is not None and getattr(model, "snippet_viewset", None):
                url = reverse(model.snippet_viewset.get_url_name("edit"), args=[workflow_state.object_id])
            else:
                url = ""
            yield {"title": title or "(ohne Titel)", "url": url, "started_at": task_state.started_at}

    def get_context_data(self, parent_context=None):
        sozialraum_ids = self.counted_ids()

        def in_scope(queryset, field="sozialraum"):
            return queryset if sozialraum_ids is None else queryset.filter(**{f"{field}__in": sozialraum_ids})

        task_states = self.pending_tasks(sozialraum_ids)
        pending_count = task_states.count()
        organisations = Organisation.objects.filter(locale__language_code=SOURCE_LANGUAGE)
        correction_url = reverse(CorrectionReport.snippet_viewset.get_url_name("list"))
        rows = [
            {
                "key": "freigabe",
                "label": "Warten auf Freigabe",
                "hint": "Seiten und Adressen, die jemand zur Freigabe eingereicht hat",
                "count": pending_count,
                # Reviewers find them with the approve buttons in Wagtail's panel on this page;
                # the Portal-Redaktion reviews nothing itself and gets the report.
                "url": _url_or_empty("wagtailadmin_reports:workflow")
                if self.scope.unlimited
                else ("#awaiting-review-section" if pending_count else ""),
            },
            {
                "key": "vorschlaege",
                "label": "Vorschläge von Bürgerinnen und Bürgern",
                "hint": "eingegangen, noch nicht bearbeitet",
                "count": in_scope(Submission.objects.open()).count(),
                "url": _url_or_empty("wagtailsnippets_mitmachen_submission:list"),
            },
            {
                "key": "fehlermeldungen",
                "label": "Fehlermeldungen",
                "hint": "„Fehler melden“ zu Adressen, noch nicht erledigt",
                "count": in_scope(CorrectionReport.objects.filter(handled=False)).count(),
                "url": correction_url + "?handled=false",
            },
            {
                "key": "veraltet",
                "label": "Veraltete Einträge",
                "hint": "Adressen, die lange niemand geprüft hat",
                "count": stale_entries(queryset=in_scope(organisations)).count(),
                "url": _url_or_empty("stale_organisations"),
            },
        ]
        if self.scope.unlimited:
            where = "alle Sozialräume"
        else:
            where = ", ".join(sozialraum.name for sozialraum in self.scope.coordinated)
        return {
            "rows": rows,
            "where": where,
            "pending": list(self.pending_items(task_states)) if pending_count else [],
            "pending_more": max(pending_count - PENDING_LISTED, 0),
        }
