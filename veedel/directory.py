"""What every directory page shows: search and filters from the URL, the entry, its vCard and "Fehler melden".

A Sozialraum's "Adressen" and the city-wide directory on the landing site
share `DirectoryViews`; they differ only in which entries they start from
(`directory_entries`) and whether the Sozialraum filter is offered.
"""

from django import forms
from django.conf import settings
from django.core.mail import send_mail
from django.db.models import Prefetch, Q
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.contrib.routable_page.models import path

from snippets.models import (
    CorrectionReport,
    Organisation,
    OrganisationKind,
    Sozialraum,
    StepFree,
)

from . import structured_data
from .antispam import SpamProtectedForm, client_ip, over_limit
from .calendar.occurrences import next_occurrences
from .listings import FilteredIndexMixin, VocabularyFilterForm, paginate, rendition_prefetch
from .localization import active_locale

PER_PAGE = 20
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
UMLAUTS = {"A": "Ä", "O": "Ö", "U": "Ü"}
OUTDATED_MONTHS = 24
# Text a translator may have translated; everything else is the same in every language.
TRANSLATED_FIELDS = (
    "short_description",
    "offers",
    "opening_notes",
    "closed_note",
    "holiday_note",
    "accessibility_note",
)

# "Fehler melden": spam protection without third parties.
REPORT_MIN_SECONDS = 3
REPORT_MAX_AGE = 60 * 60 * 6
REPORT_LIMIT_PER_HOUR = 5
REPORT_SALT = "veedel.directory.report"


class DirectoryFilterForm(VocabularyFilterForm):
    """Search and filters. Invalid values are reported next to their field and left out."""

    q = forms.CharField(label=gettext_lazy("Suche"), required=False, max_length=100)
    art = forms.ChoiceField(
        label=gettext_lazy("Art"),
        required=False,
        choices=[("", gettext_lazy("Alle Arten")), *OrganisationKind.choices],
        error_messages={"invalid_choice": gettext_lazy("Diese Art gibt es nicht.")},
    )
    stufenlos = forms.BooleanField(label=gettext_lazy("stufenlos erreichbar"), required=False)
    offen = forms.BooleanField(label=gettext_lazy("jetzt geöffnet"), required=False)
    buchstabe = forms.ChoiceField(
        required=False,
        choices=[("", ""), *((letter, letter) for letter in LETTERS)],
        widget=forms.HiddenInput,
        error_messages={"invalid_choice": gettext_lazy("Bitte wählen Sie einen Buchstaben von A bis Z.")},
    )

    language_label = gettext_lazy("Man spricht")

    def apply(self, queryset, now=None):
        if words := (self.value("q") or "").split():
            for word in words[:8]:
                queryset = queryset.filter(
                    Q(name__icontains=word) | Q(short_description__icontains=word) | Q(offers__icontains=word)
                )
        if kind := self.value("art"):
            queryset = queryset.filter(kind=kind)
        queryset = self.apply_vocabularies(queryset)
        if slug := self.value("veedel"):
            queryset = queryset.serving(Sozialraum.objects.filter(slug=slug).values("pk"))
        if self.value("stufenlos"):
            queryset = queryset.filter(step_free=StepFree.YES)
        if self.value("offen"):
            queryset = queryset.open_at(now or timezone.now())
        if letter := self.value("buchstabe"):
            condition = Q(name__istartswith=letter)
            if letter in UMLAUTS:
                condition |= Q(name__istartswith=UMLAUTS[letter])
            queryset = queryset.filter(condition)
        return queryset


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
    return over_limit("veedel:report", client_ip(request), REPORT_LIMIT_PER_HOUR)


def with_listing_data(queryset):
    """What a directory card and the "open now" badge need, in a fixed number of queries."""
    return queryset.select_related("image", "sozialraum").prefetch_related(
        "opening_slots",
        rendition_prefetch("image", "max-160x160"),
        Prefetch("topic_items", queryset=Organisation.topics.through.objects.select_related("tag")),
    )


def localize_entries(entries):
    """Show translated text where a live translation into the reader's language exists (one query)."""
    locale = active_locale()
    entries = list(entries)
    if not entries or entries[0].locale_id == locale.pk:
        return entries
    translations = {
        t.translation_key: t
        for t in Organisation.objects.filter(
            translation_key__in=[e.translation_key for e in entries], locale=locale, live=True
        ).only("translation_key", *TRANSLATED_FIELDS)
    }
    for entry in entries:
        translation = translations.get(entry.translation_key)
        entry.untranslated = translation is None
        for field in TRANSLATED_FIELDS if translation else ():
            setattr(entry, field, getattr(translation, field))
    return entries


def vcard(entry, url):
    def escape(value):
        return (
            str(value or "")
            .replace("\\", "\\\\")
            .replace(",", "\\,")
            .replace(";", "\\;")
            .replace("\r\n", "\\n")
            .replace("\n", "\\n")
        )

    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"FN:{escape(entry.name)}",
        f"ORG:{escape(entry.name)}",
        f"ADR;TYPE=WORK:;;{escape(entry.street)};Köln;;{escape(entry.postcode)};Deutschland",
    ]
    if entry.phone:
        lines.append(f"TEL;TYPE=WORK,VOICE:{escape(entry.phone)}")
    if entry.email:
        lines.append(f"EMAIL;TYPE=INTERNET:{escape(entry.email)}")
    lines.append(f"URL:{escape(entry.website or url)}")
    if entry.latitude is not None and entry.longitude is not None:
        lines.append(f"GEO:{entry.latitude};{entry.longitude}")
    if entry.short_description:
        lines.append(f"NOTE:{escape(entry.short_description)}")
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


class DirectoryViews(FilteredIndexMixin):
    """The list (the page itself), and per entry its page, vCard and correction form."""

    directory_with_sozialraum_filter = False

    def directory_entries(self):
        """Live German entries this directory shows."""
        raise NotImplementedError

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        match = getattr(request, "routable_resolver_match", None)
        if match is None or match.url_name == "index_route":
            filters = DirectoryFilterForm(request.GET, with_sozialraum=self.directory_with_sozialraum_filter)
            now = timezone.now()
            queryset = with_listing_data(filters.apply(self.directory_entries(), now).order_by("name", "pk"))
            results, notices = paginate(request, queryset, per_page=PER_PAGE)
            entries = localize_entries(results.object_list)
            for entry in entries:
                entry.open_now = entry.is_open_at(now)
            context.update(
                filters=filters,
                results=results,
                entries=entries,
                today=timezone.localdate(),
                directory_url=self.get_url(request),
                all_letters_query=filters.query(buchstabe=None, seite=None),
                letters=[(letter, filters.query(buchstabe=letter)) for letter in LETTERS],
                notices=[*filters.messages, *notices],
                show_sozialraum=self.directory_with_sozialraum_filter,
            )
        return context

    def entry_or_404(self, slug):
        entry = (
            with_listing_data(self.directory_entries().filter(slug=slug))
            .select_related("parent")
            .prefetch_related(
                Prefetch(
                    "target_group_items",
                    queryset=Organisation.target_groups.through.objects.select_related("tag"),
                ),
                Prefetch("further_sozialraeume"),
            )
            .first()
        )
        if entry is None:
            raise Http404(_("Diese Adresse gibt es hier nicht."))
        return localize_entries([entry])[0]

    def entry_url(self, request, entry):
        return self.get_url(request) + self.reverse_subpage("entry", args=[entry.slug])

    @path("<slug:slug>/", name="entry")
    def entry(self, request, slug, form=None, status=200):
        entry = self.entry_or_404(slug)
        now = timezone.now()
        today = timezone.localdate()
        full_url = request.build_absolute_uri(self.entry_url(request, entry))
        events = next_occurrences(self.entry_events(entry).select_related("venue"), limit=5, days=90)
        context = {
            "entry": entry,
            "open_now": entry.is_open_at(now),
            "closed_today": entry.is_closed_on(today),
            "stale": entry.verified_age_months(today) >= OUTDATED_MONTHS,
            "events": events,
            "json_ld": structured_data.organisation(entry, full_url),
            "full_url": full_url,
            "form": form or CorrectionForm(),
            "reported": request.GET.get("gemeldet") == "1",
            "vcard_url": self.get_url(request) + self.reverse_subpage("vcard", args=[entry.slug]),
            "report_url": self.get_url(request) + self.reverse_subpage("report", args=[entry.slug]),
            "directory_url": self.get_url(request),
        }
        response = self.render(request, context_overrides=context, template="pages/directory_page_entry.html")
        response.status_code = status
        return response

    def entry_events(self, entry):
        from .models import EventPage

        return (
            EventPage.objects.live()
            .filter(locale=active_locale())
            .filter(Q(venue=entry) | Q(organiser_entry=entry))
        )

    @path("<slug:slug>/vcard/", name="vcard")
    def vcard(self, request, slug):
        entry = self.entry_or_404(slug)
        response = HttpResponse(
            vcard(entry, request.build_absolute_uri(self.entry_url(request, entry))),
            content_type="text/vcard; charset=utf-8",
        )
        response["Content-Disposition"] = f'attachment; filename="{entry.slug}.vcf"'
        return response

    @path("<slug:slug>/fehler-melden/", name="report")
    def report(self, request, slug):
        if request.method != "POST":
            entry = self.entry_or_404(slug)
            return HttpResponseRedirect(self.entry_url(request, entry) + "#fehler-melden")
        form = CorrectionForm(request.POST)
        entry = self.entry_or_404(slug)
        entry_url = self.entry_url(request, entry)
        if not form.is_valid():
            return self.entry(request, slug, form=form, status=400)
        reason = form.spam_reason()
        if reason is None and over_rate_limit(request):
            reason = _(
                "Von Ihrem Internetanschluss kamen in der letzten Stunde schon viele Meldungen. "
                "Bitte versuchen Sie es später noch einmal."
            )
            status = 429
        else:
            status = 400
        if reason:
            form.add_error(None, reason)
            form.prepare_redisplay()
            return self.entry(request, slug, form=form, status=status)
        report = CorrectionReport.objects.create(
            organisation=entry,
            sozialraum=entry.sozialraum,
            message=form.cleaned_data["message"],
            name=form.cleaned_data["name"],
            email=form.cleaned_data["email"],
        )
        notify_coordinators(report, request.build_absolute_uri(entry_url))
        return HttpResponseRedirect(f"{entry_url}?gemeldet=1#fehler-melden", status=303)


def notify_coordinators(report, entry_url):
    """Tell the coordinators of the entry's home Sozialraum; the report itself is already stored."""
    group = report.sozialraum.coordinators_group
    recipients = (
        list(group.user_set.filter(is_active=True).exclude(email="").values_list("email", flat=True))
        if group
        else []
    )
    if not recipients:
        return
    send_mail(
        f"Fehlermeldung zu „{report.organisation.name}“",
        (
            f"Jemand hat einen Fehler im Adressverzeichnis gemeldet.\n\n"
            f"Eintrag: {report.organisation.name}\n{entry_url}\n\n"
            f"Meldung:\n{report.message}\n\n"
            f"Absender: {report.name or 'ohne Namen'} {report.email or ''}\n\n"
            f"Alle Meldungen finden Sie in der Verwaltung unter Verzeichnisse → Fehlermeldungen."
        ),
        settings.DEFAULT_FROM_EMAIL,
        recipients,
        fail_silently=True,
    )
