"""A NUL character in a request's address, parameters or cookies gets a German 400 on every URL.

PostgreSQL refuses NUL in text, so such a value must never reach a query: public pages and the
admin alike (veedel.middleware.RefuseNulCharactersMiddleware). These tests run on SQLite and on
PostgreSQL (CI runs both suites).
"""

import pytest
from django.contrib.auth import get_user_model

from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db

KALK = "kalk.localhost"
PUBLIC = [
    "/mitmachen/einrichtung/?eintrag=%00",
    "/mitmachen/einrichtung/?eintrag=treff%00punkt",
    "/mitmachen/veranstaltung/?%00=1",
    "/adressen/?q=a%00b",
    "/veranstaltungen/?thema=%00&seite=2",
    "/aktuelles/?seite=%00",
    "/adressen/%00/",
    "/%00/",
    "/mitmachen/danke/%00/",
    "/einladung/%00/%00/",
    "/adressen-bestaetigen/%00/",
]
ADMIN = [
    "/admin/snippets/snippets/organisation/?locale=%00",
    "/admin/snippets/snippets/contact/?locale=%00",
    "/admin/choose-page/?locale=%00",
    "/admin/api/main/pages/?locale=%00",
    "/admin/images/chooser/?tag=%00",
    "/admin/pages/search/?q=%00",
    "/admin/akteure/?p=%00",
]


def assert_refused_in_german(response, url):
    assert response.status_code == 400, (url, response.status_code)
    body = response.content.decode()
    assert '<html lang="de"' in body, url
    assert "Steuerzeichen" in body, url


@pytest.mark.parametrize("url", PUBLIC)
def test_nul_in_a_public_url_is_refused_in_german(client, kalk, url):
    client.raise_request_exception = False
    assert_refused_in_german(client.get(url, HTTP_HOST=KALK), url)


@pytest.mark.parametrize("url", ADMIN)
def test_nul_in_an_admin_url_is_refused_in_german(client, url):
    client.raise_request_exception = False
    client.force_login(get_user_model().objects.get(username="admin"))
    assert_refused_in_german(client.get(url), url)


def test_nul_in_a_cookie_is_refused_in_german(client, kalk):
    """Django reads the octal escape of a quoted cookie value as the character itself."""
    client.raise_request_exception = False
    response = client.get("/", HTTP_HOST=KALK, HTTP_COOKIE='sessionid="abcdefgh\\000ijk"')
    assert_refused_in_german(response, "Cookie")


def test_nul_in_a_form_post_is_answered_by_the_form(client, kalk):
    """A form shows its own message for a field with NUL, with everything entered still there."""
    client.raise_request_exception = False
    response = client.post(
        "/mitmachen/einrichtung/",
        {"org_name": "Treff\x00punkt", "kind": "verein", "existing": "\x00", "name": "Erika"},
        HTTP_HOST=KALK,
    )
    assert response.status_code == 400
    assert 'class="error-summary" role="alert"' in response.content.decode()


def test_ordinary_parameters_still_work(client, kalk):
    entry = OrganisationFactory(sozialraum=kalk)
    response = client.get(f"/mitmachen/einrichtung/?eintrag={entry.slug}", HTTP_HOST=KALK)
    assert response.status_code == 200
    assert entry.name in response.content.decode()
    assert client.get("/adressen/?q=Treff%20%C3%BC&seite=1", HTTP_HOST=KALK).status_code == 200
