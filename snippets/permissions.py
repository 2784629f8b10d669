"""Per-Sozialraum permissions for snippets.

Wagtail has model-wide snippet permissions only (wagtail issue 3030): with
"change contact" a coordinator could edit every Sozialraum's contacts. The
policies here add the check of the object's Sozialraum; `admin_scope.py`
applies them to every admin view of a scoped viewset.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, Q
from django.shortcuts import get_object_or_404
from django.utils.functional import cached_property
from wagtail.permission_policies.base import ModelPermissionPolicy

from .models import Sozialraum

ALL_SOZIALRAEUME_PERMISSION = "snippets.edit_all_sozialraeume"


class SozialraumScope:
    """Which Sozialräume a user acts for, and in which role: the one answer every check asks.

    A user is a Sozialraum's actor or coordinator through its actors' or
    coordinators' group; the Portal-Redaktion (`snippets.edit_all_sozialraeume`)
    and superusers are `unlimited`. One query finds the user's Sozialräume
    with both roles; `scope_of` keeps the answer on the user object, so the
    permission policies, the menu and the dashboard of one request share it.
    """

    def __init__(self, user):
        self.user = user

    @cached_property
    def unlimited(self):
        return self.user.is_superuser or self.user.has_perm(ALL_SOZIALRAEUME_PERMISSION)

    @cached_property
    def sozialraeume(self):
        """The user's own Sozialräume by name, each with `is_coordinator` and `is_actor`."""
        if not self.user.is_authenticated:
            return []
        groups = self.user.groups.all()
        group_ids = groups.values("pk")
        return list(
            Sozialraum.objects.filter(Q(actors_group__in=group_ids) | Q(coordinators_group__in=group_ids))
            .select_related("site__root_page", "actors_group")
            .annotate(
                is_coordinator=Exists(groups.filter(pk=OuterRef("coordinators_group"))),
                is_actor=Exists(groups.filter(pk=OuterRef("actors_group"))),
            )
            .order_by("name")
        )

    @property
    def ids(self):
        return {sozialraum.pk for sozialraum in self.sozialraeume}

    @property
    def coordinated(self):
        return [sozialraum for sozialraum in self.sozialraeume if sozialraum.is_coordinator]

    @property
    def coordinated_ids(self):
        return {sozialraum.pk for sozialraum in self.coordinated}

    @property
    def acting_for(self):
        """The Sozialräume the user is an actor of."""
        return [sozialraum for sozialraum in self.sozialraeume if sozialraum.is_actor]

    @property
    def is_actor_only(self):
        return bool(self.acting_for) and not self.coordinated and not self.unlimited

    @property
    def coordinates_something(self):
        return self.unlimited or bool(self.coordinated)


def scope_of(user):
    """The user's `SozialraumScope`, kept on the user object for the rest of the request."""
    scope = getattr(user, "_sozialraum_scope", None)
    if scope is None:
        scope = SozialraumScope(user)
        user._sozialraum_scope = scope
    return scope


class SozialraumPermissionPolicy(ModelPermissionPolicy):
    """Model permissions as usual, limited to objects of the user's own Sozialräume.

    Users with `snippets.edit_all_sozialraeume` (the Portal-Redaktion) and
    superusers are not limited.
    """

    def __init__(self, model, sozialraum_field="sozialraum"):
        super().__init__(model)
        self.sozialraum_field = sozialraum_field

    def is_unlimited(self, user):
        return scope_of(user).unlimited

    def user_sozialraum_ids(self, user):
        return scope_of(user).ids

    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        if self.is_unlimited(user):
            return True
        return getattr(instance, f"{self.sozialraum_field}_id") in self.user_sozialraum_ids(user)

    def instances_user_has_any_permission_for(self, user, actions):
        queryset = super().instances_user_has_any_permission_for(user, actions)
        if self.is_unlimited(user):
            return queryset
        return queryset.filter(**{f"{self.sozialraum_field}__in": self.user_sozialraum_ids(user)})


class OrganisationPermissionPolicy(SozialraumPermissionPolicy):
    """Directory entries: coordinators reach their whole Sozialraum, actors only their own entries.

    An actor's own entries are their organisation's (in every language, by
    translation key) and the ones they created (`owner`), like Wagtail's page
    owner rule for actors who may only add pages.
    """

    def coordinated_ids(self, user):
        return scope_of(user).coordinated_ids

    def own_translation_keys(self, user):
        cache_name = "_veedel_own_organisation_keys"
        if not hasattr(user, cache_name):
            keys = set()
            if user.is_authenticated:
                from .models import ActorProfile

                keys = set(
                    ActorProfile.objects.filter(user=user, organisation__isnull=False).values_list(
                        "organisation__translation_key", flat=True
                    )
                )
            setattr(user, cache_name, keys)
        return getattr(user, cache_name)

    def user_has_permission_for_instance(self, user, action, instance):
        if not super().user_has_permission_for_instance(user, action, instance):
            return False
        if self.is_unlimited(user) or instance.sozialraum_id in self.coordinated_ids(user):
            return True
        return (instance.owner_id is not None and instance.owner_id == user.pk) or (
            instance.translation_key in self.own_translation_keys(user)
        )

    def instances_user_has_any_permission_for(self, user, actions):
        queryset = super().instances_user_has_any_permission_for(user, actions)
        if self.is_unlimited(user):
            return queryset
        return queryset.filter(
            Q(sozialraum__in=self.coordinated_ids(user))
            | Q(owner=user)
            | Q(translation_key__in=self.own_translation_keys(user))
        )


class ScopedSozialraumFieldMixin:
    """Offer only the user's own Sozialräume in the form's Sozialraum field, already in `get_form`.

    `admin_scope.ScopedViewSetMixin` does the same for every form of a scoped viewset; a view whose
    own `get_form` looks at the scoped field (the directory's create view) mixes this in as well.
    """

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        policy = self.permission_policy
        field = form.fields.get(getattr(policy, "sozialraum_field", "sozialraum"))
        if field is not None and not policy.is_unlimited(self.request.user):
            field.queryset = field.queryset.filter(pk__in=policy.user_sozialraum_ids(self.request.user))
            field.required = True
        return form


# Wagtail's workflow and site-history reports list every object of a model the user may change,
# so a coordinator would see the titles of other Sozialräume' directory entries there. They are
# for the Portal-Redaktion; coordinators and actors have their dashboard panels and the
# per-object history, which are scoped.
CROSS_SOZIALRAUM_REPORTS = [
    ("reports/workflow/", "wagtail.admin.views.reports.workflows.WorkflowView"),
    ("reports/workflow_tasks/", "wagtail.admin.views.reports.workflows.WorkflowTasksView"),
    ("reports/site-history/", "wagtail.admin.views.reports.audit_logging.LogEntriesView"),
    # wagtail-localize's list of every translation; Sozialräume have "Übersetzungsstand" instead.
    ("localize/reports/translations/", "wagtail_localize.views.report.TranslationsReportView"),
]
CROSS_SOZIALRAUM_REPORT_MENU_NAMES = {"workflows", "workflow-tasks", "site-history"}


def is_limited_to_own_sozialraum(user):
    return not scope_of(user).unlimited


def unlimited_users_only(view):
    """Refuse a view to users who are limited to their own Sozialraum."""

    def guarded(request, *args, **kwargs):
        if request.user.is_authenticated and is_limited_to_own_sozialraum(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    guarded.__name__ = getattr(view, "__name__", "guarded")
    return guarded


def cross_sozialraum_report_urls():
    """URL patterns that take the place of Wagtail's reports above (mounted before the admin)."""
    from django.urls import path
    from django.utils.module_loading import import_string

    patterns = []
    for prefix, dotted in CROSS_SOZIALRAUM_REPORTS:
        view_class = import_string(dotted)
        patterns += [
            path(prefix, unlimited_users_only(view_class.as_view())),
            path(f"{prefix}results/", unlimited_users_only(view_class.as_view(results_only=True))),
        ]
    return patterns


# wagtail-localize asks only for the model-wide snippet permission before it changes a translation:
# anyone who may change entries could rewrite, import or stop another Sozialraum's translation.
TRANSLATION_VIEWS = [
    ("strings/<int:string_segment_id>/edit/", "edit_string_translation"),
    ("overrides/<int:overridable_segment_id>/edit/", "edit_override"),
    ("pofile/download/", "download_pofile"),
    ("pofile/upload/", "upload_pofile"),
    ("machine_translate/", "machine_translate"),
    ("disable/", "stop_translation"),
]


def may_change_translation(user, translation_id):
    from django.core.exceptions import ObjectDoesNotExist
    from wagtail.permissions import policy_registry
    from wagtail_localize.models import Translation

    translation = get_object_or_404(Translation, pk=translation_id)
    try:
        instance = translation.get_target_instance()
    except ObjectDoesNotExist:
        return True  # wagtail-localize answers this itself
    policy = policy_registry.get_by_type(type(instance))
    if isinstance(policy, SozialraumPermissionPolicy):
        return policy.user_has_permission_for_instance(user, "change", instance)
    return True  # pages: wagtail-localize checks the page permissions itself


def own_translations_only(view):
    from functools import update_wrapper

    from django.http import JsonResponse
    from wagtail.admin.auth import require_admin_access
    from wagtail_localize.models import Translation

    from .images.choices import refused_translation_override

    def checked(request, translation_id, *args, **kwargs):
        if not may_change_translation(request.user, translation_id):
            raise PermissionDenied
        if "overridable_segment_id" in kwargs:
            refusal = refused_translation_override(
                request, Translation.objects.get(pk=translation_id), kwargs["overridable_segment_id"]
            )
            if refusal:
                return JsonResponse({"detail": refusal}, status=403)
        return view(request, translation_id, *args, **kwargs)

    # update_wrapper keeps the views' csrf_exempt (their API checks CSRF itself).
    return update_wrapper(require_admin_access(checked), view)


def cross_sozialraum_translation_urls():
    """URL patterns that take the place of wagtail-localize's translation editor actions."""
    from django.urls import path
    from wagtail_localize.views import edit_translation

    return [
        path(
            f"localize/translate/<int:translation_id>/{address}",
            own_translations_only(getattr(edit_translation, name)),
        )
        for address, name in TRANSLATION_VIEWS
    ]
