""" "Meine Inhalte": an actor's own pages and directory entries by state, newest first."""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Count, Exists, F, OuterRef, Q, Subquery, Value, Window
from django.db.models.expressions import Case, When
from django.db.models.functions import Cast, RowNumber
from django.urls import reverse
from wagtail.admin.ui.components import Component
from wagtail.models import Page, WorkflowState

from snippets.directory.stale_report import organisation_policy
from snippets.models import ActorProfile, Organisation
from veedel.models import EventIndexPage, NewsIndexPage

PER_GROUP = 20
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
# What every row of both lists carries: its state from _grouped, whether a draft waits, its language.
ROW_VALUES = ("pk", "state", "comment", "total", "has_unpublished_changes", "locale__language_code")


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
            *ROW_VALUES,
            "title",
            "latest_revision_created_at",
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
        ).values(*ROW_VALUES, "name", "latest_revision__created_at")
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
