"""Django's Redis cache, made to fail soft: a cache outage must not take the site down."""

from __future__ import annotations

import functools
import logging

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)


def _soft(default=None):
    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            try:
                return method(self, *args, **kwargs)
            except RedisError as exc:
                logger.warning("Cache unavailable, carrying on without it: %s", type(exc).__name__)
                return default() if callable(default) else default

        return wrapper

    return decorate


class ResilientRedisCache(RedisCache):
    """RedisCache whose errors are logged and ignored: reads miss, writes are dropped."""

    get = _soft()(RedisCache.get)
    get_many = _soft(dict)(RedisCache.get_many)
    set = _soft()(RedisCache.set)
    set_many = _soft(list)(RedisCache.set_many)
    add = _soft(False)(RedisCache.add)
    touch = _soft(False)(RedisCache.touch)
    delete = _soft(False)(RedisCache.delete)
    delete_many = _soft()(RedisCache.delete_many)
    has_key = _soft(False)(RedisCache.has_key)
    incr = _soft(None)(RedisCache.incr)
    clear = _soft(False)(RedisCache.clear)
