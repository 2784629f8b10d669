"""WCAG 2.1 contrast ratio, used to keep text on a theme colour readable."""

import re

from django.core.exceptions import ValidationError

HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
WCAG_AA_NORMAL_TEXT = 4.5
TEXT_ON_THEME = "#ffffff"


def relative_luminance(hex_colour):
    def channel(value):
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast_ratio(colour_a, colour_b):
    lighter, darker = sorted((relative_luminance(colour_a), relative_luminance(colour_b)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def validate_theme_colour(value):
    """A theme colour carries white text and is itself used for links on white."""
    if not HEX_COLOUR.match(value or ""):
        raise ValidationError("Bitte geben Sie die Farbe als Hex-Wert an, zum Beispiel #1f5f8b.")
    ratio = contrast_ratio(value, TEXT_ON_THEME)
    if ratio < WCAG_AA_NORMAL_TEXT:
        raise ValidationError(
            "Diese Farbe ist zu hell: Weiße Schrift darauf ist schwer zu lesen "
            f"(Kontrast {ratio:.1f}:1, nötig sind mindestens 4,5:1). Bitte wählen Sie einen dunkleren Ton."
        )
