"""Listings of pages across one site or all sites: filters, pagination and cards.

Every listing costs a fixed number of queries however long it is: pictures,
renditions and topics are prefetched, and the Sozialraum of each card is
looked up in memory from the path of its site root.
"""

from urllib.parse import urlencode

from django import forms
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.db.models import Prefetch, Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.images import get_image_model
from wagtail.models import Page

from snippets.languages import LANGUAGE_AUTONYMS
from snippets.models import Sozialraum, TargetGroup, Topic

from .localization import active_locale

PER_PAGE = 12
CARD_IMAGE_SPEC = "fill-480x270"
ROOT_PATH_LENGTH = 2 * Page.steplen  # the path of a depth-2 page: a site root


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


class SozialraumDirectory:
    """Which Sozialraum a page belongs to, from the path of its site root, for all languages at once."""

    def __init__(self):
        from veedel.models import SiteSettings

        sozialraeume = list(Sozialraum.objects.exclude(site=None).select_related("site__root_page"))
        colours = dict(SiteSettings.objects.values_list("site_id", "theme_colour"))
        keys = {sr.site.root_page.translation_key: sr for sr in sozialraeume}
        self.by_root_path = {}
        self.roots = {}  # (slug, locale_id) -> root page
        for root in Page.objects.filter(translation_key__in=keys):
            sozialraum = keys[root.translation_key]
            sozialraum.colour = colours.get(sozialraum.site_id)
            self.by_root_path[root.path] = sozialraum
            self.roots[(sozialraum.slug, root.locale_id)] = root
        self.sozialraeume = sozialraeume

    def of(self, page):
        return self.by_root_path.get(page.path[:ROOT_PATH_LENGTH])

    def attach(self, pages):
        for page in pages:
            page.sozialraum = self.of(page)
        return pages

    def root(self, slug, locale):
        return self.roots.get((slug, locale.pk))


def paginate(request, queryset, per_page=PER_PAGE):
    """The requested page of results; a bad page number gives the nearest page and a notice."""
    paginator = Paginator(queryset, per_page)
    notices = []
    number = request.GET.get("seite", "1")
    try:
        page = paginator.page(number)
    except PageNotAnInteger:
        page = paginator.page(1)
        notices.append(_("Diese Seitenzahl gibt es nicht. Sie sehen die erste Seite."))
    except EmptyPage:
        page = paginator.page(paginator.num_pages)
        notices.append(_("So viele Seiten gibt es nicht. Sie sehen die letzte Seite."))
    return page, notices


class ListingFilters:
    """Filters from the URL (?thema=…&veedel=…), so every view can be shared and cached."""

    def __init__(self, request, with_sozialraum=False):
        self.notices = []
        self.topics = list(Topic.objects.all())
        self.topic = self._pick(request.GET.get("thema"), {t.slug: t for t in self.topics}, _("Thema"))
        self.sozialraeume = []
        self.sozialraum = None
        if with_sozialraum:
            self.sozialraeume = list(Sozialraum.objects.exclude(site=None))
            self.sozialraum = self._pick(
                request.GET.get("veedel"), {s.slug: s for s in self.sozialraeume}, _("Veedel")
            )

    def _pick(self, value, choices, label):
        if not value:
            return None
        if value not in choices:
            self.notices.append(
                _("%(label)s „%(value)s“ gibt es nicht. Der Filter wurde nicht angewendet.")
                % {"label": label, "value": value[:60]}
            )
            return None
        return choices[value]

    def apply(self, queryset, directory=None):
        if self.topic is not None:
            queryset = queryset.filter(topic_items__tag=self.topic)
        if self.sozialraum is not None and directory is not None:
            root = directory.root(self.sozialraum.slug, active_locale())
            queryset = queryset.filter(path__startswith=root.path) if root else queryset.none()
        return queryset

    @property
    def active(self):
        return self.topic is not None or self.sozialraum is not None


class ListingIndexMixin(models.Model):
    """An index page that lists pages with filters and pagination (`listing_queryset`)."""

    listing_with_sozialraum_filter = False
    listing_tag_relations = ("topic_items",)

    class Meta:
        abstract = True

    def listing_queryset(self):
        raise NotImplementedError

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filters = ListingFilters(request, with_sozialraum=self.listing_with_sozialraum_filter)
        directory = SozialraumDirectory()
        queryset = with_card_data(
            filters.apply(self.listing_queryset(), directory), tag_relations=self.listing_tag_relations
        )
        results, notices = paginate(request, queryset)
        directory.attach(results)
        context.update({"filters": filters, "results": results, "notices": [*filters.notices, *notices]})
        return context


def speaks(code):
    """A condition on a comma-separated `languages` field: the code itself, not a part of another."""
    return (
        Q(languages=code)
        | Q(languages__startswith=f"{code},")
        | Q(languages__endswith=f",{code}")
        | Q(languages__contains=f",{code},")
    )


class VocabularyFilterForm(forms.Form):
    """Filters from the URL shared by the calendar and the directory: topic, target group, language, Veedel.

    Invalid values are reported next to their field and left out; `query()`
    rebuilds the URL of the valid ones.
    """

    thema = forms.ChoiceField(
        label=gettext_lazy("Thema"),
        required=False,
        error_messages={"invalid_choice": gettext_lazy("Dieses Thema gibt es nicht.")},
    )
    zielgruppe = forms.ChoiceField(
        label=gettext_lazy("Für wen?"),
        required=False,
        error_messages={"invalid_choice": gettext_lazy("Diese Zielgruppe gibt es nicht.")},
    )
    sprache = forms.ChoiceField(
        label=gettext_lazy("Sprache"),
        required=False,
        choices=[("", gettext_lazy("Alle Sprachen")), *LANGUAGE_AUTONYMS],
        error_messages={"invalid_choice": gettext_lazy("Diese Sprache steht nicht zur Auswahl.")},
    )
    veedel = forms.ChoiceField(
        label=gettext_lazy("Veedel"),
        required=False,
        error_messages={"invalid_choice": gettext_lazy("Dieses Veedel gibt es nicht.")},
    )

    language_label = gettext_lazy("Sprache")

    def __init__(self, data, with_sozialraum=False):
        super().__init__(data)
        self.fields["sprache"].label = self.language_label
        self.fields["thema"].choices = [
            ("", _("Alle Themen")),
            *((t.slug, t.localized_name) for t in Topic.objects.all()),
        ]
        self.fields["zielgruppe"].choices = [
            ("", _("Alle")),
            *((g.slug, g.localized_name) for g in TargetGroup.objects.all()),
        ]
        if with_sozialraum:
            self.fields["veedel"].choices = [
                ("", _("Alle Veedel")),
                *((s.slug, s.name) for s in Sozialraum.objects.exclude(site=None)),
            ]
        else:
            del self.fields["veedel"]
        self.full_clean()

    def value(self, name):
        return self.cleaned_data.get(name) if hasattr(self, "cleaned_data") else None

    @property
    def messages(self):
        return [message for errors in self.errors.values() for message in errors]

    def apply_vocabularies(self, queryset):
        if topic := self.value("thema"):
            queryset = queryset.filter(topic_items__tag__slug=topic)
        if group := self.value("zielgruppe"):
            queryset = queryset.filter(target_group_items__tag__slug=group)
        if code := self.value("sprache"):
            queryset = queryset.filter(speaks(code))
        return queryset

    def url_value(self, name, value):
        if value is True:
            return "1"
        if hasattr(value, "isoformat"):
            return value.isoformat()
        return value

    def query(self, **changes):
        """The URL query of the valid filters, with `changes` applied (None removes a key)."""
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
        return urlencode(values)

    @property
    def active(self):
        return any(self.value(name) for name in self.fields if name != "monat")


class FilteredIndexMixin(RoutablePageMixin):
    """A routable index whose list view answers 400 when a filter in the URL was refused.

    The page still renders, with the messages next to the fields; the status
    tells caches and crawlers that the request was not what it should be.
    """

    @path("")
    def index_route(self, request, *args, **kwargs):
        response = super().index_route(request, *args, **kwargs)
        if response.context_data["filters"].errors:
            response.status_code = 400
        return response
