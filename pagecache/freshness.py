"""When a response stops being true: the moments at which time alone changes a page.

A view (or a model method it calls) that shows something depending on the current time – the
next dates of a calendar, "jetzt geöffnet" – calls `changes_at(moment)` with the moment its
output changes next. The page cache keeps the response until the earliest of those moments and
the next midnight in Berlin (dates like "heute" and every day-based list change then).
Outside a cached request the calls do nothing.
"""

import contextvars
import datetime
from contextlib import contextmanager

from django.utils import timezone

_moments = contextvars.ContextVar("pagecache_moments", default=None)


def wanted():
    """Whether a cached request is being built, for callers whose moment costs a query."""
    return _moments.get() is not None


def changes_at(moment):
    """Note that the response being built changes at `moment` (an aware datetime; None is ignored)."""
    moments = _moments.get()
    if moments is not None and moment is not None:
        moments.append(moment)


@contextmanager
def collecting():
    """Collect the moments noted while the block runs; yields the list."""
    moments = []
    token = _moments.set(moments)
    try:
        yield moments
    finally:
        _moments.reset(token)


def next_midnight(now):
    local = timezone.localtime(now)
    tomorrow = local.date() + datetime.timedelta(days=1)
    return datetime.datetime.combine(tomorrow, datetime.time.min, tzinfo=local.tzinfo).astimezone(
        datetime.UTC
    )


def seconds_until_change(moments, now, longest):
    """Seconds from `now` to the first change: the noted moments, midnight, at most `longest`."""
    upcoming = [moment for moment in moments if moment > now]
    first = min([next_midnight(now), *upcoming])
    return max(1, min(longest, int((first - now).total_seconds())))
