"""Translations follow their German page: taken offline, deleted, unmarked for the portal or made
private with it.

Wagtail keeps aliases in step by itself; real wagtail-localize translations
are pages of their own and would otherwise stay online, in the translated
calendars and on the landing site in every language, after the German page
was withdrawn. Unpublishing and the portal mark run on Wagtail's signals, so
every way counts (the admin's buttons, bulk actions, expiry at a set date);
deleting runs through Wagtail's delete view, which asks the hook below.
"""

from functools import partial

from django.db import transaction
from wagtail.models import Page, PageViewRestriction

from .localization import source_locale
from .models.content import ShowOnLandingMixin


def _is_source(page):
    return page.locale_id == source_locale().pk


def _translations(page):
    return Page.objects.filter(translation_key=page.translation_key).exclude(locale_id=page.locale_id)


def unpublish_translations(sender, instance, **kwargs):
    """The German page went offline: so do its translations (their own unpublishing ends here)."""
    if not _is_source(instance):
        return
    for translation in _translations(instance).live().filter(alias_of__isnull=True).specific():
        translation.unpublish()


def translations_to_delete(pages, action):
    """For Wagtail's delete view: a German page takes its translations and aliases with it.

    Wagtail deletes them right after the German page and names their number on
    the confirmation page (hook `construct_translated_pages_to_cascade_actions`).
    Unpublishing is left to the signal above, moving to Wagtail; a translation
    deleted on its own takes nothing with it.
    """
    if action != "delete":
        return None
    return {page: list(_translations(page)) for page in pages if _is_source(page)}


def copy_portal_mark(sender, instance, **kwargs):
    """The German page was published: every translation takes its portal mark and pin at once.

    wagtail-localize synchronises the field too (see ShowOnLandingMixin.save), but only when a
    translation is published again; until then the landing site in that language would still show it.
    """
    if not isinstance(instance, ShowOnLandingMixin) or not _is_source(instance):
        return
    mark = {field: getattr(instance, field) for field in instance.portal_mark_fields}
    type(instance).objects.filter(translation_key=instance.translation_key).exclude(**mark).update(**mark)


def view_restriction_changed(sender, instance, **kwargs):
    """A view restriction was set, changed or removed: the page's translations follow at commit.

    Translated trees are siblings of the German tree, so a password or login on a German page
    does not cover its translations and aliases, which would stay public under /en/, /tr/, /ar/
    and in every list, feed, sitemap and API answer. At commit the groups are saved too, and a
    restriction removed because its page was deleted leaves the translations alone.
    """
    page_id = getattr(instance, "page_id", None)  # a group's side of the m2m names no page
    if page_id is not None and kwargs.get("action", "post_").startswith("post_"):
        transaction.on_commit(partial(mirror_view_restrictions, page_id))


def mirror_view_restrictions(page_id):
    """Give every translation and alias of the German page `page_id` exactly its view restrictions."""
    page = Page.objects.filter(pk=page_id, locale=source_locale()).first()
    if page is None:  # deleted, or not German: translations take their restrictions from German
        return
    restrictions = list(page.view_restrictions.prefetch_related("groups"))
    for translation in _translations(page):
        PageViewRestriction.objects.filter(page=translation).delete()
        for restriction in restrictions:
            copy = PageViewRestriction.objects.create(
                page=translation, restriction_type=restriction.restriction_type, password=restriction.password
            )
            copy.groups.set(restriction.groups.all())
