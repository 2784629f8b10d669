"""PostgreSQL only: the text search configurations of English, Turkish and Arabic pages
(LANGUAGE_SEARCH_CONFIGS, search/backend.py), each its language's stemmer on unaccented words like
`veedel_german`. Entries written before keep the German configuration until `update_index` runs.
"""

from django.db import migrations

from search.postgresql import on_postgresql

LANGUAGES = {"veedel_english": "english", "veedel_turkish": "turkish", "veedel_arabic": "arabic"}

FORWARDS = [
    f"""DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = '{name}') THEN
            CREATE TEXT SEARCH CONFIGURATION {name} (COPY = pg_catalog.{language});
            ALTER TEXT SEARCH CONFIGURATION {name}
                ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, {language}_stem;
        END IF;
    END $$"""
    for name, language in LANGUAGES.items()
]
BACKWARDS = [f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}" for name in LANGUAGES]



class Migration(migrations.Migration):
    dependencies = [("portal_search", "0001_postgres_search")]

    operations = [migrations.RunPython(on_postgresql(FORWARDS), on_postgresql(BACKWARDS))]
