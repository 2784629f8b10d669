"""/sitemap.xml per site: every page in every language it is written in, with hreflang alternates.

Wagtail's own sitemap lists the German tree only. This one lists the German pages and their
real translations under /en/, /tr/ and /ar/, each with `xhtml:link` alternates for every
version and x-default (German), as search engines ask for: every alternate is listed itself
with the same set, so each links back. Aliases (German text under a language prefix, shown
with the notice) are left out: they are canonical to the German page (see
`veedel.localization.LanguageVersions.canonical`) and would be duplicates of it.
"""

from collections import defaultdict

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from snippets.languages import SOURCE_LANGUAGE

LANGUAGE_ORDER = [code for code, _name in settings.LANGUAGES]


class PortalSitemap(Sitemap):
    def items(self):
        """The live, public, non-alias pages under the site's root in every language (two queries)."""
        if not hasattr(self, "_pages"):
            root = self.get_wagtail_site().root_page
            roots = Page.objects.filter(translation_key=root.translation_key).values_list("path", flat=True)
            in_site = Q()
            for path in roots:
                in_site |= Q(path__startswith=path)
            self._pages = list(
                Page.objects.live()
                .public()
                .filter(in_site, alias_of__isnull=True)
                .select_related("locale")
                .order_by("path")
            )
        return self._pages

    def _versions(self):
        """translation_key → {language code: absolute URL}, for all pages at once."""
        if not hasattr(self, "_by_key"):
            self._by_key = defaultdict(dict)
            for page in self.items():
                self._by_key[page.translation_key][page.locale.language_code] = page.get_full_url(
                    self.request
                )
        return self._by_key

    def alternates_of(self, page):
        versions = self._versions()[page.translation_key]
        alternates = [
            {"lang_code": code, "location": versions[code]} for code in LANGUAGE_ORDER if code in versions
        ]
        if SOURCE_LANGUAGE in versions:
            alternates.append({"lang_code": "x-default", "location": versions[SOURCE_LANGUAGE]})
        return alternates

    def _urls(self, page, protocol, domain):
        urls = []
        for item in self.paginator.page(page).object_list:
            urls.append(
                {
                    "item": item,
                    "location": self._versions()[item.translation_key][item.locale.language_code],
                    "lastmod": self.lastmod(item),
                    "alternates": self.alternates_of(item),
                }
            )
        last_mods = {url["lastmod"] for url in urls}
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
