"""The site's own address and the emergency numbers its readers call.

The address, for canonical links and structured data:

DJANGO_SITE_URL, when set, is the address; otherwise the request's own
scheme and host (which ALLOWED_HOSTS has already checked). A cached page is
keyed by scheme, host and path too, so one host's page is never served for
another.

The emergency numbers, one list a language (DJANGO_EMERGENCY_NUMBERS for
English, e.g. "911 US, 112 EU, 999 UK"; DJANGO_EMERGENCY_NUMBERS_ES for
Spanish): the first is the readers' own, shown first and largest; the
others follow, for readers from elsewhere. Checker texts say
"[emergency number]" where they belong (EMERGENCY_NUMBER_MARK).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest
from django.utils.translation import get_language, gettext


@dataclass(frozen=True)
class EmergencyNumber:
    """A number to call in an emergency, and where it works (e.g. "999", "UK")."""

    number: str
    place: str


def emergency_numbers() -> tuple[EmergencyNumber, ...]:
    """Return the emergency numbers for the page's language, the readers' own first."""
    numbers = settings.EMERGENCY_NUMBERS
    chosen = numbers.get(get_language() or "", numbers[settings.LANGUAGE_CODE])
    return tuple(EmergencyNumber(number, place) for number, place in chosen)


#: What an editor writes in a checker text where the emergency numbers belong, e.g.
#: "Call [emergency number] now". The site puts the configured numbers there, so no text
#: needs editing when the site serves another country.
EMERGENCY_NUMBER_MARK = "[emergency number]"


def emergency_numbers_text() -> str:
    """Return the numbers as words, the readers' own first: "999 (UK), 911 (US) or 112 (EU)"."""
    said = [f"{n.number} ({n.place})" if n.place else n.number for n in emergency_numbers()]
    if len(said) == 1:
        return said[0]
    # Translators: joins the last two emergency numbers, e.g. "999 (UK), 911 (US) or 112 (EU)".
    return ", ".join(said[:-1]) + gettext(" or ") + said[-1]


def with_emergency_numbers(text: str) -> str:
    """Return `text` with each EMERGENCY_NUMBER_MARK replaced by the configured numbers."""
    if EMERGENCY_NUMBER_MARK not in text:
        return text
    return text.replace(EMERGENCY_NUMBER_MARK, emergency_numbers_text())


def site_url(request: HttpRequest) -> str:
    """Return the site's address without a trailing slash, e.g. https://example.org."""
    return settings.SITE_URL or f"{request.scheme}://{request.get_host()}"


def site(request: HttpRequest) -> dict:
    """Template context: `site_url` and `emergency_numbers` (the readers' own first)."""
    return {"site_url": site_url(request), "emergency_numbers": emergency_numbers()}
