"""`{% page_feeds as feeds %}`: the feeds a page with a list offers (home/feeds.py).

base.html advertises them in the head (`<link rel="alternate">`), so feed readers find them from
the page's address; the news lists also show them as links.
"""

from django import template
from django.urls import reverse

from veedel.models import NewsIndexPage, ProjectIndexPage, VeedelHomePage

from .. import feeds
from ..models import CityNewsIndexPage, CityProjectIndexPage, LandingPage, PressIndexPage, PressReleasePage

register = template.Library()

NEWS_PAGES = (LandingPage, VeedelHomePage, NewsIndexPage, CityNewsIndexPage)
PROJECT_PAGES = (ProjectIndexPage, CityProjectIndexPage)
PRESS_PAGES = (PressIndexPage, PressReleasePage)


def offer(feed, request, scope, name, **kwargs):
    title = feed.title(scope)
    # Absolute, like every alternate in the head: a reader may keep the address without the page.
    return [
        {
            "type": kind,
            "title": title,
            "url": request.build_absolute_uri(reverse(f"feeds:{route}", kwargs=kwargs)),
        }
        for kind, route in (("application/rss+xml", name), ("application/atom+xml", f"{name}_atom"))
    ]


@register.simple_tag(takes_context=True)
def page_feeds(context):
    request = context.get("request")
    page = context.get("page")
    if request is None or page is None:
        return []
    topic = context.get("topic")
    if topic is not None:
        return offer(feeds.TopicFeed(), request, feeds.Scope(request, topic=topic), "topic", slug=topic.slug)
    if isinstance(page, NEWS_PAGES):
        return offer(feeds.NewsFeed(), request, feeds.Scope(request), "news")
    if isinstance(page, PRESS_PAGES):
        return offer(feeds.PressFeed(), request, feeds.Scope(request), "press")
    if isinstance(page, PROJECT_PAGES):
        return offer(feeds.ProjectFeed(), request, feeds.Scope(request), "projects")
    return []
