"""Public holidays in Nordrhein-Westfalen, for "jetzt geöffnet" (most offices close on them)."""

import datetime
from functools import cache

from dateutil.easter import easter


@cache
def nrw_holidays(year):
    """The statutory public holidays of NRW in the year."""
    sunday = easter(year)
    days = {
        datetime.date(year, 1, 1): "Neujahr",
        sunday - datetime.timedelta(days=2): "Karfreitag",
        sunday + datetime.timedelta(days=1): "Ostermontag",
        datetime.date(year, 5, 1): "Tag der Arbeit",
        sunday + datetime.timedelta(days=39): "Christi Himmelfahrt",
        sunday + datetime.timedelta(days=50): "Pfingstmontag",
        sunday + datetime.timedelta(days=60): "Fronleichnam",
        datetime.date(year, 10, 3): "Tag der Deutschen Einheit",
        datetime.date(year, 11, 1): "Allerheiligen",
        datetime.date(year, 12, 25): "1. Weihnachtstag",
        datetime.date(year, 12, 26): "2. Weihnachtstag",
    }
    return days


def holiday_name(day):
    """The name of the public holiday on `day`, or None."""
    return nrw_holidays(day.year).get(day)
