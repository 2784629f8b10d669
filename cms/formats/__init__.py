"""Date and time formats where Django's own locale formats do not fit a portal in Cologne.

`FORMAT_MODULE_PATH` puts these modules before Django's: a name a module here leaves out
(the decimal separator, say) comes from Django's formats of the language. German needs no
module. `DATE_WITH_WEEKDAY_FORMAT` is ours, not Django's: the `long_date` filter
(`veedel/formats.py`) reads it, because the weekday stands before the date in most
languages and after it in Turkish. All languages use the 24-hour clock, as the readers'
Germany does and as the "Uhr" of the German texts expects.
"""
