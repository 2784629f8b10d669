"""What every importer needs, whatever it imports: the file, the outcome of each item, the result.

An importer (the calendar's iCal import, the directory's CSV import) reads
its source with `read_file`, turns each item (an event, a row) into an
`Outcome`, and records it in an `ImportResult`, which counts the outcomes and
collects the German messages for the operator. A management command prints
those messages as they come (`on_message`); a test or an admin view can read
`result.messages` afterwards. A problem that stops the whole import is an
`ImportFailed` with a German message.

This module is the bottom layer: it imports nothing of the project.
"""

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar, NamedTuple

MAX_BYTES = 5 * 1024 * 1024

# What became of one item.
CREATED, UPDATED, UNCHANGED, SKIPPED, FAILED = "created", "updated", "unchanged", "skipped", "failed"
# How a message is shown.
INFO, SUCCESS, WARNING = "info", "success", "warning"

DRY_RUN_NOTICE = "Probelauf: es wird nichts gespeichert."
DRY_RUN_SUFFIX = " – Probelauf, nichts gespeichert"


class ImportFailed(Exception):
    """The import cannot start, or has to stop; the message (German) is for the operator."""


class RowError(Exception):
    """One item that cannot be imported; `problems` are German reasons for the operator."""

    def __init__(self, problems):
        super().__init__("; ".join(problems))
        self.problems = problems


def too_big(source, max_bytes=MAX_BYTES, consequence=""):
    """ "„x.csv“ ist größer als 5 MB", and what follows from it, as a sentence."""
    megabytes = max_bytes // (1024 * 1024)
    return f"„{source}“ ist größer als {megabytes} MB" + (f"; {consequence}" if consequence else "") + "."


def read_file(source, *, max_bytes=MAX_BYTES, consequence=""):
    """The bytes of a file given by its path (command line) or uploaded (a Django UploadedFile).

    ImportFailed says in German why it can't be read; a file larger than
    `max_bytes` is refused (`consequence` completes that message).
    """
    if hasattr(source, "read"):
        name = getattr(source, "name", "") or "Datei"
        size = getattr(source, "size", None)
        data = source.read(max_bytes + 1) if size is None or size <= max_bytes else b""
        if (size or 0) > max_bytes or len(data) > max_bytes:
            raise ImportFailed(too_big(name, max_bytes, consequence))
        return data
    path = Path(source)
    if not path.exists():
        raise ImportFailed(f"Die Datei „{source}“ gibt es nicht.")
    if not path.is_file():
        raise ImportFailed(f"„{source}“ ist keine Datei.")
    try:
        if path.stat().st_size > max_bytes:
            raise ImportFailed(too_big(source, max_bytes, consequence))
        return path.read_bytes()
    except OSError as error:
        raise ImportFailed(f"Die Datei „{source}“ lässt sich nicht lesen: {error.strerror}.") from error


def decode_utf8(data, source):
    """The text of a UTF-8 file (with or without BOM), or ImportFailed naming the first bad line."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ImportFailed(
            f"„{source}“ ist nicht UTF-8-kodiert (zuerst in Zeile {line}). Bitte in der Tabellenkalkulation "
            "als „CSV UTF-8“ bzw. mit Zeichensatz „Unicode (UTF-8)“ speichern."
        ) from error


@dataclass
class Outcome:
    """What became of one item: `action` is CREATED, UPDATED, UNCHANGED, SKIPPED or FAILED.

    `str()` says it in German; an importer may word it its own way by
    overriding `texts` (each a format string over the fields).
    """

    label: str  # what the operator recognises the item by: a title, a name
    action: str
    detail: str = ""  # what changed, or why it was skipped
    number: int | None = None  # where the item is in the source, e.g. a row number

    texts: ClassVar[dict] = {
        CREATED: "angelegt",
        UPDATED: "aktualisiert ({detail})",
        UNCHANGED: "unverändert",
        SKIPPED: "übersprungen: {detail}",
        FAILED: "fehlerhaft: {detail}",
    }

    def __str__(self):
        return self.texts[self.action].format(detail=self.detail, number=self.number, label=self.label)


class Message(NamedTuple):
    text: str
    level: str = INFO


def show_message(command, message):
    """Writes a Message to a management command's output, in the command's colour for its level."""
    style = {SUCCESS: command.style.SUCCESS, WARNING: command.style.WARNING}.get(message.level, str)
    command.stdout.write(style(message.text))


class ImportResult:
    """The outcomes of one run, counted, and the messages for the operator, in order.

    `on_message`, if given, receives every Message as soon as it is added, so a
    command can show the progress of a long import.
    """

    def __init__(self, *, dry_run=False, on_message=None):
        self.dry_run = dry_run
        self.on_message = on_message
        self.counts = dict.fromkeys((CREATED, UPDATED, UNCHANGED, SKIPPED, FAILED), 0)
        self.messages = []

    def add(self, text, level=INFO):
        message = Message(text, level)
        self.messages.append(message)
        if self.on_message is not None:
            self.on_message(message)
        return message

    def announce_dry_run(self):
        if self.dry_run:
            self.add(DRY_RUN_NOTICE)

    def record(self, position, total, outcome):
        """Counts the outcome and reports it as "[3/12] Name … angelegt"."""
        self.counts[outcome.action] += 1
        self.add(f"[{position}/{total}] {outcome.label} … {outcome}")
        return outcome

    def count(self, *actions):
        return sum(self.counts[action] for action in actions)

    @property
    def total(self):
        return self.count(*self.counts)

    @property
    def changed(self):
        """Whether anything was (or, in a dry run, would have been) written."""
        return bool(self.count(CREATED, UPDATED))

    def tally(self, *parts):
        """ "Angelegt: 2 · Aktualisiert: 1" from (label, action, ...) tuples."""
        return " · ".join(f"{label}: {self.count(*actions)}" for label, *actions in parts)

    @property
    def dry_run_suffix(self):
        return DRY_RUN_SUFFIX if self.dry_run else ""
