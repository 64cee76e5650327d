"""The public page cache: keyed by scheme, host and path; canonical links from DJANGO_SITE_URL."""

import re

import pytest

pytestmark = pytest.mark.usefixtures("seeded")


@pytest.fixture
def two_hosts(settings):
    settings.ALLOWED_HOSTS = ["clearcare.example.org", "localhost"]


def canonical(response) -> str:
    html = response.content.decode()
    start = html.index('<link rel="canonical" href="') + len('<link rel="canonical" href="')
    return html[start : html.index('"', start)]


@pytest.mark.usefixtures("two_hosts")
def test_a_page_cached_for_one_host_is_never_served_for_another(client):
    first = client.get("/articles/muscle-spasms/", HTTP_HOST="localhost:6666")
    assert canonical(first) == "http://localhost:6666/articles/muscle-spasms/"
    other = client.get("/articles/muscle-spasms/", HTTP_HOST="clearcare.example.org")
    assert canonical(other) == "http://clearcare.example.org/articles/muscle-spasms/"
    assert b"localhost:6666" not in other.content


@pytest.mark.usefixtures("two_hosts")
def test_the_site_url_gives_canonical_links_and_structured_data_their_address(client, settings):
    settings.SITE_URL = "https://clearcare.example.org"
    response = client.get("/articles/muscle-spasms/", HTTP_HOST="localhost:6666")
    assert canonical(response) == "https://clearcare.example.org/articles/muscle-spasms/"
    assert b"localhost:6666" not in response.content  # not in the JSON-LD either
    home = client.get("/", HTTP_HOST="localhost:6666")
    assert canonical(home) == "https://clearcare.example.org/"


def test_a_query_string_neither_bypasses_nor_fills_the_cache(client, django_assert_num_queries):
    from django.core.cache import cache

    client.get("/")
    keys_before = len(cache._cache) if hasattr(cache, "_cache") else None
    with django_assert_num_queries(0):  # served from the cache, not rebuilt
        assert client.get("/?cb=12345").status_code == 200
        assert client.get("/?cb=67890").status_code == 200
    if keys_before is not None:  # the local-memory cache: no new entries
        assert len(cache._cache) == keys_before


def test_a_bad_site_url_stops_the_start_up():
    from django.core.exceptions import ImproperlyConfigured

    from config.env import env_origin

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_SITE_URL", "clearcare.example.org")
        with pytest.raises(ImproperlyConfigured, match="DJANGO_SITE_URL"):
            env_origin("DJANGO_SITE_URL")
        patch.setenv("DJANGO_SITE_URL", "https://clearcare.example.org")
        assert env_origin("DJANGO_SITE_URL") == "https://clearcare.example.org"


def test_an_unpublish_retires_the_cached_page_even_if_the_cache_drops_writes(client, monkeypatch):
    from django.core.cache import cache

    from education.models import Article

    assert client.get("/articles/muscle-spasms/").status_code == 200  # now cached
    # The cache goes away for writes (as Redis does when it is unreachable).
    monkeypatch.setattr(cache, "set", lambda *args, **kwargs: None)
    monkeypatch.setattr(cache, "set_many", lambda *args, **kwargs: [])
    article = Article.objects.get(slug="muscle-spasms")
    article.status = Article.Status.DRAFT
    article.save()
    assert client.get("/articles/muscle-spasms/").status_code == 404


def test_other_processes_see_an_edit_within_a_second(client, monkeypatch):
    from education import caching
    from education.models import PageVersion

    client.get("/")
    before = caching.content_version()
    PageVersion.objects.update(stamp="changed-by-another-process")  # no signal in this process
    assert caching.content_version() == before  # within the second: the copy in memory
    monkeypatch.setattr(caching, "RECHECK_SECONDS", 0)
    assert caching.content_version() == "changed-by-another-process"


def without_nonces(html: bytes) -> bytes:
    return re.sub(rb'nonce="[^"]+"', b'nonce=""', html)


def test_a_cached_page_is_answered_before_sessions_and_authentication(client):
    first = client.get("/articles/muscle-spasms/")
    assert hasattr(first.wsgi_request, "user")  # made by the view, through the whole stack
    again = client.get("/articles/muscle-spasms/")
    assert without_nonces(again.content) == without_nonces(first.content)
    assert not hasattr(again.wsgi_request, "user")  # answered before authentication ran
    assert not hasattr(again.wsgi_request, "session")
    for header in ("X-Frame-Options", "Cache-Control"):
        assert again[header] == first[header], header
    assert "Cookie" not in again.get("Vary", "")


def test_a_cached_page_that_uses_the_csp_nonce_gets_each_requests_own(rf):
    from django.contrib.auth.models import AnonymousUser
    from django.http import HttpResponse
    from django.utils.csp import LazyNonce

    from education.caching import cache_public_page, cached_page

    @cache_public_page
    def page(request):
        return HttpResponse(f'<script nonce="{request._csp_nonce}" src="/s.js"></script>')

    def visit():
        request = rf.get("/a-page/")
        request.user = AnonymousUser()
        request._csp_nonce = LazyNonce()
        return request

    first = visit()
    made = page(first).content.decode()
    assert str(first._csp_nonce) in made
    second = visit()
    served = cached_page(second).content.decode()
    assert served == made.replace(str(first._csp_nonce), str(second._csp_nonce))
    assert str(second._csp_nonce) != str(first._csp_nonce)


def test_a_page_without_a_nonce_is_compressed_once_and_served_as_stored(client):
    import gzip

    client.get("/articles/muscle-spasms/")
    hits = [
        client.get("/articles/muscle-spasms/", headers={"accept-encoding": "gzip, br"})
        for _ in range(2)
    ]
    assert hits[0].content == hits[1].content  # the stored bytes, not compressed again
    assert hits[0]["Content-Encoding"] == "gzip" and hits[0]["Vary"] == "Accept-Encoding"
    page = gzip.decompress(hits[0].content)
    assert b"nonce=" not in page and b"htmx-2.min" in page


def test_an_editor_with_a_session_always_reaches_the_view(client, staff_client):
    client.get("/articles/muscle-spasms/")  # cached for the public
    edited = staff_client.get("/articles/muscle-spasms/")
    assert hasattr(edited.wsgi_request, "user") and edited.wsgi_request.user.is_staff
    assert "private" in edited["Cache-Control"]
    assert "public" not in edited["Cache-Control"]


def test_public_pages_tell_a_cdn_how_long_to_keep_them(client):
    page = client.get("/articles/muscle-spasms/")
    directives = {d.strip() for d in page["Cache-Control"].split(",")}
    assert {"public", "max-age=60", "s-maxage=60", "stale-while-revalidate=30"} <= directives
    assert page["Surrogate-Key"] == page["Cache-Tag"] == "clearcare-pages"
    hit = client.get("/articles/muscle-spasms/")
    assert hit["Cache-Control"] == page["Cache-Control"]
    assert hit["Surrogate-Key"] == "clearcare-pages"
    assert set(page.get("Vary", "").replace(" ", "").split(",")) <= {"", "Accept-Encoding"}


@pytest.fixture
def cdn():
    """A stand-in CDN purge endpoint on loopback; yields what it received."""
    import json
    import threading
    from http.server import BaseHTTPRequestHandler, HTTPServer

    received = []

    class Purge(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers["Content-Length"]))
            received.append({"headers": dict(self.headers), "body": json.loads(body)})
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Purge)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/purge", received
    server.shutdown()
    server.server_close()


def test_a_publish_asks_the_cdn_to_drop_the_pages_once_committed(
    cdn, settings, django_capture_on_commit_callbacks
):
    import time

    from education.models import Article

    url, received = cdn
    settings.CDN_PURGE_URL = url
    settings.CDN_PURGE_HEADERS = {"Authorization": "Bearer purge-token"}
    settings.SITE_URL = "https://clearcare.example.org"
    article = Article.objects.get(slug="muscle-spasms")
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        article.summary = "A new summary."
        article.save()
        article.sections.first().save()
        assert not received  # nothing before the commit
    assert len(callbacks) == 1  # one purge for the whole transaction
    for _ in range(100):
        if received:
            break
        time.sleep(0.05)
    [purge] = received
    assert purge["body"] == {"tags": ["clearcare-pages"], "site": "https://clearcare.example.org"}
    assert purge["headers"]["Authorization"] == "Bearer purge-token"


def test_a_cdn_that_cannot_be_reached_never_stops_a_save(settings, caplog):
    from education.caching import purge_cdn

    settings.CDN_PURGE_URL = "http://127.0.0.1:9/purge"  # nothing listens there
    assert purge_cdn() is False
    assert "CDN purge failed" in caplog.text


def test_a_busy_page_is_served_from_the_process_memory_until_the_content_changes(
    client, monkeypatch
):
    from django.core.cache import cache

    from education import caching
    from education.models import Article, PageVersion

    made = client.get("/articles/muscle-spasms/")
    asked = []
    monkeypatch.setattr(cache, "get", lambda *args, **kwargs: asked.append(args))
    again = client.get("/articles/muscle-spasms/")
    assert again.status_code == 200 and not asked  # no trip to the shared cache
    assert without_nonces(again.content) == without_nonces(made.content)
    # Another process's edit: once this process reads the new version, its copy is not used.
    PageVersion.objects.update(stamp="edited-elsewhere")
    Article.objects.filter(slug="muscle-spasms").update(title="Edited elsewhere")
    monkeypatch.setattr(caching, "RECHECK_SECONDS", 0)
    assert b"Edited elsewhere" in client.get("/articles/muscle-spasms/").content


def test_the_process_keeps_only_so_many_pages(settings):
    from education.caching import near_pages

    settings.PAGE_CACHE_LOCAL_ENTRIES = 2
    for key in ("a", "b", "c"):
        near_pages.put(key, {"version": "v"})
    near_pages.get("b")
    near_pages.put("d", {"version": "v"})
    assert [near_pages.get(k) is not None for k in "abcd"] == [False, True, False, True]


def test_with_the_page_cache_off_every_page_is_made_afresh(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    for _ in range(2):
        response = client.get("/articles/muscle-spasms/")
        assert hasattr(response.wsgi_request, "user")  # through the whole stack to the view
        assert "public" not in response.get("Cache-Control", "")


def test_a_rolled_back_save_does_not_stop_the_next_purge(
    settings, django_capture_on_commit_callbacks
):
    from django.db import transaction

    from education.models import Article

    settings.CDN_PURGE_URL = "http://127.0.0.1:9/purge"
    article = Article.objects.get(slug="muscle-spasms")
    with (
        django_capture_on_commit_callbacks() as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        article.save()
        raise RuntimeError("the editor's save failed")
    assert callbacks == []  # nothing to purge: nothing changed
    with django_capture_on_commit_callbacks() as callbacks:
        article.save()
    assert len(callbacks) == 1  # the next change is purged


def test_a_miss_reads_the_cache_once(client, monkeypatch):
    """The middleware looked for the page: the view does not look again."""
    from django.core.cache import cache

    from education import caching

    reads = []

    class Counting:
        def get(self, key, *args, **kwargs):
            reads.append(key)
            return cache.get(key, *args, **kwargs)

        def __getattr__(self, name):
            return getattr(cache, name)

    monkeypatch.setattr(caching, "cache", Counting())
    caching.near_pages.clear()
    client.get("/articles/muscle-spasms/")
    assert [key for key in reads if key.startswith("page:")] == [
        caching._key(client.get("/articles/muscle-spasms/").wsgi_request)
    ]
