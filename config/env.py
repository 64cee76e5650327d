"""Small, strict readers for environment variables.

Each returns the default when the variable is unset or empty, and raises
ImproperlyConfigured for a value it cannot read, so a typo in production
configuration stops the start-up instead of silently doing something else.
"""

from __future__ import annotations

import os
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def env_str(name: str, default: str = "") -> str:
    """Return the variable as a stripped string, or the default."""
    return os.environ.get(name, "").strip() or default


def env_bool(name: str, default: bool = False) -> bool:
    """Return True or False; anything but a clear yes or no is an error."""
    value = env_str(name).lower()
    if not value:
        return default
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be one of {sorted(_TRUE | _FALSE)}, not {value!r}.")


def env_int(name: str, default: int) -> int:
    """Return a whole number; anything else is an error."""
    value = env_str(name)
    if not value:
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}.") from None


def env_list(name: str, default: list[str] | None = None) -> list[str]:
    """Return a comma-separated variable as a list of non-empty items."""
    value = env_str(name)
    if not value:
        return list(default or [])
    return [item.strip() for item in value.split(",") if item.strip()]


def env_origins(name: str) -> list[str]:
    """Return a comma-separated list of origins such as https://example.org."""
    origins = env_list(name)
    for origin in origins:
        parts = urlsplit(origin)
        if parts.scheme not in {"http", "https"} or not parts.netloc or parts.path:
            raise ImproperlyConfigured(
                f"{name} must list origins like https://example.org, not {origin!r}."
            )
    return origins


def env_phone_numbers(name: str, default: list[str]) -> list[tuple[str, str]]:
    """Return "number place" items, e.g. "999 UK, 911 US", as (number, place) pairs."""
    numbers = []
    for item in env_list(name, default):
        number, _, place = item.partition(" ")
        if not (number.isdigit() and 2 <= len(number) <= 4):
            raise ImproperlyConfigured(
                f"{name} must list a number and a place, like '999 UK, 911 US', not {item!r}."
            )
        numbers.append((number, place.strip()))
    if not numbers:
        raise ImproperlyConfigured(f"{name} needs at least one number, like '999 UK'.")
    return numbers


def env_origin(name: str) -> str:
    """Return one origin such as https://example.org (or "" when unset)."""
    origins = env_origins(name)
    if len(origins) > 1:
        raise ImproperlyConfigured(f"{name} takes one origin, not {len(origins)}.")
    return origins[0] if origins else ""


def env_database(name: str, default: str) -> dict:
    """Return a DATABASES entry parsed from a database URL."""
    url = env_str(name, default)
    try:
        config = dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} is not a database URL Django can use: {exc}") from exc
    if not config.get("ENGINE"):
        raise ImproperlyConfigured(f"{name} names no database engine.")
    return config


def env_redis_url(name: str) -> str:
    """Return a redis:// or rediss:// URL, or an empty string when unset."""
    url = env_str(name)
    if url and urlsplit(url).scheme not in {"redis", "rediss", "unix"}:
        raise ImproperlyConfigured(f"{name} must be a redis:// URL, not {url!r}.")
    return url
