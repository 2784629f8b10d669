"""What every directory page shows: the list with search and filters, and per entry its page,
its vCard and "Fehler melden".

"Fehler melden" is a page of its own (`<entry>/fehler-melden/`), not a form on the entry: a
form needs the CSRF cookie, and the entry page, like every page that only shows content, sets
no cookie for an anonymous reader, so a shared cache may keep it for everyone.

A Sozialraum's "Adressen" and the city-wide directory on the landing site
share `DirectoryViews`; they differ only in which entries they start from
(`directory_entries`) and whether the Sozialraum filter is offered.
"""

from django.db.models import Prefetch, Q
from django.http import Http404, HttpResponseRedirect
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from wagtail.contrib.routable_page.models import path

from snippets.models import CorrectionReport, Organisation

from .. import structured_data
from ..calendar.occurrences import next_occurrences
from ..listings import FilteredIndexMixin, paginate
from ..localization import active_locale
from .corrections import CorrectionForm, notify_coordinators, over_rate_limit
from .filters import LETTERS, DirectoryFilterForm
from .queries import localize_entries, with_listing_data
from .vcard import vcard_response

PER_PAGE = 20
# How many of each kind the entry's page lists: its next dates, its projects, its newest news.
ENTRY_EVENTS = 5
ENTRY_PROJECTS = 10
ENTRY_NEWS = 5
OUTDATED_MONTHS = 24
REPORT_ANCHOR = "fehler-melden"


class DirectoryViews(FilteredIndexMixin):
    """The list (the page itself), and per entry its page, vCard and "Fehler melden" page."""

    directory_with_sozialraum_filter = False

    def directory_entries(self):
        """Live German entries this directory shows."""
        raise NotImplementedError

    def entry_url(self, entry, request=None, route="entry"):
        """The address of the entry's page (or another of its routes) in this directory.

        The one place that builds it: from the page's own URL, so it follows the
        page when an editor renames it. Relative to the request's site when
        there is a request, else absolute.
        """
        base = self.get_url(request) if request is not None else self.get_full_url()
        return base + self.reverse_subpage(route, args=[entry.slug])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        match = getattr(request, "routable_resolver_match", None)
        if match is None or match.url_name == "index_route":
            context.update(self.listing_context(request))
        return context

    def listing_context(self, request):
        filters = DirectoryFilterForm(request.GET, with_sozialraum=self.directory_with_sozialraum_filter)
        now = timezone.now()
        queryset = with_listing_data(filters.apply(self.directory_entries(), now).order_by("name", "pk"))
        results, notices = paginate(request, queryset, per_page=PER_PAGE)
        entries = localize_entries(results.object_list)
        for entry in entries:
            entry.open_now = entry.is_open_at(now)
            entry.url = self.entry_url(entry, request)
        return {
            "filters": filters,
            "results": results,
            "entries": entries,
            "today": timezone.localdate(),
            "directory_url": self.get_url(request),
            "all_letters_query": filters.query(letter=None, page=None),
            "letters": [(letter, filters.query(letter=letter)) for letter in LETTERS],
            "notices": [*filters.messages, *notices],
            "show_sozialraum": self.directory_with_sozialraum_filter,
        }

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

    @path("<slug:slug>/", name="entry")
    def entry(self, request, slug):
        entry = self.entry_or_404(slug)
        now = timezone.now()
        today = timezone.localdate()
        full_url = request.build_absolute_uri(self.entry_url(entry, request))
        events = next_occurrences(
            self.entry_events(entry).select_related("venue"), limit=ENTRY_EVENTS, days=90
        )
        context = {
            "entry": entry,
            "open_now": entry.is_open_at(now),
            "closed_today": entry.is_closed_on(today),
            "stale": entry.verified_age_months(today) >= OUTDATED_MONTHS,
            "events": events,
            "projects": self.entry_projects(entry)[:ENTRY_PROJECTS],
            "news": self.entry_news(entry)[:ENTRY_NEWS],
            "json_ld": structured_data.organisation(entry, full_url),
            "full_url": full_url,
            "reported": request.GET.get("gemeldet") == "1",
            "vcard_url": self.entry_url(entry, request, route="vcard"),
            "report_url": self.entry_url(entry, request, route="report"),
            "directory_url": self.get_url(request),
        }
        return self.render(request, context_overrides=context, template="pages/directory_page_entry.html")

    def entry_events(self, entry):
        """Events held at the entry or organised by it, through the event's links to the directory."""
        events = entry.events_here.model  # the event page model, without importing the page models
        return (
            events.objects.live()
            .filter(locale=active_locale())
            .filter(Q(venue=entry) | Q(organiser_entry=entry))
        )

    def entry_projects(self, entry):
        """Live projects the entry takes part in, in the reader's language, by title."""
        projects = entry.project_partnerships.model._meta.get_field("page").related_model
        return (
            projects.objects.live()
            .filter(locale=active_locale(), partner_entries__organisation=entry)
            .distinct()
            .order_by("title", "pk")
        )

    def entry_news(self, entry):
        """Live news the entry wrote, in the reader's language, newest first."""
        news = entry.news_written.model
        return news.objects.live().filter(locale=active_locale(), author_entry=entry).order_by("-date", "-pk")

    @path("<slug:slug>/vcard/", name="vcard")
    def vcard(self, request, slug):
        entry = self.entry_or_404(slug)
        return vcard_response(entry, request.build_absolute_uri(self.entry_url(entry, request)))

    @path("<slug:slug>/fehler-melden/", name="report")
    def report(self, request, slug):
        """GET: the form. POST: stored and sent on (303 to the entry), or the form again with why not."""
        entry = self.entry_or_404(slug)
        entry_url = self.entry_url(entry, request)
        if request.method != "POST":
            return self.report_page(request, entry, CorrectionForm())
        form = CorrectionForm(request.POST)
        if not form.is_valid():
            form.prepare_redisplay()  # a fresh token, as the suggestion forms give one
            return self.report_page(request, entry, form, status=400)
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
            form.prepare_redisplay()
            return self.report_page(request, entry, form, status=status, refusal=reason)
        report = CorrectionReport.objects.create(
            organisation=entry,
            sozialraum=entry.sozialraum,
            message=form.cleaned_data["message"],
            name=form.cleaned_data["name"],
            email=form.cleaned_data["email"],
        )
        notify_coordinators(report, request.build_absolute_uri(entry_url))
        return HttpResponseRedirect(f"{entry_url}?gemeldet=1#{REPORT_ANCHOR}", status=303)

    def report_page(self, request, entry, form, status=200, refusal=None):
        """The "Fehler melden" page. No cache keeps it: it carries the CSRF token and what was typed."""
        context = {
            "entry": entry,
            "form": form,
            "refusal": refusal,
            "entry_url": self.entry_url(entry, request),
            "report_url": self.entry_url(entry, request, route="report"),
            "directory_url": self.get_url(request),
        }
        response = self.render(
            request, context_overrides=context, template="pages/directory_page_report.html"
        )
        response.status_code = status
        add_never_cache_headers(response)
        return response
