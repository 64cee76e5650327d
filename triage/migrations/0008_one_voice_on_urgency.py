"""Bring the checker's rules to one voice with the articles, where editors never changed them.

A text is changed only while it still holds exactly what the seed wrote; an
editor's change stays as it is. Plain international words ("vomiting (being
sick)", "seizure (fit)", "family doctor (GP)"); "see a doctor in the next few
days" for pain on walking, as its urgency says. The new "words in articles"
fields, and the heading each sign is asked under, are filled where empty. Most twitches that last for weeks are still
the everyday kind (NHS: Twitching eyes and muscles), so the long-twitching
sign now points to stress, worry, caffeine or tiredness too.
"""

import uuid

from django.db import migrations

SIGN_TEXT = {
    "alcohol-withdrawal": {
        "why": (
            "Stopping alcohol suddenly can be dangerous. You need medical help "
            "today. Call 999 if there is a fit or new confusion.",
            "Stopping alcohol suddenly can be dangerous. You need medical help "
            "today. Call your emergency number if there is a seizure (fit) or "
            "new confusion.",
        )
    },
    "belly-pain": {
        "question": (
            "Belly pain that does not go away or keeps coming back. Or belly pain "
            "with a high temperature or being sick (vomiting).",
            "Belly pain that does not go away or keeps coming back. Or belly pain "
            "with a high temperature or vomiting (being sick).",
        )
    },
    "dark-urine": {
        "first_aid": (
            "Go to an urgent treatment centre or A&E today: you may need a blood "
            "test and a drip. Drink water on the way.",
            "Go to an urgent care centre or an emergency department (A&E) today: "
            "you may need a blood test and a drip. Drink water on the way.",
        )
    },
    "fluid-loss": {
        "question": (
            "You lost a lot of fluid. You were sick (vomited) many times or had "
            "bad diarrhoea. Or you sweated so much that you feel dizzy or weak.",
            "You lost a lot of fluid. You vomited (were sick) many times or had "
            "bad diarrhoea. Or you sweated so much that you feel dizzy or weak.",
        )
    },
    "heat-confusion": {
        "question": (
            "Very hot skin with confusion, fainting or a fit. This often "
            "comes after hot weather or hard exercise, but not always.",
            "Very hot skin with confusion, fainting or a seizure (fit). This "
            "often comes after hot weather or hard exercise, but not "
            "always.",
        )
    },
    "seizure": {
        "question": ("A fit (seizure), or passing out", "A seizure (fit), or passing out"),
        "why": (
            "A fit or passing out can mean a serious problem in the brain. It needs help "
            "right away.",
            "A seizure or passing out can mean a serious problem in the brain. It needs "
            "help right away.",
        ),
    },
    "steroid-stopped": {
        "question": (
            "You stopped or missed steroid tablets (such as prednisolone) "
            "taken for 3 weeks or more. Now you are being sick or feel "
            "faint.",
            "You stopped or missed steroid tablets (such as prednisolone) "
            "taken for 3 weeks or more. Now you are vomiting (being sick) or "
            "feel faint.",
        )
    },
    "walking-pain": {
        "source": (
            "Merck Manual: Muscle cramps (claudication)",
            "Merck Manual: Muscle cramps (claudication); NHS: Peripheral arterial "
            "disease (see a GP)",
        ),
        "why": (
            "This can be a sign of poor blood flow in your legs. See a doctor within a day or two.",
            "This can be a sign of poor blood flow in your legs. See a doctor in the "
            "next few days.",
        ),
    },
}

CAUSE_TEXT = {
    "circulation": {
        "explanation": (
            "If blood does not flow well in your legs, your muscles may not "
            "get enough of it when you walk. This can cause pain in your "
            "calf, thigh or buttock that eases when you rest. A doctor should "
            "check this within a day or two.",
            "If blood does not flow well in your legs, your muscles may not "
            "get enough of it when you walk. This can cause pain in your "
            "calf, thigh or buttock that eases when you rest. A doctor should "
            "check this in the next few days.",
        ),
        "source": (
            "Merck Manual: Muscle cramps (claudication)",
            "Merck Manual: Muscle cramps (claudication); NHS: Peripheral arterial "
            "disease (see a GP)",
        ),
    }
}

AGE_TEXT = {
    "under-16": {
        "advice": (
            "This checker is written for adults. For a child under 16, speak to your "
            "GP surgery (family doctor), or call 111 in the UK for advice.",
            "This checker is written for adults. For a child under 16, speak to your "
            "family doctor (GP), or call 111 in the UK for advice.",
        )
    },
    "under-5": {
        "advice": (
            "This checker is written for adults. For a child under 5, call 111 in the "
            "UK or your GP surgery today.",
            "This checker is written for adults. For a child under 5, call your family "
            "doctor (GP) today, or 111 in the UK.",
        )
    },
}

TIER_TEXT = {
    "gp": {
        "action": (
            "Book a visit with a doctor (your GP or family doctor) in the next few days. "
            "Tell them about your spasms and the signs you ticked.",
            "Book a visit with your family doctor (GP) in the next few days. Tell them "
            "about your spasms and the signs you ticked.",
        )
    }
}

TIER_PHRASES = {
    "emergency": "999; 911; 112; emergency; a&e; ambulance",
    "gp": "see a doctor; see your doctor; see a gp; see your gp; by a gp; family doctor; next few "
    "days",
    "self_care": "look after this at home; no need to see",
    "urgent": "right away; straight away; at once; today; urgent; 111; a day or two",
}

ARTICLE_PHRASES = {
    "alcohol-withdrawal": "stopped drinking",
    "arm-swollen": "arm is swollen; swollen arm",
    "back-red-flags": "much worse at night; weight loss",
    "belly-pain": "belly pain that does not go away",
    "belly-severe": "very bad belly pain",
    "bite-poison": "snake; poison",
    "breathing-trouble": "trouble breathing; short of breath; trouble swallowing",
    "cannot-move": "cannot move; paralysis",
    "chest-pain": "chest pain; pain in your chest",
    "chest-sore-spot": "sore spot",
    "cold-limb": "very painful, cold",
    "cramp-chest-arm-belly": "cramps in your chest; cramp in your belly; chest, arm or belly; belly, "
    "chest wall or arm",
    "dark-urine": "dark brown; cola-coloured",
    "dirty-wound": "dirty; tetanus",
    "double-vision": "double vision",
    "dystonia": "twist; twisted; twisting; get stuck",
    "fever": "high temperature; fever",
    "fluid-loss": "lost a lot of fluid; lot of fluid; vomited; vomiting; being sick",
    "frequent": "keep coming back; keeps coming back; strong or painful",
    "head-neck-back-pain": "back; neck or head",
    "heat-confusion": "heatstroke; heat stroke",
    "heavy-bleeding": "heavy bleeding",
    "hypothermia": "hypothermia",
    "injury-severe-pain": "after an injury; crush; tight cast",
    "jaw-lock": "stiff jaw; lockjaw; trouble opening your mouth",
    "leg-swollen": "leg is swollen; swollen leg; swollen, warm",
    "long-cramp": "more than 10 minutes; longer than 10 minutes",
    "long-twitching": "more than 2 weeks; over 2 weeks; more than one place",
    "medicine-reaction": "very stiff",
    "meningitis-signs": "stiff neck; rash that does not fade",
    "muscle-shrinking": "smaller or thinner",
    "muscle-weakness": "weak muscles; weakness; feels weak; muscles feel weak",
    "new-confusion": "confused; confusion; hard to wake",
    "new-medicine": "medicine may be causing; new medicine",
    "numbness": "numb; numbness; pins and needles; loss of feeling",
    "poor-sleep": "break your sleep; trouble sleeping",
    "pre-eclampsia": "flashing lights; blurred",
    "pregnancy-belly-pain": "pregnant and have pain",
    "pregnancy-bleeding": "bleeding from your vagina",
    "ribs-pain": "worse when you breathe in",
    "saddle-numbness": "numbness between your legs; around your bottom; control when you pee",
    "seizure": "seizure; passing out; fit",
    "sepsis-signs": "blotchy; very bad infection",
    "serotonin-signs": "antidepressant",
    "spreading-weakness": "weakness that spreads; spreading weakness",
    "statin-pain": "statin",
    "steroid-stopped": "steroid",
    "stroke-signs": "one side of your face; one side of your body; face droops; trouble speaking",
    "tingling-mouth": "tingling around your mouth",
    "tremor": "tremor; shaking; shake",
    "walking-pain": "when you walk",
}

SIGN_THEMES = {
    "alcohol-withdrawal": "medicines",
    "arm-swollen": "body",
    "back-red-flags": "pain",
    "belly-pain": "pain",
    "chest-sore-spot": "pain",
    "cramp-chest-arm-belly": "pain",
    "dark-urine": "body",
    "dirty-wound": "body",
    "double-vision": "nerves",
    "dystonia": "medicines",
    "fever": "body",
    "fluid-loss": "body",
    "frequent": "pain",
    "head-neck-back-pain": "pain",
    "leg-swollen": "body",
    "long-cramp": "pain",
    "long-twitching": "nerves",
    "muscle-shrinking": "nerves",
    "muscle-weakness": "nerves",
    "new-medicine": "medicines",
    "numbness": "nerves",
    "poor-sleep": "pain",
    "pre-eclampsia": "pregnancy",
    "pregnancy-belly-pain": "pregnancy",
    "pregnancy-bleeding": "pregnancy",
    "ribs-pain": "pain",
    "serotonin-signs": "medicines",
    "spreading-weakness": "nerves",
    "statin-pain": "medicines",
    "steroid-stopped": "medicines",
    "tingling-mouth": "nerves",
    "tremor": "nerves",
    "walking-pain": "pain",
}


def _replace(obj, changes: dict) -> bool:
    changed = False
    for field, (old, new) in changes.items():
        if getattr(obj, field) == old:
            setattr(obj, field, new)
            changed = True
    return changed


def forwards(apps, schema_editor):
    Tier = apps.get_model("triage", "Tier")
    WarningSign = apps.get_model("triage", "WarningSign")
    Cause = apps.get_model("triage", "Cause")
    AgeBand = apps.get_model("triage", "AgeBand")
    Evidence = apps.get_model("triage", "Evidence")
    RulesVersion = apps.get_model("triage", "RulesVersion")
    touched = False
    for model, text, words in (
        (Tier, TIER_TEXT, TIER_PHRASES),
        (WarningSign, SIGN_TEXT, ARTICLE_PHRASES),
        (Cause, CAUSE_TEXT, {}),
        (AgeBand, AGE_TEXT, {}),
    ):
        for obj in model.objects.filter(slug__in=set(text) | set(words)):
            changed = _replace(obj, text.get(obj.slug, {}))
            if hasattr(obj, "article_phrases") and not obj.article_phrases and obj.slug in words:
                obj.article_phrases = words[obj.slug]  # a new field: nobody has set it yet
                changed = True
            if model is WarningSign and not obj.theme and obj.slug in SIGN_THEMES:
                obj.theme = SIGN_THEMES[obj.slug]  # a new field too
                changed = True
            if changed:
                obj.save()
                touched = True
    cause = Cause.objects.filter(slug="stress").first()
    sign = WarningSign.objects.filter(slug="long-twitching").first()
    if cause and sign and not Evidence.objects.filter(cause=cause, sign=sign).exists():
        Evidence.objects.create(cause=cause, sign=sign, weight=2)
        touched = True
    if touched:
        RulesVersion.objects.update_or_create(pk=1, defaults={"stamp": uuid.uuid4().hex})


class Migration(migrations.Migration):
    dependencies = [
        ("triage", "0007_sign_theme_and_article_phrases"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
