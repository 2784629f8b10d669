"""/health/: whether this app process can serve, for nginx, a load balancer or a monitoring check.

Answers 200 when the database answers a query and the shared cache stores and returns a value,
503 (with what failed) otherwise. Never cached, no cookie, no template: it works on every host.
"""

import uuid

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe


def database_answers():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        return cursor.fetchone() == (1,)


def cache_answers():
    key, value = f"health:{uuid.uuid4().hex}", uuid.uuid4().hex
    cache.set(key, value, 10)
    try:
        return cache.get(key) == value
    finally:
        cache.delete(key)


@never_cache
@require_safe
def health(request):
    checks = {}
    for name, check in (("database", database_answers), ("cache", cache_answers)):
        try:
            checks[name] = "ok" if check() else "falsche Antwort"
        except Exception as error:  # noqa: BLE001 - any failure means "not healthy", with its name
            checks[name] = f"Fehler: {type(error).__name__}"
    healthy = all(state == "ok" for state in checks.values())
    return JsonResponse({"status": "ok" if healthy else "gestört", **checks}, status=200 if healthy else 503)
