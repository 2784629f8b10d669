"""Shared fixtures: the whole demo (twelve sites, four languages) is built once per test session.

Each test runs inside a transaction that is rolled back, so tests may change
anything; the cache is cleared around every test because it outlives the
rollback.
"""

import pytest
from django.core.cache import cache
from django.core.management import call_command

from snippets.models import Sozialraum

LANGUAGE_PREFIXES = ["", "/en", "/tr", "/ar"]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def sozialraeume(db):
    return list(
        Sozialraum.objects.select_related("site", "actors_group", "coordinators_group").order_by("slug")
    )


@pytest.fixture
def kalk(db):
    return Sozialraum.objects.select_related("site").get(slug="kalk")


def host_of(sozialraum):
    return sozialraum.site.hostname
