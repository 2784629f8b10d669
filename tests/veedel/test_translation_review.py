"""An actor's translation goes through the Sozialraum's review like any page: public only once approved."""

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import StringSegment, Translation

from snippets.models import Organisation
from snippets.translation_state import TranslationState, annotate_translation_state
from tests.conftest import host_of, section
from tests.factories import NewsPageFactory
from tests.mitmachen.isolation import actor_with_entry, assert_refused, locale, user
from tests.mitmachen.suggestions import approve_or_reject
from veedel.models import NewsIndexPage

pytestmark = pytest.mark.django_db

TURKISH_TITLE = "Cumartesi bit pazarı"


def public_html(client, page, sozialraum):
    page = Page.objects.get(pk=page.pk).specific
    client.logout()
    response = client.get(page.get_url_parts()[2], HTTP_HOST=host_of(sozialraum))
    assert response.status_code == 200
    return response.content.decode()


def actor_translates(client, kalk, on_commit):
    actor = user("kalk", "akteur")
    german = NewsPageFactory(parent=section(kalk, NewsIndexPage), title="Flohmarkt am Samstag", owner=actor)
    turkish = locale("tr")
    client.force_login(actor)
    with on_commit(execute=True):
        submit = reverse("wagtail_localize:submit_page_translation", args=[german.pk])
        assert client.post(submit, {"locales": [turkish.pk]}).status_code == 302
    translation = Translation.objects.get(source__object_id=german.translation_key, target_locale=turkish)
    title = StringSegment.objects.get(source=translation.source, context__path="title")
    edit_string = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, title.pk])
    response = client.put(
        edit_string, f"value={TURKISH_TITLE}", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 201
    return german.get_translation(turkish)


def state_of(page):
    return annotate_translation_state(Page.objects.filter(pk=page.pk)).get().translation_state


def test_an_actors_translation_is_published_only_after_approval(
    client, kalk, django_capture_on_commit_callbacks
):
    page = actor_translates(client, kalk, django_capture_on_commit_callbacks)
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert "Zur Freigabe einreichen" in client.get(edit).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        assert_refused(client.post(edit, {"action": "publish"}))
        assert client.post(edit, {"action": "zur-freigabe"}).status_code == 302
    page.refresh_from_db()
    assert page.workflow_in_progress
    assert TURKISH_TITLE not in public_html(client, page, kalk)

    with django_capture_on_commit_callbacks(execute=True):
        assert approve_or_reject(client, page, "approve").status_code == 302
    assert TURKISH_TITLE in public_html(client, page, kalk)
    assert state_of(page) == TranslationState.UP_TO_DATE


def test_a_rejected_translation_stays_unpublished(client, kalk, django_capture_on_commit_callbacks):
    page = actor_translates(client, kalk, django_capture_on_commit_callbacks)
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(edit, {"action": "zur-freigabe"})
        page.refresh_from_db()
        assert approve_or_reject(client, page, "reject", "Bitte den Ort ergänzen").status_code == 302
    assert TURKISH_TITLE not in public_html(client, page, kalk)


def test_coordinators_publish_and_others_cannot_submit(client, kalk, porz_ost):
    german = NewsPageFactory(parent=section(porz_ost, NewsIndexPage), title="Rheinufer sauber machen")
    client.force_login(user("porz-ost", "koordination"))
    submit = reverse("wagtail_localize:submit_page_translation", args=[german.pk])
    client.post(submit, {"locales": [locale("tr").pk]})
    edit = reverse("wagtailadmin_pages:edit", args=[german.get_translation(locale("tr")).pk])
    assert "Zur Freigabe einreichen" not in client.get(edit).content.decode()  # they publish themselves

    client.force_login(user("kalk", "akteur"))
    assert_refused(client.post(edit, {"action": "zur-freigabe"}))
    assert not german.get_translation(locale("tr")).workflow_in_progress


def test_an_approved_translation_of_the_changed_german_is_up_to_date(
    client, kalk, django_capture_on_commit_callbacks
):
    page = actor_translates(client, kalk, django_capture_on_commit_callbacks)
    german = page.get_translation(locale("de"))
    german.teaser = "Jetzt mit Kinderflohmarkt."
    german.save_revision().publish()
    assert state_of(page) == TranslationState.OUTDATED

    client.force_login(user("kalk", "akteur"))
    source = Translation.objects.get(source__object_id=german.translation_key).source
    assert (
        client.post(reverse("wagtail_localize:update_translations", args=[source.pk]), {}).status_code == 302
    )
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(edit, {"action": "zur-freigabe"}).status_code == 302
    page.refresh_from_db()
    assert state_of(page) == TranslationState.OUTDATED  # not yet approved

    with django_capture_on_commit_callbacks(execute=True):
        approve_or_reject(client, page, "approve")
    assert "Jetzt mit Kinderflohmarkt." in public_html(client, page, kalk)
    assert state_of(page) == TranslationState.UP_TO_DATE


def test_an_actors_entry_translation_is_published_only_after_approval(
    client, kalk, django_capture_on_commit_callbacks
):
    actor = actor_with_entry(kalk)
    german = actor.actor_profile.organisation
    english = locale("en")
    client.force_login(actor)
    submit = reverse(
        "wagtail_localize:submit_snippet_translation", args=["snippets", "organisation", german.pk]
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(submit, {"locales": [english.pk]}).status_code == 302
    entry = german.get_translation(english)
    translation = Translation.objects.get(source__object_id=german.translation_key, target_locale=english)
    segment = StringSegment.objects.get(source=translation.source, context__path="short_description")
    edit_string = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    put = client.put(
        edit_string, "value=A meeting place for families.", content_type="application/x-www-form-urlencoded"
    )
    assert put.status_code == 201
    edit = reverse(Organisation.snippet_viewset.get_url_name("edit"), args=[entry.pk])
    assert "Zur Freigabe einreichen" in client.get(edit).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        client.post(edit, {"action": "zur-freigabe"})
    entry.refresh_from_db()
    assert entry.workflow_in_progress
    assert entry.short_description == german.short_description  # readers still see the German text

    with django_capture_on_commit_callbacks(execute=True):
        assert approve_or_reject(client, entry, "approve").status_code == 302
    entry.refresh_from_db()
    assert entry.live and entry.short_description == "A meeting place for families."
