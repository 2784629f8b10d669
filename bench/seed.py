"""The benchmark database, in a process of its own: `python -m bench.seed` (the run calls it).

    python -m bench.seed SCALE FINGERPRINT DATABASE_URL MEDIA_ROOT MANIFEST

A database that already holds the data of this FINGERPRINT (table `bench_seed`) is used as it is:
only its dates move on by whole weeks to today, so a calendar seeded last month still starts
today. Otherwise `bench.schema` makes the tables straight from the models and `bench.dataset`
fills them. MANIFEST receives what
the measuring needs: the addresses of the measured pages, the sizes, how long seeding took.
"""

import datetime
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from bench.config import SCALES

MARKER_TABLE = "bench_seed"


class NoMigrations(dict):
    """MIGRATION_MODULES for `migrate --run-syncdb`: no app has migrations, every table is made."""

    def __contains__(self, app_label):
        return True

    def __getitem__(self, app_label):
        return None


def configure(database_url, media_root):
    os.environ.update(
        DJANGO_SETTINGS_MODULE="bench.settings",
        DATABASE_URL=database_url,
        MEDIA_ROOT=str(media_root),
        SECRET_KEY="bench-seed-only",  # noqa: S106 (seeding serves nothing)
        BENCH_STATIC_ROOT=tempfile.gettempdir(),
        # Seeding needs no shared cache: every save bumps the page cache's version in memory.
        CACHE_BACKEND="django.core.cache.backends.locmem.LocMemCache",
        PORTAL_DOMAIN="localhost",
        PORTAL_PORT="80",
    )
    import bench.settings as bench_settings

    bench_settings.MIGRATION_MODULES = NoMigrations()
    import django

    django.setup()


# -- the marker: which seed the database holds ------------------------------------------------------


def read_marker():
    from django.db import connection

    if MARKER_TABLE not in connection.introspection.table_names():
        return None
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT fingerprint, dates_as_of, manifest FROM {MARKER_TABLE}")  # noqa: S608
        row = cursor.fetchone()
    if row is None:
        return None
    return {"fingerprint": row[0], "dates_as_of": datetime.date.fromisoformat(row[1]), "manifest": row[2]}


def write_marker(fingerprint, dates_as_of, manifest):
    from django.db import connection

    with connection.cursor() as cursor:
        if MARKER_TABLE not in connection.introspection.table_names():
            cursor.execute(
                f"CREATE TABLE {MARKER_TABLE} (fingerprint varchar(64) NOT NULL,"
                " dates_as_of varchar(10) NOT NULL, manifest text NOT NULL)"
            )
        cursor.execute(f"DELETE FROM {MARKER_TABLE}")  # noqa: S608
        cursor.execute(
            f"INSERT INTO {MARKER_TABLE} VALUES (%s, %s, %s)",  # noqa: S608
            [fingerprint, dates_as_of.isoformat(), json.dumps(manifest, ensure_ascii=False)],
        )


def drop_benchmark_tables(marker):
    """Empty a database seeded before with other code; refuse one the benchmark did not seed."""
    from django.db import connection

    tables = connection.introspection.table_names()
    if not tables:
        return
    if marker is None or connection.vendor != "postgresql":
        raise SystemExit(
            "Die Datenbank enthält schon Tabellen, aber keine des Benchmarks (bench_seed): "
            "BENCH_DATABASE_URL muss eine leere Datenbank nennen, die nur der Benchmark benutzt."
        )
    with connection.cursor() as cursor:
        for table in tables:
            cursor.execute(f'DROP TABLE IF EXISTS "{table}" CASCADE')


def main(argv):
    scale_name, fingerprint, database_url, media_root, manifest_path = argv
    scale = SCALES[scale_name]
    configure(database_url, media_root)
    from django.db import connection
    from django.utils import timezone

    from bench.dataset import Seeder
    from bench.schema import build_tables, shift_dates

    today = timezone.localdate()
    marker = read_marker()
    if marker is not None and marker["fingerprint"] == fingerprint:
        manifest = json.loads(marker["manifest"])
        weeks = (today - marker["dates_as_of"]).days // 7
        if weeks > 0:
            print(f"  Termine und Daten um {weeks} Wochen auf heute verschoben", flush=True)
            shift_dates(7 * weeks)
            write_marker(fingerprint, marker["dates_as_of"] + datetime.timedelta(weeks=weeks), manifest)
        manifest["reused"] = True
    else:
        drop_benchmark_tables(marker)
        shutil.rmtree(media_root, ignore_errors=True)
        # Marked before building: a run that fails half-way leaves a database the next run may empty.
        write_marker("", today, {})
        started = time.monotonic()
        seeder = Seeder(scale)
        seeder.step("Tabellen aus den Modellen", build_tables)
        manifest = seeder.run()
        manifest["seed_seconds"]["Zusammen"] = round(time.monotonic() - started, 1)
        manifest["seeded_on"] = today.isoformat()
        write_marker(fingerprint, today, manifest)
        manifest["reused"] = False
    connection.close()
    Path(manifest_path).write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
