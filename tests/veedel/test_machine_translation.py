"""Machine translation pre-fills the translation editor; readers see it only after a person publishes it."""

import pytest
from django.test import override_settings
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation

from tests.conftest import host_of, section
from tests.factories import NewsPageFactory
from tests.fake_translator import FAKE_TRANSLATOR
from tests.mitmachen.isolation import assert_refused, locale, user
from tests.mitmachen.suggestions import approve_or_reject
from veedel.models import NewsIndexPage

pytestmark = pytest.mark.django_db

MACHINE = "[tr maschinell]"


def start_translation(client, german, language):
    """ "Übersetzen" in the admin, as the logged-in user; returns the translation and its page."""
    url = reverse("wagtail_localize:submit_page_translation", args=[german.pk])
    assert client.post(url, {"locales": [language.pk]}).status_code == 302
    translation = Translation.objects.get(source__object_id=german.translation_key, target_locale=language)
    return translation, german.get_translation(language)


def machine_translate(client, translation, page):
    url = reverse("wagtail_localize:machine_translate", args=[translation.pk])
    return client.post(url, {"next": reverse("wagtailadmin_pages:edit", args=[page.pk])})


def public_html(client, page, sozialraum):
    page = Page.objects.get(pk=page.pk).specific
    response = client.get(page.get_url_parts()[2], HTTP_HOST=host_of(sozialraum))
    assert response.status_code == 200
    return response.content.decode()


def test_without_configuration_there_is_no_machine_translation(client, kalk):
    german = NewsPageFactory(parent=section(kalk, NewsIndexPage), title="Nachbarschaftsfest")
    client.force_login(user("kalk", "koordination"))
    translation, page = start_translation(client, german, locale("tr"))

    assert machine_translate(client, translation, page).status_code == 404
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "machine_translate" not in editor


@override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=FAKE_TRANSLATOR)
def test_a_machine_prefill_is_public_only_after_a_coordinator_reviews_and_publishes_it(
    client, kalk, django_capture_on_commit_callbacks
):
    german = NewsPageFactory(
        parent=section(kalk, NewsIndexPage), title="Nachbarschaftsfest", teaser="Alle sind da."
    )
    client.force_login(user("kalk", "koordination"))
    with django_capture_on_commit_callbacks(execute=True):
        translation, page = start_translation(client, german, locale("tr"))
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert "machine_translate" in client.get(edit).content.decode()  # offered in the editor

    assert machine_translate(client, translation, page).status_code == 302
    prefilled = StringTranslation.objects.filter(locale=locale("tr"), translation_type="machine")
    assert prefilled.filter(data=f"{MACHINE} Nachbarschaftsfest").exists()
    assert MACHINE not in public_html(client, page, kalk)  # stored, not published

    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(edit, {"action": "publish"}).status_code == 302
    html = public_html(client, page, kalk)
    assert f"{MACHINE} Nachbarschaftsfest" in html and f"{MACHINE} Alle sind da." in html


@override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=FAKE_TRANSLATOR)
def test_an_actors_machine_prefill_waits_for_the_coordination(
    client, kalk, django_capture_on_commit_callbacks
):
    actor = user("kalk", "akteur")
    german = NewsPageFactory(parent=section(kalk, NewsIndexPage), title="Flohmarkt am Samstag", owner=actor)
    client.force_login(actor)
    with django_capture_on_commit_callbacks(execute=True):
        translation, page = start_translation(client, german, locale("tr"))
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])

    assert machine_translate(client, translation, page).status_code == 302
    assert StringTranslation.objects.filter(data=f"{MACHINE} Flohmarkt am Samstag").exists()
    with django_capture_on_commit_callbacks(execute=True):
        assert_refused(client.post(edit, {"action": "publish"}))
        client.post(edit, {"action": "zur-freigabe"})
    page.refresh_from_db()
    assert page.workflow_in_progress
    assert MACHINE not in public_html(client, page, kalk)

    with django_capture_on_commit_callbacks(execute=True):
        assert approve_or_reject(client, page, "approve").status_code == 302
    assert f"{MACHINE} Flohmarkt am Samstag" in public_html(client, page, kalk)


@override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=FAKE_TRANSLATOR)
def test_no_machine_translation_of_another_sozialraums_page(client, kalk, porz_ost):
    german = NewsPageFactory(parent=section(porz_ost, NewsIndexPage), title="Rheinufer sauber machen")
    client.force_login(user("porz-ost", "koordination"))
    translation, page = start_translation(client, german, locale("tr"))

    client.force_login(user("kalk", "koordination"))
    assert_refused(machine_translate(client, translation, page))
    assert not StringTranslation.objects.filter(locale=locale("tr"), translation_type="machine").exists()
