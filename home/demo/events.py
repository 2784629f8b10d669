"""Demo events: the regular dates of a Sozialraum, with a holiday, a cancelled and a moved date."""

import datetime

from django.utils import timezone

from veedel.recurrence import BERLIN


def next_weekday(start, weekday, weeks=0):
    return start + datetime.timedelta(days=(weekday - start.weekday()) % 7 + 7 * weeks)


def at(day, hour, minute=0):
    return datetime.datetime.combine(day, datetime.time(hour, minute), BERLIN)


def nth_weekday_on_or_after(start, weekday, nth):
    """The next date from `start` that is the nth (or, for -1, the last) given weekday of its month."""
    day = start
    while True:
        same = [
            d
            for d in range(1, 32)
            if _valid(day.year, day.month, d) and datetime.date(day.year, day.month, d).weekday() == weekday
        ]
        target = same[nth - 1] if nth > 0 else same[-1]
        candidate = datetime.date(day.year, day.month, target)
        if candidate >= start:
            return candidate
        day = (day.replace(day=1) + datetime.timedelta(days=32)).replace(day=1)


def _valid(year, month, day):
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def demo_events(sozialraum):
    """Event page field values (and occurrence changes) for one Sozialraum, relative to today."""
    today = timezone.localdate()
    name = sozialraum.name
    tuesday = next_weekday(today, 1)
    thursday = next_weekday(today, 3)
    monday = next_weekday(today, 0)
    saturday = next_weekday(today, 5, weeks=3)
    conference = nth_weekday_on_or_after(today, 1, 2)
    # The conference's second date moves a week later: the hall is booked.
    next_conference = nth_weekday_on_or_after(conference + datetime.timedelta(days=1), 1, 2)
    repair = nth_weekday_on_or_after(today, 5, -1)
    until = today + datetime.timedelta(days=120)
    return [
        {
            "title": "Sprechstunde der Sozialraumkoordination",
            "teaser": f"Sie haben eine Frage, eine Idee oder ein Anliegen für {name}? Kommen Sie vorbei.",
            "start": at(tuesday, 10),
            "end": at(tuesday, 12),
            "repeat": "weekly",
            "repeat_weekdays": "TU",
            "repeat_until": until,
            "place_name": "Büro der Sozialraumkoordination",
            "is_free": True,
            "step_free": True,
            "languages": "de,en,tr",
            "topics": ["engagement", "soziales"],
            "target_groups": ["alle"],
            "changes": [
                (tuesday + datetime.timedelta(weeks=2), "cancel", None, None, "Fortbildung des Teams"),
                (tuesday + datetime.timedelta(weeks=4), "exclude", None, None, "Feiertag"),
            ],
        },
        {
            "title": "Stadtteilkonferenz",
            "teaser": "Vereine, Einrichtungen und Menschen aus dem Veedel besprechen, was ansteht.",
            "start": at(conference, 18),
            "end": at(conference, 20),
            "repeat": "monthly_weekday",
            "repeat_nth": 2,
            "repeat_count": 6,
            "place_name": "Bürgerhaus im Veedel",
            "is_free": True,
            "step_free": True,
            "hearing_loop": True,
            "topics": ["gemeinwesen-politik", "engagement"],
            "target_groups": ["alle"],
            "changes": [
                (
                    next_conference,
                    "move",
                    at(next_conference + datetime.timedelta(days=7), 18),
                    at(next_conference + datetime.timedelta(days=7), 20),
                    "Der Saal ist an diesem Tag belegt.",
                )
            ],
        },
        {
            "title": "Seniorencafé",
            "teaser": "Kaffee, Kuchen und gute Gespräche – jede Woche am Donnerstag.",
            "start": at(thursday, 14, 30),
            "end": at(thursday, 16, 30),
            "repeat": "weekly",
            "repeat_weekdays": "TH",
            "repeat_until": until,
            "place_name": "Gemeindesaal",
            "is_free": False,
            "price": "Kaffee und Kuchen 2 €",
            "step_free": True,
            "accessible_toilet": True,
            "topics": ["senioren"],
            "target_groups": ["senioren"],
        },
        {
            "title": "Hausaufgabenhilfe",
            "teaser": "Ehrenamtliche helfen Kindern bei den Hausaufgaben. Ohne Anmeldung.",
            "start": at(monday, 15),
            "end": at(monday, 17),
            "repeat": "weekly",
            "repeat_weekdays": "MO,WE",
            "repeat_until": until,
            "place_name": "Stadtteilbibliothek",
            "is_free": True,
            "languages": "de,ar,tr",
            "topics": ["bildung", "kinder-jugend-familie"],
            "target_groups": ["kinder"],
        },
        {
            "title": "Repair-Café",
            "teaser": "Kaputt? Nicht wegwerfen! Gemeinsam reparieren wir Radios, Lampen und Kleidung.",
            "start": at(repair, 11),
            "end": at(repair, 15),
            "repeat": "monthly_weekday",
            "repeat_nth": -1,
            "repeat_count": 5,
            "place_name": "Jugendzentrum",
            "is_free": True,
            "topics": ["klima-umwelt"],
            "target_groups": ["alle"],
        },
        {
            "title": "Veedelsfest",
            "teaser": f"Musik, Essen aus vielen Ländern und Spiele für Kinder: das Fest für ganz {name}.",
            "start": at(saturday, 12),
            "end": at(saturday, 18),
            "place_name": "Marktplatz",
            "is_free": True,
            "step_free": True,
            "accessible_toilet": True,
            "topics": ["kultur", "engagement"],
            "target_groups": ["familien", "alle"],
        },
    ]
