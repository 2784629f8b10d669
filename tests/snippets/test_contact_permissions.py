"""Coordinators keep their own office's contact up to date, and no other Sozialraum's.

The contacts are the ones the test portal gives each Sozialraum's coordination.
"""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from snippets.models import Contact, Sozialraum
from tests.conftest import TEST_SOZIALRAEUME

pytestmark = pytest.mark.django_db


def user(username):
    return get_user_model().objects.get(username=username)


def url(name, *args):
    return reverse(Contact.snippet_viewset.get_url_name(name), args=args)


def contact_of(slug):
    return Contact.objects.get(sozialraum__slug=slug, locale__language_code="de")


def contact_form(contact, **changes):
    data = {
        "name": contact.name,
        "organisation": contact.organisation,
        "sozialraum": contact.sozialraum_id,
        "street": contact.street,
        "postcode": contact.postcode,
        "city": contact.city,
        "phone": contact.phone,
        "email": contact.email,
        "office_hours": contact.office_hours,
    }
    return {**data, **changes}


def refused(response):
    return response.status_code in (403, 404) or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    )


@pytest.mark.parametrize("own", TEST_SOZIALRAEUME)
def test_coordinator_edits_own_contact_only(client, own):
    client.force_login(user(f"{own}-koordination"))
    mine = contact_of(own)
    response = client.post(url("edit", mine.pk), contact_form(mine, office_hours="Mittwoch 9–11 Uhr"))
    assert response.status_code == 302
    mine.refresh_from_db()
    assert mine.office_hours == "Mittwoch 9–11 Uhr"
    listing = client.get(url("list")).content.decode()
    assert mine.name in listing
    for other in TEST_SOZIALRAEUME:
        if other == own:
            continue
        theirs = contact_of(other)
        before = theirs.office_hours
        assert refused(client.get(url("edit", theirs.pk)))
        assert refused(client.post(url("edit", theirs.pk), contact_form(theirs, office_hours="gekapert")))
        assert refused(client.post(url("delete", theirs.pk)))
        assert refused(client.get(url("history", theirs.pk)))
        theirs.refresh_from_db()
        assert theirs.office_hours == before
        assert theirs.name not in listing


def test_new_contact_can_only_belong_to_the_own_sozialraum(client):
    client.force_login(user("kalk-koordination"))
    porz = Sozialraum.objects.get(slug="porz-ost")
    response = client.post(
        url("add"), {"name": "Sozialraumkoordination Porz (falsch)", "city": "Köln", "sozialraum": porz.pk}
    )
    assert response.status_code == 200  # the form refuses the other Sozialraum
    assert not Contact.objects.filter(name="Sozialraumkoordination Porz (falsch)").exists()
    kalk = Sozialraum.objects.get(slug="kalk")
    response = client.post(url("add"), {"name": "Büro Kalk-Nord", "city": "Köln", "sozialraum": kalk.pk})
    assert response.status_code == 302
    assert Contact.objects.get(name="Büro Kalk-Nord").sozialraum == kalk


def test_actors_cannot_edit_contacts(client):
    client.force_login(user("kalk-akteur"))
    assert refused(client.get(url("edit", contact_of("kalk").pk)))


def test_portal_editors_edit_every_contact(client):
    client.force_login(user("redaktion"))
    for slug in TEST_SOZIALRAEUME:
        assert client.get(url("edit", contact_of(slug).pk)).status_code == 200
