from .base import BasePage, ListingFieldsMixin, SocialFieldsMixin
from .pages import StandardPage, VeedelHomePage
from .site_settings import SiteSettings

__all__ = [
    "BasePage",
    "ListingFieldsMixin",
    "SiteSettings",
    "SocialFieldsMixin",
    "StandardPage",
    "VeedelHomePage",
]
