"""Whole-page caching for the public article pages, cleared whenever an editor saves.

Pages are cached for anonymous visitors only (staff see drafts and fresh
edits), under the content version they were made from. The version is a
stamp in the database (PageVersion) that every save or delete of an article,
section, source or category replaces in the editor's own transaction, so an
edit (an unpublish above all) is never lost to a cache that is down. Each
process reads the stamp at most once a second; the process that made the
edit sees it at once.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time
import urllib.request
from collections import OrderedDict
from functools import lru_cache, wraps

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection, transaction
from django.http import HttpRequest, HttpResponse
from django.middleware.csp import get_nonce
from django.middleware.gzip import re_accepts_gzip
from django.utils.cache import patch_cache_control

from config.middleware import attached_compressed, compress_once

logger = logging.getLogger(__name__)

#: How often, at most, a process asks the database whether the pages changed.
RECHECK_SECONDS = 1.0

_lock = threading.Lock()
_seen: dict[str, object] = {"version": None, "checked_at": 0.0}
#: What to do in this process when it sees a new content version (on_new_version).
_on_new_version: list = []


def on_new_version(callback) -> None:
    """Call `callback()` whenever this process sees the content version move on, before the
    request that saw it renders anything (the checker registers its rules' recheck, so a
    page made after a publish never shows the rules from before it)."""
    if callback not in _on_new_version:
        _on_new_version.append(callback)


def forget() -> None:
    """Drop this process's copy of the version and of its pages, so the next request reads
    them afresh."""
    _seen.update(version=None, checked_at=0.0)
    near_pages.clear()


def content_version() -> str:
    """Return the current content version ("uncached" when it cannot be read)."""
    from education.models import PageVersion

    now = time.monotonic()
    if _seen["version"] is not None and now - _seen["checked_at"] < RECHECK_SECONDS:
        return _seen["version"]
    try:
        version = PageVersion.current() or "initial"
    except DatabaseError:
        return "uncached"  # never cache, nor serve from the cache, without knowing the version
    with _lock:
        moved_on = _seen["version"] not in (None, version)
        _seen.update(version=version, checked_at=now)
    if moved_on:
        for callback in _on_new_version:
            callback()
    return version


def pages_changed() -> None:
    """Retire every cached page, in the editor's transaction (all processes within a second),
    and, once the transaction commits, ask the CDN in front (if any) to drop them too."""
    from education.models import PageVersion

    PageVersion.bump()
    forget()  # this process sees the new version on its next request
    if settings.CDN_PURGE_URL and not _purge_scheduled():
        # One purge for all the saves of one transaction; none if it is rolled back.
        transaction.on_commit(_purge_cdn_soon, robust=True)


#: The tag every cached public page carries (as Surrogate-Key and Cache-Tag), which the
#: purge asks the CDN to drop.
PAGES_TAG = "clearcare-pages"


def _purge_scheduled() -> bool:
    # Django's list of what runs when this transaction commits (a rollback empties it).
    return any(entry[1] is _purge_cdn_soon for entry in connection.run_on_commit)


def _purge_cdn_soon() -> None:
    # In a thread: the editor's save never waits for the CDN.
    threading.Thread(target=purge_cdn, daemon=True).start()


def purge_cdn() -> bool:
    """POST {"tags": [PAGES_TAG], "site": SITE_URL} to CDN_PURGE_URL; return True on a 2xx.

    A CDN that cannot be reached is logged and left: its copies expire after
    CDN_CACHE_SECONDS anyway, and the site's own cache is already current.
    """
    body = json.dumps({"tags": [PAGES_TAG], "site": settings.SITE_URL}).encode()
    request = urllib.request.Request(  # noqa: S310 - settings allow http(s) only
        settings.CDN_PURGE_URL,
        data=body,
        method="POST",
        headers={"Content-Type": "application/json", **settings.CDN_PURGE_HEADERS},
    )
    try:
        with urllib.request.urlopen(request, timeout=5) as response:  # noqa: S310 - as above
            return 200 <= response.status < 300
    except (OSError, ValueError) as error:
        logger.warning("CDN purge failed: %s", type(error).__name__)
        return False


def _key(request: HttpRequest) -> str:
    # Scheme, host and path: never one host's page for another. The query string
    # is left out ("?cb=..." can neither bypass nor fill the cache), but for the search
    # page's own question, exactly as asked: one page for each query.
    address = f"{request.scheme}://{request.get_host()}{request.path}"
    if _asks_a_question(request):
        address += "?q=" + request.GET["q"]
    return "page:" + hashlib.sha256(address.encode()).hexdigest()


def _asks_a_question(request: HttpRequest) -> bool:
    """True for a search with its question (one page for each question: see _key)."""
    return "q" in request.GET and request.path in _search_paths()


def _asked_before(request: HttpRequest, key: str) -> bool:
    """For a search: whether its question was asked before, within a page's lifetime. Only
    then is its page kept: a flood of questions never asked again, as a crawler or an
    attacker can send, leaves a small mark each, never a page, so the cache keeps the pages
    readers ask for. Every other page is kept on its first request."""
    if not _asks_a_question(request):
        return True
    return not cache.add("asked:" + key, True, timeout=settings.PAGE_CACHE_SECONDS)


@lru_cache(maxsize=1)
def _search_paths() -> frozenset[str]:
    """The search page's address in each language ("/search/", "/es/search/")."""
    from django.urls import reverse
    from django.utils import translation

    paths = set()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            paths.add(reverse("education:search"))
    return frozenset(paths)


def _cacheable(response: HttpResponse) -> HttpResponse:
    """Let browsers keep a public page a minute, and a CDN CDN_CACHE_SECONDS, serving it a
    little stale (CDN_STALE_SECONDS) while it fetches the new one; tag it for purges."""
    response["Cache-Control"] = (
        f"public, max-age={min(60, settings.PAGE_CACHE_SECONDS)}, "
        f"s-maxage={settings.CDN_CACHE_SECONDS}, "
        f"stale-while-revalidate={settings.CDN_STALE_SECONDS}"
    )
    response["Surrogate-Key"] = response["Cache-Tag"] = PAGES_TAG
    return response


class _NearPages:
    """The pages this process served last, so a busy page costs no trip to the shared cache.

    Entries carry the content version they were made from and are used only
    while it is current, so they retire exactly as the shared cache's do
    (PAGE_CACHE_LOCAL_ENTRIES pages at most; the oldest used goes first).
    """

    def __init__(self):
        self._pages: OrderedDict[str, dict] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> dict | None:
        with self._lock:
            page = self._pages.get(key)
            if page is not None:
                self._pages.move_to_end(key)
            return page

    def put(self, key: str, page: dict) -> None:
        with self._lock:
            self._pages[key] = page
            self._pages.move_to_end(key)
            while len(self._pages) > settings.PAGE_CACHE_LOCAL_ENTRIES:
                self._pages.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._pages.clear()


near_pages = _NearPages()


def _stored_page(key: str, version: str) -> dict | None:
    page = near_pages.get(key)
    if page is not None and page["version"] == version:
        return page
    page = cache.get(key)
    if page is None or page["version"] != version:
        return None
    near_pages.put(key, page)
    return page


def cached_page(request: HttpRequest) -> HttpResponse | None:
    """Return the cached page for this address if it was made from the current content."""
    version = content_version()
    if version == "uncached" or not settings.PAGE_CACHE_SECONDS:
        return None
    page = _stored_page(_key(request), version)
    if page is None:
        return None
    accepts_gzip = re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", ""))
    if page.get("gzip") and settings.COMPRESS_RESPONSES and accepts_gzip:
        # Compressed once, when stored: no gzip work for a hit.
        response = HttpResponse(page["gzip"], content_type=page["content_type"])
        response["Content-Encoding"] = "gzip"
        response["Vary"] = "Accept-Encoding"
        return _cacheable(response)
    content = page["content"]
    if page.get("nonce"):
        # The page's scripts carry the CSP nonce it was made with: give them this request's,
        # which the CSP header then names, so no nonce is ever used twice.
        content = content.replace(page["nonce"].encode(), str(get_nonce(request)).encode())
    return _cacheable(HttpResponse(content, content_type=page["content_type"]))


class PublicPageCacheMiddleware:
    """Answer an anonymous GET of a cached public page before the rest of the stack runs.

    A visitor without a session cookie (every member of the public) gets the
    page for one cache read: sessions, CSRF, authentication, messages and the
    view never run. Staff, who have a session, always reach the view, which
    never serves or stores a page for a signed-in editor. Pages are stored by
    `cache_public_page` on the views that may be cached.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        anonymous = settings.SESSION_COOKIE_NAME not in request.COOKIES
        if request.method in ("GET", "HEAD") and anonymous and settings.PAGE_CACHE_SECONDS:
            response = cached_page(request)
            if response is not None:
                return response
            request.page_cache_missed = True  # the view need not look again
        response = self.get_response(request)
        if anonymous and response.get("Surrogate-Key") == PAGES_TAG and not response.cookies:
            # A public page is the same for every visitor without a session: drop the
            # "Vary: Cookie" that reading the (empty) session added, so a CDN keeps one
            # copy, not one per cookie. Requests with a session cookie must pass the CDN.
            vary = [v.strip() for v in response.get("Vary", "").split(",") if v.strip()]
            kept = [v for v in vary if v.lower() != "cookie"]
            if kept:
                response["Vary"] = ", ".join(kept)
            elif "Vary" in response:
                del response["Vary"]
        return response


def cache_public_page(view):
    """Serve the view from the cache for anonymous GETs; store successful answers (a search's
    from the second time its question is asked: _asked_before).

    One round trip to the cache reads the page; a page stored under an older
    content version is a miss. PublicPageCacheMiddleware answers most hits
    before this runs.
    """

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if request.method not in ("GET", "HEAD"):
            return view(request, *args, **kwargs)
        if request.user.is_authenticated:
            # An editor's page (it may show a draft): for their browser only.
            response = view(request, *args, **kwargs)
            patch_cache_control(response, private=True)
            return response
        version = content_version()
        if not getattr(request, "page_cache_missed", False):
            response = cached_page(request)
            if response is not None:
                return response
        response = view(request, *args, **kwargs)
        if (
            version != "uncached"
            and settings.PAGE_CACHE_SECONDS
            and response.status_code == 200
            and not response.cookies
            and not response.has_header("Cache-Control")
        ):
            key = _key(request)
            if not _asked_before(request, key):
                return _cacheable(response)  # the same for every reader, but not kept here
            nonce = get_nonce(request)
            page = {
                "version": version,
                "content": response.content,
                "content_type": response["Content-Type"],
                "nonce": str(nonce) if nonce else "",
                # A page without a nonce is the same bytes for everyone: compress it once
                # (with GZipMiddleware's random padding against BREACH).
                "gzip": b""
                if nonce
                else attached_compressed(response) or compress_once(response.content),
            }
            cache.set(key, page, timeout=settings.PAGE_CACHE_SECONDS)
            near_pages.put(key, page)
            _cacheable(response)
        return response

    return wrapper
