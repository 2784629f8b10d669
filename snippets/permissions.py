"""Per-Sozialraum permissions for snippets, and a viewset mixin that enforces them in every view.

Wagtail has model-wide snippet permissions only (wagtail issue 3030): with
"change contact" a coordinator could edit every Sozialraum's contacts. The
policy here adds the check of the object's Sozialraum; the viewset mixin
applies the policy's instance check to every view that takes an object
(edit, delete, history, usage, revisions, copy, inspect, lock, ...), and the
index lists only what the user may touch.
"""

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from wagtail.permission_policies.base import ModelPermissionPolicy

from .models import Sozialraum

ALL_SOZIALRAEUME_PERMISSION = "snippets.edit_all_sozialraeume"


class SozialraumPermissionPolicy(ModelPermissionPolicy):
    """Model permissions as usual, limited to objects of the user's own Sozialräume.

    Users with `snippets.edit_all_sozialraeume` (the Portal-Redaktion) and
    superusers are not limited.
    """

    def __init__(self, model, sozialraum_field="sozialraum"):
        super().__init__(model)
        self.sozialraum_field = sozialraum_field

    def is_unlimited(self, user):
        return user.is_superuser or user.has_perm(ALL_SOZIALRAEUME_PERMISSION)

    def user_sozialraum_ids(self, user):
        cache_name = "_veedel_sozialraum_ids"
        if not hasattr(user, cache_name):
            setattr(user, cache_name, set(Sozialraum.objects.for_user(user).values_list("pk", flat=True)))
        return getattr(user, cache_name)

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


class InstanceScopedViewSetMixin:
    """Check the permission policy's instance rule in every view of a viewset that takes an object.

    `scope_object(obj)` maps the object in the URL to what the policy checks
    (for example a menu to its site); `object_model` is the model the URL's
    pk points at, if not the viewset's model.
    """

    object_model = None

    def scope_object(self, obj):
        return obj

    def construct_view(self, view_class, **kwargs):
        view = super().construct_view(view_class, **kwargs)
        viewset = self

        def scoped_view(request, *args, **view_kwargs):
            pk = view_kwargs.get("pk")
            if pk is not None:
                obj = get_object_or_404(viewset.object_model or viewset.model, pk=unquote(str(pk)))
                if not viewset.permission_policy.user_has_any_permission_for_instance(
                    request.user, ["change", "delete"], viewset.scope_object(obj)
                ):
                    raise PermissionDenied
            return view(request, *args, **view_kwargs)

        scoped_view.__name__ = getattr(view, "__name__", "scoped_view")
        scoped_view.view_class = getattr(view, "view_class", None)
        return scoped_view


class ScopedIndexMixin:
    """The listing shows only objects the user may change or delete."""

    def get_base_queryset(self):
        allowed = self.permission_policy.instances_user_has_any_permission_for(
            self.request.user, ["change", "delete"]
        )
        return super().get_base_queryset().filter(pk__in=allowed.values("pk"))


class ScopedSozialraumFieldMixin:
    """Offer only the user's own Sozialräume in the form's Sozialraum field."""

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        policy = self.permission_policy
        field = form.fields.get(getattr(policy, "sozialraum_field", "sozialraum"))
        if field is not None and not policy.is_unlimited(self.request.user):
            field.queryset = field.queryset.filter(pk__in=policy.user_sozialraum_ids(self.request.user))
            field.required = True
        return form
