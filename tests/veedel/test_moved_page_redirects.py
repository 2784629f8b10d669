"""Old addresses below a page that got its translated slug lead to the same place under the new one.

setup_sites gives the sections their own slug in each language (/tr/adressen/ → /tr/adresler/);
Wagtail redirects the section's old address itself. A directory entry or a calendar month below it,
bookmarked while the section was a German alias, must not become a 404.
"""

import pytest

from tests.conftest import host_of
from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


def test_an_entry_below_the_old_slug_redirects_to_the_new_one_with_its_query(client, kalk):
    entry = OrganisationFactory(sozialraum=kalk, name="Bürgerzentrum Kalk")

    response = client.get(f"/tr/adressen/{entry.slug}/", {"thema": "kultur"}, HTTP_HOST=host_of(kalk))

    assert response.status_code == 301
    assert response["Location"] == f"/tr/adresler/{entry.slug}/?thema=kultur"
    assert client.get(response["Location"], HTTP_HOST=host_of(kalk)).status_code == 200


def test_a_calendar_month_below_the_old_slug_redirects(client, kalk):
    response = client.get("/en/veranstaltungen/monat/", HTTP_HOST=host_of(kalk))

    assert response.status_code == 301
    assert response["Location"] == "/en/events/monat/"
    assert client.get("/en/events/monat/", HTTP_HOST=host_of(kalk)).status_code == 200


def test_an_address_below_no_moved_page_stays_a_404(client, kalk):
    assert client.get("/tr/gibt-es-nicht/weiter/", HTTP_HOST=host_of(kalk)).status_code == 404
    assert client.get("/gibt-es-nicht/", HTTP_HOST=host_of(kalk)).status_code == 404
    # A form post is never redirected.
    assert client.post("/tr/adressen/gibt-es-nicht/", HTTP_HOST=host_of(kalk)).status_code == 404
