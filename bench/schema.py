"""The database around the content: tables without migrations, and dates that move on.

`build_tables` makes the tables straight from the models, as tests/sqlite_portal.py does (running
every migration takes minutes), and adds what only migrations would: the root page and collection
(tests/migration_data.py), the table of applied migrations, SQLite's full-text table and
PostgreSQL's text search configurations. `shift_dates` moves a database seeded on an earlier day
to today.
"""

import datetime
import importlib

from django.core.management import call_command
from django.db import connection, migrations
from django.db.migrations.recorder import MigrationRecorder

from snippets.models import Organisation
from tests.migration_data import add_migration_data
from veedel.models import EventOccurrenceChange, EventPage, NewsPage
from veedel.models.events import OPEN_END


def build_tables():
    if connection.vendor == "sqlite":
        # Building needs no durability: without waiting for the disk it is many times faster (the
        # setting holds for this process's connection, the one the seeding goes on with).
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA synchronous=OFF")
    call_command("migrate", run_syncdb=True, verbosity=0)
    # wagtail-localize reads the applied migrations (an empty list will do); on PostgreSQL a
    # missing table would be an error that ends the transaction.
    MigrationRecorder(connection).ensure_schema()
    search_tables()
    add_migration_data()


def search_tables():
    """What syncdb cannot make of the search: SQLite's FTS5 table, PostgreSQL's configurations.

    The statements come from the migrations themselves (wagtail.search's, search/migrations/).
    """
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            module = importlib.import_module("wagtail.search.migrations.0006_customise_indexentry")
            # syncdb made an ordinary table of the FTS model; the migration makes a virtual one.
            cursor.execute("DROP TABLE IF EXISTS wagtailsearch_indexentry_fts")
            for operation in module.Migration.operations:
                for inner in getattr(operation, "database_operations", ()):
                    if isinstance(inner, migrations.RunSQL):
                        cursor.execute(inner.sql)
        elif connection.vendor == "postgresql":
            for name in ("0001_postgres_search", "0002_language_configurations"):
                for statement in importlib.import_module(f"search.migrations.{name}").FORWARDS:
                    cursor.execute(statement)


def shift_dates(days):
    """Move every date of the content by `days` (whole weeks: weekdays and series stay as they are).

    Series end by a count or not at all (never on a date), so their rules need no change.
    """
    delta = datetime.timedelta(days=days)
    for model, fields in (
        (EventPage, ("start", "end", "series_end")),
        (EventOccurrenceChange, ("original_date", "new_start", "new_end")),
        (NewsPage, ("date",)),
        (Organisation, ("last_verified", "closed_until")),
    ):
        rows = list(model.objects.only("pk", *fields))
        for row in rows:
            for field in fields:
                value = getattr(row, field)
                if value is not None and value != OPEN_END:
                    setattr(row, field, value + delta)
        model.objects.bulk_update(rows, fields, batch_size=500)
