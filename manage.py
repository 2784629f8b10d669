#!/usr/bin/env python
"""Django's command line. Without DJANGO_SETTINGS_MODULE it takes the production settings, like
cms/wsgi.py, wherever this could be a server (see cms/settings/__init__.py): a server never runs
with the development settings by accident. Only a checkout set up with `make venv` and without a
server's SECRET_KEY or DATABASE_URL gets the development settings. `make run`, `make demo` and
`make test` name their settings themselves."""

import os
import sys

if __name__ == "__main__":
    from cms.settings import default_settings_module

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", default_settings_module())
    from django.conf import settings
    from django.core.exceptions import ImproperlyConfigured
    from django.core.management import execute_from_command_line

    try:
        settings.INSTALLED_APPS  # noqa: B018 - loads the settings: a missing secret stops here
    except ImproperlyConfigured as error:
        sys.exit(f"Fehler: {error}")
    execute_from_command_line(sys.argv)
