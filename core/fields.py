"""Field declarations that models in several apps share, so each is defined once.

Each returns a new field; the help text is what editors read under it in the admin.
"""

from __future__ import annotations

from django.db import models


def position_field(
    help_text: str = "Listed from lowest to highest.",
) -> models.PositiveSmallIntegerField:
    """The number an editor sets to order a list: lowest first."""
    return models.PositiveSmallIntegerField(default=0, help_text=help_text)


def unique_slug_field(help_text: str, max_length: int = 40) -> models.SlugField:
    """A unique name for links and tests, in lower case with hyphens."""
    return models.SlugField(max_length=max_length, unique=True, help_text=help_text)


def optional_many(to, help_text: str = "", **options) -> models.ManyToManyField:
    """Links to any number of `to` rows; an editor may leave it empty (tick boxes in the admin)."""
    return models.ManyToManyField(to, blank=True, help_text=help_text, **options)


def optional_link(to, on_delete, help_text: str = "", **options) -> models.ForeignKey:
    """A link to one `to` row that an editor may leave empty."""
    return models.ForeignKey(to, on_delete, null=True, blank=True, help_text=help_text, **options)
