"""Public suggestions without an account: the views of the forms and of the thanks page.

Each valid suggestion becomes a draft in moderation (drafts.py) and a
`Submission` with who sent it (models.py).

Turned-away requests (spam traps, rate limits, oversized or unreadable
requests) are logged on the `mitmachen` logger and kept as REFUSED
submissions for the audit trail; invalid forms are simply shown again.
"""

import logging

from django.conf import settings
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.db import transaction
from django.http import Http404, HttpResponseRedirect, UnreadablePostError
from django.http.multipartparser import MultiPartParserError
from django.shortcuts import render
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views import View
from wagtail.models import Page, Site

from snippets.models import Organisation, Sozialraum
from snippets.signed_links import LinkRefused, make_token, read_token
from veedel.antispam import (
    RATE_LIMIT,
    TOO_LARGE,
    UNREADABLE,
    Refusal,
    rate_limited,
    request_too_large,
)
from veedel.directory import links
from veedel.directory.links import directory_page
from veedel.models import EventIndexPage

from .drafts import create_event_draft, create_organisation_draft, suggest_organisation_change
from .forms import EventSuggestionForm, OrganisationSuggestionForm
from .models import Submission, SubmissionKind, SubmissionStatus
from .notifications import notify_coordinators_of_change, send_confirmation

logger = logging.getLogger("mitmachen")

# Room for the text fields beside a picture at the upload limit (WAGTAILIMAGES_MAX_UPLOAD_SIZE).
FORM_FIELDS_BYTES = 1024 * 1024
# Refused requests are kept for the audit trail, but a flood from one address must not fill the database.
REFUSAL_RECORDS_PER_HOUR = 20
THANKS_SALT = "mitmachen.thanks"
THANKS_MAX_AGE = 60 * 60 * 24 * 7
PRIVACY_SLUG = "datenschutz"


def current_sozialraum(request):
    site = Site.find_for_request(request)
    if site is None:
        return None
    return Sozialraum.objects.filter(site=site).select_related("site", "collection").first()


def form_url_on(sozialraum, url_name):
    """The form on the Sozialraum's own site, in the current language."""
    return sozialraum.site.root_url + reverse(f"mitmachen:{url_name}")


def privacy_url(request):
    """The privacy page of the request's site in the reader's language (or German), if there is one.

    A Sozialraum site without a privacy page of its own links the landing site's.
    """
    current = Site.find_for_request(request)
    landing = Site.objects.filter(is_default_site=True).first()
    for site in dict.fromkeys(site for site in (current, landing) if site is not None):
        keys = Page.objects.descendant_of(site.root_page, inclusive=True).filter(slug=PRIVACY_SLUG)
        pages = Page.objects.live().filter(translation_key__in=keys.values("translation_key"))
        by_language = {page.locale.language_code: page for page in pages.select_related("locale")}
        page = by_language.get(translation.get_language()) or by_language.get(settings.LANGUAGE_CODE)
        if page is not None:
            return page.get_url(request)
    return None


def thanks_token(submission):
    return make_token(submission.reference, THANKS_SALT)


class SuggestionView(View):
    """GET shows the form, POST checks it and creates the draft. Subclasses say what is suggested."""

    http_method_names = ["get", "post"]
    kind = None
    form_class = None
    template_name = None
    url_name = None

    def dispatch(self, request, *args, **kwargs):
        self.sozialraum = current_sozialraum(request)
        if (response := self.elsewhere(request)) is not None:
            return response
        if self.sozialraum is None:
            return self.choose_sozialraum(request)
        return super().dispatch(request, *args, **kwargs)

    def elsewhere(self, request):
        """A redirect if another site should take this request."""
        return None

    def choose_sozialraum(self, request):
        """On the landing site: which Veedel is it about? Each has its own form."""
        sozialraeume = Sozialraum.objects.listed().select_related("site").order_by("name")
        links = [(sozialraum, form_url_on(sozialraum, self.url_name)) for sozialraum in sozialraeume]
        return render(
            request,
            "mitmachen/choose_sozialraum.html",
            {"links": links, "kind": self.kind, "posted": request.method == "POST"},
            status=400 if request.method == "POST" else 200,
        )

    def get_form(self, data=None, files=None, **kwargs):
        return self.form_class(data, files, sozialraum=self.sozialraum, **kwargs)

    def get(self, request):
        return self.render_form(request, self.get_form())

    def context(self, request, form):
        return {
            "form": form,
            "sozialraum": self.sozialraum,
            "privacy_url": privacy_url(request),
            "retention_days": settings.MITMACHEN_RETENTION_DAYS,
        }

    def render_form(self, request, form, status=200, **extra):
        return render(request, self.template_name, {**self.context(request, form), **extra}, status=status)

    def post(self, request):
        # Checked before Django reads the body.
        limit = settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE + FORM_FIELDS_BYTES
        if request_too_large(request, limit):
            message = _(
                "Ihre Angaben waren zu groß, um sie anzunehmen (zusammen höchstens %(size)s). "
                "Bitte wählen Sie ein kleineres Bild und füllen Sie das Formular noch einmal aus."
            ) % {"size": filesizeformat(limit)}
            return self.refuse(request, self.get_form(), Refusal(TOO_LARGE, message, 413))
        try:
            data, files = request.POST, request.FILES
        except (
            RequestDataTooBig,
            TooManyFieldsSent,
            TooManyFilesSent,
            MultiPartParserError,
            UnreadablePostError,
        ):
            message = _(
                "Ihre Angaben sind nicht vollständig angekommen. "
                "Bitte füllen Sie das Formular noch einmal aus."
            )
            return self.refuse(request, self.get_form(), Refusal(UNREADABLE, message))
        form = self.get_form(data, files)
        refusal = form.spam_refusal()
        if refusal is None and not form.is_valid():
            form.prepare_redisplay()
            return self.render_form(request, form, status=400)
        if refusal is None:
            refusal = self.rate_limit(request, form.cleaned_data["email"])
        if refusal is not None:
            return self.refuse(request, form, refusal)
        with transaction.atomic():
            submission = self.create(request, form)
            transaction.on_commit(lambda: send_confirmation(submission.pk))
        return HttpResponseRedirect(
            reverse("mitmachen:thanks", args=[thanks_token(submission)]),
            status=303,
        )

    def rate_limit(self, request, email):
        """Count this suggestion against the sender's address and e-mail (both forms share the limit)."""
        limit = settings.MITMACHEN_LIMIT_PER_HOUR
        by_address = rate_limited(request, "mitmachen:address", limit)
        by_email = rate_limited(
            request, "mitmachen:email", limit, key=lambda group, request: email.strip().lower()
        )
        if by_address:
            message = _(
                "Von Ihrem Internetanschluss kamen in der letzten Stunde schon viele Vorschläge. "
                "Bitte versuchen Sie es in einer Stunde noch einmal."
            )
            return Refusal(RATE_LIMIT, message, 429)
        if by_email:
            message = _(
                "Mit dieser E-Mail-Adresse kamen in der letzten Stunde schon viele Vorschläge. "
                "Bitte versuchen Sie es in einer Stunde noch einmal."
            )
            return Refusal(RATE_LIMIT, message, 429)
        return None

    def refuse(self, request, form, refusal):
        """Log the refusal, keep a record of it (within bounds) and show the form again with the reason."""
        recorded = not rate_limited(request, "mitmachen:refused", REFUSAL_RECORDS_PER_HOUR)
        reference = ""
        if recorded:
            submission = Submission.objects.create(
                kind=self.kind,
                sozialraum=self.sozialraum,
                status=SubmissionStatus.REFUSED,
                refusal_reason=f"{refusal.code}: {refusal.message}"[:255],
                payload=form.refused_payload() if form.is_bound else {},
                language=translation.get_language() or settings.LANGUAGE_CODE,
                **(form.refused_submitter() if form.is_bound else {}),
            )
            reference = submission.reference
        logger.warning(
            "Vorschlag abgewiesen (%s): %s in %s, Vorgang %s",
            refusal.code,
            self.kind,
            self.sozialraum.slug,
            reference or "nicht gespeichert",
        )
        if form.is_bound:
            form.prepare_redisplay()
        return self.render_form(request, form, status=refusal.status, refusal=refusal.message)

    def create(self, request, form):
        raise NotImplementedError

    def new_submission(self, form, **kwargs):
        data = form.cleaned_data
        return Submission.objects.create(
            kind=self.kind,
            sozialraum=self.sozialraum,
            name=data["name"],
            email=data["email"],
            phone=data["phone"],
            consent_at=timezone.now(),
            language=translation.get_language() or settings.LANGUAGE_CODE,
            **kwargs,
        )


class EventSuggestionView(SuggestionView):
    kind = SubmissionKind.EVENT
    form_class = EventSuggestionForm
    template_name = "mitmachen/event_form.html"
    url_name = "event"

    def calendar(self):
        root = self.sozialraum.site.root_page
        return EventIndexPage.objects.child_of(root).filter(locale=root.locale_id).first()

    def get(self, request):
        if self.calendar() is None:
            raise Http404(_("Dieses Veedel hat noch keinen Veranstaltungskalender."))
        return super().get(request)

    def context(self, request, form):
        context = super().context(request, form)
        calendar = self.calendar()
        context["calendar_url"] = calendar.localized.get_url(request) if calendar else None
        return context

    def create(self, request, form):
        calendar = self.calendar()
        if calendar is None:
            raise Http404(_("Dieses Veedel hat noch keinen Veranstaltungskalender."))
        page = create_event_draft(self.sozialraum, calendar, form.cleaned_data)
        payload = form.payload()
        payload["image"] = bool(page.image_id)
        return self.new_submission(form, event=page, payload=payload)


class OrganisationSuggestionView(SuggestionView):
    kind = SubmissionKind.ORGANISATION
    form_class = OrganisationSuggestionForm
    template_name = "mitmachen/organisation_form.html"
    url_name = "organisation"

    def elsewhere(self, request):
        # "Änderung vorschlagen" on an entry that belongs to another Veedel (or on the landing
        # site): the entry's home Sozialraum decides, so its site takes the suggestion.
        slug = request.GET.get("eintrag", "") if request.method == "GET" else ""
        entry = self.published_entry(slug) if slug else None
        if entry is not None and entry.sozialraum.site_id and entry.sozialraum != self.sozialraum:
            url = form_url_on(entry.sozialraum, self.url_name)
            return HttpResponseRedirect(f"{url}?eintrag={entry.slug}")
        return None

    @staticmethod
    def published_entry(slug, sozialraum=None):
        entries = Organisation.objects.public().filter(slug=str(slug)[:80]).select_related("sozialraum")
        if sozialraum is not None:
            entries = entries.filter(sozialraum=sozialraum)
        return entries.prefetch_related("opening_slots").first()

    def get(self, request):
        slug = request.GET.get("eintrag", "")
        entry = self.published_entry(slug, self.sozialraum) if slug else None
        form = self.get_form(entry=entry)
        return self.render_form(request, form, entry_missing=bool(slug) and entry is None)

    def context(self, request, form):
        context = super().context(request, form)
        context["entry"] = entry = form.changing
        directory = directory_page(self.sozialraum.site)
        context["directory_url"] = directory.get_url(request) if directory else None
        context["entry_url"] = directory.entry_url(entry, request) if directory and entry else None
        return context

    def create(self, request, form):
        payload = form.payload()
        entry = form.entry
        if entry is None:
            organisation = create_organisation_draft(self.sozialraum, form)
            return self.new_submission(form, organisation=organisation, payload=payload)
        changed = suggest_organisation_change(entry, form)
        if changed is not None:
            return self.new_submission(form, organisation=changed, payload=payload)
        # Someone is already working on the entry: the coordinators take the suggestion over by hand.
        submission = self.new_submission(form, payload=payload)
        entry_url = links.entry_url(entry, language=settings.LANGUAGE_CODE)
        transaction.on_commit(lambda: notify_coordinators_of_change(submission.pk, entry_url))
        return submission


# -- drafts -------------------------------------------------------------------


# -- thanks ---------------------------------------------------------------------


def thanks(request, token):
    try:
        reference, expired = read_token(token, THANKS_SALT, THANKS_MAX_AGE)
    except LinkRefused as error:
        raise Http404(_("Diese Seite gibt es nicht mehr.")) from error
    if expired:
        raise Http404(_("Diese Seite gibt es nicht mehr."))
    submission = (
        Submission.objects.exclude(status=SubmissionStatus.REFUSED)
        .select_related("sozialraum")
        .filter(reference=reference)
        .first()
    )
    if submission is None:
        raise Http404(_("Diese Seite gibt es nicht mehr."))
    return render(
        request,
        "mitmachen/thanks.html",
        {
            "submission": submission,
            "sozialraum": submission.sozialraum,
            "again_url": reverse(
                "mitmachen:event" if submission.kind == SubmissionKind.EVENT else "mitmachen:organisation"
            ),
        },
    )
