"""What a file import needs whatever it reads: the file, one outcome per row, the counts, the failure.

Generic on purpose, so that the directory's CSV import and the calendar's iCal
import can share it (the CSV import is the only user so far). Messages are
German, for the operator running the import.
"""

from dataclasses import dataclass, field
from pathlib import Path

CREATED, UPDATED, UNCHANGED, FAILED = "created", "updated", "unchanged", "failed"


class ImportFailed(Exception):
    """The import cannot run at all (unreadable file, wrong format, missing setup); the text says why."""


class RowError(Exception):
    """A row that cannot be imported; `problems` are German reasons for the operator."""

    def __init__(self, problems):
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass
class Outcome:
    """What became of one row (`number` as the file shows it)."""

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


@dataclass
class ImportResult:
    """The outcomes of one run, counted."""

    dry_run: bool = False
    counts: dict = field(default_factory=lambda: dict.fromkeys((CREATED, UPDATED, UNCHANGED, FAILED), 0))

    def add(self, outcome):
        self.counts[outcome.action] += 1

    @property
    def failed(self):
        return self.counts[FAILED]

    def summary(self):
        counts = self.counts
        summary = (
            f"Angelegt: {counts[CREATED]} · Aktualisiert: {counts[UPDATED]} · "
            f"Unverändert: {counts[UNCHANGED]} · Fehlerhaft: {counts[FAILED]}"
        )
        return summary + (" – Probelauf, nichts gespeichert" if self.dry_run else "")


def read_file(source, max_bytes):
    """The bytes of the file at `source`, or ImportFailed saying why not (missing, too big, unreadable)."""
    path = Path(source)
    if not path.exists():
        raise ImportFailed(f"Die Datei „{source}“ gibt es nicht.")
    if not path.is_file():
        raise ImportFailed(f"„{source}“ ist keine Datei.")
    try:
        if path.stat().st_size > max_bytes:
            raise ImportFailed(f"„{source}“ ist größer als {max_bytes // (1024 * 1024)} MB.")
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
