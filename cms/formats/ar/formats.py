# "3 ديسمبر 2026" without Django's comma before the year, "الخميس، 3 ديسمبر 2026" with the
# weekday, and the 24-hour clock ("19:00", not "7:00 م") as everywhere in the portal.
DATE_FORMAT = "j F Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j F Y، H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
FIRST_DAY_OF_WEEK = 1  # Monday, as in the calendar
DATE_WITH_WEEKDAY_FORMAT = "l، j F Y"
