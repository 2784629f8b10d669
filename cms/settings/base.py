"""Production-safe base settings.

Everything that differs between machines comes from environment variables;
each one is listed with its default in `.env.example` and the README.
"""

import datetime
import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

# The security headers' values are settings of their own (re-exported: dev, test and production import *).
from .security import (  # noqa: F401
    ADMIN_PATH_PREFIXES,
    CONTENT_SECURITY_POLICY,
    CONTENT_SECURITY_POLICY_ADMIN,
    PERMISSIONS_POLICY,
    SECURE_CONTENT_TYPE_NOSNIFF,
    SECURE_REFERRER_POLICY,
    SECURITY_HEADER_MIDDLEWARE,
    X_FRAME_OPTIONS,
)

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")

# The landing site answers on PORTAL_DOMAIN, every Sozialraum on <slug>.PORTAL_DOMAIN.
PORTAL_DOMAIN = os.environ.get("PORTAL_DOMAIN", "localhost")
# The port the public URLs carry (80 behind a reverse proxy, 8000 in development).
PORTAL_PORT = int(os.environ.get("PORTAL_PORT", "80"))
PORTAL_NAME = "Sozialraumkoordination Köln"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", f"{PORTAL_DOMAIN},.{PORTAL_DOMAIN}")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Project apps, bottom layer first.
    "pagecache",
    "snippets.images",
    "snippets",
    "veedel",
    "mitmachen",
    "quiz",
    "search",
    "home",
    # Wagtail and friends.
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtailmenus",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    # Not "rest_framework": its German texts ("Gib eine gültige URL ein.") would replace Django's
    # in every form; the API answers JSON only and needs none of its templates.
    "wagtail.api.v2",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.forms",  # its form templates, for FORM_RENDERER below
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # ETags on every response and 304 for a browser or proxy that already has the page.
    "django.middleware.http.ConditionalGetMiddleware",
    # Before anything reads the database: sessions, redirects, Wagtail's sites.
    "veedel.middleware.RefuseNulCharactersMiddleware",
    # Anonymous readers get finished pages from the cache, without sessions, database or templates.
    "pagecache.middleware.PageCacheMiddleware",
    # Pages compressed for browsers that take it, below the page cache: a stored page is compressed
    # once, not at every reading (static files come compressed from WhiteNoise).
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Before Wagtail serves a page: old Sozialraum addresses redirect, retired sites show a notice.
    "home.hosts.SozialraumHostMiddleware",
    # Below a moved page (a section with its translated slug): after Wagtail's own redirects.
    "veedel.middleware.RedirectBelowMovedPageMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "veedel.middleware.IncompleteFormMiddleware",
]

ROOT_URLCONF = "cms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Forms render through TEMPLATES, so the project's templates/django/forms/field.html is the one
# field partial of every public form ({{ field.as_field_group }}); Wagtail's admin uses its own.
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

WSGI_APPLICATION = "cms.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # SQLite, the embedded default for a small site, must take simultaneous writes (README):
    # a write transaction takes the lock at its start (IMMEDIATE) instead of failing on the upgrade
    # from reading; a writer waits up to 20 s for another's lock instead of answering "database is
    # locked"; WAL lets readers go on while one writes; NORMAL syncs to disk at checkpoints only,
    # safe with WAL.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        **DATABASES["default"].get("OPTIONS", {}),
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: German is the source; the others are kept in sync from it.
LANGUAGE_CODE = "de"
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [
    ("de", "Deutsch"),
    ("en", "English"),
    ("tr", "Türkçe"),
    ("ar", "العربية"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAILADMIN_PERMITTED_LANGUAGES = [("de", "Deutsch"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Our date formats where Django's do not fit (cms/formats/__init__.py).
FORMAT_MODULE_PATH = ["cms.formats"]

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# The portal serves the uploaded pictures itself only without a proxy in front (a small installation,
# a rehearsal); nginx serves them faster (docs/deployment.md). Documents always go through Wagtail.
SERVE_MEDIA = env_bool("SERVE_MEDIA")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# The shared cache (docs/caching.md): REDIS_URL (redis://host:6379/0) lets every app process on every
# machine share it; without it, the process's memory (production.py: a file cache per machine).
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": REDIS_URL}}
else:
    CACHES = {
        "default": {
            "BACKEND": os.environ.get("CACHE_BACKEND", "django.core.cache.backends.locmem.LocMemCache"),
            "LOCATION": os.environ.get("CACHE_LOCATION", "veedel-portal"),
        }
    }
# Wagtail's rendition lookups, in each process's memory: no file or network write per lookup; ten
# minutes bound how long a process may name a rendition another one has just removed.
CACHES["renditions"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "renditions",
    "TIMEOUT": 600,
    "OPTIONS": {"MAX_ENTRIES": 10000},
}
# The page cache (pagecache/): how long a stored page may live at most (it goes earlier at the next
# edit, the next change in time, midnight); 0 switches it off. Paths below these are never stored.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "86400"))
PAGE_CACHE_EXCLUDED_PATHS = ("/admin/",)
# A caching proxy in front (Varnish, nginx with a purge module) at FRONTEND_CACHE_URL: Wagtail sends
# it a PURGE for a page's addresses when the page is published or unpublished (docs/deployment.md).
if FRONTEND_CACHE_URL := os.environ.get("FRONTEND_CACHE_URL", ""):
    INSTALLED_APPS += ["wagtail.contrib.frontend_cache"]
    WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_URL,
        }
    }

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", f"portal@{PORTAL_DOMAIN}")

# Mitmachen (docs/mitmachen.md): invitations, public suggestions and their spam protection.
MITMACHEN_INVITATION_DAYS = int(os.environ.get("MITMACHEN_INVITATION_DAYS", "7"))
MITMACHEN_RETENTION_DAYS = int(os.environ.get("MITMACHEN_RETENTION_DAYS", "180"))
MITMACHEN_MIN_SECONDS = int(os.environ.get("MITMACHEN_MIN_SECONDS", "5"))
MITMACHEN_LIMIT_PER_HOUR = int(os.environ.get("MITMACHEN_LIMIT_PER_HOUR", "5"))
# Gewinnspiel (docs/quiz.md): how long the confirmation link of an entry holds.
QUIZ_CONFIRMATION_HOURS = int(os.environ.get("QUIZ_CONFIRMATION_HOURS", "72"))

# --- Client address, rate limits and the admin login's lockout (helper "forms") ----------------------
# The client's address (snippets/client_ip.py): REMOTE_ADDR, or behind TRUSTED_PROXY_COUNT reverse
# proxies the entry that many places from the right of X-Forwarded-For. 0 (default): no proxy is
# trusted and the header is ignored, since anyone can send it.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
# Rate limits of the public forms (django-ratelimit) count per that address.
RATELIMIT_IP_META_KEY = "snippets.client_ip.client_ip"
# The admin login (django-axes): after LOGIN_FAILURE_LIMIT wrong passwords for one user name from one
# address, that pair is locked out for LOGIN_LOCKOUT_MINUTES (German page, status 429); other user names
# and other addresses are not affected. Unlock at once: `manage.py axes_reset_username <name>`.
INSTALLED_APPS += ["axes"]
MIDDLEWARE += ["axes.middleware.AxesMiddleware"]  # last, as django-axes asks
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # first: refuses a locked-out pair before any password check
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=int(os.environ.get("LOGIN_LOCKOUT_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "snippets.client_ip.client_ip"
AXES_LOCKOUT_CALLABLE = "snippets.login_lockout.lockout_response"
# --- end of the block "forms" -------------------------------------------------------------------------

# Wagtail
WAGTAIL_SITE_NAME = PORTAL_NAME
# Moderation mails (submitted, approved, sent back with the comment) go out in German.
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False


def portal_address(domain, port):
    """The address of a host of the portal: https on 443, the port named unless it is 80 or 443."""
    scheme = "https" if port == 443 else "http"
    return f"{scheme}://{domain}" if port in (80, 443) else f"{scheme}://{domain}:{port}"


# Links to the admin in notification mails.
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", portal_address(PORTAL_DOMAIN, PORTAL_PORT))
WAGTAILIMAGES_IMAGE_MODEL = "images.CustomImage"
# mp4/webm: the video in Deutscher Gebärdensprache, played in the page (docs/accessibility.md).
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "xlsx", "ods", "pptx", "txt", "mp4", "webm"]
# Upload limits (docs/uploads.md), in megabytes: one picture (admin and public suggestions alike)
# and one document. The reverse proxy's client_max_body_size must allow the larger one plus 1 MB.
IMAGE_MAX_UPLOAD_MB = int(os.environ.get("IMAGE_MAX_UPLOAD_MB", "10"))
DOCUMENT_MAX_UPLOAD_MB = int(os.environ.get("DOCUMENT_MAX_UPLOAD_MB", "20"))
WAGTAILIMAGES_MAX_UPLOAD_SIZE = IMAGE_MAX_UPLOAD_MB * 1024 * 1024
WAGTAILDOCS_MAX_UPLOAD_SIZE = DOCUMENT_MAX_UPLOAD_MB * 1024 * 1024
# DATA_UPLOAD_MAX_MEMORY_SIZE (Django's 2.5 MB) counts the form fields of a request, not its files,
# so it stays as it is; files above FILE_UPLOAD_MAX_MEMORY_SIZE (2.5 MB) go to a temporary file.
# The read-only API (home/api.py, docs/api.md): at most 50 items per answer.
WAGTAILAPI_LIMIT_MAX = 50
# The site search (docs/search.md): on PostgreSQL German stems of unaccented words (search/migrations)
# and trigram typos, stricter than Wagtail's 0.3 ("Geheimtreffen" ~ "Treffen"); SQLite ignores both.
WAGTAILSEARCH_BACKENDS = {
    "default": {
        # Wagtail's database search; on PostgreSQL with a configuration per language (search/backend.py).
        "BACKEND": "search.backend",
        "SEARCH_CONFIG": "veedel_german",
        "LANGUAGE_SEARCH_CONFIGS": {"en": "veedel_english", "tr": "veedel_turkish", "ar": "veedel_arabic"},
        "FUZZY_SIMILARITY_THRESHOLD": 0.5,
    }
}
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
# No avatars from gravatar.com: it would send a hash of every editor's e-mail address to a third party.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# No third-party oEmbed lookups at run time (privacy): embeds stay off.
WAGTAILEMBEDS_FINDERS = []

# Machine translation pre-fills wagtail-localize's translation editor (docs/languages.md). Off by
# default: when on, the German text of every page translated with it goes to that service.
# "libretranslate" (self-hosted, LIBRETRANSLATE_URL) or "deepl" (DEEPL_AUTH_KEY, servers of DeepL SE).
MACHINE_TRANSLATOR = os.environ.get("MACHINE_TRANSLATOR", "").strip().lower()


def _machine_translator():
    if MACHINE_TRANSLATOR in ("", "aus", "none", "off"):
        return None
    if MACHINE_TRANSLATOR == "libretranslate":
        url = os.environ.get("LIBRETRANSLATE_URL", "").strip().rstrip("/")
        if not url:
            raise ImproperlyConfigured("MACHINE_TRANSLATOR=libretranslate braucht LIBRETRANSLATE_URL.")
        return {
            "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
            "OPTIONS": {"LIBRETRANSLATE_URL": url, "API_KEY": os.environ.get("LIBRETRANSLATE_API_KEY", "")},
        }
    if MACHINE_TRANSLATOR == "deepl":
        key = os.environ.get("DEEPL_AUTH_KEY", "").strip()
        if not key:
            raise ImproperlyConfigured("MACHINE_TRANSLATOR=deepl braucht DEEPL_AUTH_KEY.")
        return {
            "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
            "OPTIONS": {"AUTH_KEY": key},
        }
    raise ImproperlyConfigured(
        f"MACHINE_TRANSLATOR={MACHINE_TRANSLATOR!r} ist unbekannt: leer lassen, libretranslate oder deepl."
    )


WAGTAILLOCALIZE_MACHINE_TRANSLATOR = _machine_translator()

# How far ahead the portal lists the dates of a series without end (an event page's "next dates",
# its JSON-LD); each calendar view asks for its own window anyway. Feeds keep such a rule open.
CALENDAR_HORIZON_DAYS = 365

# Rich-text feature lists, named once and reused by every field and block.
RICHTEXT_FEATURES_BASIC = ["bold", "italic", "link", "document-link"]
RICHTEXT_FEATURES_FULL = [
    "h2",
    "h3",
    "bold",
    "italic",
    "ol",
    "ul",
    "link",
    "document-link",
]

# wagtailmenus: our admin classes add the per-site permission check.
WAGTAILMENUS_MAIN_MENUS_ADMIN_CLASS = "veedel.menus.SiteScopedMainMenuAdmin"
WAGTAILMENUS_FLAT_MENUS_ADMIN_CLASS = "veedel.menus.SiteScopedFlatMenuAdmin"
WAGTAILMENUS_FLAT_MENUS_HANDLE_CHOICES = (("footer", "Fußzeile"),)
WAGTAILMENUS_ACTIVE_CLASS = "is-active"

# Demo and setup data
SOZIALRAUM_LIST = Path(os.environ.get("SOZIALRAUM_LIST", BASE_DIR / "fixtures" / "sozialraeume.json"))
VOCABULARY_LIST = BASE_DIR / "fixtures" / "themen.json"
# The portal-wide closure days setup_sites seeds (Weiberfastnacht, Rosenmontag, ...): docs/directory.md.
CLOSURE_DAY_LIST = BASE_DIR / "fixtures" / "schliesstage.json"
DEMO_PASSWORD = os.environ.get("DEMO_PASSWORD", "")

SESSION_COOKIE_HTTPONLY = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# wagtailmenus' own menu models define settings_panels, which Wagtail flags for
# every snippet; a known false positive (see STYLE.md, "Known traps").
SILENCED_SYSTEM_CHECKS = ["wagtailadmin.W002"]

# --- Security headers (docs/security.md): the values in cms/settings/security.py ---------------------
INSTALLED_APPS += ["csp"]
_after_security = MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1
MIDDLEWARE[_after_security:_after_security] = SECURITY_HEADER_MIDDLEWARE
