"""Mails about public suggestions, and what the coordinators' decision means for them.

The submitter hears three times, in the language they used the form in: the
confirmation with the reference number, then either "it is online" (with the
link) or "sent back" (with the coordinator's comment). The decision comes from
Wagtail's workflow signals, connected in `MitmachenConfig.ready()`; the
submission's status follows it. Erased submissions are left alone: there is
nobody left to write to.

Mails go out after the transaction has committed, so nobody is told about a
draft that was rolled back.
"""

import logging

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, Page

from snippets.coordination import coordination_of, coordinator_emails
from snippets.mail import templated_mail
from snippets.models import Organisation, OrganisationKind
from veedel.directory.links import entry_url

from .models import Submission, SubmissionKind, SubmissionStatus

logger = logging.getLogger("mitmachen")


# -- public addresses -----------------------------------------------------------


def public_url(submission):
    """Where the published suggestion can be seen, in the submitter's language where it exists."""
    if submission.event_id:
        page = submission.event
        locale = Locale.objects.filter(language_code=submission.language).first()
        translated = page.get_translation_or_none(locale) if locale else None
        if translated is not None and translated.live:
            page = translated
        return page.get_full_url() if page.live else ""
    if submission.organisation_id:
        return entry_url(submission.organisation, language=submission.language)
    return ""


def admin_url(submission):
    path = reverse("wagtailsnippets_mitmachen_submission:inspect", args=[submission.pk])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


# -- mails ----------------------------------------------------------------------


def mail_submitter(submission, name, **context):
    """The mail `name` to the submitter, in their language; a failure is logged, the submission stays."""
    if not submission.email or submission.erased_at:
        return False
    contact = coordination_of(submission.sozialraum)
    context = {
        "submission": submission,
        "sozialraum": submission.sozialraum,
        "contact": contact,
        "portal_name": settings.PORTAL_NAME,
        "retention_days": settings.MITMACHEN_RETENTION_DAYS,
        **context,
    }
    message = templated_mail(
        name,
        context,
        to=[submission.email],
        language=submission.language,
        reply_to=contact.email if contact else "",
    )
    try:
        message.send()
    except OSError:
        logger.exception("Mail zu Vorgang %s nicht verschickt", submission.reference)
        return False
    return True


def submission_with_relations(pk):
    return (
        Submission.objects.select_related("sozialraum__site", "event", "organisation").filter(pk=pk).first()
    )


def send_confirmation(pk):
    submission = submission_with_relations(pk)
    if submission is None:
        return False
    return mail_submitter(submission, "suggestion_received")


def send_published(pk):
    submission = submission_with_relations(pk)
    if submission is None:
        return False
    return mail_submitter(submission, "suggestion_published", url=public_url(submission))


def send_sent_back(pk):
    submission = submission_with_relations(pk)
    if submission is None:
        return False
    return mail_submitter(submission, "suggestion_sent_back")


def notify_coordinators_of_change(pk, entry_url):
    """A change suggestion for an entry someone is already working on: no draft, so tell them by mail."""
    submission = submission_with_relations(pk)
    if submission is None:
        return False
    recipients = coordinator_emails(submission.sozialraum)
    if not recipients:
        logger.warning("Änderungsvorschlag %s: keine Koordination mit E-Mail", submission.reference)
        return False
    payload = dict(submission.payload)
    if payload.get("kind") in OrganisationKind.values:
        payload["kind"] = OrganisationKind(payload["kind"]).label
    fields = [
        (label, payload.get(name))
        for name, label in (
            ("name", "Name"),
            ("kind", "Art"),
            ("short_description", "Kurzbeschreibung"),
            ("street", "Straße und Hausnummer"),
            ("postcode", "Postleitzahl"),
            ("phone", "Telefon"),
            ("email", "E-Mail"),
            ("website", "Internetseite"),
            ("opening_hours", "Öffnungszeiten"),
            ("note", "Hinweis"),
        )
    ]
    context = {
        "submission": submission,
        "entry_url": entry_url,
        "admin_url": admin_url(submission),
        "fields": [(label, value) for label, value in fields if value],
    }
    templated_mail("change_suggested", context, to=recipients, language=settings.LANGUAGE_CODE).send(
        fail_silently=True
    )
    return True


# -- the coordinators' decision -------------------------------------------------


def submissions_for(workflow_state):
    """The not-erased submissions whose draft this workflow moderates."""
    model = workflow_state.base_content_type.model_class()
    if model is not None and issubclass(model, Page):
        found = Submission.objects.filter(kind=SubmissionKind.EVENT, event_id=workflow_state.object_id)
    elif model is not None and issubclass(model, Organisation):
        found = Submission.objects.filter(
            kind=SubmissionKind.ORGANISATION, organisation_id=workflow_state.object_id
        )
    else:
        return Submission.objects.none()
    return found.filter(erased_at__isnull=True)


def on_workflow_approved(sender, instance, user=None, **kwargs):
    # Also after a send-back: the coordinator may fix the draft and approve it after all.
    waiting = submissions_for(instance).filter(
        status__in=[SubmissionStatus.RECEIVED, SubmissionStatus.SENT_BACK]
    )
    for submission in waiting:
        submission.status = SubmissionStatus.PUBLISHED
        submission.handled_at = timezone.now()
        submission.save(update_fields=["status", "handled_at"])
        transaction.on_commit(lambda pk=submission.pk: send_published(pk))


def on_workflow_rejected(sender, instance, user=None, **kwargs):
    task_state = instance.current_task_state
    comment = str(task_state.specific.get_comment() or "") if task_state else ""
    for submission in submissions_for(instance).filter(status=SubmissionStatus.RECEIVED):
        submission.status = SubmissionStatus.SENT_BACK
        submission.handled_at = timezone.now()
        submission.comment = comment
        submission.save(update_fields=["status", "handled_at", "comment"])
        transaction.on_commit(lambda pk=submission.pk: send_sent_back(pk))
