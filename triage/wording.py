"""The checker's questions, reworded for someone answering for another person.

Questions are written to the person with the symptoms (“You have trouble
breathing”, “I am pregnant”). When a parent, partner or neighbour answers
for someone else, the same text is shown about “they” instead: subjects and
possessives change (you, your, I, my), so editors write each question once.

Spanish is written to “usted”, whose verbs and possessives (“tiene”, “su”)
are those of “él” or “ella” too: only the pronoun itself changes, to
“la persona”. So Spanish questions and answers are written in that form
(“Está embarazada”, not “Estoy embarazada”).
Plain Python, no Django: tested in tests/triage/test_wording.py.
"""

from __future__ import annotations

import re

#: (pattern, replacement) in order: the longer phrases before the single words.
_CHANGES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), replacement)
    for pattern, replacement in (
        # "you" after a preposition or a verb is the object: "them", not "they".
        (
            r"\b(for|to|with|at|about|on|of|check|help|wake|tell|give|send|see|ask) you\b",
            r"\1 them",
        ),
        (r"\bI am\b", "they are"),
        (r"\bI was\b", "they were"),
        (r"\byou are\b", "they are"),
        (r"\byou were\b", "they were"),
        (r"\byourself\b", "themselves"),
        (r"\byour\b", "their"),
        (r"\bmy\b", "their"),
        (r"\bI\b", "they"),
        (r"\byou\b", "they"),
    )
)
_SPANISH_CHANGES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\busted\b", re.IGNORECASE), "la persona"),
)
_SENTENCE_START = re.compile(r"(^|[.!?]\s+|[¿¡]\s*|\(\s*)$")


def about_someone_else(text: str, language: str = "en") -> str:
    """Return `text` reworded about “they” (“la persona”) instead of “you” or “I”."""
    for pattern, replacement in _SPANISH_CHANGES if language == "es" else _CHANGES:
        text = pattern.sub(lambda match, r=replacement: _cased(match, r), text)
    return text


def _cased(match: re.Match[str], replacement: str) -> str:
    replacement = match.expand(replacement)
    before = match.string[: match.start()]
    if _SENTENCE_START.search(before) and match.group(0)[0].isupper():
        return replacement[0].upper() + replacement[1:]
    return replacement
