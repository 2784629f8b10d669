"""Which edits retire the stored pages: one version number for the whole portal.

The landing site gathers from every Sozialraum and every site shows shared directory entries,
topics and the Sozialräume's names and colours, so an edit may change pages on any site. Rather
than guess which, every edit that can change what a reader sees bumps one version number (a key
in the shared cache, so every process and machine sees it at once); the stored pages of the old
version are never read again and expire. Edits are rare next to readings: after one, each page
is built once more.

What counts as an edit: publishing, unpublishing, moving and deleting a page; saving a live page
directly (translation sync, scripts) but not saving a draft; and saving or deleting any row of
the models in PUBLIC_MODELS (snippets, settings, menus, pictures, documents, redirects, sites,
languages, view restrictions). Rows that readers never see (drafts' revisions, logs, renditions,
search index, submissions in moderation, quiz entries) do not count.
"""

import time

from django.apps import apps
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

# App labels whose every model readers see, and single models of other apps.
PUBLIC_APPS = ["snippets", "veedel", "home", "wagtailmenus", "taggit", "wagtailredirects", "wagtaildocs"]
PUBLIC_MODELS = [
    "images.CustomImage",
    "wagtailcore.Site",
    "wagtailcore.Locale",
    "wagtailcore.Collection",
    "wagtailcore.PageViewRestriction",
    "wagtailcore.CollectionViewRestriction",
    "quiz.QuizPrize",
    "quiz.QuizDraw",
    "quiz.QuizWinner",
]
# Rows of those apps that readers never see.
PRIVATE_MODELS = [
    "snippets.CorrectionReport",
    "snippets.VerificationRequest",
    "snippets.ActorProfile",
]
# What Page.save_revision writes to the page row: a draft, invisible until it is published.
DRAFT_FIELDS = {
    "draft_title",
    "has_unpublished_changes",
    "latest_revision",
    "latest_revision_created_at",
    "locked",
    "locked_at",
    "locked_by",
}


class Version:
    """A number in the shared cache that retires everything built under the old one when bumped."""

    def __init__(self, key):
        self.key = key

    def current(self):
        # Starts from the clock, so a key lost to culling never comes back as an old number.
        return cache.get_or_set(self.key, time.time_ns, None)

    def bump(self, **kwargs):
        try:
            cache.incr(self.key)
        except ValueError:
            cache.set(self.key, time.time_ns(), None)


PAGES = Version("pagecache:version")


def public_models():
    private = {apps.get_model(label) for label in PRIVATE_MODELS}
    models = [model for label in PUBLIC_APPS for model in apps.get_app_config(label).get_models()]
    models += [apps.get_model(label) for label in PUBLIC_MODELS]
    return [model for model in models if model not in private and not issubclass(model, Page)]


def page_saved(sender, instance, update_fields=None, **kwargs):
    if not instance.live:
        return
    if update_fields is not None and set(update_fields) <= DRAFT_FIELDS:
        return
    PAGES.bump()


def connect():
    for model in public_models():
        uid = f"pagecache-{model._meta.label_lower}"
        post_save.connect(PAGES.bump, sender=model, dispatch_uid=f"{uid}-save", weak=False)
        post_delete.connect(PAGES.bump, sender=model, dispatch_uid=f"{uid}-delete", weak=False)
        for field in model._meta.local_many_to_many:
            through = field.remote_field.through
            m2m_changed.connect(PAGES.bump, sender=through, dispatch_uid=f"{uid}-{field.name}", weak=False)
    for signal, name in ((page_published, "published"), (page_unpublished, "unpublished")):
        signal.connect(PAGES.bump, dispatch_uid=f"pagecache-page-{name}", weak=False)
    post_page_move.connect(PAGES.bump, dispatch_uid="pagecache-page-moved", weak=False)
    post_delete.connect(page_deleted, dispatch_uid="pagecache-page-deleted")
    post_save.connect(page_saved_any, dispatch_uid="pagecache-page-saved")


def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        PAGES.bump()


def page_saved_any(sender, instance, **kwargs):
    if isinstance(instance, Page):
        page_saved(sender, instance, **kwargs)
