"""The report "Übersetzungsstand" and the outdated mark it shares with the readers' notice."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from wagtail_localize.models import TranslationSource

from snippets.translation_state import outdated_since
from tests.conftest import section
from tests.factories import NewsPageFactory, translate
from tests.mitmachen.isolation import assert_refused, locale, user
from veedel.models import NewsIndexPage

pytestmark = pytest.mark.django_db

REPORT = "/admin/berichte/uebersetzungsstand/"


def news(sozialraum, title):
    return NewsPageFactory(parent=section(sozialraum, NewsIndexPage), title=title)


def rows(client, **filters):
    response = client.get(REPORT, filters)
    assert response.status_code == 200
    return {
        (page.title, page.locale.language_code): page.state_label for page in response.context["object_list"]
    }


def redaktion():
    return get_user_model().objects.get(username="redaktion")


def test_a_translation_is_outdated_when_the_german_changes_until_it_is_synced(
    client, kalk, django_capture_on_commit_callbacks
):
    german = news(kalk, "Familiencafé öffnet")
    turkish = translate(german, locale("tr"), "Aile kafesi açılıyor")
    client.force_login(user("kalk", "koordination"))

    found = rows(client, sozialraum="kalk")
    assert found[("Aile kafesi açılıyor", "tr")] == "Aktuell"
    assert found[("Familiencafé öffnet", "en")] == "Nicht übersetzt"
    assert outdated_since(turkish) is None

    german.teaser = "Jetzt auch mittwochs."
    german.save_revision().publish()
    german.refresh_from_db()

    changed = timezone.localtime(german.last_published_at)
    assert outdated_since(turkish) == german.last_published_at
    expected = f"Veraltet – Deutsch geändert am {date_format(changed, 'j. F Y, H:i')}"
    assert rows(client, sozialraum="kalk")[("Aile kafesi açılıyor", "tr")] == expected
    assert outdated_since(german) is None

    # Publishing the translation again without syncing leaves the German change out: still outdated.
    edit = reverse("wagtailadmin_pages:edit", args=[turkish.pk])
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(edit, {"action": "publish"}).status_code == 302
    assert rows(client, sozialraum="kalk")[("Aile kafesi açılıyor", "tr")] == expected

    # "Übersetzte Seiten synchronisieren" without publishing: still outdated, readers see the old text.
    update = reverse(
        "wagtail_localize:update_translations", args=[TranslationSource.objects.get_for_instance(german).pk]
    )
    assert client.post(update, {}).status_code == 302
    assert rows(client, stand="veraltet")[("Aile kafesi açılıyor", "tr")].startswith("Veraltet")

    with_publish = client.post(update, {"publish_translations": "on"})
    assert with_publish.status_code == 302
    assert rows(client, sozialraum="kalk")[("Aile kafesi açılıyor", "tr")] == "Aktuell"
    assert outdated_since(turkish) is None


def test_coordinators_see_their_own_sozialraum_only(client, kalk, porz_ost):
    translate(news(kalk, "Kalker Sommerfest"), locale("ar"), "مهرجان الصيف في كالك")
    translate(news(porz_ost, "Porzer Lichterfest"), locale("ar"), "مهرجان الأضواء في بورتس")
    client.force_login(user("kalk", "koordination"))

    own = rows(client)
    assert ("مهرجان الصيف في كالك", "ar") in own
    assert not [key for key in own if "Porz" in key[0] or key[0] == "مهرجان الأضواء في بورتس"]
    forged = client.get(REPORT, {"sozialraum": "porz-ost"})
    assert "مهرجان الأضواء في بورتس" not in forged.content.decode()
    assert "Porz-Ost" not in str(forged.context["filters"].form.fields["sozialraum"].choices)

    client.force_login(redaktion())
    everything = rows(client, sozialraum="porz-ost", sprache="ar")
    assert ("مهرجان الأضواء في بورتس", "ar") in everything
    assert ("مهرجان الصيف في كالك", "ar") not in everything
    assert {code for _title, code in everything} == {"ar"}


def test_filter_by_state(client, kalk):
    translate(news(kalk, "Repair-Café im Bürgerhaus"), locale("en"), "Repair café at the community centre")
    client.force_login(user("kalk", "koordination"))

    not_translated = rows(client, stand="fehlt", sprache="en")
    assert ("Repair-Café im Bürgerhaus", "en") not in not_translated
    assert set(not_translated.values()) == {"Nicht übersetzt"}
    assert ("Repair café at the community centre", "en") in rows(client, stand="aktuell")


def test_the_report_is_in_the_coordinators_menu_and_not_for_actors(client, kalk):
    client.force_login(user("kalk", "koordination"))
    assert REPORT in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(user("kalk", "akteur"))
    assert_refused(client.get(REPORT))
    assert REPORT not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_the_query_count_does_not_grow_with_the_pages(client, kalk, django_assert_max_num_queries):
    client.force_login(user("kalk", "koordination"))
    calendar = section(kalk, NewsIndexPage)
    for number in range(3):
        translate(
            NewsPageFactory(parent=calendar, title=f"Meldung {number}"), locale("tr"), f"Haber {number}"
        )
    with django_assert_max_num_queries(16):
        small = client.get(REPORT, {"stand": "aktuell"})
    for number in range(3, 30):
        translate(
            NewsPageFactory(parent=calendar, title=f"Meldung {number}"), locale("tr"), f"Haber {number}"
        )
    with django_assert_max_num_queries(16):
        large = client.get(REPORT, {"stand": "aktuell"})
    assert small.status_code == large.status_code == 200
    assert "Haber 29" in large.content.decode()


ENTRIES = "/admin/berichte/uebersetzungsstand-adressen/"


def entry_rows(client, **filters):
    response = client.get(ENTRIES, filters)
    assert response.status_code == 200
    return {entry.name: entry for entry in response.context["object_list"]}


def test_the_entries_report_shows_each_language_of_the_own_entries(client, kalk, porz_ost):
    from tests.factories import OrganisationFactory

    translated = OrganisationFactory(sozialraum=kalk, name="Bürgerhaus Kalk")
    untranslated = OrganisationFactory(sozialraum=kalk, name="Jugendtreff Kalk")
    OrganisationFactory(sozialraum=porz_ost, name="Bürgerzentrum Porz")
    client.force_login(user("kalk", "koordination"))
    submit = reverse(
        "wagtail_localize:submit_snippet_translation", args=["snippets", "organisation", translated.pk]
    )
    assert client.post(submit, {"locales": [locale("tr").pk]}).status_code == 302

    found = entry_rows(client)
    assert "Bürgerzentrum Porz" not in found and untranslated.name in found
    assert found["Bürgerhaus Kalk"].state_tr == "aktuell" and found["Bürgerhaus Kalk"].state_en == "fehlt"
    assert set(entry_rows(client, sprache="tr", stand="aktuell")) == {"Bürgerhaus Kalk"}

    translated.short_description = "Neu: Sprachcafé am Montag."
    translated.save_revision().publish()
    assert set(entry_rows(client, stand="veraltet")) == {"Bürgerhaus Kalk"}
    assert "Veraltet – Deutsch geändert am" in client.get(ENTRIES).content.decode()
    assert "Bürgerzentrum Porz" not in client.get(ENTRIES, {"sozialraum": porz_ost.pk}).content.decode()

    client.force_login(user("kalk", "akteur"))
    assert_refused(client.get(ENTRIES))


def test_the_entries_report_query_count_does_not_grow(client, kalk, django_assert_max_num_queries):
    from tests.factories import OrganisationFactory

    client.force_login(user("kalk", "koordination"))
    OrganisationFactory.create_batch(3, sozialraum=kalk)
    with django_assert_max_num_queries(16):
        assert client.get(ENTRIES, {"stand": "fehlt"}).status_code == 200
    OrganisationFactory.create_batch(27, sozialraum=kalk)
    with django_assert_max_num_queries(16):
        assert len(entry_rows(client, stand="fehlt")) == 30
