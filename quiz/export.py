"""The quiz's entries and its draw record as CSV files for the coordination's records.

Semicolon-separated UTF-8 with a byte order mark, like the directory export
(snippets/directory/csv_export.py), so German Excel opens it with umlauts and one column per field.
Names and addresses come from the public: a cell that Excel would read as a formula gets a leading
apostrophe, so opening the file never runs anything.
"""

import csv
import io

from django.utils import timezone

from snippets.languages import LANGUAGE_CHOICES

from .drawing import eligible_entries
from .models import QuizDraw, QuizEntry

BOM = "\ufeff"
YES, NO = "ja", "nein"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
LANGUAGE_NAMES = dict(LANGUAGE_CHOICES)

ENTRY_COLUMNS = [
    "Teilnahme Nr.",
    "Eingegangen am",
    "Sprache",
    "Name",
    "E-Mail",
    "Richtige Antworten",
    "Bestätigt",
    "In der Verlosung",
    "Am Stand (Kiosk)",
]
WINNER_COLUMNS = [
    "Ziehung",
    "Preis",
    "Teilnahme Nr.",
    "Initialen",
    "Benachrichtigt am",
    "Ersetzt am",
    "Ersetzt von",
    "Grund der Nachziehung",
]


def cell(value):
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def when(moment):
    return f"{timezone.localtime(moment):%d.%m.%Y %H:%M}" if moment else ""


def yes_no(value):
    return YES if value else NO


def write(rows):
    """The file's text: the byte order mark, then the rows, each cell made safe for Excel."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerows([cell(value) for value in row] for row in rows)
    return BOM + buffer.getvalue()


def entries_csv(quiz):
    """Every entry of the (German) quiz, by number; "in der Verlosung" as fixed by the draw, if any."""
    record = QuizDraw.objects.filter(quiz=quiz).first()
    if record is not None:
        eligible = set(record.eligible_numbers)
    else:
        eligible = set(eligible_entries(quiz).values_list("pk", flat=True))
    rows = [ENTRY_COLUMNS]
    for entry in QuizEntry.objects.filter(quiz=quiz).order_by("pk"):
        rows.append(
            [
                entry.pk,
                when(entry.created_at),
                LANGUAGE_NAMES.get(entry.language, entry.language),
                entry.name,
                entry.email,
                entry.correct,
                yes_no(entry.confirmed_at),
                yes_no(entry.pk in eligible),
                yes_no(entry.kiosk),
            ]
        )
    return write(rows)


def record_csv(quiz, record):
    """The draw record: what was drawn from what, then one line per draw (redraws included)."""
    rows = [
        ["Gewinnspiel", quiz.title],
        ["Ausgelost am", when(record.drawn_at)],
        ["Ausgelost von", record.drawn_by_name],
        ["Teilnahmen insgesamt", record.entries_total],
        ["Bestätigte Teilnahmen", record.entries_confirmed],
        ["Teilnahmen in der Verlosung", record.eligible_count],
        ["Startwert (Seed)", record.seed],
        ["Öffentlicher Wert", record.public_value],
        ["Nummern in der Verlosung", ",".join(str(number) for number in record.eligible_numbers)],
        ["Personenbezogene Daten gelöscht am", when(record.personal_data_deleted_at)],
        [],
        WINNER_COLUMNS,
    ]
    for winner in record.winners.order_by("draw_number"):
        rows.append(
            [
                winner.draw_number + 1,
                winner.prize_title,
                winner.entry_number,
                winner.initials,
                when(winner.notified_at),
                when(winner.replaced_at),
                winner.replaced_by_name,
                winner.replacement_reason,
            ]
        )
    return write(rows)
