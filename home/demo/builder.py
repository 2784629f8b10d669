"""The demo content for every site, built idempotently.

Every step looks for what it would create (by slug, title or username) and
leaves existing content alone, so editors' changes survive a second run.
"""

import io

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from wagtail.images import get_image_model
from wagtail.models import Locale, Site
from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.synctree import synchronize_tree
from wagtailmenus.models import FlatMenu, FlatMenuItem, MainMenu, MainMenuItem

from snippets.models import Contact, Sozialraum
from veedel.models import SiteSettings, StandardPage

from ..models import LandingPage
from ..setup import EDITORIAL_GROUP, FOOTER_HANDLE, SOURCE_LANGUAGE, SiteSetup
from . import texts
from .pictures import DEMO_CREDIT, draw_picture

LEGAL_SLUGS = ["impressum", "datenschutz", "barrierefreiheit"]
ABOUT_SLUG = "ueber-den-sozialraum"
COORDINATION_SLUG = "sozialraumkoordination"


class DemoBuilder:
    def __init__(self, stdout=None):
        self.stdout = stdout
        self.created = 0

    def say(self, message):
        if self.stdout is not None:
            self.stdout.write(message)

    def run(self):
        if not settings.DEMO_PASSWORD:
            raise ValueError(
                "DEMO_PASSWORD ist nicht gesetzt: ohne Passwort legt load_demo keine Demo-Zugänge an."
            )
        self.say("Websites, Gruppen und Rechte")
        SiteSetup(stdout=self.stdout).run()
        self.source = Locale.objects.get(language_code=SOURCE_LANGUAGE)
        landing_pages = self.build_landing()
        sozialraeume = list(Sozialraum.objects.exclude(site=None).select_related("site"))
        for number, sozialraum in enumerate(sozialraeume, start=1):
            self.say(f"[{number}/{len(sozialraeume)}] Demo-Inhalte für {sozialraum.name}")
            self.build_sozialraum(sozialraum, landing_pages)
        self.say("Übersetzte Seitenbäume abgleichen")
        for sync in LocaleSynchronization.objects.filter(sync_from=self.source).select_related("locale"):
            synchronize_tree(self.source, sync.locale)
        self.say("Demo-Zugänge")
        users = self.build_users(sozialraeume)
        return users

    # -- pages -----------------------------------------------------------

    def child_page(self, parent, slug, title, intro="", body=()):
        existing = parent.get_children().filter(slug=slug, locale=self.source).first()
        if existing:
            return existing.specific
        page = parent.add_child(
            instance=StandardPage(title=title, slug=slug, intro=intro, body=list(body), locale=self.source)
        )
        page.save_revision().publish()
        self.created += 1
        return page

    def fill_root(self, page, intro, body):
        if page.intro or page.body:
            return
        page.intro = intro
        page.body = list(body)
        page.save_revision().publish()
        self.created += 1

    def build_landing(self):
        site = Site.objects.get(is_default_site=True)
        landing = LandingPage.objects.get(pk=site.root_page_id)
        self.fill_root(landing, texts.LANDING["intro"], [])
        pages = {
            entry["slug"]: self.child_page(
                landing, entry["slug"], entry["title"], entry["intro"], entry["body"]
            )
            for entry in texts.LANDING_PAGES
        }
        self.fill_settings(
            site,
            tagline=texts.LANDING["tagline"],
            footer_text=texts.LANDING["footer_text"],
        )
        self.fill_menu(
            MainMenu.objects.get(site=site), MainMenuItem, [pages["das-konzept"], pages["kontakt"]]
        )
        self.fill_menu(
            FlatMenu.objects.get(site=site, handle=FOOTER_HANDLE),
            FlatMenuItem,
            [*(pages[slug] for slug in LEGAL_SLUGS), pages["kontakt"]],
        )
        return pages

    def build_sozialraum(self, sozialraum, landing_pages):
        text = texts.SOZIALRAEUME.get(sozialraum.slug)
        if text is None:  # a Sozialraum added to the list after the demo texts were written
            text = self.generic_texts(sozialraum)
        home = sozialraum.site.root_page.specific
        self.fill_root(home, text["intro"], text["home_body"])
        about = self.child_page(
            home, ABOUT_SLUG, "Über den Sozialraum", text["about"]["intro"], text["about"]["body"]
        )
        coordination = self.child_page(
            home,
            COORDINATION_SLUG,
            "Sozialraumkoordination",
            text["coordination"]["intro"],
            text["coordination"]["body"],
        )
        contact = self.contact(sozialraum, text["contact"])
        site_settings = SiteSettings.for_site(sozialraum.site)
        picture = self.picture(
            sozialraum, text["picture"]["motif"], text["picture"]["description"], site_settings.theme_colour
        )
        self.fill_settings(
            sozialraum.site,
            tagline=text["tagline"],
            header_image=picture,
            contact=contact,
            footer_text=f"Sozialraumkoordination {sozialraum.name} – "
            "ein Angebot im Programm „Lebenswerte Veedel“.",
        )
        self.fill_menu(MainMenu.objects.get(site=sozialraum.site), MainMenuItem, [about, coordination])
        self.fill_menu(
            FlatMenu.objects.get(site=sozialraum.site, handle=FOOTER_HANDLE),
            FlatMenuItem,
            [*(landing_pages[slug] for slug in LEGAL_SLUGS), coordination],
        )

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

    def contact(self, sozialraum, data):
        contact = Contact.objects.filter(sozialraum=sozialraum, locale=self.source).first()
        if contact is None:
            contact = Contact.objects.create(sozialraum=sozialraum, locale=self.source, **data)
            self.created += 1
        return contact

    def picture(self, sozialraum, motif, description, colour):
        image_model = get_image_model()
        title = f"Bild des Veedels: {sozialraum.name}"
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
        empty = {name: value for name, value in values.items() if not getattr(site_settings, name)}
        if empty:
            for name, value in empty.items():
                setattr(site_settings, name, value)
            site_settings.save()

    def fill_menu(self, menu, item_model, pages):
        if menu.menu_items.exists():
            return
        for order, page in enumerate(pages):
            item_model.objects.create(menu=menu, link_page=page, sort_order=order)
        menu.save()  # retires the cached chrome

    # -- users -----------------------------------------------------------

    def build_users(self, sozialraeume):
        user_model = get_user_model()
        logins = []

        def user(username, first_name, last_name, groups=(), superuser=False):
            account, created = user_model.objects.get_or_create(
                username=username,
                defaults={
                    "first_name": first_name,
                    "last_name": last_name,
                    "email": f"{username}@sozialraumkoordination.example",
                    "is_staff": superuser,
                    "is_superuser": superuser,
                },
            )
            if created:
                account.set_password(settings.DEMO_PASSWORD)
                account.save()
                self.created += 1
            account.groups.add(*groups)
            logins.append((username, f"{first_name} {last_name}"))

        user("admin", "Demo", "Administration", superuser=True)
        user("redaktion", "Demo", "Portal-Redaktion", [Group.objects.get(name=EDITORIAL_GROUP)])
        for sozialraum in sozialraeume:
            user(
                f"{sozialraum.slug}-koordination",
                "Koordination",
                sozialraum.name,
                [sozialraum.coordinators_group],
            )
            user(f"{sozialraum.slug}-akteur", "Akteur", sozialraum.name, [sozialraum.actors_group])
        return logins
