"""A readable comparison of two revisions: which fields changed, with words struck and added.

Each revision becomes a list of labelled texts (“Title”, “Section “Causes”:
body”), one per field of each object it holds, so a clinician reads what
changed in their own terms, never serialized data.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from django.db import models
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from reversion.models import Revision, Version

#: Fields that change on every save, or that readers never see as such.
SKIPPED = {"created", "updated", "search_vector"}
_TOKENS = re.compile(r"\s+|[^\s]+")


@dataclass(frozen=True)
class Change:
    """One field that differs between two revisions."""

    label: str
    kind: str  # "added", "removed" or "changed"
    old: str
    new: str

    @property
    def html(self) -> SafeString:
        """The new text with removed words struck through and added words marked."""
        return word_diff(self.old, self.new)


def word_diff(old: str, new: str) -> SafeString:
    """Mark the words removed (<del>) and added (<ins>) between two texts, for screen readers too."""
    before, after = _TOKENS.findall(old), _TOKENS.findall(new)
    out = []
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            out.append(escape("".join(before[a1:a2])))
            continue
        if a2 > a1:
            out.append(
                format_html(
                    '<del><span class="visually-hidden">removed: </span>{}</del>',
                    "".join(before[a1:a2]),
                )
            )
        if b2 > b1:
            out.append(
                format_html(
                    '<ins><span class="visually-hidden">added: </span>{}</ins>',
                    "".join(after[b1:b2]),
                )
            )
    return mark_safe("".join(out))  # noqa: S308 (every piece is escaped above)


def _value_text(field: models.Field, value) -> str:
    if value is None or value == "":
        return ""
    if isinstance(field, models.ManyToManyField):
        names = {
            str(obj.pk): str(obj) for obj in field.related_model._base_manager.filter(pk__in=value)
        }
        return "; ".join(sorted(names.get(str(pk), f"(deleted, #{pk})") for pk in value))
    if isinstance(field, models.ForeignKey):
        obj = field.related_model._base_manager.filter(pk=value).first()
        return str(obj) if obj else f"(deleted, #{value})"
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    return str(value)


def document(revision: Revision, root: type[models.Model]) -> dict[tuple, tuple[str, str]]:
    """Return a revision as {(model, object id, field): (label, text)}, the root object first."""
    versions = sorted(
        revision.version_set.select_related("content_type"),
        key=lambda v: (v._model is not root, v.content_type_id, _position(v), int(v.object_id)),
    )
    parts: dict[tuple, tuple[str, str]] = {}
    for version in versions:
        model = version._model
        data = version.field_dict
        for field in model._meta.get_fields():
            if not getattr(field, "editable", False) or field.auto_created or field.primary_key:
                continue
            if field.name in SKIPPED or (not field.concrete and not field.many_to_many):
                continue
            if isinstance(field, models.ForeignKey) and field.related_model is root:
                continue  # a section's article: the one being compared
            name = str(field.verbose_name)
            label = name[:1].upper() + name[1:]
            if model is not root:
                label = (
                    f"{str(model._meta.verbose_name).capitalize()} “{version.object_repr}”: {name}"
                )
            key = (model._meta.label, version.object_id, field.name)
            parts[key] = (label, _value_text(field, data.get(field.attname, data.get(field.name))))
    return parts


def _position(version: Version) -> int:
    data = version.field_dict
    return int(data.get("position") or data.get("number") or 0)


def compare(old: Revision, new: Revision, root: type[models.Model]) -> list[Change]:
    """Return the fields that differ from `old` to `new`, in the order a reader meets them."""
    before, after = document(old, root), document(new, root)
    changes = []
    for key, (label, text) in after.items():
        if key not in before:
            if text:
                changes.append(Change(label, "added", "", text))
        elif before[key][1] != text:
            changes.append(Change(label, "changed", before[key][1], text))
    for key, (label, text) in before.items():
        if key not in after and text:
            changes.append(Change(label, "removed", text, ""))
    return changes
