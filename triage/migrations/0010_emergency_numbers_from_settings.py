"""Checker texts say "[emergency number]" where they named 999, 911 and 112.

The site now puts the numbers set in DJANGO_EMERGENCY_NUMBERS there (the
readers' own first), so the texts stay true in any country. Only the exact
wordings the seed wrote are changed ("999, 911 or 112", and "Call 999 " in
advice); sources, which name their page, are left as they are. Every
process rebuilds its rules, and cached article pages (their care cards show
the tier texts) are retired.
"""

import uuid

from django.db import migrations

MARK = "[emergency number]"
CHANGES = (("999, 911 or 112", MARK), ("Call 999 ", f"Call {MARK} "))
FIELDS = {
    "Tier": ("title", "action", "safety_net"),
    "WarningSign": ("why", "first_aid", "worse_why"),
    "Cause": ("self_care", "self_care_html"),
    "AgeBand": ("why", "advice"),
    "RiskGroup": ("why",),
}


def with_mark(text: str) -> str:
    for old, new in CHANGES:
        text = text.replace(old, new)
    return text


def forwards(apps, schema_editor):
    touched = False
    for model_name, fields in FIELDS.items():
        model = apps.get_model("triage", model_name)
        for obj in model.objects.all():
            changed = [f for f in fields if with_mark(getattr(obj, f)) != getattr(obj, f)]
            for field in changed:
                setattr(obj, field, with_mark(getattr(obj, field)))
            if changed:
                # QuerySet.update: the models' save() would render Markdown again, which the
                # historical models cannot; the mark is plain text in the HTML too.
                model.objects.filter(pk=obj.pk).update(**{f: getattr(obj, f) for f in changed})
                touched = True
    if touched:
        stamp = {"stamp": uuid.uuid4().hex}
        apps.get_model("triage", "RulesVersion").objects.update_or_create(pk=1, defaults=stamp)
        apps.get_model("education", "PageVersion").objects.update_or_create(pk=1, defaults=stamp)


class Migration(migrations.Migration):
    dependencies = [
        ("triage", "0009_ask_medicine_signs_after_the_medicine"),
        ("education", "0008_seedrecord_moves_to_core"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
