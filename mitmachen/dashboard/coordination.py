""" "Für die Koordination": what waits for the coordination of the user's Sozialräume."""

from django.urls import NoReverseMatch, reverse
from wagtail.admin.ui.components import Component
from wagtail.models import GroupApprovalTask, Page, TaskState

from snippets.directory.freshness import stale_entries
from snippets.languages import SOURCE_LANGUAGE
from snippets.models import CorrectionReport, Organisation

from ..models import Submission

PENDING_LISTED = 5


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
        return list(self.scope.coordinated_ids)

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
