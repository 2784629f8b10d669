"""Who may start, sync and publish a translation of which page or entry: whoever may edit it.

wagtail-localize asks only for `wagtail_localize.submit_translation` before it starts a
translation ("Übersetzen") or syncs one ("Übersetzungen aktualisieren"), so a coordinator of
Kalk could translate Porz-Ost's pages, and "Sofort veröffentlichen" in the sync view would
publish past the review workflow. The views here take the place of those two (mounted before
the admin in cms/urls.py) and add the rule every other admin view follows:

- starting or syncing needs the right to edit the German object (pages: Wagtail's page
  permissions, an actor's own pages included; entries: the Sozialraum's permission policy);
- "with subtree" needs it for every page below as well;
- publishing from the sync view needs the right to publish every translation it would publish,
  so an actor's translation waits for the coordinators' review like any page.

The translation editor's own actions are guarded by `permissions.cross_sozialraum_translation_urls`.
"""

from django.core.exceptions import PermissionDenied
from django.urls import path
from wagtail.admin.auth import require_admin_access
from wagtail.models import DraftStateMixin, Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import policy_registry
from wagtail_localize.views.submit_translations import SubmitPageTranslationView, SubmitSnippetTranslationView
from wagtail_localize.views.update_translations import UpdateTranslationsView


def may_translate(user, instance):
    """May `user` start or sync translations of `instance` (a page or a translatable snippet)?"""
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    return policy_registry.get_by_type(type(instance)).user_has_permission_for_instance(
        user, "change", instance
    )


def may_publish(user, instance):
    """May `user` publish `instance` (a translation) directly, without the review workflow?"""
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    action = "publish" if isinstance(instance, DraftStateMixin) else "change"
    return policy_registry.get_by_type(type(instance)).user_has_permission_for_instance(
        user, action, instance
    )


class OwnObjectsSubmitMixin:
    def get_object(self):
        instance = super().get_object()
        if not may_translate(self.request.user, instance):
            raise PermissionDenied
        return instance

    def form_valid(self, form):
        if isinstance(self.object, Page) and form.cleaned_data.get("include_subtree"):
            editable = PagePermissionPolicy().instances_user_has_permission_for(self.request.user, "change")
            if self.object.get_descendants().exclude(pk__in=editable.values("pk")).exists():
                raise PermissionDenied
        return super().form_valid(form)


class OwnPageSubmitView(OwnObjectsSubmitMixin, SubmitPageTranslationView):
    pass


class OwnSnippetSubmitView(OwnObjectsSubmitMixin, SubmitSnippetTranslationView):
    pass


class OwnTranslationsUpdateView(UpdateTranslationsView):
    def get_object(self):
        source = super().get_object()
        if not may_translate(self.request.user, source.get_source_instance()):
            raise PermissionDenied
        return source

    def form_valid(self, form):
        if form.cleaned_data.get("publish_translations"):
            for translation in self.object.translations.filter(enabled=True):
                if not may_publish(self.request.user, translation.get_target_instance()):
                    raise PermissionDenied
        return super().form_valid(form)


def translation_access_urls():
    """URL patterns in place of wagtail-localize's submit and sync views (mounted before the admin)."""
    return [
        path("localize/submit/page/<int:page_id>/", require_admin_access(OwnPageSubmitView.as_view())),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            require_admin_access(OwnSnippetSubmitView.as_view()),
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            require_admin_access(OwnTranslationsUpdateView.as_view()),
        ),
    ]
