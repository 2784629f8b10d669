"""robots.txt per host and the landing site's sitemap index (docs/seo.md).

Every host names its own sitemap (veedel/sitemaps.py lists every page of that site in every
language); the landing site's robots.txt also names the index of all sites' sitemaps, so a search
engine that knows only the portal's main address finds every Sozialraum.
"""

from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from wagtail.models import Site

from snippets.models import Sozialraum

# Pages that are no content of their own: the admin, forms' thank-you pages, private links.
DISALLOWED = ["/admin/", "/einladung/", "/adressen-bestaetigen/", "/mitmachen/danke/"]


@require_GET
def robots_txt(request):
    site = Site.find_for_request(request)
    if site is None:
        raise Http404(_("Diese Adresse gehört zu keiner Website des Portals."))
    root = request.build_absolute_uri("/").rstrip("/")
    lines = [
        "User-agent: *",
        *(f"Disallow: {path}" for path in DISALLOWED),
        "",
        f"Sitemap: {root}/sitemap.xml",
    ]
    if site.is_default_site:
        lines.append(f"Sitemap: {root}/sitemap-index.xml")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


class SitemapLink:
    def __init__(self, location):
        self.location = location
        self.last_mod = None


@require_GET
def sitemap_index(request):
    """The sitemaps of the landing site and of every Sozialraum that is not retired."""
    site = Site.find_for_request(request)
    if site is None or not site.is_default_site:
        raise Http404(_("Das Verzeichnis aller Sitemaps gibt es nur auf der Startseite des Portals."))
    retired = Sozialraum.objects.filter(retired=True).values("site_id")
    sites = Site.objects.exclude(pk__in=retired).order_by("-is_default_site", "hostname")
    links = [SitemapLink(f"{other.root_url}/sitemap.xml") for other in sites]
    return TemplateResponse(request, "sitemap_index.xml", {"sitemaps": links}, content_type="application/xml")
