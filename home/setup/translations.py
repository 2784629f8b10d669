"""The standard pages in every language: translated defaults instead of German aliases.

After the page trees are synchronised, each page setup_sites looks after (site roots,
section, standard and legal pages) that is still an alias in a language becomes a real
wagtail-localize translation with the texts of fixtures/seiten.yaml
(`snippets.translating.translate_from_copy`): its own title, slug and text, marked outdated
when the German changes. Only while the German page still has the default text: a page an
editor rewrote is paired with nothing and stays an alias until someone translates it. A page
that is already a translation (an editor's or an earlier run's) is never touched, and with
nothing left to translate the step costs one query.
"""

from functools import partial

from django.conf import settings
from wagtail.models import Locale, Page

from snippets.translating import translate_from_copy

from ..models import LandingPage
from .pages import build_page, skeleton, texts


def _body(blocks):
    """A StreamField value without block ids, to compare a page's body with the default."""
    return [(block["type"], block["value"]) for block in blocks.get_prep_value()]


def still_default(page, model, spec, values, pages):
    """Whether the German `page` still has the title and text fixtures/seiten.yaml gave it."""
    default = build_page(model, spec, settings.LANGUAGE_CODE, values, pages)
    if (page.title, page.intro) != (default.title, default.intro):
        return False
    return "body" not in spec or _body(page.body) == _body(default.body)


def root_copy(page, spec, language):
    """The translated copy of a site's start page, or None if its German text is an editor's.

    A Sozialraum's start page keeps its name; the portal's is translated while it has the
    default German title.
    """
    if page.intro or page.body:
        return None
    title = page.title
    text = texts(spec, language) or {}
    if isinstance(page, LandingPage) and page.title == spec.get("title") and "title" in text:
        title = text["title"]
    return type(page)(title=title, slug=page.slug)


class TranslationSteps:
    """The step of `SiteSetup` that translates what `PageSteps` noted in `self.translatable`."""

    def translate_defaults(self, roots):
        """Translate the site roots `roots` and the noted pages where they are still aliases.

        `roots` are pairs (German start page, "landing" or "sozialraum").
        """
        keys = [page.translation_key for page, *_rest in self.translatable]
        keys += [root.translation_key for root, _kind in roots]
        # Aliases are never German, so this one query says whether there is anything to do.
        pending = set(
            Page.objects.filter(translation_key__in=keys, alias_of__isnull=False).values_list(
                "translation_key", "locale_id"
            )
        )
        if not pending:
            return
        order = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
        locales = {
            locale.pk: locale
            for locale in sorted(
                Locale.objects.exclude(language_code=settings.LANGUAGE_CODE),
                key=lambda locale: order.index(locale.language_code) if locale.language_code in order else 99,
            )
        }
        waiting = {key for key, _locale in pending}
        for root, kind in roots:
            if root.translation_key in waiting:
                self.translate_page(
                    root, pending, locales, partial(root_copy, root, skeleton()[kind]["home"])
                )
        for page, model, spec, values, linked in self.translatable:
            if page.translation_key not in waiting:
                continue
            if not still_default(page, model, spec, values, linked):
                self.say(f"  „{page.title}“ hat einen eigenen deutschen Text und bleibt unübersetzt")
                continue
            self.translate_page(
                page, pending, locales, partial(build_page, model, spec, values=values, pages=linked)
            )

    def translate_page(self, page, pending, locales, copy_for):
        """Translate `page` into each language it is an alias in; `copy_for(language)` gives the text."""
        done = []
        for locale_id, locale in locales.items():
            if (page.translation_key, locale_id) not in pending:
                continue
            copy = copy_for(locale.language_code)
            if copy is None:
                continue
            # Published at once, not when the transaction commits (save_target's way): a later
            # step in the same transaction (the demo's pages) may add children, and a
            # publication at commit would write back the child count of this moment.
            translation = translate_from_copy(page, copy, locale, publish=False)
            translation.get_latest_revision().publish()
            done.append(locale.language_code)
        if done:
            self.change(f"„{page.title}“ übersetzt: {', '.join(done)}")
