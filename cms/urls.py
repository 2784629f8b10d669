from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.http import Http404
from django.templatetags.static import static
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from cms.health import health
from home.api import api_router
from home.seo import robots_txt, sitemap_index
from snippets.admin_scope import scoped_admin_read_urls
from snippets.permissions import cross_sozialraum_report_urls, cross_sozialraum_translation_urls
from snippets.translation_access import translation_access_urls
from veedel.sitemaps import PortalSitemap


class FaviconRedirect(RedirectView):
    """/favicon.ico on every host, for browsers and feed readers that ask for it without a <link>.

    The address is looked up per request: in production it carries the file's hash.
    """

    permanent = True

    def get_redirect_url(self, *args, **kwargs):
        return static("favicon/favicon.ico")


def media(request, path):
    """Uploaded pictures when no proxy serves /media/ (SERVE_MEDIA, docs/deployment.md); never documents.

    Documents go through Wagtail's view, which checks the collection's privacy.
    """
    if not settings.SERVE_MEDIA:
        raise Http404
    return serve(request, path, document_root=settings.MEDIA_ROOT)


urlpatterns = [
    path("favicon.ico", FaviconRedirect.as_view()),
    re_path(r"^media/(?P<path>(?!documents/).+)$", media),
    path("health/", health, name="health"),
    # Before the admin: Wagtail's cross-site reports are for the Portal-Redaktion only, and
    # wagtail-localize's editor changes only translations of the user's own Sozialraum; its snippet
    # API and the page chooser's answer list nothing of another Sozialraum.
    path("admin/", include(cross_sozialraum_report_urls())),
    path("admin/", include(cross_sozialraum_translation_urls())),
    path("admin/", include(translation_access_urls())),
    path("admin/", include(scoped_admin_read_urls())),
    path("admin/", include(wagtailadmin_urls)),
    path("dokumente/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("robots.txt", robots_txt),
    path("sitemap-index.xml", sitemap_index),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": PortalSitemap}}),
    path("adressen-bestaetigen/", include("snippets.urls")),
    path("einladung/", include("mitmachen.invitation_urls")),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

# German pages have no prefix; /en/, /tr/ and /ar/ serve the synchronised trees.
urlpatterns += i18n_patterns(
    path("mitmachen/", include("mitmachen.urls")),
    path("suche/", include("search.urls")),
    path("feed/", include("home.feed_urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
