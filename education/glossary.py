"""The editors' glossary on the public pages: each page's `glossary`, and the cached terms.

Every template gets `glossary` (a context processor), made only when the page
explains a word: `{{ text|explained:glossary }}` explains the first use of
each term on the page (core.glossary). The terms of each language are read
once per content version (kept in the shared cache and in each process), so
a page costs no query and no cache trip for them while nothing changes.
"""

from __future__ import annotations

import hashlib

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


#: This process's copy of the terms, by language, for the content version they were read at.
_in_memory: dict[str, tuple[str, list[Entry]]] = {}
#: The digest of each language's terms, with the list it was made from.
_stamps: dict[str, tuple[list[Entry], str]] = {}


def forget() -> None:
    """Drop this process's copy of the terms (tests, after emptying the shared cache)."""
    _in_memory.clear()
    _stamps.clear()


def entries(language: str) -> list[Entry]:
    """Every term the pages of `language` explain, A to Z, from this process's memory or the
    shared cache while the content version is the one they were read at."""
    version = content_version()
    if version == "uncached":
        return Term.entries(language)
    kept = _in_memory.get(language)
    if kept is not None and kept[0] == version:
        return kept[1]
    key = f"glossary:{language}:{version}"
    found = cache.get(key)
    if found is None:
        found = Term.entries(language)
        cache.set(key, found, CACHE_SECONDS)
    _in_memory[language] = (version, found)
    return found


def stamp(language: str) -> str:
    """A digest of the terms the pages of `language` explain: it changes when any of them does
    (education.rendering keeps article parts under it)."""
    found = entries(language)
    kept = _stamps.get(language)
    if kept is None or kept[0] is not found:
        kept = (found, hashlib.sha256(repr(found).encode()).hexdigest())
        _stamps[language] = kept
    return kept[1]


def _page_glossary() -> Glossary:
    return Glossary(entries(get_language()), reverse("education:glossary"))


def glossary(request: HttpRequest) -> dict:
    """Give every template the page's glossary; it is made on the first word explained."""
    return {"glossary": SimpleLazyObject(_page_glossary)}
