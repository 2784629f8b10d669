"""Test data: accounts, directory entries and pages, each made the way editors make them.

Page factories need `parent=` (a section page of the test portal, see
tests/conftest.py). A page made with `live=True` (the default) is published
from a revision, as the admin's "Veröffentlichen" does, and gets its draft
aliases in the other languages, as wagtail-localize gives every new page;
`aliases=False` leaves those out where a test needs neither.
"""

import datetime
import json
import uuid

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.text import slugify
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.synctree import create_aliases_for_new_page


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"nutzer{n}")
    first_name = factory.Faker("first_name", locale="de_DE")
    last_name = factory.Faker("last_name", locale="de_DE")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password("geheim-test-passwort")

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.add(*extracted)


def german():
    from wagtail.models import Locale

    return Locale.objects.get(language_code="de")


class OrganisationFactory(factory.django.DjangoModelFactory):
    """A live German directory entry: pass `sozialraum=`, and `slots=[(weekday, opens, closes)]`."""

    class Meta:
        model = "snippets.Organisation"
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Treffpunkt {n} im Veedel")
    kind = "einrichtung"
    short_description = factory.Faker("sentence", locale="de_DE")
    street = factory.Faker("street_address", locale="de_DE")
    postcode = "51103"
    locale = factory.LazyFunction(german)
    live = True
    closed_on_holidays = True

    @factory.post_generation
    def slots(self, create, extracted, **kwargs):
        from snippets.models import OpeningSlot

        for weekday, opens, closes in extracted or ():
            OpeningSlot.objects.create(organisation=self, weekday=weekday, opens=opens, closes=closes)

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.add(*extracted)
            self.save()

    @factory.post_generation
    def target_groups(self, create, extracted, **kwargs):
        if create and extracted:
            self.target_groups.add(*extracted)
            self.save()


class ContactFactory(factory.django.DjangoModelFactory):
    """A coordination office's contact (a role, never a person): pass `sozialraum=`."""

    class Meta:
        model = "snippets.Contact"

    name = factory.LazyAttribute(lambda contact: f"Sozialraumkoordination {contact.sozialraum.name}")
    email = factory.LazyAttribute(lambda contact: f"{contact.sozialraum.slug}@sozialraumkoordination.example")
    locale = factory.LazyFunction(german)


def root_collection():
    from wagtail.models import Collection

    return Collection.get_first_root_node()


class ImageFactory(wagtail_factories.ImageFactory):
    """A picture with alt text and credit; pass `collection=sozialraum.collection` to file it there."""

    title = factory.Sequence(lambda n: f"Bild {n} aus dem Veedel")
    description = factory.Faker("sentence", locale="de_DE")
    credit = factory.Faker("company", locale="de_DE")
    collection = factory.LazyFunction(root_collection)


class PortalPageFactory(wagtail_factories.PageFactory):
    """Published from a revision, with aliases in the synchronised languages (see the module doc).

    `topics=[...]` and `target_groups=[...]` take Topic and TargetGroup objects.
    """

    class Meta:
        abstract = True

    title = factory.Sequence(lambda n: f"Seite {n} aus dem Veedel")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))
    locale = factory.LazyFunction(german)
    live = True

    @classmethod
    def _create(cls, model_class, *args, parent, aliases=True, topics=(), target_groups=(), **kwargs):
        page = model_class(*args, **kwargs)
        if topics:
            page.topics.add(*topics)
        if target_groups:
            page.target_groups.add(*target_groups)
        parent.add_child(instance=page)
        revision = page.save_revision()
        if page.live:
            revision.publish()
        page.refresh_from_db()
        if aliases:
            create_aliases_for_new_page(page)
        return page


class StandardPageFactory(PortalPageFactory):
    class Meta:
        model = "veedel.StandardPage"

    intro = factory.Faker("sentence", locale="de_DE")


class NewsPageFactory(PortalPageFactory):
    """A news item: pass `parent=` a NewsIndexPage; `show_on_landing=True` marks it for the portal."""

    class Meta:
        model = "veedel.NewsPage"

    title = factory.Sequence(lambda n: f"Neues aus dem Veedel, Folge {n}")
    date = factory.LazyFunction(timezone.localdate)
    teaser = factory.Faker("sentence", locale="de_DE")


class ProjectPageFactory(PortalPageFactory):
    """A best-practice project: pass `parent=` a ProjectIndexPage."""

    class Meta:
        model = "veedel.ProjectPage"

    title = factory.Sequence(lambda n: f"Gutes Beispiel {n}")
    teaser = factory.Faker("sentence", locale="de_DE")
    since = "seit 2019"


def next_week_at(hour):
    day = timezone.localdate() + datetime.timedelta(days=7)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


class EventPageFactory(PortalPageFactory):
    """An event: pass `parent=` an EventIndexPage; by default a week from today, 18 to 20 o'clock."""

    class Meta:
        model = "veedel.EventPage"

    class Params:
        # `monthly_weekday=True`: every month on the weekday of `start`, in the same week of the month.
        monthly_weekday = factory.Trait(
            repeat="monthly_weekday",
            repeat_nth=factory.LazyAttribute(lambda event: (event.start.day - 1) // 7 + 1),
        )

    title = factory.Sequence(lambda n: f"Treffen {n} im Veedel")
    teaser = factory.Faker("sentence", locale="de_DE")
    start = factory.LazyFunction(lambda: next_week_at(18))
    end = factory.LazyAttribute(lambda event: event.start + datetime.timedelta(hours=2))
    place_name = "Bürgerhaus"
    street = factory.Faker("street_address", locale="de_DE")
    postcode = "51103"


def translate(page, language, title):
    """A real wagtail-localize translation of `page` into the Locale `language`, with its title
    translated and published, as when an editor translates in the admin (not an alias)."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    segment = StringSegment.objects.get(source=source, context__path="title")
    StringTranslation.objects.create(
        translation_of=segment.string, locale=language, context=segment.context, data=title
    )
    Translation.objects.create(source=source, target_locale=language).save_target(publish=True)
    return page.get_translation(language)


class PressReleasePageFactory(PortalPageFactory):
    """A press release: pass `parent=` the PressIndexPage; `photos=[PressReleasePhoto(...)]` and
    `contacts=[PressReleaseContact(...)]` give it photos and press contacts."""

    class Meta:
        model = "home.PressReleasePage"

    title = factory.Sequence(lambda n: f"Pressemitteilung {n} aus den Veedeln")
    date = factory.LazyFunction(timezone.localdate)
    place = "Köln"
    lead = factory.Faker("sentence", locale="de_DE")
    body = factory.LazyAttribute(lambda page: f"<p>{page.lead}</p>")


def quiz_questions(hint_page):
    """Three questions in raw StreamField form: single choice (right: the first), multiple choice
    (right: the first and the third), short answer ("Kalk; Köln-Kalk"); each hints at `hint_page`."""

    def choices(*texts_and_rightness):
        return [
            {"type": "item", "id": str(uuid.uuid4()), "value": {"text": text, "correct": right}}
            for text, right in texts_and_rightness
        ]

    hint = {"hint": "Schauen Sie auf der Startseite nach.", "hint_page": hint_page.pk}
    return json.dumps(
        [
            {
                "type": "single_choice",
                "id": "11111111-1111-4111-8111-111111111111",
                "value": {
                    "question": "Wo trifft sich das Elterncafé?",
                    "choices": choices(("Im Familienzentrum", True), ("Im Rathaus", False)),
                    **hint,
                },
            },
            {
                "type": "multiple_choice",
                "id": "22222222-2222-4222-8222-222222222222",
                "value": {
                    "question": "Was gibt es im Bürgerhaus?",
                    "choices": choices(
                        ("Hausaufgabenhilfe", True), ("Schwimmbad", False), ("Sprachcafé", True)
                    ),
                    **hint,
                },
            },
            {
                "type": "short_answer",
                "id": "33333333-3333-4333-8333-333333333333",
                "value": {
                    "question": "In welchem Stadtteil liegt das Bürgerhaus?",
                    "accepted": "Kalk; Köln-Kalk",
                    **hint,
                },
            },
        ]
    )


class QuizPageFactory(PortalPageFactory):
    """A running quiz (started yesterday, ends in a week): pass `parent=` a site's start page and
    `questions=quiz_questions(page)`; `prizes=[QuizPrize(...)]` gives it prizes."""

    class Meta:
        model = "quiz.QuizPage"

    title = factory.Sequence(lambda n: f"Gewinnspiel {n}")
    starts_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=1))
    ends_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
    minimum_correct = 2
    conditions = "<p>Mitmachen dürfen alle ab 16 Jahren. Gelost wird nach dem Ende.</p>"
    privacy_notice = "<p>Name und E-Mail-Adresse brauchen wir nur für die Verlosung.</p>"
