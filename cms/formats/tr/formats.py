# "3 Aralık 2026 Perşembe": no leading zero, and the weekday after the date.
DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y H:i"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "d.m.Y"
SHORT_DATETIME_FORMAT = "d.m.Y H:i"
DATE_WITH_WEEKDAY_FORMAT = "j F Y l"
