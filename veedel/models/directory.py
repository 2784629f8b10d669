"""The address directory of one Sozialraum: its entries live in the shared `Organisation` snippet."""

from snippets.models import Organisation, Sozialraum

from ..directory import DirectoryViews
from .base import BasePage, IntroMixin


class DirectoryPage(DirectoryViews, IntroMixin, BasePage):
    """ "Adressen": the institutions, associations and initiatives that serve this Sozialraum."""

    template = "pages/directory_page.html"
    parent_page_types = ["veedel.VeedelHomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = "Adressverzeichnis"
        verbose_name_plural = "Adressverzeichnisse"

    def directory_sozialraum(self):
        return Sozialraum.objects.filter(
            site__root_page__translation_key=self.get_parent().translation_key
        ).first()

    def directory_entries(self):
        sozialraum = self.directory_sozialraum()
        if sozialraum is None:
            return Organisation.objects.none()
        return Organisation.objects.public().serving([sozialraum.pk])
