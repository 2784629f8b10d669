"""Security headers of every response, and public pages that keep to their Content-Security-Policy.

Public pages get a strict policy: scripts and styles only from the portal itself, an inline
`<style>` only with the request's nonce, no inline script at all (JSON-LD is data and does not
run). Wagtail's admin needs inline scripts and styles, so it gets its own, looser policy.
"""

import re
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page

from snippets.directory import freshness
from tests.conftest import section
from tests.factories import EventPageFactory, OrganisationFactory
from tests.markup import start_tags
from veedel.models import EventIndexPage

pytestmark = pytest.mark.django_db

PUBLIC = [
    ("localhost", "/"),
    ("localhost", "/en/"),
    ("kalk.localhost", "/"),
    ("kalk.localhost", "/ar/"),
    ("kalk.localhost", "/veranstaltungen/"),
    ("kalk.localhost", "/veranstaltungen/programm/"),
    ("kalk.localhost", "/mitmachen/veranstaltung/"),
    ("kalk.localhost", "/adressen-bestaetigen/kaputt/"),
]
# Script elements of these types hold data that browsers never run (JSON-LD, the userbar's settings).
DATA_BLOCKS = {"application/ld+json", "application/json"}
NONCE = re.compile(r"'nonce-([A-Za-z0-9+/=]+)'")


def directives(response):
    """The Content-Security-Policy as {directive: [sources]}."""
    policy = response.headers["Content-Security-Policy"]
    parts = (part.split() for part in policy.split(";") if part.strip())
    return {name: sources for name, *sources in parts}


@pytest.mark.parametrize(("host", "path"), PUBLIC)
def test_public_pages_send_the_security_headers(client, host, path):
    response = client.get(path, HTTP_HOST=host)
    assert response.status_code in (200, 400)
    policy = directives(response)
    assert policy["default-src"] == ["'self'"]
    assert policy["img-src"] == ["'self'", "data:"]
    assert policy["script-src"] == ["'self'"]
    assert "'unsafe-inline'" not in policy["style-src"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert response.headers["X-Frame-Options"] == "SAMEORIGIN"
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    permissions = response.headers["Permissions-Policy"]
    for feature in ("camera", "geolocation", "microphone", "interest-cohort", "browsing-topics", "payment"):
        assert f"{feature}=()" in permissions


def assert_nothing_inline_runs(response):
    """No script without src except JSON-LD, no event-handler attribute, every <style> with the nonce."""
    html = response.content.decode()
    nonce = NONCE.search(response.headers["Content-Security-Policy"])
    tags = start_tags(html)
    for name, attrs in tags:
        if name == "script" and "src" not in attrs:
            assert attrs.get("type") in DATA_BLOCKS, f"Inline-Skript: {attrs}"
        if name == "style":
            assert nonce and attrs.get("nonce") == nonce.group(1), f"<style> ohne Nonce der Antwort: {attrs}"
        handlers = [attr for attr in attrs if attr.startswith("on")]
        assert not handlers, f"<{name}> mit Event-Handler {handlers}"
    return tags


@pytest.mark.parametrize(("host", "path"), PUBLIC)
def test_public_pages_have_no_inline_script_and_style_only_with_the_nonce(client, host, path):
    tags = assert_nothing_inline_runs(client.get(path, HTTP_HOST=host))
    if path.startswith("/adressen-bestaetigen/"):
        return  # a link's page, never cached: its <style> has the response's nonce (checked above)
    # A page to read has no <style> block (its nonce would go stale in the page cache): the site's
    # colour comes in the style attribute of <html>.
    assert not [name for name, _attrs in tags if name == "style"]
    (html,) = [attrs for name, attrs in tags if name == "html"]
    assert html["style"].startswith("--theme: #"), html


def test_every_page_type_of_the_test_portal_keeps_to_the_policy(client, kalk):
    """One German page of each type in the test portal, plus an event with its JSON-LD block."""
    event = EventPageFactory(parent=section(kalk, EventIndexPage))
    pages = {}
    for page in Page.objects.live().filter(depth__gt=1, locale__language_code="de").order_by("-pk"):
        pages.setdefault(page.content_type_id, page)
    assert event.pk in {page.pk for page in pages.values()}
    for page in pages.values():
        _site_id, root_url, path = page.specific.get_url_parts()
        response = client.get(path, HTTP_HOST=urlsplit(root_url).hostname)
        assert response.status_code == 200, page.url_path
        tags = assert_nothing_inline_runs(response)
        if page.pk == event.pk:
            assert any(attrs.get("type") == "application/ld+json" for _name, attrs in tags)


def test_a_new_nonce_for_every_response_that_uses_one(client, kalk):
    """The address confirmation page has a <style> with a nonce (and is never cached): a new one each time."""
    link = urlsplit(freshness.confirm_url(OrganisationFactory(sozialraum=kalk))).path
    responses = [client.get(link, HTTP_HOST="kalk.localhost") for _ in range(2)]
    policies = [response.headers["Content-Security-Policy"] for response in responses]
    first, second = (NONCE.search(policy).group(1) for policy in policies)
    assert first != second
    assert_nothing_inline_runs(responses[1])


def test_editors_on_public_pages_load_the_userbar_from_files_only(client):
    client.force_login(get_user_model().objects.get(username="admin"))
    response = client.get("/", HTTP_HOST="kalk.localhost")
    assert "wagtail-userbar" in response.content.decode()
    assert_nothing_inline_runs(response)
    assert directives(response)["script-src"] == ["'self'"]


@pytest.mark.parametrize("path", ["/admin/login/", "/admin/", "/admin/pages/"])
def test_the_admin_gets_its_own_policy_with_inline_scripts_and_styles(client, path):
    if path != "/admin/login/":
        client.force_login(get_user_model().objects.get(username="admin"))
    response = client.get(path, HTTP_HOST="localhost")
    assert response.status_code == 200
    policy = directives(response)
    assert policy["default-src"] == ["'self'"]
    assert "'unsafe-inline'" in policy["script-src"]
    assert "'unsafe-inline'" in policy["style-src"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    # A nonce in a directive would make browsers ignore its 'unsafe-inline'.
    assert not NONCE.search(response.headers["Content-Security-Policy"])
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert "camera=()" in response.headers["Permissions-Policy"]


def test_the_preview_in_the_admin_keeps_the_public_policy(client, kalk):
    """Wagtail renders a preview through the middleware with the page's path: strict policy, with a nonce."""
    client.force_login(get_user_model().objects.get(username="admin"))
    home = kalk.site.root_page
    response = client.get(f"/admin/pages/{home.pk}/view_draft/", HTTP_HOST="localhost")
    assert response.status_code == 200
    policy = directives(response)
    assert policy["script-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert_nothing_inline_runs(response)
    assert kalk.name in response.content.decode()
