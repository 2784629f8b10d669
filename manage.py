#!/usr/bin/env python
"""Django's command line. Without DJANGO_SETTINGS_MODULE it takes the production settings, like
cms/wsgi.py: a server never runs with the development settings by accident. `make run`, `make demo`
and `make test` name their settings themselves; by hand: DJANGO_SETTINGS_MODULE=cms.settings.dev."""

import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")
    from django.conf import settings
    from django.core.exceptions import ImproperlyConfigured
    from django.core.management import execute_from_command_line

    try:
        settings.INSTALLED_APPS  # noqa: B018 - loads the settings: a missing secret stops here
    except ImproperlyConfigured as error:
        sys.exit(f"Fehler: {error}")
    execute_from_command_line(sys.argv)
