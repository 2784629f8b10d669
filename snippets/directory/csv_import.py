"""Reads a vetted list of addresses (CSV) into the address directory.

Each good row becomes a live German entry, or updates the entry it became
last time: the row's key (the column "Schlüssel", else one made from name and
postcode) is kept in `Organisation.import_key`. A row that would change
nothing writes nothing, so importing the same file twice gives the same
database. Each bad row is reported with its row number and all its reasons
and left out; the good rows are imported all the same. Every row is written
in its own transaction: an interrupted run leaves no half-written entry.

`start_import` reads the file; `DirectoryImport.run_all` writes the rows.
The command `import_directory` only prints what they report.
"""

import uuid
from contextlib import nullcontext

from django.core.exceptions import ValidationError
from django.db import transaction
from wagtail.actions.create import CreateAction
from wagtail.actions.edit import EditAction
from wagtail.models import Locale

from ..importing import (
    CREATED,
    FAILED,
    SUCCESS,
    UNCHANGED,
    UPDATED,
    WARNING,
    ImportFailed,
    ImportResult,
    Outcome,
    RowError,
)
from ..languages import SOURCE_LANGUAGE
from ..models import OpeningSlot, Organisation
from .csv_rows import EntryReader, normalised
from .csv_table import COLUMN_OF, COLUMNS, FIELDS_OF, column_list, read_table


class RowOutcome(Outcome):
    """A row's outcome; a refused row names its line in the file."""

    texts = {**Outcome.texts, FAILED: "fehlerhaft – Zeile {number}: {detail}"}


NO_ROWS = "Die Datei enthält keine Adressen, nur die Kopfzeile."
ROWS_LEFT_OUT = (
    "Fehlerhafte Zeilen wurden ausgelassen. Nach der Korrektur die Datei einfach erneut "
    "einlesen: schon übernommene Zeilen bleiben dann unverändert."
)


def summary(result):
    """ "Angelegt: 3 · Aktualisiert: 1 · Unverändert: 0 · Fehlerhaft: 1" (and whether it was a dry run)."""
    counts = result.tally(
        ("Angelegt", CREATED), ("Aktualisiert", UPDATED), ("Unverändert", UNCHANGED), ("Fehlerhaft", FAILED)
    )
    return counts + result.dry_run_suffix


class ImportInterrupted(ImportFailed):
    """Ctrl-C during the run; `result` counts the rows done so far."""

    def __init__(self, message, result):
        super().__init__(message)
        self.result = result


def start_import(source):
    """The import of the CSV file at `source`, ready to run, or ImportFailed saying why not."""
    table = read_table(source)
    locale = Locale.objects.filter(language_code=SOURCE_LANGUAGE).first()
    if locale is None:
        raise ImportFailed("Die Sprache Deutsch (de) ist nicht angelegt; bitte zuerst setup_sites aufrufen.")
    return DirectoryImport(table, locale)


def _is_uuid(value):
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


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

    def run_all(self, dry_run=False, on_message=None):
        """Imports every row and returns the ImportResult with its messages (`on_message` gets each at once).

        A dry run writes every row as the real run would, so later rows see
        earlier ones (Träger, duplicates), and throws it all away at the end.
        Ctrl-C raises ImportInterrupted, saying what was kept.
        """
        result = ImportResult(dry_run=dry_run, on_message=on_message)
        for header in self.table.unknown:
            result.add(f"Spalte „{header}“ ist unbekannt und wird nicht eingelesen.", WARNING)
        result.announce_dry_run()
        try:
            with transaction.atomic() if dry_run else nullcontext():
                for position, total, outcome in self.run():
                    result.record(position, total, outcome)
                if dry_run:
                    transaction.set_rollback(True)
        except KeyboardInterrupt:
            if dry_run:
                raise ImportInterrupted(
                    "Abgebrochen; im Probelauf wurde nichts gespeichert.", result
                ) from None
            raise ImportInterrupted(
                f"Abgebrochen in Zeile {self.number}: diese Zeile wurde nicht gespeichert, "
                "die Zeilen davor schon. Ein neuer Aufruf mit derselben Datei macht weiter.",
                result,
            ) from None
        if not self.table.rows:
            result.add(NO_ROWS)
        failed = result.counts[FAILED]
        result.add(summary(result), WARNING if failed else SUCCESS)
        if failed:
            result.add(ROWS_LEFT_OUT)
        return result

    def apply(self, number, record):
        entry = self.reader.read(number, record)
        self._check_file_duplicates(entry)
        try:
            with transaction.atomic():
                return self._write(entry)
        except RowError as error:
            return RowOutcome(entry.label, FAILED, "; ".join(error.problems), number)

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
        if existing is None and _is_uuid(entry.key):
            # A row of the admin's export: an entry made in the admin is named by its translation key.
            existing = german.select_for_update().filter(import_key="", translation_key=entry.key).first()
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
            return RowOutcome(entry.label, CREATED, number=entry.number)
        changed = [name for name, value in incoming.items() if value != before[name]]
        if not changed:
            return RowOutcome(entry.label, UNCHANGED, number=entry.number)
        self._check_editable(existing)
        self._set_relations(organisation, entry, [name for name in changed if name in entry.relations])
        EditAction(organisation, publish=True).execute(skip_permission_checks=True)
        return RowOutcome(entry.label, UPDATED, _changes(changed), entry.number)

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
