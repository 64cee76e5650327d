"""What both apps keep in the database: the seed's memory, the version stamps, plain words."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class SeedRecord(models.Model):
    """Remembers each piece of starter content `manage.py seed` has created or found.

    The seed only adds content it has never seen, so an article, sign or
    case that an editor deleted on purpose does not come back on the next
    start.
    """

    kind = models.CharField(max_length=60)
    key = models.CharField(max_length=200)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["kind", "key"], name="unique_seed_record")]

    def __str__(self) -> str:
        return f"{self.kind}: {self.key}"

    @classmethod
    def unseen(cls, kind: str, keys: list[str]) -> set[str]:
        """Return the keys the seed has never created or found before."""
        seen = cls.objects.filter(kind=kind, key__in=keys).values_list("key", flat=True)
        return set(keys) - set(seen)

    @classmethod
    def remember(cls, kind: str, keys: list[str]) -> None:
        """Record that the seed has now seen these keys."""
        cls.objects.bulk_create([cls(kind=kind, key=key) for key in keys], ignore_conflicts=True)


class VersionStamp(models.Model):
    """A one-row stamp that changes whenever some data changes, so every process knows.

    Written in the same transaction as the edit, so other processes see the
    new stamp and the new data together; each process reads it at most once
    a second. The checker's rules (triage.RulesVersion) and the public pages
    (PageVersion) each keep one.
    """

    stamp = models.CharField(max_length=32)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.stamp

    @classmethod
    def current(cls) -> str:
        """Return the current stamp ("" before the first change)."""
        return cls.objects.filter(pk=1).values_list("stamp", flat=True).first() or ""

    @classmethod
    def bump(cls) -> None:
        """Mark the data as changed, for every process."""
        cls.objects.update_or_create(pk=1, defaults={"stamp": uuid.uuid4().hex})


class PlainWord(models.Model):
    """A word editors should avoid, and the everyday word to use instead (“physician: doctor”).

    The reading help on every article and checker change page points out the
    words of this list that a text uses, in the text's language; it never
    changes the text or stops a save. Editors add words as they meet them.
    """

    language = models.CharField(
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language of the word."),
    )
    word = models.CharField(
        max_length=80,
        help_text=_("The word or phrase to avoid, in lower case, e.g. “physician” or “prior to”."),
    )
    plainer = models.CharField(
        _("plainer word"),
        max_length=120,
        help_text=_("What to write instead, e.g. “doctor”. Give two or three, separated by “or”."),
    )

    class Meta:
        ordering = ["language", "word"]
        constraints = [
            models.UniqueConstraint(fields=["language", "word"], name="unique_plain_word")
        ]
        verbose_name = _("plain word")

    def __str__(self) -> str:
        return f"{self.word}: {self.plainer}"

    def save(self, *args, **kwargs) -> None:
        self.word = " ".join(self.word.casefold().split())
        super().save(*args, **kwargs)

    @classmethod
    def of(cls, language: str) -> dict[str, str]:
        """Return the list of `language`: each word to avoid (lower case) and its plainer one."""
        return dict(cls.objects.filter(language=language).values_list("word", "plainer"))

    @classmethod
    def add_missing(cls, words: dict[str, dict[str, str]]) -> int:
        """Add the starter words the seed has never added (an editor's deletion stands);
        return how many were added."""
        keys = {
            f"{language}:{word}": (language, word, plainer)
            for language, table in words.items()
            for word, plainer in table.items()
        }
        fresh = SeedRecord.unseen("plain-word", list(keys))
        cls.objects.bulk_create(
            [
                cls(language=language, word=word, plainer=plainer)
                for key, (language, word, plainer) in keys.items()
                if key in fresh
            ],
            ignore_conflicts=True,
        )
        SeedRecord.remember("plain-word", list(keys))
        return len(fresh)
