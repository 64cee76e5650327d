"""A per-client limit on POSTs (the checker's answers, readers' feedback), counted in the
shared cache.

Keys hold a hash of the address, never the address, and expire within two
minutes. If the cache is down the limit is not applied: people in need can
still use the checker.
"""

from __future__ import annotations

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest

from core.client import client_ip


def over_limit(request: HttpRequest, scope: str, limit: int) -> bool:
    """Count this request against `scope`'s limit (POSTs a minute, 0 for none); return True
    when its client has sent more than `limit` this minute."""
    if not limit:
        return False
    window = int(time.time() // 60)
    client = hashlib.sha256(f"{settings.SECRET_KEY}:{client_ip(request)}".encode()).hexdigest()[:32]
    key = f"throttle:{scope}:{client}:{window}"
    if cache.add(key, 1, timeout=120):
        return False
    try:
        count = cache.incr(key)
    except ValueError:  # the key expired between add and incr
        return False
    return count is not None and count > limit
