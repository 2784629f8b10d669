"""PostgreSQL only: trigram similarity (typos), unaccent, and the German text search configuration
`veedel_german` (German stemming on unaccented words) that SEARCH_CONFIG names (cms/settings/base.py).

Nothing happens on SQLite, where Wagtail's FTS5 table folds case and umlauts itself. pg_trgm and
unaccent are "trusted" extensions: the owner of the database may create them (docs/search.md).
"""

from django.db import migrations

from search.postgresql import on_postgresql

FORWARDS = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    # Wagtail's fuzzy search calls f_unaccent(); unaccent() itself is not IMMUTABLE.
    """CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS
        $$ SELECT public.unaccent('public.unaccent', $1) $$""",
    """DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'veedel_german') THEN
            CREATE TEXT SEARCH CONFIGURATION veedel_german (COPY = pg_catalog.german);
            ALTER TEXT SEARCH CONFIGURATION veedel_german
                ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, german_stem;
        END IF;
    END $$""",
]
BACKWARDS = [
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS veedel_german",
    "DROP FUNCTION IF EXISTS f_unaccent(text)",
]



class Migration(migrations.Migration):
    dependencies = [("wagtailsearch", "0010_add_text_fields")]

    operations = [migrations.RunPython(on_postgresql(FORWARDS), on_postgresql(BACKWARDS))]
