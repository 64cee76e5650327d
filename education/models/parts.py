"""The parts of an article: its sections, written in Markdown, and its numbered sources."""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from core import images
from core.fields import heading_field, position_field
from core.markup import html_to_text, illustration_problems, render_markdown
from core.readability import ReadingTarget, reading_target


def article_part(related_name: str, *, one: bool = False) -> models.ForeignKey:
    """The article a row belongs to: the row is deleted with it. `one` allows one row an article."""
    field = models.OneToOneField if one else models.ForeignKey
    return field("education.Article", on_delete=models.CASCADE, related_name=related_name)


#: Ids the article page uses itself, which a section's anchor must not take.
RESERVED_ANCHORS = frozenset(
    {
        "main",
        "article-title",
        "toc-heading",
        "sources-heading",
        "related-heading",
        "checker-heading",
        "step-heading",
        "emergency-box-heading",
        "when-to-get-help",
        "when-to-get-help-heading",
        "care-emergency",
        "care-urgent",
        "care-gp",
        "care-self_care",
    }
)


def words_with_picture(verbose_name: str, help_text: str) -> models.CharField:
    """Words that go with a section's picture: empty without one, needed with one
    (Section.clean)."""
    return models.CharField(verbose_name, max_length=300, blank=True, help_text=help_text)


class Section(models.Model):
    """One part of an article, under its own heading, written in Markdown.

    Sections appear in the order of their position; each gets an anchor so
    the “On this page” links can jump to it. The “When to see a doctor” kind
    is shown set apart so readers do not miss it. A section may end with a
    picture an editor uploads (with what it shows and a caption, both needed);
    the site's own drawings go in the Markdown (core.markup).
    """

    class Kind(models.TextChoices):
        OVERVIEW = "overview", _("Overview")
        CAUSES = "causes", _("Causes")
        SYMPTOMS = "symptoms", _("Symptoms")
        TREATMENT = "treatment", _("Treatment and self-care")
        PREVENTION = "prevention", _("Prevention")
        SEE_DOCTOR = "see_doctor", _("When to see a doctor")
        SUMMARY = "summary", _("Summary")
        OTHER = "other", _("Other")

    article = article_part("sections")
    kind = models.CharField(
        max_length=12,
        choices=Kind.choices,
        default=Kind.OTHER,
        help_text=_("What the section covers. “When to see a doctor” is highlighted on the page."),
    )
    heading = heading_field(_("The section heading readers see."))
    anchor = models.SlugField(
        max_length=60,
        help_text=_(
            "The jump-link name, e.g. “causes” makes /articles/the-slug/#causes. "
            "Other pages, such as the symptom checker, link to it: avoid changing it."
        ),
    )
    body_markdown = models.TextField(
        _("body"),
        help_text=_(
            "The text in Markdown: blank line between paragraphs, “- ” for bullets, "
            "“1. ” for steps, **bold**. Cite a source by its number in brackets, e.g. [2]. "
            "HTML is shown as plain text."
        ),
    )
    body_html = models.TextField(editable=False, default="")
    body_text = models.TextField(editable=False, default="")
    image = images.UploadedImageField(
        _("picture"),
        upload_to="sections/%Y/%m/",
        blank=True,
        width_field="image_width",
        height_field="image_height",
        help_text=_(
            "Optional: a photo or drawing shown under the section's text, where a reader would "
            "rather look than read. PNG, JPEG or WebP, at least 480 pixels wide; no SVG. "
            "Smaller copies for phones are made when you save."
        ),
    )
    image_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    image_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    image_alt = words_with_picture(
        _("what the picture shows"),
        _(
            "Needed with a picture: what it shows, for people who cannot see it, e.g. “A person "
            "stands holding a wall, one knee bent”. Do not start with “Picture of”."
        ),
    )
    image_caption = words_with_picture(
        _("caption"),
        _("Needed with a picture: one short line shown under it, e.g. what to do."),
    )
    position = position_field(_("Sections are shown from the lowest number to the highest."))

    class Meta:
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["article", "anchor"], name="unique_section_anchor"),
        ]

    def __str__(self) -> str:
        return self.heading

    def save(self, *args, **kwargs) -> None:
        self.render()
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "body_html", "body_text"}
        super().save(*args, **kwargs)
        if self.image:
            images.make_renditions(self.image.name, self.image_width, self.image_height)

    @property
    def image_html(self) -> str:
        """The section's uploaded picture as the page shows it (core.images), or ""."""
        if not (self.image and self.image_width and self.image_height):
            return ""
        return images.image_html(
            self.image.name,
            self.image_width,
            self.image_height,
            self.image_alt,
            self.image_caption,
        )

    def clean(self) -> None:
        if self.anchor in RESERVED_ANCHORS or self.anchor.startswith("source-"):
            raise ValidationError(
                {
                    "anchor": f"“{self.anchor}” is used by the page itself; choose another jump-link name."
                }
            )
        problems = {}
        illustrations = illustration_problems(self.body_markdown or "")
        if illustrations:
            problems["body_markdown"] = illustrations
        if self.image and not (self.image_alt or "").strip():
            problems["image_alt"] = _(
                "Say what the picture shows: people who cannot see it hear these words."
            )
        if self.image and not (self.image_caption or "").strip():
            problems["image_caption"] = _(
                "Write a caption: one short line shown under the picture."
            )
        if problems:
            raise ValidationError(problems)

    def render(self) -> None:
        """Render the Markdown into the stored HTML and the plain text that search and grading read."""
        self.body_html = render_markdown(self.body_markdown)
        self.body_text = html_to_text(self.body_html)

    def list_items(self) -> list[str]:
        """The plain text of each item of the section's lists, in order."""
        return [
            " ".join(html_to_text(item).split())
            for item in re.findall(r"<li>(.*?)</li>", self.body_html, re.DOTALL)
        ]

    def reading_score(self, language: str = "en") -> tuple[ReadingTarget, float | None]:
        """Return the reading target of `language` (the article's) and the saved body's score
        on its scale: the Flesch-Kincaid grade in English, INFLESZ in Spanish; None when empty.

        It reads the plain text stored at save; call `render()` first to score an unsaved edit.
        """
        target = reading_target(language)
        return target, target.score(self.body_text)

    @property
    def is_when_to_see_doctor(self) -> bool:
        """Return True for the section that tells readers when to get medical help."""
        return self.kind == self.Kind.SEE_DOCTOR


class Source(models.Model):
    """A numbered reference that the article's text cites as [n]."""

    article = article_part("sources")
    number = models.PositiveSmallIntegerField(
        help_text=_("The citation number used in the text, e.g. 2 for [2].")
    )
    authors = models.CharField(
        max_length=300,
        blank=True,
        help_text=_("As cited, e.g. “Alai MJ, et al.” or the organisation."),
    )
    year = models.CharField(
        max_length=10,
        blank=True,
        help_text=_("Year of publication, or “n.d.” when the source gives none."),
    )
    title = models.CharField(max_length=300, help_text=_("The title of the page, paper or book."))
    publisher = models.CharField(
        max_length=200, blank=True, help_text=_("Who published it, e.g. “NHS” or a journal name.")
    )
    url = models.URLField(
        _("web address"),
        max_length=500,
        blank=True,
        help_text=_("Where readers can find it, if online."),
    )

    class Meta:
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(fields=["article", "number"], name="unique_source_number"),
        ]

    def __str__(self) -> str:
        return f"[{self.number}] {self.title}"
