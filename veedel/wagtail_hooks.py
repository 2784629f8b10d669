from django.urls import path, reverse
from wagtail import hooks

from snippets.directory.links import ENTRY_URL_HOOK
from snippets.permissions import is_limited_to_own_sozialraum

from .directory.links import entry_url
from .translation_report import (
    EntryTranslationStatusReportView,
    TranslationStatusMenuItem,
    TranslationStatusReportView,
)
from .translation_review import review_translation
from .translations import translations_to_delete

# Mails and pages below the page layer ask the directory pages for an entry's address.
hooks.register(ENTRY_URL_HOOK, entry_url)
hooks.register("construct_translated_pages_to_cascade_actions", translations_to_delete)
# Ahead of wagtail-localize's hook, which answers every request to a translation's editor.
hooks.register("before_edit_page", review_translation, order=-1)
hooks.register("before_edit_snippet", review_translation, order=-1)


@hooks.register("register_admin_urls")
def register_translation_status_urls():
    return [
        path(
            "berichte/uebersetzungsstand/", TranslationStatusReportView.as_view(), name="translation_status"
        ),
        path(
            "berichte/uebersetzungsstand/ergebnisse/",
            TranslationStatusReportView.as_view(results_only=True),
            name="translation_status_results",
        ),
        path(
            "berichte/uebersetzungsstand-adressen/",
            EntryTranslationStatusReportView.as_view(),
            name="entry_translation_status",
        ),
        path(
            "berichte/uebersetzungsstand-adressen/ergebnisse/",
            EntryTranslationStatusReportView.as_view(results_only=True),
            name="entry_translation_status_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return TranslationStatusMenuItem(
        "Übersetzungsstand",
        reverse("translation_status"),
        name="uebersetzungsstand",
        icon_name="site",
        order=1400,
    )


@hooks.register("register_reports_menu_item")
def register_entry_translation_status_menu_item():
    return TranslationStatusMenuItem(
        "Übersetzungsstand Adressen",
        reverse("entry_translation_status"),
        name="uebersetzungsstand-adressen",
        icon_name="site",
        order=1401,
    )


@hooks.register("construct_reports_menu")
def hide_unscoped_translations_report(request, menu_items):
    # wagtail-localize's report lists every site's translations: the Portal-Redaktion's only.
    if is_limited_to_own_sozialraum(request.user):
        localize_report = reverse("wagtail_localize:translations_report")
        menu_items[:] = [item for item in menu_items if item.url != localize_report]
