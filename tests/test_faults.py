"""The site keeps its head when the database or the cache goes away."""

import pytest
from django.conf import settings
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.test import override_settings

pytestmark = pytest.mark.django_db

# Only the shared cache changes: each process keeps its own page fragments either way.
REDIS_DOWN = {
    "fragments": settings.CACHES["fragments"],
    "default": {
        "BACKEND": "config.cache.ResilientRedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens on port 1
        "OPTIONS": {"socket_connect_timeout": 0.1, "socket_timeout": 0.1},
    },
}
REDIS_UP = {
    "fragments": settings.CACHES["fragments"],
    "default": {
        "BACKEND": "config.cache.ResilientRedisCache",
        "LOCATION": "redis://127.0.0.1:6379/15",
        "KEY_PREFIX": "clearcare-tests",
    },
}


@pytest.fixture
def database_down(monkeypatch):
    def refuse(self):
        raise OperationalError("connection refused")

    monkeypatch.setattr(BaseDatabaseWrapper, "ensure_connection", refuse)


def test_healthz_says_ok_when_database_and_cache_answer(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.parametrize(
    "path", ["/", "/articles/muscle-spasms/", "/topics/neurology/", "/search/?q=cramp"]
)
def test_without_the_database_public_pages_answer_a_friendly_503(
    seeded, client, database_down, path
):
    response = client.get(path)
    assert response.status_code == 503
    assert b"cannot load this page right now" in response.content
    assert b"emergency number" in response.content


def test_without_the_database_the_checker_answers_a_friendly_503(seeded, client, database_down):
    response = client.post("/check/result/", {"area": "calf"})
    assert response.status_code == 503


def test_without_the_database_healthz_says_so_without_details(client, database_down):
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "unavailable", "cache": "ok"}
    assert b"refused" not in response.content


@override_settings(CACHES=REDIS_DOWN)
def test_without_redis_the_site_keeps_serving(seeded, client):
    home = client.get("/")
    assert home.status_code == 200
    assert b'href="/articles/muscle-spasms/"' in home.content
    article = client.get("/articles/muscle-spasms/")
    assert article.status_code == 200
    assert b">Muscle spasms, cramps and twitches</h1>" in article.content
    result = client.post("/check/result/", {"area": "calf", "clues": ["at-night"]})
    assert result.status_code == 200
    assert b'data-urgency="self_care"' in result.content
    # The site still serves, so a load balancer must keep this server: 200, "degraded".
    health = client.get("/healthz")
    assert health.status_code == 200
    assert health.json() == {"status": "degraded", "database": "ok", "cache": "unavailable"}


@override_settings(CACHES=REDIS_UP)
def test_with_redis_pages_are_cached_and_cleared_on_an_edit(
    seeded, client, django_assert_num_queries
):
    from django.core.cache import cache

    from education.models import Article

    cache.clear()
    assert client.get("/articles/muscle-spasms/").status_code == 200
    with django_assert_num_queries(0):
        cached = client.get("/articles/muscle-spasms/")
    assert b"Muscle spasms, cramps and twitches" in cached.content
    article = Article.objects.get(slug="muscle-spasms")
    article.title = "Muscle spasms (edited)"
    article.save()
    assert b"Muscle spasms (edited)" in client.get("/articles/muscle-spasms/").content
    assert client.get("/healthz").json()["cache"] == "ok"
    cache.clear()


@override_settings(CACHES=REDIS_DOWN)
def test_a_page_asks_a_failing_redis_once_not_on_every_cache_call(seeded, client, monkeypatch):
    from redis.connection import Connection
    from redis.exceptions import ConnectionError as RedisConnectionError

    from config import cache as resilient
    from education.caching import near_pages

    attempts = []

    def hang_then_fail(self, *args, **kwargs):
        attempts.append(self.port)
        raise RedisConnectionError("timed out")

    monkeypatch.setattr(Connection, "connect", hang_then_fail)
    monkeypatch.setattr(resilient, "_down_until", {})
    assert client.get("/articles/muscle-spasms/").status_code == 200
    assert client.get("/").status_code == 200
    assert len(attempts) == 1  # one timeout, then the cache is left alone for a while
    monkeypatch.setattr(resilient, "RETRY_SECONDS", 0.0)
    resilient._down_until.clear()
    near_pages.clear()  # the page this process kept in memory would answer without Redis
    client.get("/")
    assert len(attempts) >= 2  # and tried again once that while is over


def test_without_the_database_the_checker_still_answers_from_the_rules_it_has(
    seeded, client, monkeypatch
):
    from triage import rules

    answers = {"area": "calf", "signs": ["leg-swollen"]}
    assert client.post("/check/result/", answers).status_code == 200  # rules now in memory
    monkeypatch.setattr(rules, "RECHECK_SECONDS", 0)  # the next request asks the database

    def refuse(self):
        raise OperationalError("connection refused")

    monkeypatch.setattr(BaseDatabaseWrapper, "ensure_connection", refuse)
    response = client.post("/check/result/", answers)
    assert response.status_code == 200
    assert b'data-urgency="urgent"' in response.content


@override_settings(CACHES=REDIS_UP)
def test_the_redis_cache_keeps_one_client_a_process_and_still_works():
    from django.core.cache import cache

    cache.set("one-client", "yes", 30)
    first = cache._cache.get_client(write=True)
    assert cache.get("one-client") == "yes"
    assert cache._cache.get_client() is first  # not a new redis-py client each call
    cache.delete("one-client")
