"""The pages every site needs and its menus, as fixtures/seiten.yaml lists them.

A section page (news, calendar, directory, best practice; on the landing site the city-wide
ones) is found by its type, a legal page by its slug, never by its title: editors may rename
either, and setup_sites creates only what is missing. A menu is filled only while it is empty,
so an editor's menu stays as they left it.
"""

from functools import cache

import yaml
from django.apps import apps
from django.conf import settings
from wagtailmenus.models import FlatMenu, FlatMenuItem, MainMenu, MainMenuItem

from snippets.slugs import free_slug
from veedel.models import StandardPage

PAGES_FILE = settings.BASE_DIR / "fixtures" / "seiten.yaml"
FOOTER_HANDLE = "footer"
PLACEHOLDER = "Platzhalter – bitte ersetzen"


@cache
def skeleton():
    """fixtures/seiten.yaml: the section pages, legal pages and menus of both kinds of site."""
    with open(PAGES_FILE, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


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
    """Steps of `SiteSetup` that add the missing pages in German and fill empty menus."""

    def setup_sections(self, parent, kind, name=""):
        """Create the section pages of `kind` ("landing" or "sozialraum") that `parent` lacks."""
        pages = section_pages(parent, kind)
        for spec in skeleton()[kind]["sections"]:
            if spec["slug"] in pages:
                continue
            model = apps.get_model(spec["model"])
            page = model(title=spec["title"], intro=spec["intro"].format(name=name))
            pages[spec["slug"]] = self.add_page(parent, page, spec["slug"])
            self.change(f"Seite „{page.title}“ unter {parent.title} angelegt")
        return pages

    def setup_legal_pages(self, landing):
        """Impressum, Datenschutz and Barrierefreiheit: placeholders, published, until the real text."""
        pages = {}
        for spec in skeleton()["landing"]["legal"]:
            page = landing.get_children().filter(slug=spec["slug"], locale_id=landing.locale_id).first()
            if page is None:
                page = StandardPage(
                    title=spec["title"], intro=spec["intro"], body=[("paragraph", spec["body"])]
                )
                self.add_page(landing, page, spec["slug"])
                self.change(f"Seite „{page.title}“ mit Platzhaltertext angelegt")
            pages[spec["slug"]] = page
        return pages

    def add_page(self, parent, page, slug):
        taken = set(parent.get_children().values_list("slug", flat=True))
        page.slug = free_slug(slug, taken, fallback=slug, max_length=80)
        page.locale_id = parent.locale_id
        page.show_in_menus = True
        parent.add_child(instance=page)
        page.save_revision().publish()
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
        if not pages or menu.menu_items.exists():
            return
        for order, page in enumerate(pages):
            item_model.objects.create(menu=menu, link_page=page, sort_order=order)
        menu.save()  # retires the cached chrome
        self.change(f"{menu._meta.verbose_name} für {menu.site.hostname} gefüllt")
