from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, published
from wagtailmenus.models import FlatMenu, FlatMenuItem, MainMenu, MainMenuItem

from snippets.models import Contact, Sozialraum

from .chrome import invalidate_chrome
from .localization import forget_locales
from .models import SiteSettings
from .translation_review import log_reviewed_translation
from .translations import copy_portal_mark, unpublish_translations, view_restriction_changed

# Anything the header, menus or footer show retires the cached chrome.
for model in (SiteSettings, MainMenu, MainMenuItem, FlatMenu, FlatMenuItem, Contact, Sozialraum, Site):
    post_save.connect(invalidate_chrome, sender=model, dispatch_uid=f"chrome-save-{model.__name__}")
    post_delete.connect(invalidate_chrome, sender=model, dispatch_uid=f"chrome-delete-{model.__name__}")
page_published.connect(invalidate_chrome, dispatch_uid="chrome-page-published")
page_unpublished.connect(invalidate_chrome, dispatch_uid="chrome-page-unpublished")
post_delete.connect(invalidate_chrome, sender=Page, dispatch_uid="chrome-page-deleted")

# Translations follow their German page (veedel/translations.py).
page_unpublished.connect(unpublish_translations, dispatch_uid="translations-unpublish")
page_published.connect(copy_portal_mark, dispatch_uid="translations-portal-mark")
page_published.connect(log_reviewed_translation, dispatch_uid="translations-reviewed-log")
published.connect(log_reviewed_translation, dispatch_uid="translations-reviewed-log-snippets")
post_save.connect(view_restriction_changed, sender=PageViewRestriction, dispatch_uid="translations-privacy")
post_delete.connect(
    view_restriction_changed, sender=PageViewRestriction, dispatch_uid="translations-privacy-off"
)
m2m_changed.connect(
    view_restriction_changed,
    sender=PageViewRestriction.groups.through,
    dispatch_uid="translations-privacy-groups",
)

# The Locales remembered per process (veedel/localization.py) follow their rows; a flush (which
# sends post_migrate) empties the table without a delete signal.
post_save.connect(forget_locales, sender=Locale, dispatch_uid="locales-save")
post_delete.connect(forget_locales, sender=Locale, dispatch_uid="locales-delete")
post_migrate.connect(forget_locales, dispatch_uid="locales-flush")
