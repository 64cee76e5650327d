"""Who is asking: the client's address, for the checker's rate limit and the admin's lockout.

The checker never stores or logs it; django-axes keeps it with a failed
sign-in for the lockout's hour.
"""

from django.conf import settings
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str:
    """Return the client's IP address, trusting X-Forwarded-For only as far as our own proxies."""
    if settings.NUM_PROXIES:
        forwarded = [
            part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        ]
        if len(forwarded) >= settings.NUM_PROXIES:
            return forwarded[-settings.NUM_PROXIES]
    return request.META.get("REMOTE_ADDR", "")
