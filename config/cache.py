"""Django's Redis cache, made to fail soft: a cache outage must not take the site down."""

from __future__ import annotations

import functools
import logging
import time

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

#: After a failure the cache is left alone this long (per process and server), so a
#: Redis that hangs costs one timeout, not one for every cache call of every request.
RETRY_SECONDS = 5.0
_down_until: dict[str, float] = {}


def _soft(default=None):
    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            server = ",".join(self._servers)
            if time.monotonic() < _down_until.get(server, 0.0):
                return default() if callable(default) else default
            try:
                return method(self, *args, **kwargs)
            except RedisError as exc:
                _down_until[server] = time.monotonic() + RETRY_SECONDS
                logger.warning("Cache unavailable, carrying on without it: %s", type(exc).__name__)
                return default() if callable(default) else default

        return wrapper

    return decorate


class ReusedRedisClient(RedisCacheClient):
    """Django's Redis cache client, keeping one redis-py client per connection pool.

    Django makes a new redis-py client for every cache call, and making one
    fills a table of some 170 response handlers: about half of what a cached
    page costs. A redis-py client is safe to share between threads (it takes
    a connection from the pool for each command), so each process keeps one.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class ResilientRedisCache(RedisCache):
    """RedisCache whose errors are logged and ignored: reads miss, writes are dropped,
    and after a failure it is not asked again for RETRY_SECONDS."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedRedisClient

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
