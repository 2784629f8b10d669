"""Starting and syncing translations in the admin: only of what the user may edit, never past review."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from tests.conftest import section
from tests.factories import NewsPageFactory, OrganisationFactory, translate
from tests.mitmachen.isolation import assert_refused, locale, user
from veedel.models import NewsIndexPage

pytestmark = pytest.mark.django_db


def news(sozialraum, title="Neues Familiencafé", **kwargs):
    return NewsPageFactory(parent=section(sozialraum, NewsIndexPage), title=title, **kwargs)


def submit_page_url(page):
    return reverse("wagtail_localize:submit_page_translation", args=[page.pk])


def submit_entry_url(entry):
    return reverse("wagtail_localize:submit_snippet_translation", args=["snippets", "organisation", entry.pk])


def update_url(page):
    return reverse(
        "wagtail_localize:update_translations", args=[TranslationSource.objects.get_for_instance(page).pk]
    )


@pytest.mark.parametrize(("own", "other"), [("kalk", "porz-ost"), ("porz-ost", "kalk")])
def test_a_coordinator_translates_their_own_pages_and_not_another_sozialraums(client, own, other):
    from snippets.models import Sozialraum

    own_page = news(Sozialraum.objects.get(slug=own))
    other_page = news(Sozialraum.objects.get(slug=other))
    turkish = locale("tr")
    client.force_login(user(own, "koordination"))

    assert_refused(client.get(submit_page_url(other_page)))
    assert_refused(client.post(submit_page_url(other_page), {"locales": [turkish.pk]}))
    assert not TranslationSource.objects.filter(object_id=other_page.translation_key).exists()
    assert other_page.get_translation(turkish).alias_of_id == other_page.pk

    assert client.get(submit_page_url(own_page)).status_code == 200
    response = client.post(submit_page_url(own_page), {"locales": [turkish.pk]})
    assert response.status_code == 302
    assert own_page.get_translation(turkish).alias_of_id is None


def test_a_coordinator_cannot_sync_or_publish_another_sozialraums_translations(client, kalk, porz_ost):
    german = news(porz_ost)
    translated = translate(german, locale("tr"), "Yeni aile kafesi")
    german.title = "Familiencafé zieht um"
    german.save_revision().publish()
    source = TranslationSource.objects.get_for_instance(german)
    client.force_login(user("kalk", "koordination"))

    assert_refused(client.get(update_url(german)))
    assert_refused(client.post(update_url(german), {"publish_translations": "on"}))

    source.refresh_from_db()
    assert source.object_repr == "Neues Familiencafé"
    assert Page.objects.get(pk=translated.pk).title == "Yeni aile kafesi"


def test_a_coordinator_cannot_change_another_sozialraums_translation_in_the_editor(client, kalk, porz_ost):
    german = news(porz_ost)
    translate(german, locale("tr"), "Yeni aile kafesi")
    translation = Translation.objects.get(source__object_id=german.translation_key)
    segment = translation.source.stringsegment_set.get(context__path="teaser")
    client.force_login(user("kalk", "koordination"))

    edit = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    assert_refused(client.put(edit, "value=Fremd", content_type="application/x-www-form-urlencoded"))
    assert_refused(
        client.get(reverse("wagtailadmin_pages:edit", args=[german.get_translation(locale("tr")).pk]))
    )
    assert not StringTranslation.objects.filter(translation_of=segment.string, locale=locale("tr")).exists()


def test_entries_are_translated_only_in_their_own_sozialraum(client, kalk, porz_ost):
    other = OrganisationFactory(sozialraum=porz_ost)
    own = OrganisationFactory(sozialraum=kalk)
    english = locale("en")
    client.force_login(user("kalk", "koordination"))

    assert_refused(client.post(submit_entry_url(other), {"locales": [english.pk]}))
    assert not other.get_translations().exists()

    assert client.post(submit_entry_url(own), {"locales": [english.pk]}).status_code == 302
    assert own.get_translations().filter(locale=english).exists()


def test_an_actor_translates_own_pages_only(client, kalk):
    actor = user("kalk", "akteur")
    own = news(kalk, owner=actor)
    foreign = news(kalk, title="Sommerfest im Bürgerpark")
    turkish = locale("tr")
    client.force_login(actor)

    assert_refused(client.post(submit_page_url(foreign), {"locales": [turkish.pk]}))
    assert foreign.get_translation(turkish).alias_of_id == foreign.pk

    assert client.post(submit_page_url(own), {"locales": [turkish.pk]}).status_code == 302
    assert own.get_translation(turkish).alias_of_id is None


def test_an_actors_sync_does_not_publish_without_review(client, kalk):
    actor = user("kalk", "akteur")
    german = news(kalk, owner=actor)
    translated = translate(german, locale("tr"), "Yeni aile kafesi")
    german.title = "Familiencafé zieht um"
    german.save_revision().publish()
    client.force_login(actor)

    assert_refused(client.post(update_url(german), {"publish_translations": "on"}))
    assert Page.objects.get(pk=translated.pk).title == "Yeni aile kafesi"

    # Syncing without publishing is allowed: the new German text waits in the translation editor.
    assert client.post(update_url(german), {}).status_code == 302
    assert TranslationSource.objects.get_for_instance(german).object_repr == "Familiencafé zieht um"
    assert Page.objects.get(pk=translated.pk).title == "Yeni aile kafesi"


def test_wagtail_localizes_unscoped_report_is_for_the_redaktion_only(client, kalk):
    report = reverse("wagtail_localize:translations_report")
    for role in ("koordination", "akteur"):
        client.force_login(user("kalk", role))
        assert_refused(client.get(report))
        assert_refused(client.get(reverse("wagtail_localize:translations_report_results")))
        assert report not in client.get(reverse("wagtailadmin_home")).content.decode()

    client.force_login(get_user_model().objects.get(username="redaktion"))
    assert client.get(report).status_code == 200
