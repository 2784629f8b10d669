"""The reports "Übersetzungsstand" (pages) and "Übersetzungsstand Adressen" (directory entries).

One row per page in English, Turkish or Arabic: not translated (still the German alias), up to
date, or outdated since the German changed (with the date). The states are computed by
`snippets.translation_state` in the listing's own query, so the report costs the same few
queries for ten pages or ten thousand.

Coordinators see the pages of their own Sozialräume only (the filter offers no other); actors
have no reports (their menu shows none) and see their own pages' translations in the page
editor; the Portal-Redaktion sees every site, the portal's start site included. wagtail-localize's
own report lists every translation of every site and is for the Portal-Redaktion only
(snippets.permissions.CROSS_SOZIALRAUM_REPORTS).

The entries' report lists each German entry once, with a column per language (entries have no
aliases: "nicht übersetzt" means there is no entry in that language yet).
"""

import django_filters
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Case, Q, Value, When
from django.utils import timezone
from django.utils.formats import date_format
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permissions import policy_registry

from snippets.models import Organisation, Sozialraum
from snippets.permissions import scope_of
from snippets.translation_state import (
    TranslationState,
    annotate_states_by_language,
    annotate_translation_state,
)

PORTAL = "Portal (Startseite)"


def sozialraeume_for(user):
    """The Sozialräume whose pages `user` sees in the report, with their site's root page."""
    scope = scope_of(user)
    if scope.unlimited:
        return list(Sozialraum.objects.select_related("site__root_page").order_by("name"))
    return scope.sozialraeume


def root_paths(sozialraeume):
    """{Sozialraum slug: [tree paths of its home page in every language]}, in one query.

    Translated home pages are siblings of the German one, not children (STYLE.md).
    """
    by_key = {s.site.root_page.translation_key: s.slug for s in sozialraeume}
    paths = {s.slug: [] for s in sozialraeume}
    for key, path in Page.objects.filter(translation_key__in=by_key).values_list("translation_key", "path"):
        paths[by_key[key]].append(path)
    return paths


def in_trees(paths):
    condition = Q(pk__in=[])
    for path in paths:
        condition |= Q(path__startswith=path)
    return condition


def translated_languages():
    return [
        (code, name) for code, name in settings.WAGTAIL_CONTENT_LANGUAGES if code != settings.LANGUAGE_CODE
    ]


class TranslationStatusFilterSet(WagtailFilterSet):
    sozialraum = django_filters.ChoiceFilter(
        label="Sozialraum", method="filter_sozialraum", empty_label="Alle"
    )
    sprache = django_filters.ChoiceFilter(
        label="Sprache", field_name="locale__language_code", choices=translated_languages, empty_label="Alle"
    )
    stand = django_filters.ChoiceFilter(
        label="Stand", field_name="translation_state", choices=TranslationState.choices, empty_label="Alle"
    )

    class Meta:
        model = Page
        fields = []

    def __init__(self, *args, sozialraeume=(), root_paths=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.root_paths = root_paths or {}
        self.filters["sozialraum"].extra["choices"] = [(s.slug, s.name) for s in sozialraeume]

    def _add_locale_filter(self):
        pass  # "Sprache" offers the translated languages only

    def filter_sozialraum(self, queryset, name, value):
        return queryset.filter(in_trees(self.root_paths.get(value, [])))


def _date(value):
    return date_format(timezone.localtime(value), "j. F Y, H:i") if value else ""


def describe_state(page):
    if page.translation_state == TranslationState.OUTDATED:
        return f"Veraltet – Deutsch geändert am {_date(page.german_changed_at or page.captured_at)}"
    return TranslationState(page.translation_state).label


class TranslationStatusReportView(ReportView):
    page_title = "Übersetzungsstand"
    header_icon = "site"
    index_url_name = "translation_status"
    index_results_url_name = "translation_status_results"
    filterset_class = TranslationStatusFilterSet
    default_ordering = "path"
    no_results_message = "Keine Seiten in anderen Sprachen gefunden."
    list_export = ["title", "sozialraum_name", "language", "state_label", "german_changed_at", "synced_at"]
    export_headings = {
        "title": "Titel",
        "sozialraum_name": "Sozialraum",
        "language": "Sprache",
        "state_label": "Stand",
        "german_changed_at": "Deutsch geändert am",
        "synced_at": "Zuletzt übernommen am",
    }
    export_filename = "uebersetzungsstand"

    @property
    def columns(self):
        return [
            TitleColumn("title", label="Titel", sort_key="title", url_name="wagtailadmin_pages:edit"),
            Column("sozialraum_name", label="Sozialraum", sort_key="sozialraum_name"),
            Column("language", label="Sprache", sort_key="locale__language_code"),
            Column("state_label", label="Stand", sort_key="translation_state"),
            Column("synced_at", label="Zuletzt übernommen", accessor=lambda page: _date(page.synced_at)),
        ]

    def dispatch(self, request, *args, **kwargs):
        if not scope_of(request.user).coordinates_something:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.sozialraeume = sozialraeume_for(request.user)
        self.root_paths = root_paths(self.sozialraeume)

    def get_filterset_kwargs(self):
        # The filter offers the user's own Sozialräume only.
        return {
            **super().get_filterset_kwargs(),
            "sozialraeume": self.sozialraeume,
            "root_paths": self.root_paths,
        }

    def get_base_queryset(self):
        pages = Page.objects.filter(depth__gt=1).exclude(locale__language_code=settings.LANGUAGE_CODE)
        if not scope_of(self.request.user).unlimited:
            pages = pages.filter(in_trees(path for paths in self.root_paths.values() for path in paths))
        names = {s.slug: s.name for s in self.sozialraeume}
        sozialraum_name = Case(
            *[
                When(path__startswith=path, then=Value(names[slug]))
                for slug, paths in self.root_paths.items()
                for path in paths
            ],
            default=Value(PORTAL),
        )
        return annotate_translation_state(pages.select_related("locale")).annotate(
            sozialraum_name=sozialraum_name
        )

    def decorate_paginated_queryset(self, object_list):
        languages = dict(settings.WAGTAIL_CONTENT_LANGUAGES)
        for page in object_list:
            page.language = languages.get(page.locale.language_code, page.locale.language_code)
            page.state_label = describe_state(page)
        return object_list


class TranslationStatusMenuItem(MenuItem):
    """ "Berichte → Übersetzungsstand", for the Portal-Redaktion and the coordinators."""

    def is_shown(self, request):
        return scope_of(request.user).coordinates_something


# -- Directory entries ----------------------------------------------------------------------------


def _entry_sozialraeume(request):
    scope = scope_of(request.user)
    return Sozialraum.objects.all() if scope.unlimited else Sozialraum.objects.filter(pk__in=scope.ids)


class EntryTranslationStatusFilterSet(WagtailFilterSet):
    sozialraum = django_filters.ModelChoiceFilter(label="Sozialraum", queryset=_entry_sozialraeume)
    sprache = django_filters.ChoiceFilter(
        label="Sprache", choices=translated_languages, empty_label="Alle", method="by_state"
    )
    stand = django_filters.ChoiceFilter(
        label="Stand", choices=TranslationState.choices, empty_label="Alle", method="by_state"
    )

    class Meta:
        model = Organisation
        fields = ["sozialraum"]

    def _add_locale_filter(self):
        pass  # the German entries are listed, with their state in each language

    def by_state(self, queryset, name, value):
        return queryset  # both together in filter_queryset

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        language, state = self.form.cleaned_data.get("sprache"), self.form.cleaned_data.get("stand")
        if not state:
            return queryset
        codes = [language] if language else [code for code, _name in translated_languages()]
        condition = Q(pk__in=[])
        for code in codes:
            condition |= Q(**{f"state_{code}": state})
        return queryset.filter(condition)


def describe_entry_state(entry, code):
    state = getattr(entry, f"state_{code}")
    if state == TranslationState.OUTDATED:
        return f"Veraltet – Deutsch geändert am {_date(entry.last_published_at or entry.captured_at)}"
    return TranslationState(state).label


class EntryTranslationStatusReportView(ReportView):
    """The directory entries of the user's Sozialräume, each with its state in every language."""

    page_title = "Übersetzungsstand Adressen"
    header_icon = "site"
    index_url_name = "entry_translation_status"
    index_results_url_name = "entry_translation_status_results"
    filterset_class = EntryTranslationStatusFilterSet
    default_ordering = "name"
    no_results_message = "Keine Einträge gefunden."

    @property
    def columns(self):
        return [
            TitleColumn(
                "name",
                label="Name",
                sort_key="name",
                url_name=Organisation.snippet_viewset.get_url_name("edit"),
            ),
            Column("sozialraum", label="Sozialraum", sort_key="sozialraum__name"),
            *[
                Column(
                    f"state_{code}",
                    label=name,
                    accessor=lambda entry, code=code: describe_entry_state(entry, code),
                )
                for code, name in translated_languages()
            ],
        ]

    def dispatch(self, request, *args, **kwargs):
        if not scope_of(request.user).coordinates_something:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_base_queryset(self):
        policy = policy_registry.get_by_type(Organisation)
        entries = policy.instances_user_has_any_permission_for(self.request.user, ["change"])
        entries = entries.filter(locale__language_code=settings.LANGUAGE_CODE).select_related("sozialraum")
        return annotate_states_by_language(entries, [code for code, _name in translated_languages()])
