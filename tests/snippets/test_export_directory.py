"""The admin's CSV export of the directory is the import's format: export, edit a cell, import again."""

import csv
import datetime
import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from home.setup import EDITORIAL_GROUP
from snippets.directory.csv_table import COLUMNS
from snippets.models import Organisation, Topic
from tests.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db

EXPORT_URL = "/admin/snippets/snippets/organisation/?export=csv"


def export(client):
    response = client.get(EXPORT_URL)
    assert response.status_code == 200
    return b"".join(response.streaming_content)


def rows_of(content):
    assert content.startswith("\ufeff".encode())  # German Excel reads UTF-8 only with the mark
    text = content.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=";"))


@pytest.fixture
def made_in_the_admin(kalk, porz_ost):
    slots = [(day, datetime.time(9), datetime.time(12, 30)) for day in range(4)]
    entry = OrganisationFactory(
        name="Bürgertreff „Am Markt“; Kalk",
        sozialraum=kalk,
        slots=slots,
        offers="Beratung\nFrühstück",
        latitude="50.938123",
        longitude="7.001234",
        phone="0221 123456",
        accessible_toilet=True,
        languages="de,tr",
        topics=list(Topic.objects.order_by("slug")[:2]),
    )
    entry.further_sozialraeume.set([porz_ost])
    entry.save()
    return entry


def test_export_import_round_trip_changes_the_edited_cell_only(client, tmp_path, made_in_the_admin):
    client.force_login(UserFactory(groups=[Group.objects.get(name=EDITORIAL_GROUP)]))
    rows = rows_of(export(client))
    assert list(rows[0]) == list(COLUMNS)
    row = next(row for row in rows if row["Name"] == made_in_the_admin.name)
    assert row["Schlüssel"] == str(made_in_the_admin.translation_key)
    assert row["Öffnungszeiten"] == "Mo-Do 09:00-12:30"
    assert row["Breitengrad"] == "50,938123"
    assert row["Weitere Sozialräume"] == "porz-ost"

    row["Telefon"] = "0221 999999"
    path = tmp_path / "bearbeitet.csv"
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, delimiter=";")
        writer.writeheader()
        writer.writerows(rows)
    count = Organisation.objects.count()
    before = Organisation.objects.get(pk=made_in_the_admin.pk)

    out = io.StringIO()
    call_command("import_directory", str(path), stdout=out)

    assert "Fehlerhaft: 0" in out.getvalue(), out.getvalue()
    assert Organisation.objects.count() == count
    after = Organisation.objects.get(pk=made_in_the_admin.pk)
    assert after.phone == "0221 999999"
    for field in ("name", "street", "latitude", "longitude", "languages", "offers", "accessible_toilet"):
        assert getattr(after, field) == getattr(before, field), field
    assert {s.slug for s in after.further_sozialraeume.all()} == {"porz-ost"}
    assert after.opening_slots.count() == 4

    # The next export names it by the same key, and importing it again changes nothing.
    again = tmp_path / "nochmal.csv"
    again.write_bytes(export(client))
    out = io.StringIO()
    call_command("import_directory", str(again), stdout=out)
    assert "Aktualisiert: 0" in out.getvalue() and "Fehlerhaft: 0" in out.getvalue(), out.getvalue()
    assert Organisation.objects.count() == count


def test_export_lists_only_what_the_user_may_see_in_german(client, made_in_the_admin, porz_ost):
    elsewhere = OrganisationFactory(name="Jugendzentrum Porz", sozialraum=porz_ost)
    coordinator = UserFactory(groups=[made_in_the_admin.sozialraum.coordinators_group])
    client.force_login(coordinator)

    names = {row["Name"] for row in rows_of(export(client))}

    assert made_in_the_admin.name in names
    assert elsewhere.name not in names
