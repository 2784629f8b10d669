"""Serve anonymous readers finished responses from the cache, and tell browsers how to revalidate.

A request is served from (and its response stored in) the cache when it is a GET or HEAD of a
public address by someone without a session: no session or message cookie, no Authorization
header, not the admin. Everybody else (editors, anyone who just sent a form) gets a fresh
response marked `private`, so neither this cache nor a proxy keeps it.

A response is stored when it is a plain 200 that is the same for every reader: it sets no
cookie, rendered no CSRF token, and does not forbid caching itself (`private`, `no-store`,
`no-cache`: forms, the quiz, previews). It is kept until the next edit (`invalidation`) or the
next change in time (`freshness`), at most PAGE_CACHE_SECONDS.

Every stored response carries an ETag, so a browser or proxy that asks again with If-None-Match
gets a 304 (ConditionalGetMiddleware, above this one), and `Cache-Control: public, max-age=0,
must-revalidate`: after an edit the next request already sees it. `X-Cache: hit` or `miss` says
where a response came from.
"""

import hashlib
import re

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import cc_delim_re, patch_cache_control, set_response_etag

from . import freshness
from .invalidation import PAGES

ACCEPTS_GZIP = re.compile(r"\bgzip\b")
PUBLIC_CACHE_CONTROL = {"public": True, "max_age": 0, "must_revalidate": True}
# Never stored with a response: set per request, or only for the one reader.
UNSTORED_HEADERS = {"set-cookie", "x-cache"}
REFUSING_DIRECTIVES = ("private", "no-store", "no-cache")


def reader_without_session(request):
    cookies = request.COOKIES
    return (
        settings.SESSION_COOKIE_NAME not in cookies
        and "messages" not in cookies
        and "HTTP_AUTHORIZATION" not in request.META
    )


def cache_key(request):
    """The stored response's key, or None when the request is not for the cache."""
    if settings.PAGE_CACHE_SECONDS <= 0 or request.method not in ("GET", "HEAD"):
        return None
    if request.path_info.startswith(settings.PAGE_CACHE_EXCLUDED_PATHS):
        return None
    try:
        host = request.get_host()
    except DisallowedHost:
        return None  # the view answers it with a 400
    # GZipMiddleware sits below: a stored page is compressed or not, as the reader accepts it.
    encoding = "gzip" if ACCEPTS_GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", "")) else "identity"
    address = f"{encoding} {request.scheme}://{host}{request.get_full_path()}"
    digest = hashlib.sha256(address.encode("utf-8", "surrogateescape")).hexdigest()
    return f"pagecache:{PAGES.current()}:{digest}"


def storable(request, response):
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return False
    if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    cache_control = response.get("Cache-Control", "")
    return not any(directive in cache_control for directive in REFUSING_DIRECTIVES)


def without_accept_language(response):
    """Drop the `Vary: Accept-Language` Django's LocaleMiddleware adds to pages without a language prefix.

    The portal takes the language from the address alone (German without a prefix; i18n_patterns
    with prefix_default_language=False), never from the browser's Accept-Language, so the header
    would only make browsers and proxies keep one copy per language setting of the same page.
    """
    if response.has_header("Vary"):
        kept = [name for name in cc_delim_re.split(response["Vary"]) if name.lower() != "accept-language"]
        if kept:
            response["Vary"] = ", ".join(kept)
        else:
            del response["Vary"]
    return response


def frozen(response, expires):
    headers = [(name, value) for name, value in response.items() if name.lower() not in UNSTORED_HEADERS]
    return expires, response.status_code, headers, response.content


def thawed(stored):
    _expires, status, headers, content = stored
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    return response


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = cache_key(request) if reader_without_session(request) else None
        if key is None:
            response = without_accept_language(self.get_response(request))
            if "Cache-Control" not in response:
                patch_cache_control(response, private=True)
            return response
        stored = cache.get(key)
        started = timezone.now()
        # The portal's clock decides, not only the cache's: a page stored until an event ends is
        # not served after that, also where the cache backend rounds or a test moves the clock.
        if stored is not None and started.timestamp() < stored[0]:
            response = thawed(stored)
            response["X-Cache"] = "hit"
            return response
        with freshness.collecting() as moments:
            response = without_accept_language(self.get_response(request))
        if not storable(request, response):
            if "Cache-Control" not in response:
                patch_cache_control(response, private=True)
            return response
        patch_cache_control(response, **PUBLIC_CACHE_CONTROL)
        set_response_etag(response)
        timeout = freshness.seconds_until_change(moments, started, settings.PAGE_CACHE_SECONDS)
        cache.set(key, frozen(response, started.timestamp() + timeout), timeout)
        response["X-Cache"] = "miss"
        return response
