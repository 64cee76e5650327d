"""Ask the warning signs that are about a medicine only when the person takes it, or may.

A sign that names a medicine ("you take a statin", "you stopped steroid
tablets", "you take an antidepressant", "after a new medicine") cannot be
true for someone who said they take no medicine and changed none, as a
pregnancy sign is asked only in pregnancy. Each is still asked when the
person ticks "any other medicine", so a person who does not know the name
of their tablets is still asked. The checker asks medicines before these
signs. A sign is limited here only while nobody has limited it to any group;
an editor's choice stays. The one-POST contract still counts any sign posted.
The medicine hazard's controls, where unchanged, gain a line saying so.
"""

import uuid

from django.db import migrations

MEDICINES = [
    "statin",
    "water-tablets",
    "steroid-tablets",
    "antipsychotic",
    "antidepressant",
    "inhaler",
    "blood-thinner",
    "other-medicine",
]
CHANGES = ["medicine-started", "medicine-dose-changed", "medicine-added", "medicine-stopped"]

SIGN_GROUPS = {
    "statin-pain": ["statin", "other-medicine"],
    "steroid-stopped": ["steroid-tablets", "medicine-stopped", "other-medicine"],
    "serotonin-signs": [
        "antidepressant",
        "medicine-started",
        "medicine-added",
        "medicine-dose-changed",
        "other-medicine",
    ],
    "new-medicine": MEDICINES + CHANGES,
}

#: The medicine hazard's controls as the seed wrote them, and the line this adds.
OLD_CONTROLS = (
    "A medicine question in plain, grouped words, and what changed (started, dose, "
    "added, stopped or missed).\nSigns for stopping steroids, serotonin syndrome, statin "
    "muscle pain and dangerous reactions.\nA change to a medicine, or long-term water "
    "tablets, is at least 'see a doctor'."
)
NEW_CONTROL = (
    "A sign about one medicine is asked when the person takes it, ticks 'any other "
    "medicine' (they may not know the name) or a change to a medicine; alcohol withdrawal "
    "and a twist after a medicine are asked of everyone."
)


def forwards(apps, schema_editor):
    WarningSign = apps.get_model("triage", "WarningSign")
    RiskGroup = apps.get_model("triage", "RiskGroup")
    RulesVersion = apps.get_model("triage", "RulesVersion")
    groups = {g.slug: g for g in RiskGroup.objects.all()}
    touched = False
    for sign in WarningSign.objects.filter(slug__in=SIGN_GROUPS):
        wanted = [groups[slug] for slug in SIGN_GROUPS[sign.slug] if slug in groups]
        if sign.groups.exists() or "other-medicine" not in groups:
            continue  # an editor's limit stays; without "other medicine" nobody could be asked
        sign.groups.set(wanted)
        touched = True
    Hazard = apps.get_model("triage", "Hazard")
    Hazard.objects.filter(reference="H12", controls=OLD_CONTROLS).update(
        controls=OLD_CONTROLS + "\n" + NEW_CONTROL
    )
    if touched:
        RulesVersion.objects.update_or_create(pk=1, defaults={"stamp": uuid.uuid4().hex})


class Migration(migrations.Migration):
    dependencies = [
        ("triage", "0008_one_voice_on_urgency"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
