"""Thirty people send a suggestion at the same moment: the embedded SQLite database takes them all.

The server is a real one (tests/portal_process.py): its own process, threads, and its own SQLite
file with the portal's database settings, so the test runs the same on the SQLite and the
PostgreSQL suite. Each visitor opens the form first, as a browser does, and sends it with the
form's own CSRF and start tokens.
"""

import html
import re
import sqlite3
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from http.client import HTTPConnection
from urllib.parse import urlencode

import pytest

from tests.conftest import write_sozialraum_list
from tests.mitmachen.suggestions import ORGANISATION_FORM, organisation_data
from tests.portal_process import serving

VISITORS = 30
FIELD = re.compile(r'name="(csrfmiddlewaretoken|started)" value="([^"]*)"')


@pytest.fixture
def portal_server(tmp_path):
    """(port, database file) of a server with Kalk's site; stopped at the end of the test."""
    database = tmp_path / "portal.sqlite3"
    sozialraum_list = write_sozialraum_list(tmp_path / "sozialraeume.json", ["kalk"])
    env = {
        # The spam checks stay on; a person needs no minimum time here, and thirty may come at once.
        "MITMACHEN_MIN_SECONDS": "0",
        "MITMACHEN_LIMIT_PER_HOUR": str(VISITORS * 2),
    }
    # SQLite also on the PostgreSQL suite: the test is about the embedded database taking them all.
    database_url = f"sqlite:///{database}"
    with serving(database_url, tmp_path / "server.log", env=env, build_from=sozialraum_list) as (port,):
        yield port, database


class Visitor:
    """One browser: opens the form, keeps its cookie, sends the form."""

    def __init__(self, port, number):
        self.port = port
        self.number = number
        self.cookie = ""

    def request(self, method, body=None):
        connection = HTTPConnection("127.0.0.1", self.port, timeout=60)
        headers = {"Host": f"kalk.localhost:{self.port}", "Cookie": self.cookie}
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            connection.request(method, ORGANISATION_FORM, body=body, headers=headers)
            response = connection.getresponse()
            return response.status, response.getheader("Set-Cookie") or "", response.read().decode()
        finally:
            connection.close()

    def open_form(self):
        status, set_cookie, page = self.request("GET")
        assert status == 200, page[:2000]
        self.cookie = set_cookie.split(";", 1)[0]
        self.tokens = {name: html.unescape(value) for name, value in FIELD.findall(page)}
        assert set(self.tokens) == {"csrfmiddlewaretoken", "started"}

    def send(self):
        data = organisation_data(
            org_name=f"Nachbarschaftstreff Nr. {self.number}",
            email=f"person{self.number}@example.org",
            **self.tokens,
        )
        status, _cookie, page = self.request("POST", urlencode(data))
        return status, page


def test_thirty_simultaneous_suggestions_are_all_stored(portal_server):
    port, database = portal_server
    visitors = [Visitor(port, number) for number in range(VISITORS)]
    for visitor in visitors:
        visitor.open_form()
    start = threading.Barrier(VISITORS)

    def send(visitor):
        start.wait()
        return visitor.send()

    with ThreadPoolExecutor(max_workers=VISITORS) as pool:
        answers = list(pool.map(send, visitors))
    assert Counter(status for status, _page in answers) == {303: VISITORS}
    with sqlite3.connect(database) as stored:
        submissions = stored.execute(
            "SELECT count(*) FROM mitmachen_submission WHERE status = 'eingegangen'"
        ).fetchone()[0]
        drafts = stored.execute(
            "SELECT count(*) FROM snippets_organisation WHERE name LIKE 'Nachbarschaftstreff Nr. %'"
        ).fetchone()[0]
    assert (submissions, drafts) == (VISITORS, VISITORS)
