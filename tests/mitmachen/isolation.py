"""What the isolation tests share: the users of each role, and what counts as refused."""

from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Locale

from snippets.models import Organisation, Sozialraum
from tests.conftest import TEST_SOZIALRAEUME
from tests.factories import EventPageFactory, OrganisationFactory
from veedel.models import EventIndexPage

TAKEN = "Übernommen"


def user(slug, role):
    return get_user_model().objects.get(username=f"{slug}-{role}")


def assert_refused(response):
    """Refused: 403 or 404, or Wagtail's redirect to the dashboard (or to the login)."""
    if response.status_code == 302:
        location = response["Location"]
        assert location == reverse("wagtailadmin_home") or location.startswith(
            reverse("wagtailadmin_login")
        ), location
    else:
        assert response.status_code in (403, 404), response.status_code


def assert_refused_or_invalid(response, field):
    """A forged value in a form the user may open: refused, or the form comes back with an error on it."""
    if response.status_code in (200, 400):
        assert field in response.context["form"].errors, response.context["form"].errors
    else:
        assert_refused(response)


def assert_object_views_refused(client, url, pk, forged_post, *, previews=()):
    """Each admin view of one page or entry refuses: edit (open and a forged save), delete,
    unpublish, lock, the `previews` (say "view_draft") and the history."""
    assert_refused(client.get(url("edit", pk)))
    assert_refused(client.post(url("edit", pk), forged_post))
    for action in ("delete", "unpublish", "lock"):
        assert_refused(client.post(url(action, pk)))
    for view in (*previews, "history"):
        assert_refused(client.get(url(view, pk)))


def page_url(name, *args):
    return reverse(f"wagtailadmin_pages:{name}", args=args)


def entry_url(name, *args):
    return reverse(Organisation.snippet_viewset.get_url_name(name), args=args)


def locale(code):
    return Locale.objects.get(language_code=code)


def others(own_slug):
    """The other Sozialräume of the test portal."""
    found = list(Sozialraum.objects.exclude(slug=own_slug).select_related("site__root_page").order_by("slug"))
    assert len(found) == len(TEST_SOZIALRAEUME) - 1
    return found


def calendar_of(sozialraum):
    return EventIndexPage.objects.child_of(sozialraum.site.root_page).get()


def draft_event(calendar, owner, title):
    """A draft in `calendar` (of any language), owned by `owner` and not sent anywhere yet."""
    return EventPageFactory(
        parent=calendar, title=title, owner=owner, locale=calendar.locale, live=False, aliases=False
    )


def actor_with_entry(sozialraum):
    """The Sozialraum's actor, speaking for an association whose entry they may edit, as invited."""
    actor = user(sozialraum.slug, "akteur")
    actor.actor_profile.organisation = OrganisationFactory(sozialraum=sozialraum, kind="verein")
    actor.actor_profile.save()
    return actor


def page_state(page):
    page.refresh_from_db()
    return (page.title, page.live, page.locked, page.get_parent().pk, page.revisions.count())


def entry_state(entry):
    entry.refresh_from_db()
    return (entry.name, entry.sozialraum_id, entry.live, entry.locked, entry.revisions.count())
