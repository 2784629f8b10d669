"""Settings modules: base (production-safe), dev, test, production."""

import importlib.util
import os

# A server has these in its environment (README, "Betrieb"); a developer's checkout has neither.
SERVER_VARIABLES = ("SECRET_KEY", "DATABASE_URL")


def default_settings_module(environ=os.environ, development_tools=None):
    """The settings `manage.py` takes when DJANGO_SETTINGS_MODULE is not set.

    Production wherever this could be a server: a production install has requirements.txt only, and a
    server's environment names its secret or database. The development settings only in a checkout
    set up with `make venv` (the test tools are installed) and without a server's variables, so a
    developer's `manage.py check` or `makemigrations` works as in any Django project.
    """
    if development_tools is None:
        development_tools = importlib.util.find_spec("pytest_django") is not None
    if development_tools and not any(environ.get(name) for name in SERVER_VARIABLES):
        return "cms.settings.dev"
    return "cms.settings.production"
