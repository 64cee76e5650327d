"""Plain words explained where they are read.

The first use of a glossary term on a page becomes a button that opens the
term's definition in place, as an HTML popover: it needs no JavaScript,
works with the keyboard (Enter opens it, Escape closes it), and stays
hidden until asked for, so a screen reader reads the page's own text as
written and hears the definition only on request. Later uses of the term
on the same page are left as they are. Text inside links, buttons, headings
and labels is never touched.

The terms come from the editors' glossary (education.Term), one language at
a time; this module knows only the words.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeData, SafeString, mark_safe
from django.utils.translation import gettext

#: Elements whose text is never explained: a term there is already a link, a control or
#: a heading, or is code.
UNTOUCHED = frozenset(
    {"a", "abbr", "button", "code", "dfn", "label", "option", "pre", "script", "select"}
    | {"style", "summary", "textarea", "title", "h1", "h2", "h3", "h4", "h5", "h6"}
)
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(/?)>")


@dataclass(frozen=True)
class Entry:
    """One term in one language: its anchor on the glossary page, the words that name it
    (the term first, then its other forms), its definition and the definition's source."""

    slug: str
    term: str
    forms: tuple[str, ...]
    definition: str
    source: str = ""

    @functools.cached_property
    def folded_forms(self) -> tuple[str, ...]:
        """Its forms as `alphabetical` folds them, to match what a reader types (search):
        folded once for as long as this process keeps the terms."""
        return tuple(alphabetical(form) for form in self.forms)


def alphabetical(word: str) -> str:
    """The key that sorts words A to Z in either language: “Ácido” with the A's."""
    return "".join(
        c for c in unicodedata.normalize("NFD", word.casefold()) if not unicodedata.combining(c)
    )


def _pattern(forms: Iterable[str]) -> str:
    # Longest first, so "deep vein thrombosis" wins over "thrombosis"; any run of spaces
    # (a line break in the HTML) between the words of a form.
    ordered = sorted(set(forms), key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, form.split())) for form in ordered)


@functools.lru_cache(maxsize=8)
def _lexicon(entries: tuple[Entry, ...]) -> tuple[dict, dict, re.Pattern | None]:
    """The terms' forms and the pattern that finds them, made once for a set of terms
    (each page makes a Glossary; the terms change only when an editor changes them)."""
    by_form: dict[str, Entry] = {}
    by_abbreviation: dict[str, Entry] = {}
    for entry in entries:
        for form in entry.forms:
            # An abbreviation ("DVT", "PAD") counts only in capitals: a heating pad is not
            # peripheral arterial disease.
            if form.isupper() and len(form) > 1:
                by_abbreviation[form] = entry
            else:
                by_form[" ".join(form.casefold().split())] = entry
    alternatives = []
    if by_form:
        alternatives.append(f"(?i:{_pattern(by_form)})")
    if by_abbreviation:
        alternatives.append(f"(?:{_pattern(by_abbreviation)})")
    words = (
        re.compile(rf"(?<![\w-])(?:{'|'.join(alternatives)})(?![\w-])") if alternatives else None
    )
    return by_form, by_abbreviation, words


class Glossary:
    """The terms of one language, and which of them this page has explained so far.

    Make one a page and pass every text to `explain` in reading order.
    """

    def __init__(self, entries: Iterable[Entry], url: str):
        self.url = url
        self.explained: set[str] = set()
        self._by_form, self._by_abbreviation, self._words = _lexicon(tuple(entries))

    def explain(self, text) -> SafeString:
        """Return `text` with the terms this page has not explained yet explained.

        `text` marked safe is HTML (a section the site rendered and sanitized);
        anything else is plain text, escaped first.
        """
        html = str(text) if isinstance(text, SafeData) else str(conditional_escape(text))
        if self._words is None:
            return mark_safe(html)  # noqa: S308 - safe HTML, or text escaped just above
        out, start, untouched = [], 0, 0
        for tag in _TAG.finditer(html):
            out.append(self._explain_words(html[start : tag.start()], untouched))
            closing, name, self_closing = tag.groups()
            if name.lower() in UNTOUCHED and not self_closing:
                untouched = max(0, untouched + (-1 if closing else 1))
            out.append(tag.group(0))
            start = tag.end()
        out.append(self._explain_words(html[start:], untouched))
        # The HTML as it came, with only format_html's escaped markup added.
        return mark_safe("".join(out))  # noqa: S308

    def _explain_words(self, text: str, untouched: int) -> str:
        if untouched or not text:
            return text
        return self._words.sub(self._explained_once, text)

    def _entry(self, words: str) -> Entry:
        return self._by_abbreviation.get(words) or self._by_form[" ".join(words.casefold().split())]

    def _explained_once(self, match: re.Match) -> str:
        entry = self._entry(match.group(0))
        if entry.slug in self.explained:
            return match.group(0)
        self.explained.add(entry.slug)
        return format_html(
            '<button type="button" class="term" popovertarget="define-{slug}">{words}</button>'
            '<span class="term-definition" id="define-{slug}" popover>'
            "<dfn>{term}</dfn>: {definition} "
            '<a href="{url}#{slug}">{more}</a> '
            '<button type="button" class="term-close" popovertarget="define-{slug}" '
            'popovertargetaction="hide">{close}</button></span>',
            slug=entry.slug,
            words=mark_safe(match.group(0)),  # noqa: S308 - text of the HTML, already escaped
            term=entry.term,
            definition=entry.definition,
            url=self.url,
            more=gettext("Glossary"),
            close=gettext("Close"),
        )
