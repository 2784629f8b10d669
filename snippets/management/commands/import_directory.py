"""Reads a vetted list of addresses (CSV) into the address directory.

Each good row becomes a live German entry, or updates the entry it became
last time: the row's key (the column "Schlüssel", else one made from name and
postcode) is kept in `Organisation.import_key`. A row that would change
nothing writes nothing, so importing the same file twice gives the same
database. Each bad row is reported with its row number and all its reasons
and left out; the good rows are imported all the same. Every row is written
in its own transaction: an interrupted run leaves no half-written entry.

The file is UTF-8 (with or without BOM), semicolon-separated, with German
column names in the first row; docs/directory-import.md describes the columns
for operators. Only the columns present in the file are imported: a column
left out leaves that field of existing entries as it is.
"""

import csv
import datetime
import decimal
import io
import re
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.text import slugify
from wagtail.actions.create import CreateAction
from wagtail.actions.edit import EditAction
from wagtail.models import Locale

from snippets.directory.opening_hours import parse_opening_hours
from snippets.languages import SOURCE_LANGUAGE, SPOKEN_LANGUAGES
from snippets.models import (
    OpeningSlot,
    Organisation,
    OrganisationKind,
    Sozialraum,
    StepFree,
    TargetGroup,
    Topic,
)

MAX_BYTES = 5 * 1024 * 1024
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

YES, NO = "ja", "nein"
# Around Cologne, generously: catches swapped or mistyped coordinates.
LATITUDES = (decimal.Decimal("50.8"), decimal.Decimal("51.1"))
LONGITUDES = (decimal.Decimal("6.7"), decimal.Decimal("7.2"))
COORDINATE_PLACES = decimal.Decimal("0.000001")
DESCRIPTION_LIMIT = 600  # the admin form's limit; a TextField's max_length is not checked by the model
KEY_LIMIT = Organisation._meta.get_field("import_key").max_length
TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})

CREATED, UPDATED, UNCHANGED, FAILED = "created", "updated", "unchanged", "failed"


def normalised(text):
    """For comparing names: case and spacing don't count."""
    return " ".join(text.split()).casefold()


def key_from(name, postcode):
    """The key of a row without "Schlüssel": its name and postcode, e.g. familienzentrum-kalk-51103."""
    base = slugify(normalised(name).translate(TRANSLITERATION)) or slugify(name, allow_unicode=True)
    return "-".join(part for part in (base[: KEY_LIMIT - 6], postcode) if part)


def column_list(columns):
    return ", ".join(str(column) for column in columns)


# -- the file ---------------------------------------------------------------


@dataclass
class Table:
    columns: dict  # column name -> position in a row
    width: int
    unknown: list  # headers that are no column of ours, as written
    rows: list  # (row number, cells), without empty rows


def read_table(source):
    """The header and rows of a CSV file, or CommandError saying (in German) why it can't be read."""
    path = Path(source)
    if not path.exists():
        raise CommandError(f"Die Datei „{source}“ gibt es nicht.")
    if not path.is_file():
        raise CommandError(f"„{source}“ ist keine Datei.")
    try:
        if path.stat().st_size > MAX_BYTES:
            raise CommandError(f"„{source}“ ist größer als {MAX_BYTES // (1024 * 1024)} MB.")
        data = path.read_bytes()
    except OSError as error:
        raise CommandError(f"Die Datei „{source}“ lässt sich nicht lesen: {error.strerror}.") from error
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise CommandError(
            f"„{source}“ ist nicht UTF-8-kodiert (zuerst in Zeile {line}). Bitte in der Tabellenkalkulation "
            "als „CSV UTF-8“ bzw. mit Zeichensatz „Unicode (UTF-8)“ speichern."
        ) from error
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    except csv.Error as error:
        raise CommandError(f"„{source}“ ist keine lesbare CSV-Datei: {error}.") from error
    if not records or not any(cell.strip() for cell in records[0]):
        raise CommandError(f"„{source}“ ist leer; in der ersten Zeile müssen die Spaltennamen stehen.")
    return Table(**_header(records[0], source), rows=_rows(records[1:]))


def _header(cells, source):
    if len(cells) == 1 and ("," in cells[0] or "\t" in cells[0]):
        raise CommandError(
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
            raise CommandError(f"Die Spalte „{column}“ steht zweimal in der ersten Zeile von „{source}“.")
        columns[column] = position
    missing = [column for column in REQUIRED if column not in columns]
    if missing:
        what = "fehlt die Pflichtspalte" if len(missing) == 1 else "fehlen die Pflichtspalten"
        raise CommandError(
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


# -- reading one row --------------------------------------------------------


class RowError(Exception):
    """A row that cannot be imported; `problems` are German reasons for the operator."""

    def __init__(self, problems):
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass
class Entry:
    """What one row says, in the shape of the model."""

    number: int
    name: str = ""
    key: str = ""  # "Schlüssel", or derived_key
    derived_key: str = ""  # from name and postcode
    values: dict = field(default_factory=dict)  # model field -> value, for the columns present
    relations: dict = field(default_factory=dict)  # slots, tags, further Sozialräume, in comparable form
    objects: dict = field(default_factory=dict)  # tags and Sozialräume behind `relations`
    parent: str | None = None  # the "Träger" cell; None without that column
    problems: list = field(default_factory=list)
    failed: set = field(default_factory=set)  # columns that could not be read

    @property
    def label(self):
        return self.name or "(ohne Name)"


class EntryReader:
    """Turns the cells of a row into an Entry; vocabularies and Sozialräume are looked up once."""

    def __init__(self, table):
        self.table = table
        self.kinds = self._names(OrganisationKind.choices)
        self.step_free_answers = self._names(StepFree.choices)
        self.sozialraeume = self._lookup(Sozialraum.objects.all())
        self.topics = self._lookup(Topic.objects.all())
        self.target_groups = self._lookup(TargetGroup.objects.all())
        self.languages = {
            name.casefold(): code for code, *names in SPOKEN_LANGUAGES for name in (code, *names)
        }
        self.readers = {
            "Schlüssel": self._key,
            "Name": self._name,
            "Art": self._kind,
            "Träger": self._parent,
            "Kurzbeschreibung": self._description,
            "Angebote": self._offers,
            "Sozialraum": self._sozialraum,
            "Weitere Sozialräume": self._further_sozialraeume,
            "PLZ": self._postcode,
            "Breitengrad": self._latitude,
            "Längengrad": self._longitude,
            "Internetseite": self._website,
            "Öffnungszeiten": self._opening_hours,
            "Stufenlos": self._step_free,
            "Barrierefreies WC": self._accessible_toilet,
            "Induktionsschleife": self._hearing_loop,
            "Sprachen": self._languages,
            "Zielgruppen": self._target_groups,
            "Themen": self._topics,
            "Geprüft am": self._last_verified,
            **dict.fromkeys(TEXT_COLUMNS, self._text),
        }

    @staticmethod
    def _names(choices):
        return {name.casefold(): value for value, label in choices for name in (value, label)}

    @staticmethod
    def _lookup(objects):
        """Slug and name (any case) to object; the slugs are listed in messages."""
        found = {}
        for item in objects:
            found.setdefault(normalised(item.name), item)
            found[item.slug.casefold()] = item
        return found

    def read(self, number, record):
        entry = Entry(number)
        width = self.table.width
        extra = record[width:]
        if len(record) < width or any(cell.strip() for cell in extra):
            entry.problems.append(
                f"{len(record)} Zellen statt {width} – steht ein Semikolon im Text? "
                "Dann die Zelle in Anführungszeichen setzen."
            )
            position = self.table.columns["Name"]
            entry.name = " ".join(record[position].split()) if position < len(record) else ""
            return entry
        cells = {
            column: record[position].replace("\r\n", "\n").strip()
            for column, position in self.table.columns.items()
        }
        for column in COLUMNS:  # in this order: "Weitere Sozialräume" needs the home Sozialraum
            if column not in cells:
                continue
            try:
                self.readers[column](column, cells[column], entry)
            except ValueError as error:
                entry.problems.append(str(error))
                entry.failed.add(column)
        self._check_coordinates(entry)
        if entry.name:
            postcode = entry.values.get("postcode", "")
            entry.derived_key = key_from(entry.name, postcode)
            entry.key = entry.key or entry.derived_key
        return entry

    # one method per column

    def _text(self, column, value, entry):
        entry.values[TEXT_COLUMNS[column]] = value

    def _key(self, column, value, entry):
        if len(value) > KEY_LIMIT:
            raise ValueError(f"Schlüssel: höchstens {KEY_LIMIT} Zeichen (hat {len(value)})")
        entry.key = value

    def _name(self, column, value, entry):
        entry.name = " ".join(value.split())
        if not entry.name:
            raise ValueError("Name fehlt")
        entry.values["name"] = entry.name

    def _kind(self, column, value, entry):
        if not value:
            raise ValueError("Art fehlt")
        kind = self.kinds.get(value.casefold())
        if kind is None:
            allowed = column_list(label for _value, label in OrganisationKind.choices)
            raise ValueError(f"Art: unbekannt „{value}“ (erlaubt: {allowed})")
        entry.values["kind"] = kind

    def _parent(self, column, value, entry):
        entry.parent = value  # looked up in the directory when the row is written

    def _description(self, column, value, entry):
        if len(value) > DESCRIPTION_LIMIT:
            raise ValueError(f"Kurzbeschreibung: höchstens {DESCRIPTION_LIMIT} Zeichen (hat {len(value)})")
        entry.values["short_description"] = value

    def _offers(self, column, value, entry):
        offers = [item.strip() for item in re.split(r"[|\n]", value)]
        entry.values["offers"] = "\n".join(item for item in offers if item)

    def _sozialraum(self, column, value, entry):
        if not value:
            raise ValueError("Sozialraum fehlt")
        sozialraum = self._sozialraum_named(value)
        if sozialraum is None:
            raise ValueError(f"unbekannter Sozialraum „{value}“ ({self._sozialraum_hint()})")
        entry.values["sozialraum_id"] = sozialraum.pk

    def _further_sozialraeume(self, column, value, entry):
        found, unknown = [], []
        for item in _items(value):
            sozialraum = self._sozialraum_named(item)
            if sozialraum is None:
                unknown.append(f"„{item}“")
            elif sozialraum.pk != entry.values.get("sozialraum_id") and sozialraum not in found:
                found.append(sozialraum)
        if unknown:
            raise ValueError(
                f"Weitere Sozialräume: unbekannt {column_list(unknown)} ({self._sozialraum_hint()})"
            )
        entry.objects["further_sozialraeume"] = found
        entry.relations["further_sozialraeume"] = tuple(sorted(item.pk for item in found))

    def _sozialraum_named(self, value):
        return self.sozialraeume.get(value.casefold()) or self.sozialraeume.get(normalised(value))

    def _sozialraum_hint(self):
        slugs = sorted({item.slug for item in self.sozialraeume.values()})
        return f"gültig sind die Namen und die Kurznamen {column_list(slugs)}"

    def _postcode(self, column, value, entry):
        entry.values["postcode"] = "".join(value.split())  # the validator reports the rest

    def _latitude(self, column, value, entry):
        entry.values["latitude"] = _coordinate(column, value)

    def _longitude(self, column, value, entry):
        entry.values["longitude"] = _coordinate(column, value)

    def _check_coordinates(self, entry):
        latitude, longitude = entry.values.get("latitude"), entry.values.get("longitude")
        if {"Breitengrad", "Längengrad"} & entry.failed or (latitude is None and longitude is None):
            return
        if latitude is None or longitude is None:
            entry.problems.append("Breitengrad und Längengrad: bitte beide angeben oder beide leer lassen")
        elif not (LATITUDES[0] <= latitude <= LATITUDES[1] and LONGITUDES[0] <= longitude <= LONGITUDES[1]):
            entry.problems.append(
                f"Breitengrad und Längengrad: {_german_number(latitude)} / {_german_number(longitude)} "
                "liegt nicht in Köln (vertauscht? Köln liegt bei etwa 50,9 / 6,9)"
            )
        else:
            return
        entry.failed.update({"Breitengrad", "Längengrad"})

    def _website(self, column, value, entry):
        if value and "://" not in value:
            value = f"https://{value}"  # "www.beispiel.example" is meant as a web address
        entry.values["website"] = value

    def _opening_hours(self, column, value, entry):
        try:
            slots, by_appointment = parse_opening_hours(value)
        except ValueError as error:
            raise ValueError(f"Öffnungszeiten {error}") from error
        entry.relations["opening_slots"] = tuple(slots)
        entry.values["by_appointment"] = by_appointment

    def _step_free(self, column, value, entry):
        value = value or StepFree.UNKNOWN
        step_free = self.step_free_answers.get(value.casefold())
        if step_free is None:
            raise ValueError(f"Stufenlos: „{value}“ – erlaubt sind {column_list(StepFree.values)}")
        entry.values["step_free"] = step_free

    def _accessible_toilet(self, column, value, entry):
        entry.values["accessible_toilet"] = _yes_no(column, value)

    def _hearing_loop(self, column, value, entry):
        entry.values["hearing_loop"] = _yes_no(column, value)

    def _languages(self, column, value, entry):
        codes, unknown = [], []
        for item in _items(value.replace(",", LIST_SEPARATOR)):
            code = self.languages.get(item.casefold())
            if code is None:
                unknown.append(f"„{item}“")
            elif code not in codes:
                codes.append(code)
        if unknown:
            allowed = column_list(code for code, *_names in SPOKEN_LANGUAGES)
            raise ValueError(
                f"Sprachen: unbekannt {column_list(unknown)} (erlaubt: {allowed} oder die Namen)"
            )
        entry.values["languages"] = ",".join(codes) or SOURCE_LANGUAGE

    def _target_groups(self, column, value, entry):
        self._tags(column, value, entry, "target_groups", self.target_groups)

    def _topics(self, column, value, entry):
        self._tags(column, value, entry, "topics", self.topics)

    def _tags(self, column, value, entry, relation, vocabulary):
        found, unknown = [], []
        for item in _items(value):
            tag = vocabulary.get(item.casefold()) or vocabulary.get(normalised(item))
            if tag is None:
                unknown.append(f"„{item}“")
            elif tag not in found:
                found.append(tag)
        if unknown:
            slugs = column_list(sorted({tag.slug for tag in vocabulary.values()}))
            raise ValueError(
                f"{column}: unbekannt {column_list(unknown)} "
                f"(gültig sind die Namen und die Kurznamen {slugs})"
            )
        entry.objects[relation] = found
        entry.relations[relation] = tuple(sorted(tag.slug for tag in found))

    def _last_verified(self, column, value, entry):
        if not value:
            return  # new entries: today; existing ones keep their date
        for pattern in ("%d.%m.%Y", "%Y-%m-%d"):
            try:
                day = datetime.datetime.strptime(value, pattern).date()
                break
            except ValueError:
                continue
        else:
            raise ValueError(f"Geprüft am: „{value}“ ist kein Datum (TT.MM.JJJJ, zum Beispiel 15.03.2026)")
        if day > timezone.localdate():
            raise ValueError(f"Geprüft am: {day:%d.%m.%Y} liegt in der Zukunft")
        entry.values["last_verified"] = day


def _items(value):
    return [" ".join(item.split()) for item in value.split(LIST_SEPARATOR) if item.strip()]


def _yes_no(column, value):
    answer = value.casefold() or NO
    if answer not in (YES, NO):
        raise ValueError(f"{column}: „{value}“ – erlaubt sind ja und nein")
    return answer == YES


def _coordinate(column, value):
    if not value:
        return None
    try:
        number = decimal.Decimal(value.replace(",", "."))
    except decimal.InvalidOperation:
        number = None
    if number is None or not number.is_finite():
        raise ValueError(f"{column}: „{value}“ ist keine Zahl (zum Beispiel 50,9375)")
    return number.quantize(COORDINATE_PLACES)


def _german_number(value):
    return f"{value.normalize():f}".replace(".", ",")


# -- writing ----------------------------------------------------------------


@dataclass
class Outcome:
    number: int
    name: str
    action: str
    detail: str = ""

    def __str__(self):
        if self.action == CREATED:
            return "angelegt"
        if self.action == UPDATED:
            return f"aktualisiert ({self.detail})"
        if self.action == UNCHANGED:
            return "unverändert"
        return f"fehlerhaft – Zeile {self.number}: {self.detail}"


def _state(organisation, names):
    """The entry's current values of these fields and relations, in the form `Entry` holds them."""
    state = {}
    for name in names:
        if name == "opening_slots":
            slots = organisation.opening_slots.all()
            state[name] = tuple(sorted((slot.weekday, slot.opens, slot.closes) for slot in slots))
        elif name in ("topics", "target_groups"):
            state[name] = tuple(sorted(tag.slug for tag in getattr(organisation, name).all()))
        elif name == "further_sozialraeume":
            state[name] = tuple(sorted(item.pk for item in organisation.further_sozialraeume.all()))
        else:
            state[name] = getattr(organisation, name)
    return state


def _changes(names):
    columns = {COLUMN_OF[name] for name in names}
    return column_list(column for column in COLUMNS if column in columns)


def _messages(error):
    messages = []
    for name, texts in error.message_dict.items():
        column = COLUMN_OF.get(name)
        if column is None and name != "__all__":
            column = str(Organisation._meta.get_field(name).verbose_name)
        messages.extend(f"{column}: {text}" if column else text for text in texts)
    return messages


class DirectoryImport:
    """Imports the rows of a Table as German directory entries, one transaction per row."""

    def __init__(self, table, locale):
        self.table = table
        self.locale = locale
        self.reader = EntryReader(table)
        self.keys = {}  # key -> first row with it
        self.names = {}  # (name, postcode) -> first row with them
        self.number = None  # the row being imported

    def run(self):
        """Yields (position, total, Outcome) for every row, as it is done."""
        total = len(self.table.rows)
        for position, (number, record) in enumerate(self.table.rows, start=1):
            self.number = number
            yield position, total, self.apply(number, record)
        self.number = None

    def apply(self, number, record):
        entry = self.reader.read(number, record)
        self._check_file_duplicates(entry)
        try:
            with transaction.atomic():
                return self._write(entry)
        except RowError as error:
            return Outcome(number, entry.label, FAILED, "; ".join(error.problems))

    def _check_file_duplicates(self, entry):
        if not entry.key:
            return
        same_name = (normalised(entry.name), entry.values.get("postcode", ""))
        if entry.key in self.keys:
            earlier = self.keys[entry.key]
            if entry.key == entry.derived_key:
                entry.problems.append(f"doppelt: gleicher Name und gleiche PLZ wie Zeile {earlier}")
            else:
                entry.problems.append(f"doppelt: derselbe Schlüssel „{entry.key}“ wie Zeile {earlier}")
        elif same_name in self.names:
            entry.problems.append(f"doppelt: gleicher Name und gleiche PLZ wie Zeile {self.names[same_name]}")
        self.keys.setdefault(entry.key, entry.number)
        self.names.setdefault(same_name, entry.number)

    def _write(self, entry):
        problems = list(entry.problems)
        if not entry.key:  # without a name (or a readable row) there is nothing to look up
            raise RowError(problems)
        german = Organisation.objects.filter(locale=self.locale)
        existing = german.select_for_update().filter(import_key=entry.key).order_by("pk").first()
        if existing is None and entry.key != entry.derived_key:
            # The file got a "Schlüssel" column since the last import: take over the entry made without one.
            existing = german.select_for_update().filter(import_key=entry.derived_key).order_by("pk").first()
        problems += self._twins(entry, existing, german)
        if entry.parent is not None:
            problems += self._resolve_parent(entry, existing, german)

        organisation = existing or Organisation(locale=self.locale)
        incoming = {**entry.values, **entry.relations, "import_key": entry.key}
        before = _state(organisation, incoming) if existing else None
        for name, value in entry.values.items():
            setattr(organisation, name, value)
        organisation.import_key = entry.key
        exclude = [name for column in entry.failed for name in FIELDS_OF.get(column, [])]
        try:
            organisation.full_clean(exclude=exclude)
        except ValidationError as error:
            problems += _messages(error)
        if problems:
            raise RowError(problems)

        if existing is None:
            self._set_relations(organisation, entry, entry.relations)
            CreateAction(organisation, publish=True).execute(skip_permission_checks=True)
            return Outcome(entry.number, entry.label, CREATED)
        changed = [name for name, value in incoming.items() if value != before[name]]
        if not changed:
            return Outcome(entry.number, entry.label, UNCHANGED)
        self._check_editable(existing)
        self._set_relations(organisation, entry, [name for name in changed if name in entry.relations])
        EditAction(organisation, publish=True).execute(skip_permission_checks=True)
        return Outcome(entry.number, entry.label, UPDATED, _changes(changed))

    def _twins(self, entry, existing, german):
        """Another entry with this name and postcode is a duplicate, unless it has this row's key."""
        postcode = entry.values.get("postcode", existing.postcode if existing else "")
        candidates = (
            german.filter(postcode=postcode)
            .exclude(pk=existing.pk if existing else None)
            .exclude(import_key=entry.key)
            .order_by("pk")
            .values_list("name", "import_key")
        )
        for name, key in candidates:  # compared here: case and spacing don't count
            if normalised(name) != normalised(entry.name):
                continue
            where = f"„{name}“ mit der PLZ {postcode or '–'}"
            if key:
                return [f"doppelt: Es gibt schon den Eintrag {where} unter dem Schlüssel „{key}“"]
            return [f"doppelt: Es gibt schon den Eintrag {where} (im Admin angelegt, ohne Schlüssel)"]
        return []

    def _resolve_parent(self, entry, existing, german):
        value = entry.parent
        if not value:
            entry.values["parent_id"] = None
            return []
        matches = list(german.filter(import_key=value)[:2]) or list(german.filter(name__iexact=value)[:2])
        if not matches:
            return [
                f"Träger: kein Eintrag mit dem Schlüssel oder Namen „{value}“ im Verzeichnis "
                "(ein Träger muss schon im Verzeichnis sein oder weiter oben in der Datei stehen)"
            ]
        if len(matches) > 1:
            return [f"Träger: „{value}“ passt auf mehrere Einträge; bitte den Schlüssel des Trägers angeben"]
        if existing is not None and matches[0].pk == existing.pk:
            return ["Träger: ein Eintrag kann nicht sein eigener Träger sein"]
        entry.values["parent_id"] = matches[0].pk
        return []

    @staticmethod
    def _check_editable(existing):
        # The import publishes: it must not publish someone's unapproved draft, nor throw it away.
        if existing.has_unpublished_changes:
            reason = "hat im Admin unveröffentlichte Änderungen (Entwurf oder laufende Freigabe)"
            advice = "bitte dort erst veröffentlichen oder verwerfen"
        elif existing.locked:
            reason, advice = "ist im Admin gesperrt", "bitte erst entsperren"
        elif not existing.live:
            reason = "ist im Admin zurückgezogen (nicht veröffentlicht)"
            advice = "der Import veröffentlicht ihn nicht wieder; bitte dort entscheiden"
        else:
            return
        raise RowError([f"der Eintrag „{existing.name}“ {reason}; {advice}"])

    def _set_relations(self, organisation, entry, names):
        for name in names:
            if name == "opening_slots":
                organisation.opening_slots = [
                    OpeningSlot(
                        locale=self.locale, weekday=weekday, opens=opens, closes=closes, sort_order=order
                    )
                    for order, (weekday, opens, closes) in enumerate(entry.relations[name])
                ]
            elif name in ("topics", "target_groups"):
                getattr(organisation, name).set(entry.objects[name])
            elif name == "further_sozialraeume":
                organisation.further_sozialraeume = entry.objects[name]


# -- the command ----------------------------------------------------------------


class Command(BaseCommand):
    help = (
        "Liest eine geprüfte Adressliste (CSV, UTF-8, Semikolon, deutsche Spaltennamen) in das "
        "Adressverzeichnis ein: jede gute Zeile wird ein veröffentlichter deutscher Eintrag oder "
        "aktualisiert den Eintrag vom letzten Import (über den Schlüssel); fehlerhafte Zeilen werden mit "
        "Zeilennummer und Grund gemeldet und ausgelassen. Spalten: docs/directory-import.md."
    )

    def add_arguments(self, parser):
        parser.add_argument("datei", help="Pfad zur CSV-Datei, z. B. fixtures/adressen-beispiel.csv")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Nur anzeigen, was passieren würde; nichts speichern.",
        )

    def handle(self, *args, **options):
        # German whatever language a caller left active: Django's validation messages.
        with translation.override(SOURCE_LANGUAGE):
            self.import_file(options)

    def import_file(self, options):
        verbose = options["verbosity"] > 0
        dry_run = options["dry_run"]
        table = read_table(options["datei"])
        locale = Locale.objects.filter(language_code=SOURCE_LANGUAGE).first()
        if locale is None:
            raise CommandError(
                "Die Sprache Deutsch (de) ist nicht angelegt; bitte zuerst setup_sites aufrufen."
            )
        if verbose:
            for header in table.unknown:
                self.stdout.write(
                    self.style.WARNING(f"Spalte „{header}“ ist unbekannt und wird nicht eingelesen.")
                )
            if dry_run:
                self.stdout.write("Probelauf: es wird nichts gespeichert.")
        counts = {CREATED: 0, UPDATED: 0, UNCHANGED: 0, FAILED: 0}
        importer = DirectoryImport(table, locale)
        try:
            # A dry run writes every row as the real run would, so later rows see earlier ones
            # (Träger, duplicates), and throws it all away at the end.
            with transaction.atomic() if dry_run else nullcontext():
                for position, total, outcome in importer.run():
                    counts[outcome.action] += 1
                    if verbose:
                        self.stdout.write(f"[{position}/{total}] {outcome.name} … {outcome}")
                if dry_run:
                    transaction.set_rollback(True)
        except KeyboardInterrupt:
            if verbose:
                self.stdout.write(self._summary(counts, dry_run))
            if dry_run:
                raise CommandError("Abgebrochen; im Probelauf wurde nichts gespeichert.") from None
            raise CommandError(
                f"Abgebrochen in Zeile {importer.number}: diese Zeile wurde nicht gespeichert, "
                "die Zeilen davor schon. Ein neuer Aufruf mit derselben Datei macht weiter."
            ) from None
        if not verbose:
            return
        if not table.rows:
            self.stdout.write("Die Datei enthält keine Adressen, nur die Kopfzeile.")
        style = self.style.WARNING if counts[FAILED] else self.style.SUCCESS
        self.stdout.write(style(self._summary(counts, dry_run)))
        if counts[FAILED]:
            self.stdout.write(
                "Fehlerhafte Zeilen wurden ausgelassen. Nach der Korrektur die Datei einfach erneut "
                "einlesen: schon übernommene Zeilen bleiben dann unverändert."
            )

    @staticmethod
    def _summary(counts, dry_run):
        summary = (
            f"Angelegt: {counts[CREATED]} · Aktualisiert: {counts[UPDATED]} · "
            f"Unverändert: {counts[UNCHANGED]} · Fehlerhaft: {counts[FAILED]}"
        )
        return summary + (" – Probelauf, nichts gespeichert" if dry_run else "")
