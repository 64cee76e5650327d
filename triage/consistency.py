"""One voice on urgency: find article text that names a different urgency for a sign.

Plain Python, no Django. Articles list their warning signs from the
checker's rules (see `Article.warning_signs`), so those lists cannot
disagree with the checker. Editors still write sentences such as "get help
right away if your cramps come with numbness"; this module reads such text
the way a reader would and reports a sentence that puts a sign under an
urgency other than the checker's.

How text is read:
- Each tier has phrases that name it ("call 999", "right away", "see a
  doctor"); each sign has phrases that name it ("numb", "pins and needles").
  Both are edited in the admin, on the tier and on the sign.
- A sentence names the most urgent tier whose phrase it contains, as a
  whole word ("numb" is not in "number"), unless the phrase is denied ("not
  an emergency", "no need to see a doctor"). A paragraph that ends with a
  colon names its most urgent tier for the list below it ("Get medical help
  right away if:" then the bullet points). Citations and link addresses are
  not read.
- A sentence (or a list item under such a paragraph) that names a tier and
  one or more signs agrees when at least one of those signs has that tier
  ("call 999 if one side of your body goes weak" names the stroke sign,
  even though "weak" is also a phrase of the muscle weakness sign); it
  conflicts when none does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from triage.engine import TIERS, rank_of

_BLOCKS = re.compile(r"\n\s*\n")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+\.)\s+", re.MULTILINE)
# Citations ("[2]", "[1, 3]") and link addresses are not words a reader reads.
_NOT_READ = re.compile(r"\s*\[\d{1,2}(?:,\s*\d{1,2})*\](?!\()|(?<=\])\([^)]*\)")
# "not an emergency", "no need to see a doctor": a tier phrase that is denied.
_DENIED = re.compile(r"\b(?:not|no|never)\b(?:\s+[\w-]+){0,2}\s+$")


@dataclass(frozen=True)
class Conflict:
    """A sentence that puts signs under `said` when the checker gives them `checker` tiers."""

    sentence: str
    said: str
    signs: tuple[tuple[str, str], ...]  # (sign slug, the sign's tier in the checker)

    def __str__(self) -> str:
        names = ", ".join(f"{slug} ({tier})" for slug, tier in self.signs)
        return f"“{self.sentence}” says {self.said}, but the checker has {names}"


def phrases(text: str) -> tuple[str, ...]:
    """Return the phrases in an editor's list (separated by semicolons or lines), lower case."""
    return tuple(p.strip().lower() for p in re.split(r"[;\n]", text or "") if p.strip())


def _found(text: str, phrase: str) -> list[re.Match[str]]:
    # Whole words only, a plural allowed: "numb" is not in "number", "seizure" is in "seizures".
    return list(re.finditer(rf"(?<![\w-]){re.escape(phrase)}(?:e?s)?(?![\w-])", text))


def _contains(text: str, phrase: str) -> bool:
    return bool(_found(text, phrase))


def tier_named(sentence: str, tier_phrases: Mapping[str, Iterable[str]]) -> str:
    """Return the most urgent tier a sentence names, or "" for none ("not an emergency"
    names none)."""
    text = sentence.lower()
    named = [
        tier
        for tier, ps in tier_phrases.items()
        if any(not _DENIED.search(text[: m.start()]) for p in ps for m in _found(text, p))
    ]
    return min(named, key=rank_of, default="")


def _statements(markdown: str, tier_phrases: Mapping[str, Iterable[str]]):
    """Yield (text, tier it falls under) for each sentence and list item of `markdown`."""
    lead_tier = ""
    for block in _BLOCKS.split(_NOT_READ.sub("", markdown)):
        lead, *items = _LIST_ITEM.split(block)
        paragraph = " ".join(lead.split())
        if paragraph:
            for sentence in _SENTENCE_END.split(paragraph):
                yield sentence, tier_named(sentence, tier_phrases)
            # "Also see a doctor if you have any of these. They can point to a nerve problem:"
            lead_tier = tier_named(paragraph, tier_phrases) if paragraph.endswith(":") else ""
        # Each item of a list is read with the lead-in above it, even with blank lines
        # between the items; the next paragraph ends the list.
        for item in items:
            text = " ".join(item.split())
            yield text, tier_named(text, tier_phrases) or lead_tier


def urgency_conflicts(
    markdown: str,
    tier_phrases: Mapping[str, Iterable[str]],
    sign_phrases: Iterable[tuple[str, str, Iterable[str]]],
) -> list[Conflict]:
    """Return the sentences of `markdown` that name a tier none of their signs has.

    `tier_phrases` maps each tier to the phrases that name it; `sign_phrases`
    holds (slug, tier, phrases) for each warning sign.
    """
    tier_phrases = {t: tuple(tier_phrases.get(t, ())) for t in TIERS}
    signs = [(slug, tier, tuple(ps)) for slug, tier, ps in sign_phrases]
    conflicts = []
    for text, said in _statements(markdown, tier_phrases):
        if not said:
            continue
        lowered = text.lower()
        named = [(slug, tier) for slug, tier, ps in signs if any(_contains(lowered, p) for p in ps)]
        if named and all(tier != said for _, tier in named):
            conflicts.append(Conflict(text, said, tuple(named)))
    return conflicts
