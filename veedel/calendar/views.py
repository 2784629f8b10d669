"""The views of every calendar page: upcoming list, month, archive, printable programme and iCal feed.

A Sozialraum's "Veranstaltungen" and the city-wide calendar on the landing
site share `CalendarViews`; they differ only in which events they start
from (`calendar_events`) and whether they span several Sozialräume
(`calendar_sozialraeume`: the Veedel filter and a Veedel label on each date).
The mixin imports no page models, so the models can use it.
"""

import datetime

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy
from wagtail.contrib.routable_page.models import path

from ..listings import FilteredIndexMixin, paginate
from .filters import EventFilterForm
from .ical import calendar_for, ical_response
from .occurrences import (
    add_months,
    day_page,
    month_bounds,
    month_weeks,
    occurrences_by_day,
    regroup,
    schedules_by_day,
    with_events,
)

# Within its two weeks, a page of the list shows at most this many dates (more behind "?seite=2").
LIST_PAGE_SIZE = 100
# Feeds keep past series for a while, so calendars that subscribed keep their history.
FEED_HISTORY = datetime.timedelta(days=90)
# A list page asked to start outside the range shows the range's first or last page, and says so.
OUTSIDE_NOTICES = {
    "before": gettext_lazy("Dieser Tag liegt nicht im gewählten Zeitraum. Sie sehen die ersten Termine."),
    "after": gettext_lazy("Dieser Tag liegt nicht im gewählten Zeitraum. Sie sehen die letzten Termine."),
}


class CalendarViews(FilteredIndexMixin):
    """Upcoming list (the page itself), month, archive, printable programme and iCal feed.

    Subclasses say which events they show (`calendar_events`) and, if they span
    several Sozialräume, how to look those up (`calendar_sozialraeume`).
    """

    calendar_with_sozialraum_filter = False

    def calendar_events(self):
        raise NotImplementedError

    def calendar_sozialraeume(self):
        """A `SozialraumLookup` for a calendar across Sozialräume; None for one Sozialraum's calendar."""
        return None

    def calendar_name(self):
        return self.title

    def calendar_filename(self):
        return "veranstaltungen"

    def calendar_filters(self, request):
        return EventFilterForm(request.GET, with_sozialraum=self.calendar_with_sozialraum_filter)

    def calendar_base(self, request):
        filters = self.calendar_filters(request)
        sozialraeume = self.calendar_sozialraeume()
        events = filters.apply(self.calendar_events(), sozialraeume)
        base_url = self.get_url(request)
        feed_query = filters.query(period=None, date_from=None, date_to=None, month=None, page_start=None)
        feed_path = self.reverse_subpage("feed") + (f"?{feed_query}" if feed_query else "")
        feed_full_url = self.get_full_url(request) + feed_path
        return (
            filters,
            sozialraeume,
            events,
            {
                "filters": filters,
                "notices": filters.messages,
                "show_sozialraum": sozialraeume is not None,
                # The other views keep the filters, but not the list's page.
                "nav_query": filters.query(page_start=None),
                "calendar_url": base_url,
                "feed_url": base_url + feed_path,
                "feed_full_url": feed_full_url,
                # webcal:// makes a click open the calendar program's "subscribe" dialog.
                "webcal_url": "webcal://" + feed_full_url.split("://", 1)[1],
                "month_url": base_url + self.reverse_subpage("month"),
                "archive_url": base_url + self.reverse_subpage("archive"),
                "print_url": base_url + self.reverse_subpage("programme"),
            },
        )

    @staticmethod
    def _attach(sozialraeume, days):
        if sozialraeume is not None:
            for _day, items in days:
                sozialraeume.attach([event for event, _occurrence in items])
        return days

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        match = getattr(request, "routable_resolver_match", None)
        if match is None or match.url_name == "index_route":  # the upcoming list, or its preview
            context.update(self.list_context(request))
        return context

    def list_context(self, request):
        """The list: the requested range (`first_day`, `last_day`) two weeks at a time, day by day."""
        filters, sozialraeume, events, context = self.calendar_base(request)
        first, last = filters.window(timezone.localdate())
        page = day_page(first, last, filters.value("page_start"))
        # The dates of the two weeks are worked out first, the events loaded only for those shown.
        days = schedules_by_day(events, page.first, page.last)
        dates, notices = paginate(
            request, [(day, entry) for day, items in days for entry in items], per_page=LIST_PAGE_SIZE
        )
        dates.object_list = with_events(events, dates.object_list)
        if page.outside:
            notices.insert(0, OUTSIDE_NOTICES[page.outside])
        context.update(
            days=self._attach(sozialraeume, regroup(dates)),
            results=dates,
            first_day=first,
            last_day=last,
            page_first_day=page.first,
            page_last_day=page.last,
            earlier_query=page.earlier and filters.query(page_start=self._page_start(page.earlier, first)),
            later_query=page.later and filters.query(page_start=page.later.isoformat()),
            notices=[*context["notices"], *notices],
            view="list",
        )
        return context

    @staticmethod
    def _page_start(day, first):
        """The "ab" of a link to the page starting on `day`: none for the first page, one address for it."""
        return day.isoformat() if day > first else None

    def month_context(self, request, every_day=False):
        """The month's dates; `every_day` lists a multi-day date on each of its days (the table)."""
        filters, sozialraeume, events, context = self.calendar_base(request)
        year, month = filters.month_shown(timezone.localdate())
        first, last = month_bounds(year, month)
        days = self._attach(sozialraeume, occurrences_by_day(events, first, last, every_day=every_day))
        weeks = month_weeks(year, month, days)
        for cell in (cell for week in weeks for cell in week if cell["more"]):
            day = cell["date"].isoformat()
            cell["more_query"] = filters.query(
                date_from=day, date_to=day, month=None, period=None, page_start=None
            )
        context.update(
            days=days,
            weeks=weeks,
            month_start=first,
            # A date running over several days is one date, however many cells show it.
            occurrence_count=len({(event.pk, o.start) for _day, items in days for event, o in items}),
            previous_query=filters.query(month=add_months(first, -1).strftime("%Y-%m"), page_start=None),
            next_query=filters.query(month=add_months(first, 1).strftime("%Y-%m"), page_start=None),
            view="month",
        )
        return context

    # A refused filter makes these views a 400 (FilterStatusMixin); they still render.

    @path("monat/", name="month")
    def month(self, request):
        context = self.month_context(request, every_day=True)
        return self.render(request, context_overrides=context, template="pages/event_index_page_month.html")

    @path("programm/", name="programme")
    def programme(self, request):
        context = self.month_context(request)
        context.update(printed_on=timezone.localdate(), calendar_full_url=self.get_full_url(request))
        return self.render(request, context_overrides=context, template="pages/event_index_page_print.html")

    @path("archiv/", name="archive")
    def archive(self, request):
        _filters, sozialraeume, events, context = self.calendar_base(request)
        past = events.filter(series_end__lt=timezone.now()).select_related("image").order_by("-series_end")
        results, notices = paginate(request, past)
        if sozialraeume is not None:
            sozialraeume.attach(results)
        context.update(results=results, notices=[*context["notices"], *notices], view="archive")
        return self.render(request, context_overrides=context, template="pages/event_index_page_archive.html")

    @path("ical/", name="feed")
    def feed(self, request):
        filters = self.calendar_filters(request)
        if filters.errors:
            return HttpResponse(
                "\n".join(str(message) for message in filters.messages),
                status=400,
                content_type="text/plain; charset=utf-8",
            )
        events = (
            filters.apply(self.calendar_events(), self.calendar_sozialraeume())
            .filter(series_end__gte=timezone.now() - FEED_HISTORY)
            .select_related("venue")
            .prefetch_related("occurrence_changes")
        )
        calendar = calendar_for(events, self.calendar_name(), request)
        # Inline, not as an attachment: calendar programs that subscribed fetch it again and again.
        return ical_response(calendar, self.calendar_filename(), attachment=False)
