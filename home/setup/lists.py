"""The lists in fixtures/ that setup_sites follows: the Sozialräume, the vocabularies and the closure days."""

import json
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError

from snippets.colours import validate_theme_colour


class SozialraumListError(Exception):
    """The list in fixtures/ cannot be read or has a wrong entry."""


@dataclass
class SozialraumEntry:
    slug: str
    name: str
    stadtbezirk: str
    colour: str
    former_slugs: list = field(default_factory=list)
    retired: bool = False

    @property
    def actors_group_name(self):
        return f"Akteure {self.name}"

    @property
    def coordinators_group_name(self):
        return f"Koordination {self.name}"


def read_list(path):
    try:
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, json.JSONDecodeError) as error:
        raise SozialraumListError(f"Die Liste {path} ist nicht lesbar: {error}") from error


def read_vocabularies():
    """The Themenfelder and Zielgruppen of fixtures/themen.json."""
    return read_list(settings.VOCABULARY_LIST)


def read_closure_days():
    """The portal-wide closure days of fixtures/schliesstage.json."""
    return read_list(settings.CLOSURE_DAY_LIST).get("schliesstage", [])


def read_sozialraum_list(path=None):
    path = path or settings.SOZIALRAUM_LIST
    data = read_list(path)
    entries = []
    seen = set()
    for number, raw in enumerate(data.get("sozialraeume", []), start=1):
        try:
            entry = SozialraumEntry(
                slug=raw["slug"],
                name=raw["name"],
                stadtbezirk=raw["stadtbezirk"],
                colour=raw["colour"],
                former_slugs=list(raw.get("former_slugs", [])),
                retired=raw.get("retired", False) is True,
            )
        except (KeyError, TypeError) as error:
            raise SozialraumListError(f"Eintrag {number}: Angabe fehlt ({error}).") from error
        try:
            validate_theme_colour(entry.colour)
        except ValidationError as error:
            raise SozialraumListError(f"Eintrag {number} ({entry.name}): {error.messages[0]}") from error
        for slug in (entry.slug, *entry.former_slugs):
            if slug in seen:
                raise SozialraumListError(f"Eintrag {number}: Kurzname {slug} kommt doppelt vor.")
            seen.add(slug)
        entries.append(entry)
    landing = data.get("landing", {})
    return entries, landing
