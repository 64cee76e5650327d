"""What both apps keep in the database: the seed's memory, and the version stamps."""

from __future__ import annotations

import uuid

from django.db import models


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
