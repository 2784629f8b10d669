"""Tests: fast hashing, plain static files, local-memory cache, temp media."""

import hashlib
import os
import tempfile
from pathlib import Path

from .base import *  # noqa: F403

SECRET_KEY = "test-only-not-secret"  # noqa: S105
DEBUG = False
PORTAL_DOMAIN = "localhost"
PORTAL_PORT = 80
ALLOWED_HOSTS = ["localhost", ".localhost", "testserver"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# One folder for every run of this checkout: a test database kept with --reuse-db still finds its
# pictures, and a test session in another checkout (a second worktree) cannot empty it midway. Each
# pytest-xdist worker has its own subfolder, as it has its own database: a test that removes a
# picture file must not find another worker's new picture of the same name there in its place.
MEDIA_ROOT = (
    Path(tempfile.gettempdir())
    / f"veedel-test-media-{hashlib.sha256(bytes(BASE_DIR)).hexdigest()[:8]}"
    / os.environ.get("PYTEST_XDIST_WORKER", "main")
)
DEMO_PASSWORD = "test-demo-passwort"  # noqa: S105
WAGTAILADMIN_BASE_URL = "http://localhost"
# A test database is thrown away: PostgreSQL need not wait for the disk at each commit (creating
# the tables and the tests that commit, such as the browser tests, run markedly faster).
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":  # noqa: F405
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c synchronous_commit=off"  # noqa: F405
