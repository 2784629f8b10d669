"""The read-only API for the press office and other portals: Wagtail API v2 under /api/v2/ (docs/api.md).

Anonymous and read-only (GET only; no write endpoints exist in Wagtail's API v2). Pages are the
live, public pages of the requested site in all its languages (Wagtail's own scope: a private
page, a draft or a page in moderation is never listed, nor a page whose publication is scheduled
for later); `?site=kalk.<domain>` asks for another site's pages. Beside Wagtail's filters
(`type`, `locale`, `child_of`, `search`, fields such as `show_on_landing=true` with a `type`)
`thema=<slug>` keeps the pages of one topic. Images and documents are only those shown on such
pages: an actor's upload for a suggestion still in moderation stays out until the page is public.
No CORS headers are sent, so browsers on other sites cannot read it; servers and scripts can.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import IntegerField, Q
from django.db.models.functions import Cast
from rest_framework.filters import BaseFilterBackend
from rest_framework.renderers import JSONRenderer
from wagtail.api.querysets import get_public_pages_queryset
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Page, ReferenceIndex

from snippets.models import Topic
from veedel.listings import rendition_prefetch

TOPIC_PARAMETER = "thema"
CARD_SPEC = "fill-640x360"  # the rendition `image_card` of the page types (veedel/models/content.py)
# Page types with Themenfelder, by the name of their table's link from Page.
TOPIC_PAGES = ("newspage", "projectpage", "eventpage", "pressreleasepage")


class TopicFilter(BaseFilterBackend):
    """`?thema=<slug>`: pages of one topic (news, projects, events, press releases)."""

    def filter_queryset(self, request, queryset, view):
        slug = request.GET.get(TOPIC_PARAMETER)
        if slug is None:
            return queryset
        topic = Topic.objects.filter(slug=slug).first()
        if topic is None:
            raise BadRequestError(f"Das Thema „{slug}“ gibt es nicht.")
        if queryset.model is Page:
            condition = Q()
            for name in TOPIC_PAGES:
                condition |= Q(**{f"{name}__topic_items__tag": topic})
            return queryset.filter(condition).distinct()
        if not hasattr(queryset.model, "topic_items"):
            raise BadRequestError("Dieser Seitentyp hat keine Themenfelder.")
        return queryset.filter(topic_items__tag=topic).distinct()


class PortalPagesAPIViewSet(PagesAPIViewSet):
    renderer_classes = [JSONRenderer]
    filter_backends = [TopicFilter, *PagesAPIViewSet.filter_backends]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union([TOPIC_PARAMETER])

    def get_queryset(self):
        """With `type`, what the fields show comes in a few queries for the whole list (no query per page)."""
        queryset = super().get_queryset().select_related("locale")
        fields = {field.name for field in getattr(queryset.model, "api_fields", [])}
        if "image" in fields:
            queryset = queryset.select_related("image").prefetch_related(
                rendition_prefetch("image", CARD_SPEC)
            )
        return queryset.prefetch_related(
            *(name for name in ("topics", "target_groups", "photos") if name in fields)
        )


def shown_on_public_pages(view, model):
    """The ids of `model` objects that live, public pages of the request's site show (reference index)."""
    pages = get_public_pages_queryset(view.request).values_list(Cast("pk", output_field=IntegerField()))
    return (
        ReferenceIndex.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            to_content_type=ContentType.objects.get_for_model(model),
            object_id__in=[str(pk) for (pk,) in pages],
        )
        .annotate(target=Cast("to_object_id", output_field=IntegerField()))
        .values("target")
    )


class PortalImagesAPIViewSet(ImagesAPIViewSet):
    renderer_classes = [JSONRenderer]
    body_fields = [*ImagesAPIViewSet.body_fields, "description", "credit"]
    listing_default_fields = [*ImagesAPIViewSet.listing_default_fields, "credit"]

    def get_queryset(self):
        return super().get_queryset().filter(pk__in=shown_on_public_pages(self, self.model))


class PortalDocumentsAPIViewSet(DocumentsAPIViewSet):
    renderer_classes = [JSONRenderer]

    def get_queryset(self):
        return super().get_queryset().filter(pk__in=shown_on_public_pages(self, self.model))


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PortalPagesAPIViewSet)
api_router.register_endpoint("images", PortalImagesAPIViewSet)
api_router.register_endpoint("documents", PortalDocumentsAPIViewSet)
