"""/health/ for load balancers and monitoring (docs/deployment.md)."""

from unittest import mock

import pytest
from django.core.cache import cache

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("host", ["localhost", "kalk.localhost"])
def test_a_healthy_process_answers_200_on_every_host(client, host):
    for _ in range(2):
        response = client.get("/health/", HTTP_HOST=host)
        assert response.status_code == 200
        assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
        assert "no-store" in response["Cache-Control"]
        assert "X-Cache" not in response
        assert not response.cookies


def test_a_broken_cache_answers_503_with_what_failed(client):
    reading = cache.get

    def lost(key, *args, **kwargs):
        if key.startswith("health:"):
            raise ConnectionError("Redis weg")
        return reading(key, *args, **kwargs)

    with mock.patch.object(cache, "get", side_effect=lost):
        response = client.get("/health/", HTTP_HOST="localhost")
    assert response.status_code == 503
    assert response.json() == {"status": "gestört", "database": "ok", "cache": "Fehler: ConnectionError"}


def test_a_broken_database_answers_503(client):
    with mock.patch("cms.health.database_answers", side_effect=RuntimeError("PostgreSQL weg")):
        response = client.get("/health/", HTTP_HOST="localhost")
    assert response.status_code == 503
    assert response.json()["database"] == "Fehler: RuntimeError"


def test_only_reading_methods(client):
    assert client.post("/health/", HTTP_HOST="localhost").status_code == 405
