"""/healthz: can this app server serve, and is its cache there? For load balancers and monitors."""

from __future__ import annotations

import logging
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


def _database_ok() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:
        logger.exception("Health check: database unavailable")
        return False


def _cache_ok() -> bool:
    # The cache swallows its own errors, so check that a value makes the round trip.
    key, value = "healthz:probe", uuid.uuid4().hex
    try:
        cache.set(key, value, timeout=10)
        return cache.get(key) == value
    except Exception:
        logger.exception("Health check: cache unavailable")
        return False


@never_cache
@require_safe
def healthz(request: HttpRequest) -> JsonResponse:
    """Say whether this app server can serve: 503 only when the database is down.

    Without the cache the site keeps serving (uncached), so a load balancer
    must keep the server: 200 with "degraded" tells operators instead. No
    error details are shown.
    """
    checks = {"database": _database_ok(), "cache": _cache_ok()}
    if not checks["database"]:
        status, overall = 503, "unavailable"
    else:
        status, overall = 200, "ok" if all(checks.values()) else "degraded"
    body = {"status": overall}
    body.update({name: "ok" if ok else "unavailable" for name, ok in checks.items()})
    return JsonResponse(body, status=status)
