"""Admin for public suggestions: "Vorschläge", for the coordinators of the Sozialraum they came in for.

The draft itself is moderated where it always is (the page or the directory
entry, in the Sozialraum's workflow); here the coordinators see who sent it,
what was sent, and how it ended. Each Sozialraum's coordinators see only its
own suggestions (`SozialraumPermissionPolicy`, like the correction reports).
"""

import datetime

from django.contrib.admin.utils import quote
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext, ngettext
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import EditView, IndexView, InspectView, SnippetViewSet

from snippets.admin_scope import ScopedViewSetMixin
from snippets.languages import LANGUAGE_CHOICES
from snippets.permissions import SozialraumPermissionPolicy

from .models import Submission, SubmissionStatus

register_permission_policy(Submission, SozialraumPermissionPolicy(Submission))

INSPECT_URL_NAME = "wagtailsnippets_mitmachen_submission:inspect"
PAYLOAD_LABELS = {
    "title": "Titel",
    "date": "Datum",
    "start_time": "Beginn",
    "end_time": "Ende",
    "place_name": "Ort",
    "street": "Straße und Hausnummer",
    "postcode": "Postleitzahl",
    "online_link": "Online-Teilnahme (Link)",
    "description": "Beschreibung",
    "organiser": "Veranstalter",
    "is_free": "Eintritt frei",
    "image": "Mit Bild",
    "image_alt": "Bildbeschreibung",
    "image_credit": "Bildnachweis",
    "existing": "Änderung zum Eintrag",
    "org_name": "Name",
    "name": "Name",
    "kind": "Art",
    "short_description": "Kurzbeschreibung",
    "org_phone": "Telefon",
    "phone": "Telefon",
    "org_email": "E-Mail",
    "email": "E-Mail",
    "website": "Internetseite",
    "opening_hours": "Öffnungszeiten",
    "note": "Hinweis an die Koordination",
    "homepage": "Feld „Bitte leer lassen“",
    "consent": "Einwilligung",
}


LANGUAGE_NAMES = dict(LANGUAGE_CHOICES)
EMPTY = "–"


def _parsed(text, parse):
    try:
        return parse(text)
    except ValueError:
        return None


def readable(value):
    """A sent value in German words: Ja/Nein, a dash for nothing, dates and times as people write them."""
    if value is True:
        return gettext("Ja")
    if value is False:
        return gettext("Nein")
    if value is None or value == "" or value == []:
        return EMPTY
    if isinstance(value, list):
        return ", ".join(readable(item) for item in value)
    if isinstance(value, str) and len(value) == 10 and (day := _parsed(value, datetime.date.fromisoformat)):
        with translation.override("de"):
            return formats.date_format(day, "DATE_FORMAT")
    if (
        isinstance(value, str)
        and len(value) in (5, 8)
        and (time := _parsed(value, datetime.time.fromisoformat))
    ):
        return gettext("%(time)s Uhr") % {"time": time.strftime("%H:%M")}
    return value


def inspect_url(submission):
    return reverse(INSPECT_URL_NAME, args=[quote(submission.pk)])


class SubmissionIndexView(IndexView):
    """The coordinators' queue. Suggestions the spam check refused are counted in one line, not listed:
    they hold nothing to decide on. Filtering by their status still lists them (for the audit trail)."""

    def asks_for_refused(self):
        return self.request.GET.get("status") == SubmissionStatus.REFUSED

    def get_base_queryset(self):
        queryset = super().get_base_queryset().select_related("sozialraum")
        if self.asks_for_refused():
            return queryset
        return queryset.exclude(status=SubmissionStatus.REFUSED)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if not self.asks_for_refused():
            refused = super().get_base_queryset().filter(status=SubmissionStatus.REFUSED).count()
            if refused:
                context["refused_note"] = ngettext(
                    "%(count)d Vorschlag hat der Spamschutz abgewiesen; er ist hier nicht aufgeführt.",
                    "%(count)d Vorschläge hat der Spamschutz abgewiesen; sie sind hier nicht aufgeführt.",
                    refused,
                ) % {"count": refused}
                context["refused_url"] = f"{self.request.path}?status={SubmissionStatus.REFUSED}"
        return context


class SubmissionInspectView(InspectView):
    """Who sent it, what they sent, and the way to the draft."""

    extra_labels = {"draft": "Entwurf"}

    def get_field_label(self, field_name, field):
        return self.extra_labels.get(field_name) or super().get_field_label(field_name, field)

    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        return EMPTY if value is None else value

    def get_draft_display_value(self):
        draft = self.object.draft
        if draft is None:
            if self.object.payload.get("existing"):
                return (
                    "Kein Entwurf: Der Eintrag wurde gerade bearbeitet. "
                    "Bitte die Änderung von Hand übernehmen."
                )
            return "Kein Entwurf"
        url = AdminURLFinder(self.request.user).get_edit_url(draft)
        if url is None:
            return str(draft)
        return format_html('<a href="{}">{} bearbeiten und freigeben</a>', url, draft)

    def get_payload_display_value(self):
        items = [
            (PAYLOAD_LABELS.get(key, key), readable(value)) for key, value in self.object.payload.items()
        ]
        if not items:
            return EMPTY
        return format_html(
            "<dl>{}</dl>",
            format_html_join("", "<dt>{}</dt><dd style='white-space: pre-line'>{}</dd>", items),
        )

    def get_erased_at_display_value(self):
        return self.object.erased_at or EMPTY

    def get_language_display_value(self):
        return LANGUAGE_NAMES.get(self.object.language, self.object.language)


class SubmissionEditView(EditView):
    def save_instance(self):
        submission = self.form.instance
        if (
            "status" in self.form.changed_data
            and submission.status != SubmissionStatus.RECEIVED
            and submission.handled_at is None
        ):
            # Handled by hand (say, a change suggestion taken over manually): the retention period starts.
            submission.handled_at = timezone.now()
        return super().save_instance()


class SubmissionViewSet(ScopedViewSetMixin, SnippetViewSet):
    model = Submission
    index_view_class = SubmissionIndexView
    index_results_template_name = "mitmachen/admin/submission_results.html"
    inspect_view_class = SubmissionInspectView
    edit_view_class = SubmissionEditView
    icon = "mail"
    menu_label = "Vorschläge"
    menu_name = "vorschlaege"
    menu_order = 260
    add_to_admin_menu = True
    add_view_enabled = False
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_fields = [
        "reference",
        "status",
        "kind",
        "sozialraum",
        "draft",
        "created_at",
        "payload",
        "name",
        "email",
        "phone",
        "consent_at",
        "language",
        "handled_at",
        "comment",
        "refusal_reason",
        "erased_at",
    ]
    list_display = [
        # The row opens the inspect view: who sent it and the way to the draft come first.
        TitleColumn("reference", label="Vorgangsnummer", get_url=inspect_url, sort_key="reference"),
        "kind",
        Column("title", label="Titel"),
        "sozialraum",
        "status",
        DateColumn("created_at", label="Eingegangen am", sort_key="created_at"),
    ]
    list_filter = ["status", "kind", "sozialraum"]
    search_fields = ["reference", "name", "email"]
    search_backend_name = None  # plain SQL search, no search index needed
    ordering = ["-created_at"]
    panels = [
        FieldPanel("status", help_text="„In Prüfung“ heißt: noch nicht entschieden."),
        FieldPanel("comment", help_text="Wird bei „Zurückgeschickt“ aus dem Freigabe-Ablauf übernommen."),
    ]


register_snippet(SubmissionViewSet)
