"""Entries, the secret seed and the draw record of a quiz.

Everything here belongs to the German quiz page (`QuizPage.source_quiz()`): one quiz in four
languages has one seed, one list of entries and one draw. Personal data (name, e-mail) lives in
`QuizEntry` only; the draw record keeps entry numbers and initials, which the purge empties too
(quiz/retention.py).
"""

from django.conf import settings
from django.db import models

from .. import draw


class QuizSecret(models.Model):
    """The seed of the draw, made when the quiz is saved; only its commitment is public before the draw."""

    quiz = models.OneToOneField("quiz.QuizPage", on_delete=models.CASCADE, related_name="secret")
    seed = models.CharField(max_length=64, default=draw.new_seed)
    commitment = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "Geheimer Startwert"
        verbose_name_plural = "Geheime Startwerte"

    def __str__(self):
        return f"Fingerabdruck {self.commitment[:12]}…"

    def save(self, *args, **kwargs):
        self.commitment = draw.commitment(self.seed)
        super().save(*args, **kwargs)


class QuizEntry(models.Model):
    """One entry: the answers and the contact; it counts once confirmed by the link in the e-mail."""

    quiz = models.ForeignKey("quiz.QuizPage", on_delete=models.CASCADE, related_name="entries")
    language = models.CharField("Sprache", max_length=8)
    name = models.CharField("Name oder Spitzname", max_length=80)
    email = models.EmailField("E-Mail")
    email_key = models.CharField(max_length=254, editable=False)
    answers = models.JSONField("Antworten", default=dict)
    correct = models.PositiveSmallIntegerField("Richtige Antworten", default=0)
    questions = models.PositiveSmallIntegerField("Fragen", default=0)
    kiosk = models.BooleanField("Am Stand (Kiosk)", default=False)
    created_at = models.DateTimeField("Eingegangen", auto_now_add=True)
    confirmed_at = models.DateTimeField("Bestätigt", null=True, blank=True)

    class Meta:
        verbose_name = "Teilnahme"
        verbose_name_plural = "Teilnahmen"
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(fields=["quiz", "email_key"], name="quiz_one_entry_per_email"),
        ]

    def __str__(self):
        return f"Teilnahme Nr. {self.pk}"

    def save(self, *args, **kwargs):
        self.email_key = email_key(self.email)
        super().save(*args, **kwargs)

    @property
    def initials(self):
        return initials(self.name)


def email_key(email):
    """The address as it counts for "one entry per address": without case and outer spaces."""
    return str(email).strip().casefold()


def initials(name):
    """What the public list of winners shows of a name: "Anna Maria Schmidt" -> "A. M. S."."""
    return " ".join(f"{word[0].upper()}." for word in str(name).split() if word[:1].isalnum()) or "–"


class QuizDraw(models.Model):
    """The audit record of the draw: when, by whom, from how many, with which seed and public value."""

    quiz = models.OneToOneField("quiz.QuizPage", on_delete=models.CASCADE, related_name="draw")
    drawn_at = models.DateTimeField("Ausgelost am", auto_now_add=True)
    drawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="Ausgelost von", null=True, on_delete=models.SET_NULL
    )
    drawn_by_name = models.CharField("Ausgelost von (Name)", max_length=150)
    seed = models.CharField("Startwert", max_length=64)
    public_value = models.CharField("Öffentlicher Wert", max_length=64)
    eligible_numbers = models.JSONField("Teilnahmen in der Verlosung", default=list)
    entries_total = models.PositiveIntegerField("Teilnahmen insgesamt", default=0)
    entries_confirmed = models.PositiveIntegerField("Bestätigte Teilnahmen", default=0)
    personal_data_deleted_at = models.DateTimeField(
        "Personenbezogene Daten gelöscht am", null=True, blank=True
    )

    class Meta:
        verbose_name = "Auslosung"
        verbose_name_plural = "Auslosungen"

    def __str__(self):
        return f"Auslosung vom {self.drawn_at:%d.%m.%Y}"

    @property
    def eligible_count(self):
        return len(self.eligible_numbers)


class QuizWinner(models.Model):
    """One draw: a winner of a prize, in the order drawn; a redraw replaces a winner who did not answer."""

    record = models.ForeignKey(QuizDraw, on_delete=models.CASCADE, related_name="winners")
    draw_number = models.PositiveSmallIntegerField("Ziehung")
    prize = models.ForeignKey("quiz.QuizPrize", null=True, on_delete=models.SET_NULL, related_name="+")
    prize_title = models.CharField("Preis", max_length=200)
    entry = models.ForeignKey(QuizEntry, null=True, on_delete=models.SET_NULL, related_name="+")
    entry_number = models.PositiveIntegerField("Teilnahme Nr.")
    initials = models.CharField("Initialen", max_length=40, blank=True)
    notified_at = models.DateTimeField("Benachrichtigt am", null=True, blank=True)
    replaced_at = models.DateTimeField("Ersetzt am", null=True, blank=True)
    replaced_by_name = models.CharField("Ersetzt von", max_length=150, blank=True)
    replacement_reason = models.TextField("Grund der Nachziehung", blank=True)

    class Meta:
        verbose_name = "Gewinn"
        verbose_name_plural = "Gewinne"
        ordering = ["draw_number"]
        constraints = [
            models.UniqueConstraint(fields=["record", "draw_number"], name="quiz_one_winner_per_draw"),
            models.UniqueConstraint(fields=["record", "entry_number"], name="quiz_nobody_wins_twice"),
        ]

    def __str__(self):
        return f"{self.prize_title}: Teilnahme Nr. {self.entry_number}"
