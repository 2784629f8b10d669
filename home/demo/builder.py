"""The demo content for every site, built idempotently.

Every step looks for what it would create (by slug, title or username) and
leaves existing content alone, so editors' changes survive a second run.
"""

import datetime
import io
from contextlib import contextmanager

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.core.management import call_command
from django.db import transaction
from django.db.models.signals import post_save
from django.utils import timezone
from django.utils.text import slugify
from wagtail.images import get_image_model
from wagtail.models import Locale, Site
from wagtail.search.index import get_indexed_models
from wagtail.search.signal_handlers import post_save_signal_handler
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtailmenus.models import FlatMenu, FlatMenuItem, MainMenu, MainMenuItem

from mitmachen.models import Submission, SubmissionKind
from mitmachen.submissions import create_event_draft
from snippets.languages import SOURCE_LANGUAGE
from snippets.models import ActorProfile, Contact, OpeningSlot, Organisation, Sozialraum, TargetGroup, Topic
from veedel.models import (
    DirectoryPage,
    EventIndexPage,
    EventOccurrenceChange,
    EventPage,
    NewsIndexPage,
    NewsPage,
    ProjectIndexPage,
    ProjectPage,
    SiteSettings,
    StandardPage,
)

from ..models import (
    CityDirectoryPage,
    CityEventIndexPage,
    CityNewsIndexPage,
    CityProjectIndexPage,
    LandingPage,
)
from ..setup import EDITORIAL_GROUP, FOOTER_HANDLE, SiteSetup, sync_locale_trees
from . import news_texts, texts
from .directory import demo_organisations
from .events import demo_events
from .pictures import DEMO_CREDIT, draw_picture

LEGAL_SLUGS = ["impressum", "datenschutz", "barrierefreiheit"]
PROJECT_MOTIFS = ["park", "markt", "siedlung", "strasse", "dorf", "kirche", "fabrik", "bruecke", "fluss"]
ABOUT_SLUG = "ueber-den-sozialraum"
COORDINATION_SLUG = "sozialraumkoordination"


@contextmanager
def deferred_indexing():
    """Pause Wagtail's search and reference index updates; `DemoBuilder.run` rebuilds both at the end.

    Every page is saved several times while it is built (created, revised, published, copied into
    three languages); indexing it once at the end saves most of the build's time.
    """
    models = [model for model in get_indexed_models() if getattr(model, "search_auto_update", True)]
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)


class DemoBuilder:
    """The demo; `content=False` builds only the skeleton that the tests start from.

    The skeleton is every site with its start, background and section pages,
    settings, menus, contact and accounts, but no news, events, projects,
    directory entries or suggestions. `list_path` names another list of
    Sozialräume than fixtures/sozialraeume.json, as for setup_sites.
    """

    def __init__(self, stdout=None, list_path=None, content=True):
        self.stdout = stdout
        self.list_path = list_path
        self.content = content
        self.created = 0

    def say(self, message):
        if self.stdout is not None:
            self.stdout.write(message)

    def run(self):
        if not settings.DEMO_PASSWORD:
            raise ValueError(
                "DEMO_PASSWORD ist nicht gesetzt: ohne Passwort legt load_demo keine Demo-Zugänge an."
            )
        # One transaction: SQLite then writes its file once instead of after every save.
        with transaction.atomic(), deferred_indexing():
            users = self.build()
        if self.created:
            self.say("Suchindex und Verweise")
            call_command("rebuild_references_index", verbosity=0)
            call_command("update_index", verbosity=0)
        return users

    def build(self):
        self.say("Websites, Gruppen und Rechte")
        changes = SiteSetup(list_path=self.list_path).run()
        if changes:
            self.say(f"  {len(changes)} Änderungen")
        self.source = Locale.objects.get(language_code=SOURCE_LANGUAGE)
        landing_pages = self.build_landing()
        sozialraeume = list(Sozialraum.objects.exclude(site=None).select_related("site"))
        if self.content:
            self.say("Adressverzeichnis")
            self.build_directory(sozialraeume)
        for number, sozialraum in enumerate(sozialraeume, start=1):
            self.say(f"[{number}/{len(sozialraeume)}] Demo-Inhalte für {sozialraum.name}")
            self.build_sozialraum(sozialraum, landing_pages)
        self.say("Übersetzte Seitenbäume abgleichen")
        for _locale, created in sync_locale_trees(self.source):
            self.created += created
        # Before the accounts exist: a first build sends the coordinators no moderation mails.
        if self.content:
            self.say("Vorschläge von Bürgerinnen und Bürgern")
            for sozialraum in sozialraeume:
                self.suggestion(sozialraum)
        self.say("Demo-Zugänge")
        return self.build_users(sozialraeume)

    def suggestion(self, sozialraum):
        """One event suggested without an account, waiting in the coordinators' moderation queue."""
        calendar = EventIndexPage.objects.child_of(sozialraum.site.root_page).first()
        if calendar is None or Submission.objects.filter(sozialraum=sozialraum).exists():
            return
        day = timezone.localdate() + datetime.timedelta(days=10)
        data = {
            "title": "Tauschbörse für Kinderkleidung",
            "date": day,
            "start_time": datetime.time(15),
            "end_time": datetime.time(18),
            "place_name": "Nachbarschaftstreff",
            "street": "",
            "postcode": "",
            "description": (
                "Zu klein gewordene Kinderkleidung, Schuhe und Spielsachen bringen und mitnehmen, "
                "was passt. Alles kostenlos, Kaffee und Kuchen gegen Spende."
            ),
            "organiser": "Elterninitiative im Veedel",
            "is_free": True,
        }
        with transaction.atomic():
            page = create_event_draft(sozialraum, calendar, data)
            # A role address, no invented person: the demo has no personal data.
            Submission.objects.create(
                kind=SubmissionKind.EVENT,
                sozialraum=sozialraum,
                event=page,
                payload={key: str(value) for key, value in data.items()},
                name="Elterninitiative im Veedel",
                email=f"elterninitiative@{sozialraum.slug}.example",
                consent_at=timezone.now(),
            )
        self.created += 1

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

    def index_page(self, parent, model, slug, title, intro):
        existing = model.objects.child_of(parent).filter(locale=self.source).first()
        if existing:
            return existing
        page = parent.add_child(instance=model(title=title, slug=slug, intro=intro, locale=self.source))
        page.save_revision().publish()
        self.created += 1
        return page

    def publish_child(self, parent, page):
        if parent.get_children().filter(slug=page.slug).exists():
            return None
        page.locale = self.source
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created += 1
        return page

    def news_page(self, index, item):
        page = NewsPage(
            title=item["title"],
            slug=slugify(item["title"])[:80],
            date=timezone.localdate() - datetime.timedelta(days=item["days_ago"]),
            teaser=item["teaser"],
            body=list(item["body"]),
            show_on_landing=item["on_landing"],
        )
        page.topics.add(*Topic.objects.filter(slug__in=item["topics"]))
        return self.publish_child(index, page)

    def event_page(self, index, item, sozialraum):
        if index.get_children().filter(slug=slugify(item["title"])).exists():
            return None
        item = dict(item)
        topics, groups = item.pop("topics"), item.pop("target_groups")
        changes = item.pop("changes", [])
        page = EventPage(slug=slugify(item["title"]), **item)
        # "Stadtteilbibliothek" becomes the Sozialraum's library from the directory, where there is one.
        if page.place_name:
            page.venue = (
                Organisation.objects.filter(
                    sozialraum=sozialraum, locale=self.source, name__istartswith=page.place_name.split()[0]
                )
                .order_by("pk")
                .first()
            )
        page.topics.add(*Topic.objects.filter(slug__in=topics))
        page.target_groups.add(*TargetGroup.objects.filter(slug__in=groups))
        for original_date, action, new_start, new_end, reason in changes:
            page.occurrence_changes.add(
                EventOccurrenceChange(
                    original_date=original_date,
                    action=action,
                    new_start=new_start,
                    new_end=new_end,
                    reason=reason,
                )
            )
        return self.publish_child(index, page)

    # -- address directory -------------------------------------------------

    def build_directory(self, sozialraeume):
        by_slug = {sozialraum.slug: sozialraum for sozialraum in sozialraeume}
        today = timezone.localdate()
        for sozialraum in sozialraeume:
            made = {}
            for item in demo_organisations(sozialraum, sozialraeume, today):
                made[item["name"]] = self.organisation(sozialraum, item, made, by_slug)

    def organisation(self, sozialraum, item, made, by_slug):
        item = dict(item)
        slug = slugify(item["name"])[:70]
        existing = Organisation.objects.filter(locale=self.source, slug=slug).first()
        if existing:
            return existing
        slots = item.pop("slots", [])
        topics, groups = item.pop("topics", []), item.pop("target_groups", [])
        further = item.pop("further", [])
        parent = made.get(item.pop("parent", None))
        entry = Organisation(slug=slug, sozialraum=sozialraum, parent=parent, locale=self.source, **item)
        entry.topics.add(*Topic.objects.filter(slug__in=topics))
        entry.target_groups.add(*TargetGroup.objects.filter(slug__in=groups))
        entry.further_sozialraeume = [by_slug[s] for s in further if s in by_slug]
        for weekday, opens, closes in slots:
            entry.opening_slots.add(OpeningSlot(weekday=weekday, opens=opens, closes=closes))
        entry.save()
        entry.save_revision().publish()
        self.created += 1
        return entry

    def project_page(self, index, item, sozialraum, number):
        sections = [
            ("ausgangslage", item["ausgangslage"]),
            ("ziele", item["ziele"]),
            ("vorgehen", item["vorgehen"]),
            ("beteiligte", {"partners": item["beteiligte"]}),
            ("ergebnisse", item["ergebnisse"]),
            ("kontakt", item["kontakt"]),
            ("tipps", item["tipps"]),
        ]
        slug = slugify(item["title"])[:80]
        if index.get_children().filter(slug=slug).exists():
            return None
        motif = PROJECT_MOTIFS[(sum(map(ord, sozialraum.slug)) + number) % len(PROJECT_MOTIFS)]
        picture = self.picture(
            sozialraum,
            f"Gutes Beispiel: {item['title']}",
            motif,
            f"Gezeichnetes Symbolbild zum Projekt „{item['title']}“",
            SiteSettings.for_site(sozialraum.site).theme_colour,
        )
        page = ProjectPage(
            title=item["title"],
            slug=slug,
            teaser=item["teaser"],
            since=item["since"],
            funding=item["funding"],
            show_on_landing=item["featured"],
            image=picture,
            body=sections,
        )
        page.topics.add(*Topic.objects.filter(slug__in=item["topics"]))
        page.target_groups.add(*TargetGroup.objects.filter(slug__in=item["target_groups"]))
        return self.publish_child(index, page)

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
        news = self.index_page(
            landing,
            CityNewsIndexPage,
            "aus-den-veedeln",
            "Aus den Veedeln",
            "Ausgewählte Meldungen aus allen Sozialräumen – das Neueste zuerst.",
        )
        events = self.index_page(
            landing,
            CityEventIndexPage,
            "veranstaltungen",
            "Veranstaltungen in allen Veedeln",
            "Was ist los in Köln? Die Termine aus allen elf Sozialräumen – mit Filtern nach Thema, "
            "Zielgruppe, Sprache und Veedel.",
        )
        directory = self.index_page(
            landing,
            CityDirectoryPage,
            "adressen",
            "Adressen in allen Veedeln",
            "Einrichtungen, Vereine und Initiativen aus allen elf Sozialräumen – "
            "mit Suche und Filtern, zum Beispiel nach Sprache oder „jetzt geöffnet“.",
        )
        projects = self.index_page(
            landing,
            CityProjectIndexPage,
            "gute-beispiele",
            "Gute Beispiele aus der Praxis",
            "Projekte aus den Veedeln, die funktionieren – zum Nachlesen und Nachmachen.",
        )
        self.fill_settings(
            site,
            tagline=texts.LANDING["tagline"],
            footer_text=texts.LANDING["footer_text"],
        )
        self.fill_menu(
            MainMenu.objects.get(site=site),
            MainMenuItem,
            [pages["das-konzept"], news, events, directory, projects, pages["kontakt"]],
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
        news_index = self.index_page(
            home,
            NewsIndexPage,
            "aktuelles",
            "Aktuelles",
            f"Neuigkeiten aus {sozialraum.name}: Termine, Angebote und was im Veedel passiert.",
        )
        for item in news_texts.NEWS.get(sozialraum.slug, []) if self.content else ():
            self.news_page(news_index, item)
        event_index = self.index_page(
            home,
            EventIndexPage,
            "veranstaltungen",
            "Veranstaltungen",
            f"Was ist los in {sozialraum.name}? Die nächsten Termine, Tag für Tag.",
        )
        for item in demo_events(sozialraum) if self.content else ():
            self.event_page(event_index, item, sozialraum)
        directory = self.index_page(
            home,
            DirectoryPage,
            "adressen",
            "Adressen",
            f"Einrichtungen, Vereine und Initiativen für {sozialraum.name}: "
            "wer hilft, wer berät, wo man hingehen kann.",
        )
        project_index = self.index_page(
            home,
            ProjectIndexPage,
            "gute-beispiele",
            "Gute Beispiele",
            "Projekte aus dem Veedel, die funktionieren – zum Nachlesen und Nachmachen.",
        )
        for number, item in enumerate(news_texts.PROJECTS.get(sozialraum.slug, []) if self.content else ()):
            self.project_page(project_index, item, sozialraum, number)
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
            [news_index, event_index, directory, project_index, about, coordination],
        )
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
        empty = {name: value for name, value in values.items() if not getattr(site_settings, name)}
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

    # -- users -----------------------------------------------------------

    def build_users(self, sozialraeume):
        user_model = get_user_model()
        logins = []
        # Hashed once: every demo account has the same password, and each hash takes a third of a second.
        demo_password = make_password(settings.DEMO_PASSWORD)

        def user(username, first_name, last_name, groups=(), superuser=False):
            account, created = user_model.objects.get_or_create(
                username=username,
                defaults={
                    "first_name": first_name,
                    "last_name": last_name,
                    "email": f"{username}@sozialraumkoordination.example",
                    "is_staff": superuser,
                    "is_superuser": superuser,
                    "password": demo_password,
                },
            )
            if created:
                self.created += 1
            account.groups.add(*groups)
            logins.append((username, f"{first_name} {last_name}"))
            return account

        user("admin", "Demo", "Administration", superuser=True)
        user("redaktion", "Demo", "Portal-Redaktion", [Group.objects.get(name=EDITORIAL_GROUP)])
        for sozialraum in sozialraeume:
            user(
                f"{sozialraum.slug}-koordination",
                "Koordination",
                sozialraum.name,
                [sozialraum.coordinators_group],
            )
            actor = user(f"{sozialraum.slug}-akteur", "Akteur", sozialraum.name, [sozialraum.actors_group])
            # The demo actor speaks for one association of their Sozialraum and may edit its entry.
            ActorProfile.objects.get_or_create(
                user=actor,
                defaults={
                    "sozialraum": sozialraum,
                    "organisation": Organisation.objects.filter(
                        sozialraum=sozialraum, locale=self.source, kind="verein"
                    )
                    .order_by("name")
                    .first(),
                    "invited_at": timezone.now(),
                    "activated_at": timezone.now(),
                },
            )
        return logins
