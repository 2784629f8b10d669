"""The permission matrix: nobody reaches beyond their own Sozialraum.

For every pair of the test portal's Sozialräume A ≠ B (tests/conftest.py),
the actor and the coordinator of A are refused on B's pages (German and
translated trees), site settings and menus, in the admin views and by forged
POSTs. Inside A, only the coordinator publishes.
"""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtailmenus.models import FlatMenu, MainMenu

from snippets.models import Sozialraum
from tests.conftest import TEST_SOZIALRAEUME
from veedel.models import SiteSettings, StandardPage

pytestmark = pytest.mark.django_db

ROLES = ["akteur", "koordination"]


def user(slug, role):
    return get_user_model().objects.get(username=f"{slug}-{role}")


def assert_refused(response):
    """Wagtail answers a refused admin request with 403 or a redirect to the dashboard."""
    if response.status_code == 302:
        assert response["Location"] in ("/admin/", reverse("wagtailadmin_home")), response["Location"]
    else:
        assert response.status_code in (403, 404), response.status_code


def page_edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def settings_url(site):
    return reverse("wagtailsettings:edit", args=["veedel", "sitesettings", site.pk])


def main_menu_url(site):
    return reverse(MainMenu.snippet_viewset.get_url_name("edit"), args=[site.pk])


def flat_menu_url(site):
    menu = FlatMenu.objects.get(site=site, handle="footer")
    return reverse(FlatMenu.snippet_viewset.get_url_name("edit"), args=[menu.pk])


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("own_slug", TEST_SOZIALRAEUME)
def test_refused_everywhere_in_other_sozialraeume(client, own_slug, role):
    client.force_login(user(own_slug, role))
    others = Sozialraum.objects.exclude(slug=own_slug).select_related("site__root_page")
    assert others.count() == len(TEST_SOZIALRAEUME) - 1
    for other in others:
        home = other.site.root_page
        about = home.get_children().get(slug="ueber-den-sozialraum").specific
        english_home = home.get_translations().get(locale__language_code="en")
        revisions_before = about.revisions.count()
        colour_before = SiteSettings.for_site(other.site).theme_colour

        assert_refused(client.get(page_edit_url(home)))
        assert_refused(client.get(page_edit_url(english_home)))
        assert_refused(
            client.post(
                page_edit_url(about),
                {"title": "Übernommen", "slug": about.slug, "action-publish": "1"},
            )
        )
        assert_refused(client.get(reverse("wagtailadmin_pages:add_subpage", args=[home.pk])))
        assert_refused(client.get(settings_url(other.site)))
        assert_refused(client.post(settings_url(other.site), {"theme_colour": "#000000"}))
        assert_refused(client.get(main_menu_url(other.site)))
        assert_refused(client.get(flat_menu_url(other.site)))
        assert_refused(client.post(flat_menu_url(other.site), {"title": "Übernommen"}))

        about.refresh_from_db()
        assert about.title == "Über den Sozialraum"
        assert about.revisions.count() == revisions_before
        assert SiteSettings.for_site(other.site).theme_colour == colour_before


@pytest.mark.parametrize("own_slug", TEST_SOZIALRAEUME)
def test_explorer_shows_only_the_own_sozialraum(own_slug):
    sozialraum = Sozialraum.objects.get(slug=own_slug)
    for role in ROLES:
        account = user(own_slug, role)
        own_roots = {
            sozialraum.site.root_page_id,
            *sozialraum.site.root_page.get_translations().values_list("pk", flat=True),
        }
        for page in Page.objects.filter(depth=2):
            permissions = page.permissions_for_user(account)
            can_add = permissions.can_add_subpage()
            assert can_add == (page.pk in own_roots), (own_slug, role, page.title)


def page_form(page, action, **fields):
    """The edit form as the admin would send it, with the StreamField management data."""
    data = {"title": page.title, "slug": page.slug, "intro": "", "body": streamfield([]), **fields}
    return {**nested_form_data(data), action: "1"}


def new_draft(home, owner):
    page = home.add_child(
        instance=StandardPage(title="Neues Angebot", slug="neues-angebot", live=False, owner=owner)
    )
    page.save_revision(user=owner)
    return page


def test_actor_cannot_publish_in_own_sozialraum(client, kalk):
    actor = user("kalk", "akteur")
    client.force_login(actor)
    page = new_draft(kalk.site.root_page, actor)
    response = client.post(page_edit_url(page), page_form(page, "action-publish"))
    assert response.status_code in (302, 403)
    page.refresh_from_db()
    assert not page.live
    assert not page.permissions_for_user(actor).can_publish()
    # The actor can still edit their own draft and send it to moderation.
    assert client.get(page_edit_url(page)).status_code == 200
    response = client.post(
        page_edit_url(page), page_form(page, "action-submit", title="Neues Angebot im Veedel")
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert not page.live
    assert page.current_workflow_state is not None
    assert page.current_workflow_state.workflow == kalk.workflow


def test_actor_cannot_edit_the_coordinators_pages(client, kalk):
    client.force_login(user("kalk", "akteur"))
    about = kalk.site.root_page.get_children().get(slug="ueber-den-sozialraum")
    assert_refused(client.get(page_edit_url(about)))


def test_coordinator_publishes_in_own_sozialraum(client, kalk):
    coordinator = user("kalk", "koordination")
    client.force_login(coordinator)
    page = new_draft(kalk.site.root_page, user("kalk", "akteur"))
    response = client.post(page_edit_url(page), page_form(page, "action-publish"))
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live
    assert client.get("/neues-angebot/", HTTP_HOST="kalk.localhost").status_code == 200


def test_coordinator_edits_own_settings_and_menus(client, kalk):
    client.force_login(user("kalk", "koordination"))
    assert client.get(settings_url(kalk.site)).status_code == 200
    assert client.get(main_menu_url(kalk.site)).status_code == 200
    assert client.get(flat_menu_url(kalk.site)).status_code == 200
    listing = client.get(reverse(FlatMenu.snippet_viewset.get_url_name("list"))).content.decode()
    assert flat_menu_url(kalk.site) in listing
    other = Sozialraum.objects.get(slug="porz-ost")
    assert flat_menu_url(other.site) not in listing


def test_a_truncated_form_post_is_a_400_not_a_500(client, kalk):
    coordinator = user("kalk", "koordination")
    client.force_login(coordinator)
    page = new_draft(kalk.site.root_page, coordinator)
    response = client.post(
        page_edit_url(page), {"title": "Ohne Inhalt", "slug": page.slug, "action-publish": "1"}
    )
    assert response.status_code == 400
    assert "unvollständig" in response.content.decode()
    page.refresh_from_db()
    assert not page.live


def submit_for_moderation(client, kalk):
    actor = user("kalk", "akteur")
    client.force_login(actor)
    page = new_draft(kalk.site.root_page, actor)
    client.post(page_edit_url(page), page_form(page, "action-submit"))
    page.refresh_from_db()
    return page, page.current_workflow_task_state


def workflow_action_url(page, task_state, action="approve"):
    return reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])


def test_only_the_own_coordinators_moderate(client, kalk):
    page, task_state = submit_for_moderation(client, kalk)
    assert task_state is not None
    for other_slug in ("porz-ost", "chorweiler"):
        client.force_login(user(other_slug, "koordination"))
        assert_refused(client.post(workflow_action_url(page, task_state), {"comment": ""}))
        page.refresh_from_db()
        assert not page.live
    client.force_login(user("kalk", "akteur"))
    assert_refused(client.post(workflow_action_url(page, task_state), {"comment": ""}))
    client.force_login(user("kalk", "koordination"))
    response = client.post(workflow_action_url(page, task_state), {"comment": "Passt, danke!"})
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.live
    assert client.get(f"/{page.slug}/", HTTP_HOST="kalk.localhost").status_code == 200


def test_sent_back_page_stays_unpublished(client, kalk):
    page, task_state = submit_for_moderation(client, kalk)
    client.force_login(user("kalk", "koordination"))
    client.post(workflow_action_url(page, task_state, "reject"), {"comment": "Bitte Datum ergänzen"})
    page.refresh_from_db()
    assert not page.live
    assert client.get(f"/{page.slug}/", HTTP_HOST="kalk.localhost").status_code == 404


def test_portal_editors_reach_every_site(client, kalk):
    client.force_login(get_user_model().objects.get(username="redaktion"))
    landing = Page.objects.get(depth=2, slug="portal")
    assert client.get(page_edit_url(landing)).status_code == 200
    assert client.get(page_edit_url(kalk.site.root_page)).status_code == 200
    assert client.get(settings_url(kalk.site)).status_code == 200
    assert client.get(main_menu_url(kalk.site)).status_code == 200


def test_explorer_does_not_list_other_sozialraeume(client, kalk):
    client.force_login(user("kalk", "koordination"))
    listing = client.get(reverse("wagtailadmin_explore_root"), follow=True).content.decode()
    own = kalk.site.root_page
    assert reverse("wagtailadmin_explore", args=[own.pk]) in listing
    for other in Sozialraum.objects.exclude(pk=kalk.pk).select_related("site"):
        for home in (other.site.root_page, *other.site.root_page.get_translations()):
            assert f'href="{reverse("wagtailadmin_explore", args=[home.pk])}"' not in listing
            # Wagtail shows the page's title (public anyway) but lists none of its pages.
            foreign = client.get(reverse("wagtailadmin_explore", args=[home.pk])).content.decode()
            for child in home.get_children():
                assert reverse("wagtailadmin_pages:edit", args=[child.pk]) not in foreign
                assert reverse("wagtailadmin_explore", args=[child.pk]) not in foreign
