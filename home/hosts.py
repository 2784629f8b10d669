"""Addresses of Sozialräume that changed: a former slug redirects, a retired site shows a notice.

`SozialraumHostMiddleware` looks at the host name before Wagtail does. `<old>.PORTAL_DOMAIN`
of a Sozialraum whose slug changed (its `former_slugs`) answers with a permanent redirect to
the same path on the new host, so links and bookmarks keep working. Every page of a retired
Sozialraum's site answers 410 Gone with a notice and a link to the landing site: its content
stays in the admin, but search engines drop the pages and visitors learn where to go instead.
The admin stays reachable on the retired host.

The host names come from one query and are cached until a Sozialraum or a site is saved
(at most ten minutes where the cache is not shared between processes, as in development).
"""

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.http import HttpResponsePermanentRedirect
from django.template.response import TemplateResponse
from wagtail.models import Site

from snippets.models import Sozialraum

CACHE_KEY = "sozialraum-hosts"
CACHE_SECONDS = 600
ADMIN_PREFIX = "/admin/"


def special_hosts():
    """{"moved": {old host: new root URL}, "retired": {host: name}}, from one query when not cached."""
    hosts = cache.get(CACHE_KEY)
    if hosts is None:
        hosts = {"moved": {}, "retired": {}}
        sozialraeume = list(Sozialraum.objects.exclude(site=None).select_related("site"))
        current = {sozialraum.site.hostname for sozialraum in sozialraeume}
        for sozialraum in sozialraeume:
            for slug in sozialraum.former_slugs:
                old = f"{slug}.{settings.PORTAL_DOMAIN}"
                if old not in current:  # a slug passed on to another site answers for that one
                    hosts["moved"][old] = sozialraum.site.root_url
            if sozialraum.retired:
                hosts["retired"][sozialraum.site.hostname] = sozialraum.name
        cache.set(CACHE_KEY, hosts, CACHE_SECONDS)
    return hosts


def landing_url():
    landing = Site.objects.filter(is_default_site=True).first()
    return f"{landing.root_url}/" if landing else "/"


@receiver(post_save, sender=Sozialraum)
@receiver(post_delete, sender=Sozialraum)
@receiver(post_save, sender=Site)
@receiver(post_delete, sender=Site)
def forget_hosts(**kwargs):
    cache.delete(CACHE_KEY)


class SozialraumHostMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        host = request.get_host().rsplit(":", 1)[0].lower()
        hosts = special_hosts()
        if host in hosts["moved"]:
            return HttpResponsePermanentRedirect(hosts["moved"][host] + request.get_full_path())
        if host in hosts["retired"] and not request.path.startswith(ADMIN_PREFIX):
            return TemplateResponse(
                request,
                "retired_sozialraum.html",
                {"name": hosts["retired"][host], "landing_url": landing_url()},
                status=410,
            ).render()
        return self.get_response(request)
