"""One scoping rule for every admin view of a model that belongs to a Sozialraum or a site.

Wagtail checks snippet permissions per model (wagtail issue 3030). A viewset that mixes in
`ScopedViewSetMixin` sends every view it builds (`construct_view`, which every URL of a
viewset goes through, its chooser's included) through the same rule:

- a view with an object in the URL (`pk`) opens only for objects the user may change or delete
  (the permission policy's instance check);
- listings (index, chooser) list only those, and choosers also what is published anyway;
- every form's scope field (Sozialraum, site) offers only the user's own, on add, edit and copy;
- a POST to a copy URL creates a new object and never saves over the original.

Which mixin a view gets follows from its class, not its name, so a view added later is scoped
by the same rule; tests/mitmachen/test_isolation_urls.py walks every URL to keep it that way.
"""

from functools import update_wrapper

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import get_object_or_404
from django.urls import path
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.chooser import ChosenMultipleView
from wagtail.admin.views.generic import CopyViewMixin
from wagtail.admin.views.generic import IndexView as GenericIndexView
from wagtail.admin.views.generic.chooser import (
    BaseChooseView,
    ChosenMultipleViewMixin,
    ChosenViewMixin,
    CreationFormMixin,
)
from wagtail.models import DraftStateMixin, Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction
from wagtail_localize.views.snippets_api import SnippetViewSet as LocalizeSnippetAPI

from .permissions import scope_of

SCOPE_ACTIONS = ["change", "delete"]


class ScopedListingMixin:
    def get_base_queryset(self):
        allowed = self.scoping.editable(self.request.user)
        return super().get_base_queryset().filter(pk__in=allowed.values("pk"))


class ScopedFormMixin:
    def get_form(self, *args, **kwargs):
        form = super().get_form(*args, **kwargs)
        self.scoping.limit_scope_field(form, self.request.user)
        return form


class FreshCopyMixin:
    """Wagtail's copy view binds a POST to the original: a forged POST would save over it."""

    def get_initial_form_instance(self):
        if self.request.method == "POST":
            return super(CopyViewMixin, self).get_initial_form_instance()
        return super().get_initial_form_instance()


class ScopedChooseMixin:
    def get_object_list(self):
        allowed = self.scoping.choosable(self.request.user)
        return super().get_object_list().filter(pk__in=allowed.values("pk"))


class ScopedChosenMixin:
    def get_object(self, pk):
        return self.scoping.choosable(self.request.user).get(pk=pk)


class ScopedChosenMultipleMixin:
    def get_objects(self, pks):
        return super().get_objects(pks).filter(pk__in=self.scoping.choosable(self.request.user).values("pk"))


class NoChooserCreationMixin:
    """No "create" tab in a scoped chooser: new objects are made in the admin form, which is scoped."""

    def get_creation_form_class(self):
        return None

    def can_create(self):
        return False


def scoped_view_class(view_class):
    """`view_class` with the scoping mixins its kind of view needs."""
    kinds = [
        (GenericIndexView, ScopedListingMixin),
        (CopyViewMixin, FreshCopyMixin),
        (BaseChooseView, ScopedChooseMixin),
        (ChosenViewMixin, ScopedChosenMixin),
        (ChosenMultipleViewMixin, ScopedChosenMultipleMixin),
        (CreationFormMixin, NoChooserCreationMixin),
    ]
    mixins = [mixin for base, mixin in kinds if issubclass(view_class, base)]
    if hasattr(view_class, "get_form"):
        mixins.append(ScopedFormMixin)
    return type(f"Scoped{view_class.__name__}", (*mixins, view_class), {"scoping": None})


class ScopedViewSetMixin:
    """For a `SnippetViewSet` whose permission policy knows the objects' Sozialraum or site."""

    scope_field = "sozialraum"

    # -- the rule ----------------------------------------------------------------------------

    def editable(self, user):
        return self.permission_policy.instances_user_has_any_permission_for(user, SCOPE_ACTIONS)

    def choosable(self, user):
        allowed = Q(pk__in=self.editable(user).values("pk"))
        if issubclass(self.model, DraftStateMixin):
            allowed |= Q(live=True)
        return self.model._default_manager.filter(allowed)

    def may_open(self, user, obj):
        return self.permission_policy.user_has_any_permission_for_instance(user, SCOPE_ACTIONS, obj)

    def scope_choices(self, user, queryset):
        """The scope field's choices: the user's own Sozialräume."""
        return queryset.filter(pk__in=scope_of(user).ids)

    def limit_scope_field(self, form, user):
        field = form.fields.get(self.scope_field)
        if field is not None and not scope_of(user).unlimited:
            field.queryset = self.scope_choices(user, field.queryset)
            field.required = True

    def object_in_url(self, view_class, pk):
        return get_object_or_404(self.model, pk=unquote(str(pk)))

    # -- applying it to every view -------------------------------------------------------------

    def construct_view(self, view_class, **kwargs):
        view = super().construct_view(scoped_view_class(view_class), scoping=self, **kwargs)
        viewset = self

        def scoped_view(request, *args, **view_kwargs):
            pk = view_kwargs.get("pk")
            if pk is not None and not viewset.may_open(request.user, viewset.object_in_url(view_class, pk)):
                raise PermissionDenied
            return view(request, *args, **view_kwargs)

        scoped_view.__name__ = getattr(view, "__name__", "scoped_view")
        scoped_view.view_class = getattr(view, "view_class", None)
        return scoped_view

    @property
    def chooser_viewset(self):
        viewset = super().chooser_viewset
        viewset.__class__ = type(f"Scoped{type(viewset).__name__}", (ScopedChooserMixin, type(viewset)), {})
        viewset.scoping = self
        return viewset


class ScopedChooserMixin:
    """The chooser of a scoped viewset: the same rule, its object views included (`chosen/<pk>/`)."""

    scoping = None

    def construct_view(self, view_class, **kwargs):
        return super().construct_view(scoped_view_class(view_class), scoping=self.scoping, **kwargs)


# -- outside the viewsets ----------------------------------------------------------------------


class ScopedDeleteBulkAction(DeleteBulkAction):
    """Wagtail's bulk delete names the chosen objects a user may not delete; another Sozialraum's
    stay unnamed (with `id=all` that would be every object of the model)."""

    def get_actionable_objects(self):
        objects, context = super().get_actionable_objects()
        viewset = getattr(self.model, "snippet_viewset", None)
        refused = context["items_with_no_access"]
        if refused and isinstance(viewset, ScopedViewSetMixin):
            visible = set(
                viewset.editable(self.request.user)
                .filter(pk__in=[obj.pk for obj in refused])
                .values_list("pk", flat=True)
            )
            context = {**context, "items_with_no_access": [obj for obj in refused if obj.pk in visible]}
        return objects, context


class ScopedLocalizeSnippetAPI(LocalizeSnippetAPI):
    """wagtail-localize's snippet API (title and edit link of any snippet) with the choosers' rule."""

    def get_queryset(self):
        queryset = super().get_queryset()
        viewset = getattr(self.get_model(), "snippet_viewset", None)
        if isinstance(viewset, ScopedViewSetMixin):
            return queryset.filter(pk__in=viewset.choosable(self.request.user).values("pk"))
        return queryset


def choosable_pages(user, pages):
    """Pages a user may pick: the ones they may edit, and what is published in their own Sozialräume.

    Another Sozialraum's pages (drafts above all) and the landing site's are left out, unless the
    user may edit them; the Portal-Redaktion and superusers pick from every page.
    """
    scope = scope_of(user)
    if scope.unlimited:
        return pages
    editable = PagePermissionPolicy().instances_user_has_any_permission_for(user, ["change", "publish"])
    allowed = Q(pk__in=editable.values("pk"))
    for sozialraum in scope.sozialraeume:
        for root in sozialraum.site.root_page.get_translations(inclusive=True):
            allowed |= Q(path__startswith=root.path, live=True)
    return pages.filter(allowed)


class ScopedChosenPagesView(ChosenMultipleView):
    """The page chooser's "chosen" answer gives title and address of the pages asked for, by id."""

    def get(self, request):
        asked = Page.objects.filter(pk__in=[pk for pk in request.GET.getlist("id") if pk.isdigit()])
        request.GET = request.GET.copy()
        request.GET.setlist(
            "id", [str(pk) for pk in choosable_pages(request.user, asked).values_list("pk", flat=True)]
        )
        return super().get(request)


def scoped_admin_read_urls():
    """URL patterns in place of admin reads that Wagtail's hooks cannot scope (mounted before the admin)."""

    def admin_view(view):
        return update_wrapper(require_admin_access(view), view)

    api = "localize/api/snippets/<slug:app_label>/<slug:model_name>/"
    return [
        path(api, admin_view(ScopedLocalizeSnippetAPI.as_view({"get": "list"}))),
        path(f"{api}<str:pk>/", admin_view(ScopedLocalizeSnippetAPI.as_view({"get": "retrieve"}))),
        path("choose-page/chosen-multiple/", admin_view(ScopedChosenPagesView.as_view())),
    ]
