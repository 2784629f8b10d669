from django.apps import AppConfig


class VeedelConfig(AppConfig):
    name = "veedel"
    verbose_name = "Veedel-Seiten"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals  # noqa: F401
        from .moderation_mails import send_moderation_mails_in_german
        from .tree_paths import register

        send_moderation_mails_in_german()
        register()
