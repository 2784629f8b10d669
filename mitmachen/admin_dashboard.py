"""The dashboard's counts and the admin's own look.

Wagtail's summary counts every page below the user's explorable root: with
rights on every translated root that is the whole portal, so an actor read
"1.484 Seiten". Here it counts the pages the user may change – an actor's
own, a coordination's Sozialraum, everything for the Portal-Redaktion.
"""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.site_summary import PagesSummaryItem
from wagtail.permission_policies.pages import PagePermissionPolicy


class EditablePagesSummaryItem(PagesSummaryItem):
    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        editable = PagePermissionPolicy().instances_user_has_permission_for(self.request.user, "change")
        context["total_pages"] = editable.exclude(depth=1).count()
        return context


# After Wagtail's own hook, which adds the item this one replaces.
@hooks.register("construct_homepage_summary_items", order=1)
def count_editable_pages(request, items):
    items[:] = [
        EditablePagesSummaryItem(request) if type(item) is PagesSummaryItem else item for item in items
    ]


@hooks.register("insert_global_admin_css")
def admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))
