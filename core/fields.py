"""Field declarations that models in several apps share, so each is defined once.

Each returns a new field; the help text is what editors read under it in the admin.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


def position_field(
    help_text: str = _("Listed from lowest to highest."),
) -> models.PositiveSmallIntegerField:
    """The number an editor sets to order a list: lowest first."""
    return models.PositiveSmallIntegerField(default=0, help_text=help_text)


def unique_slug_field(help_text: str, max_length: int = 40) -> models.SlugField:
    """A unique name for links and tests, in lower case with hyphens."""
    return models.SlugField(max_length=max_length, unique=True, help_text=help_text)


def optional_many(to, help_text: str = "", **options) -> models.ManyToManyField:
    """Links to any number of `to` rows; an editor may leave it empty (tick boxes in the admin)."""
    return models.ManyToManyField(to, blank=True, help_text=help_text, **options)


def optional_link(
    to, help_text: str = "", on_delete=models.SET_NULL, **options
) -> models.ForeignKey:
    """A link to one `to` row that an editor may leave empty; it empties if that row goes,
    unless `on_delete` says otherwise (PROTECT, or CASCADE for a row that means nothing alone)."""
    return models.ForeignKey(to, on_delete, null=True, blank=True, help_text=help_text, **options)


def recorded_link(to, help_text: str = "") -> models.ForeignKey:
    """A link the site records as work happens (who approved, which revision); never set by hand.

    It is left empty, not deleted, when the row it points to goes.
    """
    return optional_link(to, help_text, related_name="+", editable=False)


def shown_name_field(
    help_text: str, verbose_name: str | None = None, *, blank: bool = False
) -> models.CharField:
    """A name or a qualification exactly as readers see it, e.g. in an article's byline."""
    return models.CharField(verbose_name, max_length=150, blank=blank, help_text=help_text)


def heading_field(help_text: str, max_length: int = 150) -> models.CharField:
    """A page's or a section's heading, exactly as readers see it at its top."""
    return models.CharField(max_length=max_length, help_text=help_text)


def other_names_field(verbose_name: str, help_text: str) -> models.CharField:
    """Other words for a thing, as an editor lists them, separated by commas; `listed()`
    reads them back."""
    return models.CharField(verbose_name, max_length=300, blank=True, help_text=help_text)


def listed(names: str) -> list[str]:
    """The names of an `other_names_field`, trimmed, without empty ones."""
    return [name.strip() for name in (names or "").split(",") if name.strip()]
