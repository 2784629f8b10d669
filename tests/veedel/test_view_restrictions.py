"""A German page made private in the admin is private in every language (veedel/translations.py).

Translated trees are siblings of the German tree: without the mirror, a login or password set on
the German page left its translation and aliases public under /en/, /tr/, /ar/, in the sitemap and
in the API.
"""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Locale, PageViewRestriction

from tests.conftest import host_of
from tests.factories import StandardPageFactory, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(kalk):
    """A background page of Kalk with aliases in en and ar and a real Turkish translation."""
    german = StandardPageFactory(parent=kalk.site.root_page, title="Interne Planung")
    translate(german, Locale.objects.get(language_code="tr"), "İç planlama")
    return german


def set_privacy(client, page, restriction_type, capture):
    """As the portal editors do it: the page's privacy dialog in the admin."""
    client.force_login(get_user_model().objects.get(username="admin"))
    with capture(execute=True):
        response = client.post(
            reverse("wagtailadmin_pages:set_privacy", args=[page.pk]), {"restriction_type": restriction_type}
        )
    client.logout()
    assert response.status_code == 200


def addresses(page):
    """(language, path) of the German page, its translation and its aliases."""
    return [
        (version.locale.language_code, version.get_url_parts()[2])
        for version in [page, *page.get_translations().select_related("locale")]
    ]


def test_a_login_on_the_german_page_covers_every_language(
    client, kalk, page, django_capture_on_commit_callbacks
):
    host = host_of(kalk)
    versions = addresses(page)
    assert {language for language, _path in versions} == {"de", "en", "tr", "ar"}
    for _language, path in versions:
        assert client.get(path, HTTP_HOST=host).status_code == 200

    set_privacy(client, page, PageViewRestriction.LOGIN, django_capture_on_commit_callbacks)

    for language, path in versions:
        response = client.get(path, HTTP_HOST=host)
        assert response.status_code == 302, (language, path)
        assert "login" in response["Location"], (language, response["Location"])
    sitemap = client.get("/sitemap.xml", HTTP_HOST=host).content.decode()
    api = client.get("/api/v2/pages/?limit=100&fields=title", HTTP_HOST=host).content.decode()
    for language, path in versions:
        assert f"{path}</loc>" not in sitemap, (language, path)
    for title in ("Interne Planung", "İç planlama"):
        assert title not in api

    set_privacy(client, page, PageViewRestriction.NONE, django_capture_on_commit_callbacks)

    assert not PageViewRestriction.objects.filter(page__translation_key=page.translation_key).exists()
    for language, path in versions:
        assert client.get(path, HTTP_HOST=host).status_code == 200, (language, path)


def test_a_password_reaches_translations_and_a_deleted_german_page_leaves_them_private(
    client, kalk, page, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=page, restriction_type="password", password="geheim")
    turkish = page.get_translation(Locale.objects.get(language_code="tr"))
    copied = PageViewRestriction.objects.get(page=turkish)
    assert (copied.restriction_type, copied.password) == ("password", "geheim")
    html = client.get(turkish.get_url_parts()[2], HTTP_HOST=host_of(kalk)).content.decode()
    assert 'name="password"' in html
    assert "İç planlama" not in html

    with django_capture_on_commit_callbacks(execute=True):
        page.delete()
    assert PageViewRestriction.objects.filter(page=turkish).exists()
