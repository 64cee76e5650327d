"""The page's language, site-wide response headers, and a friendly 503 when the database is down."""

from __future__ import annotations

import logging

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse
from django.middleware.gzip import GZipMiddleware, re_accepts_gzip
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.text import compress_string

from config.site import emergency_numbers

logger = logging.getLogger(__name__)


class PathLanguageMiddleware:
    """Speak the language the address names: /es/... is Spanish, any other address English.

    Unlike Django's LocaleMiddleware, neither a cookie nor the browser's
    Accept-Language changes it, so one address is always one page: caches need
    no `Vary: Accept-Language`, and a reader who follows a link gets the
    language the link promised. The language switcher on every page leads to
    the other language.

    The admin is the exception: it has one address for every editor, so it
    speaks the language of the editor's browser (Spanish or English).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        in_admin = request.path_info.startswith("/" + settings.ADMIN_URL)
        if in_admin:
            language = translation.get_language_from_request(request)
        else:
            language = (
                translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
            )
        request.LANGUAGE_CODE = language
        # Only for this request: whatever runs next in this thread (a command, a test, the
        # next request) starts from the language it had.
        with translation.override(language):
            response = self.get_response(request)
        response.setdefault("Content-Language", language)
        if in_admin:
            patch_vary_headers(response, ["Accept-Language"])
        return response


def compress_once(content: bytes) -> bytes:
    """Compress a page as CompressionMiddleware does (gzip padded with random bytes against
    BREACH), for a page kept and served many times (education.caching, education.rendering)."""
    return compress_string(content, max_random_bytes=GZipMiddleware.max_random_bytes)


def attach_compressed(response: HttpResponse, compressed: bytes) -> None:
    """Give `response` its content already compressed (compress_once), so CompressionMiddleware
    sends that instead of compressing it again. Ignored if the content changes meanwhile."""
    response.compressed = (response.content, compressed)


def attached_compressed(response: HttpResponse) -> bytes | None:
    """The compressed bytes attached to `response` (attach_compressed), while its content is
    still the one they were made from; else None."""
    kept = getattr(response, "compressed", None)
    if kept is None or response.content != kept[0]:
        return None
    return kept[1]


class CompressionMiddleware(GZipMiddleware):
    """Compress pages with gzip unless COMPRESS_RESPONSES is off (behind a proxy that
    compresses). Django's GZipMiddleware pads each compressed answer with random bytes
    against BREACH; static files are not its business (WhiteNoise, before it, serves
    them compressed ahead of time). A page kept with its compressed bytes
    (attach_compressed) is sent as they are: the page is compressed once, not on every
    request."""

    def process_response(self, request: HttpRequest, response: HttpResponse) -> HttpResponse:
        if not settings.COMPRESS_RESPONSES:
            return response
        kept = None if response.has_header("Content-Encoding") else attached_compressed(response)
        if kept is None:
            return super().process_response(request, response)
        patch_vary_headers(response, ("Accept-Encoding",))
        if not re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", "")):
            return response
        response.content = kept
        response.headers["Content-Length"] = str(len(kept))
        etag = response.get("ETag")
        if etag and etag.startswith('"'):
            response.headers["ETag"] = "W/" + etag  # as GZipMiddleware does (RFC 9110 8.8.1)
        response.headers["Content-Encoding"] = "gzip"
        return response


class PermissionsPolicyMiddleware:
    """Add the Permissions-Policy header (the site needs no camera, microphone, location…)
    and Cross-Origin-Resource-Policy (other sites may not embed its responses)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        response.setdefault("Cross-Origin-Resource-Policy", settings.CROSS_ORIGIN_RESOURCE_POLICY)
        return response


def service_unavailable_response() -> HttpResponse:
    """Return the 503 page, rendered without touching the database."""
    context = {"emergency_numbers": emergency_numbers()}
    response = HttpResponse(render_to_string("503.html", context), status=503)
    response["Retry-After"] = "30"
    response["Cache-Control"] = "no-store"
    return response


def server_error(request, *args, **kwargs) -> HttpResponse:
    """The 500 page (Django's handler500), with the configured emergency numbers.

    Rendered without the request's context processors, as Django's own
    handler does: whatever failed (a session, the database) is not touched again.
    """
    context = {"emergency_numbers": emergency_numbers()}
    response = HttpResponse(render_to_string("500.html", context), status=500)
    response["Cache-Control"] = "no-store"
    return response


class ServiceUnavailableMiddleware:
    """Turn a lost database connection into a friendly 503 page instead of a 500."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if isinstance(exception, OperationalError | InterfaceError) or (
            isinstance(exception, DatabaseError) and "connect" in str(exception).lower()
        ):
            logger.error("Database unavailable: %s", type(exception).__name__)
            return service_unavailable_response()
        return None
