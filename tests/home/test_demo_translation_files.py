"""Every demo translation file fits its German file, for all eleven Sozialräume, without a database.

The demo test builds only the test portal's three Sozialräume (tests/home/test_demo.py); this
checks the files of all of them the way the builder will pair them: every `source:` names a German
item, every block and rich-text paragraph or list item has its counterpart in the same order, every
slug is a URL slug, and no key is added that the German lacks.
"""

import re

import pytest

from home.demo import data
from home.demo.translations import LANGUAGES, SLUG

ROOT = data.DEMO_DATA / "translations"
# Keys a translation has that its German item has not: the item it translates, its slug, the title
# of a page whose German title the builder gives (about, coordination).
OWN_KEYS = {"source", "slug", "title"}
# The tags wagtail-localize cuts rich text at: one segment each.
SEGMENT = re.compile(r"<(p|li|h[1-6]|blockquote)[\s>]")
# What a translation leaves as it is (dates, numbers, lists of vocabulary, places): not compared.
TEXT_KEYS_ONLY = (str, list, dict)


def shape(value):
    """What must be equal between German and translation: block structure and segment tags."""
    if isinstance(value, dict):
        return {key: shape(item) for key, item in value.items() if isinstance(item, TEXT_KEYS_ONLY)}
    if isinstance(value, list):
        return [shape(item) for item in value]
    if isinstance(value, str) and "<" in value:
        return SEGMENT.findall(value)
    return "text" if isinstance(value, str) else None


def compare(german, translated, where):
    """Translated keys are the German's (plus OWN_KEYS) and have the German's shape."""
    extra = set(translated) - set(german) - OWN_KEYS
    assert not extra, (where, extra)
    for key, value in translated.items():
        if key in OWN_KEYS:
            continue
        if isinstance(value, dict) and isinstance(german[key], dict) and "pick" not in value:
            compare(german[key], value, f"{where}: {key}")
        else:
            assert shape(value) == shape(german[key]), (where, key)


def files(pattern):
    found = sorted(ROOT.glob(pattern))
    assert found, pattern
    return found


def by_source(items, key):
    return {item[key]: item for item in items if key in item}


def event_templates():
    calendar = data.read("events.yaml")
    return by_source([*calendar["regular"], *calendar["every_sozialraum"], *calendar["pool"]], "title")


def check_items(path, german_items):
    for item in data.load(path):
        assert item["source"] in german_items, (path.name, item["source"])
        assert SLUG.match(item.get("slug", "ok")), (path, item.get("slug"))
        compare(german_items[item["source"]], item, f"{path}: {item['source']}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_start_and_background_pages_fit_the_german(language):
    sozialraeume = files(f"{language}/sozialraeume/*.yaml")
    assert {path.stem for path in sozialraeume} == set(data.sozialraum_slugs())
    for path in sozialraeume:
        translated = data.load(path)
        german = data.read(f"sozialraeume/{path.stem}.yaml")
        compare(german, translated, str(path))
        for page in ("about", "coordination"):
            assert SLUG.match(translated[page]["slug"]), (path, page)
    landing = data.load(ROOT / language / "landing.yaml")
    german_landing = data.read("landing.yaml")
    compare(german_landing, {key: value for key, value in landing.items() if key != "pages"}, "landing")
    german_pages = by_source(german_landing["pages"], "slug")
    for page in landing["pages"]:
        assert page["source"] in german_pages, page["source"]
        assert SLUG.match(page["slug"]), page["slug"]
        compare(german_pages[page["source"]], page, f"landing: {page['source']}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_news_events_and_entries_fit_the_german(language):
    for path in files(f"{language}/news/*.yaml"):
        check_items(path, by_source(data.read(f"news/{path.stem}.yaml"), "title"))
    for path in files(f"{language}/directory/*.yaml"):
        check_items(path, by_source(data.read(f"directory/{path.stem}.yaml"), "name"))
    check_items(ROOT / language / "events.yaml", event_templates())


def test_a_missing_paragraph_is_found():
    german = {"body": [{"paragraph": "<p>Eins.</p><p>Zwei.</p>"}]}
    with pytest.raises(AssertionError):
        compare(german, {"body": [{"paragraph": "<p>One.</p>"}]}, "sample")
    compare(german, {"body": [{"paragraph": "<p>One.</p><p>Two <b>bold</b>.</p>"}]}, "sample")
