"""The event calendar: views and routes, recurrence, iCal export and import, forms.

The page models (`EventIndexPage`, `EventPage`) live in `veedel.models.events`
and use this package; nothing here imports them, except the iCal import,
which writes pages.
"""
