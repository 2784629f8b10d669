from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import (
    CreateView,
    EditView,
    IndexView,
    SnippetViewSet,
    SnippetViewSetGroup,
)

from .models import Contact, Sozialraum, TargetGroup, Topic
from .permissions import (
    InstanceScopedViewSetMixin,
    ScopedIndexMixin,
    ScopedSozialraumFieldMixin,
    SozialraumPermissionPolicy,
)

# Coordinators keep their own office's contact up to date, and no other.
register_permission_policy(Contact, SozialraumPermissionPolicy(Contact))


class SozialraumViewSet(SnippetViewSet):
    model = Sozialraum
    icon = "site"
    menu_label = "Sozialräume"
    list_display = ["name", "stadtbezirk", "slug", "site"]
    list_filter = ["stadtbezirk"]
    list_export = ["name", "slug", "stadtbezirk"]
    search_fields = ["name", "stadtbezirk"]
    inspect_view_enabled = True
    # The records follow fixtures/sozialraeume.json through `manage.py setup_sites`,
    # so only superusers hold the change permission.


class ContactIndexView(ScopedIndexMixin, IndexView):
    pass


class ContactCreateView(ScopedSozialraumFieldMixin, CreateView):
    pass


class ContactEditView(ScopedSozialraumFieldMixin, EditView):
    pass


class ContactViewSet(InstanceScopedViewSetMixin, SnippetViewSet):
    model = Contact
    index_view_class = ContactIndexView
    add_view_class = ContactCreateView
    edit_view_class = ContactEditView
    icon = "user"
    menu_label = "Kontakte"
    list_display = ["name", "organisation", "sozialraum", "phone", "email"]
    list_filter = ["sozialraum", "locale"]
    list_export = ["name", "organisation", "street", "postcode", "city", "phone", "email"]
    search_fields = ["name", "organisation"]


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = "Themenfelder"
    list_display = ["name", "slug", "name_en", "name_tr", "name_ar", "colour"]
    list_export = ["name", "slug", "name_en", "name_tr", "name_ar", "colour"]
    search_fields = ["name", "slug"]
    ordering = ["sort_order", "name"]


class TargetGroupViewSet(SnippetViewSet):
    model = TargetGroup
    icon = "group"
    menu_label = "Zielgruppen"
    list_display = ["name", "slug", "name_en", "name_tr", "name_ar"]
    list_export = ["name", "slug", "name_en", "name_tr", "name_ar"]
    search_fields = ["name", "slug"]
    ordering = ["sort_order", "name"]


class DirectoryGroup(SnippetViewSetGroup):
    menu_label = "Verzeichnisse"
    menu_icon = "folder-open-inverse"
    menu_order = 250
    items = (SozialraumViewSet, ContactViewSet, TopicViewSet, TargetGroupViewSet)


register_snippet(DirectoryGroup)
