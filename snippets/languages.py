"""Languages: the one the portal is written in, and the languages offers and events are held in.

Editors write German first (the source language); wagtail-localize translates from it. The spoken
languages list serves the event and entry forms (German names), the public filters (each language
named in its own, readable for whoever speaks it) and the directory import (which takes either).
"""

from django.conf import settings

# German: every page and entry is written in it first; the other locales are translations of it.
SOURCE_LANGUAGE = settings.LANGUAGE_CODE

# Code, German name, autonym.
SPOKEN_LANGUAGES = [
    ("de", "Deutsch", "Deutsch"),
    ("en", "Englisch", "English"),
    ("tr", "Türkisch", "Türkçe"),
    ("ar", "Arabisch", "العربية"),
    ("ru", "Russisch", "Русский"),
    ("uk", "Ukrainisch", "Українська"),
    ("pl", "Polnisch", "Polski"),
    ("fa", "Persisch", "فارسی"),
    ("ku", "Kurdisch", "Kurdî"),
    ("fr", "Französisch", "Français"),
    ("es", "Spanisch", "Español"),
    ("it", "Italienisch", "Italiano"),
    ("ro", "Rumänisch", "Română"),
    ("bg", "Bulgarisch", "Български"),
]
# For editors: choices with German names.
LANGUAGE_CHOICES = [(code, german) for code, german, _autonym in SPOKEN_LANGUAGES]
# For residents: choices with each language's own name.
LANGUAGE_AUTONYMS = [(code, autonym) for code, _german, autonym in SPOKEN_LANGUAGES]
AUTONYMS = dict(LANGUAGE_AUTONYMS)


class SpokenLanguagesMixin:
    """For a model whose `languages` field holds the codes of the languages spoken, comma-separated."""

    @property
    def language_codes(self):
        return [code for code in self.languages.split(",") if code]

    @property
    def language_names(self):
        return [AUTONYMS.get(code, code) for code in self.language_codes]
