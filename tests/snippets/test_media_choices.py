"""Pictures and documents in the admin forms come from a collection the editor may choose from.

A forged id (say, a resident's photo waiting in another Sozialraum's collection) is refused
with a German message on its field, and nothing is saved; a value that was there before
(set by the Redaktion) stays valid. Covers the image and document links of pages, snippets
and site settings, StreamField blocks and document links in rich text.
"""

import json

import pytest
import wagtail_factories
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.contrib.settings.registry import registry
from wagtail.contrib.settings.views import get_setting_edit_handler
from wagtail.models import get_page_models
from wagtail.snippets.models import get_snippet_models
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail_localize.models import Translation

from snippets.images.choices import MediaChoiceFormMixin, media_fields
from snippets.models import Organisation
from tests.admin_forms import event_form, organisation_form
from tests.conftest import section
from tests.factories import EventPageFactory, ImageFactory, StandardPageFactory
from veedel.models import EventIndexPage, EventPage, SiteSettings, StandardPage

pytestmark = pytest.mark.django_db

IMAGE_REFUSED = "Dieses Bild dürfen Sie nicht verwenden"
DOCUMENT_REFUSED = "Dieses Dokument dürfen Sie nicht verwenden"


def user(username):
    return get_user_model().objects.get(username=username)


def document_in(collection):
    return wagtail_factories.DocumentFactory(title="Flyer", collection=collection)


@pytest.fixture
def resident_photo(porz_ost):
    """A picture from a public suggestion in Porz-Ost, not yet checked by anyone."""
    return ImageFactory(collection=porz_ost.collection, title="Foto einer Bewohnerin")


def page_url(name, *args):
    return reverse(f"wagtailadmin_pages:{name}", args=args)


def add_event_url(kalk):
    return page_url("add", "veedel", "eventpage", section(kalk, EventIndexPage).pk)


def field_errors(response, field):
    return [str(message) for message in response.context["form"].errors.get(field, [])]


@pytest.mark.parametrize("username", ["kalk-akteur", "kalk-koordination"])
def test_another_sozialraums_picture_is_refused_on_a_new_event(client, kalk, resident_photo, username):
    client.force_login(user(username))
    response = client.post(add_event_url(kalk), event_form(image=resident_photo.pk))
    assert response.status_code == 200
    assert any(IMAGE_REFUSED in message for message in field_errors(response, "image"))
    assert IMAGE_REFUSED in response.content.decode()
    assert not EventPage.objects.filter(slug="nachbarschaftstreff").exists()


def test_a_picture_of_the_own_collection_is_saved(client, kalk):
    own = ImageFactory(collection=kalk.collection)
    client.force_login(user("kalk-akteur"))
    response = client.post(add_event_url(kalk), event_form(image=own.pk, listing_image=own.pk))
    assert response.status_code == 302, response.context["form"].errors
    event = EventPage.objects.get(slug="nachbarschaftstreff", locale__language_code="de")
    assert event.image == own and event.listing_image == own


def test_a_picture_set_by_the_redaktion_stays_but_cannot_be_swapped_for_another(client, kalk, resident_photo):
    actor = user("kalk-akteur")
    chosen_by_redaktion = ImageFactory()  # in the root collection, which actors cannot choose from
    event = EventPageFactory(
        parent=section(kalk, EventIndexPage),
        owner=actor,
        live=False,
        aliases=False,
        image=chosen_by_redaktion,
        title="Nachbarschaftstreff",
        slug="nachbarschaftstreff",
    )
    client.force_login(actor)
    unchanged = event_form(image=chosen_by_redaktion.pk, title="Nachbarschaftstreff am Mittwoch")
    response = client.post(page_url("edit", event.pk), unchanged)
    assert response.status_code == 302, response.context["form"].errors
    event.refresh_from_db()
    assert event.latest_revision.as_object().title == "Nachbarschaftstreff am Mittwoch"

    swapped = event_form(image=chosen_by_redaktion.pk, social_image=resident_photo.pk, title="Anders")
    response = client.post(page_url("edit", event.pk), swapped)
    assert response.status_code == 200
    assert any(IMAGE_REFUSED in message for message in field_errors(response, "social_image"))
    event.refresh_from_db()
    assert event.latest_revision.as_object().title == "Nachbarschaftstreff am Mittwoch"


def test_a_document_link_in_rich_text_must_be_choosable(client, kalk, porz_ost):
    foreign = document_in(porz_ost.collection)
    own = document_in(kalk.collection)
    client.force_login(user("kalk-akteur"))
    link = '<p><a linktype="document" id="{}">Flyer</a></p>'
    response = client.post(add_event_url(kalk), event_form(description=rich_text(link.format(foreign.pk))))
    assert response.status_code == 200
    assert any(DOCUMENT_REFUSED in message for message in field_errors(response, "description"))
    response = client.post(add_event_url(kalk), event_form(description=rich_text(link.format(own.pk))))
    assert response.status_code == 302


def body_form(page, blocks):
    return nested_form_data(
        {"title": page.title, "slug": page.slug, "intro": "", "body": streamfield(blocks)}
    )


def test_stream_blocks_refuse_foreign_pictures_and_documents(client, kalk, porz_ost, resident_photo):
    page = StandardPageFactory(parent=kalk.site.root_page, title="Über das Veedel", aliases=False)
    client.force_login(user("kalk-koordination"))
    foreign_document = document_in(porz_ost.collection)

    for block, message in (
        (("image", {"image": resident_photo.pk, "caption": ""}), IMAGE_REFUSED),
        (
            ("downloads", {"title": "Flyer", "documents": streamfield([("item", foreign_document.pk)])}),
            DOCUMENT_REFUSED,
        ),
    ):
        response = client.post(page_url("edit", page.pk), body_form(page, [block]))
        assert response.status_code == 200
        assert any(message in error for error in field_errors(response, "body")), block
        # The stream's errors travel as JSON to the editor's script, umlauts escaped.
        assert json.dumps(message)[1:-1] in response.content.decode()
    page.refresh_from_db()
    assert len(page.latest_revision.as_object().body) == 0, "nothing was saved"

    own_image = ImageFactory(collection=kalk.collection)
    own_document = document_in(kalk.collection)
    blocks = [
        ("image", {"image": own_image.pk, "caption": "Unser Fest"}),
        ("downloads", {"title": "Flyer", "documents": streamfield([("item", own_document.pk)])}),
    ]
    response = client.post(page_url("edit", page.pk), body_form(page, blocks))
    assert response.status_code == 302, response.context["form"].errors
    saved = StandardPage.objects.get(pk=page.pk).latest_revision.as_object().body
    assert saved[0].value["image"] == own_image
    assert list(saved[1].value["documents"]) == [own_document]


def test_a_directory_entry_refuses_a_foreign_picture(client, kalk, resident_photo):
    client.force_login(user("kalk-akteur"))
    url = reverse(Organisation.snippet_viewset.get_url_name("add"))
    response = client.post(url, organisation_form(kalk, image=resident_photo.pk))
    assert response.status_code == 200
    assert any(IMAGE_REFUSED in message for message in field_errors(response, "image"))
    assert not Organisation.objects.filter(name="Nachbarschaftstreff Test").exists()

    own = ImageFactory(collection=kalk.collection)
    response = client.post(url, organisation_form(kalk, image=own.pk))
    assert response.status_code == 302
    assert Organisation.objects.get(name="Nachbarschaftstreff Test").image == own


def test_site_settings_keep_the_redaktions_logo_and_refuse_a_foreign_header_picture(
    client, kalk, resident_photo
):
    settings_of_kalk = SiteSettings.for_site(kalk.site)
    settings_of_kalk.logo = ImageFactory()  # chosen by the Redaktion from the root collection
    settings_of_kalk.save()
    header = settings_of_kalk.header_image_id
    client.force_login(user("kalk-koordination"))
    url = reverse("wagtailsettings:edit", args=["veedel", "sitesettings", kalk.site.pk])
    data = {
        "theme_colour": settings_of_kalk.theme_colour,
        "tagline": "Gemeinsam im Veedel",
        "header_image": header,
        "logo": settings_of_kalk.logo_id,
        "contact": settings_of_kalk.contact_id or "",
        "footer_text": "",
    }
    response = client.post(url, data)
    assert response.status_code == 302
    settings_of_kalk.refresh_from_db()
    assert settings_of_kalk.tagline == "Gemeinsam im Veedel"

    response = client.post(url, {**data, "tagline": "Neu", "header_image": resident_photo.pk})
    assert response.status_code == 200
    assert any(IMAGE_REFUSED in message for message in field_errors(response, "header_image"))
    settings_of_kalk.refresh_from_db()
    assert settings_of_kalk.header_image_id == header and settings_of_kalk.tagline == "Gemeinsam im Veedel"


def admin_form_classes():
    """(model, form class) of every page type, snippet and site setting edited in the admin."""
    for model in get_page_models():
        if model._meta.abstract or model.__name__ == "Page":
            continue
        yield model, model.get_edit_handler().get_form_class()
    for model in get_snippet_models():
        yield model, model.snippet_viewset.get_edit_handler().get_form_class()
    for model in registry:
        yield model, get_setting_edit_handler(model).get_form_class()


def test_every_admin_form_with_pictures_or_documents_checks_them():
    checked = []
    for model, form_class in admin_form_classes():
        fields = [name for name in form_class.base_fields if name in media_fields(model)]
        if fields:
            assert issubclass(form_class, MediaChoiceFormMixin), (model, fields)
            checked.append(model.__name__)
    assert {"EventPage", "NewsPage", "StandardPage", "Organisation", "SiteSettings"} <= set(checked)


def override_url(translation, segment):
    return reverse(
        "wagtail_localize:edit_override",
        kwargs={"translation_id": translation.pk, "overridable_segment_id": segment.pk},
    )


def put_override(client, url, value):
    return client.put(url, data=f"value={value}", content_type="application/x-www-form-urlencoded")


def test_the_translation_editor_refuses_a_picture_from_another_collection(client, kalk, resident_photo):
    """wagtail-localize's editor stores a translation's own picture without the admin form: same rule."""
    from wagtail.models import Locale
    from wagtail_localize.models import OverridableSegment, SegmentOverride

    from tests.factories import NewsPageFactory, translate
    from veedel.models import NewsIndexPage

    own = ImageFactory(collection=kalk.collection)
    news = NewsPageFactory(parent=section(kalk, NewsIndexPage), image=own, aliases=False)
    translate(news, Locale.objects.get(language_code="en"), "News from Kalk")
    translation = Translation.objects.get(
        source__object_id=news.translation_key, target_locale__language_code="en"
    )
    segment = OverridableSegment.objects.get(source=translation.source, context__path="image")
    client.force_login(user("kalk-koordination"))

    refused = put_override(client, override_url(translation, segment), resident_photo.pk)
    assert refused.status_code == 403
    assert IMAGE_REFUSED in refused.json()["detail"]
    assert not SegmentOverride.objects.filter(context=segment.context).exists()

    other_own = ImageFactory(collection=kalk.collection)
    accepted = put_override(client, override_url(translation, segment), other_own.pk)
    assert accepted.status_code in (200, 201)
    assert SegmentOverride.objects.get(context=segment.context).data == str(other_own.pk)
