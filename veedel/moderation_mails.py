"""Wagtail's moderation mails in German, unless the recipient chose another admin language.

Wagtail writes each mail in the recipient's admin language and, when they
chose none, in the language of whoever clicked: an actor with an English
admin would send English mails to the coordinators.
"""

from django.conf import settings
from django.utils import translation
from wagtail.admin import signal_handlers
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted

# Wagtail's receivers and the dispatch_uid it connects them under.
NOTIFIERS = [
    (
        task_submitted,
        TaskState,
        signal_handlers.task_submission_email_notifier,
        "group_approval_task_submitted_email_notification",
    ),
    (
        workflow_submitted,
        WorkflowState,
        signal_handlers.workflow_submission_email_notifier,
        "workflow_state_submitted_email_notification",
    ),
    (
        workflow_rejected,
        WorkflowState,
        signal_handlers.workflow_rejection_email_notifier,
        "workflow_state_rejected_email_notification",
    ),
    (
        workflow_approved,
        WorkflowState,
        signal_handlers.workflow_approval_email_notifier,
        "workflow_state_approved_email_notification",
    ),
]


def in_portal_language(notifier):
    def notify(**kwargs):
        with translation.override(settings.LANGUAGE_CODE):
            return notifier(**kwargs)

    return notify


def send_moderation_mails_in_german():
    """Safe before or after wagtail.admin's ready(): the same dispatch_uid keeps one receiver."""
    for signal, sender, notifier, dispatch_uid in NOTIFIERS:
        signal.disconnect(sender=sender, dispatch_uid=dispatch_uid)
        signal.connect(in_portal_language(notifier), sender=sender, dispatch_uid=dispatch_uid, weak=False)
