"""iCalendar (RFC 5545) feeds for events, made with the `icalendar` library.

A series is one VEVENT with RRULE and EXDATE; each cancelled or moved date
is a further VEVENT with the same UID and a RECURRENCE-ID, so calendar
programs show exactly the dates the portal shows.
"""

import datetime

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.html import strip_tags
from icalendar import Calendar, Event, vRecur

from .recurrence import BERLIN, local

PRODID = "-//Sozialraumkoordination Köln//Veedel-Portal//DE"


def event_uid(event):
    # The translation key is shared by all language versions and survives renames and moves.
    return f"{event.translation_key}@{settings.PORTAL_DOMAIN}"


def _times(component, event, start, end):
    if event.all_day:
        component.add("dtstart", local(start).date())
        component.add("dtend", local(end).date() + datetime.timedelta(days=1))
    else:
        component.add("dtstart", local(start))
        component.add("dtend", local(end))


def _base(event, url):
    component = Event()
    component.add("uid", event_uid(event))
    component.add("summary", event.title)
    component.add("dtstamp", event.last_published_at or event.first_published_at or timezone.now())
    if event.teaser or event.description:
        component.add("description", event.teaser or strip_tags(event.description))
    location = ", ".join(part for part in (event.place_title, event.address_line) if part)
    if location or event.online_link:
        component.add("location", location or event.online_link)
    if url:
        component.add("url", url)
    return component


def event_components(event, url=None):
    """The VEVENTs of one event: the series, then one per cancelled or moved date."""
    main = _base(event, url)
    _times(main, event, event.start, event.end)
    main.add("status", "CANCELLED" if event.status == "cancelled" else "CONFIRMED")
    if event.rrule:
        main.add("rrule", vRecur.from_ical(event.rrule))
    rows = event.change_rows()
    start_time = local(event.start).timetz()

    def original(day):
        # RFC 5545: EXDATE and RECURRENCE-ID have the value type of DTSTART (a date for all-day events).
        return day if event.all_day else datetime.datetime.combine(day, start_time)

    excluded = [original(row[0]) for row in rows if row[1] == "exclude"]
    if excluded:
        main.add("exdate", excluded)
    components = [main]
    duration = event.end - event.start
    for original_date, action, new_start, new_end, reason in rows:
        if action == "exclude" or not event.rrule:
            continue
        original_start = datetime.datetime.combine(original_date, start_time)
        override = _base(event, url)
        override.add("recurrence-id", original(original_date))
        if action == "cancel":
            _times(override, event, original_start, original_start + duration)
            override.add("status", "CANCELLED")
        else:
            _times(override, event, new_start, new_end or new_start + duration)
            override.add("status", "CONFIRMED")
        if reason:
            override.add("comment", reason)
        components.append(override)
    return components


def calendar_for(events, name, request=None):
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", str(BERLIN))
    for event in events:
        for component in event_components(event, event.get_full_url(request)):
            calendar.add_component(component)
    calendar.add_missing_timezones()
    return calendar


def ical_response(calendar, filename, attachment=True):
    """The calendar as a download (one event's .ics) or, with attachment=False, inline (a subscribed feed)."""
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'{"attachment" if attachment else "inline"}; filename="{filename}.ics"'
    return response
