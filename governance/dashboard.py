"""The review dashboard on the admin's home page: what needs each editor now."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils import timezone

#: "Due soon" means within this many days.
SOON_DAYS = 30
#: "Pages readers found unhelpful" counts the answers of this many days, and lists this many.
FEEDBACK_DAYS = 30
FEEDBACK_PAGES = 5


@dataclass
class Dashboard:
    """What one editor sees first: reviews due, changes waiting for them, their own work."""

    overdue: list = field(default_factory=list)
    due_soon: list = field(default_factory=list)
    waiting_for_me: list = field(default_factory=list)
    my_drafts: list = field(default_factory=list)
    recent: list = field(default_factory=list)
    rule_changes: int = 0
    translations_to_update: list = field(default_factory=list)
    unhelpful: list = field(default_factory=list)


def dashboard(user, today: datetime.date | None = None) -> Dashboard:
    """Build the dashboard for `user` from the articles, working copies, rules and audit log."""
    from education import workflow
    from education.models import Article, PageFeedback, WorkingCopy
    from governance.models import AuditEntry

    today = today or timezone.localdate()
    board = Dashboard()
    if user.has_perm("education.view_article"):
        board.overdue = list(Article.objects.review_overdue(today).order_by("next_review_due"))
        board.due_soon = list(
            Article.objects.filter(
                next_review_due__gte=today,
                next_review_due__lte=today + datetime.timedelta(days=SOON_DAYS),
            ).order_by("next_review_due")
        )
        copies = WorkingCopy.objects.select_related("article", "revision")
        if user.has_perm("education.approve_article"):
            board.waiting_for_me = [
                copy
                for copy in copies.filter(state=WorkingCopy.State.IN_REVIEW)
                if workflow.approval_refused(copy.article, user) is None
            ]
        board.translations_to_update = list(
            Article.objects.needing_update().select_related("translation_of").order_by("title")
        )
        board.my_drafts = list(
            copies.exclude(state=WorkingCopy.State.IN_REVIEW)
            .filter(Q(started_by=user) | Q(revision__user=user))
            .distinct()
        )
    if user.has_perm("education.view_pagefeedback"):
        since = today - datetime.timedelta(days=FEEDBACK_DAYS)
        board.unhelpful = [row for row in PageFeedback.by_page(since) if row["no"]][:FEEDBACK_PAGES]
    if user.has_perm("governance.view_auditentry"):
        board.recent = list(AuditEntry.objects.exclude(action=AuditEntry.Action.LOGIN_FAILED)[:10])
    if user.has_perm("triage.view_ruleset"):
        from triage.publishing import latest
        from triage.rules import rules_data
        from triage.rulesdiff import differences

        current = latest()
        board.rule_changes = len(differences(current.data if current else None, rules_data()))
    return board
