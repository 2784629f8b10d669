"""The public suggestion forms: "Veranstaltung vorschlagen" and "Einrichtung eintragen"."""

from .base import SuggestionForm
from .events import EventSuggestionForm
from .fields import TextField, plain_text
from .organisations import OrganisationSuggestionForm

__all__ = ["EventSuggestionForm", "OrganisationSuggestionForm", "SuggestionForm", "TextField", "plain_text"]
