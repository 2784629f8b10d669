from .base import BasePage, IntroMixin, ListingFieldsMixin, SocialFieldsMixin
from .content import (
    FEATURE_NEWS_PERMISSION,
    FEATURE_PROJECT_PERMISSION,
    NewsIndexPage,
    NewsPage,
    ProjectIndexPage,
    ProjectPage,
    ProjectPagePartner,
    TeaserImageMixin,
    pinned_first,
)
from .directory import DirectoryPage
from .events import EventIndexPage, EventOccurrenceChange, EventPage
from .listing import ListingIndexMixin, SozialraumLookup, without_retired
from .pages import IntroBodyMixin, StandardPage, VeedelHomePage
from .site_settings import SiteSettings
from .tagging import (
    EventPageTargetGroup,
    EventPageTopic,
    NewsPageTopic,
    ProjectPageTargetGroup,
    ProjectPageTopic,
)

__all__ = [
    "FEATURE_NEWS_PERMISSION",
    "FEATURE_PROJECT_PERMISSION",
    "BasePage",
    "DirectoryPage",
    "EventIndexPage",
    "EventOccurrenceChange",
    "EventPage",
    "EventPageTargetGroup",
    "EventPageTopic",
    "IntroBodyMixin",
    "IntroMixin",
    "ListingIndexMixin",
    "ListingFieldsMixin",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageTopic",
    "ProjectIndexPage",
    "ProjectPage",
    "ProjectPagePartner",
    "ProjectPageTargetGroup",
    "ProjectPageTopic",
    "SiteSettings",
    "SocialFieldsMixin",
    "SozialraumLookup",
    "StandardPage",
    "TeaserImageMixin",
    "VeedelHomePage",
    "pinned_first",
    "without_retired",
]
