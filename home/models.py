from wagtail.images import get_image_model
from wagtail.models import Locale, Site

from snippets.models import Sozialraum
from veedel.localization import localize_pages, localized
from veedel.models import BasePage, SiteSettings
from veedel.models.pages import IntroBodyMixin

CARD_IMAGE_SPEC = "fill-640x360"


def sozialraum_cards(current_site):
    """Every Sozialraum as a card: name, Stadtbezirk, colour and picture, linking to its site.

    A fixed number of queries however many Sozialräume there are.
    """
    sozialraeume = list(Sozialraum.objects.exclude(site=None).select_related("site__root_page"))
    settings_by_site = {
        s.site_id: s for s in SiteSettings.objects.filter(site__in=[sr.site_id for sr in sozialraeume])
    }
    image_ids = {s.header_image_id for s in settings_by_site.values() if s.header_image_id}
    images = {
        image.pk: image
        for image in get_image_model().objects.filter(pk__in=image_ids).prefetch_renditions(CARD_IMAGE_SPEC)
    }
    roots = localize_pages([sr.site.root_page for sr in sozialraeume], Locale.get_active())
    cards = []
    for sr in sozialraeume:
        site_settings = settings_by_site.get(sr.site_id)
        image = images.get(site_settings.header_image_id) if site_settings else None
        cards.append(
            {
                "name": sr.name,
                "stadtbezirk": sr.stadtbezirk,
                "colour": site_settings.theme_colour if site_settings else None,
                "tagline": site_settings.tagline if site_settings else "",
                "image": image,
                "url": localized(sr.site.root_page, roots).get_url(current_site=current_site),
            }
        )
    return cards


class LandingPage(IntroBodyMixin, BasePage):
    """The start page of the city-wide portal."""

    template = "pages/landing_page.html"
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["veedel.StandardPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "Portal-Startseite"
        verbose_name_plural = "Portal-Startseiten"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sozialraum_cards"] = sozialraum_cards(Site.find_for_request(request))
        return context
