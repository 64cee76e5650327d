"""Writing the audit log: one call per thing an editor does."""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.db import models

from governance.models import AuditEntry


def record(user, action: str, obj: models.Model | None = None, detail: str = "") -> AuditEntry:
    """Add an entry: `user` did `action` (an AuditEntry.Action) to `obj`, with a short detail."""
    entry = AuditEntry(
        user=user if getattr(user, "pk", None) else None,
        username=getattr(user, "get_username", lambda: "")() or "",
        action=action,
        detail=detail[:2000],
    )
    if obj is not None:
        entry.content_type = ContentType.objects.get_for_model(obj, for_concrete_model=False)
        entry.object_id = str(obj.pk)
        entry.object_repr = str(obj)[:200]
    entry.save()
    return entry


def entries_for(obj: models.Model):
    """The log of one object, newest first."""
    content_type = ContentType.objects.get_for_model(obj, for_concrete_model=False)
    return AuditEntry.objects.filter(content_type=content_type, object_id=str(obj.pk))
