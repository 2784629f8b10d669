"""A second try when a search finds nothing: words that are close to what was typed.

PostgreSQL compares trigrams (pg_trgm, `Fuzzy` of Wagtail's search) on unaccented text, so
"Hausaufgabenhlife" finds "Hausaufgabenhilfe". SQLite has no such function: there each word that
the index does not know is replaced by the closest word it does (Python's difflib on the FTS5
vocabulary, which holds every indexed word folded to lower case without diacritics), and the
search runs again with the corrected words.
"""

import difflib
import unicodedata

from django.db import DatabaseError, connection
from modelsearch.query import Fuzzy

# How close a known word must be (difflib's ratio) to replace a typed one.
CUTOFF = 0.8


def similar_query(terms):
    """What to search for instead of `terms`: a Fuzzy query, corrected words, or None."""
    if connection.vendor == "postgresql":
        return Fuzzy(" ".join(terms), unaccent=True)
    if connection.vendor != "sqlite":
        return None
    vocabulary = sqlite_vocabulary()
    if not vocabulary:
        return None
    corrected = [closest(fold(term), vocabulary) for term in terms]
    return " ".join(corrected) if corrected != [fold(term) for term in terms] else None


def fold(word):
    """Lower case without diacritics, as SQLite's FTS5 tokenizer (unicode61) stores words."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def closest(term, vocabulary):
    if term in vocabulary:
        return term
    candidates = [word for word in vocabulary if abs(len(word) - len(term)) <= 2]
    matches = difflib.get_close_matches(term, candidates, n=1, cutoff=CUTOFF)
    return matches[0] if matches else term


def sqlite_vocabulary():
    """Every word in Wagtail's FTS5 index (a temporary fts5vocab table of this connection)."""
    from modelsearch.backends.database.sqlite.query import SQLiteFTSIndexEntry

    table = SQLiteFTSIndexEntry._meta.db_table
    try:
        with connection.cursor() as cursor:
            cursor.execute(
                "CREATE VIRTUAL TABLE IF NOT EXISTS temp.portal_search_vocabulary "
                f"USING fts5vocab(main, '{table}', 'row')"
            )
            cursor.execute("SELECT term FROM temp.portal_search_vocabulary")
            return {row[0] for row in cursor.fetchall()}
    except DatabaseError:  # no FTS5 table: Wagtail searches with its fallback backend
        return set()
