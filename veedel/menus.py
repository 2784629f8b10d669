"""wagtailmenus' admin, limited to the sites a user may manage.

wagtailmenus has no per-site check: anyone with the menu permission could
edit every site's menus. Here each menu belongs to its site, and a
coordinator holds the menu permissions only for their own site (as
GroupSitePermission records that `setup_sites` creates).
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from wagtail.models import Site
from wagtail.permission_policies.sites import SitePermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.views.snippets import EditView as SnippetEditView
from wagtailmenus.menuadmin import (
    FlatMenuAdmin,
    MainMenuAdmin,
    MainMenuEditView,
    MainMenuIndexView,
)
from wagtailmenus.models import FlatMenu, MainMenu
from wagtailmenus.utils.misc import get_site_from_request

from snippets.admin_scope import ScopedViewSetMixin

main_menu_policy = SitePermissionPolicy(MainMenu)
flat_menu_policy = SitePermissionPolicy(FlatMenu)
register_permission_policy(MainMenu, main_menu_policy)
register_permission_policy(FlatMenu, flat_menu_policy)


class SiteScopedViewSetMixin(ScopedViewSetMixin):
    """The snippets' scoping rule (snippets/admin_scope.py), with the menu's site as its scope."""

    scope_field = "site"

    def scope_choices(self, user, queryset):
        sites = self.permission_policy.sites_user_has_any_permission_for(user, ["add", "change"])
        return queryset.filter(pk__in=sites.values("pk"))


class ScopedMainMenuIndexView(MainMenuIndexView):
    def dispatch(self, request, *args, **kwargs):
        site = get_site_from_request(request)
        if not main_menu_policy.user_has_permission_for_instance(request.user, "change", site):
            site = main_menu_policy.sites_user_has_permission_for(request.user, "change").first()
        if site is None:
            raise PermissionDenied
        return redirect(self.get_edit_url(site))


class ScopedMainMenuEditView(MainMenuEditView):
    def dispatch(self, request, *args, **kwargs):
        # The site switcher lists every site; a coordinator only gets their own.
        if not main_menu_policy.user_has_permission_for_instance(request.user, "change", self.site):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        sites = main_menu_policy.sites_user_has_permission_for(self.request.user, "change")
        if context.get("site_switcher") and sites.count() < 2:
            context["site_switcher"] = None
        elif context.get("site_switcher"):
            allowed = {self.get_edit_url_for(site) for site in sites}
            field = context["site_switcher"].fields["site"]
            field.choices = [choice for choice in field.choices if choice[0] in allowed]
        return context

    def get_edit_url_for(self, site):
        return reverse(self.edit_url_name, args=(site.pk,))


class SiteScopedMainMenuAdmin(SiteScopedViewSetMixin, MainMenuAdmin):
    index_view_class = ScopedMainMenuIndexView
    edit_view_class = ScopedMainMenuEditView

    def object_in_url(self, view_class, pk):
        # The main menu's edit URL names the site; its other URLs (history, usage, ...) the menu.
        if issubclass(view_class, MainMenuEditView):
            return get_object_or_404(Site, pk=pk)
        return super().object_in_url(view_class, pk)


class SiteScopedFlatMenuAdmin(SiteScopedViewSetMixin, FlatMenuAdmin):
    # wagtailmenus' edit view adds nothing to the snippet one.
    edit_view_class = SnippetEditView
