"""import_directory: a vetted CSV list becomes live German directory entries, matched by a stable key.

The sample file names Sozialräume all over the city; the test portal has
sites for three of them, so every test first adds the records of the others
from the product's list (the import needs the records, not their sites).
"""

import csv
import datetime
import io
import json

import factory
import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db.models.signals import post_save
from django.utils import timezone
from wagtail.models import ModelLogEntry, Revision

from snippets.directory.opening_hours import format_opening_hours, parse_opening_hours
from snippets.models import (
    OpeningSlot,
    Organisation,
    OrganisationKind,
    OrganisationTargetGroup,
    OrganisationTopic,
    Sozialraum,
)
from tests import factories

pytestmark = pytest.mark.django_db

SAMPLE = settings.BASE_DIR / "fixtures" / "adressen-beispiel.csv"
SUMMARY_OF_SAMPLE = "Angelegt: 12 · Aktualisiert: 0 · Unverändert: 0 · Fehlerhaft: 0"


class OrganisationFactory(factories.OrganisationFactory):
    """An entry made in the admin: no import key."""

    name = factory.Faker("company", locale="de_DE")
    kind = OrganisationKind.VEREIN
    sozialraum = factory.LazyFunction(lambda: Sozialraum.objects.get(slug="kalk"))
    postcode = factory.Faker("random_element", elements=["51103", "51105", "51107"])


@pytest.fixture(autouse=True)
def every_sozialraum(db):
    with open(settings.SOZIALRAUM_LIST, encoding="utf-8") as handle:
        listed = json.load(handle)["sozialraeume"]
    present = set(Sozialraum.objects.values_list("slug", flat=True))
    Sozialraum.objects.bulk_create(
        Sozialraum(slug=item["slug"], name=item["name"], stadtbezirk=item["stadtbezirk"])
        for item in listed
        if item["slug"] not in present
    )


def run(*args, **options):
    out = io.StringIO()
    call_command("import_directory", *map(str, args), stdout=out, **options)
    return out.getvalue()


def progress_lines(output):
    return [line for line in output.splitlines() if line.startswith("[")]


def sample_rows():
    with open(SAMPLE, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=";"))


def write_csv(path, rows, header=None, encoding="utf-8"):
    """A CSV file as a spreadsheet writes it: semicolons, quotes only where needed."""
    header = header or list(rows[0])
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([row.get(column, "") for column in header] if isinstance(row, dict) else row)
    path.write_bytes(out.getvalue().encode(encoding))
    return path


def imported():
    """What imports brought: entries made in the admin have no import key."""
    return Organisation.objects.exclude(import_key="")


def entry(key):
    return Organisation.objects.get(import_key=key, locale__language_code="de")


def slots_of(organisation):
    return [
        (slot.weekday, slot.opens, slot.closes) for slot in organisation.opening_slots.order_by("sort_order")
    ]


def snapshot():
    """Every row the import writes, and how many revisions and log entries there are."""
    return {
        "organisations": list(Organisation.objects.order_by("pk").values()),
        "slots": list(OpeningSlot.objects.order_by("pk").values()),
        "topics": list(OrganisationTopic.objects.order_by("pk").values()),
        "target_groups": list(OrganisationTargetGroup.objects.order_by("pk").values()),
        "further": list(Organisation.further_sozialraeume.through.objects.order_by("pk").values()),
        "revisions": Revision.objects.count(),
        "log_entries": ModelLogEntry.objects.count(),
    }


# -- the sample file ----------------------------------------------------------


def test_sample_file_imports_as_live_german_entries():
    output = run(SAMPLE)

    lines = progress_lines(output)
    assert len(lines) == 12
    assert lines[0] == "[1/12] Kalker Nachbarschaftshilfe e. V. … angelegt"
    assert all(line.endswith("… angelegt") for line in lines)
    assert SUMMARY_OF_SAMPLE in output
    assert imported().count() == 12
    assert {o.locale.language_code for o in imported()} == {"de"}
    for organisation in imported():
        assert organisation.live and not organisation.has_unpublished_changes
        assert organisation.live_revision_id == organisation.latest_revision_id
        assert organisation.revisions.count() == 1
        actions = set(ModelLogEntry.objects.for_instance(organisation).values_list("action", flat=True))
        assert actions == {"wagtail.create", "wagtail.publish"}

    family = entry("KNH-002")
    assert family.name == "Familienzentrum Kunterbunt"
    assert family.kind == OrganisationKind.EINRICHTUNG
    assert family.parent == entry("KNH-001")
    assert family.sozialraum.slug == "kalk"
    assert slots_of(family) == [
        (0, datetime.time(9), datetime.time(12)),
        (0, datetime.time(14), datetime.time(16)),
        (1, datetime.time(9), datetime.time(12)),
        (2, datetime.time(9), datetime.time(12)),
        (3, datetime.time(9), datetime.time(12)),
    ]
    assert family.by_appointment
    assert family.offer_list == [
        "Elterncafé",
        "Hebammensprechstunde",
        "Deutschkurs für Mütter mit Kinderbetreuung",
    ]
    assert {tag.slug for tag in family.topics.all()} == {"kinder-jugend-familie", "fruehe-hilfen"}
    assert {tag.slug for tag in family.target_groups.all()} == {"familien", "eltern", "kinder"}
    assert family.language_codes == ["de", "tr", "ar"]
    assert family.website == "https://nachbarschaftshilfe-kalk.example/familienzentrum"
    assert str(family.latitude) == "50.943100"
    assert family.step_free == "ja" and family.accessible_toilet and family.hearing_loop
    assert family.last_verified == datetime.date(2026, 11, 2)

    office = entry("HV-STB")
    assert office.sozialraum.slug == "hoehenberg-vingst"
    assert [s.slug for s in office.further_sozialraeume.all()] == ["ostheim"]
    assert office in Organisation.objects.filter(further_sozialraeume__slug="ostheim")

    night = entry("PO-NC")
    assert slots_of(night) == [
        (4, datetime.time(20), datetime.time(2)),
        (5, datetime.time(20), datetime.time(2)),
    ]
    assert all(slot.overnight for slot in night.opening_slots.all())

    # Rows without "Schlüssel" get a key from name and postcode; Sozialraum may be given by name.
    club = entry("djk-gruen-weiss-mengenich-50829")
    assert club.sozialraum.slug == "bocklemuend"
    assert slots_of(club) == [] and club.by_appointment
    # Without "Geprüft am", an import counts as checked today.
    assert entry("BS-KK").last_verified == timezone.localdate()

    # Every entry shows the opening hours of its row.
    for row in sample_rows():
        key = row["Schlüssel"] or imported().get(name=row["Name"]).import_key
        organisation = entry(key)
        assert format_opening_hours(
            slots_of(organisation), organisation.by_appointment
        ) == format_opening_hours(*parse_opening_hours(row["Öffnungszeiten"]))


def test_importing_twice_gives_the_same_database():
    run(SAMPLE)
    before = snapshot()

    output = run(SAMPLE)

    assert all(line.endswith("… unverändert") for line in progress_lines(output))
    assert "Angelegt: 0 · Aktualisiert: 0 · Unverändert: 12 · Fehlerhaft: 0" in output
    assert snapshot() == before


def test_dry_run_writes_nothing_and_reports_like_the_real_run():
    before = snapshot()

    dry = run(SAMPLE, dry_run=True)

    assert snapshot() == before
    assert dry.startswith("Probelauf: es wird nichts gespeichert.")
    assert f"{SUMMARY_OF_SAMPLE} – Probelauf, nichts gespeichert" in dry
    # Later rows see earlier ones in a dry run too (the Träger of row 3 is row 2).
    assert progress_lines(dry) == progress_lines(run(SAMPLE))


def test_quiet_run_prints_nothing():
    assert run(SAMPLE, verbosity=0) == ""
    assert imported().count() == 12


# -- bad rows -----------------------------------------------------------------

HEADER = ["Name", "Art", "Sozialraum", "PLZ", "E-Mail", "Öffnungszeiten"]


def test_bad_rows_are_reported_with_row_and_reason_and_good_rows_imported(tmp_path):
    path = write_csv(
        tmp_path / "gemischt.csv",
        [
            ["Nachbarschaftscafé Kalk", "Initiative", "kalk", "51103", "cafe@kalk.example", "Mi 15-18"],
            ["Stadtteilbüro Sülz", "Einrichtung", "Sülz", "50937", "buero@suelz.example", ""],
            ["Treffpunkt Gremberg", "Verein", "kalk", "1234", "", ""],
            ["Mieterverein Finkenberg", "Verein", "porz-ost", "51149", "mieterverein(at)finkenberg", ""],
            ["Lernhilfe Seeberg", "Initiative", "chorweiler", "50765", "", "Mx 9-12"],
            [],
            ["Nachbarschaftscafé  kalk", "Initiative", "kalk", "51103", "", "Do 15-18"],
            [
                "Repair-Café Schraubstock",
                "Initiative",
                "Porz-Ost, Finkenberg, Gremberghoven, Eil",
                "51149",
                "",
                "Sa 10-13",
            ],
        ],
        header=HEADER,
    )

    output = run(path)

    assert progress_lines(output) == [
        "[1/7] Nachbarschaftscafé Kalk … angelegt",
        "[2/7] Stadtteilbüro Sülz … fehlerhaft – Zeile 3: unbekannter Sozialraum „Sülz“ (gültig sind die "
        "Namen und die Kurznamen bickendorf, bilderstoeckchen, bocklemuend, buchheim, chorweiler, "
        "hoehenberg-vingst, kalk, meschenich, muelheim-nord, ostheim, porz-ost)",
        "[3/7] Treffpunkt Gremberg … fehlerhaft – Zeile 4: PLZ: Bitte geben Sie eine Kölner Postleitzahl "
        "mit fünf Ziffern an, zum Beispiel 51103.",
        "[4/7] Mieterverein Finkenberg … fehlerhaft – Zeile 5: E-Mail: "
        "Bitte gültige E-Mail-Adresse eingeben.",
        "[5/7] Lernhilfe Seeberg … fehlerhaft – Zeile 6: Öffnungszeiten „Mx 9-12“: unbekannter Wochentag "
        "„Mx“ (erlaubt: Mo, Di, Mi, Do, Fr, Sa, So)",
        "[6/7] Nachbarschaftscafé kalk … fehlerhaft – Zeile 8: doppelt: gleicher Name und gleiche PLZ "
        "wie Zeile 2",
        "[7/7] Repair-Café Schraubstock … angelegt",
    ]
    assert "Angelegt: 2 · Aktualisiert: 0 · Unverändert: 0 · Fehlerhaft: 5" in output
    assert sorted(imported().values_list("name", flat=True)) == [
        "Nachbarschaftscafé Kalk",
        "Repair-Café Schraubstock",
    ]
    cafe = imported().get(name="Nachbarschaftscafé Kalk")
    assert slots_of(cafe) == [(2, datetime.time(15), datetime.time(18))]  # the first row, not the duplicate
    assert imported().get(name="Repair-Café Schraubstock").sozialraum.slug == "porz-ost"


def test_a_row_reports_all_its_problems_at_once(tmp_path):
    header = ["Name", "Art", "Sozialraum", "PLZ", "E-Mail", "Öffnungszeiten", "Stufenlos", "Geprüft am"]
    path = write_csv(
        tmp_path / "fehler.csv",
        [["Alles falsch", "Vereinx", "kalk", "5110", "@", "Mo 12-12", "vielleicht", "31.02.2026"]],
        header=header,
    )

    (line,) = progress_lines(run(path))

    assert line.startswith("[1/1] Alles falsch … fehlerhaft – Zeile 2: Art: unbekannt „Vereinx“ (erlaubt: ")
    for reason in (
        "Öffnungszeiten „Mo 12-12“: Beginn und Ende sind gleich (12:00)",
        "Stufenlos: „vielleicht“ – erlaubt sind ja, teilweise, nein, unbekannt",
        "Geprüft am: „31.02.2026“ ist kein Datum (TT.MM.JJJJ, zum Beispiel 15.03.2026)",
        "PLZ: Bitte geben Sie eine Kölner Postleitzahl",
        "E-Mail: Bitte gültige E-Mail-Adresse eingeben.",
    ):
        assert reason in line
    assert not imported().exists()


@pytest.mark.parametrize(
    ("column", "value", "reason"),
    [
        (
            "Art",
            "Kiosk",
            "Art: unbekannt „Kiosk“ (erlaubt: Einrichtung, Verein, Verband, Initiative, Träger,",
        ),
        ("Art", "", "Art fehlt"),
        ("Sozialraum", "", "Sozialraum fehlt"),
        ("Name", "", "Name fehlt"),
        ("Themen", "soziales|Quantenphysik", "Themen: unbekannt „Quantenphysik“ (gültig sind"),
        ("Zielgruppen", "Kinder|Hunde", "Zielgruppen: unbekannt „Hunde“ (gültig sind"),
        ("Sprachen", "de, Klingonisch", "Sprachen: unbekannt „Klingonisch“ (erlaubt: de, en, tr, ar,"),
        ("Weitere Sozialräume", "chorweiler|Sülz", "Weitere Sozialräume: unbekannt „Sülz“"),
        ("Barrierefreies WC", "vielleicht", "Barrierefreies WC: „vielleicht“ – erlaubt sind ja und nein"),
        ("Breitengrad", "fünfzig", "Breitengrad: „fünfzig“ ist keine Zahl (zum Beispiel 50,9375)"),
        (
            "Breitengrad",
            "6,9578",
            "Breitengrad und Längengrad: 6,9578 / 6,9578 liegt nicht in Köln (vertauscht?",
        ),
        ("Längengrad", "", "Breitengrad und Längengrad: bitte beide angeben oder beide leer lassen"),
        ("Geprüft am", "01.01.2099", "Geprüft am: 01.01.2099 liegt in der Zukunft"),
        ("Internetseite", "https://", "Internetseite: Bitte eine gültige Adresse eingeben."),
        (
            "Träger",
            "Unbekannter Träger e. V.",
            "Träger: kein Eintrag mit dem Schlüssel oder Namen „Unbekannter",
        ),
        ("Schlüssel", "K" * 121, "Schlüssel: höchstens 120 Zeichen (hat 121)"),
        ("Kurzbeschreibung", "Text " * 121, "Kurzbeschreibung: höchstens 600 Zeichen (hat 604)"),
    ],
)
def test_unknown_or_invalid_values_skip_the_row(tmp_path, column, value, reason):
    row = {
        "Schlüssel": "T-1",
        "Name": "Bürgerverein Humboldt",
        "Art": "Verein",
        "Sozialraum": "kalk",
        "Weitere Sozialräume": "",
        "Träger": "",
        "Kurzbeschreibung": "",
        "Breitengrad": "50,9413",
        "Längengrad": "6,9578",
        "Barrierefreies WC": "nein",
        "Themen": "soziales",
        "Zielgruppen": "alle",
        "Sprachen": "de",
        "Internetseite": "",
        "Geprüft am": "01.10.2026",
    }
    path = write_csv(tmp_path / "eine-zeile.csv", [{**row, column: value}])

    output = run(path)

    assert f"fehlerhaft – Zeile 2: {reason}" in output
    assert "Fehlerhaft: 1" in output
    assert not imported().exists()


def test_duplicate_of_an_entry_made_in_the_admin(tmp_path):
    made_by_hand = OrganisationFactory(name="Bürgerverein Humboldt", postcode="51105")
    path = write_csv(
        tmp_path / "doppelt.csv",
        [["HG-1", "Bürgerverein  humboldt", "Verein", "kalk", "51105"]],
        header=["Schlüssel", "Name", "Art", "Sozialraum", "PLZ"],
    )

    output = run(path)

    assert (
        "Zeile 2: doppelt: Es gibt schon den Eintrag „Bürgerverein Humboldt“ mit der PLZ 51105 "
        "(im Admin angelegt, ohne Schlüssel)" in output
    )
    assert list(Organisation.objects.filter(name="Bürgerverein Humboldt")) == [made_by_hand]
    assert not imported().exists()


def test_same_key_twice_in_the_file(tmp_path):
    path = write_csv(
        tmp_path / "schluessel.csv",
        [
            ["K-7", "Elterntreff Kalk", "Initiative", "kalk"],
            ["K-7", "Elterntreff Humboldt", "Initiative", "kalk"],
        ],
        header=["Schlüssel", "Name", "Art", "Sozialraum"],
    )

    output = run(path)

    assert (
        "[2/2] Elterntreff Humboldt … fehlerhaft – Zeile 3: doppelt: derselbe Schlüssel „K-7“ wie Zeile 2"
        in output
    )
    assert entry("K-7").name == "Elterntreff Kalk"


def test_a_row_with_a_stray_semicolon_is_reported(tmp_path):
    path = tmp_path / "semikolon.csv"
    path.write_text(
        "Name;Art;Sozialraum\nTreff Kalk;Initiative;kalk\nTreff; Finkenberg;Initiative;porz-ost\n"
    )

    output = run(path)

    assert (
        "Zeile 3: 4 Zellen statt 3 – steht ein Semikolon im Text? Dann die Zelle in Anführungszeichen setzen."
        in output
    )
    assert list(imported().values_list("name", flat=True)) == ["Treff Kalk"]


# -- re-import ------------------------------------------------------------------


def test_changed_row_updates_the_same_entry(tmp_path):
    run(SAMPLE)
    family = entry("KNH-002")
    revisions = family.revisions.count()
    rows = sample_rows()
    for row in rows:
        if row["Schlüssel"] == "KNH-002":
            row["Telefon"] = "0221 4710-199"
            row["Öffnungszeiten"] = "Mo-Fr 09:00-13:00"
            row["Themen"] = "kinder-jugend-familie"
    changed = write_csv(tmp_path / "geaendert.csv", rows)

    output = run(changed)

    assert "[2/12] Familienzentrum Kunterbunt … aktualisiert (Telefon, Öffnungszeiten, Themen)" in output
    assert "Angelegt: 0 · Aktualisiert: 1 · Unverändert: 11 · Fehlerhaft: 0" in output
    updated = entry("KNH-002")
    assert updated.pk == family.pk
    assert updated.phone == "0221 4710-199"
    assert slots_of(updated) == [(day, datetime.time(9), datetime.time(13)) for day in range(5)]
    assert not updated.by_appointment
    assert [tag.slug for tag in updated.topics.all()] == ["kinder-jugend-familie"]
    assert updated.revisions.count() == revisions + 1
    assert updated.live and updated.live_revision_id == updated.latest_revision_id
    assert ModelLogEntry.objects.for_instance(updated).filter(action="wagtail.edit").exists()
    assert OpeningSlot.objects.filter(organisation=updated).count() == 5  # the old slots are gone
    # and a third run finds nothing to do
    assert "Unverändert: 12" in run(changed)


def test_columns_left_out_keep_their_values(tmp_path):
    run(SAMPLE)
    before = entry("KNH-002")
    slots_before = slots_of(before)
    slot_rows_before = list(before.opening_slots.values_list("pk", flat=True))
    path = write_csv(
        tmp_path / "nur-telefon.csv",
        [["KNH-002", "Familienzentrum Kunterbunt", "Einrichtung", "kalk", "0221 4710-555"]],
        header=["Schlüssel", "Name", "Art", "Sozialraum", "Telefon"],
    )

    output = run(path)

    assert "Familienzentrum Kunterbunt … aktualisiert (Telefon)" in output
    after = entry("KNH-002")
    assert after.phone == "0221 4710-555"
    assert slots_of(after) == slots_before
    assert list(after.opening_slots.values_list("pk", flat=True)) == slot_rows_before  # same rows
    assert after.parent_id == before.parent_id
    assert {tag.slug for tag in after.topics.all()} == {"kinder-jugend-familie", "fruehe-hilfen"}
    assert (after.email, after.postcode, after.last_verified) == (
        before.email,
        before.postcode,
        before.last_verified,
    )


def test_a_key_added_later_takes_over_the_entry(tmp_path):
    header = ["Schlüssel", "Name", "Art", "Sozialraum", "PLZ"]
    run(
        write_csv(
            tmp_path / "ohne.csv",
            [["", "Spielplatzpaten Seeberg", "Initiative", "chorweiler", "50765"]],
            header,
        )
    )
    first = entry("spielplatzpaten-seeberg-50765")

    output = run(
        write_csv(
            tmp_path / "mit.csv",
            [["CH-9", "Spielplatzpaten Seeberg", "Initiative", "chorweiler", "50765"]],
            header,
        )
    )

    assert "Spielplatzpaten Seeberg … aktualisiert (Schlüssel)" in output
    assert entry("CH-9").pk == first.pk
    assert imported().count() == 1


def test_an_unpublished_draft_is_not_overwritten(tmp_path):
    run(SAMPLE)
    office = entry("HV-STB")
    office.phone = "0221 4710-777"
    office.save_revision()  # a coordinator's draft, not yet approved
    rows = sample_rows()
    for row in rows:
        if row["Schlüssel"] == "HV-STB":
            row["Stadtteil"] = "Vingst"

    output = run(write_csv(tmp_path / "geaendert.csv", rows))

    assert (
        "Zeile 4: der Eintrag „Stadtteilbüro Höhenberg-Vingst“ hat im Admin unveröffentlichte Änderungen "
        "(Entwurf oder laufende Freigabe); bitte dort erst veröffentlichen oder verwerfen" in output
    )
    office.refresh_from_db()
    assert office.stadtteil == "Höhenberg" and office.phone == "0221 4710-120"
    assert office.get_latest_revision_as_object().phone == "0221 4710-777"


# -- nothing half-written -------------------------------------------------------


def test_an_interrupted_run_leaves_no_half_written_entry():
    """Ctrl-C while the third entry's opening hours are being saved: that entry is not there at all."""
    saved = []

    def interrupt(sender, instance, **kwargs):
        if instance.organisation.import_key == "HV-STB":
            saved.append(instance.pk)
            if len(saved) == 2:  # its first slot is already in the database
                raise KeyboardInterrupt

    post_save.connect(interrupt, sender=OpeningSlot, dispatch_uid="test-interrupt-import")
    try:
        with pytest.raises(CommandError) as error:
            run(SAMPLE)
    finally:
        post_save.disconnect(sender=OpeningSlot, dispatch_uid="test-interrupt-import")

    assert "Abgebrochen in Zeile 4: diese Zeile wurde nicht gespeichert, die Zeilen davor schon." in str(
        error.value
    )
    assert sorted(imported().values_list("import_key", flat=True)) == ["KNH-001", "KNH-002"]
    assert not OpeningSlot.objects.filter(pk__in=saved).exists()
    assert not Revision.objects.filter(object_str="Stadtteilbüro Höhenberg-Vingst").exists()
    hours = {row["Schlüssel"]: row["Öffnungszeiten"] for row in sample_rows()}
    for organisation in imported():  # the rows before are complete
        assert organisation.live and organisation.revisions.count() == 1
        assert slots_of(organisation) == parse_opening_hours(hours[organisation.import_key])[0]

    # The next run picks up where the last one stopped.
    output = run(SAMPLE)
    assert progress_lines(output)[:3] == [
        "[1/12] Kalker Nachbarschaftshilfe e. V. … unverändert",
        "[2/12] Familienzentrum Kunterbunt … unverändert",
        "[3/12] Stadtteilbüro Höhenberg-Vingst … angelegt",
    ]
    assert len(slots_of(entry("HV-STB"))) == 6


# -- files that cannot be read ----------------------------------------------------


def test_a_byte_order_mark_is_fine(tmp_path):
    path = write_csv(
        tmp_path / "bom.csv", [["Treff Kalk", "Initiative", "kalk"]], ["Name", "Art", "Sozialraum"]
    )
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())

    assert "Angelegt: 1" in run(path)


def test_unknown_columns_are_named_and_ignored(tmp_path):
    path = write_csv(
        tmp_path / "extra.csv",
        [["Treff Kalk", "Initiative", "kalk", "intern"]],
        ["Name", "Art", "Sozialraum", "Notiz"],
    )

    output = run(path)

    assert "Spalte „Notiz“ ist unbekannt und wird nicht eingelesen." in output
    assert "Angelegt: 1" in output


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "ist leer; in der ersten Zeile müssen die Spaltennamen stehen."),
        (
            "Name;Art;Sozialraum\nTreff Köln;Verein;kalk\n".encode("cp1252"),
            "ist nicht UTF-8-kodiert (zuerst in Zeile 2)",
        ),
        (b"Name,Art,Sozialraum\nTreff,Verein,kalk\n", "sind die Spalten nicht durch Semikolon (;) getrennt"),
        ("Name;Träger;PLZ\nTreff;;51103\n".encode(), "fehlen die Pflichtspalten Art, Sozialraum."),
        (b"Name;Art;Sozialraum;Art\n", "Die Spalte „Art“ steht zweimal"),
    ],
)
def test_unreadable_files_stop_with_a_german_reason(tmp_path, content, message):
    path = tmp_path / "adressen.csv"
    path.write_bytes(content)

    with pytest.raises(CommandError) as error:
        run(path)

    assert message in str(error.value)
    assert not imported().exists()


def test_a_missing_file_stops_with_a_german_reason(tmp_path):
    with pytest.raises(CommandError, match="Die Datei „.*gibt-es-nicht.csv“ gibt es nicht."):
        run(tmp_path / "gibt-es-nicht.csv")
