"""Pictures and documents an editor uses must come from a collection they may choose from.

Wagtail's choosers offer only what the user may choose (the "choose" permission on a
collection), but the admin forms accept any id that is posted: without this check an
actor could put another Sozialraum's unchecked resident photo on their page. Every admin
form of a page, snippet or site setting whose model links pictures or documents uses
`MediaChoiceFormMixin` (tests/snippets/test_media_choices.py checks that).

It checks what a form adds: image and document links, chooser blocks in StreamFields and
document links or embedded pictures in rich text, found the way Wagtail's reference index
finds them. Whatever the object already used stays valid, so an editor can still save a
page whose picture the Redaktion chose from a collection the editor cannot see.
"""

from functools import cache
from io import BytesIO

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.documents import get_document_model
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.permissions import policy_registry


def media_models():
    return (get_image_model(), get_document_model())


def refusal_message(model):
    if model is get_image_model():
        return gettext_lazy(
            "Dieses Bild dürfen Sie nicht verwenden: Es liegt in einer Sammlung, aus der Sie keine "
            "Bilder auswählen dürfen. Bitte wählen Sie ein Bild über die Bildauswahl oder laden Sie ein "
            "eigenes hoch."
        )
    return gettext_lazy(
        "Dieses Dokument dürfen Sie nicht verwenden: Es liegt in einer Sammlung, aus der Sie keine "
        "Dokumente auswählen dürfen. Bitte wählen Sie ein Dokument über die Dokumentauswahl oder laden "
        "Sie ein eigenes hoch."
    )


@cache
def media_fields(model):
    """{name: field} of the model's fields that can point at pictures or documents."""
    media = media_models()
    return {
        field.name: field
        for field in model._meta.get_fields()
        if (isinstance(field, models.ForeignKey) and field.related_model in media)
        or isinstance(field, (StreamField, RichTextField))
    }


def references(field, value):
    """{(model, pk as text)} of the pictures and documents that `value` of model field `field` uses."""
    if value is None or value == "":
        return set()
    if isinstance(field, models.ForeignKey):
        return {(field.related_model, str(value.pk if isinstance(value, models.Model) else value))}
    media = media_models()
    return {(model, pk) for model, pk, _path, _content in field.extract_references(value) if model in media}


def not_choosable(user, model, pks):
    """The ids among `pks` (text) that `user` may not choose: other collections, or no such object."""
    wanted = {}
    for pk in pks:
        try:
            wanted[pk] = model._meta.pk.to_python(pk)
        except ValidationError:
            continue
    policy = policy_registry.get_by_type(model)
    allowed = policy.instances_user_has_any_permission_for(user, ["choose"])
    found = {str(pk) for pk in allowed.filter(pk__in=wanted.values()).values_list("pk", flat=True)}
    return set(pks) - found


class MediaChoiceFormMixin:
    """For Wagtail admin model forms: refuses a picture or document the user may not choose."""

    def clean(self):
        cleaned = super().clean()
        user = getattr(self, "for_user", None)
        if user is None:
            # Not an editor's form (code building one itself): nobody to check against.
            return cleaned
        fields = media_fields(type(self.instance))
        used_before = set()
        for field in fields.values():
            used_before |= references(field, field.value_from_object(self.instance))
        for name, field in fields.items():
            if name not in cleaned:
                continue
            added = references(field, cleaned[name]) - used_before
            for model in media_models():
                pks = {pk for ref_model, pk in added if ref_model is model}
                if pks and not_choosable(user, model, pks):
                    self.add_error(name, refusal_message(model))
        return cleaned


class MediaCheckedPageForm(MediaChoiceFormMixin, WagtailAdminPageForm):
    """The base form of every page type (`BasePage.base_form_class`)."""


class MediaCheckedModelForm(MediaChoiceFormMixin, WagtailAdminModelForm):
    """The base form of snippets and settings that link pictures or documents."""


def refused_translation_override(request, translation, overridable_segment_id):
    """The German refusal when wagtail-localize's editor would give a translation a picture or
    document the user may not choose, else None.

    The editor stores such a value (a translation's own picture) with a PUT of the chosen id,
    past the admin forms; wagtail-localize's own description of the segment says which chooser
    it is.
    """
    from django.http import QueryDict
    from django.http.multipartparser import MultiPartParser
    from wagtail_localize.models import OverridableSegment
    from wagtail_localize.views.edit_translation import (
        FieldHasNoEditPanelError,
        TabHelper,
        get_segment_location_info,
    )

    if request.method != "PUT":
        return None
    body = request.body  # read once: wagtail-localize's parser reads the same bytes afterwards
    if request.content_type == "multipart/form-data":
        data, _files = MultiPartParser(request.META, BytesIO(body), request.upload_handlers).parse()
    else:
        data = QueryDict(body)
    value = data.get("value")
    segment = (
        OverridableSegment.objects.filter(pk=overridable_segment_id, source=translation.source)
        .select_related("context")
        .first()
    )
    if not value or segment is None:
        return None  # wagtail-localize answers these itself
    source_instance = translation.source.get_source_instance()
    try:
        location = get_segment_location_info(
            source_instance,
            TabHelper(source_instance),
            segment.context.path,
            segment.context.get_field_path(source_instance),
            widget=True,
        )
    except FieldHasNoEditPanelError:
        return None
    choosers = {"image_chooser": get_image_model(), "document_chooser": get_document_model()}
    model = choosers.get((location.get("widget") or {}).get("type"))
    if model is not None and not_choosable(request.user, model, {str(value)}):
        return str(refusal_message(model))
    return None
