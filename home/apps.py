from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Portal-Startseite"
    default_auto_field = "django.db.models.BigAutoField"
