"""Bring an institution's calendar (iCalendar, RFC 5545) into the calendar of one Sozialraum.

Every event arrives as a draft under the Sozialraum's "Veranstaltungen", so
its moderation decides what goes public; the import never publishes. The
UID of each calendar entry is kept on the page (`EventPage.ical_uid`), so
importing the same calendar again updates those drafts instead of adding
new ones.

Only what the editor form can express is imported, and only if the portal
would show exactly the dates the source calendar has: a rule the form cannot
hold (daily, yearly, extra dates, no end, ...) is skipped with its reason,
never imported as a different series. The command `import_ics` is a thin
wrapper around `import_calendar`; docs/calendar-import.md describes the
mapping for operators.

- `source`: which calendar page, and the bytes of the file or address;
- `entries`: the components of one UID and the editor values they become;
- `texts`: titles, descriptions, places and organisers;
- `schedule`: times, repetition and changed dates;
- `reader`: one UID at a time, into an `Entry` or a `Skip`;
- `writing`: drafts and revisions, the outcome of each event and of the run.
"""

from .writing import CalendarImport, import_calendar

__all__ = ["CalendarImport", "import_calendar"]
