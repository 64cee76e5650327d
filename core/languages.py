"""The site's languages: where the same page lives in each, for the switcher and hreflang links.

English is served unprefixed, Spanish under /es/ (config/urls.py). A page
that exists in every language (home, search, the checker) is the same
address with the other prefix. An article is one row a language, linked by
`translation_of`; it passes its `editions` (language to address), so an
article without a Spanish edition leads Spanish readers to the Spanish
home, saying so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from django.conf import settings
from django.http import HttpRequest
from django.urls import get_script_prefix, get_urlconf, reverse, translate_url
from django.utils import translation


@dataclass(frozen=True)
class PageLanguage:
    """The page in one language: its address, and whether this page exists in it."""

    code: str
    name: str
    url: str
    exists: bool
    current: bool

    @property
    def default(self) -> bool:
        """True for the site's default language: search engines send other readers there."""
        return self.code == settings.LANGUAGE_CODE


#: What a slug is made of (Django's SlugField): put in an address as it is, never quoted.
_SLUG = re.compile(r"[-a-zA-Z0-9_]+")
#: Stands for the slug in an address made once (slug_url); a slug of its own, found nowhere else.
_PLACEHOLDER = "0clearcare0slug0"


def slug_url(view: str, slug: str, language: str | None = None) -> str:
    """Return `reverse(view, args=[slug])` in `language` (the current one by default).

    Lists of articles ask for many addresses (20 search results, a sitemap):
    each view's address is made once a language with a placeholder, then
    the slug is put in, which is what reverse() would give for any slug.
    """
    language = language or translation.get_language()
    if not _SLUG.fullmatch(slug):
        with translation.override(language):
            return reverse(view, args=[slug])
    urlconf = get_urlconf() or settings.ROOT_URLCONF
    return _url_with_placeholder(view, language, get_script_prefix(), urlconf).replace(
        _PLACEHOLDER, slug, 1
    )


@lru_cache(maxsize=64)
def _url_with_placeholder(view: str, language: str, prefix: str, urlconf) -> str:
    # The prefix and the URLconf in use are part of the key: reverse() reads both.
    with translation.override(language):
        return reverse(view, args=[_PLACEHOLDER])


def home_url(language: str) -> str:
    """Return the home page's address in `language` ("/" or "/es/")."""
    with translation.override(language):
        return reverse("education:home")


def page_languages(
    request: HttpRequest, editions: dict[str, str] | None = None
) -> list[PageLanguage]:
    """Return this page in each of the site's languages, the page's own language first.

    `editions` maps a language to the page's address in it, for pages that
    are separate rows (an article); otherwise the address is translated.
    A language the page does not exist in leads to that language's home.
    """
    current = translation.get_language()
    languages = []
    for code, name in settings.LANGUAGES:
        if editions is not None:
            url = editions.get(code, "")
        elif code == current:
            url = request.path
        else:
            url = translate_url(request.path, code)
            if url == request.path:  # an address no page answers: no translation of it either
                url = ""
        languages.append(
            PageLanguage(
                code, name, url or home_url(code), exists=bool(url), current=code == current
            )
        )
    return sorted(languages, key=lambda language: not language.current)
