from django.apps import AppConfig


class QuizConfig(AppConfig):
    name = "quiz"
    verbose_name = "Gewinnspiel"
    default_auto_field = "django.db.models.BigAutoField"
