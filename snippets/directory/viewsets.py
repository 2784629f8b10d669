"""Admin screens of the directory: entries (scoped to the user's Sozialräume) and correction reports."""

from django.conf import settings
from django.http import StreamingHttpResponse
from django.utils.functional import cached_property
from wagtail.admin.views.generic import CopyViewMixin
from wagtail.models import WorkflowState
from wagtail.snippets.action_menu import SnippetActionMenu, SubmitForModerationMenuItem
from wagtail.snippets.views.snippets import CreateView, EditView, IndexView, SnippetViewSet

from ..admin_scope import ScopedViewSetMixin
from ..models import CorrectionReport, Organisation, Sozialraum
from ..permissions import ScopedSozialraumFieldMixin
from .csv_export import COLUMNS, export_queryset, export_row, stream_csv


class SozialraumWorkflowMixin:
    """Submitting starts the workflow of the entry's own home Sozialraum, the one it has after saving.

    Wagtail takes the workflow from the object as it was before the POST (and
    on create from the model, which has none: workflows are per Sozialraum).
    """

    def submit_action(self):
        workflow = self.object.get_workflow()
        if workflow is None or not workflow.active:
            return None
        user = self.request.user
        state = self.workflow_state
        if state and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            if state.workflow_id == workflow.pk:
                state.resume(user)
                return None
            state.cancel(user=user)  # moved to another Sozialraum: its coordinators review it from the start
        workflow.start(self.object, user)
        return None


class OrganisationCreateView(SozialraumWorkflowMixin, ScopedSozialraumFieldMixin, CreateView):
    """New entries belong to whoever creates them, and can go to "Zur Freigabe einreichen" at once."""

    @cached_property
    def workflow(self):
        policy = self.permission_policy
        user = self.request.user
        if self.request.method == "POST":
            # Decides whether "submit" is an available action, before the form is validated;
            # submit_action then starts the workflow of the Sozialraum the entry was saved with.
            try:
                pk = int(self.request.POST.get("sozialraum", ""))
            except ValueError:
                return None
            if not policy.is_unlimited(user) and pk not in policy.user_sozialraum_ids(user):
                return None
            sozialraum = Sozialraum.objects.filter(pk=pk).select_related("workflow").first()
        else:  # shows the button: the user's own Sozialraum (the one they were invited for first)
            own = Sozialraum.objects.filter(pk__in=policy.user_sozialraum_ids(user)).select_related(
                "workflow"
            )
            sozialraum = own.filter(actor_profiles__user=user).first() or own.order_by("name").first()
        workflow = sozialraum.workflow if sozialraum else None
        return workflow if workflow is not None and workflow.active else None

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        field = form.fields.get("sozialraum")
        if not form.is_bound and field is not None and field.required:
            choices = list(field.queryset.values_list("pk", flat=True)[:2])
            if len(choices) == 1 and not form.initial.get("sozialraum"):
                form.initial["sozialraum"] = choices[0]
        return form

    def save_instance(self):
        self.form.instance.owner = self.request.user
        return super().save_instance()

    def _get_action_menu(self):
        return SnippetActionMenu(
            self.request, view=self.view_name, model=self.model, sozialraum_workflow=self.workflow
        )


class OrganisationEditView(SozialraumWorkflowMixin, ScopedSozialraumFieldMixin, EditView):
    pass


class OrganisationCopyView(CopyViewMixin, OrganisationCreateView):
    """A copy belongs to whoever makes it, not to the original's creator.

    Wagtail's copy view binds a POST to the original object, so a form sent
    to the copy URL would overwrite (and take offline) the original without
    moderation. Only the GET starts from the original; a POST always creates.
    """

    def get_initial_form_instance(self):
        if self.request.method == "POST":
            return OrganisationCreateView.get_initial_form_instance(self)
        return super().get_initial_form_instance()


class OrganisationIndexView(IndexView):
    """The export writes the import's columns (csv_export.py): export, edit in Excel, import again."""

    def get_queryset(self):
        queryset = super().get_queryset()
        return export_queryset(queryset) if self.is_export else queryset

    def to_row_dict(self, item):
        return export_row(item)

    def write_csv_response(self, queryset):
        response = StreamingHttpResponse(stream_csv(queryset), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.get_filename()}.csv"'
        return response


class SubmitToSozialraumMenuItem(SubmitForModerationMenuItem):
    """ "Zur Freigabe einreichen" on the create view, where Wagtail looks for a per-model workflow only."""

    label = "Zur Freigabe einreichen"

    def is_shown(self, context):
        return (
            context["view"] == "create"
            and getattr(settings, "WAGTAIL_WORKFLOW_ENABLED", True)
            and not context.get("locked_for_user")
            and context.get("sozialraum_workflow") is not None
        )

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["label"] = self.label
        return context


class OrganisationViewSet(ScopedViewSetMixin, SnippetViewSet):
    model = Organisation
    index_view_class = OrganisationIndexView
    add_view_class = OrganisationCreateView
    copy_view_class = OrganisationCopyView
    edit_view_class = OrganisationEditView
    icon = "home"
    menu_label = "Adressverzeichnis"
    list_display = ["name", "kind", "sozialraum", "postcode", "last_verified", "live"]
    list_filter = ["kind", "sozialraum", "step_free", "live", "locale"]
    # The import's columns (docs/directory-import.md), so an export can be imported again.
    list_export = list(COLUMNS)
    export_headings = {column: column for column in COLUMNS}
    export_filename = "adressverzeichnis"
    search_fields = ["name", "short_description", "offers", "postcode", "stadtteil"]
    search_backend_name = None  # plain SQL search on these fields, no search index needed
    ordering = ["name"]


class CorrectionReportViewSet(ScopedViewSetMixin, SnippetViewSet):
    model = CorrectionReport
    icon = "warning"
    menu_label = "Fehlermeldungen"
    list_display = ["organisation", "created_at", "handled"]
    list_filter = ["handled", "sozialraum"]
    list_export = ["organisation", "message", "name", "email", "created_at", "handled"]
    add_view_enabled = False
    ordering = ["handled", "-created_at"]
