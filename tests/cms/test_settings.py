"""Settings as a server sees them: manage.py's default, `check --deploy`, HSTS, and `make run`'s address.

These run Python in a subprocess with a clean environment, because the settings module is chosen and
read once per process.
"""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

BASE_DIR = Path(settings.BASE_DIR)
# The production environment as the README documents it (section "Betrieb").
DOCUMENTED = {
    "DJANGO_SETTINGS_MODULE": "cms.settings.production",
    "SECRET_KEY": "k7Yx2-9QmV_f3ZpL0tR8wN4sJ6hC1bG5dE-aUoKiTyHvXnMzBqWlOjPrSgFcDe",
    "DATABASE_URL": "postgres://veedel:geheim@127.0.0.1:5432/veedel",
    "PORTAL_DOMAIN": "sozialraumkoordination.koeln",
    "PORTAL_PORT": "443",
    "WAGTAILADMIN_BASE_URL": "https://sozialraumkoordination.koeln",
}
# Warnings of `check --deploy` the README explains (section "Sicherheit im Betrieb").
ALLOWED_DEPLOY_WARNINGS = {
    "security.W019",  # X-Frame-Options SAMEORIGIN: Wagtail's preview shows the page in a frame
    "security.W021",  # HSTS preload: the domain's owner decides, it cannot be undone quickly
}
# Only these pass from the test's environment to the subprocess: a server has none of the test run's.
PASSED_ON = ("PATH", "HOME", "LANG", "TMPDIR")


def documented_without(*names):
    return {key: value for key, value in DOCUMENTED.items() if key not in names}


def run(args, env, tmp_path):
    clean = {key: os.environ[key] for key in PASSED_ON if key in os.environ}
    clean.update(MEDIA_ROOT=str(tmp_path / "media"), CACHE_LOCATION=str(tmp_path / "cache"), **env)
    return subprocess.run(args, cwd=BASE_DIR, env=clean, capture_output=True, text=True, timeout=120)  # noqa: S603


SECURITY_SETTINGS = [
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_SSL_REDIRECT",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
]


def production_settings(tmp_path, names=SECURITY_SETTINGS, without=(), **env):
    """Settings `names` of cms.settings.production: the documented environment less `without`, plus `env`."""
    code = (
        "import json; from django.conf import settings; "
        f"print(json.dumps({{name: getattr(settings, name) for name in {names!r}}}))"
    )
    result = run([sys.executable, "-c", code], {**documented_without(*without), **env}, tmp_path)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_check_deploy_with_the_documented_environment_warns_only_about_what_the_readme_explains(tmp_path):
    result = run([sys.executable, "manage.py", "check", "--deploy"], DOCUMENTED, tmp_path)
    assert result.returncode == 0, result.stderr
    reported = set(re.findall(r"\((\w+\.[EW]\d+)\)", result.stdout + result.stderr))
    assert reported <= ALLOWED_DEPLOY_WARNINGS, result.stdout + result.stderr
    assert "security.W004" not in reported  # HSTS is on


def test_hsts_and_https_redirect_are_on_behind_tls(tmp_path):
    values = production_settings(tmp_path)
    assert values["SECURE_HSTS_SECONDS"] == 31_536_000
    assert values["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True
    assert values["SECURE_HSTS_PRELOAD"] is False
    assert values["SECURE_SSL_REDIRECT"] is True
    assert values["SESSION_COOKIE_SECURE"] is True and values["CSRF_COOKIE_SECURE"] is True


def test_hsts_and_https_redirect_stay_off_without_tls(tmp_path):
    values = production_settings(tmp_path, PORTAL_PORT="80", WAGTAILADMIN_BASE_URL="http://portal.example")
    assert values["SECURE_HSTS_SECONDS"] == 0
    assert values["SECURE_SSL_REDIRECT"] is False


def test_hsts_duration_can_be_set_or_switched_off(tmp_path):
    assert production_settings(tmp_path, SECURE_HSTS_SECONDS="3600")["SECURE_HSTS_SECONDS"] == 3600
    assert production_settings(tmp_path, SECURE_HSTS_SECONDS="0")["SECURE_HSTS_SECONDS"] == 0
    assert production_settings(tmp_path, SECURE_HSTS_PRELOAD="true")["SECURE_HSTS_PRELOAD"] is True


@pytest.mark.parametrize(
    ("port", "address"),
    [
        ("443", "https://portal.example"),
        ("80", "http://portal.example"),
        ("8000", "http://portal.example:8000"),
    ],
)
def test_links_to_the_admin_in_mails_keep_the_portals_port(tmp_path, port, address):
    """Without WAGTAILADMIN_BASE_URL, the admin's address follows PORTAL_DOMAIN and PORTAL_PORT."""
    values = production_settings(
        tmp_path,
        names=["WAGTAILADMIN_BASE_URL"],
        without=["WAGTAILADMIN_BASE_URL"],
        PORTAL_DOMAIN="portal.example",
        PORTAL_PORT=port,
    )
    assert values["WAGTAILADMIN_BASE_URL"] == address


def test_manage_py_without_settings_module_uses_production_and_stops_without_secret_key(tmp_path):
    env = documented_without("DJANGO_SETTINGS_MODULE", "SECRET_KEY")
    result = run([sys.executable, "manage.py", "check"], env, tmp_path)
    assert result.returncode != 0
    assert "SECRET_KEY fehlt" in result.stderr
    assert "cms.settings.dev" in result.stderr  # says how to develop instead
    assert "Traceback" not in result.stderr


def test_manage_py_without_settings_module_stops_without_database_url(tmp_path):
    env = documented_without("DJANGO_SETTINGS_MODULE", "DATABASE_URL")
    result = run([sys.executable, "manage.py", "check"], env, tmp_path)
    assert result.returncode != 0
    assert "DATABASE_URL fehlt" in result.stderr
    assert "Traceback" not in result.stderr


def test_manage_py_without_settings_module_runs_with_production_settings(tmp_path):
    code = "from django.conf import settings as s; print(s.SETTINGS_MODULE, s.DEBUG, s.EMAIL_BACKEND)"
    args = [sys.executable, "manage.py", "shell", "--verbosity", "0", "-c", code]
    result = run(args, documented_without("DJANGO_SETTINGS_MODULE"), tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "cms.settings.production",
        "False",
        "django.core.mail.backends.smtp.EmailBackend",
    ]


def make_dry_run(*args):
    result = subprocess.run(  # noqa: S603
        ["make", "--no-print-directory", "-n", *args],  # noqa: S607
        cwd=BASE_DIR,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_make_run_listens_on_this_machine_only_by_default():
    commands = make_dry_run("run")
    assert "runserver 127.0.0.1:8000" in commands
    assert "0.0.0.0" not in commands  # noqa: S104 - asserts it is absent
    assert "http://localhost:8000/" in commands  # printed for the developer


def test_make_run_host_exposes_it_on_the_network():
    assert "runserver 0.0.0.0:8100" in make_dry_run("run", "HOST=0.0.0.0", "PORT=8100")


@pytest.mark.parametrize(
    ("target", "module"),
    [("run", "cms.settings.dev"), ("demo", "cms.settings.dev"), ("test", "cms.settings.test")],
)
def test_make_targets_name_their_settings_module(target, module):
    commands = [line for line in make_dry_run(target).splitlines() if "manage.py" in line or "pytest" in line]
    assert commands
    assert all(f"DJANGO_SETTINGS_MODULE={module}" in line for line in commands), commands


def test_manage_py_in_a_development_checkout_without_server_variables_uses_the_dev_settings(tmp_path):
    """`make venv` installed the test tools and no server variable is set: `manage.py check` just works."""
    code = "from django.conf import settings as s; print(s.SETTINGS_MODULE, s.DEBUG)"
    args = [sys.executable, "manage.py", "shell", "--verbosity", "0", "-c", code]
    result = run(args, {}, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["cms.settings.dev", "True"]


@pytest.mark.parametrize(
    ("environ", "development_tools", "expected"),
    [
        ({}, False, "cms.settings.production"),  # installed from requirements.txt alone: a server
        ({"SECRET_KEY": "x"}, True, "cms.settings.production"),  # a server's environment
        ({"DATABASE_URL": "postgres://db/veedel"}, True, "cms.settings.production"),
        ({}, True, "cms.settings.dev"),  # a developer's checkout
    ],
)
def test_the_default_settings_are_production_wherever_this_could_be_a_server(
    environ, development_tools, expected
):
    from cms.settings import default_settings_module

    assert default_settings_module(environ, development_tools) == expected


def machine_translator_setting(tmp_path, **env):
    code = (
        "import json; from django.conf import settings; "
        "print(json.dumps(settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR))"
    )
    return run([sys.executable, "-c", code], {**DOCUMENTED, **env}, tmp_path)


def test_machine_translation_is_off_unless_configured(tmp_path):
    result = machine_translator_setting(tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) is None


def test_machine_translation_with_libretranslate_or_deepl_uses_wagtail_localizes_classes(tmp_path):
    libre = machine_translator_setting(
        tmp_path,
        MACHINE_TRANSLATOR="libretranslate",
        LIBRETRANSLATE_URL="http://127.0.0.1:5000/",
        LIBRETRANSLATE_API_KEY="schluessel",
    )
    assert libre.returncode == 0, libre.stderr
    assert json.loads(libre.stdout) == {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {"LIBRETRANSLATE_URL": "http://127.0.0.1:5000", "API_KEY": "schluessel"},
    }
    deepl = machine_translator_setting(tmp_path, MACHINE_TRANSLATOR="deepl", DEEPL_AUTH_KEY="abc:fx")
    assert deepl.returncode == 0, deepl.stderr
    assert json.loads(deepl.stdout)["CLASS"] == "wagtail_localize.machine_translators.deepl.DeepLTranslator"


def test_machine_translation_without_its_address_or_key_stops_with_a_german_message(tmp_path):
    for env, message in [
        ({"MACHINE_TRANSLATOR": "libretranslate"}, "braucht LIBRETRANSLATE_URL"),
        ({"MACHINE_TRANSLATOR": "deepl"}, "braucht DEEPL_AUTH_KEY"),
        ({"MACHINE_TRANSLATOR": "google"}, "ist unbekannt"),
    ]:
        result = machine_translator_setting(tmp_path, **env)
        assert result.returncode != 0
        assert message in result.stderr


def test_production_shares_one_cache_and_keeps_renditions_in_each_process(tmp_path):
    """docs/caching.md: a file cache per machine, Redis with REDIS_URL; renditions stay in the process."""
    on_disk = production_settings(tmp_path, names=["CACHES", "PAGE_CACHE_SECONDS"])
    assert on_disk["CACHES"]["default"]["BACKEND"] == "django.core.cache.backends.filebased.FileBasedCache"
    assert on_disk["CACHES"]["default"]["OPTIONS"] == {"MAX_ENTRIES": 50000}
    assert on_disk["CACHES"]["renditions"]["BACKEND"] == "django.core.cache.backends.locmem.LocMemCache"
    assert on_disk["PAGE_CACHE_SECONDS"] == 86400
    shared = production_settings(tmp_path, names=["CACHES"], REDIS_URL="redis://127.0.0.1:6379/3")
    assert shared["CACHES"]["default"] == {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:6379/3",
    }
    assert shared["CACHES"]["renditions"]["BACKEND"] == "django.core.cache.backends.locmem.LocMemCache"


def test_a_caching_proxy_is_purged_on_publish_only_when_configured(tmp_path):
    """docs/deployment.md: FRONTEND_CACHE_URL switches on Wagtail's frontend cache with the HTTP purge."""
    names = ["INSTALLED_APPS", "WAGTAILFRONTENDCACHE"]
    assert (
        "wagtail.contrib.frontend_cache"
        not in production_settings(tmp_path, names=["INSTALLED_APPS"])["INSTALLED_APPS"]
    )
    values = production_settings(tmp_path, names=names, FRONTEND_CACHE_URL="http://127.0.0.1:6081")
    assert "wagtail.contrib.frontend_cache" in values["INSTALLED_APPS"]
    assert values["WAGTAILFRONTENDCACHE"] == {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://127.0.0.1:6081",
        }
    }


def test_each_test_worker_keeps_its_pictures_in_its_own_folder(tmp_path):
    """pytest-xdist workers run side by side: one that removes its picture file (as the test of a lost
    original does) must not find another worker's new picture of the same name there instead (CI run of
    2026-12-04: Wagtail names every test picture original_images/example.jpg while that name is free).
    """
    name = "original_images/example.jpg"
    setup = "import django; django.setup(); from django.core.files.storage import default_storage; "
    save = f"from django.core.files.base import ContentFile as F; default_storage.save({name!r}, F(b'x'))"
    seen = f"print(default_storage.exists({name!r})); default_storage.delete({name!r})"
    results = [
        run(
            [sys.executable, "-c", setup + code],
            {"DJANGO_SETTINGS_MODULE": "cms.settings.test", "PYTEST_XDIST_WORKER": worker},
            tmp_path,
        )
        for worker, code in [("isolation-a", save), ("isolation-b", seen), ("isolation-a", seen)]
    ]
    assert [result.returncode for result in results] == [0, 0, 0], [result.stderr for result in results]
    assert [result.stdout.strip() for result in results] == ["", "False", "True"]


# docs/deployment.md, "Bilder und Dokumente bei einem S3-Anbieter".
S3_DOCUMENTED = {
    "S3_BUCKET": "veedel-medien",
    "S3_ENDPOINT_URL": "https://s3.example.net",
    "S3_REGION": "eu-central-1",
    "S3_ACCESS_KEY_ID": "veedel-portal",
    "S3_SECRET_ACCESS_KEY": "s3-geheimnis-nur-fuer-den-test",
}


def media_settings(tmp_path, **env):
    """Production's STORAGES, documents' serving, img-src and a picture's address (Django set up)."""
    code = (
        "import json, django; django.setup(); from django.conf import settings as s; "
        "from django.core.files.storage import default_storage; print(json.dumps({"
        "'STORAGES': s.STORAGES, 'WAGTAILDOCS_SERVE_METHOD': s.WAGTAILDOCS_SERVE_METHOD, "
        "'img-src': s.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src'], "
        "'admin img-src': s.CONTENT_SECURITY_POLICY_ADMIN['DIRECTIVES']['img-src'], "
        "'picture': default_storage.url('images/fest.max-1200x800.png')}))"
    )
    result = run([sys.executable, "-c", code], {**DOCUMENTED, **env}, tmp_path)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_media_stay_in_the_media_folder_without_a_bucket(tmp_path):
    values = media_settings(tmp_path)
    assert values["STORAGES"] == {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    assert values["picture"] == "/media/images/fest.max-1200x800.png"
    assert values["img-src"] == ["'self'", "data:"]
    assert values["WAGTAILDOCS_SERVE_METHOD"] == "serve_view"


def test_the_documented_s3_environment_puts_media_in_the_bucket_and_keeps_static_files_local(tmp_path):
    values = media_settings(tmp_path, **S3_DOCUMENTED)
    assert values["STORAGES"] == {
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": "veedel-medien",
                "access_key": "veedel-portal",
                "secret_key": "s3-geheimnis-nur-fuer-den-test",
                "region_name": "eu-central-1",
                "endpoint_url": "https://s3.example.net",
                "addressing_style": "path",
                "custom_domain": None,
                "querystring_auth": False,
                "file_overwrite": False,
                "default_acl": None,
                "object_parameters": {"CacheControl": "max-age=604800"},
            },
        },
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    # A plain address on the provider's host, which the pages' policy allows (and nothing else from there).
    assert values["picture"] == "https://s3.example.net/veedel-medien/images/fest.max-1200x800.png"
    assert values["img-src"] == ["'self'", "data:", "https://s3.example.net"]
    assert values["admin img-src"] == ["'self'", "data:", "blob:", "https://s3.example.net"]
    # Documents go through Wagtail's privacy check, never to their address in the bucket.
    assert values["WAGTAILDOCS_SERVE_METHOD"] == "serve_view"

    with_domain = media_settings(
        tmp_path, **S3_DOCUMENTED, S3_CUSTOM_DOMAIN="medien.sozialraumkoordination.koeln"
    )
    assert (
        with_domain["picture"] == "https://medien.sozialraumkoordination.koeln/images/fest.max-1200x800.png"
    )
    assert with_domain["img-src"] == ["'self'", "data:", "https://medien.sozialraumkoordination.koeln"]


def test_a_bucket_without_its_secret_stops_with_a_german_message(tmp_path):
    env = {**documented_without("DJANGO_SETTINGS_MODULE"), **S3_DOCUMENTED, "S3_SECRET_ACCESS_KEY": ""}
    result = run([sys.executable, "manage.py", "check"], env, tmp_path)
    assert result.returncode != 0
    assert "S3_SECRET_ACCESS_KEY fehlt" in result.stderr
    assert "Traceback" not in result.stderr
