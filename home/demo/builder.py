"""The demo content for every site, built idempotently.

Every step looks for what it would create (by slug, title or username) and
leaves existing content alone, so editors' changes survive a second run. The
texts come from fixtures/demo/ (docs/demo.md); the steps live beside this
module: pages.py, sites.py, press.py, quiz.py, directory.py and accounts.py.
"""

import datetime
from contextlib import contextmanager

from django.conf import settings
from django.core.management import call_command
from django.db import transaction
from django.db.models.signals import post_save
from django.test.utils import override_settings
from django.utils import timezone
from wagtail.models import Locale
from wagtail.search.index import get_indexed_models
from wagtail.search.signal_handlers import post_save_signal_handler
from wagtail.signal_handlers import disable_reference_index_auto_update

from mitmachen.models import Submission, SubmissionKind
from mitmachen.submissions import create_event_draft
from snippets.languages import SOURCE_LANGUAGE
from snippets.models import Sozialraum
from veedel.models import EventIndexPage

from ..setup import SiteSetup, read_sozialraum_list, sync_locale_trees
from .accounts import AccountSteps
from .directory import DirectorySteps
from .pages import PageSteps
from .press import PressSteps
from .quiz import QuizSteps
from .sites import SiteSteps
from .translations import DemoTranslationSteps


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


def no_mails():
    """Send no e-mail while the demo is built: a workflow step would notify the demo coordinators.

    With the console backend of `make run` every such mail would land raw on the terminal; demo
    addresses end in .example, so nobody could read them anyway.
    """
    return override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend")


def progress(number, total, width=20):
    """A text progress bar such as "[██████░░░░]  3/11" for one line of the build's output."""
    done = round(width * number / total)
    return f"[{'█' * done}{'░' * (width - done)}] {number:>2}/{total}"


class DemoBuilder(
    SiteSteps, PageSteps, PressSteps, QuizSteps, DirectorySteps, DemoTranslationSteps, AccountSteps
):
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
        with transaction.atomic(), deferred_indexing(), no_mails():
            users = self.build()
        if self.created:
            self.say("Suchindex und Verweise")
            call_command("rebuild_references_index", verbosity=0)
            call_command("update_index", verbosity=0)
        return users

    def build(self):
        self.say("Websites, Gruppen und Rechte")
        # setup_sites lists each change (groups, permissions, workflows); the demo only says it is done.
        SiteSetup(list_path=self.list_path).run()
        self.source = Locale.objects.get(language_code=SOURCE_LANGUAGE)
        landing_pages = self.build_landing()
        # The Sozialräume of the list (`--list` names a shorter one for a quick build); others
        # that the database still has keep what they have.
        listed = [entry.slug for entry in read_sozialraum_list(self.list_path)[0]]
        sozialraeume = list(
            Sozialraum.objects.filter(slug__in=listed).exclude(site=None).select_related("site")
        )
        if self.content:
            self.say("Adressverzeichnis")
            self.build_directory(sozialraeume)
        for number, sozialraum in enumerate(sozialraeume, start=1):
            self.say(f"{progress(number, len(sozialraeume))} {sozialraum.name}")
            self.build_sozialraum(sozialraum, landing_pages)
        if self.content:
            self.say("Pressemitteilungen")
            self.build_press()
            # After the Sozialräume: the questions link their pages, the prizes show their pictures.
            self.say("Gewinnspiele")
            self.build_quizzes()
        self.say("Übersetzte Seitenbäume abgleichen")
        for _locale, created in sync_locale_trees(self.source):
            self.created += created
        if self.content:
            # After the trees are in step: a translation replaces the alias of its German page.
            self.say("Übersetzungen aus fixtures/demo/translations/")
            self.build_translations(sozialraeume)
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
        # The form asks for a street (or an online link): the family centre's, from the directory.
        centre = self.directory_entry(sozialraum, "familienzentrum")
        data = {
            "title": "Tauschbörse für Kinderkleidung",
            "date": day,
            "start_time": datetime.time(15),
            "end_time": datetime.time(18),
            "place_name": "Nachbarschaftstreff",
            "street": centre.street if centre else "",
            "postcode": centre.postcode if centre else "",
            "online_link": "",
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
