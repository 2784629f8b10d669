"""Browser tests: Debian's chromium, driven by Playwright, against pytest-django's live server.

Tests marked `browser` are skipped with the reason when the browser or the
Playwright package is missing, so `make test` runs on any machine. CI
(.ci/run) installs chromium and sets REQUIRE_BROWSER=1: then a missing browser
fails them instead, so they cannot silently stop running. Playwright never
downloads a browser here; it starts the system chromium (BROWSER_PATH,
default /usr/bin/chromium), once per test process: each test gets a fresh
context (no cookies, no cache) and tab in it. Every request to a host outside
the portal is blocked and fails the test, and so does anything the
Content-Security-Policy blocks (docs/security.md); a failing test leaves a screenshot.

The database: a test with `live_server` is transactional, because the server
thread only sees what the test has committed and the other way round. So a
browser test makes its own data with tests/factories.py outside any
transaction, on top of the small test portal that tests/conftest.py builds
once per session. pytest-django runs transactional tests after all others (as
Django does, and pytest-randomly keeps that grouping) and empties the database
at their end: every other test still finds the test portal, and so does the
first browser test. A second transactional test in the same process would find
the database empty; `portal` then builds the test portal again
(`rebuild_test_portal`). `serialized_rollback` is no way out: its snapshot is taken right
after the migrations, before the test portal is built, and would write that
state over it. With `--reuse-db` on PostgreSQL the kept database stays empty
after a browser test and the next session cannot build the test portal in it:
run it with `--create-db`.
"""

import importlib.util
import os
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
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


def rebuild_test_portal(sozialraum_list):
    """The test portal again, after an earlier transactional test in this process emptied the database.

    The flush keeps content types and permissions (Django recreates them) but not what Wagtail's
    migrations add beside the tables: the root page, the root collection, German and the two
    permissions that live in migrations (tests/migration_data.py).
    """
    from tests.conftest import build_test_portal
    from tests.migration_data import add_migration_data

    add_migration_data(settings.LANGUAGE_CODE)
    build_test_portal(sozialraum_list)


@pytest.fixture
def portal(live_server, sozialraum_list):
    """The test portal on the live server, every site on its port.

    A browser test with the live server is transactional, and the database is emptied after it;
    a second such test in the same process builds the test portal again first.
    """
    from wagtail.models import Site

    from snippets.models import Sozialraum

    if not Sozialraum.objects.exists():
        rebuild_test_portal(sozialraum_list)
    port = urlsplit(live_server.url).port
    # With the test portal's port 80 the sites would still be found by host name alone, but the
    # links between sites (landing calendar → Sozialraum) would lead to port 80. The flush at the
    # end of this transactional test undoes the change.
    Site.objects.update(port=port)
    cache.clear()  # Wagtail caches the site root paths.
    return Portal(port)


@pytest.fixture(scope="session")
def browser():
    """Chromium, started once per test process and shared by its browser tests: a start takes seconds."""
    from playwright.sync_api import sync_playwright

    with pytest.MonkeyPatch.context() as patch:
        # Playwright's sync API keeps its event loop marked as running in this thread as long as
        # it is started, and Django then refuses ORM calls from the tests. That is safe here: the
        # loop only drives the browser. Browser tests are transactional and so run last, after
        # every test that could notice the relaxed check.
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=BROWSER_PATH, args=CHROMIUM_ARGS)
            yield browser
            browser.close()


def foreign_urls():
    """Every http(s) URL whose host is not the portal's domain or one of its subdomains.

    A regular expression rather than a Python predicate: Playwright matches it in its driver, so
    only the foreign requests take the way through Python.
    """
    domain = re.escape(settings.PORTAL_DOMAIN)
    return re.compile(rf"^(?!https?://([a-z0-9-]+\.)*{domain}(:\d+)?/)", re.IGNORECASE)


@pytest.fixture
def page(request, browser, portal):
    """A German tab that may only talk to the portal, with a screenshot if the test fails."""
    external = []

    def block(route):
        external.append(route.request.url)
        route.abort()

    context = browser.new_context(locale="de-DE", timezone_id="Europe/Berlin")
    context.set_default_timeout(TIMEOUT_MS)
    context.route(foreign_urls(), block)
    tab = context.new_page()
    # Chromium reports every script, style or picture the Content-Security-Policy blocked on the console.
    blocked = []
    tab.on("console", lambda msg: "Content Security Policy" in msg.text and blocked.append(msg.text))
    yield tab
    report = request.node.stash.get(_reports, {}).get("call")
    if report is not None and report.failed:
        path = f"{SCREENSHOT_DIR}/browser-{request.node.name}.png"
        tab.screenshot(path=path, full_page=True)
        print(f"Bildschirmfoto beim Fehlschlag: {path} (zuletzt auf {tab.url})")
    context.close()
    assert not external, f"Anfragen an fremde Server (keine CDN, keine Schriften): {external}"
    assert not blocked, f"Von der Content-Security-Policy blockiert: {blocked}"


class InProcessTab:
    """A Chromium tab whose pages Django renders in the test itself, without a live server.

    For tests of layout, which need no second process: they run in the usual rolled-back
    transaction, see their own data without committing it and leave the test portal in place
    (a live-server test empties the database, see the module doc). As with `page`, any request to
    a foreign server and anything the Content-Security-Policy blocks fail the test.

    `open(url)` renders the page with the test client, in the test's own database connection
    (Playwright calls its request handlers in a greenlet of their own, which would get a second
    connection that cannot see the test's data), then lets Chromium load it from there; the
    stylesheets, fonts and pictures come from the static and media folders. `send(button)` clicks
    a button that sends a form: the request handler only holds the POST back, and the test client
    answers it in the test itself, as `open` does.
    """

    def __init__(self, browser, client):
        self.client = client
        self.pages = {}
        self.sent = []  # POST requests held back for `send`
        self.external, self.unexpected, self.blocked = [], [], []
        self.context = browser.new_context(locale="de-DE", timezone_id="Europe/Berlin")
        self.context.set_default_timeout(TIMEOUT_MS)
        self.context.route("**/*", self.serve)
        self.page = self.context.new_page()
        self.page.on(
            "console", lambda msg: "Content Security Policy" in msg.text and self.blocked.append(msg.text)
        )

    def serve(self, route):
        url = urlsplit(route.request.url)
        domain = settings.PORTAL_DOMAIN
        if url.hostname != domain and not url.hostname.endswith(f".{domain}"):
            self.external.append(route.request.url)
            route.abort()
        elif url.path.startswith(settings.STATIC_URL):
            found = finders.find(unquote(url.path.removeprefix(settings.STATIC_URL)))
            route.fulfill(path=found) if found else route.fulfill(status=404)
        elif url.path.startswith(settings.MEDIA_URL):
            route.fulfill(path=Path(settings.MEDIA_ROOT) / unquote(url.path.removeprefix(settings.MEDIA_URL)))
        elif route.request.method == "POST":
            self.sent.append(route)
        elif route.request.url in self.pages:
            response = self.pages.pop(route.request.url)
            route.fulfill(status=response.status_code, headers=dict(response.items()), body=response.content)
        else:
            self.unexpected.append(route.request.url)
            route.fulfill(status=404)

    def send(self, button):
        """Click `button`, which sends a form, and answer its POST with the test client.

        A redirect's target is rendered the same way, before Chromium asks for it. Playwright's
        click would wait for the page it leads to, which only comes once this answers: so its
        checks that a person could click the button, then the click in the page.
        """
        button.click(trial=True)
        button.evaluate("button => button.click()")
        waited = 0
        while not self.sent:
            assert waited < TIMEOUT_MS, "Das Formular wurde nicht abgeschickt."
            self.page.wait_for_timeout(20)
            waited += 20
        route = self.sent.pop(0)
        url = urlsplit(route.request.url)
        response = self.client.generic(
            "POST",
            f"{url.path}?{url.query}" if url.query else url.path,
            route.request.post_data_buffer or b"",
            content_type=route.request.headers.get("content-type", ""),
            HTTP_HOST=url.netloc,
        )
        if response.has_header("Location"):
            target = urlsplit(urljoin(route.request.url, response["Location"]))
            self.render(target.netloc, f"{target.path}?{target.query}" if target.query else target.path)
        with self.page.expect_event("load"):
            route.fulfill(status=response.status_code, headers=dict(response.items()), body=response.content)
        return response

    def render(self, host, path):
        url = f"http://{host}{path}"
        self.pages[url] = self.client.get(path, HTTP_HOST=host)
        return url

    def open(self, host, path):
        return self.page.goto(self.render(host, path))

    def close(self):
        self.context.close()
        assert not self.external, f"Anfragen an fremde Server (keine CDN, keine Schriften): {self.external}"
        assert not self.blocked, f"Von der Content-Security-Policy blockiert: {self.blocked}"
        assert not self.unexpected, f"Anfragen, die keine Seite des Tests sind: {self.unexpected}"


@pytest.fixture
def tab(browser, client):
    tab = InProcessTab(browser, client)
    yield tab
    tab.close()
