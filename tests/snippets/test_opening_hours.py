"""Opening hours typed into a spreadsheet cell: parsing, writing back, and the German error messages."""

import datetime

import pytest

from snippets.directory.opening_hours import format_opening_hours, parse_opening_hours


def t(hour, minute=0):
    return datetime.time(hour, minute)


@pytest.mark.parametrize(
    "text",
    [
        "Mo 09:00-12:00, 14:00-16:00; Di-Do 09:00-12:00; Fr 20:00-02:00",
        "Mo-Fr 09:00-12:00; Sa 10:00-14:00; nach Vereinbarung",
        "Mo 09:00-12:00; Mi 09:00-12:00; Fr 09:00-12:00",
        "Fr-Sa 20:00-24:00",
        "Sa-So 22:00-03:30",
        "nach Vereinbarung",
        "",
    ],
)
def test_written_form_reads_back_as_itself(text):
    slots, by_appointment = parse_opening_hours(text)
    assert format_opening_hours(slots, by_appointment) == text
    assert parse_opening_hours(format_opening_hours(slots, by_appointment)) == (slots, by_appointment)


def test_parse_gives_sorted_slots_with_weekday_numbers():
    text = "Mo 09:00-12:00, 14:00-16:00; Di-Do 09:00-12:00; Fr 20:00-02:00"
    assert parse_opening_hours(text) == (
        [
            (0, t(9), t(12)),
            (0, t(14), t(16)),
            (1, t(9), t(12)),
            (2, t(9), t(12)),
            (3, t(9), t(12)),
            (4, t(20), t(2)),
        ],
        False,
    )


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("Mo–Fr 9–12 Uhr", "Mo-Fr 09:00-12:00"),
        ("Di 9:30-12", "Di 09:30-12:00"),
        ("mo 9.30 - 12; Montag 14-16", "Mo 09:30-12:00, 14:00-16:00"),
        ("Mo 9-12; Di 9-12; Mi 9-12", "Mo-Mi 09:00-12:00"),
        ("Fr 9-12; Mo 9-12", "Mo 09:00-12:00; Fr 09:00-12:00"),
        ("Mo-Fr 9-13; Do 15-18", "Mo-Mi 09:00-13:00; Do 09:00-13:00, 15:00-18:00; Fr 09:00-13:00"),
        (" Mo. 9-12, ; ; Nach Vereinbarung ", "Mo 09:00-12:00; nach Vereinbarung"),
        ("Mo: 9-12, 12-14", "Mo 09:00-12:00, 12:00-14:00"),
        ("Sa 20-0", "Sa 20:00-24:00"),
    ],
)
def test_lenient_input_is_written_in_one_form(typed, written):
    assert format_opening_hours(*parse_opening_hours(typed)) == written


def test_closing_before_opening_runs_past_midnight():
    assert parse_opening_hours("Fr 20:00-02:00; Sa 22-24") == (
        [(4, t(20), t(2)), (5, t(22), t(0))],
        False,
    )


@pytest.mark.parametrize(
    ("slots", "by_appointment"),
    [
        ([(6, t(10), t(12)), (0, t(14), t(16)), (0, t(8, 30), t(12))], False),
        ([(weekday, t(7, 30), t(16, 45)) for weekday in range(7)], True),
        ([(2, t(23), t(1)), (3, t(0), t(0, 30))], False),
        ([], True),
    ],
)
def test_slots_survive_the_round_trip(slots, by_appointment):
    text = format_opening_hours(slots, by_appointment)
    assert parse_opening_hours(text) == (sorted(slots), by_appointment)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Mx 9-12", "„Mx 9-12“: unbekannter Wochentag „Mx“ (erlaubt: Mo, Di, Mi, Do, Fr, Sa, So)"),
        (
            "Mo 9-12; Dx-Fr 9-12",
            "„Dx-Fr 9-12“: unbekannter Wochentag „Dx“ (erlaubt: Mo, Di, Mi, Do, Fr, Sa, So)",
        ),
        ("Mo-Fx 9-12", "„Mo-Fx 9-12“: unbekannter Wochentag „Fx“ (erlaubt: Mo, Di, Mi, Do, Fr, Sa, So)"),
        ("9-12", "„9-12“: Wochentag fehlt (zum Beispiel „Mo 09:00-12:00“)"),
        ("Mo", "„Mo“: Uhrzeit fehlt (zum Beispiel „Mo 09:00-12:00“)"),
        ("Di-Do", "„Di-Do“: Uhrzeit fehlt (zum Beispiel „Di 09:00-12:00“)"),
        (
            "Fr-Mo 9-12",
            "„Fr-Mo 9-12“: Wochentage in falscher Reihenfolge "
            "(die Woche beginnt am Montag, zum Beispiel „Mo-Fr“)",
        ),
        ("Mo 9", "„Mo 9“: Zeitspanne „9“ nicht lesbar (zum Beispiel 9-12 oder 09:30-12:00)"),
        (
            "Mo 9-12-14",
            "„Mo 9-12-14“: Zeitspanne „9-12-14“ nicht lesbar (zum Beispiel 9-12 oder 09:30-12:00)",
        ),
        (
            "Mo, Mi 9-12",
            "„Mo, Mi 9-12“: mehrere Wochentage bitte mit Semikolon trennen (zum Beispiel „Mo 9-12; Mi 9-12“) "
            "oder als Bereich schreiben (zum Beispiel „Mo-Mi 9-12“)",
        ),
        ("Mo 25-26", "„Mo 25-26“: „25“ ist keine gültige Uhrzeit"),
        ("Mo 9:75-12", "„Mo 9:75-12“: „9:75“ ist keine gültige Uhrzeit"),
        ("Mo 9-halb 12", "„Mo 9-halb 12“: „halb 12“ ist keine gültige Uhrzeit"),
        ("Mo 24-2", "„Mo 24-2“: „24“ ist keine gültige Uhrzeit"),
        ("Mo 9-9", "„Mo 9-9“: Beginn und Ende sind gleich (09:00)"),
        (
            "Mo 09:00-12:00, 11:00-13:00",
            "„Mo 09:00-12:00, 11:00-13:00“: Zeiten überschneiden sich am Montag "
            "(09:00-12:00 und 11:00-13:00)",
        ),
        (
            "Mo 9-12; Mo-Fr 11:30-13",
            "„Mo-Fr 11:30-13“: Zeiten überschneiden sich am Montag (09:00-12:00 und 11:30-13:00)",
        ),
        (
            "Sa 22-2, 23-24",
            "„Sa 22-2, 23-24“: Zeiten überschneiden sich am Samstag (22:00-02:00 und 23:00-24:00)",
        ),
        (
            "Mo 9-12, 9-12",
            "„Mo 9-12, 9-12“: Zeiten überschneiden sich am Montag (09:00-12:00 und 09:00-12:00)",
        ),
    ],
)
def test_errors_name_the_part_in_german(text, message):
    with pytest.raises(ValueError) as error:
        parse_opening_hours(text)
    assert str(error.value) == message
