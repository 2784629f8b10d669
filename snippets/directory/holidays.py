"""Public holidays in Nordrhein-Westfalen, for "jetzt geöffnet" (most offices close on them).

The dates come from the `holidays` package (Germany, subdivision NW); the
names are the package's German ones, except where this portal has always
said it differently. For readers the package also names them in English;
in other languages the name stays German (`reader_holiday_name`).
"""

from functools import cache

import holidays
from django.conf import settings
from django.utils import translation

# Our language -> the package's language for Germany's holidays (it has de, en_US, th, uk).
PACKAGE_LANGUAGES = {"en": "en_US"}

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


@cache
def _package_names(year, language):
    return dict(holidays.country_holidays("DE", subdiv="NW", years=year, language=language))


def reader_holiday_name(day):
    """(name, language of the name) of the holiday on `day` for the active language, or (None, None).

    In a language the package does not name German holidays in, the name is the German one.
    """
    language = translation.get_language() or settings.LANGUAGE_CODE
    if language in PACKAGE_LANGUAGES:
        name = _package_names(day.year, PACKAGE_LANGUAGES[language]).get(day)
        return (name, language) if name else (None, None)
    name = holiday_name(day)
    return (name, settings.LANGUAGE_CODE) if name else (None, None)
