"""A small test portal on its own SQLite file, served by a threaded WSGI server: a real server process.

    python -m tests.sqlite_portal DATEI.sqlite3 SOZIALRAUM-LISTE.json

Builds the tables straight from the models (running every migration takes minutes on a file),
adds what Wagtail's migrations would (root page and collection, two permissions) and what
`setup_sites` makes of the list (sites, start pages, groups, approval workflows); then serves on a
free port of 127.0.0.1 and prints "PORT <n>" once it listens. The database settings are the
portal's own (cms/settings/base.py); DATABASE_URL names the file.
"""

import os
import sys

os.environ["DJANGO_SETTINGS_MODULE"] = "cms.settings.test"
os.environ["DATABASE_URL"] = f"sqlite:///{sys.argv[1]}"


class NoMigrations(dict):
    def __contains__(self, app_label):
        return True

    def __getitem__(self, app_label):
        return None


def main():
    import cms.settings.test as test_settings

    test_settings.MIGRATION_MODULES = NoMigrations()

    import django

    django.setup()

    from pathlib import Path

    from django.core.management import call_command
    from django.core.servers.basehttp import ThreadedWSGIServer, WSGIRequestHandler
    from django.core.wsgi import get_wsgi_application
    from django.db import connection, transaction

    from home.setup import SiteSetup
    from tests.migration_data import add_migration_data

    # Building needs no durability: without waiting for the disk it takes seconds, not half a minute.
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA synchronous=OFF")
    call_command("migrate", run_syncdb=True, verbosity=0)
    add_migration_data()
    with transaction.atomic():
        SiteSetup(list_path=Path(sys.argv[2])).run()
    # The requests get connections of their own, set up as the portal's settings say.
    connection.close()

    class QuietHandler(WSGIRequestHandler):
        def log_message(self, *args):
            pass

    class Server(ThreadedWSGIServer):
        # Room for every visitor of the test at once; the default queue turns the sixth away.
        request_queue_size = 64

    server = Server(("127.0.0.1", 0), QuietHandler)
    server.set_app(get_wsgi_application())
    print(f"PORT {server.server_address[1]}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
