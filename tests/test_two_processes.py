"""Two app processes on one database and one Redis, nginx in front: what one changes or counts, the other
sees (issue 18).

The production stack of docs/deployment.md in small: two gunicorn instances (A and B, two worker
processes each, tests/portal_process.py) on one database (an SQLite file; on a PostgreSQL test
session a PostgreSQL database of their own) and one Redis database used by nothing else
(TEST_REDIS_URL, default redis://127.0.0.1:6379/15, emptied before and after), and nginx with the
server block of docs/deployment.md before both (tests/nginx_proxy.py). Everything goes through real
HTTP with the Host header nginx passes on (`kalk.localhost`, `localhost`, without the port), so a
browser's cookies and the page cache's addresses are the same on both processes:

- an editor's unpublishing through one process is seen at once by anonymous readers of pages the
  other process stored in the page cache;
- the limit of "Fehler melden" reports per address and hour counts across both;
- the admin login's lock-out after wrong passwords (django-axes) counts across both;
- through nginx: the landing site and a Sozialraum site reach both instances in turn, a page stored by
  one is served by the other, an editor's session holds on both; the report limit counts the address
  nginx saw, not an X-Forwarded-For the visitor forged; pictures come from the media folder, documents
  never do.

Without a reachable Redis the tests are skipped with the reason; with REQUIRE_REDIS=1 they fail
instead, as REQUIRE_BROWSER does for the browser tests; likewise nginx and REQUIRE_NGINX.
"""

import os
import secrets
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.conf import settings
from django_ratelimit.core import _get_window

from tests.conftest import write_sozialraum_list
from tests.nginx_proxy import nginx_in_front
from tests.portal_http import ADMIN_HOST, KALK, Browser
from tests.portal_process import answered, build, count_rows, portal_database, serving
from veedel.antispam import HOUR
from veedel.directory.corrections import REPORT_LIMIT_PER_HOUR, REPORT_MIN_SECONDS

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
PASSWORD_VARIABLE = "TWO_PROCESSES_PASSWORD"
LOGIN_FAILURE_LIMIT = 3
# Where the processes see every request come from (no proxy in front).
CLIENT = "127.0.0.1"
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
    logs: tuple


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
            # As docs/deployment.md sets it behind nginx; a request straight to A or B has no
            # X-Forwarded-For and counts under the address it came from.
            "TRUSTED_PROXY_COUNT": "1",
        }
        logs = (directory / "a.log", directory / "b.log")
        with serving(database_url, *logs, env=env) as (a, b):
            yield Portal(a, b, database_url, password, facts, logs)


@pytest.fixture(scope="module")
def nginx(portal, tmp_path_factory):
    """nginx with docs/deployment.md's configuration before A and B; its port."""
    with nginx_in_front(tmp_path_factory.mktemp("nginx"), (portal.a, portal.b), settings.MEDIA_ROOT) as port:
        yield port


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

    reports_before = count_rows(portal.database_url, "snippets_correctionreport")
    answers = []
    for number, (browser, port, fields) in enumerate(visitors):
        message = f"Meldung {number}: Die Öffnungszeiten am Mittwoch stimmen nicht."
        answers.append(browser.post(port, path, {**fields, "message": message}))
    assert [answer.status for answer in answers] == [303] * REPORT_LIMIT_PER_HOUR + [429] * 2
    assert {port for _browser, port, _fields in visitors[REPORT_LIMIT_PER_HOUR:]} == set(ports)
    assert "schon viele Meldungen" in answers[-1].text and "schon viele Meldungen" in answers[-2].text
    reports = count_rows(portal.database_url, "snippets_correctionreport")
    assert reports == reports_before + REPORT_LIMIT_PER_HOUR

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


# --- Behind nginx (docs/deployment.md's configuration) ------------------------------------------------


def answered_so_far(logs, quiet=0.3, seconds=5):
    """How many requests each process has answered, once no line has come for `quiet` seconds.

    gunicorn writes a request's line after sending the answer, so the last request of the test
    before may still be on its way into the log.
    """
    deadline = time.monotonic() + seconds
    counts = [answered(log) for log in logs]
    while time.monotonic() < deadline:
        time.sleep(quiet)
        now = [answered(log) for log in logs]
        if now == counts:
            break
        counts = now
    return counts


def answered_since(logs, before, expected, seconds=3):
    """How many requests each process answered since `before`, once that is `expected` or time is up."""
    deadline = time.monotonic() + seconds
    while True:
        counts = [answered(log) - count for log, count in zip(logs, before, strict=True)]
        if counts == expected or time.monotonic() > deadline:
            return counts
        time.sleep(0.05)


def test_nginx_passes_the_landing_site_and_every_sozialraum_site_to_both_processes(portal, nginx):
    """One server entry for `localhost` and `*.localhost`, round robin over A and B, one shared cache."""
    before = answered_so_far(portal.logs)
    reader = Browser()
    pages = {host: [reader.get(nginx, "/", host) for _ in range(2)] for host in (ADMIN_HOST, KALK)}
    assert answered_since(portal.logs, before, [2, 2]) == [2, 2]
    titles = {ADMIN_HOST: "<title>Sozialraumkoordination Köln<", KALK: "<title>Humboldt/Gremberg, Kalk"}
    for host, title in titles.items():
        first, second = pages[host]
        assert (first.status, second.status) == (200, 200), host
        assert title in first.text and first.text == second.text
        assert second.headers["x-cache"] == "hit"  # stored by one process, served by the other
    assert not reader.cookies
    health = reader.get(nginx, "/health/", KALK)
    assert health.status == 200 and '"status": "ok"' in health.text

    # An editor's session (in the database) holds whichever process answers.
    editor = Browser()
    assert editor.log_in(nginx, "admin", portal.password).status == 302
    before = answered_so_far(portal.logs)
    dashboards = [editor.get(nginx, "/admin/", ADMIN_HOST) for _ in range(2)]
    assert answered_since(portal.logs, before, [1, 1]) == [1, 1]
    assert [page.status for page in dashboards] == [200, 200]
    assert all("Abmelden" in page.text or "Log out" in page.text for page in dashboards)


def test_behind_nginx_the_report_limit_counts_the_visitors_address_not_a_forged_header(portal, nginx):
    """nginx appends the address it was connected from; the portal (TRUSTED_PROXY_COUNT=1) counts that
    one, so a visitor who sends a new X-Forwarded-For with every report still gets five an hour."""
    path = portal.facts["report"]
    visitor, neighbour = "127.0.0.2", "127.0.0.3"
    outside_the_end_of_an_hour(visitor)
    forging = [
        Browser(address=visitor, headers={"X-Forwarded-For": f"198.51.100.{number}"})
        for number in range(REPORT_LIMIT_PER_HOUR + 2)
    ]
    browsers = [*forging, Browser(address=neighbour)]
    forms = []
    for browser in browsers:
        page = browser.get(nginx, path)
        assert page.status == 200, page.text[:2000]
        forms.append(page.form(path))
    time.sleep(REPORT_MIN_SECONDS + 0.2)

    statuses = [
        browser.post(nginx, path, {**fields, "message": "Die Telefonnummer ist nicht mehr aktuell."}).status
        for browser, fields in zip(browsers, forms, strict=True)
    ]
    # Refused for the visitor whatever the header says; the neighbour behind the same proxy is not.
    assert statuses == [303] * REPORT_LIMIT_PER_HOUR + [429] * 2 + [303]


def test_nginx_serves_pictures_from_the_media_folder_and_never_documents(nginx):
    """Pictures straight from the folder (a week in the browser's cache); documents only through the
    portal, which checks the rights of their collection (cms/urls.py never serves them either)."""
    media = Path(settings.MEDIA_ROOT)
    name = f"nginx-{secrets.token_hex(4)}"
    picture = media / "original_images" / f"{name}.jpg"
    document = media / "documents" / f"{name}.pdf"
    for path in (picture, document):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"Inhalt von {path.name}")
    try:
        shown = Browser().get(nginx, f"/media/original_images/{picture.name}")
        assert (shown.status, shown.text) == (200, f"Inhalt von {picture.name}")
        assert shown.headers["cache-control"] == "max-age=604800"
        assert Browser().get(nginx, f"/media/documents/{document.name}").status == 403
    finally:
        picture.unlink()
        document.unlink()
