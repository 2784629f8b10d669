"""Demo events: eighteen dates per Sozialraum over the coming two months.

Six regular offers every Sozialraum has (with a holiday, a cancelled and a
moved date), eight further events every Sozialraum has in its own variant and
four chosen from a pool. Which pool events, which weekday, time and place and
which event is cancelled or moved depend on the Sozialraum's slug, so the
eleven calendars differ, but never on chance: the demo is built idempotently.
Dates are relative to today and avoid the public holidays of NRW, the days
between Christmas and New Year and the high days of Cologne's Karneval.
"""

import datetime
import zlib

from dateutil.easter import easter
from django.utils import timezone

from veedel.calendar.recurrence import BERLIN, WEEKDAYS, build_rrule, series_starts

MO, TU, WE, TH, FR, SA, SU = range(7)
WEEKDAY_NAMES = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
MONTH_NAMES = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)
# How far ahead the demo calendar reaches: single events stay inside, series may run on.
HORIZON_DAYS = 60
POOL_SIZE = 4
POOL_STEP = 3

# Generic kinds of places, with what they usually offer: no real addresses, no real houses.
PLACES = {
    "buergerhaus": {
        "place_name": "Bürgerhaus im Veedel, großer Saal",
        "step_free": True,
        "accessible_toilet": True,
        "hearing_loop": True,
    },
    "familienzentrum": {
        "place_name": "Familienzentrum",
        "step_free": True,
        "accessible_toilet": True,
        "accessibility_note": "Im Eingang ist Platz für Kinderwagen.",
    },
    "bibliothek": {
        "place_name": "Stadtteilbibliothek",
        "step_free": True,
        "hearing_loop": True,
        "accessibility_note": "Der stufenlose Eingang mit Rampe ist an der Seite des Hauses.",
    },
    "jugendzentrum": {
        "place_name": "Jugendzentrum",
        "accessibility_note": "Der Raum ist im ersten Stock. Es gibt leider keinen Aufzug.",
    },
    "pfarrsaal": {
        "place_name": "Pfarrsaal der Kirchengemeinde",
        "accessible_toilet": True,
        "accessibility_note": "Drei Stufen am Eingang. Eine mobile Rampe ist da: Bitte fragen Sie vor Ort.",
    },
    "begegnungszentrum": {
        "place_name": "Begegnungszentrum",
        "step_free": True,
        "accessible_toilet": True,
    },
    "turnhalle": {
        "place_name": "Turnhalle der Grundschule",
        "step_free": True,
        "accessible_toilet": True,
    },
    "park": {
        "place_name": "Stadtteilpark, Treffpunkt am Haupteingang",
        "step_free": True,
        "accessibility_note": "Die Wege sind zum Teil aus Kies und bei Regen weich.",
    },
}


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


def german_date(day, weekday=True):
    """'Samstag, 12. Dezember' (or '12. Dezember'): dates in texts, independent of the active locale."""
    text = f"{day.day}. {MONTH_NAMES[day.month - 1]}"
    return f"{WEEKDAY_NAMES[day.weekday()]}, {text}" if weekday else text


def closed_reason(day):
    """Why nothing takes place on this day (a holiday in NRW, the Christmas break, Karneval), or ""."""
    if (day.month == 12 and day.day >= 24) or (day.month == 1 and day.day == 1):
        return "Weihnachtspause"
    if (day.month, day.day) in {(5, 1), (10, 3), (11, 1)}:
        return "Feiertag"
    offset = (day - easter(day.year)).days
    if offset in {-2, 0, 1, 39, 49, 50, 60}:
        return "Feiertag"
    if offset in {-52, -48}:  # Weiberfastnacht and Rosenmontag: Cologne is out on the streets.
        return "Karneval"
    return ""


def skip_closed_days(event):
    """Add an "exclude" change for every date of a series that falls on a closed day."""
    if not event.get("repeat"):
        return
    rule = build_rrule(
        event["repeat"],
        interval=event.get("repeat_interval") or 1,
        weekdays=event.get("repeat_weekdays", "").split(","),
        nth=event.get("repeat_nth"),
        until=event.get("repeat_until"),
        count=event.get("repeat_count"),
        start=event["start"],
    )
    changes = event.get("changes", [])
    taken = {change[0] for change in changes}
    starts = series_starts(
        event["start"], rule, event["start"], event["start"] + datetime.timedelta(days=366)
    )
    closed = [
        (start.date(), "exclude", None, None, closed_reason(start.date()))
        for start in starts
        if start.date() not in taken and closed_reason(start.date())
    ]
    if closed:
        event["changes"] = [*changes, *closed]


class Veedel:
    """The deterministic variations of one Sozialraum: weekdays, times, places, chosen from its slug."""

    def __init__(self, sozialraum, today):
        self.slug = sozialraum.slug
        self.name = sozialraum.name
        self.today = today
        # "Buchheim, Buchforst" -> ["Buchheim", "Buchforst"]: one part of the area is named in a text.
        # "Humboldt/Gremberg" is one Stadtteil; a street ("Keupstraße") reads wrong after "aus" or "in".
        parts = [part.strip() for part in self.name.split(",")]
        self.parts = [part for part in parts if part and not part.endswith("straße")] or [self.name]
        # Days taken by a big weekend event, starting with the Veedelsfest (see regular_events).
        self.busy = {next_weekday(today, SA, weeks=3)}

    def number(self, salt):
        return zlib.crc32(f"{self.slug}:{salt}".encode())

    def pick(self, salt, options):
        options = list(options)
        return options[self.number(salt) % len(options)]

    def part(self, salt):
        return self.pick(f"{salt}:part", self.parts)

    def open_day(self, day, not_before=None, exclusive=False):
        """`day`, or the nearest week's same weekday that is open and inside the demo's two months.

        Single events end a week before the horizon, so the one that is moved by a week stays inside.
        `exclusive` keeps big weekend events apart from each other and from the Veedelsfest.
        """
        not_before = not_before or self.today + datetime.timedelta(days=1)
        latest = self.today + datetime.timedelta(days=HORIZON_DAYS - 7)
        for weeks in (0, 1, -1, 2, -2, 3, -3):
            candidate = day + datetime.timedelta(weeks=weeks)
            if not not_before <= candidate <= latest or closed_reason(candidate):
                continue
            if exclusive and candidate in self.busy:
                continue
            if exclusive:
                self.busy.add(candidate)
            return candidate
        return day

    def day(self, salt, earliest, weekdays, weeks=range(6), exclusive=False):
        """A day at least `earliest` days from today on one of `weekdays`, some weeks later."""
        weekday = self.pick(f"{salt}:weekday", weekdays)
        extra = self.pick(f"{salt}:weeks", weeks)
        first = self.today + datetime.timedelta(days=earliest)
        return self.open_day(next_weekday(first, weekday, weeks=extra), not_before=first, exclusive=exclusive)

    def series_start(self, salt, weeks_ago, weekdays):
        """The first date of a weekly series that began `weeks_ago` weeks ago (0: the next such day)."""
        weekday = self.pick(f"{salt}:weekday", weekdays)
        day = next_weekday(self.today - datetime.timedelta(weeks=weeks_ago), weekday)
        while closed_reason(day):
            day += datetime.timedelta(weeks=1)
        return day

    def times(self, salt, options):
        return self.pick(f"{salt}:time", options)

    def place(self, salt, kinds):
        return dict(PLACES[self.pick(f"{salt}:place", kinds)])

    def phone(self, salt):
        # The demo's obviously fictitious office numbers, like the contacts in texts.py.
        return f"0221 99 99 4-{10 + self.number(f'{salt}:phone') % 90}"


def timed(day, times):
    """start and end on `day` from ((hour, minute), (hour, minute))."""
    (start_hour, start_minute), (end_hour, end_minute) = times
    return {"start": at(day, start_hour, start_minute), "end": at(day, end_hour, end_minute)}


def demo_events(sozialraum, today=None):
    """Event page field values (and occurrence changes) for one Sozialraum, relative to today."""
    today = today or timezone.localdate()
    veedel = Veedel(sozialraum, today)
    events = regular_events(sozialraum, today)
    events += [make(veedel) for make in EVERY_SOZIALRAUM]
    # Every third pool event from a start that depends on the slug: the pool events spread evenly.
    offset = veedel.number("pool") % len(POOL)
    events += [make(veedel) for make in (POOL[offset:] + POOL[:offset])[::POOL_STEP][:POOL_SIZE]]
    cancel_and_move(veedel, events)
    for event in events:
        skip_closed_days(event)
        event.pop("cancel_reason", None)
        event.pop("move_reason", None)
    return events


def cancel_and_move(veedel, events):
    """One single event of the Sozialraum is cancelled, another moved by a week or two (status and reason)."""
    horizon = veedel.today + datetime.timedelta(days=HORIZON_DAYS)
    cancellable = [event for event in events if event.get("cancel_reason")]
    cancelled = veedel.pick("cancel", cancellable)
    cancelled["status"] = "cancelled"
    cancelled["status_reason"] = cancelled["cancel_reason"]
    movable = []
    for event in events:
        if event is cancelled or not event.get("move_reason"):
            continue
        for weeks in (1, 2, 3):
            shift = datetime.timedelta(weeks=weeks)
            new = event["start"].date() + shift
            if new <= horizon and not closed_reason(new):
                movable.append((event, shift))
                break
    event, shift = veedel.pick("move", movable)
    old = event["start"].date()
    event["start"] += shift
    event["end"] += shift
    event["status"] = "moved"
    reason = event["move_reason"].format(old=german_date(old, weekday=False))
    event["status_reason"] = f"Neuer Termin: {german_date(old + shift)}, {event['start']:%H:%M} Uhr. {reason}"


# -- the six regular offers of every Sozialraum ----------------------------


def regular_events(sozialraum, today):
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
            "organiser": "Sozialraumkoordination",
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
            "organiser": "Sozialraumkoordination",
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
            "organiser": "Seniorennetzwerk im Veedel",
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
            "organiser": "Stadtteilbibliothek",
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
            "organiser": "Repair-Café-Initiative im Veedel",
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
            "organiser": "Interessengemeinschaft der Vereine im Veedel",
            "is_free": True,
            "step_free": True,
            "accessible_toilet": True,
            "topics": ["kultur", "engagement"],
            "target_groups": ["familien", "alle"],
        },
    ]


# -- eight events every Sozialraum has, each in its own variant ------------


def tenant_advice(veedel):
    day = veedel.day("mieter", 8, [MO, TU, TH])
    return {
        "title": "Mieterberatung",
        "teaser": (
            "Ärger mit der Nebenkostenabrechnung, Schimmel in der Wohnung oder eine Mieterhöhung? "
            "Eine Fachkraft für Mietrecht berät Sie kostenlos und vertraulich."
        ),
        "description": (
            "<p>Bitte melden Sie sich vorher an, damit genug Zeit für Ihre Fragen bleibt. "
            "Ein Gespräch dauert etwa 20 Minuten.</p>"
            "<p>Bringen Sie, wenn möglich, Ihren Mietvertrag und die Briefe Ihres Vermieters mit.</p>"
        ),
        **timed(day, veedel.times("mieter", [((10, 0), (12, 0)), ((16, 0), (18, 0)), ((17, 0), (19, 0))])),
        **veedel.place("mieter", ["begegnungszentrum", "buergerhaus"]),
        "organiser": "Beratungsstelle für Mieterinnen und Mieter",
        "is_free": True,
        "registration_required": True,
        "registration_phone": veedel.phone("mieter"),
        "registration_email": f"{veedel.slug}@mieterberatung.example",
        "registration_deadline": day - datetime.timedelta(days=2),
        "languages": veedel.pick("mieter:languages", ["de,tr", "de,ar", "de,ru,uk", "de,en,fr"]),
        "topics": ["wohnen", "soziales"],
        "target_groups": ["alle"],
    }


def reading(veedel):
    day = veedel.day("lesung", 5, [TU, WE, TH])
    teaser = veedel.pick(
        "lesung:teaser",
        [
            "Eine Kölner Autorin liest aus ihrem Roman über drei Generationen in einem Mietshaus. "
            "Danach ist Zeit für Fragen und Gespräche.",
            "Kölsche Geschichten und Gedichte aus hundert Jahren Veedel, gelesen vom Stadtteiltheater. "
            "Danach ist Zeit für Fragen und Gespräche.",
            "Ein Kölner Autor liest aus seinem neuen Krimi. Er spielt in den Straßen rechts und links "
            "des Rheins. Danach ist Zeit für Fragen und Gespräche.",
        ],
    )
    return {
        "title": "Lesung in der Stadtteilbibliothek",
        "teaser": teaser,
        "description": (
            "<p>Ermäßigt zahlen Schülerinnen und Schüler, Studierende und Menschen mit KölnPass. "
            "Karten gibt es an der Abendkasse.</p>"
        ),
        **timed(day, veedel.times("lesung", [((19, 0), (20, 30)), ((19, 30), (21, 0))])),
        **veedel.place("lesung", ["bibliothek"]),
        "organiser": "Stadtteilbibliothek und ihr Förderverein",
        "is_free": False,
        "price": "5 € / ermäßigt 3 €",
        "languages": "de",
        "topics": ["kultur", "bildung"],
        "target_groups": ["alle"],
        "move_reason": "Am {old} ist die Bibliothek wegen der Inventur geschlossen.",
    }


def energy_evening(veedel):
    day = veedel.day("energie", 3, [MO, TU, WE, TH], weeks=range(7))
    return {
        "title": "Infoabend Energiesparen",
        "teaser": (
            "Heizen, Lüften, Strom: Was kann ich in meiner Wohnung tun, damit die Rechnung kleiner wird? "
            "Online von zu Hause aus – Sie brauchen nur ein Handy oder einen Computer."
        ),
        "description": (
            "<p>Sie müssen kein Programm installieren. Klicken Sie kurz vor dem Beginn auf den Link. "
            "Ihre Fragen können Sie im Chat schreiben oder stellen, wenn Sie dran sind.</p>"
            "<p>Der Vortrag wird in Deutsche Gebärdensprache übersetzt und hat Untertitel.</p>"
        ),
        **timed(
            day, veedel.times("energie", [((18, 0), (19, 30)), ((18, 30), (20, 0)), ((19, 0), (20, 30))])
        ),
        "online_link": "https://energieberatung.example/infoabend",
        "organiser": "Energieberatung für Privathaushalte",
        "is_free": True,
        "sign_language": True,
        "accessibility_note": "Mit Untertiteln.",
        "languages": veedel.pick("energie:languages", ["de", "de,en", "de,tr"]),
        "topics": ["klima-umwelt", "wohnen"],
        "target_groups": ["alle"],
    }


def exhibition(veedel):
    """All-day over twelve days, outside the Christmas break (a single holiday just closes the house)."""
    first = veedel.day("ausstellung", 3, [MO], weeks=range(4))
    while any(closed_reason(first + datetime.timedelta(days=n)) == "Weihnachtspause" for n in range(12)):
        first += datetime.timedelta(weeks=1)
    last = first + datetime.timedelta(days=11)
    return {
        "title": "Ausstellung: Unser Veedel in Bildern",
        "teaser": (
            f"Fotos von früher und heute aus {veedel.part('ausstellung')}: Menschen aus dem Veedel "
            f"zeigen ihre Bilder. Vom {german_date(first, weekday=False)} bis "
            f"{german_date(last, weekday=False)}, zu den Öffnungszeiten des Hauses."
        ),
        "start": at(first, 0),
        "end": at(last, 23, 59),
        "all_day": True,
        **veedel.place("ausstellung", ["buergerhaus", "bibliothek", "begegnungszentrum"]),
        "organiser": "Bürgerverein und Sozialraumkoordination",
        "is_free": True,
        "languages": "de",
        "topics": ["kultur", "engagement"],
        "target_groups": ["alle", "senioren"],
    }


def parents_cafe(veedel):
    start = veedel.series_start("elterncafe", 3, [TU, WE, FR])
    until = veedel.today + datetime.timedelta(days=56)
    return {
        "title": "Elterncafé",
        "teaser": (
            "Eltern mit Babys und kleinen Kindern treffen sich, trinken Kaffee und tauschen sich aus. "
            "Eine Fachkraft aus dem Familienzentrum ist da und beantwortet Ihre Fragen."
        ),
        **timed(start, ((9, 0), (11, 0))),
        "repeat": "weekly",
        "repeat_weekdays": WEEKDAYS[start.weekday()],
        "repeat_until": until,
        **veedel.place("elterncafe", ["familienzentrum"]),
        "organiser": "Familienzentrum im Veedel",
        "is_free": True,
        "languages": veedel.pick("elterncafe:languages", ["de,tr,ar", "de,ru,uk", "de,en,fr", "de,ar,ku"]),
        "topics": ["fruehe-hilfen", "kinder-jugend-familie"],
        "target_groups": ["eltern", "familien"],
    }


def womens_breakfast(veedel):
    start = veedel.series_start("fruehstueck", 1, [FR, SA, SU])
    return {
        "title": "Frauenfrühstück",
        "teaser": (
            "Frauen aus vielen Ländern frühstücken zusammen, lernen sich kennen und sprechen über das, "
            "was sie bewegt. Wer mag, bringt etwas zum Essen mit."
        ),
        "description": "<p>Alle zwei Wochen. Kinder werden im Nebenraum betreut.</p>",
        **timed(start, ((10, 0), (12, 0))),
        "repeat": "weekly",
        "repeat_interval": 2,
        "repeat_weekdays": WEEKDAYS[start.weekday()],
        "repeat_count": 5,
        **veedel.place("fruehstueck", ["begegnungszentrum", "familienzentrum", "pfarrsaal"]),
        "organiser": "Integrationsagentur im Veedel",
        "is_free": True,
        "languages": "ar,fa,de",
        "topics": ["soziales", "engagement"],
        "target_groups": ["frauen", "zugewanderte-gefluechtete"],
    }


def flea_market(veedel):
    day = veedel.day("flohmarkt", 5, [SA, SU], weeks=range(7), exclusive=True)
    return {
        "title": "Nachbarschaftsflohmarkt",
        "teaser": (
            "Kleidung, Bücher, Spielzeug und Dinge für den Haushalt: Nachbarinnen und Nachbarn verkaufen, "
            "was sie nicht mehr brauchen. Schauen und Stöbern kostet nichts."
        ),
        "description": (
            "<p>Sie möchten selbst etwas verkaufen? Ein Tisch kostet 5 €. "
            "Fragen Sie in der Sprechstunde der Sozialraumkoordination.</p>"
        ),
        **timed(day, veedel.times("flohmarkt", [((10, 0), (14, 0)), ((11, 0), (15, 0))])),
        **veedel.place("flohmarkt", ["pfarrsaal", "buergerhaus", "turnhalle"]),
        "organiser": "Nachbarschaftsinitiative im Veedel",
        "is_free": True,
        "languages": "de",
        "topics": ["engagement", "klima-umwelt"],
        "target_groups": ["alle", "familien"],
        "cancel_reason": (
            "Es haben sich zu wenige Verkäuferinnen und Verkäufer angemeldet. "
            "Wir planen einen neuen Termin und sagen rechtzeitig Bescheid."
        ),
        "move_reason": "Am {old} wird der Saal für eine andere Veranstaltung gebraucht.",
    }


def seasonal(veedel):
    """A festival that fits the time of year of its date: from Sankt Martin to the Sommerkino."""
    day = veedel.day("saison", 5, [SA], exclusive=True)
    rosenmontag = easter(day.year) - datetime.timedelta(days=48)
    month = day.month
    if rosenmontag - datetime.timedelta(days=30) <= day < rosenmontag:
        key = "karneval"
    elif month == 1 or (month == 12 and day.day >= 24):
        key = "neujahr"
    elif month == 2 or (month == 3 and day.day < 10):
        key = "suppenfest"
    elif month in (3, 4):
        key = "fruehjahrsputz"
    elif month in (5, 6):
        key = "pflanzen"
    elif month in (7, 8):
        key = "sommerkino"
    elif month in (9, 10):
        key = "herbstfest"
    elif month == 11 and day.day <= 13:
        key = "martin"
    else:
        key = veedel.pick("saison:advent", ["advent", "lichterfest"])
    festival = dict(SEASONAL[key])
    shift = festival.pop("shift", 0)
    day = veedel.open_day(day + datetime.timedelta(days=shift))
    times = festival.pop("times")
    kinds = festival.pop("places")
    return {
        **festival,
        "teaser": festival["teaser"].format(part=veedel.part("saison")),
        **timed(day, times),
        **veedel.place("saison", kinds),
        "is_free": True,
        "languages": "de",
    }


SEASONAL = {
    "martin": {
        "title": "Sankt-Martins-Zug",
        "teaser": (
            "Mit Laternen ziehen wir durch {part}, vorneweg Sankt Martin auf dem Pferd. "
            "Am Martinsfeuer gibt es Weckmänner und warmen Kakao."
        ),
        "shift": -1,
        "times": ((17, 0), (18, 30)),
        "places": ["familienzentrum", "park"],
        "organiser": "Kitas, Schulen und Kirchengemeinden im Veedel",
        "topics": ["kultur", "kinder-jugend-familie"],
        "target_groups": ["kinder", "familien"],
    },
    "advent": {
        "title": "Adventsmarkt im Veedel",
        "teaser": (
            "Selbstgebasteltes, Waffeln und Kinderpunsch: Vereine, Nachbarinnen und Nachbarn aus {part} "
            "bauen ihre Stände auf. Um 17 Uhr singt ein Kinderchor."
        ),
        "times": ((14, 0), (19, 0)),
        "places": ["pfarrsaal", "buergerhaus"],
        "organiser": "Interessengemeinschaft der Vereine im Veedel",
        "topics": ["kultur", "engagement"],
        "target_groups": ["alle", "familien"],
    },
    "lichterfest": {
        "title": "Lichterfest der Kulturen",
        "teaser": (
            "Advent, Chanukka, Diwali: In vielen Kulturen feiern Menschen in der dunklen Jahreszeit mit "
            "Licht. Wir erzählen davon, basteln Laternen und essen zusammen."
        ),
        "times": ((16, 30), (19, 30)),
        "places": ["begegnungszentrum", "buergerhaus"],
        "organiser": "Begegnungszentrum und Integrationsagentur",
        "topics": ["kultur", "engagement"],
        "target_groups": ["alle", "zugewanderte-gefluechtete"],
    },
    "neujahr": {
        "title": "Neujahrsempfang im Veedel",
        "teaser": (
            "Die Vereine und Einrichtungen aus {part} laden alle zum Neujahrsempfang ein: "
            "ein Blick zurück, Pläne für das neue Jahr und ein Glas Saft oder Sekt."
        ),
        "shift": 1,
        "times": ((11, 0), (13, 0)),
        "places": ["buergerhaus", "begegnungszentrum"],
        "organiser": "Sozialraumkoordination und Bürgerverein",
        "topics": ["gemeinwesen-politik", "engagement"],
        "target_groups": ["alle"],
    },
    "karneval": {
        "title": "Kinderkarneval",
        "teaser": (
            "Kostüm an! Musik, Tanz, Kamelle und eine Kindertanzgruppe: Alle kleinen und großen Jecken "
            "aus {part} sind willkommen."
        ),
        "times": ((14, 11), (17, 11)),
        "places": ["turnhalle", "pfarrsaal", "jugendzentrum"],
        "organiser": "Karnevalsverein und Jugendzentrum im Veedel",
        "topics": ["kultur", "kinder-jugend-familie"],
        "target_groups": ["kinder", "familien"],
    },
    "suppenfest": {
        "title": "Suppenfest",
        "teaser": (
            "Suppen aus vielen Ländern, gekocht von Nachbarinnen und Nachbarn aus {part}: "
            "zum Aufwärmen, Probieren und Kennenlernen. Wer mag, bringt einen eigenen Topf mit."
        ),
        "times": ((12, 0), (15, 0)),
        "places": ["pfarrsaal", "begegnungszentrum"],
        "organiser": "Nachbarschaftsinitiative im Veedel",
        "topics": ["gesundheit-ernaehrung", "engagement"],
        "target_groups": ["alle"],
    },
    "fruehjahrsputz": {
        "title": "Frühjahrsputz im Veedel",
        "teaser": (
            "Wir sammeln zusammen Müll auf Straßen, Grünflächen und Spielplätzen in {part}. "
            "Handschuhe, Zangen und Säcke sind da. Danach gibt es Suppe für alle."
        ),
        "times": ((10, 0), (13, 0)),
        "places": ["park"],
        "organiser": "Bürgerverein im Veedel",
        "topics": ["klima-umwelt", "engagement"],
        "target_groups": ["alle", "familien"],
    },
    "pflanzen": {
        "title": "Pflanzentauschbörse",
        "teaser": (
            "Ableger, Samen und Gemüsepflanzen tauschen statt kaufen. Dazu gibt es Tipps für "
            "den Garten und den Balkon in {part}."
        ),
        "times": ((11, 0), (14, 0)),
        "places": ["park", "familienzentrum"],
        "organiser": "Gemeinschaftsgarten im Veedel",
        "topics": ["klima-umwelt", "engagement"],
        "target_groups": ["alle"],
    },
    "sommerkino": {
        "title": "Sommerkino im Park",
        "teaser": (
            "Ein Film für die ganze Familie unter freiem Himmel in {part}. "
            "Bringen Sie eine Decke oder einen Klappstuhl mit."
        ),
        "shift": -1,
        "times": ((21, 0), (23, 0)),
        "places": ["park"],
        "organiser": "Jugendzentrum und Bürgerverein",
        "topics": ["kultur"],
        "target_groups": ["familien", "jugendliche"],
    },
    "herbstfest": {
        "title": "Herbstfest",
        "teaser": (
            "Kürbissuppe, frisch gepresster Apfelsaft, Kinderschminken und Musik von Bands aus {part}: "
            "Feiern Sie mit uns den Herbst."
        ),
        "times": ((14, 0), (18, 0)),
        "places": ["park", "familienzentrum"],
        "organiser": "Interessengemeinschaft der Vereine im Veedel",
        "topics": ["kultur", "engagement"],
        "target_groups": ["alle", "familien"],
    },
}

EVERY_SOZIALRAUM = [
    tenant_advice,
    reading,
    energy_evening,
    exhibition,
    parents_cafe,
    womens_breakfast,
    flea_market,
    seasonal,
]


# -- the pool: four of these per Sozialraum --------------------------------


def german_taster(veedel):
    day = veedel.day("deutsch", 3, [MO, TU, WE, TH], weeks=range(7))
    return {
        "title": "Deutschkurs-Schnupperstunde",
        "teaser": (
            "Sie möchten Deutsch lernen oder besser sprechen? Probieren Sie eine Unterrichtsstunde aus. "
            "Danach beraten wir Sie, welcher Kurs in Ihrer Nähe passt."
        ),
        **timed(day, veedel.times("deutsch", [((10, 0), (11, 30)), ((17, 0), (18, 30))])),
        **veedel.place("deutsch", ["begegnungszentrum", "bibliothek"]),
        "organiser": "Sprachlernberatung im Begegnungszentrum",
        "is_free": True,
        "languages": veedel.pick("deutsch:languages", ["de,ar,uk,fa", "de,tr,ku,ar", "de,ru,uk,ro"]),
        "topics": ["bildung"],
        "target_groups": ["zugewanderte-gefluechtete"],
        "cancel_reason": "Die Kursleitung ist krank. Den nächsten Termin finden Sie bald hier im Kalender.",
        "move_reason": "Am {old} wird der Raum für eine Sprachprüfung gebraucht.",
    }


def childrens_cinema(veedel):
    day = veedel.day("kino", 4, [WE, SA, SU], weeks=range(7))
    return {
        "title": "Kinderkino",
        "teaser": (
            "Ein lustiger Zeichentrickfilm für Kinder ab 6 Jahren. Der Eintritt ist frei, "
            "Popcorn gibt es für 50 Cent."
        ),
        **timed(day, veedel.times("kino", [((15, 0), (16, 45)), ((16, 0), (17, 45))])),
        **veedel.place("kino", ["jugendzentrum", "bibliothek", "buergerhaus"]),
        "organiser": "Kinder- und Jugendzentrum im Veedel",
        "is_free": True,
        "languages": "de",
        "topics": ["kultur", "kinder-jugend-familie"],
        "target_groups": ["kinder", "familien"],
        "cancel_reason": "Der Beamer ist kaputt. Das Kinderkino fällt leider aus.",
        "move_reason": "Am {old} ist im Haus eine andere Veranstaltung.",
    }


def walk(veedel):
    day = veedel.day("spaziergang", 6, [SA, SU], weeks=range(7))
    return {
        "title": "Spaziergang durchs Veedel",
        "teaser": (
            f"Was erzählen die Häuser, Plätze und Straßen von {veedel.part('spaziergang')}? "
            "Ehrenamtliche der Geschichtswerkstatt führen Sie etwa zwei Stunden durchs Veedel."
        ),
        **timed(day, veedel.times("spaziergang", [((11, 0), (13, 0)), ((14, 0), (16, 0))])),
        "place_name": "Treffpunkt vor dem Bürgerhaus",
        "step_free": True,
        "accessibility_note": (
            "Etwa 3 Kilometer zu Fuß, mit zwei Pausen. Der Weg geht auch mit Rollstuhl und Rollator."
        ),
        "organiser": "Geschichtswerkstatt im Veedel",
        "is_free": True,
        "languages": "de",
        "topics": ["kultur", "stadtentwicklung"],
        "target_groups": ["alle", "senioren"],
        "cancel_reason": "Die Führung fällt leider aus. Ein neuer Termin folgt.",
        "move_reason": "Am {old} ist wegen einer Baustelle ein Teil des Weges gesperrt.",
    }


def computer_help(veedel):
    start = veedel.series_start("computer", 0, [MO, WE, TH])
    return {
        "title": "Computerhilfe für Ältere",
        "teaser": (
            "Handy, Tablet oder Laptop: Junge Ehrenamtliche helfen Ihnen Schritt für Schritt – bei E-Mails, "
            "Videoanrufen, Fotos oder einem Termin beim Amt. Bringen Sie Ihr Gerät mit."
        ),
        "description": (
            "<p>Vier Termine. Bitte rufen Sie vorher an, damit genug Helferinnen und Helfer da sind.</p>"
        ),
        **timed(start, veedel.times("computer", [((10, 0), (12, 0)), ((14, 0), (16, 0))])),
        "repeat": "weekly",
        "repeat_weekdays": WEEKDAYS[start.weekday()],
        "repeat_count": 4,
        **veedel.place("computer", ["bibliothek", "begegnungszentrum"]),
        "organiser": "Seniorennetzwerk im Veedel",
        "is_free": True,
        "registration_required": True,
        "registration_phone": veedel.phone("computer"),
        "languages": veedel.pick("computer:languages", ["de", "de,ru", "de,tr", "de,pl"]),
        "topics": ["senioren", "bildung"],
        "target_groups": ["senioren"],
    }


def sport_in_the_park(veedel):
    start = veedel.series_start("sport", 0, [SA])
    return {
        "title": "Bewegung im Park",
        "teaser": (
            "Gymnastik und leichte Übungen an der frischen Luft – für jedes Alter und ohne Vorkenntnisse. "
            "Bitte ziehen Sie Kleidung an, die zum Wetter passt."
        ),
        **timed(start, veedel.times("sport", [((10, 0), (11, 0)), ((11, 0), (12, 0))])),
        "repeat": "weekly",
        "repeat_weekdays": "SA",
        "repeat_count": 6,
        **veedel.place("sport", ["park"]),
        "organiser": "Sportverein im Veedel",
        "is_free": True,
        "languages": veedel.pick("sport:languages", ["de,tr", "de,ar", "de,en"]),
        "topics": ["sport", "gesundheit-ernaehrung"],
        "target_groups": ["alle", "senioren"],
    }


def running_group(veedel):
    start = veedel.series_start("lauftreff", 4, [TU, TH])
    until = veedel.today + datetime.timedelta(days=HORIZON_DAYS)
    return {
        "title": "Lauftreff",
        "teaser": (
            "Zusammen laufen macht mehr Spaß. Wer neu anfängt, läuft in einer eigenen Gruppe langsam mit. "
            "Im Dunkeln bitte helle Kleidung oder eine Warnweste tragen."
        ),
        **timed(start, veedel.times("lauftreff", [((18, 0), (19, 0)), ((18, 30), (19, 30))])),
        "repeat": "weekly",
        "repeat_weekdays": WEEKDAYS[start.weekday()],
        "repeat_until": until,
        **veedel.place("lauftreff", ["park"]),
        "organiser": "Lauftreff des Sportvereins im Veedel",
        "is_free": True,
        "languages": "de,en",
        "topics": ["sport", "gesundheit-ernaehrung"],
        "target_groups": ["alle", "jugendliche"],
    }


def cooking(veedel):
    day = veedel.day("kochen", 4, [TH, FR], weeks=range(7))
    return {
        "title": "Kochtreff: gesund und günstig",
        "teaser": (
            "Wir kochen zusammen ein einfaches Gericht mit Gemüse der Saison und essen danach gemeinsam. "
            "Die Rezepte zum Mitnehmen gibt es in mehreren Sprachen."
        ),
        "description": "<p>Höchstens zwölf Personen. Kommen Sie bitte pünktlich.</p>",
        **timed(day, veedel.times("kochen", [((17, 0), (20, 0)), ((11, 0), (14, 0))])),
        **veedel.place("kochen", ["familienzentrum", "begegnungszentrum"]),
        "organiser": "Familienzentrum im Veedel",
        "is_free": False,
        "price": "3 € für die Zutaten",
        "languages": "de,tr,ar,ru",
        "topics": ["gesundheit-ernaehrung"],
        "target_groups": ["familien", "zugewanderte-gefluechtete"],
        "cancel_reason": "Die Küche wird repariert. Der Kochtreff fällt aus.",
        "move_reason": "Die Küche ist am {old} noch nicht fertig repariert.",
    }


def job_advice(veedel):
    day = veedel.day("beruf", 3, [TU, WE], weeks=range(7))
    return {
        "title": "Beratung zu Ausbildung und Job",
        "teaser": (
            "Sie suchen einen Ausbildungsplatz, eine Arbeit oder Hilfe bei der Bewerbung? "
            "Bringen Sie Ihren Lebenslauf mit – wir schauen ihn gemeinsam an."
        ),
        **timed(day, ((14, 0), (17, 0))),
        **veedel.place("beruf", ["jugendzentrum", "begegnungszentrum"]),
        "organiser": "Jugendberufshilfe im Stadtbezirk",
        "is_free": True,
        "languages": veedel.pick("beruf:languages", ["de,en,ar,uk", "de,tr,bg,ro", "de,fa,ku"]),
        "topics": ["wirtschaft-arbeit", "bildung"],
        "target_groups": ["jugendliche", "zugewanderte-gefluechtete"],
        "move_reason": "Am {old} sind die Beraterinnen und Berater auf einer Fortbildung.",
    }


def planning_workshop(veedel):
    day = veedel.day("planung", 10, [MO, TU, WE, TH])
    return {
        "title": "Planungswerkstatt: Wie soll unser Platz aussehen?",
        "teaser": (
            f"Ein Platz in {veedel.part('planung')} wird neu gestaltet. Was wünschen Sie sich: "
            "mehr Bänke, Bäume, Spielgeräte? Bringen Sie Ihre Ideen ein, die Planerinnen und Planer hören zu."
        ),
        **timed(day, ((17, 30), (20, 0))),
        **veedel.place("planung", ["buergerhaus"]),
        "sign_language": True,
        "organiser": "Sozialraumkoordination mit dem Stadtplanungsamt",
        "is_free": True,
        "languages": "de,tr,ar",
        "topics": ["stadtentwicklung", "gemeinwesen-politik"],
        "target_groups": ["alle", "jugendliche"],
        "cancel_reason": "Die Pläne sind noch nicht fertig. Der neue Termin steht bald hier im Kalender.",
        "move_reason": "Die Pläne für den Platz sind am {old} noch nicht fertig.",
    }


def games_afternoon(veedel):
    day = veedel.day("spiele", 4, [WE, SA, SU], weeks=range(7))
    return {
        "title": "Spielenachmittag für alle",
        "teaser": (
            "Brettspiele, Kartenspiele und große Spiele zum Anfassen – für Kinder und Erwachsene mit und "
            "ohne Behinderung. Es gibt Spiele in einfacher Sprache und mit großen Karten."
        ),
        **timed(day, veedel.times("spiele", [((14, 30), (17, 30)), ((15, 0), (18, 0))])),
        **veedel.place("spiele", ["familienzentrum", "begegnungszentrum", "bibliothek"]),
        "organiser": "Offene Behindertenarbeit im Stadtbezirk",
        "is_free": True,
        "languages": "de",
        "topics": ["kinder-jugend-familie", "soziales"],
        "target_groups": ["menschen-mit-behinderung", "familien", "kinder"],
        "cancel_reason": "Zu viele aus dem Team sind krank. Der Spielenachmittag fällt leider aus.",
        "move_reason": "Am {old} ist der Raum schon belegt.",
    }


def girls_club(veedel):
    start = veedel.series_start("maedchen", 2, [WE, FR])
    until = veedel.today + datetime.timedelta(days=56)
    return {
        "title": "Mädchentreff",
        "teaser": (
            "Ein Nachmittag nur für Mädchen von 10 bis 16 Jahren: reden, kochen, basteln, tanzen. "
            "Eine Sozialpädagogin ist da, wenn ihr Fragen oder Sorgen habt."
        ),
        **timed(start, ((16, 0), (18, 0))),
        "repeat": "weekly",
        "repeat_weekdays": WEEKDAYS[start.weekday()],
        "repeat_until": until,
        **veedel.place("maedchen", ["jugendzentrum"]),
        "organiser": "Jugendzentrum im Veedel",
        "is_free": True,
        "languages": "de,tr,ar",
        "topics": ["kinder-jugend-familie"],
        "target_groups": ["jugendliche"],
    }


POOL = [
    german_taster,
    childrens_cinema,
    walk,
    computer_help,
    sport_in_the_park,
    running_group,
    cooking,
    job_advice,
    planning_workshop,
    games_afternoon,
    girls_club,
]
