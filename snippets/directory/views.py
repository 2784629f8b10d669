"""The public one-click confirmation behind the link in the yearly "Sind die Angaben noch aktuell?" mail."""

from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from wagtail.models import Site

from ..models import Sozialraum
from . import freshness

# -- public: /adressen-bestaetigen/<token>/ --------------------------------------


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def confirm_organisation(request, token):
    """GET shows the entry and a button; only the POST (CSRF-protected) changes anything.

    Mail scanners and link previews open links with GET, so opening the link
    must not count as a confirmation.
    """
    try:
        organisation = freshness.read_token(token)
    except freshness.LinkRefused as refusal:
        return _refused(request, refusal)
    if request.method == "POST":
        if not freshness.confirm(organisation):  # pressed twice, or changed in the meantime
            organisation.refresh_from_db(fields=["last_verified"])
            return _refused(request, freshness.LinkRefused(freshness.LinkRefused.USED, organisation))
        return render(
            request,
            "directory/confirmed.html",
            {
                "organisation": organisation,
                "entry_url": freshness.entry_url(organisation),
                "contact": freshness.coordination_of(organisation.sozialraum),
            },
        )
    return render(
        request,
        "directory/confirm.html",
        {
            "organisation": organisation,
            "facts": freshness.public_facts(organisation),
            "suggest_url": freshness.suggest_url(organisation),
            "contact": freshness.coordination_of(organisation.sozialraum),
        },
    )


def _refused(request, refusal):
    organisation = refusal.subject
    if organisation is not None:
        sozialraum = organisation.sozialraum
    else:  # nothing in the link can be trusted: the coordination of the site it was opened on
        sozialraum = Sozialraum.objects.filter(site=Site.find_for_request(request)).first()
    context = {
        "refusal": refusal,
        "organisation": organisation,
        "sozialraum": sozialraum,
        "contact": freshness.coordination_of(sozialraum),
        "link_days": freshness.link_max_age().days,
    }
    return render(request, "directory/confirm.html", context, status=400)
