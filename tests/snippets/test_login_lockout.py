"""The admin login locks a user name out from one address after too many wrong passwords (django-axes)."""

import datetime

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse

pytestmark = pytest.mark.django_db

VISITOR = "198.51.100.10"
PROXY = "10.0.0.2"


def log_in(client, username, password, address=VISITOR, **headers):
    """POST the admin login form, as a browser does; the client is logged out first."""
    client.logout()
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        **headers,
    )


def logged_in(response):
    return response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


def fail(client, username, times, address=VISITOR, **headers):
    """`times` wrong passwords: the form comes back, and with the last allowed one the lockout page."""
    for number in range(1, times + 1):
        response = log_in(client, username, "falsches-passwort", address, **headers)
        assert response.status_code == (429 if number >= settings.AXES_FAILURE_LIMIT else 200), number


def test_wrong_passwords_lock_out_the_name_from_that_address_until_reset(client):
    assert settings.AXES_FAILURE_LIMIT == 5
    fail(client, "redaktion", 5)
    response = log_in(client, "redaktion", settings.DEMO_PASSWORD)
    assert response.status_code == 429
    html = response.content.decode()
    assert "Anmeldung vorübergehend gesperrt" in html
    assert "5-mal ein falsches Passwort" in html and "für 15 Minuten gesperrt" in html
    assert client.get(reverse("wagtailadmin_home")).status_code == 302, "not logged in"

    # Other accounts from that address, and that account from elsewhere, are not affected.
    assert logged_in(log_in(client, "kalk-koordination", settings.DEMO_PASSWORD))
    assert logged_in(log_in(client, "redaktion", settings.DEMO_PASSWORD, address="198.51.100.20"))

    call_command("axes_reset_username", "redaktion")
    assert logged_in(log_in(client, "redaktion", settings.DEMO_PASSWORD))


def test_the_lockout_ends_after_the_cool_off(client):
    fail(client, "kalk-akteur", 5)
    assert log_in(client, "kalk-akteur", settings.DEMO_PASSWORD).status_code == 429
    AccessAttempt.objects.update(
        attempt_time=datetime.datetime.now(datetime.UTC) - settings.AXES_COOLOFF_TIME
    )
    assert logged_in(log_in(client, "kalk-akteur", settings.DEMO_PASSWORD))


def test_by_default_the_lockout_counts_the_proxy_address(client):
    """Without a trusted proxy, a made-up X-Forwarded-For does not make a fresh address."""
    fail(client, "redaktion", 5, PROXY, HTTP_X_FORWARDED_FOR="198.51.100.1")
    response = log_in(client, "redaktion", settings.DEMO_PASSWORD, PROXY, HTTP_X_FORWARDED_FOR="198.51.100.2")
    assert response.status_code == 429


def test_behind_a_trusted_proxy_the_lockout_counts_the_visitor(client, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    fail(client, "redaktion", 5, PROXY, HTTP_X_FORWARDED_FOR="198.51.100.1")
    # A made-up address in front of the one the proxy appended changes nothing.
    spoofed = log_in(
        client, "redaktion", settings.DEMO_PASSWORD, PROXY, HTTP_X_FORWARDED_FOR="192.0.2.1, 198.51.100.1"
    )
    assert spoofed.status_code == 429
    other = log_in(client, "redaktion", settings.DEMO_PASSWORD, PROXY, HTTP_X_FORWARDED_FOR="198.51.100.2")
    assert logged_in(other)
