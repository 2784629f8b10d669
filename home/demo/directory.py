"""The demo's address directory: entries from fixtures/demo/directory/<slug>.yaml, and the build step.

Every Sozialraum has the same kinds of places – a Träger with its Familienzentrum, Jugendzentrum and
Beratungsstellen, Kitas, Grundschulen, two church parishes and a mosque community, the library branch,
the Bürgeramt, initiatives, a Tafel-Ausgabe, a Kleiderkammer and a winter night shelter or café – and
three more. Streets and postcodes are real streets of the Sozialraum's Stadtteile and the coordinates
lie next to them; names, phone numbers (0221 99 99 5-…), e-mail addresses and websites (on .example)
are invented, and associations, parishes and Träger carry "(Demo)" so that nobody takes them for real
ones. Contacts are offices and roles, never persons.

Each entry becomes a dict of Organisation field values plus "slots" [(weekday, "HH:MM", "HH:MM")],
"topics", "target_groups" (slugs), "further" (slugs of further Sozialräume) and "parent" (the name of
an entry earlier in the same file). The dates are relative to `today`.
"""

import datetime
from decimal import Decimal

from django.utils import timezone
from django.utils.text import slugify

from snippets.models import OpeningSlot, Organisation, TargetGroup, Topic

from . import data
from .dates import weekday_number

# What an entry that leaves a field out has.
DEFAULTS = {
    "email": "",
    "website": "",
    "by_appointment": False,
    "opening_notes": "",
    "closed_until": None,
    "closed_note": "",
    "closed_on_holidays": True,
    "holiday_note": "",
    "step_free": "unbekannt",
    "accessible_toilet": False,
    "hearing_loop": False,
    "accessibility_note": "",
    "languages": "de",
    "upkeep_email": "",
    "slots": [],
    "topics": [],
    "target_groups": [],
    "further": [],
    "parent": None,
}


def demo_organisations(sozialraum, sozialraeume, today):
    """Organisation field values (with slots, topics, target groups, further Sozialräume and parent).

    A Sozialraum without a file under fixtures/demo/directory/ has no demo entries. Further
    Sozialräume that are not in `sozialraeume` are left out.
    """
    listed = {other.slug for other in sozialraeume}
    return [entry(item, listed, today) for item in data.read(f"directory/{sozialraum.slug}.yaml", [])]


def entry(item, listed, today):
    result = {**DEFAULTS, **item}
    result["latitude"] = Decimal(str(result["latitude"]))
    result["longitude"] = Decimal(str(result["longitude"]))
    result["last_verified"] = today - datetime.timedelta(days=result.pop("verified_days_ago"))
    closed_for = result.pop("closed_for_days", None)
    if closed_for is not None:
        result["closed_until"] = today + datetime.timedelta(days=closed_for)
    result["slots"] = sorted(slot(text) for text in result["slots"])  # the order they are shown in
    result["further"] = [slug for slug in result["further"] if slug in listed]
    return result


def slot(text):
    """'monday 09:00-16:00' -> (0, '09:00', '16:00')."""
    weekday, hours = text.split()
    opens, closes = hours.split("-")
    return (weekday_number(weekday), opens, closes)


def organisation_entry(sozialraum, item, made, by_slug):
    """An unsaved directory entry from its values (or its translated copy: home/demo/translations.py)."""
    item = dict(item)
    slots = item.pop("slots", [])
    topics, groups = item.pop("topics", []), item.pop("target_groups", [])
    further = item.pop("further", [])
    parent = made.get(item.pop("parent", None))
    entry = Organisation(slug=slugify(item["name"])[:70], sozialraum=sozialraum, parent=parent, **item)
    entry.topics.add(*Topic.objects.filter(slug__in=topics))
    entry.target_groups.add(*TargetGroup.objects.filter(slug__in=groups))
    entry.further_sozialraeume = [by_slug[s] for s in further if s in by_slug]
    for weekday, opens, closes in slots:
        entry.opening_slots.add(OpeningSlot(weekday=weekday, opens=opens, closes=closes))
    return entry


class DirectorySteps:
    """The step of `DemoBuilder` that adds the directory entries of every Sozialraum."""

    def build_directory(self, sozialraeume):
        by_slug = {sozialraum.slug: sozialraum for sozialraum in sozialraeume}
        today = timezone.localdate()
        for sozialraum in sozialraeume:
            made = {}
            for item in demo_organisations(sozialraum, sozialraeume, today):
                made[item["name"]] = self.organisation(sozialraum, item, made, by_slug)

    def organisation(self, sozialraum, item, made, by_slug):
        slug = slugify(item["name"])[:70]
        existing = Organisation.objects.filter(locale=self.source, slug=slug).first()
        if existing:
            return existing
        entry = organisation_entry(sozialraum, item, made, by_slug)
        entry.locale = self.source
        entry.save()
        entry.save_revision().publish()
        self.created += 1
        return entry
