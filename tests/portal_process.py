"""Real app processes of a small test portal: one builds its database, others serve it.

    python -m tests.portal_process build SOZIALRAUM-LISTE.json [MODUL:FUNKTION]
    python -m tests.portal_process serve [SOZIALRAUM-LISTE.json]

Both take the database from DATABASE_URL (an SQLite file or a PostgreSQL database), with the
portal's own database settings (cms/settings/base.py), and the shared cache from REDIS_URL: Redis
through django-redis as in production, else each process's memory (the test settings' cache).

`build` makes the tables straight from the models (running every migration takes minutes), adds
what the migrations would beside them (tests/migration_data.py; on PostgreSQL the search's text
search configurations) and what `setup_sites` makes of the list (sites, start pages, groups,
approval workflows); then runs MODUL:FUNKTION, if given, in the same transaction and prints what it
returns as one JSON line "FACTS {...}" (the content a test needs: pages, accounts, addresses).
`serve` serves the database with gunicorn as in production (two worker processes, see GUNICORN) on
a free port of 127.0.0.1 and prints "PORT <n>" once it listens; given a list, it builds first (one
process instead of two).

A test starts them with the functions below: `portal_database` (an SQLite file, or on a
PostgreSQL test session a PostgreSQL database of its own), `build` and `serving`.
"""

import importlib
import json
import os
import secrets
import signal
import sqlite3
import subprocess
import sys
import threading
from contextlib import closing, contextmanager
from pathlib import Path
from urllib.parse import urlsplit

BASE_DIR = Path(__file__).resolve().parent.parent
START_SECONDS = 90
# Where a server process writes one line per request it answered (the test counts them).
ACCESS_LOG_VARIABLE = "PORTAL_ACCESS_LOG"
# The search's migrations that create PostgreSQL functions and configurations rather than tables.
SEARCH_MIGRATIONS = [
    "search.migrations.0001_postgres_search",
    "search.migrations.0002_language_configurations",
]


# --- In the process: build and serve ----------------------------------------------------------------


class NoMigrations(dict):
    def __contains__(self, app_label):
        return True

    def __getitem__(self, app_label):
        return None


def set_up_django():
    os.environ["DJANGO_SETTINGS_MODULE"] = "cms.settings.test"
    import cms.settings.base as base_settings
    import cms.settings.test as test_settings

    test_settings.MIGRATION_MODULES = NoMigrations()
    if base_settings.REDIS_URL:
        # The production cache (Redis), which the test settings replace with the process's memory.
        test_settings.CACHES = base_settings.CACHES

    import django

    django.setup()


def add_search_configurations(connection):
    """What the search's migrations add on PostgreSQL: extensions, f_unaccent, configurations per language."""
    with connection.cursor() as cursor:
        for name in SEARCH_MIGRATIONS:
            for statement in importlib.import_module(name).FORWARDS:
                cursor.execute(statement)


def build_portal(sozialraum_list, then=None):
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.db.migrations.recorder import MigrationRecorder

    from home.setup import SiteSetup
    from tests.migration_data import add_migration_data

    if connection.vendor == "sqlite":
        # Building needs no durability: without waiting for the disk it takes seconds, not half a minute.
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA synchronous=OFF")
    else:
        # Before the tables: saving a page writes its search entry with these configurations.
        add_search_configurations(connection)
    call_command("migrate", run_syncdb=True, verbosity=0)
    # Without migrations Django makes no table of them; wagtail-localize reads it (schema versions).
    MigrationRecorder(connection).ensure_schema()
    add_migration_data()
    with transaction.atomic():
        SiteSetup(list_path=Path(sozialraum_list)).run()
        facts = None
        if then:
            module, function = then.split(":")
            facts = getattr(importlib.import_module(module), function)()
    # The requests get connections of their own, set up as the portal's settings say.
    connection.close()
    return facts


# gunicorn as docs/deployment.md runs the portal: two sync worker processes per instance, the
# application loaded once before they are forked.
GUNICORN = {"workers": 2, "preload_app": True, "timeout": 60, "graceful_timeout": 5, "errorlog": "-"}


def announce_port(arbiter):
    """gunicorn's `when_ready`: the port it listens on, for the test; it stops when the test's end closes."""
    print(f"PORT {arbiter.LISTENERS[0].getsockname()[1]}", flush=True)
    threading.Thread(target=stop_with_the_test, daemon=True).start()


def stop_with_the_test():
    """Stop when the test's end of stdin closes: also when the test process itself was killed."""
    sys.stdin.read()
    os.kill(os.getpid(), signal.SIGTERM)


def serve_forever():
    from gunicorn.app.base import BaseApplication

    class Portal(BaseApplication):
        def load_config(self):
            options = {**GUNICORN, "bind": "127.0.0.1:0", "when_ready": announce_port}
            if os.environ.get(ACCESS_LOG_VARIABLE):
                options["accesslog"] = os.environ[ACCESS_LOG_VARIABLE]
            for name, value in options.items():
                self.cfg.set(name, value)

        def load(self):
            from django.core.wsgi import get_wsgi_application

            return get_wsgi_application()

    Portal().run()


def main(command, *args):
    set_up_django()
    if command == "build":
        facts = build_portal(*args)
        print("FACTS " + json.dumps(facts), flush=True)
    elif command == "serve":
        if args:
            build_portal(args[0])
        serve_forever()
    else:
        raise SystemExit(__doc__)


# --- In the test: start the processes ---------------------------------------------------------------


def is_postgresql(database_url):
    return urlsplit(database_url).scheme in ("postgres", "postgresql", "pgsql")


def postgresql_admin(database_url):
    """An autocommit connection to the server's `postgres` database, for CREATE and DROP DATABASE."""
    import dj_database_url
    import psycopg

    config = dj_database_url.parse(database_url)
    return psycopg.connect(
        host=config["HOST"] or None,
        port=config["PORT"] or None,
        user=config["USER"] or None,
        password=config["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    )


@contextmanager
def portal_database(directory):
    """The DATABASE_URL of a new, empty database for the processes of one test; removed at the end.

    An SQLite file in `directory`. When the test session runs on PostgreSQL (DATABASE_URL), a
    database of its own on the same server, named like pytest-django's (test_<name>_…) so that
    .ci/run's clean-up finds it even after a run that was cut short.
    """
    session_url = os.environ.get("DATABASE_URL", "")
    if not is_postgresql(session_url):
        yield f"sqlite:///{Path(directory) / 'portal.sqlite3'}"
        return
    from psycopg import sql

    parts = urlsplit(session_url)
    name = f"test_{parts.path.lstrip('/')[:30]}_processes_{secrets.token_hex(4)}"
    with postgresql_admin(session_url) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield parts._replace(path=f"/{name}").geturl()
    finally:
        with postgresql_admin(session_url) as admin:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def count_rows(database_url, table):
    """How many rows `table` holds (a name from the code, never from input)."""
    query = f"SELECT count(*) FROM {table}"  # noqa: S608 - the table names come from the tests
    if is_postgresql(database_url):
        import psycopg

        with psycopg.connect(database_url) as connection:
            return connection.execute(query).fetchone()[0]
    import dj_database_url

    with closing(sqlite3.connect(dj_database_url.parse(database_url)["NAME"])) as connection:
        return connection.execute(query).fetchone()[0]


def process_env(database_url, env):
    """The test's environment for a process, with its database, and a cache only when `env` names one."""
    inherited = {name: value for name, value in os.environ.items() if name != "REDIS_URL"}
    return {**inherited, "PYTHONWARNINGS": "ignore", **(env or {}), "DATABASE_URL": database_url}


def log_tail(log):
    return Path(log).read_text(errors="replace")[-3000:] if Path(log).exists() else ""


def build(database_url, sozialraum_list, log, then=None, env=None):
    """Build the portal in the database; what `then` ("module:function") returned."""
    import pytest

    command = [sys.executable, "-m", "tests.portal_process", "build", str(sozialraum_list)]
    with open(log, "a") as stderr:
        result = subprocess.run(  # noqa: S603 - our own interpreter and module
            [*command, *([then] if then else [])],
            cwd=BASE_DIR,
            env=process_env(database_url, env),
            stdout=subprocess.PIPE,
            # A file, not a pipe: a process that logs a lot would wait for a pipe nobody reads.
            stderr=stderr,
            text=True,
            timeout=START_SECONDS,
            check=False,
        )
    facts = [line for line in result.stdout.splitlines() if line.startswith("FACTS ")]
    if result.returncode or not facts:
        pytest.fail(f"Die Testdatenbank wurde nicht gebaut:\n{log_tail(log)}")
    return json.loads(facts[-1].removeprefix("FACTS "))


@contextmanager
def serving(database_url, *logs, env=None, build_from=None):
    """Start one server process on the database per log file, all at once; yields their ports.

    The processes are stopped at the end, also when the test fails or one of them does not start.
    """
    command = [sys.executable, "-m", "tests.portal_process", "serve"]
    if build_from:
        command.append(str(build_from))
    servers = []
    try:
        for log in logs:
            with open(log, "a") as stderr:
                servers.append(
                    subprocess.Popen(  # noqa: S603 - our own interpreter and module
                        command,
                        cwd=BASE_DIR,
                        env=process_env(database_url, {**(env or {}), ACCESS_LOG_VARIABLE: access_log(log)}),
                        stdin=subprocess.PIPE,
                        stdout=subprocess.PIPE,
                        # A file, not a pipe: a server that logs a lot would wait for a pipe nobody reads.
                        stderr=stderr,
                        text=True,
                    )
                )
        yield [wait_for_port(server, log) for server, log in zip(servers, logs, strict=True)]
    finally:
        for server in servers:
            stop(server)


def access_log(log):
    """The file in which the server logging to `log` notes every request it answered."""
    return f"{log}.zugriffe"


def answered(log):
    """How many requests the server logging to `log` has answered so far."""
    path = Path(access_log(log))
    return len(path.read_text().splitlines()) if path.exists() else 0


def wait_for_port(server, log):
    import pytest

    timer = threading.Timer(START_SECONDS, server.kill)
    timer.start()
    try:
        for line in server.stdout:
            if line.startswith("PORT "):
                return int(line.split()[1])
    finally:
        timer.cancel()
    pytest.fail(f"Der Testserver ist nicht gestartet:\n{log_tail(log)}")


def terminate(process):
    """Ask a process to stop, and kill it if it has not after ten seconds."""
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def stop(server):
    server.stdin.close()
    terminate(server)
    server.stdout.close()


if __name__ == "__main__":
    main(*sys.argv[1:])
