"""Production: fails fast when a secret or the database is missing; HTTPS hardening behind TLS.

manage.py, cms/wsgi.py and cms/asgi.py use these settings unless DJANGO_SETTINGS_MODULE names others,
so a server never runs with the development settings by accident (`make` names its own).
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_ADMIN, PORTAL_PORT, STORAGES, env_bool
from .storage import allowing_images_from, media_origin, s3_storage

HOW_TO_DEVELOP = (
    " (manage.py nimmt ohne DJANGO_SETTINGS_MODULE die Betriebseinstellungen cms.settings.production;"
    " zum Entwickeln: `make run` oder DJANGO_SETTINGS_MODULE=cms.settings.dev)"
)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured(
        "SECRET_KEY fehlt: setzen Sie die Umgebungsvariable SECRET_KEY." + HOW_TO_DEVELOP
    )
# An SQLite file in the project folder is a development database: the server names its database.
if not os.environ.get("DATABASE_URL"):
    raise ImproperlyConfigured(
        "DATABASE_URL fehlt: setzen Sie die Umgebungsvariable DATABASE_URL,"
        " z. B. postgres://veedel:…@127.0.0.1:5432/veedel." + HOW_TO_DEVELOP
    )

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

# PORTAL_PORT=443 says the portal is served over TLS (every site links with https://): then
# plain http is redirected and browsers are told to use https only (HSTS), for every subdomain,
# as the one wildcard certificate covers them all. SECURE_HSTS_SECONDS=0 switches HSTS off.
HTTPS = PORTAL_PORT == 443
SECURE_SSL_REDIRECT = HTTPS
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000" if HTTPS else "0"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
# Only for a domain that has been submitted to the browsers' preload list: hard to undo.
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD")

# Several gunicorn workers must share one cache, or a saved menu or a published page would show
# in one worker only: with REDIS_URL that is Redis (every machine), else a file cache all workers on
# this machine share.
if not REDIS_URL:  # noqa: F405
    CACHES["default"] = {  # noqa: F405
        "BACKEND": os.environ.get("CACHE_BACKEND", "django.core.cache.backends.filebased.FileBasedCache"),
        "LOCATION": os.environ.get("CACHE_LOCATION", str(BASE_DIR / "cache")),  # noqa: F405
        # Room for every stored page of every site and language (Django's default keeps 300).
        "OPTIONS": {"MAX_ENTRIES": 50000},
    }

# Uploaded pictures and documents in an S3-compatible bucket when S3_BUCKET names one, else in MEDIA_ROOT
# (cms/settings/storage.py, docs/deployment.md). Browsers load the pictures from the bucket's host.
if media_storage := s3_storage(os.environ):
    STORAGES = {**STORAGES, "default": media_storage}
    media_host = media_origin(media_storage)
    CONTENT_SECURITY_POLICY = allowing_images_from(CONTENT_SECURITY_POLICY, media_host)
    CONTENT_SECURITY_POLICY_ADMIN = allowing_images_from(CONTENT_SECURITY_POLICY_ADMIN, media_host)
# Documents always go through Wagtail's view, which checks their collection's privacy: never a redirect to
# the file's address in the storage (Wagtail's choice for a storage without local files).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
