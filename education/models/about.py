"""The pages about Clearcare itself, that tell readers why they can trust it."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.fields import heading_field
from core.markup import render_markdown


class AboutPage(models.Model):
    """One of the four pages about Clearcare: About, How we write and review, Privacy and
    Accessibility statement.

    Editors write them in the admin like an article (Markdown, in English and
    Spanish) but they are not in any topic, search or feed: the footer of every
    page links to all four, and each article's byline links to "How we write
    and review". The four pages always exist (the seed makes them from
    content/pages/); editors change their words, never add or delete one.
    Every change is kept in the page's history and is public at once.
    """

    class Slug(models.TextChoices):
        ABOUT = "about", _("About Clearcare")
        HOW_WE_WRITE = "how-we-write-and-review", _("How we write and review")
        PRIVACY = "privacy", _("Privacy")
        ACCESSIBILITY = "accessibility", _("Accessibility statement")

    slug = models.SlugField(max_length=40, unique=True, choices=Slug.choices, editable=False)
    title = heading_field(_("The page's heading, e.g. “Privacy”."), max_length=120)
    summary = models.CharField(
        max_length=300,
        help_text=_(
            "One or two plain sentences under the heading, also shown by search engines: "
            "what this page tells the reader."
        ),
    )
    body_markdown = models.TextField(
        _("text"),
        help_text=_(
            "The page in Markdown: “## ” starts a heading, “- ” a list item, "
            "[words](https://address) a link. Raw HTML shows as text."
        ),
    )
    body_html = models.TextField(editable=False, default="")
    last_reviewed = models.DateField(
        null=True,
        blank=True,
        help_text=_("When someone last checked that the page is still true. Shown on the page."),
    )
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("about page")

    def __str__(self) -> str:
        return self.title or self.get_slug_display()

    def save(self, *args, **kwargs) -> None:
        # The HTML of each language is made from its Markdown, sanitized, on every save.
        for code, _name in settings.LANGUAGES:
            text = getattr(self, f"body_markdown_{code}", None) or ""
            setattr(
                self,
                f"body_html_{code}",
                render_markdown(text, headings=True) if text.strip() else "",
            )
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {
                *kwargs["update_fields"],
                *(f"body_html_{code}" for code, _name in settings.LANGUAGES),
            }
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        if self.slug == self.Slug.ABOUT:
            return reverse("education:about")
        return reverse("education:about_page", args=[self.slug])

    def written_in(self, language: str) -> bool:
        """Whether the page has its own text in `language` (else it shows the English)."""
        return bool((getattr(self, f"body_markdown_{language}", "") or "").strip())
