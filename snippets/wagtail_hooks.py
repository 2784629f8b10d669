from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Contact, Sozialraum, TargetGroup, Topic


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


class ContactViewSet(SnippetViewSet):
    model = Contact
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
