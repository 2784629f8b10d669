"""Public holidays in Nordrhein-Westfalen, for "jetzt geöffnet" (most offices close on them).

The dates come from the `holidays` package (Germany, subdivision NW); the
names are the package's German ones, except where this portal has always
said it differently.
"""

from functools import cache

import holidays

# The package's German name -> the name the portal shows.
NAMES = {
    "Erster Mai": "Tag der Arbeit",
    "Erster Weihnachtstag": "1. Weihnachtstag",
    "Zweiter Weihnachtstag": "2. Weihnachtstag",
}


@cache
def nrw_holidays(year):
    """The statutory public holidays of NRW in the year, as {date: German name}."""
    days = holidays.country_holidays("DE", subdiv="NW", years=year, language="de")
    # Two holidays on one day come as "Christi Himmelfahrt; Erster Mai".
    return {day: "; ".join(NAMES.get(part, part) for part in name.split("; ")) for day, name in days.items()}


def holiday_name(day):
    """The name of the public holiday on `day`, or None."""
    return nrw_holidays(day.year).get(day)
