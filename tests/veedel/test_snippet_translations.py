"""Snippets that readers see, in their language: directory entries, kinds, contacts, holidays, venues.

Translations are real wagtail-localize translations (`translate_from_copy`); an entry without one is
shown in German and marked `lang="de"`.
"""

import datetime
from unittest import mock

import pytest
from django.utils import timezone
from wagtail.models import Locale
from wagtail_localize.operations import TranslationCreator

from snippets.models import Contact, Organisation
from snippets.translating import translate_from_copy
from tests.conftest import host_of, section
from tests.factories import EventPageFactory, OrganisationFactory
from veedel.calendar.recurrence import BERLIN
from veedel.models import DirectoryPage, EventIndexPage, EventPage, SiteSettings

pytestmark = pytest.mark.django_db

WEEKDAYS = [(day, datetime.time(9), datetime.time(16)) for day in range(5)]


def locale(language):
    return Locale.objects.get(language_code=language)


def localized_path(page, language):
    return page.get_translation(locale(language)).get_url_parts()[2]


def entry_path(sozialraum, entry, language):
    return f"{localized_path(section(sozialraum, DirectoryPage), language)}{entry.slug}/"


@pytest.fixture
def translated(django_capture_on_commit_callbacks):
    """translate(instance, language, **texts): a real translation with the given texts, published."""

    def translate(instance, language, **texts):
        copy = type(instance).objects.get(pk=instance.pk)
        for name, text in texts.items():
            setattr(copy, name, text)
        with django_capture_on_commit_callbacks(execute=True):
            return translate_from_copy(instance, copy, locale(language))

    return translate


@pytest.mark.parametrize(
    ("language", "description", "note"),
    [
        ("en", "Advice on rent and tenancy for everyone in Kalk.", "Closed during the school holidays."),
        ("tr", "Kalk semtinde herkes için kira danışmanlığı.", "Okul tatillerinde kapalıdır."),
        ("ar", "استشارات الإيجار لكل سكان كالك.", "مغلق خلال العطل المدرسية."),
    ],
)
def test_a_translated_entry_is_shown_in_the_readers_language(
    client, kalk, translated, language, description, note
):
    entry = OrganisationFactory(
        sozialraum=kalk,
        name="Mieterberatung Kalk",
        slots=WEEKDAYS,
        holiday_note="In den Schulferien geschlossen.",
    )
    translated(entry, language, short_description=description, holiday_note=note)
    page = client.get(entry_path(kalk, entry, language), HTTP_HOST=host_of(kalk)).content.decode()
    assert description in page
    assert note in page
    assert entry.short_description not in page
    assert 'lang="de"' not in page.split('<article class="container content"', 1)[1].split(">", 1)[0]
    listing = client.get(localized_path(section(kalk, DirectoryPage), language), HTTP_HOST=host_of(kalk))
    assert description in listing.content.decode()


def test_an_untranslated_entry_is_german_and_marked(client, kalk):
    entry = OrganisationFactory(sozialraum=kalk, name="Bürgerverein Kalk")
    page = client.get(entry_path(kalk, entry, "tr"), HTTP_HOST=host_of(kalk)).content.decode()
    assert '<h1 lang="de" dir="ltr">Bürgerverein Kalk</h1>' in page
    assert entry.short_description in page


@pytest.mark.parametrize(
    ("language", "label"), [("en", "Advice centre"), ("tr", "Danışma merkezi"), ("ar", "مركز استشارات")]
)
def test_the_kind_of_an_entry_in_the_readers_language(client, kalk, language, label):
    OrganisationFactory(sozialraum=kalk, name="Schuldnerberatung Kalk", kind="beratungsstelle")
    listing = client.get(localized_path(section(kalk, DirectoryPage), language), HTTP_HOST=host_of(kalk))
    assert label in listing.content.decode()


def test_the_coordinations_contact_shows_its_translated_role(client, kalk, translated):
    contact = SiteSettings.for_site(kalk.site).contact
    translated(contact, "ar", name="تنسيق المنطقة في كالك", office_hours="الثلاثاء 10–12")
    assert Contact.objects.filter(locale=locale("ar"), translation_key=contact.translation_key).exists()
    page = client.get("/ar/", HTTP_HOST=host_of(kalk)).content.decode()
    assert "تنسيق المنطقة في كالك" in page
    assert "الثلاثاء 10–12" in page
    assert '<strong class="contact__name" dir="auto">تنسيق المنطقة في كالك</strong>' in page
    # Not translated into Turkish: the German role is marked as German for screen readers.
    turkish = client.get("/tr/", HTTP_HOST=host_of(kalk)).content.decode()
    assert f'<strong class="contact__name" lang="de" dir="ltr">{contact.name}</strong>' in turkish


def before_christmas():
    return datetime.datetime(2026, 12, 21, 10, tzinfo=BERLIN)


@pytest.mark.parametrize(
    ("language", "christmas", "marked"),
    [
        ("de", "1. Weihnachtstag", False),
        ("en", "Christmas Day", False),
        ("tr", "1. Weihnachtstag", True),
        ("ar", "1. Weihnachtstag", True),
    ],
)
def test_closure_days_named_in_the_readers_language_or_german_marked(
    client, kalk, language, christmas, marked
):
    """The `holidays` package names German holidays in German and English only."""
    entry = OrganisationFactory(sozialraum=kalk, name="Stadtteilbüro Kalk", slots=WEEKDAYS)
    with mock.patch("django.utils.timezone.now", before_christmas):
        page = client.get(entry_path(kalk, entry, language), HTTP_HOST=host_of(kalk)).content.decode()
    german_mark = f'<span lang="de" dir="ltr">{christmas}</span>'
    assert (german_mark in page) is marked
    assert christmas in page
    # 26 December 2026 is a Saturday: the office is closed anyway, no closure to announce.
    assert "2. Weihnachtstag" not in page and "Second Day of Christmas" not in page


def test_no_closure_days_for_an_entry_open_on_holidays(client, kalk):
    entry = OrganisationFactory(
        sozialraum=kalk, name="Notunterkunft Kalk", slots=WEEKDAYS, closed_on_holidays=False
    )
    with mock.patch("django.utils.timezone.now", before_christmas):
        page = client.get(entry_path(kalk, entry, "en"), HTTP_HOST=host_of(kalk)).content.decode()
    assert "Christmas Day" not in page


def test_translating_an_event_does_not_translate_its_venue(kalk, django_user_model):
    venue = OrganisationFactory(sozialraum=kalk, name="Bürgerhaus Kalk")
    event = EventPageFactory(parent=section(kalk, EventIndexPage), venue=venue, organiser_entry=venue)
    user = django_user_model.objects.get(username="admin")
    TranslationCreator(user, [locale("ar")]).create_translations(event)
    assert event.get_translation(locale("ar")).alias_of_id is None
    assert not Organisation.objects.filter(locale=locale("ar")).exists()


def test_a_translated_event_shows_its_venues_translation(client, kalk, translated):
    venue = OrganisationFactory(sozialraum=kalk, name="Bürgerhaus Kalk", slots=WEEKDAYS)
    translated(venue, "ar", short_description="مركز الحي في كالك")
    start = timezone.now() + datetime.timedelta(days=3)
    event = EventPageFactory(
        parent=section(kalk, EventIndexPage), venue=venue, start=start, title="Nachbarschaftstreffen"
    )
    arabic = translated(event, "ar", title="لقاء الجيران")
    assert arabic.venue_id == venue.pk  # the German entry: the directory finds the event through it

    response = client.get(arabic.get_url_parts()[2], HTTP_HOST=host_of(kalk))
    assert response.context["venue"].short_description == "مركز الحي في كالك"
    assert f'href="{entry_path(kalk, venue, "ar")}"' in response.content.decode()

    entry_page = client.get(entry_path(kalk, venue, "ar"), HTTP_HOST=host_of(kalk)).content.decode()
    assert "لقاء الجيران" in entry_page


def test_an_untranslated_venue_of_a_translated_event_is_german_and_marked(client, kalk, translated):
    venue = OrganisationFactory(sozialraum=kalk, name="Pfarrsaal Kalk")
    event = EventPageFactory(parent=section(kalk, EventIndexPage), venue=venue, title="Gemeindefest")
    arabic = translated(event, "ar", title="حفل الحي")
    response = client.get(arabic.get_url_parts()[2], HTTP_HOST=host_of(kalk))
    assert response.context["venue"].untranslated
    assert EventPage.objects.get(pk=arabic.pk).venue_id == venue.pk
