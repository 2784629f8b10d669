"""RSS 2.0 and Atom feeds for the press office and feed readers (docs/feeds.md).

Every host answers the same paths, in every language prefix (/en/feed/, /ar/feed/ …):

    feed/                       news (RSS 2.0); feed/atom/ the same in Atom
    feed/projekte/              best-practice projects
    feed/themen/<slug>/         news and projects of one topic
    feed/presse/                press releases (docs/press.md)

On a Sozialraum's host a feed lists that site's pages; on the landing site it lists the pages of
every Sozialraum that their coordination marked for the portal ("Aus den Veedeln"), and for
topics and projects all of them, as the landing site's own lists do. `?inhalt=voll` gives the
full text instead of the summary. Items are the pages of the feed's language; a page that is not
translated yet is listed with its German text and marked German (RSS: `dc:language`, Atom:
`xml:lang` on the entry). Only live, public pages: drafts, pages in moderation and pages whose
publication is scheduled for later are never listed, as they are not live.
"""

import datetime
import mimetypes

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import Prefetch
from django.http import Http404
from django.utils import feedgenerator, timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext as _
from wagtail.models import Site
from wagtail.rich_text import expand_db_html

from snippets.models import Topic
from veedel.localization import active_locale, reads_german
from veedel.models import NewsPage, ProjectPage, without_retired

from .press.models import PressReleasePhoto, live_releases

ITEMS = 30
FULL_TEXT_PARAMETER = ("inhalt", "voll")
MEDIA_NS = "http://search.yahoo.com/mrss/"
DC_NS = "http://purl.org/dc/elements/1.1/"


class PortalRssFeed(feedgenerator.Rss201rev2Feed):
    """RSS 2.0 with the language of each item (Dublin Core) and the picture credit (Media RSS)."""

    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:dc": DC_NS, "xmlns:media": MEDIA_NS}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        if item.get("language"):
            handler.addQuickElement("dc:language", item["language"])
        if item.get("credit"):
            handler.addQuickElement("media:credit", item["credit"])


class PortalAtomFeed(feedgenerator.Atom1Feed):
    """Atom with `xml:lang` on an entry whose text is German in a feed of another language."""

    def root_attributes(self):
        return {**super().root_attributes(), "xmlns:media": MEDIA_NS}

    def item_attributes(self, item):
        return {"xml:lang": item["language"]} if item.get("language") else {}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        if item.get("credit"):
            handler.addQuickElement("media:credit", item["credit"])


class Scope:
    """What a request asks for: the site, its Sozialraum (None on the landing site), the language."""

    def __init__(self, request, topic=None):
        self.request = request
        self.site = Site.find_for_request(request)
        if self.site is None:
            raise Http404(_("Diese Adresse gehört zu keiner Website des Portals."))
        # The landing site gathers the Sozialräume; every other site is one (no query needed).
        self.is_landing = self.site.is_default_site
        self.locale = active_locale()
        self.language = translation.get_language() or settings.LANGUAGE_CODE
        self.topic = topic
        name, value = FULL_TEXT_PARAMETER
        self.full_text = request.GET.get(name) == value

    @property
    def site_name(self):
        return self.site.site_name

    def pages(self, model, marked_only=False):
        """Live, public pages of `model` in the feed's language and site, with what an item shows."""
        pages = model.objects.live().public().filter(locale=self.locale)
        if not self.is_landing:
            pages = pages.descendant_of(self.site.root_page.localized, inclusive=True)
        else:
            pages = without_retired(pages)
            if marked_only:
                pages = pages.filter(show_on_landing=True)
        if self.topic is not None:
            pages = pages.filter(topic_items__tag=self.topic)
        topic_items = model._meta.get_field("topic_items").related_model.objects.select_related("tag")
        return pages.select_related("image", "locale").prefetch_related(
            Prefetch("topic_items", queryset=topic_items)
        )


def published(page):
    """When an item appeared: a news item's date (at its publication time that day), else its publication."""
    first = page.first_published_at or page.last_published_at or timezone.now()
    day = getattr(page, "date", None)
    if day is None or timezone.localdate(first) == day:
        return first
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(8)))


class PortalFeed(Feed):
    """The shared part of every feed; subclasses say which pages (`page_items`) and the titles."""

    feed_type = PortalRssFeed

    def __call__(self, request, *args, **kwargs):
        response = super().__call__(request, *args, **kwargs)
        # Readers and the press office poll feeds: let them ask "changed since?" cheaply.
        response["Cache-Control"] = "public, max-age=300"
        return response

    def get_object(self, request, *args, **kwargs):
        return Scope(request)

    def link(self, scope):
        return scope.site.root_page.localized.get_full_url(scope.request)

    def feed_url(self, scope):
        return scope.request.build_absolute_uri(scope.request.path)

    def items(self, scope):
        pages = sorted(self.page_items(scope), key=published, reverse=True)[:ITEMS]
        for page in pages:
            page.feed_scope = scope  # item methods get the page only, and the feed serves every request
        return pages

    def item_title(self, page):
        return page.title

    def item_link(self, page):
        return page.get_full_url(page.feed_scope.request)

    def item_description(self, page):
        summary = escape(page.search_description or page.card_text or "")
        if not page.feed_scope.full_text or not page.body:
            return summary
        return f"<p>{summary}</p>{page.body}" if summary else str(page.body)

    def item_guid(self, page):
        # Stable across a new slug or a move: the page's translation key and language.
        return f"tag:{settings.PORTAL_DOMAIN},2026:{page.translation_key}/{page.locale.language_code}"

    item_guid_is_permalink = False

    def item_pubdate(self, page):
        return published(page)

    def item_updateddate(self, page):
        return page.last_published_at or published(page)

    def item_categories(self, page):
        return [item.tag.localized_name for item in page.topic_items.all()]

    def item_image(self, page):
        return page.image

    def item_enclosures(self, page):
        image = self.item_image(page)
        if image is None:
            return []
        url = page.feed_scope.request.build_absolute_uri(image.file.url)
        mime_type = mimetypes.guess_type(image.file.name)[0] or "image/jpeg"
        return [feedgenerator.Enclosure(url, str(image.file_size or 0), mime_type)]

    def item_extra_kwargs(self, page):
        extra = {}
        image = self.item_image(page)
        if image is not None and image.credit:
            extra["credit"] = image.credit_text
        if page.feed_scope.language != "de" and reads_german(page):
            extra["language"] = "de"
        return extra


class NewsFeed(PortalFeed):
    def title(self, scope):
        if scope.is_landing:
            return _("Aus den Veedeln – Meldungen aller Sozialräume")
        return _("Aktuelles aus %(name)s") % {"name": scope.site_name}

    def description(self, scope):
        if scope.is_landing:
            return _("Meldungen, die die Sozialraumkoordinationen für das Portal ausgewählt haben.")
        return _("Neue Meldungen der Sozialraumkoordination %(name)s.") % {"name": scope.site_name}

    def page_items(self, scope):
        return scope.pages(NewsPage, marked_only=True).order_by("-date", "-pk")[:ITEMS]


class ProjectFeed(PortalFeed):
    def title(self, scope):
        return _("Gute Beispiele aus %(name)s") % {"name": scope.site_name}

    def description(self, scope):
        return _("Projekte aus der Praxis, die andere Veedel nachmachen können.")

    def page_items(self, scope):
        return scope.pages(ProjectPage).order_by("-first_published_at", "-pk")[:ITEMS]


class TopicFeed(PortalFeed):
    def get_object(self, request, slug):
        topic = Topic.objects.filter(slug=slug).first()
        if topic is None:
            raise Http404(_("Dieses Thema gibt es nicht."))
        return Scope(request, topic=topic)

    def title(self, scope):
        return _("%(topic)s – %(name)s") % {"topic": scope.topic.localized_name, "name": scope.site_name}

    def description(self, scope):
        return _("Meldungen und gute Beispiele zum Thema %(topic)s.") % {"topic": scope.topic.localized_name}

    def page_items(self, scope):
        news = scope.pages(NewsPage).order_by("-date", "-pk")[:ITEMS]
        projects = scope.pages(ProjectPage).order_by("-first_published_at", "-pk")[:ITEMS]
        return [*news, *projects]


class PressFeed(PortalFeed):
    """Press releases: on the landing site all of them, on a Sozialraum's site those about it."""

    def title(self, scope):
        return _("Pressemitteilungen – %(name)s") % {"name": scope.site_name}

    def description(self, scope):
        return _("Pressemitteilungen der Sozialraumkoordination Köln, mit Pressekontakt und Fotos.")

    def page_items(self, scope):
        releases = live_releases(scope.locale)
        if not scope.is_landing:
            releases = releases.filter(sozialraum__site=scope.site)
        photos = PressReleasePhoto.objects.select_related("image").order_by("sort_order")
        return releases.select_related("locale").prefetch_related(
            "topic_items__tag", Prefetch("photos", queryset=photos)
        )[:ITEMS]

    def item_description(self, page):
        summary = escape(page.search_description or page.card_text or "")
        if not page.feed_scope.full_text:
            return summary
        return f"<p>{summary}</p>{expand_db_html(page.body)}"

    def item_image(self, page):
        photos = page.photos.all()
        return photos[0].image if photos else None


class AtomMixin:
    feed_type = PortalAtomFeed

    def subtitle(self, scope):
        return self.description(scope)


class NewsAtomFeed(AtomMixin, NewsFeed):
    pass


class ProjectAtomFeed(AtomMixin, ProjectFeed):
    pass


class TopicAtomFeed(AtomMixin, TopicFeed):
    pass


class PressAtomFeed(AtomMixin, PressFeed):
    pass
