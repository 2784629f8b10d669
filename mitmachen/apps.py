from django.apps import AppConfig


class MitmachenConfig(AppConfig):
    """Taking part: actor accounts, moderation aids and public suggestions (docs/mitmachen.md).

    Sits above `veedel` and `snippets` (it creates their drafts); only the
    landing site's `home` app may import it.
    """

    default_auto_field = "django.db.models.BigAutoField"
    name = "mitmachen"
    verbose_name = "Mitmachen"

    def ready(self):
        from wagtail.signals import workflow_approved, workflow_rejected

        from . import notifications

        # A suggested draft's fate reaches its submitter: published, or sent back with the comment.
        workflow_approved.connect(notifications.on_workflow_approved, dispatch_uid="mitmachen-approved")
        workflow_rejected.connect(notifications.on_workflow_rejected, dispatch_uid="mitmachen-rejected")
