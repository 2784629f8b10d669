"""The pages every site needs and its menus, as fixtures/seiten.yaml lists them.

A section page (news, calendar, directory, best practice; on the landing site the city-wide
ones) is found by its type, a standard page (about the Sozialraum, the coordination,
Mitmachen; on the landing site the legal pages) by its slug, never by its title: editors may
rename either, and setup_sites creates only what is missing. A menu is filled only while it is
empty, so an editor's menu stays as they left it. The texts in the other languages are used by
translations.py.
"""

import uuid
from functools import cache

import yaml
from django.apps import apps
from django.conf import settings
from wagtail.blocks import StreamValue
from wagtailmenus.models import FlatMenu, FlatMenuItem, MainMenu, MainMenuItem

from snippets.slugs import free_slug
from veedel.models import StandardPage

PAGES_FILE = settings.BASE_DIR / "fixtures" / "seiten.yaml"
FOOTER_HANDLE = "footer"
PLACEHOLDER = "Platzhalter – bitte ersetzen"


@cache
def skeleton():
    """fixtures/seiten.yaml: the section pages, standard pages and menus of both kinds of site."""
    with open(PAGES_FILE, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def is_placeholder(page):
    """Whether `page` (in any language) still has setup_sites' placeholder text instead of an editor's."""
    return any(page.intro.startswith(text) for text in skeleton()["placeholder"].values())


def is_default_tagline(tagline, name):
    """Whether `tagline` is the German one setup_sites gives a site named `name` (the demo replaces it)."""
    values = {"name": name, "stadtbezirk": ""}
    return any(
        tagline == skeleton()[kind]["home"]["tagline"].format_map(values)
        for kind in ("landing", "sozialraum")
    )


def texts(spec, language):
    """The title, slug, intro and body of `spec` in `language` (the German ones for German), or None."""
    if language == settings.LANGUAGE_CODE:
        return spec
    return spec.get(language)


def stream(body, values, pages):
    """A body of fixtures/seiten.yaml as StreamField blocks, `{name}` filled in.

    One string is one paragraph. A call to action links the page of `pages` its `link.page`
    names; without that page (an editor deleted it) the call to action is left out.
    """
    if isinstance(body, str):
        return [("paragraph", body.format_map(values), str(uuid.uuid4()))]
    blocks = []
    for block in body or ():
        ((block_type, value),) = block.items()
        if block_type == "call_to_action":
            target = pages.get(value["link"]["page"])
            if target is None:
                continue
            value = {**value, "text": value["text"].format_map(values), "link": {"page": target, "url": ""}}
        elif isinstance(value, str):
            value = value.format_map(values)
        blocks.append((block_type, value, str(uuid.uuid4())))
    return blocks


def build_page(model, spec, language, values, pages):
    """An unsaved page of `model` with the texts of `spec` in `language`, or None if it has none."""
    text = texts(spec, language)
    if text is None:
        return None
    fields = {"title": text["title"], "slug": text.get("slug", spec["slug"])}
    fields["intro"] = text["intro"].format_map(values)
    if "body" in text:
        # A StreamValue with ids now, not on saving: wagtail-localize reads an unsaved copy by block id.
        body = stream(text["body"], values, pages)
        fields["body"] = StreamValue(model._meta.get_field("body").stream_block, body)
    return model(**fields)


def section_pages(parent, kind):
    """The section pages under `parent` (a German site root) by the slug they are listed with.

    Looked up by type, so a section an editor gave another slug or title is still found.
    """
    pages = {}
    for spec in skeleton()[kind]["sections"]:
        model = apps.get_model(spec["model"])
        page = model.objects.child_of(parent).filter(locale_id=parent.locale_id).first()
        if page is not None:
            pages[spec["slug"]] = page
    return pages


class PageSteps:
    """Steps of `SiteSetup` that add the missing pages in German and fill empty menus.

    Each page it looks after is noted in `self.translatable` for the translation step.
    """

    def setup_sections(self, parent, kind, values):
        """Create the section pages of `kind` ("landing" or "sozialraum") that `parent` lacks."""
        pages = section_pages(parent, kind)
        for spec in skeleton()[kind]["sections"]:
            model = apps.get_model(spec["model"])
            if spec["slug"] not in pages:
                page = build_page(model, spec, settings.LANGUAGE_CODE, values, pages)
                pages[spec["slug"]] = self.add_page(parent, page, spec["slug"])
                self.change(f"Seite „{page.title}“ unter {parent.title} angelegt")
            self.translatable.append((pages[spec["slug"]], model, spec, values, pages))
        return pages

    def setup_standard_pages(self, parent, kind, values, linked):
        """The standard pages of `kind` by slug; a missing one is created and published.

        `linked` are the pages a call to action may link (the sections).
        """
        pages = dict(linked)
        found = {
            page.slug: page.specific
            for page in parent.get_children().filter(
                slug__in=[spec["slug"] for spec in skeleton()[kind]["pages"]], locale_id=parent.locale_id
            )
        }
        for spec in skeleton()[kind]["pages"]:
            page = found.get(spec["slug"])
            if page is None:
                page = build_page(StandardPage, spec, settings.LANGUAGE_CODE, values, pages)
                self.add_page(parent, page, spec["slug"])
                self.change(f"Seite „{page.title}“ unter {parent.title} angelegt")
            pages[spec["slug"]] = page
            self.translatable.append((page, StandardPage, spec, values, pages))
        return {spec["slug"]: pages[spec["slug"]] for spec in skeleton()[kind]["pages"]}

    def add_page(self, parent, page, slug):
        taken = set(parent.get_children().values_list("slug", flat=True))
        page.slug = free_slug(slug, taken, fallback=slug, max_length=80)
        page.locale_id = parent.locale_id
        page.show_in_menus = True
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created_pages.add(page.pk)
        return page

    def setup_menus(self, site, kind, pages):
        """Main and footer menu of `site`; an empty one gets the pages fixtures/seiten.yaml names."""
        spec = skeleton()[kind]
        main, created = MainMenu.objects.get_or_create(site=site)
        if created:
            self.change(f"Hauptmenü für {site.hostname} angelegt")
        self.fill_empty_menu(main, MainMenuItem, [pages.get(slug) for slug in spec["main_menu"]])
        footer, created = FlatMenu.objects.get_or_create(
            site=site, handle=FOOTER_HANDLE, defaults={"title": "Fußzeile", "heading": ""}
        )
        if created:
            self.change(f"Fußzeilenmenü für {site.hostname} angelegt")
        self.fill_empty_menu(footer, FlatMenuItem, [pages.get(slug) for slug in spec["footer_menu"]])

    def fill_empty_menu(self, menu, item_model, pages):
        pages = [page for page in pages if page is not None]
        if not pages:
            return
        if menu.menu_items.exists():
            self.add_created_pages(menu, item_model, pages)
            return
        for order, page in enumerate(pages):
            item_model.objects.create(menu=menu, link_page=page, sort_order=order)
        menu.save()  # retires the cached chrome
        self.change(f"{menu._meta.verbose_name} für {menu.site.hostname} gefüllt")

    def add_created_pages(self, menu, item_model, pages):
        """A page this run created (one the list gained, like Mitmachen) joins a menu an editor filled.

        Pages that existed before stay out: an editor may have taken them out on purpose.
        """
        linked = set(menu.menu_items.values_list("link_page_id", flat=True))
        new = [page for page in pages if page.pk in self.created_pages and page.pk not in linked]
        if not new:
            return
        last = max(menu.menu_items.values_list("sort_order", flat=True), default=-1)
        for order, page in enumerate(new, start=last + 1):
            item_model.objects.create(menu=menu, link_page=page, sort_order=order)
        menu.save()  # retires the cached chrome
        for page in new:
            self.change(f"„{page.title}“ ins {menu._meta.verbose_name} für {menu.site.hostname} aufgenommen")
