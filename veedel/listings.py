"""Listings of pages across one site or all sites: filters from the URL, pagination and cards.

One filter system for every listing (news, projects, calendar, address
directory): a Django form bound to the URL query. A value that is not valid is
reported next to its field and left out, the page still renders, and the
response is a 400 (`FilterStatusMixin`). Fields have English names; their
German URL parameters are listed once, in `URL_PARAMETERS`.

Every listing costs a fixed number of queries however long it is: pictures,
renditions and topics are prefetched. This module imports no page models, so
the models can use it.
"""

from urllib.parse import urlencode

from django import forms
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Prefetch, Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.images import get_image_model

from snippets.languages import LANGUAGE_AUTONYMS
from snippets.models import Sozialraum, TargetGroup, Topic

from .localization import active_locale

PER_PAGE = 12
CARD_IMAGE_SPEC = "fill-480x270"
# The German query parameters of the public listings, by the English name the code uses for them.
URL_PARAMETERS = {
    "page": "seite",
    "topic": "thema",
    "target_group": "zielgruppe",
    "language": "sprache",
    "sozialraum": "veedel",
    "period": "zeitraum",
    "date_from": "von",
    "date_to": "bis",
    "free": "kostenlos",
    "step_free": "stufenlos",
    "month": "monat",
    # The first day a page of the calendar list shows ("Weitere Termine").
    "page_start": "ab",
    # The address directory's own filters.
    "search": "q",
    "kind": "art",
    "open_now": "offen",
    "letter": "buchstabe",
}


def rendition_prefetch(field, spec=CARD_IMAGE_SPEC):
    rendition_model = get_image_model().get_rendition_model()
    return Prefetch(f"{field}__renditions", queryset=rendition_model.objects.filter(filter_spec=spec))


def with_card_data(queryset, image_fields=("image", "listing_image"), tag_relations=("topic_items",)):
    """Prefetch what a card shows: pictures with their rendition, and topics."""
    queryset = queryset.select_related(*image_fields).prefetch_related(
        *(rendition_prefetch(field) for field in image_fields),
        *(
            Prefetch(f"{relation}", queryset=_tag_items(queryset.model, relation))
            for relation in tag_relations
        ),
    )
    return queryset


def _tag_items(model, relation):
    return model._meta.get_field(relation).related_model.objects.select_related("tag")


def paginate(request, queryset, per_page=PER_PAGE):
    """The requested page of results; a bad page number gives the nearest page and a notice."""
    paginator = Paginator(queryset, per_page)
    notices = []
    number = request.GET.get(URL_PARAMETERS["page"], "1")
    try:
        page = paginator.page(number)
    except PageNotAnInteger:
        page = paginator.page(1)
        notices.append(_("Diese Seitenzahl gibt es nicht. Sie sehen die erste Seite."))
    except EmptyPage:
        page = paginator.page(paginator.num_pages)
        notices.append(_("So viele Seiten gibt es nicht. Sie sehen die letzte Seite."))
    return page, notices


def speaks(code):
    """A condition on a comma-separated `languages` field: the code itself, not a part of another."""
    return (
        Q(languages=code)
        | Q(languages__startswith=f"{code},")
        | Q(languages__endswith=f",{code}")
        | Q(languages__contains=f",{code},")
    )


def choice_filter(label, refused, choices=()):
    """An optional select; `refused` is the message for a value that is not among the choices."""
    return forms.ChoiceField(
        label=label, required=False, choices=choices, error_messages={"invalid_choice": refused}
    )


class FilterForm(forms.Form):
    """Filters bound to the URL query, so every view can be shared and cached.

    Invalid values are reported next to their field (`messages`) and left out
    (`value()` gives None); `query()` rebuilds the URL of the valid ones.
    """

    # Fields that move through the listing rather than narrow it (they don't make `active`).
    navigation_fields = ()

    def add_prefix(self, field_name):
        return URL_PARAMETERS.get(field_name, field_name)

    def value(self, name):
        """The cleaned value of a field; None if it was left out or refused."""
        self.is_valid()  # cleans the form on first use
        return getattr(self, "cleaned_data", {}).get(name)

    @property
    def messages(self):
        return [message for errors in self.errors.values() for message in errors]

    def url_value(self, name, value):
        if value is True:
            return "1"
        if hasattr(value, "isoformat"):
            return value.isoformat()
        return value

    def query(self, **changes):
        """The URL query of the valid filters, with `changes` (by field name; None removes one) applied."""
        values = {}
        for name in self.fields:
            value = self.url_value(name, self.value(name))
            if value:
                values[name] = value
        for name, value in changes.items():
            if value is None:
                values.pop(name, None)
            else:
                values[name] = value
        return urlencode({self.add_prefix(name): value for name, value in values.items()})

    @property
    def active(self):
        return any(self.value(name) for name in self.fields if name not in self.navigation_fields)


class ListingFilterForm(FilterForm):
    """The filters of news and projects: topic, and the Veedel on the city-wide listings."""

    topic = choice_filter(gettext_lazy("Thema"), gettext_lazy("Dieses Thema gibt es nicht."))
    sozialraum = choice_filter(gettext_lazy("Veedel"), gettext_lazy("Dieses Veedel gibt es nicht."))

    def __init__(self, data, with_sozialraum=False):
        super().__init__(data)
        self.fields["topic"].choices = [
            ("", _("Alle Themen")),
            *((t.slug, t.localized_name) for t in Topic.objects.all()),
        ]
        if with_sozialraum:
            self.fields["sozialraum"].choices = [
                ("", _("Alle Veedel")),
                *((s.slug, s.name) for s in Sozialraum.objects.listed()),
            ]
        else:
            del self.fields["sozialraum"]

    def apply(self, queryset, sozialraeume=None):
        """The pages that match every valid filter; the Veedel needs a `SozialraumLookup`."""
        queryset = self.apply_vocabularies(queryset)
        if (slug := self.value("sozialraum")) and sozialraeume is not None:
            root = sozialraeume.root(slug, active_locale())
            queryset = queryset.filter(path__startswith=root.path) if root else queryset.none()
        return queryset

    def apply_vocabularies(self, queryset):
        if topic := self.value("topic"):
            queryset = queryset.filter(topic_items__tag__slug=topic)
        return queryset


class VocabularyFilterForm(ListingFilterForm):
    """The filters of the calendar and the directory: topic, target group, language, Veedel."""

    target_group = choice_filter(gettext_lazy("Für wen?"), gettext_lazy("Diese Zielgruppe gibt es nicht."))
    language = choice_filter(
        gettext_lazy("Sprache"),
        gettext_lazy("Diese Sprache steht nicht zur Auswahl."),
        choices=[("", gettext_lazy("Alle Sprachen")), *LANGUAGE_AUTONYMS],
    )

    field_order = ["topic", "target_group", "language", "sozialraum"]
    language_label = gettext_lazy("Sprache")

    def __init__(self, data, with_sozialraum=False):
        super().__init__(data, with_sozialraum=with_sozialraum)
        self.fields["language"].label = self.language_label
        self.fields["target_group"].choices = [
            ("", _("Alle Zielgruppen")),
            *((g.slug, g.localized_name) for g in TargetGroup.objects.all()),
        ]

    def apply_vocabularies(self, queryset):
        queryset = super().apply_vocabularies(queryset)
        if group := self.value("target_group"):
            queryset = queryset.filter(target_group_items__tag__slug=group)
        if code := self.value("language"):
            queryset = queryset.filter(speaks(code))
        return queryset


class FilterStatusMixin:
    """A page whose views answer 400 when a filter in the URL was refused.

    The page still renders, with the messages next to the fields; the status
    tells caches and crawlers that the request was not what it should be.
    """

    def serve(self, request, *args, **kwargs):
        return self._filter_status(super().serve(request, *args, **kwargs))

    def serve_preview(self, request, *args, **kwargs):
        # A routable page previews its index view without going through serve().
        return self._filter_status(super().serve_preview(request, *args, **kwargs))

    @staticmethod
    def _filter_status(response):
        filters = (getattr(response, "context_data", None) or {}).get("filters")
        if filters is not None and filters.errors:
            response.status_code = 400
        return response


class FilteredIndexMixin(FilterStatusMixin, RoutablePageMixin):
    """A routable index page (calendar, directory) with filters from the URL."""
