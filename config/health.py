"""/healthz: does the site's database and cache answer? For load balancers and monitors."""

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
    """Return 200 when the database and the cache both answer, 503 otherwise; no details."""
    checks = {"database": _database_ok(), "cache": _cache_ok()}
    status = 200 if all(checks.values()) else 503
    body = {"status": "ok" if status == 200 else "unavailable"}
    body.update({name: "ok" if ok else "unavailable" for name, ok in checks.items()})
    return JsonResponse(body, status=status)
