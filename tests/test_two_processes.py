"""Two app processes on one database and one Redis: what one changes or counts, the other sees (issue 18).

The production stack of docs/deployment.md in small: two real server processes (A and B,
tests/portal_process.py) on one database (an SQLite file; on a PostgreSQL test session a
PostgreSQL database of their own) and one Redis database used by nothing else (TEST_REDIS_URL,
default redis://127.0.0.1:6379/15, emptied before and after). Everything goes through real HTTP
with the Host header nginx passes on (`kalk.localhost`, `localhost`, without the port), so a
browser's cookies and the page cache's addresses are the same on both processes:

- an editor's unpublishing through one process is seen at once by anonymous readers of pages the
  other process stored in the page cache;
- the limit of "Fehler melden" reports per address and hour counts across both;
- the admin login's lock-out after wrong passwords (django-axes) counts across both.

Without a reachable Redis the tests are skipped with the reason; with REQUIRE_REDIS=1 they fail
instead, as REQUIRE_BROWSER does for the browser tests.
"""

import os
import secrets
import time
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.client import HTTPConnection
from http.cookies import SimpleCookie
from urllib.parse import urlencode

import pytest
from django_ratelimit.core import _get_window

from tests.conftest import write_sozialraum_list
from tests.portal_process import build, count_rows, portal_database, serving
from veedel.antispam import HOUR
from veedel.directory.corrections import REPORT_LIMIT_PER_HOUR, REPORT_MIN_SECONDS

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
PASSWORD_VARIABLE = "TWO_PROCESSES_PASSWORD"
LOGIN_FAILURE_LIMIT = 3
KALK = "kalk.localhost"
ADMIN_HOST = "localhost"
# Where the processes see every request come from (no proxy in front).
CLIENT = "127.0.0.1"
LOGIN = "/admin/login/"
NEWS_TITLES = ["Neuer Bücherschrank am Kalk-Post", "Sommerfest im Bürgerpark Kalk"]


def add_content():
    """Run by the build process (tests/portal_process.py): accounts, two news items, a directory entry."""
    from django.contrib.auth import get_user_model

    from snippets.models import Sozialraum
    from tests.factories import NewsPageFactory, OrganisationFactory
    from veedel.models import DirectoryPage, NewsIndexPage

    password = os.environ[PASSWORD_VARIABLE]
    users = get_user_model().objects
    users.create_superuser("admin", "admin@example.org", password)
    editor = users.create_user("redakteurin", "redakteurin@example.org", password)
    kalk = Sozialraum.objects.select_related("site__root_page").get(slug="kalk")
    editor.groups.add(kalk.coordinators_group)
    news_index = NewsIndexPage.objects.child_of(kalk.site.root_page).get()
    directory = DirectoryPage.objects.child_of(kalk.site.root_page).get()
    items = [NewsPageFactory(parent=news_index, title=title) for title in NEWS_TITLES]
    entry = OrganisationFactory(name="Bürgertreff Kalk-Post", sozialraum=kalk)

    def path(page):
        return page.get_url_parts()[2]

    return {
        "news": path(news_index),
        "items": [{"id": item.pk, "title": item.title, "path": path(item)} for item in items],
        "report": f"{path(directory)}{entry.slug}/fehler-melden/",
    }


@pytest.fixture(scope="module")
def redis_database():
    """The test's Redis database, emptied before and after; skipped (or failed) without Redis."""
    import redis

    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2, socket_timeout=10)
    try:
        client.ping()
        missing = None
    except redis.RedisError as error:
        missing = f"kein Redis unter {REDIS_URL} ({error}); eine andere Adresse nennt TEST_REDIS_URL"
    if missing:
        client.close()
        if os.environ.get("REQUIRE_REDIS") == "1":
            pytest.fail(
                f"Zwei-Prozess-Tests nicht ausführbar: {missing} – REQUIRE_REDIS=1 verlangt sie",
                pytrace=False,
            )
        pytest.skip(f"Zwei-Prozess-Tests übersprungen: {missing}")
    client.flushdb()
    yield REDIS_URL
    client.flushdb()
    client.close()


@dataclass
class Portal:
    a: int
    b: int
    database_url: str
    password: str
    facts: dict


@pytest.fixture(scope="module")
def portal(redis_database, tmp_path_factory):
    """Processes A and B (their ports) on one freshly built database and the test's Redis."""
    directory = tmp_path_factory.mktemp("zwei-prozesse")
    sozialraum_list = write_sozialraum_list(directory / "sozialraeume.json", ["kalk"])
    password = secrets.token_urlsafe(16)
    with portal_database(directory) as database_url:
        facts = build(
            database_url,
            sozialraum_list,
            directory / "build.log",
            then="tests.test_two_processes:add_content",
            env={PASSWORD_VARIABLE: password},
        )
        env = {
            "REDIS_URL": redis_database,
            "LOGIN_FAILURE_LIMIT": str(LOGIN_FAILURE_LIMIT),
        }
        with serving(database_url, directory / "a.log", directory / "b.log", env=env) as (a, b):
            yield Portal(a, b, database_url, password, facts)


class FormFields(HTMLParser):
    """The inputs of each <form> of a page: {action: {name: value}}, without check boxes and buttons."""

    def __init__(self, page):
        super().__init__()
        self.forms = {}
        self.current = None
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.current = self.forms.setdefault(attrs.get("action") or "", {})
        elif tag == "input" and self.current is not None and attrs.get("name"):
            if attrs.get("type") not in ("checkbox", "radio", "submit"):
                self.current[attrs["name"]] = attrs.get("value") or ""

    def handle_endtag(self, tag):
        if tag == "form":
            self.current = None


@dataclass
class Response:
    status: int
    headers: dict
    text: str

    def form(self, action):
        return FormFields(self.text).forms[action]


@dataclass
class Browser:
    """One browser behind nginx: its cookies go to either process, as round robin sends them."""

    cookies: dict = field(default_factory=dict)

    def request(self, port, method, path, host, data=None):
        headers = {"Host": host}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        body = None
        if data is not None:
            body = urlencode(data)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Origin"] = f"http://{host}"
        connection = HTTPConnection("127.0.0.1", port, timeout=30)
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            text = response.read().decode()
            for header in response.headers.get_all("Set-Cookie") or ():
                for name, morsel in SimpleCookie(header).items():
                    self.cookies[name] = morsel.value
            headers = {name.lower(): value for name, value in response.getheaders()}
            return Response(response.status, headers, text)
        finally:
            connection.close()

    def get(self, port, path, host=KALK):
        return self.request(port, "GET", path, host)

    def post(self, port, path, data, host=KALK):
        return self.request(port, "POST", path, host, data)

    def log_in(self, port, username, password):
        fields = self.get(port, LOGIN, ADMIN_HOST).form(LOGIN)
        return self.post(port, LOGIN, {**fields, "username": username, "password": password}, ADMIN_HOST)

    def unpublish(self, port, page_id):
        path = f"/admin/pages/{page_id}/unpublish/"
        confirm = self.get(port, path, ADMIN_HOST)
        assert confirm.status == 200, confirm.text[:2000]
        return self.post(port, path, confirm.form(path), ADMIN_HOST)


def cached_twice(port, path, title):
    """A reader's two GETs of `path`: built (or already stored), then from the cache, showing `title`."""
    first, second = Browser().get(port, path), Browser().get(port, path)
    assert (first.status, second.status) == (200, 200)
    assert second.headers["x-cache"] == "hit"
    assert title in first.text and title in second.text
    return first


def test_an_unpublishing_through_one_process_shows_at_once_on_the_other(portal):
    news = portal.facts["news"]
    first, second = portal.facts["items"]
    reader = Browser()

    # B builds the news list and stores it in Redis; A serves B's copy: one cache for both.
    assert reader.get(portal.b, news).headers["x-cache"] == "miss"
    for port in (portal.b, portal.a):
        stored = reader.get(port, news)
        assert stored.headers["x-cache"] == "hit"
        assert first["title"] in stored.text and second["title"] in stored.text
    cached_twice(portal.b, first["path"], first["title"])

    editor = Browser()
    logged_in = editor.log_in(portal.a, "admin", portal.password)
    assert (logged_in.status, logged_in.headers["location"]) == (302, "/admin/"), logged_in.text[:2000]
    unpublished = editor.unpublish(portal.a, first["id"])
    assert unpublished.status == 302, unpublished.text[:2000]

    after = reader.get(portal.b, news)
    assert (after.status, after.headers["x-cache"]) == (200, "miss")
    assert first["title"] not in after.text and second["title"] in after.text
    assert reader.get(portal.b, first["path"]).status == 404

    # The other way round, with the same editor's session (sessions are in the database).
    cached_twice(portal.a, second["path"], second["title"])
    assert editor.unpublish(portal.b, second["id"]).status == 302
    after = reader.get(portal.a, news)
    assert (after.status, after.headers["x-cache"]) == (200, "miss")
    assert first["title"] not in after.text and second["title"] not in after.text
    assert reader.get(portal.a, second["path"]).status == 404
    assert not reader.cookies, "reading sets no cookie"


def outside_the_end_of_an_hour(address, seconds=30):
    """Wait if the rate limit's hour for `address` ends within `seconds`: its counts would start again.

    django-ratelimit's hours end at a second of the hour fixed per address (its `_get_window`).
    """
    left = _get_window(address, HOUR) - time.time()
    if left < seconds:
        time.sleep(left + 1)


def test_the_report_limit_counts_across_both_processes(portal):
    """Reports of one address alternate between A and B; the sixth in the hour is refused by either."""
    path = portal.facts["report"]
    ports = [portal.a, portal.b]
    outside_the_end_of_an_hour(CLIENT)
    visitors = []
    # Each opens the form on one process and sends it through the other, as round robin may do.
    for number in range(REPORT_LIMIT_PER_HOUR + 2):
        browser = Browser()
        page = browser.get(ports[number % 2], path)
        assert page.status == 200, page.text[:2000]
        visitors.append((browser, ports[(number + 1) % 2], page.form(path)))
    time.sleep(REPORT_MIN_SECONDS + 0.2)  # a form sent faster than a person fills it in is refused

    answers = []
    for number, (browser, port, fields) in enumerate(visitors):
        message = f"Meldung {number}: Die Öffnungszeiten am Mittwoch stimmen nicht."
        answers.append(browser.post(port, path, {**fields, "message": message}))
    assert [answer.status for answer in answers] == [303] * REPORT_LIMIT_PER_HOUR + [429] * 2
    assert {port for _browser, port, _fields in visitors[REPORT_LIMIT_PER_HOUR:]} == set(ports)
    assert "schon viele Meldungen" in answers[-1].text and "schon viele Meldungen" in answers[-2].text
    assert count_rows(portal.database_url, "snippets_correctionreport") == REPORT_LIMIT_PER_HOUR

    # A form sent once is used up on the other process too (the start tokens are in Redis).
    browser, port, fields = visitors[0]
    again = browser.post(ports[ports.index(port) - 1], path, {**fields, "message": "Noch einmal."})
    assert again.status == 400 and "schon abgeschickt" in again.text


def test_the_login_lockout_counts_across_both_processes(portal):
    ports = [portal.a, portal.b]
    browser = Browser()
    statuses = [
        browser.log_in(ports[number % 2], "redakteurin", "falsches-passwort").status
        for number in range(LOGIN_FAILURE_LIMIT)
    ]
    assert statuses == [200] * (LOGIN_FAILURE_LIMIT - 1) + [429]

    # Locked out on both processes, also with the right password.
    for port in ports:
        locked = browser.log_in(port, "redakteurin", portal.password)
        assert locked.status == 429
        assert "Anmeldung vorübergehend gesperrt" in locked.text
        assert f"{LOGIN_FAILURE_LIMIT}-mal ein falsches Passwort" in locked.text
        assert "sessionid" not in browser.cookies
    # Another account from the same address is not locked out.
    assert browser.log_in(portal.b, "admin", portal.password).status == 302
