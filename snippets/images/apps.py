from django.apps import AppConfig


class ImagesConfig(AppConfig):
    name = "snippets.images"
    label = "images"
    verbose_name = "Bilder"
    default_auto_field = "django.db.models.BigAutoField"
