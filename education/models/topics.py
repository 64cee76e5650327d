"""Topics: how editors group articles on the home page and on a page of their own."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from core.fields import position_field, unique_slug_field
from core.languages import slug_url


class Category(models.Model):
    """A topic that groups articles on the home page and on its own page.

    Editors add a category once and tick it on each article that belongs to it.
    """

    name = models.CharField(
        max_length=80,
        unique=True,
        help_text=_("Shown as the topic's heading, e.g. “Sports and fitness”."),
    )
    slug = unique_slug_field(
        _("The web address of the topic page: /topics/the-slug/."), max_length=80
    )
    description = models.TextField(
        blank=True, help_text=_("One or two plain sentences shown under the topic heading.")
    )
    position = position_field(_("Topics are listed from the lowest number to the highest."))

    class Meta:
        ordering = ["position", "name"]
        verbose_name_plural = _("categories")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        """Return the public address of this topic."""
        return slug_url("education:category", self.slug)
