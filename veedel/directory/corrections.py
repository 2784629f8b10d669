""" "Fehler melden": the form of every entry's report page, its rate limit and the mail to the coordinators.

Spam protection without third parties: the honeypot and timing check of
`SpamProtectedForm`, and a limit of reports per address and hour.
"""

from django import forms
from django.conf import settings
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy

from snippets.coordination import coordinator_emails
from snippets.mail import templated_mail

from ..antispam import SpamProtectedForm, rate_limited

REPORT_MIN_SECONDS = 3
REPORT_MAX_AGE = 60 * 60 * 6
REPORT_LIMIT_PER_HOUR = 5
REPORT_SALT = "veedel.directory.report"


class CorrectionForm(SpamProtectedForm):
    """ "Fehler melden": what is wrong, and optionally who is asking (plus the spam traps of the base)."""

    salt = REPORT_SALT
    min_seconds = REPORT_MIN_SECONDS
    max_age = REPORT_MAX_AGE
    honeypot_message = gettext_lazy(
        "Ihre Meldung wurde nicht angenommen. Bitte lassen Sie das letzte Feld leer."
    )

    message = forms.CharField(
        label=gettext_lazy("Was stimmt nicht? Was ist richtig?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={
            "required": gettext_lazy("Bitte schreiben Sie, was nicht stimmt."),
            "max_length": gettext_lazy("Bitte fassen Sie sich kürzer (höchstens 2000 Zeichen)."),
        },
    )
    name = forms.CharField(label=gettext_lazy("Ihr Name (freiwillig)"), max_length=120, required=False)
    email = forms.EmailField(
        label=gettext_lazy("Ihre E-Mail für Rückfragen (freiwillig)"),
        required=False,
        error_messages={"invalid": gettext_lazy("Bitte geben Sie eine gültige E-Mail-Adresse an.")},
    )

    field_order = ["message", "name", "email", "homepage", "started"]

    def clean_message(self):
        return strip_tags(self.cleaned_data["message"]).strip()

    def clean_name(self):
        return strip_tags(self.cleaned_data["name"]).strip()


def over_rate_limit(request):
    """True once an address sent more than REPORT_LIMIT_PER_HOUR reports this hour (shared cache)."""
    return rate_limited(request, "veedel:report", REPORT_LIMIT_PER_HOUR)


def notify_coordinators(report, entry_url):
    """Tell the coordinators of the entry's home Sozialraum; the report itself is already stored."""
    recipients = coordinator_emails(report.sozialraum)
    if not recipients:
        return
    context = {"report": report, "entry_url": entry_url}
    templated_mail("correction_report", context, to=recipients, language=settings.LANGUAGE_CODE).send(
        fail_silently=True
    )
