"""Translations follow their German page: unpublished, deleted or unmarked for the portal at once.

Each test makes real wagtail-localize translations (English and Turkish);
Arabic stays an alias, which Wagtail itself keeps in step. A test with
aliases only would miss that real translations are pages of their own.
"""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail_localize.models import Translation

from tests.conftest import host_of, section
from tests.factories import NewsPageFactory, translate
from veedel.models import NewsIndexPage, NewsPage

pytestmark = pytest.mark.django_db

TITLES = {"en": "Neighbourhood news in English", "tr": "Mahalleden haberler Türkçe"}


def locale(language_code):
    return Locale.objects.get(language_code=language_code)


def login(client):
    client.force_login(get_user_model().objects.get(username="kalk-koordination"))


def translated_news(kalk):
    """A German news item marked for the portal, really translated into English and Turkish."""
    german = NewsPageFactory(parent=section(kalk, NewsIndexPage), show_on_landing=True)
    translations = {code: translate(german, locale(code), title) for code, title in TITLES.items()}
    for page in translations.values():
        assert page.live and page.show_on_landing and not page.alias_of_id
    return german, translations


def path_of(page):
    return page.get_url_parts()[2]


def landing(client, prefix):
    return client.get(f"{prefix}/", HTTP_HOST="localhost").content.decode()


def assert_gone_from_the_portal(client, kalk, paths):
    for code in TITLES:
        assert TITLES[code] not in landing(client, f"/{code}"), code
        assert (
            TITLES[code]
            not in client.get(f"/{code}/aus-den-veedeln/", HTTP_HOST="localhost").content.decode()
        )
        assert client.get(paths[code], HTTP_HOST=host_of(kalk)).status_code == 404, code


def test_unpublishing_the_german_page_unpublishes_its_translations(client, kalk):
    german, translations = translated_news(kalk)
    paths = {code: path_of(page) for code, page in translations.items()}
    assert TITLES["en"] in landing(client, "/en")
    login(client)
    response = client.post(reverse("wagtailadmin_pages:unpublish", args=[german.pk]))
    assert response.status_code == 302
    for page in translations.values():
        page.refresh_from_db()
        assert not page.live
    arabic = german.get_translation(locale("ar"))
    assert arabic.alias_of_id and not arabic.live
    assert_gone_from_the_portal(client, kalk, paths)


def test_deleting_the_german_page_deletes_its_translations(client, kalk):
    german, translations = translated_news(kalk)
    paths = {code: path_of(page) for code, page in translations.items()}
    key = german.translation_key
    login(client)
    response = client.post(reverse("wagtailadmin_pages:delete", args=[german.pk]))
    assert response.status_code == 302
    assert not Page.objects.filter(translation_key=key).exists()
    assert_gone_from_the_portal(client, kalk, paths)
    # The tree stays consistent: each section counts its children right.
    for index in Page.objects.filter(translation_key=german.get_parent().translation_key):
        assert index.numchild == index.get_children().count()


def test_removing_the_portal_mark_removes_it_from_every_translation(client, kalk):
    german, translations = translated_news(kalk)
    login(client)
    form = nested_form_data(
        {
            "title": german.title,
            "slug": german.slug,
            "date": german.date.isoformat(),
            "teaser": german.teaser,
            "body": streamfield([]),
            "author": "",
        }
    )
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[german.pk]), {**form, "action-publish": "1"}
    )
    assert response.status_code == 302
    german.refresh_from_db()
    assert german.live and not german.show_on_landing
    for code, page in translations.items():
        page.refresh_from_db()
        assert page.live and not page.show_on_landing, code
        assert TITLES[code] not in landing(client, f"/{code}"), code
        assert client.get(path_of(page), HTTP_HOST=host_of(kalk)).status_code == 200
    # Publishing the translation again (from its older source) does not bring the mark back.
    english = translations["en"]
    Translation.objects.get(source__object_id=german.translation_key, target_locale=locale("en")).save_target(
        publish=True
    )
    english = NewsPage.objects.get(pk=english.pk)
    assert english.live and not english.show_on_landing
    assert TITLES["en"] not in landing(client, "/en")
