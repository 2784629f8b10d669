"""Make the database match the lists in fixtures/: what `manage.py setup_sites` runs.

sites.py holds `SiteSetup` (sites, start pages, settings, vocabularies), pages.py the
section, standard and legal pages and the menus (fixtures/seiten.yaml), translations.py
their translated defaults, locales.py the
languages and their page trees, roles.py the groups, rights and review workflows, lists.py the
reading of fixtures/sozialraeume.json and fixtures/themen.json.
"""

from .lists import SozialraumEntry, SozialraumListError, read_sozialraum_list, read_vocabularies
from .locales import sync_locale_trees
from .pages import FOOTER_HANDLE, PLACEHOLDER, is_default_tagline, is_placeholder, section_pages
from .roles import EDITORIAL_GROUP
from .sites import SiteSetup

__all__ = [
    "EDITORIAL_GROUP",
    "FOOTER_HANDLE",
    "PLACEHOLDER",
    "SiteSetup",
    "SozialraumEntry",
    "SozialraumListError",
    "is_default_tagline",
    "is_placeholder",
    "read_sozialraum_list",
    "read_vocabularies",
    "section_pages",
    "sync_locale_trees",
]
