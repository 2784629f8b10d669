"""Shared fixtures: a small portal, built once per test session (and per xdist worker).

The test portal is the landing site and three Sozialräume (Kalk, Porz-Ost,
Chorweiler), made through the real `setup_sites` code path from a shortened
list (sites, section pages, legal pages with placeholder text, menus,
settings), plus the demo's skeleton: background pages and menu items, the
coordination's contact, a header picture and the accounts
(`admin`, `redaktion`, `<slug>-koordination`, `<slug>-akteur`). It has no
news, events, projects, directory entries or suggestions: each test makes
what it needs with tests/factories.py. Only tests/home/test_demo.py builds
the whole demo.

Each test runs inside a transaction that is rolled back, so tests may change
anything; the cache is cleared around every test because it outlives the
rollback, and each test starts in German.
"""

import json
import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.utils import translation

from home.demo.builder import DemoBuilder
from snippets.models import Sozialraum

LANGUAGE_PREFIXES = ["", "/en", "/tr", "/ar"]
TEST_SOZIALRAEUME = ["kalk", "porz-ost", "chorweiler"]


def write_sozialraum_list(path, slugs):
    """fixtures/sozialraeume.json shortened to `slugs`, for SiteSetup's `list_path`."""
    with open(settings.SOZIALRAUM_LIST, encoding="utf-8") as handle:
        data = json.load(handle)
    data["sozialraeume"] = [entry for entry in data["sozialraeume"] if entry["slug"] in slugs]
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def pytest_sessionstart(session):
    """A new test database starts with an empty media folder; one kept with --reuse-db keeps its pictures.

    Only the main process clears it, with every xdist worker's subfolder, before any worker starts writing.
    """
    if hasattr(session.config, "workerinput") or session.config.getoption("reuse_db"):
        return
    shutil.rmtree(Path(settings.MEDIA_ROOT).parent, ignore_errors=True)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Tests marked `demo` first: that module takes longest, so one xdist worker starts on it at once.

    Tests marked `browser` last, also those that are not transactional (tests/browser/test_layout.py):
    the browser, once started, stays for the rest of the process and relaxes Django's check for
    database calls inside a running event loop (tests/browser/conftest.py).

    Runs after pytest-randomly's shuffle and pytest-django's grouping (transactional tests last),
    and keeps their order otherwise.
    """

    def place(item):
        return item.get_closest_marker("demo") is None, item.get_closest_marker("browser") is not None

    items.sort(key=place)


@pytest.fixture(scope="session")
def sozialraum_list(tmp_path_factory):
    return write_sozialraum_list(tmp_path_factory.mktemp("liste") / "sozialraeume.json", TEST_SOZIALRAEUME)


def build_test_portal(sozialraum_list):
    """The test portal, and the renditions of its pictures.

    Every page shows its site's header picture. Made here, its renditions stay for the whole
    session; made by a test's first request, they would be cut from the full-size picture again in
    every test and rolled back after it.
    """
    from django.test import Client
    from wagtail.models import Site

    DemoBuilder(list_path=sozialraum_list, content=False).run()
    client = Client()
    for site in Site.objects.all():
        client.get("/", HTTP_HOST=site.hostname)
    cache.clear()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, sozialraum_list):
    with django_db_blocker.unblock():
        build_test_portal(sozialraum_list)


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


QUERY_COUNTERS = {"django_assert_max_num_queries", "django_assert_num_queries"}


@pytest.fixture(autouse=True)
def _build_pages_when_counting_queries(request):
    """A query budget measures building a page: the page cache (pagecache/) is off in such a test.

    Tests of the cache itself count the queries of a cache hit; they mark themselves `page_cache`.
    """
    if QUERY_COUNTERS & set(request.fixturenames) and request.node.get_closest_marker("page_cache") is None:
        request.getfixturevalue("settings").PAGE_CACHE_SECONDS = 0


@pytest.fixture
def page_cache_off(settings):
    """For a test that reads a view's context on a page it has already requested (a cache hit has none)."""
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture(autouse=True)
def _german():
    """Each test starts in German, as manage.py does: the test client leaves a request's language active."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture
def sozialraeume(db):
    return list(
        Sozialraum.objects.select_related("site", "actors_group", "coordinators_group").order_by("slug")
    )


@pytest.fixture
def kalk(db):
    return Sozialraum.objects.select_related("site").get(slug="kalk")


@pytest.fixture
def porz_ost(db):
    return Sozialraum.objects.select_related("site").get(slug="porz-ost")


def host_of(sozialraum):
    return sozialraum.site.hostname


def section(sozialraum, model):
    """The German section page of `model` (NewsIndexPage, EventIndexPage, ...) under the Sozialraum's home."""
    return model.objects.child_of(sozialraum.site.root_page).get()
