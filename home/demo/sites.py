"""The demo's sites: the portal's start page and each Sozialraum's pages, settings, menus and picture."""

import io

from django.core.files.images import ImageFile
from wagtail.images import get_image_model
from wagtail.models import Site
from wagtailmenus.models import FlatMenu, FlatMenuItem, MainMenu, MainMenuItem

from snippets.models import Contact
from veedel.models import SiteSettings

from ..models import LandingPage
from ..setup import FOOTER_HANDLE, is_default_tagline, section_pages
from . import data
from .events import demo_events
from .pictures import DEMO_CREDIT, draw_picture

LEGAL_SLUGS = ["impressum", "datenschutz", "barrierefreiheit"]
ABOUT_SLUG = "ueber-den-sozialraum"
COORDINATION_SLUG = "sozialraumkoordination"
MITMACHEN_SLUG = "mitmachen"


class SiteSteps:
    """Steps of `DemoBuilder` that fill the sites; the pages themselves come from `PageSteps`."""

    def build_landing(self):
        site = Site.objects.get(is_default_site=True)
        landing = LandingPage.objects.get(pk=site.root_page_id)
        text = data.landing()
        self.fill_root(landing, text["intro"], [])
        pages = {}
        for entry in text["pages"]:
            page = self.child_page(landing, entry["slug"], entry["title"], entry["intro"], entry["body"])
            if self.content:  # setup_sites made the legal pages with a placeholder: the demo's text instead
                self.replace_placeholder(page, entry["intro"], entry["body"])
            pages[entry["slug"]] = page
        sections = section_pages(landing, "landing")
        news, events, directory, projects = (
            sections[slug] for slug in ("aus-den-veedeln", "veranstaltungen", "adressen", "gute-beispiele")
        )
        self.fill_settings(site, tagline=text["tagline"], footer_text=text["footer_text"])
        self.fill_menu(
            MainMenu.objects.get(site=site),
            MainMenuItem,
            [
                pages["das-konzept"],
                news,
                events,
                directory,
                projects,
                *self.mitmachen(landing),
                pages["kontakt"],
            ],
        )
        self.fill_menu(
            FlatMenu.objects.get(site=site, handle=FOOTER_HANDLE),
            FlatMenuItem,
            [*(pages[slug] for slug in LEGAL_SLUGS), pages["kontakt"], *self.press_page(sections)],
        )
        return pages

    @staticmethod
    def press_page(sections):
        """The press page ("Für die Presse") for the footer, where the press looks for it."""
        return [sections["presse"]] if "presse" in sections else []

    def build_sozialraum(self, sozialraum, landing_pages):
        # A Sozialraum added to the list after the demo texts were written gets generic ones.
        text = data.sozialraum_texts(sozialraum.slug) or self.generic_texts(sozialraum)
        home = sozialraum.site.root_page.specific
        self.fill_root(home, text["intro"], self.linked_blocks(home, text["home_body"]))
        # setup_sites made both with a placeholder (and its translations): the demo's text instead.
        about = self.child_page(home, ABOUT_SLUG, "Über den Sozialraum")
        coordination = self.child_page(home, COORDINATION_SLUG, "Sozialraumkoordination")
        if self.content:
            self.replace_placeholder(about, text["about"]["intro"], text["about"]["body"])
            self.replace_placeholder(
                coordination, text["coordination"]["intro"], text["coordination"]["body"]
            )
        indexes = self.build_indexes(sozialraum, home)
        contact = self.contact(sozialraum, text["contact"])
        site_settings = SiteSettings.for_site(sozialraum.site)
        picture = self.picture(
            sozialraum,
            f"Bild des Veedels: {sozialraum.name}",
            text["picture"]["motif"],
            text["picture"]["description"],
            site_settings.theme_colour,
        )
        self.fill_settings(
            sozialraum.site,
            tagline=text["tagline"],
            header_image=picture,
            contact=contact,
            footer_text=f"Sozialraumkoordination {sozialraum.name} – "
            "ein Angebot im Programm „Lebenswerte Veedel“.",
        )
        self.fill_menu(
            MainMenu.objects.get(site=sozialraum.site),
            MainMenuItem,
            [*indexes, about, coordination, *self.mitmachen(home)],
        )
        self.fill_menu(
            FlatMenu.objects.get(site=sozialraum.site, handle=FOOTER_HANDLE),
            FlatMenuItem,
            [*(landing_pages[slug] for slug in LEGAL_SLUGS), coordination],
        )

    def mitmachen(self, root):
        """The Mitmachen page setup_sites made under `root` (none if an editor deleted it), as a list."""
        return list(root.get_children().filter(slug=MITMACHEN_SLUG, locale=self.source)[:1])

    def linked_blocks(self, root, body):
        """`body` with each `link: {page: <slug>}` pointing at the German page of that slug under `root`.

        A call to action whose page is missing (an editor deleted it) is left out, as setup_sites does.
        """
        blocks = []
        for block_type, value in body:
            link = value.get("link") if isinstance(value, dict) else None
            if isinstance(link, dict) and isinstance(link.get("page"), str):
                page = root.get_children().filter(slug=link["page"], locale=self.source).first()
                if page is None:
                    continue
                value = {**value, "link": {"page": page, "url": ""}}
            blocks.append((block_type, value))
        return blocks

    def build_indexes(self, sozialraum, home):
        """The section pages setup_sites made for one Sozialraum, with the demo content."""
        sections = section_pages(home, "sozialraum")
        news_index, event_index, directory, project_index = (
            sections[slug] for slug in ("aktuelles", "veranstaltungen", "adressen", "gute-beispiele")
        )
        for item in data.news(sozialraum.slug) if self.content else ():
            self.news_page(news_index, item, sozialraum)
        for item in demo_events(sozialraum) if self.content else ():
            self.event_page(event_index, item, sozialraum)
        for number, item in enumerate(data.projects(sozialraum.slug) if self.content else ()):
            self.project_page(project_index, item, sozialraum, number)
        return [news_index, event_index, directory, project_index]

    @staticmethod
    def generic_texts(sozialraum):
        return {
            "tagline": f"Sozialraumkoordination für {sozialraum.name}",
            "intro": f"Willkommen auf der Seite der Sozialraumkoordination {sozialraum.name}.",
            "home_body": [],
            "about": {
                "intro": f"{sozialraum.name} liegt im Stadtbezirk {sozialraum.stadtbezirk}.",
                "body": [],
            },
            "coordination": {"intro": "So erreichen Sie die Sozialraumkoordination.", "body": []},
            "contact": {"name": f"Sozialraumkoordination {sozialraum.name}"},
            "picture": {
                "motif": "siedlung",
                "description": f"Gezeichnete Häuser – Symbolbild für {sozialraum.name}",
            },
        }

    # -- snippets, settings, pictures, menus ------------------------------

    def contact(self, sozialraum, values):
        contact = Contact.objects.filter(sozialraum=sozialraum, locale=self.source).first()
        if contact is None:
            contact = Contact.objects.create(sozialraum=sozialraum, locale=self.source, **values)
            self.created += 1
        return contact

    def picture(self, sozialraum, title, motif, description, colour):
        image_model = get_image_model()
        image = image_model.objects.filter(title=title).first()
        if image is None:
            image = image_model(
                title=title,
                description=description,
                credit=DEMO_CREDIT,
                collection=sozialraum.collection,
            )
            image.file = ImageFile(
                io.BytesIO(draw_picture(motif, colour)), name=f"veedel-{sozialraum.slug}.jpg"
            )
            image.save()
            self.created += 1
        return image

    def fill_settings(self, site, **values):
        site_settings = SiteSettings.for_site(site)
        empty = {
            name: value
            for name, value in values.items()
            if not getattr(site_settings, name)
            # The full demo's own tagline instead of setup_sites' default (the skeleton keeps that).
            or (
                name == "tagline"
                and self.content
                and is_default_tagline(site_settings.tagline, site.site_name)
            )
        }
        if empty:
            for name, value in empty.items():
                setattr(site_settings, name, value)
            site_settings.save()

    def fill_menu(self, menu, item_model, pages):
        """Link the pages that the menu does not link yet, in the given order."""
        linked = set(menu.menu_items.values_list("link_page_id", flat=True))
        missing = [page for page in pages if page.pk not in linked]
        if not missing:
            return
        for order, page in enumerate(pages):
            if page in missing:
                item_model.objects.create(menu=menu, link_page=page, sort_order=order)
            else:
                menu.menu_items.filter(link_page=page).update(sort_order=order)
        menu.save()  # retires the cached chrome
