"""The quiz page and its prizes (docs/quiz.md). Serving it is quiz/participation.py's work."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from snippets.fields import optional_image
from veedel.localization import source_locale
from veedel.models import BasePage, IntroMixin

from .. import participation
from ..blocks import QuestionsBlock
from .entries import QuizSecret

DEFAULT_WINNER_MAIL = (
    "Herzlichen Glückwunsch! Sie haben beim Gewinnspiel „{quiz}“ gewonnen: {prize}.\n\n"
    "Bitte antworten Sie auf diese E-Mail innerhalb von 14 Tagen, damit wir Ihnen den Gewinn "
    "zukommen lassen können. Meldet sich niemand, losen wir den Gewinn neu aus."
)


class QuizState(models.TextChoices):
    UPCOMING = "upcoming", "beginnt bald"
    RUNNING = "running", "läuft"
    ENDED = "ended", "beendet"


class QuizPage(RoutablePageMixin, IntroMixin, BasePage):
    """A quiz whose answers are found on the portal, with prizes and a verifiable draw."""

    starts_at = models.DateTimeField("Beginn")
    ends_at = models.DateTimeField("Ende")
    questions = StreamField(QuestionsBlock(), verbose_name="Fragen")
    one_question_per_step = models.BooleanField(
        "Eine Frage je Schritt",
        default=False,
        help_text="Für Handys und das Tablet am Stand: jede Frage auf einer eigenen Seite. "
        "Sonst stehen alle Fragen auf einer Seite.",
    )
    minimum_correct = models.PositiveSmallIntegerField(
        "Mindestens richtige Antworten",
        default=1,
        help_text="So viele Antworten müssen stimmen, damit eine Teilnahme in die Verlosung kommt.",
    )
    conditions = RichTextField(
        "Teilnahmebedingungen",
        features=settings.RICHTEXT_FEATURES_BASIC,
        help_text="Wer teilnehmen darf, bis wann, wie gelost und benachrichtigt wird.",
    )
    privacy_notice = RichTextField(
        "Datenschutzhinweis",
        features=settings.RICHTEXT_FEATURES_BASIC,
        help_text="Wofür Name und E-Mail-Adresse gebraucht werden und wann sie gelöscht werden.",
    )
    winner_mail_text = models.TextField(
        "Text der Gewinn-Mail",
        default=DEFAULT_WINNER_MAIL,
        help_text="{quiz} wird durch den Titel des Gewinnspiels ersetzt, {prize} durch den Preis.",
    )
    delete_after_days = models.PositiveSmallIntegerField(
        "Daten löschen nach (Tagen)",
        default=30,
        validators=[MinValueValidator(1), MaxValueValidator(365)],
        help_text="So viele Tage nach der Auslosung löscht das Portal Namen und E-Mail-Adressen von selbst.",
    )

    content_panels = [
        *IntroMixin.content_panels,
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")], heading="Zeitraum (Köln)"),
        FieldPanel("questions"),
        MultiFieldPanel(
            [FieldPanel("one_question_per_step"), FieldPanel("minimum_correct")], heading="Ablauf"
        ),
        InlinePanel("prizes", heading="Preise", label="Preis", min_num=1),
        FieldPanel("conditions"),
        FieldPanel("privacy_notice"),
        MultiFieldPanel(
            [FieldPanel("winner_mail_text"), FieldPanel("delete_after_days")], heading="Nach dem Ende"
        ),
    ]
    override_translatable_fields = [
        SynchronizedField("starts_at"),
        SynchronizedField("ends_at"),
        SynchronizedField("one_question_per_step"),
        SynchronizedField("minimum_correct"),
        SynchronizedField("winner_mail_text"),
        SynchronizedField("delete_after_days"),
    ]
    template = "pages/quiz_page.html"
    parent_page_types = ["home.LandingPage", "veedel.VeedelHomePage"]
    subpage_types = []

    class Meta:
        verbose_name = "Gewinnspiel"
        verbose_name_plural = "Gewinnspiele"

    def clean(self):
        super().clean()
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = "Das Ende muss nach dem Beginn liegen."
        if self.questions is not None and self.minimum_correct > len(self.questions):
            errors["minimum_correct"] = (
                f"Das Gewinnspiel hat {len(self.questions)} Fragen: mehr richtige Antworten gibt es nicht."
            )
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        # The seed exists from the first save, so the commitment is public before anyone enters.
        if self.locale_id == source_locale().pk and not QuizSecret.objects.filter(quiz=self).exists():
            QuizSecret.objects.create(quiz=self)

    def source_quiz(self):
        """The German page: the one that holds the seed, the entries and the draw of all languages."""
        if self.locale_id == source_locale().pk:
            return self
        return QuizPage.objects.get(translation_key=self.translation_key, locale=source_locale())

    @property
    def state(self):
        now = timezone.now()
        if now < self.starts_at:
            return QuizState.UPCOMING
        return QuizState.RUNNING if now < self.ends_at else QuizState.ENDED

    @path("")
    def index_route(self, request):
        return participation.quiz(self, request)

    @path("stand/")
    def kiosk(self, request):
        """The kiosk mode for a conference stand: resets after each entry and after inactivity."""
        return participation.quiz(self, request, kiosk=True)

    @path("bestaetigen/")
    def confirm(self, request):
        """The link of the confirmation e-mail; its code is a query parameter (Wagtail's page paths
        take letters, digits, "_" and "-" only, a signed code has ":")."""
        return participation.confirm(self, request, request.GET.get("code", ""))


class QuizPrize(TranslatableMixin, Orderable):
    """A prize; translatable like the page, so that a translated quiz names its prizes in its language."""

    page = ParentalKey(QuizPage, on_delete=models.CASCADE, related_name="prizes")
    title = models.CharField("Preis", max_length=200, help_text="Zum Beispiel: Zwei Eintrittskarten für …")
    description = models.TextField("Beschreibung", blank=True)
    image = optional_image("Bild")
    winners = models.PositiveSmallIntegerField(
        "Anzahl Gewinner", default=1, validators=[MinValueValidator(1), MaxValueValidator(50)]
    )
    donor = models.CharField("Gestiftet von", max_length=200, blank=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("image"),
        FieldPanel("winners"),
        FieldPanel("donor"),
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("description"),
        TranslatableField("donor"),
        SynchronizedField("image"),
        SynchronizedField("winners"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = "Preis"
        verbose_name_plural = "Preise"
