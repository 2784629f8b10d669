from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index

from ..blocks import BodyStreamBlock
from ..calendar.occurrences import next_occurrences
from ..listings import with_card_data
from .base import BasePage, IntroMixin
from .content import NewsIndexPage, NewsPage, ProjectIndexPage, ProjectPage
from .events import EventIndexPage, EventPage


class IntroBodyMixin(IntroMixin):
    """A short introduction and a free body, the shape of most content pages."""

    body = StreamField(BodyStreamBlock(), verbose_name="Inhalt", blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    api_fields = [APIField("intro"), APIField("body")]

    class Meta:
        abstract = True


class VeedelHomePage(IntroBodyMixin, BasePage):
    """The start page of one Sozialraum's site.

    Its Sozialraum is found through the site it is the root of, so renaming a
    Sozialraum never touches the page tree.
    """

    template = "pages/veedel_home_page.html"
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "veedel.StandardPage",
        "veedel.NewsIndexPage",
        "veedel.EventIndexPage",
        "veedel.ProjectIndexPage",
        "veedel.DirectoryPage",
        "quiz.QuizPage",  # the Gewinnspiel (quiz/, a layer above: named, not imported)
    ]

    class Meta:
        verbose_name = "Startseite eines Sozialraums"
        verbose_name_plural = "Startseiten der Sozialräume"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # `self` is the root in the current language, so this stays in that language's tree.
        context["latest_news"] = with_card_data(
            NewsPage.objects.live().descendant_of(self).order_by("-date", "-pk")
        )[:3]
        context["latest_projects"] = with_card_data(
            ProjectPage.objects.live().descendant_of(self).order_by("-first_published_at"),
            tag_relations=("topic_items", "target_group_items"),
        )[:3]
        context["news_index"] = NewsIndexPage.objects.live().child_of(self).first()
        context["project_index"] = ProjectIndexPage.objects.live().child_of(self).first()
        context["event_index"] = EventIndexPage.objects.live().child_of(self).first()
        context["upcoming_events"] = next_occurrences(EventPage.objects.live().descendant_of(self), limit=5)
        return context


class StandardPage(IntroBodyMixin, BasePage):
    """A background page: about the Veedel, the coordination, imprint, and so on."""

    template = "pages/standard_page.html"
    subpage_types = ["veedel.StandardPage"]

    class Meta:
        verbose_name = "Inhaltsseite"
        verbose_name_plural = "Inhaltsseiten"
