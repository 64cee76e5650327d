"""Revisions with django-reversion: snapshots taken without saving, and who changed what.

django-reversion records a revision whenever the admin saves a registered
model. A working copy of a published article is saved and then rolled back
(the public rows must not change), so its revision is taken as a snapshot
inside that transaction and stored after the rollback, with `snapshot()` and
`save_snapshot()`. Both use django-reversion's own serialization (pinned in
pyproject.toml), so every revision reverts, compares and recovers the same way.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.db import models, transaction
from django.utils import timezone
from django.utils.encoding import force_str
from reversion.models import Revision, Version
from reversion.revisions import _follow_relations_recursive, _get_options


def snapshot(obj: models.Model) -> list[Version]:
    """Return unsaved versions of `obj` and everything it follows (an article's sections...)."""
    versions = []
    for item in sorted(_follow_relations_recursive(obj), key=lambda o: (o is not obj, str(o.pk))):
        options = _get_options(item.__class__)
        versions.append(
            Version(
                content_type=ContentType.objects.get_for_model(item.__class__),
                object_id=force_str(getattr(item, options.object_id_field)),
                db="default",
                format=options.format,
                serialized_data=serializers.serialize(
                    options.format,
                    (item,),
                    fields=options.fields,
                    use_natural_foreign_keys=options.use_natural_foreign_keys,
                ),
                object_repr=force_str(item)[:191],
            )
        )
    return versions


@transaction.atomic
def save_snapshot(versions: Iterable[Version], user, comment: str) -> Revision:
    """Store versions taken by `snapshot()` as one revision by `user`."""
    revision = Revision.objects.create(
        date_created=timezone.now(),
        user=user if getattr(user, "pk", None) else None,
        comment=comment,
    )
    versions = list(versions)
    for version in versions:
        version.pk = None
        version.revision = revision
    Version.objects.bulk_create(versions)
    return revision


def copy_revision(revision: Revision, user, comment: str) -> Revision:
    """Store the content of an earlier revision again, as a new revision by `user`."""
    versions = [
        Version(
            content_type_id=v.content_type_id,
            object_id=v.object_id,
            db=v.db,
            format=v.format,
            serialized_data=v.serialized_data,
            object_repr=v.object_repr,
        )
        for v in revision.version_set.all()
    ]
    return save_snapshot(versions, user, comment)


def latest_revision_id(obj: models.Model) -> int | None:
    """Return the id of the newest revision that holds `obj`, or None when it has none."""
    version = Version.objects.get_for_object(obj).only("revision_id").first()
    return version.revision_id if version else None


def editors(versions, since=None) -> set[int]:
    """Return the ids of the users who saved any of `versions` after `since` (None: ever)."""
    if since is not None:
        versions = versions.filter(revision__date_created__gt=since)
    return {user for user in versions.values_list("revision__user", flat=True) if user}


def editors_since(obj: models.Model, since) -> set[int]:
    """Return the ids of the users who saved a revision of `obj` after `since` (None: ever)."""
    return editors(Version.objects.get_for_object(obj), since)
