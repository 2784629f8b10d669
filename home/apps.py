from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Portal-Startseite"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from search.results import register_kind

        from . import hosts  # noqa: F401 (connects the signals that refresh the cached host names)
        from .press.search import PressReleaseKind

        register_kind(PressReleaseKind)
