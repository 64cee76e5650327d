"""The review workflow: the change under way on an article, and its public page history."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.fields import recorded_link
from education.models.parts import article_part


class WorkingCopy(models.Model):
    """The change to an article that is under way: being edited, in review, or sent back.

    Once an article has been approved, its public page shows the approved
    content only. Editors then work on this copy (each save is a revision);
    a clinical reviewer who did not edit it approves it, and only then does
    the public page change. A new article has one too, from its first save:
    its own rows are the copy until it is first approved.
    """

    class State(models.TextChoices):
        #: Editors save revisions; the public page does not change.
        EDITING = "editing", _("Being edited")
        #: Waiting for a clinical reviewer who did not edit it to approve it or send it back.
        IN_REVIEW = "in_review", _("In review")
        #: The reviewer asked for changes (`review_comment`); editing goes on.
        SENT_BACK = "sent_back", _("Sent back for changes")

    article = article_part("working_copy", one=True)
    revision = models.ForeignKey(
        "reversion.Revision",
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The copy's latest saved revision: what a reviewer approves."),
    )
    state = models.CharField(max_length=12, choices=State.choices, default=State.EDITING)
    started_by = recorded_link(settings.AUTH_USER_MODEL, _("Who began this round of changes."))
    started = models.DateTimeField(auto_now_add=True)
    submitted_by = recorded_link(settings.AUTH_USER_MODEL, _("Who sent it for review."))
    submitted = models.DateTimeField(null=True, blank=True)
    review_comment = models.TextField(
        blank=True, help_text=_("What the reviewer asked to change when sending it back.")
    )
    sent_back_by = recorded_link(settings.AUTH_USER_MODEL, _("The reviewer who sent it back."))

    class Meta:
        verbose_name = _("working copy")
        verbose_name_plural = _("working copies")

    def __str__(self) -> str:
        return f"{self.article}: {self.get_state_display()}"


class ChangeNote(models.Model):
    """One line of an article's public page history: what changed, and who approved it."""

    article = article_part("change_notes")
    date = models.DateField()
    note = models.CharField(
        max_length=300, help_text=_("What changed, in one plain sentence readers will see.")
    )
    reviewer = models.CharField(max_length=300, help_text=_("The approving reviewer's byline."))
    revision = models.ForeignKey(
        "reversion.Revision", null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-date", "-pk"]

    def __str__(self) -> str:
        return f"{self.date}: {self.note}"
