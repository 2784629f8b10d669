"""The drafts a public suggestion creates: an event page, a directory entry or a new revision of one.

A suggestion becomes a draft exactly like an actor's: a not-live `EventPage`
under the Sozialraum's calendar, or a not-live `Organisation` (or a new
revision of a published one), with the Sozialraum's approval workflow
started, so its coordinators get Wagtail's "submitted" mail and decide in the
admin. Nothing is ever published here. Who sent it goes into a `Submission`
only, never into the draft.
"""

import datetime
import logging

from django.conf import settings
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext as _
from wagtail.images import get_image_model
from wagtail.log_actions import log
from wagtail.models import Collection, Locale
from wagtail_localize.synctree import create_aliases_for_new_page

from snippets.models import OpeningSlot, Organisation
from veedel.models import EventIndexPage, EventPage

logger = logging.getLogger("mitmachen")

# Without an end time the calendar shows an hour, as for imported events; the coordinator can change it.
DEFAULT_DURATION = datetime.timedelta(hours=1)


def german():
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


def paragraphs(text):
    """Plain text as rich text: one escaped paragraph per block, line breaks kept."""
    blocks = [block.strip() for block in text.split("\n\n") if block.strip()]
    return "".join(f"<p>{'<br/>'.join(escape(line) for line in block.splitlines())}</p>" for block in blocks)


def local_datetime(day, time):
    return timezone.make_aware(datetime.datetime.combine(day, time))


def create_event_draft(sozialraum, calendar, data):
    """A not-live event under the Sozialraum's German calendar, in its approval workflow."""
    # Locked: treebeard numbers the new page from the parent's child count (as the iCal import does).
    calendar = EventIndexPage.objects.select_for_update().get(pk=calendar.pk)
    start = local_datetime(data["date"], data["start_time"])
    end = local_datetime(data["date"], data["end_time"]) if data["end_time"] else start + DEFAULT_DURATION
    image = None
    if data.get("image"):
        image = store_image(
            data["image"],
            sozialraum,
            title=data["title"],
            alt=data["image_alt"] or data["title"],
            credit=data["image_credit"] or data["organiser"] or _("Veranstalter"),
        )
    page = EventPage(
        title=data["title"],
        slug=calendar.free_slug(data["title"]),
        locale=calendar.locale,
        live=False,
        owner=None,
        description=paragraphs(data["description"]),
        start=start,
        end=end,
        place_name=data["place_name"],
        street=data["street"],
        postcode=data["postcode"],
        online_link=data.get("online_link", ""),
        organiser=data["organiser"],
        is_free=data["is_free"],
        image=image,
    )
    calendar.add_child(instance=page)
    page.save_revision()
    log(instance=page, action="wagtail.create")
    # As the admin does after creating a page: draft aliases in the synchronised languages,
    # published together with the German page, so no language shows it earlier.
    create_aliases_for_new_page(page)
    start_workflow(page, sozialraum)
    return page


def create_organisation_draft(sozialraum, form):
    """A not-live German directory entry of the Sozialraum, in its approval workflow."""
    locale = german()
    organisation = Organisation(locale=locale, sozialraum=sozialraum, live=False, owner=None)
    apply_suggestion(organisation, form, locale)
    organisation.save()
    organisation.save_revision(log_action="wagtail.create")
    start_workflow(organisation, sozialraum)
    return organisation


def suggest_organisation_change(entry, form):
    """A new draft revision of a published entry, in moderation, or None if someone is already on it.

    The live entry keeps its content until a coordinator approves; Wagtail's compare
    view shows them what the suggestion changes.
    """
    entry = Organisation.objects.select_for_update().get(pk=entry.pk)
    if entry.has_unpublished_changes or entry.current_workflow_state is not None or entry.locked:
        return None
    draft = entry.get_latest_revision_as_object()
    apply_suggestion(draft, form, entry.locale)
    draft.save_revision(log_action=True)
    start_workflow(entry, entry.sozialraum)
    return entry


def apply_suggestion(organisation, form, locale):
    data = form.cleaned_data
    for field, model_field in form.model_fields.items():
        setattr(organisation, model_field, data[field])
    opening = form.opening()
    if opening is None:
        # Not in the usual notation: the coordinator turns it into times; until then it shows as text.
        organisation.opening_notes = data["opening_hours"]
        return
    slots, by_appointment = opening
    organisation.opening_slots = [
        OpeningSlot(weekday=weekday, opens=opens, closes=closes, locale=locale)
        for weekday, opens, closes in slots
    ]
    organisation.by_appointment = by_appointment


def start_workflow(obj, sozialraum):
    """Into moderation, as when an actor submits; without a workflow the coordinators get a mail."""
    workflow = obj.get_workflow()
    if workflow is None:
        logger.error("Kein Freigabe-Ablauf für %s: %s bleibt Entwurf", sozialraum.slug, obj)
        return None
    # No user: the suggestion comes from outside. Wagtail then mails the task's group (the
    # coordinators) and, as WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS is off, nobody else.
    return workflow.start(obj, None)


def store_image(picture, sozialraum, title, alt, credit):
    """The picture as a Wagtail image in the Sozialraum's collection.

    `picture` is the form's clean copy (`pictures.clean_copy`): already decoded,
    re-encoded without its metadata and scaled down.
    """
    image_model = get_image_model()
    image = image_model(
        title=title[:255],
        description=alt[:255],
        credit=credit[:255],
        collection=sozialraum.collection or Collection.get_first_root_node(),
    )
    image.file = picture
    image.save()
    return image
