"""The month view in a real browser: it uses the page's width and never breaks a word.

At 1,280 px the table used to take 480 px and broke titles inside words
("Computerhil|fe"). The test makes one busy week of events with long German
words in the current month, on top of the test portal; Chromium loads the
month from Django in the test itself (`tab`, tests/browser/conftest.py), so the
test needs no live server and leaves the test portal in place.
"""

import datetime

import pytest
from django.utils import timezone

from tests.conftest import host_of, section
from tests.factories import EventPageFactory
from veedel.calendar.recurrence import BERLIN
from veedel.models import EventIndexPage

pytestmark = pytest.mark.browser

TITLES = [
    "Computerhilfe für Seniorinnen und Senioren",
    "Hausaufgabenbetreuung im Jugendzentrum",
    "Stadtteilkonferenz Kalk",
    "Nachbarschaftsfrühstück mit Kinderbetreuung",
    "Fahrradselbsthilfewerkstatt",
]

# Every word of the month's links whose letters lie on more than one line: a word broken inside.
BROKEN_WORDS = """
() => {
    const broken = [];
    for (const link of document.querySelectorAll("table.month a")) {
        const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const match of node.data.matchAll(/\\S+/g)) {
                const range = document.createRange();
                range.setStart(node, match.index);
                range.setEnd(node, match.index + match[0].length);
                const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
                if (tops.size > 1) broken.push(match[0]);
            }
        }
    }
    return broken;
}
"""


@pytest.fixture
def busy_week(kalk):
    index = section(kalk, EventIndexPage)
    first = timezone.localdate().replace(day=8)
    for number, title in enumerate(TITLES):
        for day in range(5):
            start = datetime.datetime.combine(
                first + datetime.timedelta(days=day), datetime.time(9 + number), BERLIN
            )
            EventPageFactory(
                parent=index,
                title=title,
                slug=f"termin-{number}-{day}",
                start=start,
                end=start + datetime.timedelta(hours=1),
                aliases=False,
            )


@pytest.mark.django_db
def test_month_view_uses_the_width_and_breaks_no_word(tab, kalk, busy_week):
    page = tab.page
    page.set_viewport_size({"width": 1280, "height": 900})
    assert tab.open(host_of(kalk), "/veranstaltungen/monat/").status == 200

    table = page.locator("table.month")
    width = table.bounding_box()["width"]
    assert width >= 1000, f"Die Monatstabelle ist nur {width:.0f} px breit."
    assert page.locator("table.month a").count() == len(TITLES) * 5
    assert page.evaluate(BROKEN_WORDS) == []
    # Nothing sticks out of the page sideways.
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
