"""The site's languages: where the same page lives in each, for the switcher and hreflang links.

English is served unprefixed, Spanish under /es/ (config/urls.py). A page
that exists in every language (home, search, the checker) is the same
address with the other prefix. An article is one row a language, linked by
`translation_of`; it passes its `editions` (language to address), so an
article without a Spanish edition leads Spanish readers to the Spanish
home, saying so.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse, translate_url
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
