"""Browser tests: Debian's chromium, driven by Playwright, against pytest-django's live server.

Tests marked `browser` are skipped with the reason when the browser or the
Playwright package is missing, so `make test` runs on any machine. CI
(.ci/run) installs chromium and sets REQUIRE_BROWSER=1: then a missing browser
fails them instead, so they cannot silently stop running. Playwright never
downloads a browser here; it starts the system chromium (BROWSER_PATH,
default /usr/bin/chromium).

The database: a test with `live_server` is transactional, because the server
thread only sees what the test has committed and the other way round.
pytest-django runs transactional tests after all others (as Django does) and
empties the database at their end, so every other test still finds the demo
that tests/conftest.py builds once per session, and so does the first browser
test. A second transactional test in the same session would find the database
empty; `portal` says so plainly instead of failing somewhere in the middle.
`serialized_rollback` is no way out: its snapshot is taken right after the
migrations, before load_demo, and would write that state over the demo.
"""

import importlib.util
import os
from dataclasses import dataclass
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.core.cache import cache

BROWSER_PATH = os.environ.get("BROWSER_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    # Without these chromium keeps calling Google's services, which floods a closed network.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOT_DIR = "/tmp"  # noqa: S108 - screenshots of failures belong outside the repository
TIMEOUT_MS = 20_000

_reports = pytest.StashKey[dict]()


def missing_browser():
    """Why the browser tests cannot run here, or None."""
    if not os.access(BROWSER_PATH, os.X_OK):
        return f"{BROWSER_PATH} fehlt (apt-get install chromium)"
    if importlib.util.find_spec("playwright") is None:
        return "das Python-Paket playwright fehlt (pip install -r requirements.txt)"
    return None


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    # A hook rather than a fixture: it decides before live_server and the database are set up.
    if item.get_closest_marker("browser") is None:
        return
    missing = missing_browser()
    if missing is None:
        return
    if os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(
            f"Browser-Tests nicht ausführbar: {missing} – REQUIRE_BROWSER=1 verlangt sie", pytrace=False
        )
    pytest.skip(f"Browser-Tests übersprungen: {missing}")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    # Kept for the `page` fixture, which takes a screenshot when the test itself failed.
    item.stash.setdefault(_reports, {})[report.when] = report
    return report


@dataclass
class Portal:
    port: int

    def url(self, path="/", sozialraum=None):
        host = f"{sozialraum}.{settings.PORTAL_DOMAIN}" if sozialraum else settings.PORTAL_DOMAIN
        return f"http://{host}:{self.port}{path}"


@pytest.fixture
def portal(live_server):
    """The demo portal on the live server, every site on its port."""
    from wagtail.models import Site

    from snippets.models import Sozialraum

    if not Sozialraum.objects.exists():
        pytest.fail(
            "Die Demo-Daten fehlen: ein früherer transaktionaler Test hat die Datenbank geleert. "
            "Browser-Tests brauchen eine eigene pytest-Sitzung oder müssen die ersten "
            "transaktionalen Tests sein."
        )
    port = urlsplit(live_server.url).port
    # With the demo's port 80 the sites would still be found by host name alone, but the links
    # between sites (landing calendar → Sozialraum) would lead to port 80. The flush at the end of
    # this transactional test undoes the change.
    Site.objects.update(port=port)
    cache.clear()  # Wagtail caches the site root paths.
    return Portal(port)


@pytest.fixture
def page(request, monkeypatch, portal):
    """A German chromium tab that may only talk to the portal, with a screenshot if the test fails."""
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop running in this thread, and Django then refuses
    # ORM calls from the test. That is safe here: the loop only drives the browser.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    external = []

    def portal_only(route):
        host = urlsplit(route.request.url).hostname or ""
        if host == settings.PORTAL_DOMAIN or host.endswith(f".{settings.PORTAL_DOMAIN}"):
            route.continue_()
        else:
            external.append(route.request.url)
            route.abort()

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=BROWSER_PATH, args=CHROMIUM_ARGS)
        context = browser.new_context(locale="de-DE", timezone_id="Europe/Berlin")
        context.set_default_timeout(TIMEOUT_MS)
        context.route("**/*", portal_only)
        tab = context.new_page()
        yield tab
        report = request.node.stash.get(_reports, {}).get("call")
        if report is not None and report.failed:
            path = f"{SCREENSHOT_DIR}/browser-{request.node.name}.png"
            tab.screenshot(path=path, full_page=True)
            print(f"Bildschirmfoto beim Fehlschlag: {path} (zuletzt auf {tab.url})")
        browser.close()
    assert not external, f"Anfragen an fremde Server (keine CDN, keine Schriften): {external}"
