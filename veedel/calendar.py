"""What every calendar page shows: filters from the URL, date windows, the month grid, and its views.

A Sozialraum's "Veranstaltungen" and the city-wide calendar on the landing
site share `CalendarViews`; they differ only in which events they start
from (`calendar_events`) and whether the Sozialraum filter is offered.
Events are found in SQL by the window they touch and expanded in Python
only inside it, so every view costs a fixed number of queries.
"""

import calendar as pycalendar
import datetime

from django import forms
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.contrib.routable_page.models import path

from .ical import calendar_for, ical_response
from .listings import (
    FilteredIndexMixin,
    SozialraumDirectory,
    VocabularyFilterForm,
    paginate,
    rendition_prefetch,
)
from .localization import active_locale
from .recurrence import BERLIN

UPCOMING_DAYS = 56
TEASER_DAYS = 21
LIST_PAGE_SIZE = 100
MONTH_CELL_LIMIT = 8
LONGEST_RANGE = datetime.timedelta(days=366)
FIRST_YEAR, LAST_YEAR = 2000, 2100
# Feeds keep past series for a while, so calendars that subscribed keep their history.
FEED_HISTORY = datetime.timedelta(days=90)
RANGE_CHOICES = [
    ("", gettext_lazy("Die nächsten Wochen")),
    ("heute", gettext_lazy("Heute")),
    ("woche", gettext_lazy("Diese Woche")),
    ("wochenende", gettext_lazy("Dieses Wochenende")),
    ("monat", gettext_lazy("Diesen Monat")),
]
DATE_ERRORS = {"invalid": gettext_lazy("Bitte geben Sie ein Datum ein, zum Beispiel 24.12.2026.")}


def day_start(day):
    return datetime.datetime.combine(day, datetime.time.min, BERLIN)


def day_end(day):
    return datetime.datetime.combine(day, datetime.time.max, BERLIN)


def month_bounds(year, month):
    last = pycalendar.monthrange(year, month)[1]
    return datetime.date(year, month, 1), datetime.date(year, month, last)


def add_months(day, months):
    index = day.year * 12 + day.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


def date_field(label):
    """A date picker that also takes a typed German date."""
    return forms.DateField(
        label=label,
        required=False,
        input_formats=["%Y-%m-%d", "%d.%m.%Y"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages=DATE_ERRORS,
    )


class EventFilterForm(VocabularyFilterForm):
    """The calendar's filters. Invalid values are reported next to their field and left out."""

    zeitraum = forms.ChoiceField(label=gettext_lazy("Wann?"), choices=RANGE_CHOICES, required=False)
    von = date_field(gettext_lazy("Von"))
    bis = date_field(gettext_lazy("Bis"))
    kostenlos = forms.BooleanField(label=gettext_lazy("nur kostenlose"), required=False)
    stufenlos = forms.BooleanField(label=gettext_lazy("nur stufenlos erreichbare"), required=False)
    monat = forms.RegexField(
        regex=r"^\d{4}-\d{2}$",
        required=False,
        widget=forms.HiddenInput,
        error_messages={"invalid": gettext_lazy("Diesen Monat gibt es im Kalender nicht.")},
    )

    def clean_monat(self):
        value = self.cleaned_data["monat"]
        if not value:
            return None
        year, month = int(value[:4]), int(value[5:])
        if not (FIRST_YEAR <= year <= LAST_YEAR and 1 <= month <= 12):
            raise forms.ValidationError(self.fields["monat"].error_messages["invalid"])
        return year, month

    def _clean_day(self, name):
        value = self.cleaned_data[name]
        if value and not FIRST_YEAR <= value.year <= LAST_YEAR:
            raise forms.ValidationError(
                _("Bitte wählen Sie ein Datum zwischen %(first)s und %(last)s.")
                % {"first": FIRST_YEAR, "last": LAST_YEAR}
            )
        return value

    def clean_von(self):
        return self._clean_day("von")

    def clean_bis(self):
        return self._clean_day("bis")

    def clean(self):
        cleaned = super().clean()
        von, bis = cleaned.get("von"), cleaned.get("bis")
        if von and bis and bis < von:
            self.add_error("bis", _("„Bis“ liegt vor „Von“. Bitte prüfen Sie die beiden Daten."))
        elif von and bis and bis - von > LONGEST_RANGE:
            self.add_error("bis", _("Bitte wählen Sie höchstens ein Jahr auf einmal."))
            cleaned.pop("von", None)  # show the coming weeks rather than a guess at the range
        return cleaned

    # What the filters select ------------------------------------------------------------

    def window(self, today):
        """First and last day of the requested range (both inclusive)."""
        von, bis = self.value("von"), self.value("bis")
        if von or bis:
            first = von or min(today, bis)
            return first, bis or first + datetime.timedelta(days=UPCOMING_DAYS - 1)
        period = self.value("zeitraum")
        if period == "heute":
            return today, today
        if period == "woche":
            return today, today + datetime.timedelta(days=6 - today.weekday())
        if period == "wochenende":
            saturday = today + datetime.timedelta(days=max(0, 5 - today.weekday()))
            return saturday, today + datetime.timedelta(days=6 - today.weekday())
        if period == "monat":
            return today, month_bounds(today.year, today.month)[1]
        return today, today + datetime.timedelta(days=UPCOMING_DAYS - 1)

    def month(self, today):
        return self.value("monat") or (today.year, today.month)

    def apply(self, queryset, directory=None):
        """The events that match every valid filter (dates aside)."""
        queryset = self.apply_vocabularies(queryset)
        if self.value("kostenlos"):
            queryset = queryset.filter(is_free=True)
        if self.value("stufenlos"):
            queryset = queryset.filter(step_free=True)
        if (slug := self.value("veedel")) and directory is not None:
            root = directory.root(slug, active_locale())
            queryset = queryset.filter(path__startswith=root.path) if root else queryset.none()
        return queryset

    def url_value(self, name, value):
        if name == "monat" and value:
            return f"{value[0]:04d}-{value[1]:02d}"
        return super().url_value(name, value)


def candidates(events, first_day, last_day):
    """The events that touch the days, with what a calendar entry shows, in a fixed number of queries."""
    return (
        events.filter(start__lte=day_end(last_day), series_end__gte=day_start(first_day))
        .select_related("image", "venue")
        .prefetch_related("occurrence_changes", rendition_prefetch("image"))
    )


def occurrences_by_day(events, first_day, last_day):
    """[(date, [(event, occurrence), ...]), ...], every series expanded only between the two days."""
    window_start, window_end = day_start(first_day), day_end(last_day)
    days = {}
    for event in candidates(events, first_day, last_day):
        for occurrence in event.occurrences(window_start, window_end):
            # A multi-day event is listed on the days of the window it spans.
            day = max(occurrence.start.date(), first_day)
            days.setdefault(day, []).append((event, occurrence))
    return [(day, sorted(items, key=lambda item: item[1].start)) for day, items in sorted(days.items())]


def regroup(dates):
    """[(date, (event, occurrence)), ...] back into [(date, [(event, occurrence), ...]), ...]."""
    days = []
    for day, entry in dates:
        if days and days[-1][0] == day:
            days[-1][1].append(entry)
        else:
            days.append((day, [entry]))
    return days


def next_occurrences(events, limit, days=TEASER_DAYS):
    """The next `limit` dates from now on that take place (cancelled dates are left out of teasers)."""
    now = timezone.now()
    today = timezone.localdate()
    items = [
        (event, occurrence)
        for _day, entries in occurrences_by_day(events, today, today + datetime.timedelta(days=days))
        for event, occurrence in entries
        if occurrence.end >= now and not occurrence.cancelled and event.status != "cancelled"
    ]
    return items[:limit]


def month_weeks(year, month, days):
    """The month as weeks (Monday first) of seven cells: {"date", "in_month", "items", "more"}.

    A busy day shows its first dates and how many more there are; the list view has them all.
    """
    by_day = dict(days)
    weeks = []
    for week in pycalendar.Calendar(firstweekday=0).monthdatescalendar(year, month):
        cells = []
        for day in week:
            items = by_day.get(day, [])
            cells.append(
                {
                    "date": day,
                    "in_month": day.month == month,
                    "items": items[:MONTH_CELL_LIMIT],
                    "more": max(0, len(items) - MONTH_CELL_LIMIT),
                }
            )
        weeks.append(cells)
    return weeks


class CalendarViews(FilteredIndexMixin):
    """Upcoming list (the page itself), month, archive, printable programme and iCal feed.

    Subclasses say which events they show (`calendar_events`) and whether the
    Sozialraum filter is offered (`calendar_with_sozialraum_filter`).
    """

    calendar_with_sozialraum_filter = False
    calendar_show_sozialraum = False

    def calendar_events(self):
        raise NotImplementedError

    def calendar_name(self):
        return self.title

    def calendar_base(self, request):
        filters = EventFilterForm(request.GET, with_sozialraum=self.calendar_with_sozialraum_filter)
        directory = SozialraumDirectory() if self.calendar_show_sozialraum else None
        events = filters.apply(self.calendar_events(), directory)
        base_url = self.get_url(request)
        feed_query = filters.query(zeitraum=None, von=None, bis=None, monat=None)
        return (
            filters,
            directory,
            events,
            {
                "filters": filters,
                "notices": filters.messages,
                "show_sozialraum": self.calendar_show_sozialraum,
                "calendar_url": base_url,
                "feed_url": base_url
                + self.reverse_subpage("feed")
                + (f"?{feed_query}" if feed_query else ""),
                "month_url": base_url + self.reverse_subpage("month"),
                "archive_url": base_url + self.reverse_subpage("archive"),
                "print_url": base_url + self.reverse_subpage("programme"),
            },
        )

    def _attach(self, directory, days):
        if directory is not None:
            for _day, items in days:
                directory.attach([event for event, _occurrence in items])
        return days

    def calendar_render(self, request, filters, context, template):
        response = self.render(request, context_overrides=context, template=template)
        if filters.errors:
            response.status_code = 400
        return response

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        match = getattr(request, "routable_resolver_match", None)
        if match is None or match.url_name == "index_route":  # the upcoming list, or its preview
            filters, directory, events, base = self.calendar_base(request)
            first, last = filters.window(timezone.localdate())
            dates, notices = paginate(
                request,
                [(day, entry) for day, items in occurrences_by_day(events, first, last) for entry in items],
                per_page=LIST_PAGE_SIZE,
            )
            days = self._attach(directory, regroup(dates))
            context.update(base, days=days, results=dates, first_day=first, last_day=last, view="list")
            context["notices"] = [*base["notices"], *notices]
        return context

    def month_context(self, request):
        filters, directory, events, context = self.calendar_base(request)
        year, month = filters.month(timezone.localdate())
        first, last = month_bounds(year, month)
        days = self._attach(directory, occurrences_by_day(events, first, last))
        weeks = month_weeks(year, month, days)
        for cell in (cell for week in weeks for cell in week if cell["more"]):
            day = cell["date"].isoformat()
            cell["more_query"] = filters.query(von=day, bis=day, monat=None, zeitraum=None)
        context.update(
            days=days,
            weeks=weeks,
            month_start=first,
            occurrence_count=sum(len(items) for _day, items in days),
            previous_query=filters.query(monat=add_months(first, -1).strftime("%Y-%m")),
            next_query=filters.query(monat=add_months(first, 1).strftime("%Y-%m")),
            view="month",
        )
        return filters, context

    @path("monat/", name="month")
    def month(self, request):
        filters, context = self.month_context(request)
        return self.calendar_render(request, filters, context, "pages/event_index_page_month.html")

    @path("programm/", name="programme")
    def programme(self, request):
        filters, context = self.month_context(request)
        context.update(printed_on=timezone.localdate(), calendar_full_url=self.get_full_url(request))
        return self.calendar_render(request, filters, context, "pages/event_index_page_print.html")

    @path("archiv/", name="archive")
    def archive(self, request):
        filters, directory, events, context = self.calendar_base(request)
        past = events.filter(series_end__lt=timezone.now()).select_related("image").order_by("-series_end")
        results, notices = paginate(request, past)
        if directory is not None:
            directory.attach(results)
        context.update(results=results, notices=[*context["notices"], *notices], view="archive")
        return self.calendar_render(request, filters, context, "pages/event_index_page_archive.html")

    @path("ical/", name="feed")
    def feed(self, request):
        filters = EventFilterForm(request.GET, with_sozialraum=self.calendar_with_sozialraum_filter)
        if filters.errors:
            return HttpResponse(
                "\n".join(str(message) for message in filters.messages),
                status=400,
                content_type="text/plain; charset=utf-8",
            )
        directory = SozialraumDirectory() if self.calendar_with_sozialraum_filter else None
        events = (
            filters.apply(self.calendar_events(), directory)
            .filter(series_end__gte=timezone.now() - FEED_HISTORY)
            .select_related("venue")
            .prefetch_related("occurrence_changes")
        )
        calendar = calendar_for(events, self.calendar_name(), request)
        return ical_response(calendar, self.calendar_filename())

    def calendar_filename(self):
        return "veranstaltungen"
