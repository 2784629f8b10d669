"""What a visitor typed, made safe for every search backend: words only, a few of them, not too long.

Wagtail's SQLite backend hands terms to FTS5 inside double quotes without escaping them, so a
quote in the query is a syntax error there (wagtail issue 13227); NUL bytes, control characters
and lone surrogates upset the database drivers. The backends get nothing but Unicode word
characters, which every one of them tokenises the same way as the text it indexed.
"""

import re
import unicodedata

from django import forms
from django.utils.translation import gettext_lazy

from veedel.listings import FilterForm, choice_filter

MAX_LENGTH = 200
MAX_TERMS = 8
MAX_TERM_LENGTH = 40
# Letters, digits and the underscore of every script; everything else separates words.
WORD = re.compile(r"[^\W_]+")


def search_terms(text):
    """The words of `text`, lower-cased, at most MAX_TERMS of at most MAX_TERM_LENGTH characters each."""
    text = unicodedata.normalize("NFC", text.encode("utf-8", "replace").decode("utf-8"))
    terms = []
    for word in WORD.findall(text):
        word = word.lower()[:MAX_TERM_LENGTH]
        if word not in terms:
            terms.append(word)
        if len(terms) == MAX_TERMS:
            break
    return terms


class SearchForm(FilterForm):
    """The search field of the header and the result page: `?q=…`, on the landing site `&veedel=…`,
    and `&art=…` for all results of one kind. The caller fills the choices."""

    search = forms.CharField(
        label=gettext_lazy("Suchbegriff"),
        required=False,
        max_length=MAX_LENGTH,
        strip=True,
        error_messages={
            "max_length": gettext_lazy(
                "Bitte geben Sie höchstens %(limit_value)d Zeichen ein; Ihre Suche hatte %(show_value)d."
            ),
            "null_characters_not_allowed": gettext_lazy(
                "Ihre Suche enthält ein Steuerzeichen. Bitte geben Sie nur Wörter ein."
            ),
        },
    )
    kind = choice_filter(gettext_lazy("Was?"), gettext_lazy("Diese Art von Treffern gibt es nicht."))
    sozialraum = choice_filter(gettext_lazy("Veedel"), gettext_lazy("Dieses Veedel gibt es nicht."))

    def __init__(self, data, kinds, sozialraeume=None):
        super().__init__(data)
        self.fields["kind"].choices = [("", gettext_lazy("Alles")), *kinds]
        if sozialraeume is None:
            del self.fields["sozialraum"]
        else:
            self.fields["sozialraum"].choices = [("", gettext_lazy("Alle Veedel")), *sozialraeume]

    @property
    def terms(self):
        """The words to search for; none when the field is empty or was refused."""
        return search_terms(self.value("search") or "")
