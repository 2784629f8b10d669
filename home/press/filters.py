"""The filters of the press page and its photo archive: topic and Veedel of the release."""

from django.utils.translation import gettext as _

from snippets.models import Sozialraum
from veedel.listings import ListingFilterForm


class PressFilterForm(ListingFilterForm):
    """Topic and Veedel, as on the other city-wide lists; the Veedel is the release's own field.

    A release lives on the landing site, so its Veedel is not where it sits in the page tree (as for
    news) but the Sozialraum an editor chose. Unknown values are refused by the form (400).
    """

    def __init__(self, data):
        super().__init__(data, with_sozialraum=True)
        # Retired Sozialräume keep their releases: the press may still look for them.
        self.fields["sozialraum"].choices = [
            ("", _("Alle Veedel")),
            *((s.slug, s.name) for s in Sozialraum.objects.order_by("name")),
        ]

    def apply(self, queryset, sozialraeume=None):
        """The releases of `queryset` that match every valid filter."""
        if topic := self.value("topic"):
            queryset = queryset.filter(topic_items__tag__slug=topic)
        if slug := self.value("sozialraum"):
            queryset = queryset.filter(sozialraum__slug=slug)
        return queryset
