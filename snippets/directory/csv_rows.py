"""One row of the directory import's CSV file, read into the shape of the model (`Entry`).

Every cell is checked; each problem becomes a German reason with the column's
name, and the columns that could not be read are left out of the row.
"""

import datetime
import decimal
import re
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.text import slugify

from ..languages import SOURCE_LANGUAGE, SPOKEN_LANGUAGES
from ..models import Organisation, OrganisationKind, Sozialraum, StepFree, TargetGroup, Topic
from .csv_table import COLUMNS, LIST_SEPARATOR, TEXT_COLUMNS, column_list, normalised
from .opening_hours import parse_opening_hours

YES, NO = "ja", "nein"
# Around Cologne, generously: catches swapped or mistyped coordinates.
LATITUDES = (decimal.Decimal("50.8"), decimal.Decimal("51.1"))
LONGITUDES = (decimal.Decimal("6.7"), decimal.Decimal("7.2"))
COORDINATE_PLACES = decimal.Decimal("0.000001")
DESCRIPTION_LIMIT = 600  # the admin form's limit; a TextField's max_length is not checked by the model
KEY_LIMIT = Organisation._meta.get_field("import_key").max_length
TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def key_from(name, postcode):
    """The key of a row without "Schlüssel": its name and postcode, e.g. familienzentrum-kalk-51103."""
    base = slugify(normalised(name).translate(TRANSLITERATION)) or slugify(name, allow_unicode=True)
    return "-".join(part for part in (base[: KEY_LIMIT - 6], postcode) if part)


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
