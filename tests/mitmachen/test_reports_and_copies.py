"""Admin corners outside the per-object views: Wagtail's cross-site reports and copying an entry."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from snippets.models import Organisation
from tests.admin_forms import organisation_form
from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db

REPORTS = [
    "/admin/reports/workflow/",
    "/admin/reports/workflow/results/",
    "/admin/reports/workflow_tasks/",
    "/admin/reports/workflow_tasks/results/",
    "/admin/reports/site-history/",
    "/admin/reports/site-history/results/",
]


def user(username):
    return get_user_model().objects.get(username=username)


@pytest.mark.parametrize("username", ["kalk-akteur", "kalk-koordination"])
def test_cross_site_reports_are_refused_to_sozialraum_users(client, porz_ost, username):
    """They would list other Sozialräume' directory entries waiting for approval, by title."""
    foreign = OrganisationFactory(name="Bürgerzentrum Porz Geheimtest", sozialraum=porz_ost)
    foreign.save_revision()
    foreign.get_workflow().start(foreign, user("porz-ost-koordination"))
    client.force_login(user(username))
    for url in REPORTS:
        response = client.get(url)
        assert response.status_code == 403, url
        assert "Geheimtest" not in response.content.decode()
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert 'href="/admin/reports/workflow/"' not in dashboard
    assert 'href="/admin/reports/site-history/"' not in dashboard


def test_the_portal_editors_keep_the_reports(client):
    client.force_login(user("redaktion"))
    for url in REPORTS[::2]:
        assert client.get(url).status_code == 200, url


def test_a_copy_belongs_to_whoever_makes_it(client, kalk):
    original = OrganisationFactory(name="Elterncafé Kalk Vorlage", sozialraum=kalk, owner=user("kalk-akteur"))
    coordinator = user("kalk-koordination")
    client.force_login(coordinator)
    copy_url = reverse(Organisation.snippet_viewset.get_url_name("copy"), args=[original.pk])
    assert client.get(copy_url).status_code == 200
    response = client.post(copy_url, organisation_form(kalk, name="Elterncafé Kalk Kopie"))
    assert response.status_code == 302
    copy = Organisation.objects.get(name="Elterncafé Kalk Kopie")
    assert copy.owner == coordinator
    assert copy.pk != original.pk and not copy.live
    original.refresh_from_db()
    assert original.owner.username == "kalk-akteur"
    assert original.name == "Elterncafé Kalk Vorlage" and original.live
