"""A small HTTP client for tests against real server processes (tests/portal_process.py, nginx).

Plain http.client: each request a new connection, cookies kept per `Browser`, forms read from the
HTML (their hidden fields: CSRF token, start time) the way a browser sends them back.
"""

from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.client import HTTPConnection
from http.cookies import SimpleCookie
from urllib.parse import urlencode

KALK = "kalk.localhost"
ADMIN_HOST = "localhost"
LOGIN = "/admin/login/"


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
    """One browser: its cookies go to whichever process or proxy it asks, as round robin sends them.

    `address` is the local address it connects from (any 127.x.y.z reaches 127.0.0.1 on Linux), so
    a test can be several visitors; `headers` go with every request (a forged X-Forwarded-For).
    """

    cookies: dict = field(default_factory=dict)
    address: str = "127.0.0.1"
    headers: dict = field(default_factory=dict)

    def request(self, port, method, path, host, data=None):
        headers = {"Host": host, **self.headers}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        body = None
        if data is not None:
            body = urlencode(data)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Origin"] = f"http://{host}"
        connection = HTTPConnection("127.0.0.1", port, timeout=30, source_address=(self.address, 0))
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
