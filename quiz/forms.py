"""The entry form of a quiz: its questions (all or one per step), the contact and the consents.

Spam protection as on the other public forms (veedel/antispam.py): the honeypot, the signed start
time, one sending per form; the rate limit per client address is the page's.
"""

from django import forms
from django.forms.utils import ErrorDict
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy

from veedel.antispam import HOUR, SpamProtectedForm

from .scoring import field_name, question_field


class QuizForm(SpamProtectedForm):
    salt = "quiz.entry"
    min_seconds = 5
    max_age = 12 * HOUR

    name = forms.CharField(
        label=gettext_lazy("Name oder Spitzname"),
        max_length=80,
        help_text=gettext_lazy("Gewinnen Sie, zeigen wir nur Ihre Initialen, zum Beispiel „A. S.“."),
    )
    email = forms.EmailField(
        label=gettext_lazy("E-Mail-Adresse"),
        max_length=254,
        help_text=gettext_lazy(
            "Sie bekommen eine E-Mail mit einem Link. Erst mit dem Klick darauf zählt Ihre Teilnahme."
        ),
    )
    accept_conditions = forms.BooleanField(label=gettext_lazy("Ich akzeptiere die Teilnahmebedingungen."))
    accept_privacy = forms.BooleanField(label=gettext_lazy("Ich habe den Datenschutzhinweis gelesen."))

    CONTACT_FIELDS = ("name", "email", "accept_conditions", "accept_privacy")
    error_messages = {
        "required": gettext_lazy("Bitte füllen Sie dieses Feld aus."),
    }

    def __init__(self, *args, questions=(), step=None, **kwargs):
        """`step`: None for all on one page, else the position of the question shown (len = contact)."""
        super().__init__(*args, **kwargs)
        self.questions = list(questions)
        self.step = step
        for question in self.questions:
            self.fields[field_name(question)] = question_field(question)
        self.order_fields([field_name(question) for question in self.questions])
        for name in self.CONTACT_FIELDS:
            self.fields[name].error_messages["required"] = self.required_message(name)
        for question in self.questions:
            self.fields[field_name(question)].error_messages["required"] = gettext_lazy(
                "Bitte beantworten Sie diese Frage."
            )
        self.fields["email"].widget.attrs.update({"autocomplete": "email", "inputmode": "email"})
        self.fields["name"].widget.attrs.update({"autocomplete": "nickname"})

    @staticmethod
    def required_message(name):
        if name == "accept_conditions":
            return gettext_lazy(
                "Ohne Ihr Einverständnis mit den Teilnahmebedingungen können Sie nicht teilnehmen."
            )
        if name == "accept_privacy":
            return gettext_lazy("Bitte bestätigen Sie, dass Sie den Datenschutzhinweis gelesen haben.")
        return gettext_lazy("Bitte füllen Sie dieses Feld aus.")

    @property
    def last_step(self):
        return len(self.questions)

    def shown_fields(self):
        """The names of the fields this step asks (all on one page: every one)."""
        if self.step is None:
            return list(self.fields)
        if self.step < self.last_step:
            return [field_name(self.questions[self.step])]
        return list(self.CONTACT_FIELDS)

    def carried_answers(self):
        """The answers of earlier steps, sent along as hidden fields: [(name, value)]."""
        if self.step is None or not self.is_bound:
            return []
        shown = set(self.shown_fields())
        carried = []
        for question in self.questions[: min(self.step, self.last_step)]:
            name = field_name(question)
            if name not in shown:
                carried += [(name, value) for value in self.data.getlist(name)]
        return carried

    def step_is_valid(self):
        """Only this step's fields are checked (the whole form on the last step or without steps)."""
        self.is_valid()
        if self.step is None or self.step >= self.last_step:
            return not self.errors
        return not any(name in self.errors for name in self.shown_fields())

    def clean_name(self):
        """A name as text: no markup, no runs of spaces (it ends up in mails, the admin and initials)."""
        name = " ".join(strip_tags(self.cleaned_data["name"]).split())
        if not name:
            raise forms.ValidationError(self.required_message("name"))
        return name

    def next_step(self):
        """The form of the following step, with the answers so far and no errors shown yet."""
        following = type(self)(self.data, questions=self.questions, step=self.step + 1)
        following._errors = ErrorDict()
        following.cleaned_data = {}
        return following

    def shown(self):
        """The bound fields this step shows, in order."""
        return [self[name] for name in self.shown_fields()]

    def shown_questions(self):
        """The bound question fields this step shows (not the contact, honeypot or start time)."""
        questions = {field_name(question) for question in self.questions}
        return [self[name] for name in self.shown_fields() if name in questions]

    def error_summary(self):
        """The summary of the fields this step shows (later steps' empty fields are no error yet)."""
        shown = {self[name].auto_id for name in self.shown_fields()}
        return [item for item in super().error_summary() if item[0] is None or item[0] in shown]

    def answers(self):
        return {
            field_name(question): self.cleaned_data.get(field_name(question)) for question in self.questions
        }
