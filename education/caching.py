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
import threading
import time
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError
from django.http import HttpRequest, HttpResponse
from django.middleware.csp import get_nonce

#: How often, at most, a process asks the database whether the pages changed.
RECHECK_SECONDS = 1.0

_lock = threading.Lock()
_seen: dict[str, object] = {"version": None, "checked_at": 0.0}


def forget() -> None:
    """Drop this process's copy of the version, so the next request reads it afresh."""
    _seen.update(version=None, checked_at=0.0)


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
        _seen.update(version=version, checked_at=now)
    return version


def pages_changed() -> None:
    """Retire every cached page, in the editor's transaction (all processes within a second)."""
    from education.models import PageVersion

    PageVersion.bump()
    forget()  # this process sees the new version on its next request


def _key(request: HttpRequest) -> str:
    # Scheme, host and path: never one host's page for another. The query string
    # is left out: these pages take none, so "?cb=..." cannot bypass or fill the cache.
    address = f"{request.scheme}://{request.get_host()}{request.path}"
    return "page:" + hashlib.sha256(address.encode()).hexdigest()


def _max_age() -> str:
    return f"public, max-age={min(60, settings.PAGE_CACHE_SECONDS)}"


def cached_page(request: HttpRequest) -> HttpResponse | None:
    """Return the cached page for this address if it was made from the current content."""
    version = content_version()
    if version == "uncached":
        return None
    page = cache.get(_key(request))
    if page is None or page["version"] != version:
        return None
    content = page["content"]
    if page.get("nonce"):
        # The page's scripts carry the CSP nonce it was made with: give them this request's,
        # which the CSP header then names, so no nonce is ever used twice.
        content = content.replace(page["nonce"].encode(), str(get_nonce(request)).encode())
    response = HttpResponse(content, content_type=page["content_type"])
    response["Cache-Control"] = _max_age()
    return response


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
        if (
            request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and settings.PAGE_CACHE_SECONDS
        ):
            response = cached_page(request)
            if response is not None:
                return response
        return self.get_response(request)


def cache_public_page(view):
    """Serve the view from the cache for anonymous GETs; store successful answers.

    One round trip to the cache reads the page; a page stored under an older
    content version is a miss. PublicPageCacheMiddleware answers most hits
    before this runs.
    """

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if request.method not in ("GET", "HEAD") or request.user.is_authenticated:
            return view(request, *args, **kwargs)
        version = content_version()
        response = cached_page(request)
        if response is not None:
            return response
        response = view(request, *args, **kwargs)
        if (
            version != "uncached"
            and response.status_code == 200
            and not response.cookies
            and not response.has_header("Cache-Control")
        ):
            nonce = get_nonce(request)
            page = {
                "version": version,
                "content": response.content,
                "content_type": response["Content-Type"],
                "nonce": str(nonce) if nonce else "",
            }
            cache.set(_key(request), page, timeout=settings.PAGE_CACHE_SECONDS)
            response["Cache-Control"] = _max_age()
        return response

    return wrapper
