from urllib.parse import urlencode

from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.images import get_image_model
from wagtail.models import Site

from snippets.models import Organisation, Topic
from veedel.calendar.occurrences import next_occurrences
from veedel.calendar.views import CalendarViews
from veedel.directory import DirectoryViews
from veedel.directory.queries import localize_entries, with_listing_data
from veedel.listings import URL_PARAMETERS, paginate, with_card_data
from veedel.localization import active_locale
from veedel.models import (
    BasePage,
    EventPage,
    IntroBodyMixin,
    IntroMixin,
    ListingIndexMixin,
    NewsPage,
    ProjectPage,
    SiteSettings,
    SozialraumLookup,
    pinned_first,
    without_retired,
)

# The press pages live in home/press/; importing them here registers them with the app.
from .press.models import PressIndexContact as PressIndexContact
from .press.models import PressIndexPage as PressIndexPage
from .press.models import PressReleaseContact as PressReleaseContact
from .press.models import PressReleasePage as PressReleasePage
from .press.models import PressReleasePhoto as PressReleasePhoto
from .press.models import PressReleaseTopic as PressReleaseTopic

CARD_IMAGE_SPEC = "fill-640x360"
# How many upcoming dates and addresses a topic page shows; the rest are behind the filtered lists.
TOPIC_EVENTS = 6
TOPIC_ENTRIES = 6
PROJECT_TAGS = ("topic_items", "target_group_items")


def sozialraum_cards(sozialraeume, current_site):
    """Every Sozialraum as a card: name, Stadtbezirk, colour and picture, linking to its site.

    Names, colours and roots in every language come from the `SozialraumLookup`; a fixed
    number of queries however many Sozialräume there are.
    """
    settings_by_site = {
        s.site_id: s
        for s in SiteSettings.objects.filter(site__in=[sr.site_id for sr in sozialraeume.sozialraeume])
    }
    image_ids = {s.header_image_id for s in settings_by_site.values() if s.header_image_id}
    images = {
        image.pk: image
        for image in get_image_model().objects.filter(pk__in=image_ids).prefetch_renditions(CARD_IMAGE_SPEC)
    }
    locale = active_locale()
    cards = []
    for sr in sozialraeume.sozialraeume:
        site_settings = settings_by_site.get(sr.site_id)
        root = sozialraeume.root(sr.slug, locale) or sr.site.root_page
        cards.append(
            {
                "name": sr.name,
                "stadtbezirk": sr.stadtbezirk,
                "colour": sr.colour,
                "tagline": site_settings.translated("tagline", locale.language_code) if site_settings else "",
                "image": images.get(site_settings.header_image_id) if site_settings else None,
                "url": root.get_url(current_site=current_site),
            }
        )
    return cards


def citywide_news():
    """Live news of every Sozialraum that its coordination selected for the portal, in this language."""
    return without_retired(
        NewsPage.objects.live().filter(locale=active_locale(), show_on_landing=True).order_by("-date", "-pk")
    )


def citywide_events():
    """Live events of every Sozialraum, in this language."""
    return without_retired(EventPage.objects.live().filter(locale=active_locale()))


def citywide_projects():
    return without_retired(ProjectPage.objects.live().filter(locale=active_locale()).order_by("title"))


class LandingPage(RoutablePageMixin, IntroBodyMixin, BasePage):
    """The start page of the city-wide portal; also serves the topic pages under /themen/."""

    template = "pages/landing_page.html"
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "veedel.StandardPage",
        "home.CityNewsIndexPage",
        "home.CityEventIndexPage",
        "home.CityProjectIndexPage",
        "home.CityDirectoryPage",
        "home.PressIndexPage",
        "quiz.QuizPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "Portal-Startseite"
        verbose_name_plural = "Portal-Startseiten"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        match = getattr(request, "routable_resolver_match", None)
        if match is None or match.url_name == "index_route":  # the start page itself, or its preview
            context.update(self.start_page_sections(request))
        return context

    def start_page_sections(self, request):
        context = {}
        sozialraeume = SozialraumLookup()
        context["sozialraum_cards"] = sozialraum_cards(sozialraeume, Site.find_for_request(request))
        selected_news = pinned_first(citywide_news(), "-date", "-pk")
        context["selected_news"] = sozialraeume.attach(list(with_card_data(selected_news)[:6]))
        selected_projects = pinned_first(citywide_projects().filter(show_on_landing=True), "title")
        context["selected_projects"] = sozialraeume.attach(
            list(with_card_data(selected_projects, tag_relations=PROJECT_TAGS)[:4])
        )
        context["upcoming_events"] = next_occurrences(citywide_events(), limit=6)
        sozialraeume.attach([event for event, _occurrence in context["upcoming_events"]])
        context["event_index"] = CityEventIndexPage.objects.live().child_of(self).first()
        context["news_index"] = CityNewsIndexPage.objects.live().child_of(self).first()
        context["project_index"] = CityProjectIndexPage.objects.live().child_of(self).first()
        context["topics"] = Topic.objects.all()
        return context

    @path("themen/")
    def topic_list(self, request):
        return self.render(
            request,
            context_overrides={"topics": Topic.objects.all()},
            template="pages/topic_list.html",
        )

    @path("themen/<slug:slug>/")
    def topic_detail(self, request, slug):
        topic = Topic.objects.filter(slug=slug).first()
        if topic is None:
            raise Http404(_("Dieses Thema gibt es nicht."))
        sozialraeume = SozialraumLookup()
        news, notices = paginate(
            request,
            with_card_data(
                NewsPage.objects.live()
                .filter(locale=active_locale(), topic_items__tag=topic)
                .order_by("-date", "-pk")
            ),
        )
        sozialraeume.attach(news)
        projects = sozialraeume.attach(
            list(
                with_card_data(citywide_projects().filter(topic_items__tag=topic), tag_relations=PROJECT_TAGS)
            )
        )
        events = next_occurrences(citywide_events().filter(topic_items__tag=topic), limit=TOPIC_EVENTS)
        sozialraeume.attach([event for event, _occurrence in events])
        directory = CityDirectoryPage.objects.live().child_of(self).first()
        entries = directory.topic_entries(request, topic, TOPIC_ENTRIES) if directory else []
        event_index = CityEventIndexPage.objects.live().child_of(self).first()
        topic_query = urlencode({URL_PARAMETERS["topic"]: topic.slug})
        return self.render(
            request,
            context_overrides={
                "topic": topic,
                "results": news,
                "projects": projects,
                "events": events,
                "entries": entries,
                "events_url": f"{event_index.get_url(request)}?{topic_query}" if event_index else "",
                "entries_url": f"{directory.get_url(request)}?{topic_query}" if directory else "",
                "today": timezone.localdate(),
                "notices": notices,
            },
            template="pages/topic_page.html",
        )


class LandingSectionPage(IntroMixin, BasePage):
    """Abstract: one section of the landing site (news, projects, calendar, directory of all Sozialräume)."""

    parent_page_types = ["home.LandingPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        abstract = True


class CityListingPage(ListingIndexMixin, LandingSectionPage):
    """Abstract: a list of the landing site that gathers cards from all Sozialräume, with a Veedel filter.

    Each page type sets `template` itself: Wagtail would derive one from the class name.
    """

    listing_with_sozialraum_filter = True

    class Meta:
        abstract = True


class CityNewsIndexPage(CityListingPage):
    """ "Aus den Veedeln": the news that the coordinations selected, from all Sozialräume."""

    template = "pages/listing_index_page.html"
    listing_card_template = "components/news_card.html"

    class Meta:
        verbose_name = "Aus den Veedeln (alle Meldungen)"
        verbose_name_plural = "Aus den Veedeln (alle Meldungen)"

    def listing_queryset(self):
        return citywide_news()


class CityProjectIndexPage(CityListingPage):
    """All best-practice projects of all Sozialräume."""

    template = "pages/listing_index_page.html"
    listing_tag_relations = PROJECT_TAGS
    listing_card_template = "components/project_card.html"

    class Meta:
        verbose_name = "Gute Beispiele (alle Sozialräume)"
        verbose_name_plural = "Gute Beispiele (alle Sozialräume)"

    def listing_queryset(self):
        return citywide_projects()


class CityEventIndexPage(CalendarViews, LandingSectionPage):
    """ "Veranstaltungen in allen Veedeln": every Sozialraum's calendar in one, with a Veedel filter."""

    calendar_with_sozialraum_filter = True
    template = "pages/city_event_index_page.html"

    class Meta:
        verbose_name = "Veranstaltungen (alle Sozialräume)"
        verbose_name_plural = "Veranstaltungen (alle Sozialräume)"

    def calendar_events(self):
        return citywide_events()

    def calendar_sozialraeume(self):
        return SozialraumLookup()

    def calendar_name(self):
        return f"{self.title} – {self.get_site().site_name}"


class CityDirectoryPage(DirectoryViews, LandingSectionPage):
    """The address directory of all Sozialräume, with a Veedel filter."""

    directory_with_sozialraum_filter = True
    template = "pages/city_directory_page.html"

    class Meta:
        verbose_name = "Adressverzeichnis (alle Sozialräume)"
        verbose_name_plural = "Adressverzeichnis (alle Sozialräume)"

    def directory_entries(self):
        # A retired Sozialraum's entries leave the city-wide directory with its site.
        return Organisation.objects.public().exclude(sozialraum__retired=True)

    def topic_entries(self, request, topic, limit):
        """The first `limit` entries (by name) with `topic`, as cards linking to their pages here."""
        queryset = self.directory_entries().filter(topic_items__tag=topic).order_by("name", "pk")
        entries = localize_entries(with_listing_data(queryset)[:limit])
        now = timezone.now()
        for entry in entries:
            entry.open_now = entry.is_open_at(now)
            entry.url = self.entry_url(entry, request)
        return entries
