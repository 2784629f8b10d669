"""Every admin URL of every scoped model, walked: a view added later cannot slip through.

For each model that belongs to a Sozialraum or a site (tests/mitmachen/scoped_urls.py), the test
takes the URL patterns of its snippet viewset and of its chooser viewset, and asks for each URL
name which check it gets (`CHECKS`). A name without a check fails the test: whoever adds a view
decides how it is scoped. Each check runs for both roles of one Sozialraum against another one,
in both directions, and the Portal-Redaktion sees what the others must not (so the scope cannot
simply refuse everything).
"""

import json

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtailmenus.models import MainMenu

from snippets.models import Sozialraum
from tests.mitmachen.isolation import TAKEN, assert_refused, assert_refused_or_invalid, user
from tests.mitmachen.scoped_urls import SCOPED, scope_field_name, url_kwargs
from tests.veedel.test_permissions import ROLES

pytestmark = pytest.mark.django_db

# Views on one object (its pk in the URL): refused on another Sozialraum's object, GET and POST.
OBJECT = {
    "edit",
    "delete",
    "usage",
    "history",
    "history_results",
    "inspect",
    "preview_on_edit",
    "revisions_view",
    "revisions_revert",
    "revisions_compare",
    "revisions_unschedule",
    "unpublish",
    "lock",
    "unlock",
    "reorder",
    "workflow_action",
    "collect_workflow_action_data",
    "confirm_workflow_cancellation",
    "workflow_history",
    "workflow_history_detail",
    "workflow_preview",
}
CHECKS = {
    **dict.fromkeys(OBJECT, "object"),
    "copy": "copy",  # an object view, and a form: the copy stays in the own Sozialraum
    "list": "listing",
    "list_results": "listing",
    "choose": "listing",
    "choose_results": "listing",
    "add": "form",
    "preview_on_add": "preview",
    "chosen": "chosen",
    "chosen_multiple": "chosen_multiple",
    "create": "chooser_create",
}
PAIRS = [("kalk", "porz-ost"), ("porz-ost", "kalk")]


def walk(scoped):
    """(URL name, viewset) for every URL the model's viewsets register."""
    for viewset in scoped.viewsets:
        for pattern in viewset.get_urlpatterns():
            yield pattern.name, viewset


def url(viewset, name, scoped, obj):
    pattern = next(p for p in viewset.get_urlpatterns() if p.name == name)
    names = pattern.pattern.regex.groupindex
    kwargs = {key: value for key, value in url_kwargs(scoped, name, obj).items() if key in names}
    return reverse(viewset.get_url_name(name), kwargs=kwargs)


def shows(response, scoped, obj):
    html = response.content.decode()
    return any(marker in html for marker in scoped.markers(obj))


def test_every_url_has_a_check():
    unchecked = {(key, name) for key, scoped in SCOPED.items() for name, _viewset in walk(scoped)} - {
        (key, name) for key in SCOPED for name in CHECKS
    }
    assert not unchecked, f"Admin URLs without an isolation check: {sorted(unchecked)}"


def check_object(client, address, **_):
    assert_refused(client.get(address))
    assert_refused(client.post(address, {"action-publish": "1", "title": TAKEN, "name": TAKEN}))


def check_listing(client, address, scoped, foreign, own, viewset, **_):
    response = client.get(address)
    if response.status_code == 302 and scoped.model is MainMenu:
        # The main menu's listing is a redirect to the menu of a site the user may edit, if any.
        if response["Location"] != url(viewset, "edit", scoped, own):
            assert_refused(response)
        return
    if response.status_code != 200:
        assert_refused(response)
        return
    assert not shows(response, scoped, foreign), address


def check_form(client, address, scoped, foreign, **_):
    response = client.get(address)
    if response.status_code == 200 and scoped.field in response.context["form"].fields:
        choices = response.context["form"].fields[scoped.field].queryset
        assert not choices.filter(pk=getattr(foreign, scope_field_name(scoped))).exists(), address
    if scoped.form:
        other = Sozialraum.objects.get(
            pk=foreign.pk if isinstance(foreign, Sozialraum) else own_sozialraum(foreign)
        )
        assert_refused_or_invalid(client.post(address, scoped.form(other)), scoped.field)


def own_sozialraum(obj):
    if hasattr(obj, "sozialraum_id"):
        return obj.sozialraum_id
    return Sozialraum.objects.get(site=obj.site_id).pk


def check_copy(client, address, scoped, foreign, own, viewset, **_):
    check_object(client, address)
    # The own object copied, with the other Sozialraum in the form: neither moved nor copied over.
    own_copy = url(viewset, "copy", scoped, own)
    check_form(client, own_copy, scoped, foreign)


def check_preview(client, address, scoped, foreign, **_):
    if not scoped.form:
        return
    other = Sozialraum.objects.get(pk=own_sozialraum(foreign))
    response = client.post(address, scoped.form(other))
    if response.status_code == 200:
        assert json.loads(response.content)["is_valid"] is False
    else:
        assert_refused(response)


def check_chosen(client, address, **_):
    assert_refused(client.get(address))


def check_chosen_multiple(client, address, scoped, foreign, **_):
    response = client.get(address, {"id": [foreign.pk]})
    if response.status_code == 200:
        assert not shows(response, scoped, foreign)
    else:
        assert_refused(response)


def check_chooser_create(client, address, scoped, foreign, **_):
    """The chooser's "create" tab: none of the scoped models offers one; the count check catches a new one."""
    data = scoped.form(Sozialraum.objects.get(pk=own_sozialraum(foreign))) if scoped.form else {}
    response = client.post(address, data)
    if response.status_code == 200:
        assert scoped.field in response.context["form"].errors
    else:
        assert_refused(response)


RUN = {
    "object": check_object,
    "copy": check_copy,
    "listing": check_listing,
    "form": check_form,
    "preview": check_preview,
    "chosen": check_chosen,
    "chosen_multiple": check_chosen_multiple,
    "chooser_create": check_chooser_create,
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("own_slug", "other_slug"), PAIRS)
@pytest.mark.parametrize("key", SCOPED)
def test_every_admin_url_is_scoped(client, key, own_slug, other_slug, role):
    scoped = SCOPED[key]
    own = scoped.make(Sozialraum.objects.get(slug=own_slug))
    foreign = scoped.make(Sozialraum.objects.get(slug=other_slug))
    before = {"own": scoped.stored(own), "foreign": scoped.stored(foreign)}
    count = scoped.model.objects.count()
    client.force_login(user(own_slug, role))
    for name, viewset in walk(scoped):
        address = url(viewset, name, scoped, foreign)
        RUN[CHECKS[name]](
            client, address, scoped=scoped, foreign=foreign, own=own, viewset=viewset, name=name
        )
    assert {"own": scoped.stored(own), "foreign": scoped.stored(foreign)} == before
    assert scoped.model.objects.count() == count


@pytest.mark.parametrize("key", SCOPED)
def test_the_portal_editors_see_every_sozialraum(client, key):
    """The control: listings and choosers do show the objects the Sozialräume must not see."""
    scoped = SCOPED[key]
    foreign = scoped.make(Sozialraum.objects.get(slug="porz-ost"))
    client.force_login(get_user_model().objects.get(username="redaktion"))
    for name, viewset in walk(scoped):
        if name == "choose_results" or (name == "list_results" and key != "mainmenu"):
            response = client.get(url(viewset, name, scoped, foreign))
            assert response.status_code == 200, name
            assert shows(response, scoped, foreign), name
        if name == "chosen":
            assert client.get(url(viewset, name, scoped, foreign)).status_code == 200


@pytest.mark.parametrize("key", ["contact"])
def test_a_form_sent_to_the_copy_address_makes_a_copy(client, kalk, key):
    """Wagtail binds a POST to the copy URL to the original: it would have been saved over.

    (A site has one flat menu, the footer: a copy of it is never valid, so contacts show it.)
    """
    scoped = SCOPED[key]
    original = scoped.make(kalk)
    before = scoped.stored(original)
    client.force_login(user("kalk", "koordination"))
    address = url(scoped.model.snippet_viewset, "copy", scoped, original)
    response = client.post(address, scoped.form(kalk))
    assert response.status_code == 302, response.context and response.context["form"].errors
    assert scoped.stored(original) == before
    copy = scoped.model.objects.get(**{"title" if key == "flatmenu" else "name": TAKEN})
    assert copy.pk != original.pk
    assert getattr(copy, scope_field_name(scoped)) == getattr(original, scope_field_name(scoped))
