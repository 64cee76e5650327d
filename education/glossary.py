"""The editors' glossary on the public pages: each page's `glossary`, and the cached terms.

Every template gets `glossary` (a context processor), made only when the page
explains a word: `{{ text|explained:glossary }}` explains the first use of
each term on the page (core.glossary). The terms of each language are read
once per content version, so a page costs no query for them while nothing
changes, whatever the number of terms.
"""

from __future__ import annotations

from django.core.cache import cache
from django.http import HttpRequest
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language

from core.glossary import Entry, Glossary
from education.caching import content_version
from education.models import Term

#: How long the terms of a language stay cached: a new content version replaces them sooner.
CACHE_SECONDS = 24 * 60 * 60


def entries(language: str) -> list[Entry]:
    """Every term the pages of `language` explain, A to Z, from the cache when current."""
    version = content_version()
    if version == "uncached":
        return Term.entries(language)
    key = f"glossary:{language}:{version}"
    found = cache.get(key)
    if found is None:
        found = Term.entries(language)
        cache.set(key, found, CACHE_SECONDS)
    return found


def _page_glossary() -> Glossary:
    return Glossary(entries(get_language()), reverse("education:glossary"))


def glossary(request: HttpRequest) -> dict:
    """Give every template the page's glossary; it is made on the first word explained."""
    return {"glossary": SimpleLazyObject(_page_glossary)}
