"""Reads across Sozialräume outside the viewsets: bulk actions, wagtail-localize's snippet API,
the page chooser. Another Sozialraum's drafts are never listed; the Portal-Redaktion sees all.

test_isolation_urls.py walks the viewsets' own URLs (choosers included).
"""

from urllib.parse import urlencode

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from snippets.models import Contact, Sozialraum
from tests.factories import StandardPageFactory
from tests.mitmachen.isolation import calendar_of, draft_event, user
from tests.mitmachen.scoped_urls import SCOPED
from tests.veedel.test_permissions import ROLES

pytestmark = pytest.mark.django_db
PAIRS = [("kalk", "porz-ost"), ("porz-ost", "kalk")]


def redaktion():
    return get_user_model().objects.get(username="redaktion")


def bulk_delete_url(model, ids):
    """The ids go in the query string, as the listing's bulk action bar sends them."""
    address = reverse("wagtail_bulk_action", args=[model._meta.app_label, model._meta.model_name, "delete"])
    return f"{address}?{urlencode({'id': ids}, doseq=True)}"


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("own_slug", "other_slug"), PAIRS)
def test_bulk_delete_neither_names_nor_deletes_another_sozialraums_objects(
    client, own_slug, other_slug, role
):
    foreign = {key: SCOPED[key].make(Sozialraum.objects.get(slug=other_slug)) for key in SCOPED}
    client.force_login(user(own_slug, role))
    for key, obj in foreign.items():
        model = SCOPED[key].model
        for ids in (["all"], [obj.pk]):
            response = client.get(bulk_delete_url(model, ids))
            assert str(obj) not in response.content.decode(), (key, ids)
            client.post(bulk_delete_url(model, ids))
        assert model.objects.filter(pk=obj.pk).exists(), key


def test_the_portal_editors_bulk_delete_in_every_sozialraum(client, porz_ost):
    contact = SCOPED["contact"].make(porz_ost)
    client.force_login(redaktion())
    assert str(contact) in client.get(bulk_delete_url(Contact, [contact.pk])).content.decode()
    client.post(bulk_delete_url(Contact, [contact.pk]))
    assert not Contact.objects.filter(pk=contact.pk).exists()


def localize_api(key, *pk):
    model = SCOPED[key].model
    name = "snippets_api_detail" if pk else "snippets_api_listing"
    return reverse(f"wagtail_localize:{name}", args=[model._meta.app_label, model._meta.model_name, *pk])


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("own_slug", "other_slug"), PAIRS)
def test_the_localize_snippet_api_shows_no_other_sozialraum(client, own_slug, other_slug, role):
    foreign = {key: SCOPED[key].make(Sozialraum.objects.get(slug=other_slug)) for key in SCOPED}
    client.force_login(user(own_slug, role))
    for key, obj in foreign.items():
        listing = client.get(localize_api(key))
        assert listing.status_code in (200, 403, 404)
        assert str(obj) not in listing.content.decode(), key
        detail = client.get(localize_api(key, obj.pk))
        assert detail.status_code in (403, 404), key


def test_the_localize_snippet_api_serves_the_portal_editors(client, porz_ost):
    entry = SCOPED["organisation"].make(porz_ost)
    client.force_login(redaktion())
    assert str(entry) in client.get(localize_api("organisation")).content.decode()
    assert client.get(localize_api("organisation", entry.pk)).json()["title"] == str(entry)


def drafts_of(slug):
    """A draft page and a draft event of the Sozialraum, its coordinators' and actor's."""
    sozialraum = Sozialraum.objects.get(slug=slug)
    page = StandardPageFactory(
        parent=sozialraum.site.root_page, title=f"Geheimentwurf Seite {slug}", live=False
    )
    event = draft_event(calendar_of(sozialraum), user(slug, "akteur"), f"Geheimentwurf Fest {slug}")
    return [page, event]


def chooser_search(client, query):
    return client.get(reverse("wagtailadmin_choose_page_search"), {"q": query}).content.decode()


def chooser_browse(client, parent):
    return client.get(reverse("wagtailadmin_choose_page_child", args=[parent.pk])).content.decode()


def chosen_multiple(client, pages):
    address = reverse("wagtailadmin_choose_page_chosen_multiple")
    return client.get(address, {"id": [page.pk for page in pages]}).content.decode()


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("own_slug", "other_slug"), PAIRS)
def test_the_page_chooser_lists_no_draft_of_another_sozialraum(client, own_slug, other_slug, role):
    foreign = drafts_of(other_slug)
    own = drafts_of(own_slug)
    client.force_login(user(own_slug, role))
    found = chooser_search(client, "Geheimentwurf")
    for page in foreign:
        assert page.title not in found
        assert page.title not in chooser_browse(client, page.get_parent())
    assert not [page for page in foreign if page.title in chosen_multiple(client, foreign)]
    # The own Sozialraum is there: for the actor their own event, for the coordinators both drafts.
    mine = own if role == "koordination" else own[1:]
    assert all(page.title in found for page in mine), found
    home = Sozialraum.objects.get(slug=own_slug).site.root_page
    assert home.title in chooser_search(client, home.title)


def test_the_page_chooser_shows_the_portal_editors_every_draft(client):
    drafts = drafts_of("porz-ost") + drafts_of("kalk")
    client.force_login(redaktion())
    found = chooser_search(client, "Geheimentwurf")
    assert all(page.title in found for page in drafts)
    assert all(page.title in chosen_multiple(client, drafts) for page in drafts)
