"""Whole-page caching for the public article pages, cleared whenever an editor saves.

Pages are cached for anonymous visitors only (staff see drafts and fresh
edits), keyed by a content version that every save or delete of an article,
section, source or category replaces, so an edit shows at once. The version
lives in the shared cache (Redis when configured), so all app servers agree.
"""

from __future__ import annotations

import hashlib
import uuid
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpRequest, HttpResponse

VERSION_KEY = "pages:version"


def content_version() -> str:
    """Return the current content version, creating one if there is none."""
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, timeout=None)
        version = cache.get(VERSION_KEY) or "uncached"
    return version


def _new_version() -> None:
    cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None)


def pages_changed() -> None:
    """Retire every cached page: now, and again once the editor's transaction commits,
    so a page cached from the old rows in between is retired too."""
    _new_version()
    transaction.on_commit(_new_version)


def cache_public_page(view):
    """Serve the view from the cache for anonymous GETs; store successful answers.

    One round trip to the cache reads both the content version and the page;
    a page stored under an older version is a miss.
    """

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if request.method not in ("GET", "HEAD") or request.user.is_authenticated:
            return view(request, *args, **kwargs)
        # Scheme, host and path: never one host's page for another. The query string
        # is left out: these pages take none, so "?cb=..." cannot bypass or fill the cache.
        address = f"{request.scheme}://{request.get_host()}{request.path}"
        key = "page:" + hashlib.sha256(address.encode()).hexdigest()
        found = cache.get_many([VERSION_KEY, key])
        version = found.get(VERSION_KEY) or content_version()
        page = found.get(key)
        max_age = f"public, max-age={min(60, settings.PAGE_CACHE_SECONDS)}"
        if page is not None and page["version"] == version:
            response = HttpResponse(page["content"], content_type=page["content_type"])
            response["Cache-Control"] = max_age
            return response
        response = view(request, *args, **kwargs)
        if (
            version != "uncached"
            and response.status_code == 200
            and not response.cookies
            and not response.has_header("Cache-Control")
        ):
            page = {
                "version": version,
                "content": response.content,
                "content_type": response["Content-Type"],
            }
            cache.set(key, page, timeout=settings.PAGE_CACHE_SECONDS)
            response["Cache-Control"] = max_age
        return response

    return wrapper
