"""Whether an entry is open at a moment, and when that answer changes next.

`is_open_at` is the rule of `OrganisationQuerySet.open_at` on an entry's prefetched slots and
closures. A page that shows "jetzt geöffnet" lasts in the page cache (pagecache.freshness) only
until the next opening or closing time, or the time from which a portal closure day closes.
"""

import datetime

from django.utils import timezone

from pagecache import freshness

from . import closures
from .holidays import holiday_name


def first_change_after(moment, times):
    """The first of `times` (times of day) after `moment` on the same day in Berlin, or None."""
    local = timezone.localtime(moment)
    later = sorted(time for time in times if time > local.time())
    if not later:
        return None
    return datetime.datetime.combine(local.date(), later[0], tzinfo=local.tzinfo)


def next_change(entry, moment):
    """The first moment after `moment`, today, at which `is_open_at` may answer otherwise, or None.

    A new day (holidays, closures) begins at midnight, when every cached page expires anyway.
    """
    times = {time for slot in entry.opening_slots.all() for time in (slot.opens, slot.closes)}
    closure = closures.portal_closure_on(timezone.localtime(moment).date())
    if closure is not None and closure.closed_from is not None:
        times.add(closure.closed_from)
    return first_change_after(moment, times)


def note_next_change_of_any(moment, slots):
    """For the filter "jetzt geöffnet": the list changes when any of the `slots` opens or closes."""
    if freshness.wanted():
        times = slots.values_list("opens", "closes").distinct()
        freshness.changes_at(first_change_after(moment, {time for pair in times for time in pair}))


def is_open_at(entry, moment):
    local = timezone.localtime(moment)
    day, now = local.date(), local.time()
    freshness.changes_at(next_change(entry, moment))
    if entry.is_closed_on(day) or entry.closure_on(day):
        return False
    yesterday = day - datetime.timedelta(days=1)
    today_closed = entry.closed_on_holidays and closures.closed_for_holiday_keepers(day, now)
    yesterday_closed = entry.closure_on(yesterday) is not None or (
        entry.closed_on_holidays and bool(holiday_name(yesterday) or closures.portal_closure_on(yesterday))
    )
    for slot in entry.opening_slots.all():
        if slot.weekday == day.weekday() and slot.opens <= now and (slot.closes > now or slot.overnight):
            if not today_closed:
                return True
        if slot.weekday == yesterday.weekday() and slot.overnight and slot.closes > now:
            if not yesterday_closed:
                return True
    return False
