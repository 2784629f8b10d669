"""The demo texts, read from the YAML files under fixtures/demo/ (see docs/demo.md).

Page bodies are lists of one-key mappings in the files (`- paragraph: |` ...) and become the
`(block_type, value)` tuples a StreamField takes. Rich text is HTML; the line breaks an editor puts
between its tags are dropped, so a file can keep one paragraph or list item per line.
"""

import copy
import re
from functools import cache

import yaml
from django.conf import settings

DEMO_DATA = settings.BASE_DIR / "fixtures" / "demo"
# libyaml when it is there: the pure-Python parser needs seconds for all the demo files.
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
BREAK_BETWEEN_TAGS = re.compile(r">\s*\n\s*<")


class DemoDataError(Exception):
    """A file under fixtures/demo/ cannot be read."""


def load(path):
    """The parsed YAML file at `path`, or None if there is none."""
    try:
        with open(path, encoding="utf-8") as handle:
            return clean(yaml.load(handle, Loader=LOADER))  # noqa: S506 (a safe loader)
    except FileNotFoundError:
        return None
    except (OSError, yaml.YAMLError) as error:
        raise DemoDataError(f"Die Demo-Datei {path} ist nicht lesbar: {error}") from error


@cache
def _read(name):
    return load(DEMO_DATA / name)


def read(name, default=None):
    """The parsed file fixtures/demo/<name> (a fresh copy: callers may change it), or `default`."""
    data = _read(name)
    return default if data is None else copy.deepcopy(data)


def clean(value):
    """The parsed data with the line breaks between HTML tags dropped (rich text starts with a tag)."""
    if isinstance(value, dict):
        return {key: clean(item) for key, item in value.items()}
    if isinstance(value, list):
        return [clean(item) for item in value]
    if isinstance(value, str) and value.startswith("<"):
        return BREAK_BETWEEN_TAGS.sub("><", value).strip()
    return value


def blocks(body):
    """`[{"heading": {...}}, {"paragraph": "<p>…</p>"}]` -> `[("heading", {...}), ("paragraph", …)]`."""
    return [next(iter(block.items())) for block in body or ()]


def _page(text):
    return {**text, "body": blocks(text.get("body"))}


def landing():
    """The portal's start page: intro, tagline, footer text and its background pages."""
    text = read("landing.yaml")
    text["pages"] = [_page(page) for page in text["pages"]]
    return text


def sozialraum_texts(slug):
    """Start page, background pages, contact and picture of one Sozialraum, or None without a file."""
    text = read(f"sozialraeume/{slug}.yaml")
    if text is None:
        return None
    text["home_body"] = blocks(text.get("home_body"))
    text["about"] = _page(text["about"])
    text["coordination"] = _page(text["coordination"])
    return text


def sozialraum_slugs():
    """The Sozialräume the demo has texts for."""
    return sorted(path.stem for path in (DEMO_DATA / "sozialraeume").glob("*.yaml"))


def news(slug):
    """The news items of one Sozialraum, each with `days_ago` instead of a date."""
    return [{**item, "body": blocks(item.get("body"))} for item in read(f"news/{slug}.yaml", [])]


def projects(slug):
    """The best-practice projects of one Sozialraum."""
    return read(f"projects/{slug}.yaml", [])
