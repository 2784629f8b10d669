"""Press releases in the site search (search/results.py): registered by home's AppConfig.ready().

Releases live on the landing site only. The landing site's search finds all of them (with its
Veedel filter: the releases about that Sozialraum); a Sozialraum's own search finds the releases
about it, linked to the landing site.
"""

from django.utils.translation import gettext_lazy

from search.results import Hit, PageKind, backend_search
from veedel.localization import active_locale

from .models import PressReleasePage


class PressReleaseKind(PageKind):
    slug, label, model = "pressemitteilungen", gettext_lazy("Pressemitteilungen"), PressReleasePage

    def search(self, query):
        releases = PressReleasePage.objects.live().exclude(self.scope.private).filter(locale=active_locale())
        if self.scope.empty:
            releases = releases.none()
        elif self.scope.sozialraum_ids:
            releases = releases.filter(sozialraum_id__in=self.scope.sozialraum_ids)
        return backend_search(releases, query)

    def hits(self, items):
        releases = list(items)
        by_pk = {sozialraum.pk: sozialraum for sozialraum in self.scope.lookup.sozialraeume}
        return [
            Hit(
                item=release,
                title=release.title,
                url=release.get_url(self.request),
                text=release.card_text,
                when=release.date,
                sozialraum=by_pk.get(release.sozialraum_id),
            )
            for release in releases
        ]
