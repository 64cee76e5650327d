"""Bring rules the first seed wrote up to the clinical safety review, where editors never changed them.

A field is changed only while it still holds exactly what the first seed
wrote; anything an editor changed stays as it is. The new body areas (shin,
both legs, shoulder, jaw) are added here so that existing causes and signs
can name them. New fields on existing
causes and risk groups (a cause's own urgency, areas and source; a group's
minimum urgency) are set from the review. New signs, groups, age bands,
causes, safety cases and hazards come from `manage.py seed`.
"""

from django.db import migrations

# Values the first seed wrote (old) and the clinical safety review wants (new).
NEW_AREAS = [{'hint': 'the front of your lower leg', 'name': 'Shin', 'slug': 'shin'},
 {'hint': 'the same thing in both legs', 'name': 'Both legs', 'slug': 'both-legs'},
 {'hint': 'the top of your arm, where it joins your body', 'name': 'Shoulder', 'slug': 'shoulder'},
 {'hint': 'your jaw, cheeks, tongue or mouth', 'name': 'Jaw or mouth', 'slug': 'jaw'}]

SIGN_AREAS = {'leg-swollen': (['calf', 'foot', 'many', 'thigh'], []),
 'walking-pain': (['buttock', 'calf', 'many', 'thigh'], [])}

SIGN_TEXT = {'breathing-trouble': {'source': ('Clinical judgement: breathing and swallowing muscles (no '
                                  'consumer source named in the brief)',
                                  'NHS: When to call 999 (breathing or swallowing problems)')},
 'cannot-move': {'source': ('Kurz JL (2016), North American Spine Society: Muscle spasms '
                            '(paralysis)',
                            'Kurz JL (2016), North American Spine Society: Muscle spasms '
                            '(paralysis); NHS: When to call 999')},
 'chest-pain': {'question': ('Chest pain or pressure, or pain that spreads to your arm, jaw, neck '
                             'or back',
                             'Chest pain, or a tight, heavy or squeezing feeling in your chest, '
                             'even if it feels like a cramp. Or pain that spreads to your arm, '
                             'jaw, neck, back or belly. If you are not sure, tick this.'),
                'source': ('Clinical judgement: a heart attack must be ruled out; Merck Manual: '
                           'Muscle cramps (cramps with chest involvement)',
                           'NHS: Chest pain; NHS: Heart attack')},
 'dark-urine': {'source': ('Clinical judgement: rhabdomyolysis (no consumer source named in the '
                           'brief)',
                           'MedlinePlus: Rhabdomyolysis; NHS: Statins (muscle breakdown)'),
                'why': ('This can be a sign that muscle is breaking down (rhabdomyolysis). It '
                        'needs to be checked today.',
                        'This can be a sign that muscle is breaking down (rhabdomyolysis), which '
                        'can harm your kidneys.')},
 'fluid-loss': {'question': ('The spasms started after you threw up (vomited) a lot, had bad '
                             'diarrhoea, or sweated a lot',
                             'You lost a lot of fluid. You were sick (vomited) many times or had '
                             'bad diarrhoea. Or you sweated so much that you feel dizzy or weak.'),
                'source': ('Merck Manual: Muscle cramps',
                           'Merck Manual: Muscle cramps (see a doctor right away)')},
 'heat-confusion': {'question': ('After heat or hard exercise: you feel confused, your skin is '
                                 'very hot, or you faint',
                                 'Very hot skin with confusion, fainting or a fit. This often '
                                 'comes after hot weather or hard exercise, but not always.')},
 'injury-severe-pain': {'question': ('Sudden, very bad pain, swelling or tightness in an arm or '
                                     'leg after an injury or crush',
                                     'Very bad pain, swelling or tightness in an arm or leg that '
                                     'keeps getting worse. This most often comes after an injury, '
                                     'a crush or a tight cast.'),
                        'why': ('After an injury, pressure can build up inside a muscle and cut '
                                'off its blood (compartment syndrome). This is an emergency.',
                                'Pressure can build up inside a muscle and cut off its blood '
                                '(compartment syndrome). This is an emergency.')},
 'jaw-lock': {'question': ('After a cut or wound: a stiff jaw, spasms that make it hard to open '
                           'your mouth, or a stiff neck',
                           'A stiff jaw, or trouble opening your mouth. Or a stiff neck with '
                           'painful spasms that spread. This most often comes after a cut or '
                           'wound, but not always.'),
              'why': ('This can be a sign of tetanus, a serious infection that gets in through a '
                      'wound. It needs emergency care.',
                      'This can be a sign of tetanus, a serious infection that gets in through a '
                      'wound, even a small one. It needs emergency care.')},
 'muscle-shrinking': {'source': ('Clinical judgement: possible nerve disease (no consumer source '
                                 'named in the brief)',
                                 'NHS: Motor neurone disease (muscles getting thinner: see a GP)')},
 'poor-sleep': {'question': ('Cramps often wake you up or stop you sleeping well',
                             'Cramps often break your sleep')},
 'seizure': {'source': ('Clinical judgement: neurological emergency (no consumer source named in '
                        'the brief)',
                        'NHS: What to do if someone has a seizure (fit)')},
 'stroke-signs': {'source': ('NHS: Stroke (FAST)', 'NHS: Stroke (Act FAST)'),
                  'why': ('This can be a sign of a stroke. Every minute counts.',
                          'This can be a sign of a stroke. Every minute counts, even if the signs '
                          'go away.')},
 'tingling-mouth': {'source': ('Clinical judgement: low calcium (tetany); no consumer source gives '
                               'its urgency',
                               'MedlinePlus: Hypoparathyroidism (tingling lips and fingers, hand '
                               'and foot spasms); Merck Manual: Muscle cramps')}}

SIGN_FIRST_AID = {'chest-pain': 'Sit down and rest while you wait. Do not drive yourself.',
 'dark-urine': 'Go to an urgent treatment centre or A&E today: you may need a blood test and a '
               'drip. Drink water on the way.',
 'heat-confusion': 'While you wait: move to a cool place and take off extra clothes. Spray or '
                   'sponge the skin with cool water and fan it. Give sips of water if they are '
                   'awake.',
 'seizure': 'Do not hold them down or put anything in their mouth. Move things away that could '
            'hurt them. After the fit, lay them on their side.',
 'stroke-signs': 'Call even if the signs have gone. Note the time they started and tell the crew. '
                 'Do not drive yourself.'}

TIER_TEXT = {'emergency': {'action': ('Call your emergency number now: 999, 911 or 112. If you cannot call, '
                          'ask someone near you to call for you.',
                          'Call your emergency number now: 999, 911 or 112. If you cannot call, '
                          'ask someone near you to call for you. Do not drive yourself.'),
               'safety_net': ('Do not wait to see if it gets better. If things get worse while you '
                              'wait, call again.',
                              'Do not wait to see if it gets better. If things get worse while you '
                              'wait, call again: for example, if the person becomes confused, '
                              'harder to wake, or has trouble breathing.')},
 'gp': {'safety_net': ('If it gets worse before then, get help today: call your doctor, or 111 in '
                       'the UK. If you get chest pain or trouble breathing, or you suddenly cannot '
                       'move part of your body, call 999, 911 or 112.',
                       'If it gets worse before then, get help today: call your doctor, or 111 in '
                       'the UK. Get help today too if you get a high temperature, dark brown pee, '
                       'or new swelling in an arm or leg. Call 999, 911 or 112 if you get chest '
                       'pain or trouble breathing, you suddenly cannot move part of your body, or '
                       'you become confused.')},
 'self_care': {'safety_net': ('See a doctor if your spasms are very painful, keep coming back or '
                              'do not get better. Get help today if a cramp lasts more than 10 '
                              'minutes and stretching does not ease it. Call 999, 911 or 112 if '
                              'you suddenly cannot move part of your body, or have trouble '
                              'breathing or chest pain.',
                              'See a doctor if your spasms are very painful, keep coming back or '
                              'do not get better. Get help today if a cramp lasts more than 10 '
                              'minutes and stretching does not ease it. Get help today too if you '
                              'get a high temperature, dark brown pee, or new swelling in an arm '
                              'or leg. Call 999, 911 or 112 if you suddenly cannot move part of '
                              'your body, have trouble breathing or chest pain, or you become '
                              'confused.')},
 'urgent': {'safety_net': ('If it gets worse before you are seen, get help sooner. Call 999, 911 '
                           'or 112 now if you get chest pain or trouble breathing, or you suddenly '
                           'cannot move part of your body.',
                           'If it gets worse before you are seen, get help sooner. Tell the doctor '
                           'or nurse if you get a high temperature, dark brown pee or new '
                           'swelling. Call 999, 911 or 112 now if you get chest pain or trouble '
                           'breathing, you suddenly cannot move part of your body, or you become '
                           'confused.')}}

CLUE_TEXT = {'hot-weather': {'label': ('It is hot, or I have been sweating a lot',
                           'It is hot, or I sweated more than usual (but I do not feel dizzy or '
                           'weak)')}}

GROUP_FLOORS = {'liver-disease': {'source': 'Kurz JL (2016), North American Spine Society: Muscle spasms; NHS: '
                             'Leg cramps',
                   'tier': 'gp',
                   'why': ('Liver disease, such as cirrhosis, can cause muscle cramps.',
                           'Liver disease can cause muscle cramps. New or changed cramps should be '
                           'checked by a doctor.')},
 'nerve-condition': {'source': 'Kurz JL (2016), North American Spine Society: Muscle spasms; '
                               'MedlinePlus: Muscle cramps',
                     'tier': 'gp',
                     'why': ('Your brain and nerves control your muscles, so a nerve condition can '
                             'cause spasms.',
                             'Your brain and nerves control your muscles. New or changed spasms '
                             'with a nerve condition should be checked by a doctor.')},
 'thyroid-condition': {'source': 'Kurz JL (2016), North American Spine Society: Muscle spasms; '
                                 'Merck Manual: Muscle cramps',
                       'tier': 'gp',
                       'why': ('Thyroid problems can cause muscle cramps and spasms.',
                               'Thyroid problems can cause muscle cramps and spasms. New or '
                               'changed spasms should be checked by a doctor.')}}

CAUSE_RULES = {'circulation': {'areas': ['calf', 'shin', 'thigh', 'buttock', 'foot', 'both-legs', 'many'],
                 'source': 'Merck Manual: Muscle cramps (claudication)',
                 'tier': 'gp'},
 'dehydration': {'areas': [], 'source': 'MedlinePlus: Muscle cramps', 'tier': 'self_care'},
 'exercise-strain': {'areas': ['calf',
                               'shin',
                               'thigh',
                               'foot',
                               'both-legs',
                               'hand',
                               'arm',
                               'shoulder',
                               'back',
                               'neck',
                               'buttock',
                               'ribs',
                               'abdomen',
                               'many'],
                     'source': 'OrthoInfo (AAOS): Muscle cramps; NHS: Heat exhaustion and '
                               'heatstroke',
                     'tier': 'self_care'},
 'liver': {'areas': [],
           'source': 'Kurz JL (2016), North American Spine Society: Muscle spasms; NHS: Leg cramps',
           'tier': 'gp'},
 'low-minerals': {'areas': [],
                  'source': 'Merck Manual: Muscle cramps; MedlinePlus: Hypoparathyroidism',
                  'tier': 'gp'},
 'medicine': {'areas': [], 'source': 'Merck Manual: Muscle cramps; NHS: Leg cramps', 'tier': 'gp'},
 'nerve-disorder': {'areas': [],
                    'source': 'Kurz JL (2016), North American Spine Society: Muscle spasms; NHS: '
                              'Motor neurone disease',
                    'tier': 'gp'},
 'night-cramps': {'areas': ['calf', 'shin', 'thigh', 'foot', 'both-legs', 'many'],
                  'source': 'NHS: Leg cramps; NICE CKS: Leg cramps',
                  'tier': 'self_care'},
 'overuse': {'areas': ['calf',
                       'shin',
                       'thigh',
                       'foot',
                       'both-legs',
                       'hand',
                       'arm',
                       'shoulder',
                       'back',
                       'neck',
                       'buttock',
                       'ribs',
                       'abdomen',
                       'many'],
             'source': 'OrthoInfo (AAOS): Muscle cramps',
             'tier': 'self_care'},
 'piriformis': {'areas': ['buttock', 'thigh', 'both-legs', 'many'],
                'source': 'NHS: Sciatica; Kurz JL (2016), North American Spine Society: Muscle '
                          'spasms',
                'tier': 'self_care'},
 'pregnancy': {'areas': ['calf', 'shin', 'thigh', 'foot', 'both-legs', 'many'],
               'source': 'NHS: Leg cramps; MedlinePlus: Muscle cramps',
               'tier': 'self_care'},
 'stress': {'areas': [], 'source': 'NHS: Twitching eyes and muscles', 'tier': 'self_care'},
 'thyroid': {'areas': [],
             'source': 'Kurz JL (2016), North American Spine Society: Muscle spasms',
             'tier': 'gp'},
 'trapped-nerve': {'areas': ['back',
                             'neck',
                             'shoulder',
                             'buttock',
                             'arm',
                             'hand',
                             'thigh',
                             'calf',
                             'shin',
                             'foot',
                             'both-legs',
                             'many'],
                   'source': 'Kurz JL (2016), North American Spine Society: Muscle spasms',
                   'tier': 'self_care'}}


def _replace(obj, changes: dict) -> bool:
    changed = False
    for field, (old, new) in changes.items():
        if getattr(obj, field) == old:
            setattr(obj, field, new)
            changed = True
    return changed


def forwards(apps, schema_editor):
    WarningSign = apps.get_model("triage", "WarningSign")
    Tier = apps.get_model("triage", "Tier")
    Clue = apps.get_model("triage", "Clue")
    RiskGroup = apps.get_model("triage", "RiskGroup")
    Cause = apps.get_model("triage", "Cause")
    BodyArea = apps.get_model("triage", "BodyArea")
    Evidence = apps.get_model("triage", "Evidence")
    RulesVersion = apps.get_model("triage", "RulesVersion")
    touched = False
    # The new places, next to their neighbours in the list (the seed adds them to fresh databases).
    # On an empty database there is nothing to update: `manage.py seed` adds everything.
    if not BodyArea.objects.exists():
        return
    beside = {"shin": "calf", "both-legs": "foot", "shoulder": "hand", "jaw": "face"}
    for record in NEW_AREAS:
        neighbour = BodyArea.objects.filter(slug=beside.get(record["slug"])).first()
        position = neighbour.position + 5 if neighbour else 0
        _, created = BodyArea.objects.get_or_create(
            slug=record["slug"],
            defaults={"name": record["name"], "hint": record["hint"], "position": position},
        )
        touched = touched or created
    areas = {area.slug: area for area in BodyArea.objects.all()}
    for sign in WarningSign.objects.filter(slug__in=SIGN_AREAS):
        old, new = SIGN_AREAS[sign.slug]
        if sorted(sign.areas.values_list("slug", flat=True)) == old:  # as the first seed left it
            sign.areas.set([areas[slug] for slug in new if slug in areas])
            touched = True
    for sign in WarningSign.objects.filter(slug__in=set(SIGN_TEXT) | set(SIGN_FIRST_AID)):
        changed = _replace(sign, SIGN_TEXT.get(sign.slug, {}))
        if not sign.first_aid and sign.slug in SIGN_FIRST_AID:
            sign.first_aid = SIGN_FIRST_AID[sign.slug]
            changed = True
        if changed:
            sign.save()
            touched = True
    for model, table in ((Tier, TIER_TEXT), (Clue, CLUE_TEXT)):
        for obj in model.objects.filter(slug__in=table):
            if _replace(obj, table[obj.slug]):
                obj.save()
                touched = True
    for group in RiskGroup.objects.filter(slug__in=GROUP_FLOORS):
        rule = GROUP_FLOORS[group.slug]
        changed = _replace(group, {"why": rule["why"]})
        if not group.tier:  # a new field: nobody has set it yet
            group.tier = rule["tier"]
            group.source = group.source or rule["source"]
            changed = True
        if changed:
            group.save()
            touched = True
    for cause in Cause.objects.filter(slug__in=CAUSE_RULES):
        rule = CAUSE_RULES[cause.slug]
        if not cause.source:
            cause.tier, cause.source = rule["tier"], rule["source"]
            cause.save()
            cause.areas.set([areas[slug] for slug in rule["areas"] if slug in areas])
            touched = True
    # Heat or sweating without exercise points to dehydration, not to exercise.
    removed, _ = Evidence.objects.filter(
        cause__slug="exercise-strain", clue__slug="hot-weather", weight=2
    ).delete()
    # Ongoing neck or back pain with spasms points to a trapped nerve: now that no cause is
    # listed on the body area alone, this evidence keeps it listed for the neck and back.
    cause = Cause.objects.filter(slug="trapped-nerve").first()
    sign = WarningSign.objects.filter(slug="head-neck-back-pain").first()
    if cause and sign and not Evidence.objects.filter(cause=cause, sign=sign).exists():
        Evidence.objects.create(cause=cause, sign=sign, weight=2)
        touched = True
    if touched or removed:
        import uuid

        RulesVersion.objects.update_or_create(pk=1, defaults={"stamp": uuid.uuid4().hex})


class Migration(migrations.Migration):
    dependencies = [
        ("triage", "0004_clinical_safety_review"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
