"""The demo's pages: background pages, indexes, news, events and best-practice projects.

Each step looks for the page it would create (by slug) and leaves an existing one alone.
"""

import datetime

from django.utils import timezone
from django.utils.text import slugify

from snippets.models import Organisation, TargetGroup, Topic
from veedel.models import (
    EventOccurrenceChange,
    EventPage,
    NewsPage,
    ProjectPage,
    ProjectPagePartner,
    SiteSettings,
    StandardPage,
)

from ..setup import PLACEHOLDER
from . import data

PROJECT_MOTIFS = ["park", "markt", "siedlung", "strasse", "dorf", "kirche", "fabrik", "bruecke", "fluss"]


class PageSteps:
    """Steps of `DemoBuilder` that add pages in the source language, counting them in `self.created`."""

    @staticmethod
    def standard_page(slug, title, intro="", body=()):
        """An unsaved background page (also the translated copy of one: home/demo/translations.py)."""
        return StandardPage(title=title, slug=slug, intro=intro, body=list(body))

    def child_page(self, parent, slug, title, intro="", body=()):
        existing = parent.get_children().filter(slug=slug, locale=self.source).first()
        if existing:
            return existing.specific
        page = self.standard_page(slug, title, intro, body)
        page.locale = self.source
        page = parent.add_child(instance=page)
        page.save_revision().publish()
        self.created += 1
        return page

    def replace_placeholder(self, page, intro, body):
        """The demo's text for a page that still has setup_sites' placeholder (an editor's text stays)."""
        if not page.intro.startswith(PLACEHOLDER):
            return
        page.intro = intro
        page.body = list(body)
        page.save_revision().publish()
        self.created += 1

    def publish_child(self, parent, page):
        if parent.get_children().filter(slug=page.slug).exists():
            return None
        page.locale = self.source
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created += 1
        return page

    @staticmethod
    def filled_root(page, intro, body):
        """The start page with the demo's intro and body, unsaved."""
        page.intro = intro
        page.body = list(body)
        return page

    def fill_root(self, page, intro, body):
        if page.intro or page.body:
            return
        self.filled_root(page, intro, body).save_revision().publish()
        self.created += 1

    def news_page(self, index, item, sozialraum=None):
        return self.publish_child(index, self.news_item(item, sozialraum))

    def directory_entry(self, sozialraum, kind):
        """The Sozialraum's directory entry of a kind of place (fixtures/demo/venues/<slug>.yaml), or None."""
        name = data.read(f"venues/{sozialraum.slug}.yaml", {}).get(kind, {}).get("entry")
        if not name:
            return None
        return Organisation.objects.get(sozialraum=sozialraum, locale=self.source, name=name)

    def news_item(self, item, sozialraum=None):
        """An unsaved news page from its item in fixtures/demo/news/ (or its translated copy).

        `author_kind` names the kind of place whose directory entry wrote it (with `sozialraum`).
        """
        page = NewsPage(
            title=item["title"],
            slug=slugify(item["title"])[:80],
            date=timezone.localdate() - datetime.timedelta(days=item["days_ago"]),
            teaser=item["teaser"],
            body=list(item["body"]),
            show_on_landing=item["on_landing"],
        )
        if sozialraum is not None and item.get("author_kind"):
            page.author_entry = self.directory_entry(sozialraum, item["author_kind"])
        page.topics.add(*Topic.objects.filter(slug__in=item["topics"]))
        return page

    def event_page(self, index, item, sozialraum):
        if index.get_children().filter(slug=slugify(item["title"])).exists():
            return None
        return self.publish_child(index, self.event_item(item, sozialraum))

    def event_item(self, item, sozialraum):
        """An unsaved event page from its values from home/demo/events.py (or its translated copy)."""
        item = dict(item)
        topics, groups = item.pop("topics"), item.pop("target_groups")
        changes = item.pop("changes", [])
        venue, organiser = item.pop("venue_entry", None), item.pop("organiser_kind", None)
        page = EventPage(slug=slugify(item["title"]), **item)
        if venue:
            # The Sozialraum's house of that kind, from its directory (fixtures/demo/venues/<slug>.yaml).
            page.venue = Organisation.objects.get(sozialraum=sozialraum, locale=self.source, name=venue)
        if organiser:
            page.organiser_entry = self.directory_entry(sozialraum, organiser)
        page.topics.add(*Topic.objects.filter(slug__in=topics))
        page.target_groups.add(*TargetGroup.objects.filter(slug__in=groups))
        for original_date, action, new_start, new_end, reason in changes:
            page.occurrence_changes.add(
                EventOccurrenceChange(
                    original_date=original_date,
                    action=action,
                    new_start=new_start,
                    new_end=new_end,
                    reason=reason,
                )
            )
        return page

    def project_page(self, index, item, sozialraum, number):
        sections = [
            ("ausgangslage", item["ausgangslage"]),
            ("ziele", item["ziele"]),
            ("vorgehen", item["vorgehen"]),
            ("beteiligte", {"partners": item["beteiligte"]}),
            ("ergebnisse", item["ergebnisse"]),
            ("kontakt", item["kontakt"]),
            ("tipps", item["tipps"]),
        ]
        slug = slugify(item["title"])[:80]
        if index.get_children().filter(slug=slug).exists():
            return None
        motif = PROJECT_MOTIFS[(sum(map(ord, sozialraum.slug)) + number) % len(PROJECT_MOTIFS)]
        picture = self.picture(
            sozialraum,
            f"Gutes Beispiel: {item['title']}",
            motif,
            f"Gezeichnetes Symbolbild zum Projekt „{item['title']}“",
            SiteSettings.for_site(sozialraum.site).theme_colour,
        )
        page = ProjectPage(
            title=item["title"],
            slug=slug,
            teaser=item["teaser"],
            since=item["since"],
            funding=item["funding"],
            show_on_landing=item["show_on_landing"],
            image=picture,
            body=sections,
        )
        page.topics.add(*Topic.objects.filter(slug__in=item["topics"]))
        page.target_groups.add(*TargetGroup.objects.filter(slug__in=item["target_groups"]))
        page.partner_entries = [
            ProjectPagePartner(organisation=self.directory_entry(sozialraum, kind))
            for kind in item.get("partner_kinds", [])
        ]
        return self.publish_child(index, page)
