"""The directory as a CSV file in the import's format, so that export → edit in Excel → import round-trips.

Same columns as the import (`csv_table.COLUMNS`), semicolon-separated UTF-8
with a byte order mark, so German Excel opens it with umlauts and one column
per field. Each cell is written the way the import reads it back.

"Schlüssel" is the entry's import key; an entry made in the admin has none and
gets its translation key, by which the import finds it again
(`DirectoryImport._write`).
"""

import csv

from django.utils import translation

from .csv_table import COLUMNS, LIST_SEPARATOR
from .opening_hours import format_opening_hours

BOM = "\ufeff"
YES, NO = "ja", "nein"


class _Line:
    def write(self, value):
        return value


def entry_key(entry):
    return entry.import_key or str(entry.translation_key)


def _number(value):
    return "" if value is None else f"{value}".replace(".", ",")


def _german(label):
    # The import knows the German labels, whatever language the admin is in.
    with translation.override("de"):
        return str(label)


def _joined(items):
    return LIST_SEPARATOR.join(items)


def export_row(entry):
    """{column: text} of the entry, as the import reads it."""
    slots = [(slot.weekday, slot.opens, slot.closes) for slot in entry.opening_slots.all()]
    parent = entry.parent
    return {
        "Schlüssel": entry_key(entry),
        "Name": entry.name,
        "Art": _german(entry.get_kind_display()),
        "Träger": (parent.import_key or parent.name) if parent else "",
        "Kurzbeschreibung": entry.short_description,
        "Angebote": _joined(entry.offer_list),
        "Sozialraum": entry.sozialraum.slug,
        "Weitere Sozialräume": _joined(sorted(s.slug for s in entry.further_sozialraeume.all())),
        "Straße": entry.street,
        "PLZ": entry.postcode,
        "Stadtteil": entry.stadtteil,
        "Breitengrad": _number(entry.latitude),
        "Längengrad": _number(entry.longitude),
        "Telefon": entry.phone,
        "E-Mail": entry.email,
        "Internetseite": entry.website,
        "Öffnungszeiten": format_opening_hours(sorted(slots), entry.by_appointment),
        "Hinweis Öffnungszeiten": entry.opening_notes,
        "Stufenlos": entry.step_free,
        "Barrierefreies WC": YES if entry.accessible_toilet else NO,
        "Induktionsschleife": YES if entry.hearing_loop else NO,
        "Hinweis Barrierefreiheit": entry.accessibility_note,
        "Sprachen": _joined(entry.language_codes),
        "Zielgruppen": _joined(sorted(item.tag.slug for item in entry.target_group_items.all())),
        "Themen": _joined(sorted(item.tag.slug for item in entry.topic_items.all())),
        "E-Mail Pflege": entry.upkeep_email,
        "Geprüft am": f"{entry.last_verified:%d.%m.%Y}" if entry.last_verified else "",
    }


def export_queryset(queryset):
    """The German entries of the queryset (the import's language) with what a row needs, in few queries."""
    return (
        queryset.filter(locale__language_code="de")
        .select_related("sozialraum", "parent")
        .prefetch_related(
            "opening_slots",
            "further_sozialraeume",
            "topic_items__tag",
            "target_group_items__tag",
        )
    )


def stream_csv(entries):
    """The lines of the file: the byte order mark and the header, then one line per entry."""
    writer = csv.DictWriter(_Line(), fieldnames=COLUMNS, delimiter=";", lineterminator="\r\n")
    yield BOM + writer.writeheader()
    for entry in entries:
        yield writer.writerow(export_row(entry))
