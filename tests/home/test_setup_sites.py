"""setup_sites: idempotent, dry runs, new and renamed entries, German errors, a sound page tree.

The runs start from the test portal's list (tests/conftest.py), so they
change only what the test adds to it.
"""

import json

import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from wagtail.models import (
    GroupPagePermission,
    GroupSitePermission,
    Page,
    Site,
    WorkflowPage,
)

from home.setup import SiteSetup, read_sozialraum_list
from snippets.models import Sozialraum

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "pages": sorted(Page.objects.values_list("pk", "path", "title", "live")),
        "sites": sorted(Site.objects.values_list("pk", "hostname", "port", "root_page_id", "site_name")),
        "groups": sorted(Group.objects.values_list("pk", "name")),
        "page_permissions": GroupPagePermission.objects.count(),
        "site_permissions": GroupSitePermission.objects.count(),
        "workflow_pages": sorted(WorkflowPage.objects.values_list("page_id", "workflow_id")),
    }


def write_list(tmp_path, list_path, extra=(), rename=None):
    """The test portal's list at `list_path`, with `extra` entries added and `rename=(slug, name)` applied."""
    entries, landing = read_sozialraum_list(list_path)
    data = {"landing": landing, "sozialraeume": [entry.__dict__.copy() for entry in entries]}
    for entry in data["sozialraeume"]:
        if rename and entry["slug"] == rename[0]:
            entry["name"] = rename[1]
    data["sozialraeume"].extend(extra)
    path = tmp_path / "liste.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_second_run_changes_nothing(sozialraum_list):
    before = snapshot()
    assert SiteSetup(list_path=sozialraum_list).run() == []
    assert snapshot() == before


NEW_ENTRY = {"slug": "ehrenfeld", "name": "Ehrenfeld-Nord", "stadtbezirk": "Ehrenfeld", "colour": "#2b4c9a"}


def test_dry_run_reports_but_writes_nothing(tmp_path, sozialraum_list):
    path = write_list(tmp_path, sozialraum_list, extra=[NEW_ENTRY])
    before = snapshot()
    changes = SiteSetup(list_path=path).run(dry_run=True)
    assert any("Ehrenfeld-Nord" in change for change in changes)
    assert snapshot() == before
    assert not Sozialraum.objects.filter(slug="ehrenfeld").exists()


def test_renaming_keeps_content(tmp_path, kalk, sozialraum_list):
    home = kalk.site.root_page
    children_before = set(home.get_children().values_list("pk", flat=True))
    assert children_before
    path = write_list(tmp_path, sozialraum_list, rename=("kalk", "Kalk, Humboldt-Gremberg"))
    call_command("setup_sites", "--list", str(path), stdout=open("/dev/null", "w"))  # noqa: SIM115
    kalk.refresh_from_db()
    assert kalk.name == "Kalk, Humboldt-Gremberg"
    assert kalk.site.root_page_id == home.pk
    assert kalk.site.site_name == "Kalk, Humboldt-Gremberg"
    assert kalk.coordinators_group.name == "Koordination Kalk, Humboldt-Gremberg"
    assert set(home.get_children().values_list("pk", flat=True)) == children_before
    assert kalk.workflow.name == "Freigabe Kalk, Humboldt-Gremberg"


def test_a_broken_list_is_refused_in_german(tmp_path):
    path = tmp_path / "kaputt.json"
    path.write_text('{"sozialraeume": [{"slug": "x", "name": "X", "stadtbezirk": "Y", "colour": "#eeeeee"}]}')
    with pytest.raises(CommandError, match="zu hell"):
        call_command("setup_sites", "--list", str(path))
    path.write_text("{kein json")
    with pytest.raises(CommandError, match="nicht lesbar"):
        call_command("setup_sites", "--list", str(path))


def test_page_tree_has_no_problems():
    bad_alpha, bad_path, orphans, bad_depth, bad_numchild = Page.find_problems()
    assert (bad_alpha, bad_path, orphans, bad_depth, bad_numchild) == ([], [], [], [], [])
