"""/suche/ on every host and under every language prefix: the result page and its suggestions."""

from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import Site

from veedel.listings import PER_PAGE, paginate

from .query import MAX_LENGTH, SearchForm, search_terms
from .results import KINDS, scope_for
from .suggestions import suggestions
from .typos import similar_query

# Results of each kind on the overview; all of one kind are a click away (`?art=…`), PER_PAGE a page.
PER_KIND = 5


def search(request):
    scope = scope_for(Site.find_for_request(request))
    form = SearchForm(
        request.GET,
        kinds=[(kind.slug, kind.label) for kind in KINDS],
        sozialraeume=[(sr.slug, sr.name) for sr in scope.lookup.sozialraeume] if scope.landing else None,
    )
    if scope.landing and form.value("sozialraum"):
        scope = scope.narrowed(form.value("sozialraum"))
    chosen = next((kind for kind in KINDS if kind.slug == form.value("kind")), None)
    kinds = [kind(scope, request) for kind in ([chosen] if chosen else KINDS)]
    terms = form.terms
    notices = list(form.messages)
    shown = collect(request, kinds, " ".join(terms), chosen) if terms else []
    if shown and not any(items for _kind, items, _page in shown):
        similar = similar_query(terms)
        if similar is not None:
            shown = collect(request, kinds, similar, chosen)
            if any(items for _kind, items, _page in shown):
                notices.append(
                    _("Genau diese Wörter kommen nicht vor. Sie sehen Treffer mit ähnlichen Wörtern.")
                )
    if form.value("search") and not terms:
        notices.append(_("Bitte geben Sie mindestens ein Wort aus Buchstaben oder Ziffern ein."))
    groups = [
        {
            "slug": kind.slug,
            "label": kind.label,
            "hits": kind.hits(items[:PER_KIND] if not chosen else items),
            "more_query": form.query(kind=kind.slug) if not chosen and len(items) > PER_KIND else "",
        }
        for kind, items, _page in shown
        if items
    ]
    page = shown[0][2] if chosen and shown else None
    if page is not None:
        notices += page.notices
    response = TemplateResponse(
        request,
        "search/results.html",
        {
            "form": form,
            "search_query": form.value("search") or "",
            "terms": terms,
            "groups": groups,
            "results": page,
            "chosen_kind": chosen,
            "overview_query": form.query(kind=None),
            "notices": notices,
            "max_length": MAX_LENGTH,
        },
    )
    # Result pages are no content of their own: search engines should not list them.
    response.headers["X-Robots-Tag"] = "noindex"
    if form.errors:
        response.status_code = 400
    return response


def collect(request, kinds, query, chosen):
    """[(kind, items, page)]: a few items of each kind, or one page of the chosen kind's items."""
    shown = []
    for kind in kinds:
        results = kind.search(query)
        if chosen:
            page, page.notices = paginate(request, results, per_page=PER_PAGE)
            shown.append((kind, list(page.object_list), page))
        else:
            shown.append((kind, list(results[: PER_KIND + 1]), None))
    return shown


def search_suggestions(request):
    """Up to eight titles and names that start like the last word typed, as JSON for the <datalist>."""
    terms = search_terms(request.GET.get("q", "")[:MAX_LENGTH])
    found = suggestions(scope_for(Site.find_for_request(request)), terms) if terms else []
    response = JsonResponse({"suggestions": found})
    response.headers["X-Robots-Tag"] = "noindex"
    return response
