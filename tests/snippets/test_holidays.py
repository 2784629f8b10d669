"""Public holidays in NRW: the dates of the `holidays` package, under the names the portal always showed."""

import datetime

from snippets.directory.holidays import holiday_name, nrw_holidays


def test_the_holidays_of_2026_with_their_german_names():
    assert nrw_holidays(2026) == {
        datetime.date(2026, 1, 1): "Neujahr",
        datetime.date(2026, 4, 3): "Karfreitag",
        datetime.date(2026, 4, 6): "Ostermontag",
        datetime.date(2026, 5, 1): "Tag der Arbeit",
        datetime.date(2026, 5, 14): "Christi Himmelfahrt",
        datetime.date(2026, 5, 25): "Pfingstmontag",
        datetime.date(2026, 6, 4): "Fronleichnam",
        datetime.date(2026, 10, 3): "Tag der Deutschen Einheit",
        datetime.date(2026, 11, 1): "Allerheiligen",
        datetime.date(2026, 12, 25): "1. Weihnachtstag",
        datetime.date(2026, 12, 26): "2. Weihnachtstag",
    }


def test_holiday_name_is_none_on_a_working_day_and_joins_two_holidays_on_one_day():
    assert holiday_name(datetime.date(2026, 12, 24)) is None
    assert holiday_name(datetime.date(2008, 5, 1)) == "Christi Himmelfahrt; Tag der Arbeit"
