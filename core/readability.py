"""Readability scores computed offline, one a language.

English, the Flesch-Kincaid grade level (lower is easier; we aim for 6 or lower):
    0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59

Spanish, the Szigriszt-Pazos perspicuity index on the INFLESZ scale (higher
is easier; 65 to 80 is "bastante fácil", which we aim for):
    206.835 - 62.3 * (syllables / words) - (words / sentences)

English syllables come from pyphen's bundled en_US hyphenation dictionary, so
nothing is fetched over the network (textstat's English formulas download
NLTK's cmudict, which fails on machines without internet). Spanish spelling
says how a word is said, so its syllables are counted by rule: one a vowel
or diphthong, two where vowels meet in a hiatus.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

import pyphen
from django.utils.translation import gettext_lazy as _

_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*|\d+(?:[.,]\d+)*")
# A sentence ends at terminal punctuation followed by space, or at a line
# break: headings and list items end their own sentence even without a full stop.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\n+")
_VOWEL_GROUP = re.compile(r"[aeiouy]+")


@lru_cache(maxsize=1)
def _dictionary() -> pyphen.Pyphen:
    return pyphen.Pyphen(lang="en_US")


def _vowel_group_syllables(word: str) -> int:
    """Estimate syllables from vowel groups, allowing for silent endings."""
    groups = len(_VOWEL_GROUP.findall(word))
    if groups > 1:
        if word.endswith("e") and not word.endswith(("le", "ee")):
            groups -= 1  # make, tire
        elif word.endswith("ed") and not word.endswith(("ted", "ded")):
            groups -= 1  # cramped, tired
        elif word.endswith("es") and not word.endswith(
            ("ses", "zes", "ches", "shes", "ges", "ces", "xes")
        ):
            groups -= 1  # makes, times
    return groups


@lru_cache(maxsize=4096)
def syllable_count(word: str) -> int:
    """Return the number of syllables in one word (at least 1)."""
    word = word.lower().replace("’", "'")
    if word[0].isdigit():
        # Numbers are read aloud; one syllable per digit group is close enough.
        return max(1, len(re.findall(r"\d+", word)))
    # The dictionary knows where a word may break but misses breaks near the
    # ends of a word ("a-rea"); the vowel groups catch those. Take the larger.
    by_hyphenation = len(_dictionary().positions(word)) + 1
    return max(1, by_hyphenation, _vowel_group_syllables(word))


@dataclass(frozen=True)
class TextStats:
    """Counts behind a readability score."""

    sentences: int
    words: int
    syllables: int

    @property
    def szigriszt_pazos(self) -> float | None:
        """Return the Szigriszt-Pazos (INFLESZ) score of Spanish text, or None with no words."""
        if not self.words:
            return None
        return round(
            206.835 - 62.3 * (self.syllables / self.words) - self.words / self.sentences, 1
        )

    @property
    def flesch_kincaid_grade(self) -> float | None:
        """Return the Flesch-Kincaid grade, or None for text with no words."""
        if not self.words:
            return None
        return round(
            0.39 * (self.words / self.sentences) + 11.8 * (self.syllables / self.words) - 15.59,
            1,
        )


_SPANISH_WORD = re.compile(r"[A-Za-zÁÉÍÓÚÜÑáéíóúüñ]+|\d+(?:[.,]\d+)*")
_STRONG = set("aeoáéó")
_STRESSED_WEAK = set("íú")
_SPANISH_VOWEL_RUN = re.compile(r"[aeiouáéíóúü]+")


@lru_cache(maxsize=4096)
def spanish_syllable_count(word: str) -> int:
    """Return the number of syllables in one Spanish word (at least 1).

    Each run of vowels is one syllable (a diphthong: “bien”, “cuatro”,
    “muy”), plus one for each hiatus in it: two strong vowels (“le-er”,
    “ca-er”) or a stressed i or u beside another vowel (“dí-a”, “re-ú-ne”).
    The u of “que”, “qui”, “gue” and “gui” is silent; “ü” is said.
    """
    word = word.lower()
    if word[0].isdigit():
        return max(1, len(re.findall(r"\d+", word)))
    word = re.sub(r"(?<=[qg])u(?=[eéií])", "", word)
    word = re.sub(r"(?<=[aeiouáéíóú])y$", "i", word)  # “hoy”, “muy”: the y is a vowel
    count = 0
    for run in _SPANISH_VOWEL_RUN.findall(word):
        count += 1
        for first, second in pairwise(run):
            if (first in _STRONG and second in _STRONG) or _STRESSED_WEAK & {first, second}:
                count += 1
    return max(1, count)


def text_stats(text: str, language: str = "en") -> TextStats:
    """Return the sentence, word and syllable counts of plain text in `language` (en or es)."""
    word_pattern, count = (
        (_SPANISH_WORD, spanish_syllable_count) if language == "es" else (_WORD, syllable_count)
    )
    sentences = 0
    words = 0
    syllables = 0
    for sentence in _SENTENCE_BREAK.split(text):
        sentence_words = word_pattern.findall(sentence)
        if not sentence_words:
            continue
        sentences += 1
        words += len(sentence_words)
        syllables += sum(count(w) for w in sentence_words)
    return TextStats(sentences=sentences, words=words, syllables=syllables)


def flesch_kincaid_grade(text: str) -> float | None:
    """Return the Flesch-Kincaid grade level of plain text (None when empty)."""
    return text_stats(text).flesch_kincaid_grade


def szigriszt_pazos(text: str) -> float | None:
    """Return the Szigriszt-Pazos (INFLESZ) score of plain Spanish text (None when empty)."""
    return text_stats(text, "es").szigriszt_pazos


@dataclass(frozen=True)
class ReadingTarget:
    """How one language's text is scored, and the score that plain text for the public reaches."""

    #: What editors see before the number: "Grade 6.1", "INFLESZ 72.4".
    scale: str
    score: Callable[[str], float | None]
    target: float
    lower_is_easier: bool
    #: The target's name on its scale, when it has one.
    band: str = ""

    def met(self, score: float) -> bool:
        """Return True when `score` is at the target or easier."""
        return score <= self.target if self.lower_is_easier else score >= self.target

    @property
    def aim(self) -> str:
        """The target in words: "8 or lower", "65 or higher (“bastante fácil”)"."""
        words = _("%(target)s or lower") if self.lower_is_easier else _("%(target)s or higher")
        aim = words % {"target": f"{self.target:g}"}
        return f"{aim} (“{self.band}”)" if self.band else aim


#: Each language's readability score and target: the public's text reads at grade 8 or
#: lower in English, and at 65 or higher on the INFLESZ scale in Spanish.
READING_TARGETS = {
    "en": ReadingTarget(_("Grade"), flesch_kincaid_grade, 8, lower_is_easier=True),
    "es": ReadingTarget(
        "INFLESZ", szigriszt_pazos, 65, lower_is_easier=False, band="bastante fácil"
    ),
}


def reading_target(language: str) -> ReadingTarget:
    """Return the reading target of `language` (English's for a language without one)."""
    return READING_TARGETS.get(language, READING_TARGETS["en"])


#: A sentence longer than this many words is hard to follow, whatever its words.
LONG_SENTENCE_WORDS = 20
#: A shorter sentence is not scored on its own: one long word would decide its score.
SCORED_SENTENCE_WORDS = 6


@dataclass(frozen=True)
class SentenceNote:
    """A sentence the reading help points out: too long, too hard on the language's scale,
    or both."""

    text: str
    words: int
    score: float | None
    too_long: bool
    too_hard: bool


@dataclass(frozen=True)
class WordNote:
    """A word or phrase that has a plainer everyday alternative, as written in the text."""

    words: str
    plainer: str


def sentences_of(text: str) -> list[str]:
    """Split plain text into its sentences, as the scores count them."""
    return [sentence.strip() for sentence in _SENTENCE_BREAK.split(text) if sentence.strip()]


def sentence_notes(text: str, language: str = "en") -> list[SentenceNote]:
    """Return the sentences of plain `text` that are over LONG_SENTENCE_WORDS words or, at
    SCORED_SENTENCE_WORDS words or more, miss the language's reading target on their own."""
    target = reading_target(language)
    word_pattern = _SPANISH_WORD if language == "es" else _WORD
    notes = []
    for sentence in sentences_of(text):
        words = len(word_pattern.findall(sentence))
        if not words:
            continue
        score = target.score(sentence)
        too_long = words > LONG_SENTENCE_WORDS
        too_hard = words >= SCORED_SENTENCE_WORDS and score is not None and not target.met(score)
        if too_long or too_hard:
            notes.append(SentenceNote(sentence, words, score, too_long, too_hard))
    return notes


def word_notes(text: str, plain_words: dict[str, str]) -> list[WordNote]:
    """Return each word or phrase of `plain_words` (lower case → its plainer alternative)
    that `text` uses, once, as first written, in the order they appear."""
    if not plain_words:
        return []
    ordered = sorted(plain_words, key=len, reverse=True)
    pattern = re.compile(
        r"(?<![\w-])(?:"
        + "|".join(r"\s+".join(map(re.escape, w.split())) for w in ordered)
        + r")(?![\w-])",
        re.IGNORECASE,
    )
    notes: dict[str, WordNote] = {}
    for match in pattern.finditer(text):
        key = " ".join(match.group(0).casefold().split())
        notes.setdefault(key, WordNote(match.group(0), plain_words[key]))
    return list(notes.values())
