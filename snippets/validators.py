"""Validators shared by the directory's model and the public forms."""

from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy

# Cologne's postcodes are 50667 to 51149.
postcode_validator = RegexValidator(
    r"^5[01]\d{3}$",
    gettext_lazy("Bitte geben Sie eine Kölner Postleitzahl mit fünf Ziffern an, zum Beispiel 51103."),
)
