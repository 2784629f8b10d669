"""A machine translator for tests: no request leaves the machine, and its text is easy to spot.

A real `BaseMachineTranslator` as wagtail-localize's LibreTranslate and DeepL classes are, so
the translation editor's "Maschinell übersetzen" runs the same code path; register it in a test
with `override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=FAKE_TRANSLATOR)`.
"""

from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.strings import StringValue

FAKE_TRANSLATOR = {"CLASS": "tests.fake_translator.FakeTranslator", "OPTIONS": {}}


def machine_text(text, language_code):
    """What the fake translator makes of `text` (HTML of one segment) for `language_code`."""
    return f"[{language_code} maschinell] {text}"


class FakeTranslator(BaseMachineTranslator):
    display_name = "Testübersetzer"

    def translate(self, source_locale, target_locale, strings):
        return {
            string: StringValue(machine_text(string.data, target_locale.language_code)) for string in strings
        }

    def can_translate(self, source_locale, target_locale):
        return source_locale.language_code != target_locale.language_code
