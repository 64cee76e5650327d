"""The article review workflow: draft or working copy, in review, approved and published.

Views call these functions; each checks who may do it, changes the
article, and writes the audit log. Nothing here reads a request.

- An article that has never been approved is edited directly: it is not
  public. Its working copy only records where it is in the review.
- Once approved, its rows hold the approved content and the public page
  shows them. An edit is saved as a revision of the working copy, and the
  rows go back as they were (see `edit_working_copy`); approval writes the
  copy onto the rows.
- A reviewer can approve only a change they did not write or edit, and only
  the revision they looked at.
"""

from __future__ import annotations

import contextlib
import datetime
from collections.abc import Callable, Iterator

from django.db import connection, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from reversion.errors import RevertError
from reversion.models import Revision

from education.models import Article, ChangeNote, Section, Source, WorkingCopy
from governance import audit, revisions
from governance.models import AuditEntry

#: A review is due this long after approval unless the reviewer sets another date.
REVIEW_CYCLE = datetime.timedelta(days=365)


class WorkflowError(Exception):
    """A step that cannot be taken now; the message says why, in plain words, to the editor."""


def in_copy_mode(article: Article) -> bool:
    """Return True when the article's rows are public content that only approval may change."""
    return article.is_published or article.approved_revision_id is not None


def working_copy(article: Article) -> WorkingCopy | None:
    """Return the article's change under way, if any."""
    try:
        return article.working_copy
    except WorkingCopy.DoesNotExist:
        return None


def label(article: Article) -> str:
    """Where an article is in the review, in a few words (the article list, the change form)."""
    copy = working_copy(article)
    public = _("Published") if article.is_published else _("Draft")
    if article.approved_revision_id and not article.is_published:
        public = _("Unpublished")
    if copy is None:
        return public
    state = copy.get_state_display().lower()
    if in_copy_mode(article):
        return _("%(public)s; a change is %(state)s") % {"public": public, "state": state}
    return _("%(public)s, %(state)s") % {"public": public, "state": state}


def baseline(article: Article, user=None) -> Revision:
    """Return the revision the public page shows, recording it first if it has none.

    Content that was published before the workflow existed becomes "published revision 1".
    """
    if article.approved_revision_id is None:
        revision = revisions.save_snapshot(
            revisions.snapshot(article), user, "Published revision 1 (the content as it was)."
        )
        Article.objects.filter(pk=article.pk).update(approved_revision=revision)
        article.approved_revision = revision
    return article.approved_revision


def first_revisions() -> int:
    """Give every article without a revision its first one; return how many were recorded.

    A published article becomes "published revision 1", the content its page
    shows; a draft is recorded as it is. Run by `manage.py seed`.
    """
    from reversion.models import Version

    recorded = 0
    recorded_ids = {
        int(pk) for pk in Version.objects.get_for_model(Article).values_list("object_id", flat=True)
    }
    for article in Article.objects.filter(approved_revision__isnull=True).exclude(
        pk__in=recorded_ids
    ):
        if article.is_published:
            baseline(article)
        else:
            revisions.save_snapshot(revisions.snapshot(article), None, "The draft as it was.")
        recorded += 1
    return recorded


class _RollBack(Exception):
    pass


@contextlib.contextmanager
def applied(revision: Revision | None) -> Iterator[None]:
    """Within the block, the database holds `revision`'s content; afterwards, nothing changed.

    Used to show or edit a working copy in the normal admin form, and to
    preview it on the public page, without the public ever seeing it.
    """
    try:
        with transaction.atomic():
            if revision is not None:
                _revert(revision)
            yield
            raise _RollBack
    except _RollBack:
        pass


def edit_working_copy(article: Article, user, save: Callable[[], str | None]) -> WorkingCopy | None:
    """Run the admin's `save()` on the working copy of an approved article, then roll it back.

    `save()` returns the change message when it saved (None when the form
    had errors); the saved content is then stored as the copy's new
    revision, and the public rows stay as they were.
    """
    copy = working_copy(article)
    base = copy.revision if copy else baseline(article, user)
    captured: list = []
    message = None
    with applied(base):
        message = save()
        if message is not None:
            article.refresh_from_db()
            captured = revisions.snapshot(article)
    if not captured:
        return None
    _keep_new_ids(captured)
    return _record(article, user, captured, message)


def record_draft_save(article: Article, user, comment: str, added: bool) -> WorkingCopy:
    """Record an editor's save of an article that has never been approved (it is not public)."""
    action = AuditEntry.Action.ADDED if added else AuditEntry.Action.CHANGED
    return _record(article, user, revisions.snapshot(article), comment, action)


def _record(
    article: Article, user, versions: list, comment: str, action=AuditEntry.Action.CHANGED
) -> WorkingCopy:
    revision = revisions.save_snapshot(versions, user, comment or "Saved the working copy.")
    copy = _point_copy_at(article, revision, user)
    audit.record(user, action, article, comment)
    return copy


def _point_copy_at(article: Article, revision: Revision, user, **changes) -> WorkingCopy:
    """Make `revision` the article's working copy (started by `user` if there was none)."""
    copy, created = WorkingCopy.objects.get_or_create(
        article=article, defaults={"revision": revision, "started_by": user, **changes}
    )
    if not created:
        copy.revision = revision
        for name, value in changes.items():
            setattr(copy, name, value)
        copy.save(update_fields=["revision", *changes])
    return copy


def submit(article: Article, user) -> WorkingCopy:
    """Send the working copy to a clinical reviewer."""
    copy = working_copy(article)
    if copy is None:
        raise WorkflowError(_("There is no change to send for review: save a change first."))
    if copy.state == WorkingCopy.State.IN_REVIEW:
        raise WorkflowError(_("This change is already waiting for review."))
    copy.state = WorkingCopy.State.IN_REVIEW
    copy.submitted_by, copy.submitted = user, timezone.now()
    copy.save(update_fields=["state", "submitted_by", "submitted"])
    audit.record(user, AuditEntry.Action.SUBMITTED, article)
    return copy


def editors(article: Article) -> set[int]:
    """Return the ids of everyone who edited the change under way (they may not approve it)."""
    copy = working_copy(article)
    since = article.approved_revision.date_created if article.approved_revision_id else None
    ids = revisions.editors_since(article, since)
    if copy is not None and copy.started_by_id:
        ids.add(copy.started_by_id)
    return ids


def approval_refused(article: Article, user) -> str | None:
    """Return why `user` may not approve the change under way, or None when they may."""
    copy = working_copy(article)
    if not user.has_perm("education.approve_article"):
        return _("Only a clinical reviewer can approve a change.")
    if copy is None or copy.state != WorkingCopy.State.IN_REVIEW:
        return _("There is no change waiting for review.")
    if user.pk in editors(article):
        return _("You wrote or edited this change, so another clinical reviewer must approve it.")
    profile = getattr(user, "profile", None)
    if profile is None or not profile.credentials.strip():
        return _(
            "Your profile has no credentials yet. Ask whoever manages the accounts to add your "
            "name and qualifications, which the article will show."
        )
    return None


def send_back(article: Article, user, comment: str) -> WorkingCopy:
    """Return the change to its writers with the reviewer's comment."""
    copy = working_copy(article)
    if not user.has_perm("education.approve_article"):
        raise WorkflowError(_("Only a clinical reviewer can send a change back."))
    if copy is None or copy.state != WorkingCopy.State.IN_REVIEW:
        raise WorkflowError(_("There is no change waiting for review."))
    if not comment.strip():
        raise WorkflowError(_("Say what needs to change, so the writer can fix it."))
    copy.state, copy.review_comment, copy.sent_back_by = WorkingCopy.State.SENT_BACK, comment, user
    copy.save(update_fields=["state", "review_comment", "sent_back_by"])
    audit.record(user, AuditEntry.Action.SENT_BACK, article, comment)
    return copy


@transaction.atomic
def approve(
    article: Article,
    user,
    *,
    revision_id: int,
    note: str,
    next_review_due: datetime.date | None = None,
) -> Article:
    """Publish the change the reviewer looked at (`revision_id`), stamped with their name."""
    article = Article.objects.select_for_update().get(pk=article.pk)
    refused = approval_refused(article, user)
    if refused:
        raise WorkflowError(refused)
    copy = working_copy(article)
    if copy.revision_id != revision_id:
        raise WorkflowError(
            _(
                "The change was saved again after you opened it. Look at the latest version, "
                "then approve it."
            )
        )
    if not note.strip():
        raise WorkflowError(_("Say what changed, in one plain sentence for readers."))
    if in_copy_mode(article):
        _revert(copy.revision)
        article.refresh_from_db()
    today = timezone.localdate()
    profile = user.profile
    article.status = Article.Status.PUBLISHED
    article.reviewed_by = user
    article.medical_reviewer = profile.display_name
    article.reviewer_credentials = profile.credentials
    article.last_reviewed = today
    article.next_review_due = next_review_due or today + REVIEW_CYCLE
    article.first_published = article.first_published or today
    article.approved_at = timezone.now()
    article.save()
    live = revisions.save_snapshot(
        revisions.snapshot(article), user, f"Approved by {profile.byline}: {note}"
    )
    Article.objects.filter(pk=article.pk).update(approved_revision=live)
    article.approved_revision = live
    ChangeNote.objects.create(
        article=article, date=today, note=note, reviewer=profile.byline, revision=live
    )
    copy.delete()
    audit.record(user, AuditEntry.Action.APPROVED, article, note)
    return article


def discard(article: Article, user) -> None:
    """Drop the working copy of an approved article; its revisions stay in the history."""
    copy = working_copy(article)
    if copy is None or not in_copy_mode(article):
        raise WorkflowError(_("There is no working copy to discard."))
    copy.delete()
    audit.record(user, AuditEntry.Action.CHANGED, article, "Discarded the working copy.")


def set_published(article: Article, user, published: bool, reason: str = "") -> None:
    """Unpublish an article, or publish its approved content again: one recorded action."""
    if not user.has_perm("education.unpublish_article"):
        raise WorkflowError(_("Only a publisher can unpublish or publish an article again."))
    if published and article.approved_revision_id is None:
        raise WorkflowError(_("This article has never been approved: send it for review instead."))
    if published == article.is_published:
        return
    article.status = Article.Status.PUBLISHED if published else Article.Status.DRAFT
    article.save(update_fields=["status", "updated"])
    action = AuditEntry.Action.REPUBLISHED if published else AuditEntry.Action.UNPUBLISHED
    audit.record(user, action, article, reason)


def recover(version, user) -> Article:
    """Bring back a deleted article, with its sections and sources, as a draft to review again.

    Its last revision may be a working copy that was never approved, so it
    comes back unpublished and unapproved, whatever it was before.
    """
    with transaction.atomic():
        _revert(version.revision)
        article = Article.objects.get(pk=version.object_id)
        article.status = Article.Status.DRAFT
        article.approved_revision = None
        article.save()
        WorkingCopy.objects.filter(article=article).delete()
        record_draft_save(article, user, "Recovered after deletion.", added=False)
    return article


def restore(article: Article, revision: Revision, user) -> WorkingCopy:
    """Make an earlier revision the working copy; it goes through review like any change."""
    if not revision.version_set.filter(
        content_type__model="article", object_id=str(article.pk)
    ).exists():
        raise WorkflowError(_("That revision is not of this article."))
    comment = (
        f"Restored the revision of {timezone.localtime(revision.date_created):%d %B %Y %H:%M}."
    )
    if in_copy_mode(article):
        restored = revisions.copy_revision(revision, user, comment)
    else:
        _revert(revision)  # a draft is not public: its rows are its working copy
        article.refresh_from_db()
        restored = revisions.save_snapshot(revisions.snapshot(article), user, comment)
    copy = _point_copy_at(article, restored, user, state=WorkingCopy.State.EDITING)
    audit.record(user, AuditEntry.Action.RESTORED, article, comment)
    return copy


def _revert(revision: Revision) -> None:
    """Write a revision onto the rows, deleting sections and sources it does not have."""
    _check_ids(revision)
    try:
        revision.revert(delete=True)
    except models.ProtectedError as error:
        names = ", ".join(str(obj) for obj in error.protected_objects)
        raise WorkflowError(
            _(
                "A section this change removes is linked from the symptom checker "
                "(%(sections)s). Link the checker elsewhere first."
            )
            % {"sections": names}
        ) from error
    except RevertError as error:
        raise WorkflowError(
            _("This revision cannot be restored: %(error)s") % {"error": error}
        ) from error
    # The revert wrote the article's old `updated` back last: move it on, so what is kept of
    # its page (education.rendering) is made again.
    articles = revision.version_set.filter(content_type__model=Article._meta.model_name)
    Article.objects.filter(pk__in=[int(v.object_id) for v in articles]).update(
        updated=timezone.now()
    )


def _check_ids(revision: Revision) -> None:
    """Refuse a revision whose section or source ids now belong to another article."""
    for model in (Section, Source):
        versions = revision.version_set.filter(content_type__model=model._meta.model_name)
        for version in versions:
            article_id = version.field_dict.get("article_id")
            other = model.objects.filter(pk=version.object_id).exclude(article_id=article_id)
            if other.exists():
                raise WorkflowError(
                    _(
                        "The %(part)s “%(name)s” of this revision now has the id of another "
                        "article's part; it cannot be restored."
                    )
                    % {"part": model._meta.verbose_name, "name": version.object_repr}
                )


def _keep_new_ids(versions: list) -> None:
    """Keep the ids of parts added in a rolled-back working copy from being given out again.

    PostgreSQL's sequences never go back; SQLite's AUTOINCREMENT counter is
    rolled back with the transaction, so it is moved past them by hand.
    """
    if connection.vendor != "sqlite":
        return
    highest: dict[str, int] = {}
    for version in versions:
        table = version._model._meta.db_table
        highest[table] = max(highest.get(table, 0), int(version.object_id))
    with connection.cursor() as cursor:
        for table, pk in highest.items():
            cursor.execute("SELECT seq FROM sqlite_sequence WHERE name = %s", [table])
            row = cursor.fetchone()
            if row is None:
                cursor.execute(
                    "INSERT INTO sqlite_sequence (name, seq) VALUES (%s, %s)", [table, pk]
                )
            elif row[0] < pk:
                cursor.execute("UPDATE sqlite_sequence SET seq = %s WHERE name = %s", [pk, table])
