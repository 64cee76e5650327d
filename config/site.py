"""The site's own address, for canonical links and structured data.

DJANGO_SITE_URL, when set, is the address; otherwise the request's own
scheme and host (which ALLOWED_HOSTS has already checked). A cached page is
keyed by scheme, host and path too, so one host's page is never served for
another.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest


def site_url(request: HttpRequest) -> str:
    """Return the site's address without a trailing slash, e.g. https://example.org."""
    return settings.SITE_URL or f"{request.scheme}://{request.get_host()}"


def site(request: HttpRequest) -> dict:
    """Template context: `site_url`."""
    return {"site_url": site_url(request)}
