"""Dates and times in the reader's language and order, Europe/Berlin (cms/formats/, veedel/formats.py).

The month and weekday names below are written out, not asked from Django, so that a change of
format or order shows up here.
"""

import datetime
import html

import pytest
from django.utils import timezone
from wagtail.models import Locale

from tests.conftest import host_of, section
from tests.factories import EventPageFactory
from veedel.calendar.recurrence import BERLIN
from veedel.models import EventIndexPage

pytestmark = pytest.mark.django_db

MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "en": "January February March April May June July August September October November December",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "ar": "يناير فبراير مارس إبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
}
WEEKDAYS = {
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar",
    "ar": "الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد",
}
# How a date with its weekday reads: "Donnerstag, 3. Dezember 2026", "3 Aralık 2026 Perşembe".
LONG = {
    "de": "{weekday}, {day}. {month} {year}",
    "en": "{weekday}, {day} {month} {year}",
    "tr": "{day} {month} {year} {weekday}",
    "ar": "{weekday}، {day} {month} {year}",
}
SHORT = {"de": "{day}. {month} {year}", "en": "{day} {month} {year}", "tr": "{day} {month} {year}"}
SHORT["ar"] = SHORT["en"]
TIMES = {
    "de": "19:00–21:00 Uhr",
    "en": "19:00–21:00",
    "tr": "saat 19:00–21:00",
    "ar": "من 19:00 إلى 21:00",
}


def spelled(day, language, pattern):
    return pattern.format(
        weekday=WEEKDAYS[language].split()[day.weekday()],
        day=day.day,
        month=MONTHS[language].split()[day.month - 1],
        year=day.year,
    )


def localized_path(page, language):
    return page.get_translation(Locale.objects.get(language_code=language)).get_url_parts()[2]


def get(client, path, sozialraum):
    response = client.get(path, HTTP_HOST=host_of(sozialraum))
    assert response.status_code == 200, path
    return html.unescape(response.content.decode())


@pytest.fixture
def evening_event(kalk):
    # 19:00 in Cologne is 18:00 UTC in winter and 17:00 in summer: the page must show 19:00.
    day = timezone.localdate() + datetime.timedelta(days=9)
    start = datetime.datetime.combine(day, datetime.time(19), BERLIN).astimezone(datetime.UTC)
    event = EventPageFactory(
        parent=section(kalk, EventIndexPage),
        title="Erzählcafé",
        start=start,
        end=start + datetime.timedelta(hours=2),
        registration_required=True,
        registration_deadline=datetime.date(2030, 12, 3),
    )
    return event, day


@pytest.mark.parametrize("language", ["de", "en", "tr", "ar"])
def test_event_page_dates_in_the_readers_language(client, kalk, evening_event, language):
    event, day = evening_event
    page = get(client, localized_path(event, language), kalk)
    assert spelled(day, language, LONG[language]) in page
    assert TIMES[language] in page
    assert spelled(datetime.date(2030, 12, 3), language, SHORT[language]) in page


@pytest.mark.parametrize("language", ["en", "tr", "ar"])
def test_no_german_order_or_american_clock(client, kalk, evening_event, language):
    event, day = evening_event
    page = get(client, localized_path(event, language), kalk)
    month = MONTHS[language].split()[day.month - 1]
    assert f"{day.day}. {month}" not in page  # the German "3. December"
    assert "p.m." not in page
    assert "7:00 م" not in page  # Django's Arabic 12-hour clock


@pytest.mark.parametrize("language", ["de", "en", "tr", "ar"])
def test_calendar_list_and_month_in_the_readers_language(client, kalk, evening_event, language):
    _event, day = evening_event
    calendar = localized_path(section(kalk, EventIndexPage), language)
    listing = get(client, calendar, kalk)
    assert spelled(day, language, LONG[language]) in listing
    assert "19:00" in listing

    month = get(client, f"{calendar}monat/?monat=2030-12", kalk)
    assert f"{MONTHS[language].split()[11]} 2030" in month
    # Every day of the month is named in full for screen readers; 3 December 2030 is a Tuesday.
    assert spelled(datetime.date(2030, 12, 3), language, LONG[language]) in month
    assert f'title="{WEEKDAYS[language].split()[0]}"' in month


def test_arabic_date_reads_day_month_year(client, kalk, evening_event):
    event, day = evening_event
    page = get(client, localized_path(event, "ar"), kalk)
    assert f"{spelled(day, 'ar', LONG['ar'])}، من 19:00 إلى 21:00" in page  # the Arabic comma
    assert "3 ديسمبر 2030" in page
    assert "ديسمبر، 2030" not in page
    assert "3. 2030" not in page
