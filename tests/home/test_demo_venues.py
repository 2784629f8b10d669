"""Every demo event of all eleven Sozialräume has a place a reader can find, without a database.

The demo test (tests/home/test_demo.py) builds three Sozialräume and checks the built pages; this
checks the data of all of them: each event names a directory entry of its own Sozialraum, a street or
an online link.
"""

import datetime
from types import SimpleNamespace

import pytest

from home.demo import data
from home.demo.events import demo_events

SLUGS = data.sozialraum_slugs()


def test_every_sozialraum_has_a_venue_file():
    assert len(SLUGS) == 11
    for slug in SLUGS:
        assert data.read(f"venues/{slug}.yaml"), slug


@pytest.mark.parametrize("slug", SLUGS)
@pytest.mark.parametrize("today", [datetime.date(2026, 12, 4), datetime.date(2027, 6, 15)])
def test_every_demo_event_has_a_venue_a_street_or_a_link(slug, today):
    directory = {entry["name"] for entry in data.read(f"directory/{slug}.yaml")}
    events = demo_events(SimpleNamespace(slug=slug, name=slug.title()), today)
    assert len(events) == 18
    at_entries = 0
    for event in events:
        entry = event.get("venue_entry")
        assert entry in directory or event.get("street") or event.get("online_link"), (slug, event["title"])
        if entry:
            assert entry in directory, (slug, entry)
            at_entries += 1
        organiser = event.get("organiser_kind")
        assert organiser is None or "entry" in data.read(f"venues/{slug}.yaml")[organiser], (slug, organiser)
    # Most are in a house of the Sozialraum's directory; the office and the market square have a street.
    assert at_entries >= len(events) - 3, slug


@pytest.mark.parametrize("slug", SLUGS)
def test_news_authors_and_project_partners_are_kinds_with_an_entry(slug):
    venues = data.read(f"venues/{slug}.yaml")
    authors = [item["author_kind"] for item in data.news(slug) if item.get("author_kind")]
    partners = [kind for item in data.projects(slug) for kind in item.get("partner_kinds", [])]
    assert authors and partners, slug
    for kind in authors + partners:
        assert "entry" in venues[kind], (slug, kind)
