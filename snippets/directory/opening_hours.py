"""Opening hours as a line of text that people can type into a spreadsheet cell.

    Mo 09:00-12:00, 14:00-16:00; Di-Do 09:00-12:00; Fr 20:00-02:00; nach Vereinbarung

Parts are separated by semicolons: a weekday or a range of weekdays (Mo Di Mi
Do Fr Sa So) followed by one or more time spans separated by commas, or the
words "nach Vereinbarung". A span that closes before it opens runs past
midnight, as `OpeningSlot` stores it; "24:00" as a closing time is midnight.
`format_opening_hours` writes the same format back, so that
`parse_opening_hours(format_opening_hours(slots, by_appointment))` gives the
slots again (sorted by weekday and time).

This module knows nothing about models: slots are `(weekday, opens, closes)`
tuples with 0 = Montag, as in `Weekday`.
"""

import datetime
import re

DAYS = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")
DAY_NAMES = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
BY_APPOINTMENT = "nach Vereinbarung"
MIDNIGHT = datetime.time(0, 0)
MINUTES_PER_DAY = 24 * 60

_DAY_NUMBERS = {
    **{abbreviation.casefold(): number for number, abbreviation in enumerate(DAYS)},
    **{name.casefold(): number for number, name in enumerate(DAY_NAMES)},
}
_DASH = r"\s*[-–—]\s*"  # hyphen, en dash, em dash
_WORD = r"[^\W\d_]+\.?"  # letters, as in "Mo", "Mo." or "Montag"
_PART = re.compile(rf"(?P<first>{_WORD})(?:{_DASH}(?P<last>{_WORD}))?\s*:?\s*(?P<times>.*)", re.DOTALL)
_SPAN = re.compile(rf"(?P<opens>[^-–—]+?){_DASH}(?P<closes>[^-–—]+)")
_TIME = re.compile(r"(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?(?:\s*Uhr)?", re.IGNORECASE)


def parse_opening_hours(text):
    """The slots and the "nach Vereinbarung" flag of a line like `Mo-Fr 9-12; Sa 10:00-13:00`.

    Returns `(slots, by_appointment)` with the slots sorted by weekday and time.
    Raises ValueError with a German message that quotes the part it could not use.
    """
    by_appointment = False
    found = []  # (weekday, opens, closes, the part it came from)
    for raw in (text or "").split(";"):
        part = " ".join(raw.split())
        if not part:
            continue
        if part.casefold() == BY_APPOINTMENT.casefold():
            by_appointment = True
            continue
        found.extend((*slot, part) for slot in _parse_part(part))
    found.sort(key=lambda slot: slot[:3])
    _check_overlaps(found)
    return [slot[:3] for slot in found], by_appointment


def format_opening_hours(slots, by_appointment=False):
    """The text `parse_opening_hours` reads back as these slots.

    Neighbouring days with the same times become a range ("Mo-Fr").
    """
    by_day = {}
    for weekday, opens, closes in slots:
        by_day.setdefault(weekday, []).append((opens, closes))
    groups = []  # [first day, last day, spans]
    for weekday in sorted(by_day):
        spans = sorted(by_day[weekday])
        if groups and groups[-1][1] == weekday - 1 and groups[-1][2] == spans:
            groups[-1][1] = weekday
        else:
            groups.append([weekday, weekday, spans])
    parts = []
    for first, last, spans in groups:
        days = DAYS[first] if first == last else f"{DAYS[first]}-{DAYS[last]}"
        times = ", ".join(f"{opens:%H:%M}-{_closing(closes)}" for opens, closes in spans)
        parts.append(f"{days} {times}")
    if by_appointment:
        parts.append(BY_APPOINTMENT)
    return "; ".join(parts)


def _closing(closes):
    # Midnight as a closing time reads better as the end of the day.
    return "24:00" if closes == MIDNIGHT else f"{closes:%H:%M}"


def _parse_part(part):
    match = _PART.fullmatch(part)
    if match is None:
        raise ValueError(f"„{part}“: Wochentag fehlt (zum Beispiel „Mo 09:00-12:00“)")
    first = _weekday(match["first"], part)
    last = _weekday(match["last"], part) if match["last"] else first
    if last < first:
        raise ValueError(
            f"„{part}“: Wochentage in falscher Reihenfolge "
            "(die Woche beginnt am Montag, zum Beispiel „Mo-Fr“)"
        )
    spans = [_span(span.strip(), part) for span in match["times"].split(",") if span.strip()]
    if not spans:
        raise ValueError(f"„{part}“: Uhrzeit fehlt (zum Beispiel „{DAYS[first]} 09:00-12:00“)")
    return [(weekday, opens, closes) for weekday in range(first, last + 1) for opens, closes in spans]


def _weekday(word, part):
    number = _DAY_NUMBERS.get(word.rstrip(".").casefold())
    if number is None:
        raise ValueError(f"„{part}“: unbekannter Wochentag „{word}“ (erlaubt: {', '.join(DAYS)})")
    return number


def _span(span, part):
    word = re.match(_WORD, span)
    if word and word[0].rstrip(".").casefold() in _DAY_NUMBERS:
        raise ValueError(
            f"„{part}“: mehrere Wochentage bitte mit Semikolon trennen (zum Beispiel „Mo 9-12; Mi 9-12“) "
            "oder als Bereich schreiben (zum Beispiel „Mo-Mi 9-12“)"
        )
    match = _SPAN.fullmatch(span)
    if match is None:
        raise ValueError(f"„{part}“: Zeitspanne „{span}“ nicht lesbar (zum Beispiel 9-12 oder 09:30-12:00)")
    opens = _time(match["opens"].strip(), part, closing=False)
    closes = _time(match["closes"].strip(), part, closing=True)
    if opens == closes:
        raise ValueError(f"„{part}“: Beginn und Ende sind gleich ({opens:%H:%M})")
    return opens, closes


def _time(value, part, closing):
    match = _TIME.fullmatch(value)
    hour = int(match["hour"]) if match else -1
    minute = int(match["minute"] or 0) if match else -1
    if closing and (hour, minute) == (24, 0):
        return MIDNIGHT
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise ValueError(f"„{part}“: „{value}“ ist keine gültige Uhrzeit")
    return datetime.time(hour, minute)


def _minutes(value):
    return value.hour * 60 + value.minute


def _check_overlaps(found):
    """Spans of the same day may touch (9-12, 12-14) but not overlap; one past midnight counts until 24:00."""
    for previous, current in zip(found, found[1:], strict=False):
        if previous[0] != current[0]:
            continue
        weekday, opens, closes, _part = previous
        end = _minutes(closes) if closes > opens else MINUTES_PER_DAY
        if _minutes(current[1]) < end:
            raise ValueError(
                f"„{current[3]}“: Zeiten überschneiden sich am {DAY_NAMES[weekday]} "
                f"({opens:%H:%M}-{_closing(closes)} und {current[1]:%H:%M}-{_closing(current[2])})"
            )
