"""What differs between two versions of the rules, in the words a clinician uses."""

from __future__ import annotations

from django.conf import settings
from django.utils.translation import get_language_info

from governance.diff import Change

#: Each kind of rule, its name, and the field that names one rule.
KINDS = (
    ("tiers", "Urgency", "title"),
    ("areas", "Body area", "name"),
    ("ages", "Age band", "label"),
    ("groups", "Risk group", "label"),
    ("signs", "Warning sign", "question"),
    ("clues", "Clue", "label"),
    ("causes", "Cause", "name"),
)


def _text(value) -> str:
    if isinstance(value, list):
        return "; ".join(
            str(v) if not isinstance(v, list) else " ".join(map(str, v)) for v in value
        )
    return "" if value is None else str(value)


def _field_label(field: str) -> str:
    """A field as a clinician reads it: "first aid", or "question (Spanish)" for a translation."""
    base, _sep, code = field.rpartition("_")
    if base and code in dict(settings.LANGUAGES):
        return f"{base.replace('_', ' ')} ({get_language_info(code)['name']})"
    return field.replace("_", " ")


def differences(old: dict | None, new: dict) -> list[Change]:
    """Return every rule added, removed or changed from `old` to `new` (plain rules data)."""
    changes = []
    for kind, noun, name_field in KINDS:
        before = {r["slug"]: r for r in (old or {}).get(kind, [])}
        after = {r["slug"]: r for r in new.get(kind, [])}
        for slug, rule in after.items():
            title = f"{noun} “{rule.get(name_field, slug)}”"
            if slug not in before:
                changes.append(Change(title, "added", "", _text(rule.get(name_field, slug))))
                continue
            for field, value in rule.items():
                if field == "slug" or _text(before[slug].get(field)) == _text(value):
                    continue
                label = f"{title}: {_field_label(field)}"
                changes.append(
                    Change(label, "changed", _text(before[slug].get(field)), _text(value))
                )
        for slug, rule in before.items():
            if slug not in after:
                title = f"{noun} “{rule.get(name_field, slug)}”"
                changes.append(Change(title, "removed", _text(rule.get(name_field, slug)), ""))
    return changes
