"""Admin pieces every governed model shares: no lost edits, and readable history."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from reversion.models import Revision

from governance import audit
from governance.diff import compare
from governance.models import AuditEntry
from governance.revisions import latest_revision_id


def name_of(user) -> str:
    """A staff member's name as editors know them: from their profile, else their username."""
    profile = getattr(user, "profile", None)
    return profile.display_name if profile else user.get_username()


def who(revision: Revision) -> str:
    """The name of whoever saved a revision, as editors know them."""
    if revision.user is None:
        return _("someone (the starter content, or a change outside the admin)")
    return name_of(revision.user)


class GuardedForm(forms.ModelForm):
    """A change form that knows which revision its editor opened, and refuses a stale save."""

    opened_revision = forms.IntegerField(widget=forms.HiddenInput, required=False)
    #: Set per request by ConflictGuard.get_form.
    current_revision: int | None = None
    compared_model = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["opened_revision"].initial = self.current_revision

    @property
    def changed_data(self) -> list[str]:
        # The revision opened is bookkeeping, never a change an editor made.
        return [name for name in super().changed_data if name != "opened_revision"]

    def clean(self):
        cleaned = super().clean()
        opened = cleaned.get("opened_revision")
        if self.current_revision is None or opened == self.current_revision:
            return cleaned
        # Someone saved after this editor opened the page. Keep their text in the
        # form, say who and when, show what the other person changed, and let a
        # second save go through on purpose.
        data = self.data.copy()
        data[self.add_prefix("opened_revision")] = self.current_revision
        self.data = data
        latest = Revision.objects.select_related("user__profile").get(pk=self.current_revision)
        older = Revision.objects.filter(pk=opened).first() if opened else None
        changes = compare(older, latest, self.compared_model) if older else []
        listed = format_html_join(
            "", "<li><strong>{}</strong>: {}</li>", ((c.label, c.html) for c in changes)
        )
        raise ValidationError(
            format_html(
                _(
                    "Not saved: {} saved this {} at {}, after you opened it. Your text is still "
                    "below. {}Compare, change what you need, then save again to keep yours."
                ),
                who(latest),
                self._meta.model._meta.verbose_name,
                date_format(timezone.localtime(latest.date_created), "j F Y, H:i"),
                format_html(_("Their changes: <ul>{}</ul>"), listed) if changes else "",
            ),
            code="conflict",
        )


class ReadOnlyAdmin:
    """ModelAdmin mixin for records the site writes itself: readable, never added, changed
    or deleted through the admin, whoever is signed in."""

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


class Audited:
    """ModelAdmin mixin: every addition, change and deletion goes into the audit log."""

    def log_addition(self, request, obj, message):
        entry = super().log_addition(request, obj, message)
        audit.record(request.user, AuditEntry.Action.ADDED, obj, entry.get_change_message())
        return entry

    def log_change(self, request, obj, message):
        entry = super().log_change(request, obj, message)
        action = getattr(request, "_audit_action", AuditEntry.Action.CHANGED)
        audit.record(request.user, action, obj, entry.get_change_message())
        return entry

    def revision_view(self, request, object_id, version_id, extra_context=None):
        # django-reversion's page that restores an earlier revision (into the working copy).
        request._audit_action = AuditEntry.Action.RESTORED
        return super().revision_view(request, object_id, version_id, extra_context)

    def recover_view(self, request, version_id, extra_context=None):
        request._audit_action = AuditEntry.Action.RECOVERED
        return super().recover_view(request, version_id, extra_context)

    def log_deletions(self, request, queryset):
        for obj in queryset:
            audit.record(request.user, AuditEntry.Action.DELETED, obj)
        return super().log_deletions(request, queryset)


class ConflictGuard:
    """ModelAdmin mixin: two people editing the same thing never overwrite each other silently.

    The change form carries the revision the editor opened; a save after
    someone else's is refused with who, when and what they changed.
    """

    form = GuardedForm
    change_form_template = "admin/governance/change_form.html"

    def lock_token(self, obj) -> int | None:
        """The revision an editor sees when opening `obj`."""
        return latest_revision_id(obj)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        if obj is None:
            return form
        attrs = {"current_revision": self.lock_token(obj), "compared_model": self.model}
        return type(form.__name__, (form,), attrs)


def chosen_pair(request, revision_ids: list[int]) -> tuple[Revision | None, Revision | None]:
    """The two revisions to compare: chosen in the page's form (old, new), or the newest two.

    `revision_ids` are the object's revisions, newest first; anything else is ignored.
    """
    known = set(revision_ids)
    chosen = []
    for name in ("old", "new"):
        value = request.GET.get(name, "")
        chosen.append(int(value) if value.isdigit() and int(value) in known else None)
    if chosen == [None, None] and len(revision_ids) >= 2:
        chosen = [revision_ids[1], revision_ids[0]]
    old, new = (Revision.objects.filter(pk=pk).first() if pk else None for pk in chosen)
    if old and new and old.date_created > new.date_created:
        old, new = new, old
    return old, new


class ComparedHistory:
    """VersionAdmin mixin: the history page compares any two revisions in an editor's words."""

    object_history_template = "admin/governance/object_history.html"

    def history_view(self, request, object_id, extra_context=None):
        from django.contrib.admin.utils import unquote
        from reversion.models import Version

        obj = self.get_object(request, unquote(object_id))
        ids = []
        if obj is not None:
            ids = list(
                Version.objects.get_for_object(obj)
                .order_by("-revision__date_created", "-pk")
                .values_list("revision_id", flat=True)
            )
        old, new = chosen_pair(request, ids)
        extra = {
            "old": old,
            "new": new,
            "changes": compare(old, new, self.model) if old and new else None,
            "entries": audit.entries_for(obj)[:100] if obj is not None else [],
        }
        return super().history_view(request, object_id, {**extra, **(extra_context or {})})
