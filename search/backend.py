"""The search backend: Wagtail's database search, on PostgreSQL with a text search configuration
per language (WAGTAILSEARCH_BACKENDS in cms/settings/base.py, docs/search.md).

Wagtail's PostgreSQL backend stems every index entry and every query with its one SEARCH_CONFIG,
and several backends would overwrite each other's entries in the one index table (wagtail issue
9253). Here an entry is stemmed with the configuration of its own language (`locale` of the page
or directory entry) and a query with the reader's: English pages with English word forms, Turkish
with Turkish. SQLite has no stemmer: there Wagtail's backend is used as it is.
"""

from collections import defaultdict
from contextvars import ContextVar

from django.conf import settings
from django.db import connection
from django.utils.translation import get_language
from modelsearch.backends.database.postgres.postgres import PostgresIndex, PostgresSearchBackend
from wagtail.search.backends import database

# The language whose configuration an index entry is written with, while it is written.
_indexing = ContextVar("indexing_language", default=None)


def language_of(obj):
    locale = getattr(obj, "locale", None)
    return locale.language_code if locale is not None else None


class LanguageIndex(PostgresIndex):
    def add_items(self, model, objs):
        by_language = defaultdict(list)
        for obj in objs:
            by_language[language_of(obj)].append(obj)
        for language, group in by_language.items():
            token = _indexing.set(language)
            try:
                super().add_items(model, group)
            finally:
                _indexing.reset(token)


class LanguageSearchBackend(PostgresSearchBackend):
    """`config` is the configuration of the entry being written, else of the reader's language."""

    index_class = LanguageIndex

    def __init__(self, params):
        super().__init__(params)
        self.default_config = self.__dict__.pop("config")
        self.language_configs = params.get("LANGUAGE_SEARCH_CONFIGS", {})

    @property
    def config(self):
        language = _indexing.get() or (get_language() or settings.LANGUAGE_CODE).split("-")[0]
        return self.language_configs.get(language, self.default_config)

    @config.setter
    def config(self, value):
        self.__dict__["config"] = value


def SearchBackend(params):  # noqa: N802 (the name Wagtail looks up in a backend module)
    if connection.vendor == "postgresql":
        return LanguageSearchBackend(params)
    return database.SearchBackend(params)
