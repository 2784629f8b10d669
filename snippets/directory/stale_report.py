"""The coordinators' report "Veraltete Adressen", with its dashboard panel and menu item."""

import django_filters
from django.db.models import Count, Max, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permissions import policy_registry

from ..models import Organisation, Sozialraum
from . import freshness


def organisation_policy():
    return policy_registry.get_by_type(Organisation)


def stale_entries_for(user, months=None):
    """Stale entries the user may change: those of their own Sozialräume (all for the Portal-Redaktion)."""
    allowed = organisation_policy().instances_user_has_any_permission_for(user, ["change"])
    return freshness.stale_entries(months, queryset=allowed)


def _sozialraum_choices(request):
    policy = organisation_policy()
    if policy.is_unlimited(request.user):
        return Sozialraum.objects.all()
    return Sozialraum.objects.filter(pk__in=policy.user_sozialraum_ids(request.user))


class StaleOrganisationsFilterSet(WagtailFilterSet):
    sozialraum = django_filters.ModelChoiceFilter(label="Sozialraum", queryset=_sozialraum_choices)
    ohne_email = django_filters.BooleanFilter(label="Ohne E-Mail für die Pflege", method="filter_no_email")

    class Meta:
        model = Organisation
        fields = ["sozialraum"]

    def _add_locale_filter(self):
        pass  # the report lists German entries only (the source the translations follow)

    def filter_no_email(self, queryset, name, value):
        if value is None:
            return queryset
        return queryset.filter(upkeep_email="") if value else queryset.exclude(upkeep_email="")


def _date(value):
    return date_format(value, "DATE_FORMAT") if value else ""


class StaleOrganisationsReportView(ReportView):
    model = Organisation
    any_permission_required = ["change"]
    page_title = "Veraltete Adressen"
    header_icon = "time"
    index_url_name = "stale_organisations"
    index_results_url_name = "stale_organisations_results"
    filterset_class = StaleOrganisationsFilterSet
    default_ordering = "last_verified"
    no_results_message = (
        "Keine veralteten Adressen: alle Einträge sind in der vorgegebenen Zeit geprüft worden."
    )
    list_export = ["name", "sozialraum", "last_verified", "upkeep_email", "last_reminder"]
    export_headings = {
        "name": "Name",
        "sozialraum": "Sozialraum",
        "last_verified": "Geprüft am",
        "upkeep_email": "E-Mail für die Pflege",
        "last_reminder": "Letzte Erinnerung",
    }
    export_filename = "veraltete-adressen"
    # Reminders in Cologne time, not UTC.
    custom_field_preprocess = {
        "last_reminder": {
            ReportView.FORMAT_CSV: lambda value: (
                f"{timezone.localtime(value):%Y-%m-%d %H:%M}" if value else ""
            ),
            ReportView.FORMAT_XLSX: lambda value: timezone.make_naive(value) if value else None,
        }
    }

    @property
    def columns(self):
        # Built per request: the snippet viewset (for the edit URL) exists only once the hooks have run.
        return [
            TitleColumn(
                "name",
                label="Name",
                sort_key="name",
                url_name=Organisation.snippet_viewset.get_url_name("edit"),
            ),
            Column("sozialraum", label="Sozialraum", sort_key="sozialraum__slug"),
            Column(
                "last_verified",
                label="Geprüft am",
                accessor=lambda entry: _date(entry.last_verified),
                sort_key="last_verified",
            ),
            Column(
                "upkeep_email",
                label="E-Mail für die Pflege",
                accessor=lambda entry: entry.upkeep_email or "fehlt – bitte nachtragen",
            ),
            DateColumn("last_reminder", label="Letzte Erinnerung", sort_key="last_reminder"),
        ]

    def get_page_subtitle(self):
        return f"seit über {freshness.stale_after_months()} Monaten nicht geprüft"

    def get_base_queryset(self):
        return stale_entries_for(self.request.user).annotate(
            last_reminder=Max("verification_requests__sent_at")
        )


class StaleOrganisationsPanel(Component):
    """Dashboard: how many entries of the user's Sozialräume wait for a check, with a link to the report."""

    name = "stale_organisations"
    order = 150

    def __init__(self, user):
        self.user = user

    def render_html(self, parent_context=None):
        counts = stale_entries_for(self.user).aggregate(
            total=Count("pk"), without_email=Count("pk", filter=Q(upkeep_email=""))
        )
        if not counts["total"]:
            return ""
        total = counts["total"]
        entries = (
            "1 Adresse Ihrer Sozialräume ist" if total == 1 else f"{total} Adressen Ihrer Sozialräume sind"
        )
        text = f"{entries} seit über {freshness.stale_after_months()} Monaten nicht geprüft worden"
        if counts["without_email"]:
            text += f", davon {counts['without_email']} ohne E-Mail für die Pflege (keine Erinnerung möglich)"
        children = format_html(
            '<p>{}.</p><p><a class="button button-small button-secondary" href="{}">Liste ansehen</a></p>',
            text,
            reverse("stale_organisations"),
        )
        return render_to_string(
            "wagtailadmin/shared/panel.html",
            {
                "id": "veraltete-adressen",
                "heading": "Veraltete Adressen",
                "icon": "time",
                "classname": "w-panel--dashboard",
                "children": children,
            },
        )


class StaleOrganisationsMenuItem(MenuItem):
    """ "Berichte → Veraltete Adressen", for everyone who may change directory entries."""

    def is_shown(self, request):
        return organisation_policy().user_has_permission(request.user, "change")
