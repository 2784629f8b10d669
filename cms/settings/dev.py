"""Development: SQLite, console e-mail, every *.localhost host."""

import os

from .base import *  # noqa: F403
from .base import PORTAL_DOMAIN, env_bool, portal_address

DEBUG = True
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-not-secret-veedel-portal")
PORTAL_PORT = int(os.environ.get("PORTAL_PORT", "8000"))
ALLOWED_HOSTS = ["localhost", ".localhost", "127.0.0.1", PORTAL_DOMAIN, f".{PORTAL_DOMAIN}"]
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", portal_address("localhost", PORTAL_PORT))
DEMO_PASSWORD = os.environ.get("DEMO_PASSWORD", "veedel-demo-2026")
# runserver has no proxy in front: it serves the uploaded pictures itself.
SERVE_MEDIA = env_bool("SERVE_MEDIA", default=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
