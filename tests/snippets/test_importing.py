"""snippets.importing: what the iCal and the directory import share (file, outcome, result)."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from snippets.importing import (
    CREATED,
    FAILED,
    SKIPPED,
    SUCCESS,
    UNCHANGED,
    UPDATED,
    ImportFailed,
    ImportResult,
    Message,
    Outcome,
    read_file,
)


def test_read_file_takes_a_path_or_an_upload_within_the_limit(tmp_path):
    path = tmp_path / "liste.csv"
    path.write_bytes(b"Name;Art\n")
    assert read_file(str(path)) == b"Name;Art\n"
    assert read_file(SimpleUploadedFile("liste.csv", b"Name;Art\n")) == b"Name;Art\n"


@pytest.mark.parametrize("uploaded", [False, True])
def test_read_file_refuses_a_file_over_the_limit_in_german(tmp_path, uploaded):
    path = tmp_path / "gross.ics"
    megabyte = 1024 * 1024
    path.write_bytes(b"x" * (megabyte + 1))
    source = SimpleUploadedFile("gross.ics", path.read_bytes()) if uploaded else str(path)
    with pytest.raises(ImportFailed) as refused:
        read_file(source, max_bytes=megabyte, consequence="so große Kalender werden nicht eingelesen")
    name = "gross.ics" if uploaded else str(path)
    assert str(refused.value) == f"„{name}“ ist größer als 1 MB; so große Kalender werden nicht eingelesen."


def test_read_file_says_what_is_missing(tmp_path):
    with pytest.raises(ImportFailed, match="gibt es nicht"):
        read_file(str(tmp_path / "fehlt.csv"))
    with pytest.raises(ImportFailed, match="ist keine Datei"):
        read_file(str(tmp_path))


def test_outcomes_say_what_happened_and_importers_may_word_it_their_way():
    assert str(Outcome("Treff", CREATED)) == "angelegt"
    assert str(Outcome("Treff", UPDATED, "Beginn, Ende")) == "aktualisiert (Beginn, Ende)"
    assert str(Outcome("Treff", SKIPPED, "ohne Titel")) == "übersprungen: ohne Titel"

    class RowOutcome(Outcome):
        texts = {**Outcome.texts, FAILED: "fehlerhaft – Zeile {number}: {detail}"}

    assert str(RowOutcome("Kita", FAILED, "PLZ fehlt", number=7)) == "fehlerhaft – Zeile 7: PLZ fehlt"


def test_result_counts_outcomes_and_passes_each_message_on_at_once():
    shown = []
    result = ImportResult(dry_run=True, on_message=shown.append)
    result.announce_dry_run()
    result.record(1, 3, Outcome("Treff", CREATED))
    result.record(2, 3, Outcome("Chor", UNCHANGED))
    result.record(3, 3, Outcome("Kurs", SKIPPED, "ohne Beginn"))
    result.add(result.tally(("Angelegt", CREATED), ("Übersprungen", SKIPPED, UNCHANGED)), SUCCESS)
    assert shown == result.messages
    assert [message.text for message in result.messages] == [
        "Probelauf: es wird nichts gespeichert.",
        "[1/3] Treff … angelegt",
        "[2/3] Chor … unverändert",
        "[3/3] Kurs … übersprungen: ohne Beginn",
        "Angelegt: 1 · Übersprungen: 2",
    ]
    assert result.messages[-1] == Message("Angelegt: 1 · Übersprungen: 2", SUCCESS)
    assert (result.total, result.changed, result.dry_run_suffix) == (
        3,
        True,
        " – Probelauf, nichts gespeichert",
    )
