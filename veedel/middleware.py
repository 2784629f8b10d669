import json

from django.http import HttpResponseBadRequest, HttpResponsePermanentRedirect, HttpResponseRedirect
from django.shortcuts import render
from django.utils.datastructures import MultiValueDictKeyError
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Site

NUL = "\x00"
NUL_REFUSED = (
    "In der Adresse oder in einem Cookie steht ein unsichtbares Steuerzeichen (ein Nullzeichen), "
    "das wir nicht annehmen können. Vielleicht ist der Link beim Kopieren beschädigt worden. "
    "Bitte prüfen Sie den Link oder beginnen Sie auf der Startseite."
)

INCOMPLETE_FORM = (
    "Das Formular ist unvollständig angekommen. "
    "Bitte laden Sie die Seite neu und versuchen Sie es noch einmal."
)


class IncompleteFormMiddleware:
    """Answer a forged or truncated form POST with 400 instead of a server error.

    Wagtail's admin forms read some fields (such as a StreamField's count)
    with `request.POST[...]`, and rich-text fields parse the editor's JSON;
    a missing field or non-JSON text would otherwise end in a 500.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if request.method == "POST" and isinstance(exception, MultiValueDictKeyError | json.JSONDecodeError):
            return HttpResponseBadRequest(INCOMPLETE_FORM, content_type="text/plain; charset=utf-8")
        return None


class RefuseNulCharactersMiddleware:
    """Answer a request with NUL in its path, query parameters or cookies with a German 400.

    PostgreSQL refuses NUL in text: a parameter or path segment that goes into a query (a slug,
    a search, a filter, Wagtail's admin filters, the session key from a cookie) would end in a 500
    there. No browser sends NUL on its own, so the request is refused before any view, on every
    URL, public and admin. Form posts are left to their forms: Django's text fields refuse NUL
    with a message next to the field, and everything entered stays in the form.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self.carries_nul(request):
            return render(request, "400.html", {"reason": NUL_REFUSED}, status=400)
        return self.get_response(request)

    @staticmethod
    def carries_nul(request):
        if NUL in request.path:
            return True
        for key, values in request.GET.lists():
            if NUL in key or any(NUL in value for value in values):
                return True
        return any(NUL in key or NUL in value for key, value in request.COOKIES.items())


class RedirectBelowMovedPageMiddleware:
    """A 404 below a page whose address changed redirects to the same place below its new address.

    Wagtail's redirects app redirects a page's old address when its slug changes (a section that
    gets its translated slug: /tr/adressen/ → /tr/adresler/), but not what lies below it that is no
    page of its own: a directory entry or a calendar month (/tr/adressen/<eintrag>/). This finds the
    longest old address above the requested one, in one query, and keeps the rest and the query.
    Listed before Wagtail's RedirectMiddleware, so it sees only what that one left a 404.
    """

    MAX_DEPTH = 8

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 404 or request.method not in ("GET", "HEAD"):
            return response
        parts = request.path.strip("/").split("/")[: self.MAX_DEPTH]
        prefixes = ["/" + "/".join(parts[:cut]) for cut in range(1, len(parts))]
        site = Site.find_for_request(request)
        if site is None or not prefixes:
            return response
        redirects = Redirect.get_for_site(site).filter(old_path__in=prefixes, redirect_page__isnull=False)
        redirect = max(redirects.select_related("redirect_page"), key=lambda r: len(r.old_path), default=None)
        target = redirect and redirect.redirect_page.get_url(request)
        if not target:
            return response
        rest = request.path[len(redirect.old_path) :].lstrip("/")
        url = target.rstrip("/") + "/" + rest
        if request.META.get("QUERY_STRING"):
            url += "?" + request.META["QUERY_STRING"]
        moved = HttpResponsePermanentRedirect if redirect.is_permanent else HttpResponseRedirect
        return moved(url)
