"""The CSV file of the directory import: its columns and how its header and rows are read.

The file is UTF-8 (with or without BOM), semicolon-separated, with German
column names in the first row; docs/directory-import.md describes the columns
for operators. Only the columns present in the file are imported.
"""

import csv
import io
import re
from dataclasses import dataclass

from ..importing import ImportFailed, decode_utf8, read_file

LIST_SEPARATOR = "|"

COLUMNS = (
    "Schlüssel",
    "Name",
    "Art",
    "Träger",
    "Kurzbeschreibung",
    "Angebote",
    "Sozialraum",
    "Weitere Sozialräume",
    "Straße",
    "PLZ",
    "Stadtteil",
    "Breitengrad",
    "Längengrad",
    "Telefon",
    "E-Mail",
    "Internetseite",
    "Öffnungszeiten",
    "Hinweis Öffnungszeiten",
    "Stufenlos",
    "Barrierefreies WC",
    "Induktionsschleife",
    "Hinweis Barrierefreiheit",
    "Sprachen",
    "Zielgruppen",
    "Themen",
    "E-Mail Pflege",
    "Geprüft am",
)
REQUIRED = ("Name", "Art", "Sozialraum")

# Columns copied as they are into one text field.
TEXT_COLUMNS = {
    "Straße": "street",
    "Stadtteil": "stadtteil",
    "Telefon": "phone",
    "E-Mail": "email",
    "Hinweis Öffnungszeiten": "opening_notes",
    "Hinweis Barrierefreiheit": "accessibility_note",
    "E-Mail Pflege": "upkeep_email",
}
# The column behind each field the import fills, for messages and the list of changes.
COLUMN_OF = {
    **{name: column for column, name in TEXT_COLUMNS.items()},
    "import_key": "Schlüssel",
    "name": "Name",
    "kind": "Art",
    "parent": "Träger",
    "parent_id": "Träger",
    "short_description": "Kurzbeschreibung",
    "offers": "Angebote",
    "sozialraum": "Sozialraum",
    "sozialraum_id": "Sozialraum",
    "further_sozialraeume": "Weitere Sozialräume",
    "postcode": "PLZ",
    "latitude": "Breitengrad",
    "longitude": "Längengrad",
    "website": "Internetseite",
    "opening_slots": "Öffnungszeiten",
    "by_appointment": "Öffnungszeiten",
    "step_free": "Stufenlos",
    "accessible_toilet": "Barrierefreies WC",
    "hearing_loop": "Induktionsschleife",
    "languages": "Sprachen",
    "target_groups": "Zielgruppen",
    "topics": "Themen",
    "last_verified": "Geprüft am",
}
FIELDS_OF = {}
for _name, _column in COLUMN_OF.items():
    FIELDS_OF.setdefault(_column, []).append(_name)


def normalised(text):
    """For comparing names: case and spacing don't count."""
    return " ".join(text.split()).casefold()


def column_list(columns):
    return ", ".join(str(column) for column in columns)


@dataclass
class Table:
    columns: dict  # column name -> position in a row
    width: int
    unknown: list  # headers that are no column of ours, as written
    rows: list  # (row number, cells), without empty rows


def read_table(source):
    """The header and rows of a CSV file, or ImportFailed saying (in German) why it can't be read."""
    text = decode_utf8(read_file(source), source)
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    except csv.Error as error:
        raise ImportFailed(f"„{source}“ ist keine lesbare CSV-Datei: {error}.") from error
    if not records or not any(cell.strip() for cell in records[0]):
        raise ImportFailed(f"„{source}“ ist leer; in der ersten Zeile müssen die Spaltennamen stehen.")
    return Table(**_header(records[0], source), rows=_rows(records[1:]))


def _header(cells, source):
    if len(cells) == 1 and ("," in cells[0] or "\t" in cells[0]):
        raise ImportFailed(
            f"In „{source}“ sind die Spalten nicht durch Semikolon (;) getrennt. Bitte als CSV mit "
            "Semikolon als Trennzeichen speichern."
        )
    known = {column.casefold(): column for column in COLUMNS}
    columns, unknown = {}, []
    for position, cell in enumerate(cells):
        # "Geprüft am (TT.MM.JJJJ)" is "Geprüft am": a hint in brackets may stay in the header.
        header = re.sub(r"\s*\([^)]*\)$", "", " ".join(cell.split()))
        column = known.get(header.casefold())
        if column is None:
            if header:
                unknown.append(cell.strip())
            continue
        if column in columns:
            raise ImportFailed(f"Die Spalte „{column}“ steht zweimal in der ersten Zeile von „{source}“.")
        columns[column] = position
    missing = [column for column in REQUIRED if column not in columns]
    if missing:
        what = "fehlt die Pflichtspalte" if len(missing) == 1 else "fehlen die Pflichtspalten"
        raise ImportFailed(
            f"In „{source}“ {what} {column_list(missing)}. Die erste Zeile muss die "
            f"Spaltennamen enthalten, getrennt durch Semikolon; möglich sind: {column_list(COLUMNS)}."
        )
    return {"columns": columns, "width": len(cells), "unknown": unknown}


def _rows(records):
    # The row number is the one a spreadsheet shows: the header is row 1, empty rows count.
    return [
        (number, record)
        for number, record in enumerate(records, start=2)
        if any(cell.strip() for cell in record)
    ]
