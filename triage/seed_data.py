"""Seed data for the Clearcare symptom checker (muscle spasms, cramps and twitches).

Slugs, tiers and the "pointed to by" evidence are fixed by
shared/brief/triage-seed.md; facts and sources come from
shared/brief/muscle-spasms.md. The wording is written fresh, in plain
language (reading grade 8 or lower where possible).

Weights: a specific clue or sign 3, a risk group 2, a body area 1, except
where a clinician would rank differently (each exception has a comment):
- pregnancy <- group pregnant 4, night-cramps <- group pregnant 1: for a
  pregnant person, "cramps of pregnancy" leads unless the cramps come at
  night, when night-time leg cramps and pregnancy are the first two.
- medicine <- sign new-medicine 4: a clear time link to a new medicine beats
  a risk group or a body area.
- low-minerals <- sign tingling-mouth 4: tingling around the mouth with hand
  or foot spasms points to low calcium more than to tired muscles.
- nerve-disorder, thyroid, liver <- their own group 3: the person already has
  the condition the brief names as a cause; that is more than a risk group.
- circulation <- sign walking-pain 4: pain on walking that eases with rest
  points to poor blood flow even though walking is exercise.
- trapped-nerve <- clue shooting-pain 4: a pain shooting down a leg is most
  often a trapped nerve, a common cause; piriformis syndrome (less common)
  comes second for buttock + shooting pain, without relying on tie-breaks.
- exercise-strain <- clue hot-weather 2: heat alone, without exercise,
  points first to dehydration.
"""

TIERS = [
    {
        "slug": "emergency",
        "title": "Call 999, 911 or 112 now",
        "action": "Call your emergency number now: 999, 911 or 112. If you cannot call, ask someone near you to call for you.",
        "safety_net": "Do not wait to see if it gets better. If things get worse while you wait, call again.",
    },
    {
        "slug": "urgent",
        "title": "Get medical help today",
        "action": "Get seen by a doctor or nurse today. Go to an urgent care centre, or ask your doctor for a same-day visit. In the UK, you can call 111.",
        "safety_net": "If it gets worse before you are seen, get help sooner. Call 999, 911 or 112 now if you get chest pain or trouble breathing, or you suddenly cannot move part of your body.",
    },
    {
        "slug": "gp",
        "title": "See a doctor in the next few days",
        "action": "Book a visit with a doctor (your GP or family doctor) in the next few days. Tell them about your spasms and the signs you ticked.",
        "safety_net": "If it gets worse before then, get help today: call your doctor, or 111 in the UK. If you get chest pain or trouble breathing, or you suddenly cannot move part of your body, call 999, 911 or 112.",
    },
    {
        "slug": "self_care",
        "title": "You can look after this at home",
        "action": "Most spasms are harmless and stop on their own within minutes. The steps below can help.",
        "safety_net": "See a doctor if your spasms are very painful, keep coming back or do not get better. Get help today if a cramp lasts more than 10 minutes and stretching does not ease it. Call 999, 911 or 112 if you suddenly cannot move part of your body, or have trouble breathing or chest pain.",
    },
]

AREAS = [
    {"slug": "calf", "name": "Calf", "hint": "the back of your lower leg"},
    {"slug": "thigh", "name": "Thigh", "hint": "the top part of your leg, front or back"},
    {"slug": "foot", "name": "Foot", "hint": "your foot or toes"},
    {"slug": "hand", "name": "Hand", "hint": "your hand or fingers"},
    {"slug": "arm", "name": "Arm", "hint": "your upper or lower arm"},
    {
        "slug": "abdomen",
        "name": "Belly",
        "hint": "the front of your body, below your ribs (abdomen)",
    },
    {"slug": "ribs", "name": "Ribs", "hint": "your chest wall, between your ribs"},
    {"slug": "back", "name": "Back", "hint": "your upper or lower back"},
    {"slug": "neck", "name": "Neck", "hint": "the back or sides of your neck"},
    {"slug": "face", "name": "Face or eyelid", "hint": "your face, or an eyelid that twitches"},
    {"slug": "buttock", "name": "Buttock", "hint": "your bottom, where you sit"},
    {
        "slug": "many",
        "name": "Several places",
        "hint": "more than one place, or all over your body",
    },
]

SIGNS = [
    # Emergency: always asked, whatever the area.
    {
        "slug": "stroke-signs",
        "tier": "emergency",
        "question": "One side of your face or body suddenly droops, goes weak or goes numb. Or you suddenly have trouble speaking or seeing.",
        "why": "This can be a sign of a stroke. Every minute counts.",
        "source": "NHS: Stroke (FAST)",
        "areas": [],
    },
    {
        "slug": "cannot-move",
        "tier": "emergency",
        "question": "You suddenly cannot move part of your body",
        "why": "Losing movement all of a sudden (paralysis) can mean a problem in your brain or spine. It needs help right away.",
        "source": "Kurz JL (2016), North American Spine Society: Muscle spasms (paralysis)",
        "areas": [],
    },
    {
        "slug": "breathing-trouble",
        "tier": "emergency",
        "question": "You have trouble breathing or swallowing",
        "why": "You use muscles to breathe and swallow. Trouble with them can quickly become dangerous.",
        "source": "Clinical judgement: breathing and swallowing muscles (no consumer source named in the brief)",
        "areas": [],
    },
    {
        "slug": "seizure",
        "tier": "emergency",
        "question": "A fit (seizure), or passing out",
        "why": "A fit or passing out can mean a serious problem in the brain. It needs help right away.",
        "source": "Clinical judgement: neurological emergency (no consumer source named in the brief)",
        "areas": [],
    },
    {
        "slug": "jaw-lock",
        "tier": "emergency",
        "question": "After a cut or wound: a stiff jaw, spasms that make it hard to open your mouth, or a stiff neck",
        "why": "This can be a sign of tetanus, a serious infection that gets in through a wound. It needs emergency care.",
        "source": "NHS: Tetanus",
        "areas": [],
    },
    {
        "slug": "saddle-numbness",
        "tier": "emergency",
        "question": "Back pain with numbness between your legs or around your bottom. Or new trouble controlling when you pee or poo.",
        "why": "This can mean the nerves at the bottom of your spine are being squeezed (cauda equina syndrome). It needs emergency care.",
        "source": "NHS: Cauda equina syndrome",
        "areas": [],
    },
    {
        "slug": "heat-confusion",
        "tier": "emergency",
        "question": "After heat or hard exercise: you feel confused, your skin is very hot, or you faint",
        "why": "This can be heatstroke, when your body gets too hot. It is an emergency.",
        "source": "NHS: Heat exhaustion and heatstroke",
        "areas": [],
    },
    {
        "slug": "chest-pain",
        "tier": "emergency",
        "question": "Chest pain or pressure, or pain that spreads to your arm, jaw, neck or back",
        "why": "This can be a sign of a heart attack. A doctor must check you straight away.",
        "source": "Clinical judgement: a heart attack must be ruled out; Merck Manual: Muscle cramps (cramps with chest involvement)",
        "areas": [],
    },
    {
        "slug": "injury-severe-pain",
        "tier": "emergency",
        "question": "Sudden, very bad pain, swelling or tightness in an arm or leg after an injury or crush",
        "why": "After an injury, pressure can build up inside a muscle and cut off its blood (compartment syndrome). This is an emergency.",
        "source": "NHS: Compartment syndrome",
        "areas": [],
    },
    # Urgent: get medical help today.
    {
        "slug": "leg-swollen",
        "tier": "urgent",
        "question": "One leg is swollen, warm, red, or sore to touch",
        "why": "This can be a blood clot in the leg (DVT), which needs checking today. If you are also short of breath or have chest pain, call 999, 911 or 112.",
        "source": "NHS: Deep vein thrombosis (DVT)",
        # "many" too: someone with spasms in several places may have one swollen leg.
        "areas": ["calf", "thigh", "foot", "many"],
    },
    {
        "slug": "fluid-loss",
        "tier": "urgent",
        "question": "The spasms started after you threw up (vomited) a lot, had bad diarrhoea, or sweated a lot",
        "why": "Losing a lot of fluid can leave your body short of water and minerals. A doctor should check you today.",
        "source": "Merck Manual: Muscle cramps",
        "areas": [],
    },
    {
        "slug": "dark-urine",
        "tier": "urgent",
        "question": "Dark brown or cola-coloured pee, with very bad muscle pain or weakness",
        "why": "This can be a sign that muscle is breaking down (rhabdomyolysis). It needs to be checked today.",
        "source": "Clinical judgement: rhabdomyolysis (no consumer source named in the brief)",
        "areas": [],
    },
    {
        "slug": "long-cramp",
        "tier": "urgent",
        "question": "A cramp that lasts longer than 10 minutes and does not ease when you stretch",
        "why": "Most cramps stop within 10 minutes. A cramp that lasts longer needs to be checked today.",
        "source": "NHS: Leg cramps",
        "areas": [],
    },
    {
        "slug": "tingling-mouth",
        "tier": "urgent",
        "question": "Tingling around your mouth or in your fingers, with spasms in your hands or feet",
        "why": "This can be a sign of low calcium in your blood. A doctor should check you today.",
        "source": "Clinical judgement: low calcium (tetany); no consumer source gives its urgency",
        "areas": [],
    },
    {
        "slug": "dirty-wound",
        "tier": "urgent",
        "question": "A recent wound got dirty (with soil, manure or rust). Your tetanus vaccine is not up to date, or you are not sure.",
        "why": "You may need treatment to protect you from tetanus, a serious infection. Get this checked today.",
        "source": "NHS: Leg cramps; NHS: Tetanus",
        "areas": [],
    },
    # GP: see a doctor in the next few days.
    {
        "slug": "muscle-weakness",
        "tier": "gp",
        "question": "Your muscles feel weak (this came on slowly, not all of a sudden)",
        "why": "Weak muscles can point to a problem with your nerves. A doctor should check this.",
        "source": "Kurz JL (2016), North American Spine Society: Muscle spasms",
        "areas": [],
    },
    {
        "slug": "numbness",
        "tier": "gp",
        "question": "Numbness, or pins and needles",
        "why": "This can mean a nerve is being pressed on or is not working well. A doctor should check it.",
        "source": "Kurz JL (2016), North American Spine Society: Muscle spasms",
        "areas": [],
    },
    {
        "slug": "tremor",
        "tier": "gp",
        "question": "You shake and cannot stop it (a tremor), or your movements are clumsy or slow",
        "why": "These can point to a problem with your brain or nerves. A doctor should check them.",
        "source": "Kurz JL (2016), North American Spine Society: Muscle spasms",
        "areas": [],
    },
    {
        "slug": "double-vision",
        "tier": "gp",
        "question": "Double vision that comes and goes",
        "why": "Double vision can point to a nerve problem, so a doctor should check it. If you suddenly cannot see, call 999, 911 or 112.",
        "source": "Kurz JL (2016), North American Spine Society: Muscle spasms",
        "areas": [],
    },
    {
        "slug": "head-neck-back-pain",
        "tier": "gp",
        "question": "Pain in your back, neck or head that does not go away",
        "why": "Pain that goes on, with spasms, can point to a problem with your spine or nerves. A doctor should check it.",
        "source": "Kurz JL (2016), North American Spine Society: Muscle spasms",
        "areas": [],
    },
    {
        "slug": "frequent",
        "tier": "gp",
        "question": "Spasms that are strong or painful and keep coming back",
        "why": "Spasms that keep coming back should be checked. A doctor can look for a cause and help.",
        "source": "OrthoInfo (AAOS): Muscle cramps",
        "areas": [],
    },
    {
        "slug": "poor-sleep",
        "tier": "gp",
        "question": "Cramps often wake you up or stop you sleeping well",
        "why": "Cramps that spoil your sleep are worth checking. A doctor can look for a cause and help.",
        "source": "Kurz JL (2016), North American Spine Society: Muscle spasms; NHS: Leg cramps",
        "areas": [],
    },
    {
        "slug": "long-twitching",
        "tier": "gp",
        "question": "Twitching that has lasted more than 2 weeks, is spreading, or is in more than one place",
        "why": "Most twitches stop within days or weeks. If yours lasts longer or spreads, a doctor should check your nerves.",
        "source": "NHS: Twitching eyes and muscles",
        "areas": [],
    },
    {
        "slug": "muscle-shrinking",
        "tier": "gp",
        "question": "A muscle looks smaller or thinner than before",
        "why": "A muscle that gets smaller can be a sign of a nerve problem. A doctor should check it.",
        "source": "Clinical judgement: possible nerve disease (no consumer source named in the brief)",
        "areas": [],
    },
    {
        "slug": "new-medicine",
        "tier": "gp",
        "question": "The spasms started after you began a new medicine",
        "why": "Some medicines can cause cramps or twitches. Do not stop a medicine on your own: ask your doctor or pharmacist.",
        "source": "Merck Manual: Muscle cramps; NHS: Twitching eyes and muscles",
        "areas": [],
    },
    {
        "slug": "walking-pain",
        "tier": "gp",
        "question": "Pain in your calf, thigh or buttock when you walk, that gets better when you rest",
        "why": "This can be a sign of poor blood flow in your legs. See a doctor within a day or two.",
        "source": "Merck Manual: Muscle cramps (claudication)",
        # "many" too: the legs may be among the places that hurt.
        "areas": ["calf", "thigh", "buttock", "many"],
    },
]

GROUPS = [
    {
        "slug": "older-adult",
        "label": "I am 65 or older",
        "why": "Cramps get more common with age: about 1 in 3 people over 60 get leg cramps at night.",
    },
    {
        "slug": "athlete",
        "label": "I play a lot of sport or train hard",
        "why": "Hard training tires your muscles, and tired muscles cramp more easily.",
    },
    {
        "slug": "overweight",
        "label": "I am overweight",
        "why": "People who are overweight get muscle cramps more often.",
    },
    {
        "slug": "pregnant",
        "label": "I am pregnant",
        "why": "Leg cramps are more common when you are pregnant.",
    },
    {
        "slug": "nerve-condition",
        "label": "I have a nerve condition, such as multiple sclerosis (MS)",
        "why": "Your brain and nerves control your muscles, so a nerve condition can cause spasms.",
    },
    {
        "slug": "thyroid-condition",
        "label": "I have a thyroid problem",
        "why": "Thyroid problems can cause muscle cramps and spasms.",
    },
    {
        "slug": "liver-disease",
        "label": "I have liver disease, such as scarring of the liver (cirrhosis)",
        "why": "Liver disease, such as cirrhosis, can cause muscle cramps.",
    },
]

CLUES = [
    {"slug": "during-exercise", "label": "It started during or soon after exercise"},
    {"slug": "no-warm-up", "label": "I exercised without warming up first"},
    {"slug": "hot-weather", "label": "It is hot, or I have been sweating a lot"},
    {"slug": "not-drinking", "label": "I have not been drinking enough"},
    {"slug": "stress", "label": "I have been stressed or worried lately"},
    {"slug": "caffeine", "label": "I have a lot of coffee, tea or energy drinks"},
    {"slug": "tired", "label": "I am short of sleep or very tired"},
    {"slug": "at-night", "label": "It comes on at night, when I am in bed"},
    {
        "slug": "repetitive",
        "label": "I do the same movement for a long time (such as typing, standing or lifting)",
    },
    {
        "slug": "shooting-pain",
        "label": "I have pain that shoots from my back or buttock down my leg",
    },
]

CAUSES = [
    {
        "slug": "overuse",
        "name": "Tired or overworked muscles",
        "explanation": "Muscles that work hard, or do the same thing for a long time, get tired. Tired muscles cramp and twitch more easily. This is one of the most common causes of spasms.",
        "how_common": "common",
        "self_care": (
            "- Stop what you are doing and rest the muscle.\n"
            "- Gently stretch the muscle and rub it until the cramp eases.\n"
            "- Use warmth, like a heating pad, if the muscle feels tight. Use an ice pack if it feels sore.\n"
            "- Stretch before you exercise or do the same movement for a long time. This may help stop more cramps."
        ),
        "article": "muscle-spasms",
        "anchor": "causes",
        "evidence": [
            ["clue", "during-exercise", 3],
            ["clue", "repetitive", 3],
            ["group", "athlete", 2],
            ["area", "calf", 1],
            ["area", "thigh", 1],
            ["area", "foot", 1],
            ["area", "hand", 1],
            ["area", "arm", 1],
        ],
    },
    {
        "slug": "exercise-strain",
        "name": "Exercise without a warm-up, or in the heat",
        "explanation": "If you exercise without warming up first, your muscles are more likely to cramp. Exercise in very hot weather can cause cramps too.",
        "how_common": "common",
        "self_care": (
            "- Stop exercising and rest.\n"
            "- Gently stretch the muscle and rub it.\n"
            "- Drink some water.\n"
            "- Next time, warm up and stretch before you start.\n"
            "- Call 999, 911 or 112 if you feel confused, very hot or faint after exercise in the heat."
        ),
        "article": "muscle-spasms",
        "anchor": "prevention",
        "evidence": [
            ["clue", "no-warm-up", 3],
            ["clue", "during-exercise", 3],
            ["clue", "hot-weather", 2],  # heat without exercise points first to dehydration
            ["group", "athlete", 2],
        ],
    },
    {
        "slug": "dehydration",
        "name": "Not enough fluid (dehydration)",
        "explanation": "When you do not drink enough, your body runs short of water. Doctors call this dehydration. It can make your muscles cramp, most of all when you exercise or it is hot.",
        "how_common": "common",
        "self_care": (
            "- Drink some water.\n"
            "- Keep drinking plenty of water through the day, most of all before and during exercise.\n"
            "- Gently stretch the muscle and rub it.\n"
            "- Get medical help today if you have lost a lot of fluid from throwing up, diarrhoea or heavy sweating."
        ),
        "article": "muscle-spasms",
        "anchor": "causes",
        "evidence": [
            ["clue", "not-drinking", 3],
            ["clue", "hot-weather", 3],
            ["sign", "fluid-loss", 3],
        ],
    },
    {
        "slug": "stress",
        "name": "Stress, worry, caffeine or tiredness",
        "explanation": "Stress and worry can make muscles twitch, often in the face or eyelid. Caffeine, alcohol and too little sleep can make it worse. These twitches are harmless and most stop within days or weeks.",
        "how_common": "common",
        "self_care": (
            "- Get plenty of rest and sleep.\n"
            "- Find ways to relax.\n"
            "- Cut down on coffee, tea, energy drinks and alcohol.\n"
            "- Try not to worry about the twitch. Most are harmless.\n"
            "- See a doctor if a twitch lasts more than 2 weeks, spreads, or the area feels weak or stiff."
        ),
        "article": "muscle-twitches",
        "anchor": "causes",
        "evidence": [
            ["clue", "stress", 3],
            ["clue", "caffeine", 3],
            ["clue", "tired", 3],
            ["area", "face", 1],
            ["area", "many", 1],
        ],
    },
    {
        "slug": "trapped-nerve",
        "name": "A trapped (pinched) nerve",
        "explanation": "A trapped nerve is a nerve that is squeezed by the parts around it. It can cause spasms in your back. It can also cause pain that shoots down a leg.",
        "how_common": "common",
        "self_care": (
            "- Use warmth, like a heating pad, if the muscle feels tight. Use an ice pack if it feels sore.\n"
            "- Gently stretch or rub the tight muscle.\n"
            "- See a doctor if the pain does not go away, or you get numbness, pins and needles or weak muscles.\n"
            "- Call 999, 911 or 112 if you get numbness between your legs, or new trouble controlling when you pee or poo."
        ),
        "article": "muscle-spasms",
        "anchor": "causes",
        "evidence": [
            [
                "clue",
                "shooting-pain",
                4,
            ],  # sciatica-type pain: a trapped nerve before piriformis syndrome
            ["area", "back", 1],
            ["area", "neck", 1],
            ["area", "buttock", 1],
            ["sign", "numbness", 3],
        ],
    },
    {
        "slug": "night-cramps",
        "name": "Night-time leg cramps",
        "explanation": "Leg cramps often come at night, when you are in bed. They get more common with age: about 1 in 3 people over 60 get them. They hurt, but most are harmless.",
        "how_common": "common",
        "self_care": (
            "- For a calf cramp, stand up and hold on to something steady. Put your weight on the leg with the cramp and bend that knee a little.\n"
            "- Gently rub the tight muscle.\n"
            "- Use warmth if the muscle feels tight, or an ice pack if it feels sore.\n"
            "- Painkillers do not help during a cramp. They can ease the soreness after it.\n"
            "- Drink plenty of water during the day. Gently stretching your legs before bed may help."
        ),
        "article": "night-leg-cramps",
        "anchor": "what-is-it",
        "evidence": [
            ["clue", "at-night", 3],
            ["group", "older-adult", 2],
            ["group", "pregnant", 1],  # the "pregnancy" cause carries most of this group's weight
            ["area", "calf", 1],
            ["area", "foot", 1],
            ["area", "thigh", 1],
        ],
    },
    {
        "slug": "pregnancy",
        "name": "Leg cramps in pregnancy",
        "explanation": "Leg cramps are more common when you are pregnant. They hurt, but they are usually harmless. Pain or cramps in your belly are different: call your midwife or doctor the same day.",
        "how_common": "common",
        "self_care": (
            "- Hold on to something steady, then gently stretch and rub the tight muscle.\n"
            "- Use warmth if the muscle feels tight, or an ice pack if it feels sore.\n"
            "- Drink plenty of water during the day.\n"
            "- Ask your midwife, doctor or pharmacist before you take any medicine.\n"
            "- Tell your midwife or doctor if your cramps are very bad or keep coming back."
        ),
        "article": "night-leg-cramps",
        "anchor": "causes",
        "evidence": [
            ["group", "pregnant", 4],  # a pregnant person's cramps: name pregnancy first
        ],
    },
    {
        "slug": "medicine",
        "name": "A side effect of a medicine",
        "explanation": "Some medicines can cause cramps or twitches. These include water tablets (diuretics), statins, and some asthma and blood pressure medicines. Do not stop a medicine on your own: ask your doctor or pharmacist if it could be the cause.",
        "how_common": "less_common",
        "self_care": "",
        "article": "night-leg-cramps",
        "anchor": "causes",
        "evidence": [
            ["sign", "new-medicine", 4],  # a clear time link beats a risk group or an area
        ],
    },
    {
        "slug": "low-minerals",
        "name": "Low minerals, such as calcium or magnesium",
        "explanation": "Your muscles need minerals, such as calcium and magnesium, to work well. If you run low, for example after losing a lot of fluid or from your diet, your muscles can cramp or spasm. A doctor can check this.",
        "how_common": "less_common",
        "self_care": "",
        "article": "muscle-spasms",
        "anchor": "causes",
        "evidence": [
            [
                "sign",
                "tingling-mouth",
                4,
            ],  # mouth tingling with hand or foot spasms points to low calcium
            ["sign", "fluid-loss", 3],
        ],
    },
    {
        "slug": "nerve-disorder",
        "name": "A nerve or brain condition, such as MS",
        "explanation": "Your brain, spinal cord and nerves control your muscles. So a condition that affects them, such as multiple sclerosis (MS), can cause spasms. A doctor should check, and may offer a medicine that calms the spasms.",
        "how_common": "less_common",
        "self_care": "",
        "article": "muscle-spasms",
        "anchor": "seeing-a-doctor",
        "evidence": [
            ["group", "nerve-condition", 3],  # a known nerve condition is itself the cause
            ["sign", "muscle-weakness", 3],
            ["sign", "numbness", 3],
            ["sign", "tremor", 3],
            ["sign", "double-vision", 3],
            ["sign", "long-twitching", 3],
            ["sign", "muscle-shrinking", 3],
        ],
    },
    {
        "slug": "thyroid",
        "name": "A thyroid problem",
        "explanation": "Your thyroid is a small gland in your neck. It makes hormones that help control how your body works. Thyroid problems can cause muscle cramps and spasms, so a doctor should check.",
        "how_common": "less_common",
        "self_care": "",
        "article": "muscle-spasms",
        "anchor": "causes",
        "evidence": [
            ["group", "thyroid-condition", 3],  # a known thyroid problem is itself the cause
        ],
    },
    {
        "slug": "liver",
        "name": "Liver disease, such as cirrhosis",
        "explanation": "Long-term liver disease, such as scarring of the liver (cirrhosis), can cause muscle cramps. Tell your doctor about your cramps so they can check and help.",
        "how_common": "less_common",
        "self_care": "",
        "article": "muscle-spasms",
        "anchor": "causes",
        "evidence": [
            ["group", "liver-disease", 3],  # a known liver disease is itself the cause
        ],
    },
    {
        "slug": "circulation",
        "name": "Poor blood flow in the legs",
        "explanation": "If blood does not flow well in your legs, your muscles may not get enough of it when you walk. This can cause pain in your calf, thigh or buttock that eases when you rest. A doctor should check this within a day or two.",
        "how_common": "less_common",
        "self_care": "",
        "article": "night-leg-cramps",
        "anchor": "seeing-a-doctor",
        "evidence": [
            [
                "sign",
                "walking-pain",
                4,
            ],  # pain on walking that eases with rest: poor blood flow first
            ["group", "older-adult", 2],
            ["area", "calf", 1],
            ["area", "thigh", 1],
            ["area", "buttock", 1],
        ],
    },
    {
        "slug": "piriformis",
        "name": "Piriformis syndrome (a buttock muscle pressing on a nerve)",
        "explanation": "The piriformis is a muscle deep in your buttock. It can press on the sciatic nerve, a large nerve that runs down your leg. This can cause twitching, spasms or pain in your buttock and down your leg.",
        "how_common": "less_common",
        "self_care": (
            "- Gently stretch or rub the muscle.\n"
            "- Use warmth if it feels tight, or an ice pack if it feels sore.\n"
            "- See a doctor if it goes on for a long time, or comes with pain, numbness or weak muscles."
        ),
        "article": "muscle-twitches",
        "anchor": "eyelid-and-buttock-twitching",
        "evidence": [
            ["area", "buttock", 1],
            ["clue", "shooting-pain", 3],
        ],
    },
]

SAFETY_CASES = [
    # --- self_care ---
    {
        "name": "Older adult, calf cramp at night",
        "area": "calf",
        "signs": [],
        "groups": ["older-adult"],
        "clues": ["at-night"],
        "expected_tier": "self_care",
        "expected_top3": ["night-cramps"],
        "note": "NICE CKS Leg cramps: about 3 in 4 leg cramps come at night; about a third of people over 60 get them.",
    },
    {
        "name": "Eyelid twitch with stress and caffeine",
        "area": "face",
        "signs": [],
        "groups": [],
        "clues": ["stress", "caffeine"],
        "expected_tier": "self_care",
        "expected_top3": ["stress"],
        "note": "NHS Twitching eyes and muscles: stress, anxiety, tiredness and caffeine cause twitches that stop on their own.",
    },
    {
        "name": "Calf cramp during exercise without a warm-up",
        "area": "calf",
        "signs": [],
        "groups": [],
        "clues": ["during-exercise", "no-warm-up"],
        "expected_tier": "self_care",
        "expected_top3": ["exercise-strain", "overuse"],
        "note": "OrthoInfo Muscle cramps: overuse and exercise without warming up are common causes.",
    },
    {
        "name": "Area only: calf, nothing else answered",
        "area": "calf",
        "signs": [],
        "groups": [],
        "clues": [],
        "expected_tier": "self_care",
        "expected_top3": [],
        "note": "Triage brief: no warning sign selected means self_care.",
    },
    {
        "name": "Area only: several places, nothing else answered",
        "area": "many",
        "signs": [],
        "groups": [],
        "clues": [],
        "expected_tier": "self_care",
        "expected_top3": [],
        "note": "Triage brief: no warning sign selected means self_care.",
    },
    {
        "name": "Thigh cramp in hot weather, not drinking enough",
        "area": "thigh",
        "signs": [],
        "groups": [],
        "clues": ["hot-weather", "not-drinking"],
        "expected_tier": "self_care",
        "expected_top3": ["dehydration"],
        "note": "MedlinePlus Muscle cramps: not drinking enough water causes cramps; heat adds to it.",
    },
    {
        "name": "Pregnant, calf cramp at night",
        "area": "calf",
        "signs": [],
        "groups": ["pregnant"],
        "clues": ["at-night"],
        "expected_tier": "self_care",
        "expected_top3": ["night-cramps", "pregnancy"],
        "note": "OrthoInfo / AOA: pregnancy is a risk group for cramps; leg cramps are common at night.",
    },
    {
        "name": "Pregnant, calf cramp in the day",
        "area": "calf",
        "signs": [],
        "groups": ["pregnant"],
        "clues": [],
        "expected_tier": "self_care",
        "expected_top3": ["pregnancy"],
        "note": "OrthoInfo / AOA: pregnancy is a risk group for cramps.",
    },
    {
        "name": "Buttock with shooting pain down the leg, no warning signs",
        "area": "buttock",
        "signs": [],
        "groups": [],
        "clues": ["shooting-pain"],
        "expected_tier": "self_care",
        "expected_top3": ["trapped-nerve", "piriformis"],
        "note": "Triage brief: shooting pain points to a trapped nerve and piriformis syndrome; without a sign the tier is self_care.",
    },
    {
        "name": "Back spasm with shooting pain",
        "area": "back",
        "signs": [],
        "groups": [],
        "clues": ["shooting-pain"],
        "expected_tier": "self_care",
        "expected_top3": ["trapped-nerve"],
        "note": "Kurz (NASS) Muscle spasms: a trapped nerve can cause back spasms.",
    },
    {
        "name": "Hand cramp after long typing",
        "area": "hand",
        "signs": [],
        "groups": [],
        "clues": ["repetitive"],
        "expected_tier": "self_care",
        "expected_top3": ["overuse"],
        "note": "OrthoInfo / AOA: overworked muscles and repetitive movements cause cramps.",
    },
    {
        "name": "Neck twitching when stressed and tired",
        "area": "neck",
        "signs": [],
        "groups": [],
        "clues": ["stress", "tired"],
        "expected_tier": "self_care",
        "expected_top3": ["stress"],
        "note": "NHS Twitching eyes and muscles: stress and tiredness cause twitches.",
    },
    # --- gp ---
    {
        "name": "Eyelid twitching for more than 2 weeks",
        "area": "face",
        "signs": ["long-twitching"],
        "groups": [],
        "clues": [],
        "expected_tier": "gp",
        "expected_top3": ["nerve-disorder"],
        "note": "NHS Twitching eyes and muscles: see a GP if a twitch lasts over 2 weeks.",
    },
    {
        "name": "Long twitching with stress: still gp",
        "area": "face",
        "signs": ["long-twitching"],
        "groups": [],
        "clues": ["stress", "caffeine"],
        "expected_tier": "gp",
        "expected_top3": ["stress", "nerve-disorder"],
        "note": "NHS Twitching: benign clues do not lower the tier set by a twitch lasting over 2 weeks.",
    },
    {
        "name": "Older adult, calf pain on walking that eases with rest",
        "area": "calf",
        "signs": ["walking-pain"],
        "groups": ["older-adult"],
        "clues": [],
        "expected_tier": "gp",
        "expected_top3": ["circulation"],
        "note": "Merck Muscle cramps: claudication, see a doctor within a day or two.",
    },
    {
        "name": "Calf pain on walking, ticked during exercise: circulation first",
        "area": "calf",
        "signs": ["walking-pain"],
        "groups": [],
        "clues": ["during-exercise"],
        "expected_tier": "gp",
        "expected_top3": ["circulation"],
        "note": "Merck Muscle cramps: pain on walking that eases with rest points to poor blood flow, not overuse.",
    },
    {
        "name": "Older adult, night calf cramps after a new medicine",
        "area": "calf",
        "signs": ["new-medicine"],
        "groups": ["older-adult"],
        "clues": ["at-night"],
        "expected_tier": "gp",
        "expected_top3": ["night-cramps", "medicine"],
        "note": "Merck Muscle cramps: diuretics, statins and others cause cramps; ask the doctor, never stop on your own.",
    },
    {
        "name": "MS with new muscle weakness, spasms all over",
        "area": "many",
        "signs": ["muscle-weakness"],
        "groups": ["nerve-condition"],
        "clues": [],
        "expected_tier": "gp",
        "expected_top3": ["nerve-disorder"],
        "note": "Kurz (NASS): nerve disorders such as MS cause spasms; weakness is a sign to see a doctor.",
    },
    {
        "name": "Back spasm with shooting pain and numbness",
        "area": "back",
        "signs": ["numbness"],
        "groups": [],
        "clues": ["shooting-pain"],
        "expected_tier": "gp",
        "expected_top3": ["trapped-nerve"],
        "note": "Kurz (NASS): numbness and pins and needles point to a nerve cause; see a doctor.",
    },
    {
        "name": "Buttock with shooting pain and numbness",
        "area": "buttock",
        "signs": ["numbness"],
        "groups": [],
        "clues": ["shooting-pain"],
        "expected_tier": "gp",
        "expected_top3": ["trapped-nerve", "piriformis"],
        "note": "Triage brief: piriformis syndrome and a trapped nerve; numbness is a gp sign.",
    },
    {
        "name": "Night calf cramps that spoil sleep",
        "area": "calf",
        "signs": ["poor-sleep"],
        "groups": [],
        "clues": ["at-night"],
        "expected_tier": "gp",
        "expected_top3": ["night-cramps"],
        "note": "NHS Leg cramps / Kurz (NASS): see a doctor if cramps disturb sleep.",
    },
    {
        "name": "Thyroid problem with spasms that keep coming back",
        "area": "many",
        "signs": ["frequent"],
        "groups": ["thyroid-condition"],
        "clues": [],
        "expected_tier": "gp",
        "expected_top3": ["thyroid"],
        "note": "Kurz (NASS): thyroid problems cause spasms; OrthoInfo: see a doctor for painful spasms that keep coming back.",
    },
    {
        "name": "Liver disease with night calf cramps that keep coming back",
        "area": "calf",
        "signs": ["frequent"],
        "groups": ["liver-disease"],
        "clues": ["at-night"],
        "expected_tier": "gp",
        "expected_top3": ["night-cramps", "liver"],
        "note": "Kurz (NASS): liver cirrhosis causes cramps.",
    },
    {
        "name": "Face twitching with tremor and double vision",
        "area": "face",
        "signs": ["tremor", "double-vision"],
        "groups": [],
        "clues": [],
        "expected_tier": "gp",
        "expected_top3": ["nerve-disorder"],
        "note": "Kurz (NASS): tremor, poor coordination and double vision point to a neurological cause.",
    },
    {
        "name": "Arm spasms with a shrinking muscle",
        "area": "arm",
        "signs": ["muscle-shrinking"],
        "groups": [],
        "clues": [],
        "expected_tier": "gp",
        "expected_top3": ["nerve-disorder"],
        "note": "Triage brief: a muscle that looks smaller points to possible nerve disease.",
    },
    {
        "name": "Neck spasms with ongoing neck pain",
        "area": "neck",
        "signs": ["head-neck-back-pain"],
        "groups": [],
        "clues": ["stress"],
        "expected_tier": "gp",
        "expected_top3": ["stress", "trapped-nerve"],
        "note": "Kurz (NASS): pain in the back, neck or head with spasms means see a doctor.",
    },
    # --- urgent ---
    {
        "name": "One swollen, warm calf",
        "area": "calf",
        "signs": ["leg-swollen"],
        "groups": [],
        "clues": [],
        "expected_tier": "urgent",
        "expected_top3": [],
        "note": "NHS Deep vein thrombosis: urgent GP or 111.",
    },
    {
        "name": "Swollen leg with benign night-cramp answers is still urgent",
        "area": "calf",
        "signs": ["leg-swollen"],
        "groups": ["older-adult"],
        "clues": ["at-night"],
        "expected_tier": "urgent",
        "expected_top3": [],  # urgent: only causes the urgent signs point to are listed
        "note": "NHS Deep vein thrombosis: benign clues never lower the tier set by a sign.",
    },
    {
        "name": "Spasms all over after heavy vomiting and diarrhoea",
        "area": "many",
        "signs": ["fluid-loss"],
        "groups": [],
        "clues": [],
        "expected_tier": "urgent",
        "expected_top3": ["dehydration", "low-minerals"],
        "note": "Merck Muscle cramps: see a doctor right away after large fluid loss.",
    },
    {
        "name": "Hand spasms with tingling around the mouth",
        "area": "hand",
        "signs": ["tingling-mouth"],
        "groups": [],
        "clues": [],
        "expected_tier": "urgent",
        "expected_top3": ["low-minerals"],
        "note": "Brief: tingling around the mouth with hand and foot spasms suggests low calcium (urgent by clinical inference).",
    },
    {
        "name": "Hand spasms with mouth tingling after exercise: low minerals stays top 3",
        "area": "hand",
        "signs": ["tingling-mouth"],
        "groups": [],
        "clues": ["during-exercise", "no-warm-up"],
        "expected_tier": "urgent",
        "expected_top3": ["low-minerals"],
        "note": "Brief: tingling around the mouth suggests low calcium, whatever else was answered.",
    },
    {
        "name": "Thigh pain with cola-coloured pee after hard exercise",
        "area": "thigh",
        "signs": ["dark-urine"],
        "groups": ["athlete"],
        "clues": ["during-exercise"],
        "expected_tier": "urgent",
        "expected_top3": [],
        "note": "Brief: rhabdomyolysis (severe muscle pain with dark, cola-coloured urine).",
    },
    {
        "name": "Night calf cramp lasting over 10 minutes",
        "area": "calf",
        "signs": ["long-cramp"],
        "groups": [],
        "clues": ["at-night"],
        "expected_tier": "urgent",
        "expected_top3": [],  # urgent: only causes the urgent signs point to are listed
        "note": "NHS Leg cramps: a cramp over 10 minutes that does not ease with stretching needs an urgent appointment.",
    },
    {
        "name": "Foot spasms after a dirty wound, tetanus jab not up to date",
        "area": "foot",
        "signs": ["dirty-wound"],
        "groups": [],
        "clues": [],
        "expected_tier": "urgent",
        "expected_top3": [],
        "note": "NHS Leg cramps / NHS Tetanus: a dirty wound without up-to-date vaccination needs checking.",
    },
    {
        "name": "Urgent plus gp signs: swollen leg and pain on walking",
        "area": "calf",
        "signs": ["leg-swollen", "walking-pain"],
        "groups": [],
        "clues": [],
        "expected_tier": "urgent",
        "expected_top3": [],  # urgent: only causes the urgent signs point to are listed
        "note": "Triage brief: the most urgent sign sets the tier.",
    },
    {
        "name": "Urgent plus gp signs: dark pee after a new medicine",
        "area": "many",
        "signs": ["dark-urine", "new-medicine"],
        "groups": [],
        "clues": [],
        "expected_tier": "urgent",
        "expected_top3": [],  # urgent: only causes the urgent signs point to are listed
        "note": "Triage brief: the most urgent sign sets the tier; Merck: statins can cause muscle problems.",
    },
    # --- emergency ---
    {
        "name": "Stroke signs with a stressed eyelid twitch",
        "area": "face",
        "signs": ["stroke-signs"],
        "groups": [],
        "clues": ["stress", "caffeine"],
        "expected_tier": "emergency",
        "expected_top3": [],
        "note": "NHS Stroke (FAST): an emergency sign wins over benign clues.",
    },
    {
        "name": "Rib spasm with chest pain",
        "area": "ribs",
        "signs": ["chest-pain"],
        "groups": [],
        "clues": [],
        "expected_tier": "emergency",
        "expected_top3": [],
        "note": "Triage brief: chest pain means a heart attack must be ruled out.",
    },
    {
        "name": "Back pain, shooting pain and numbness between the legs",
        "area": "back",
        "signs": ["saddle-numbness", "numbness"],
        "groups": [],
        "clues": ["shooting-pain"],
        "expected_tier": "emergency",
        "expected_top3": [],
        "note": "NHS Cauda equina syndrome: emergency; it wins over the gp sign numbness.",
    },
    {
        "name": "Emergency plus urgent: stiff jaw after a dirty wound",
        "area": "face",
        "signs": ["jaw-lock", "dirty-wound"],
        "groups": [],
        "clues": [],
        "expected_tier": "emergency",
        "expected_top3": [],
        "note": "NHS Tetanus: emergency wins over the urgent dirty-wound sign.",
    },
    {
        "name": "Confused and very hot after exercise in the heat",
        "area": "many",
        "signs": ["heat-confusion"],
        "groups": ["athlete"],
        "clues": ["hot-weather", "during-exercise"],
        "expected_tier": "emergency",
        "expected_top3": [],
        "note": "NHS Heat exhaustion and heatstroke.",
    },
    {
        "name": "Neck spasm with trouble breathing",
        "area": "neck",
        "signs": ["breathing-trouble"],
        "groups": [],
        "clues": [],
        "expected_tier": "emergency",
        "expected_top3": [],
        "note": "Triage brief: airway and breathing muscles.",
    },
    {
        "name": "MS, sudden loss of movement with weakness",
        "area": "arm",
        "signs": ["cannot-move", "muscle-weakness"],
        "groups": ["nerve-condition"],
        "clues": [],
        "expected_tier": "emergency",
        "expected_top3": [],
        "note": "Kurz (NASS): paralysis that comes on suddenly is an emergency, even with a known nerve condition.",
    },
    {
        "name": "Severe calf pain and swelling after a crush injury",
        "area": "calf",
        "signs": ["injury-severe-pain", "leg-swollen"],
        "groups": [],
        "clues": [],
        "expected_tier": "emergency",
        "expected_top3": [],
        "note": "NHS Compartment syndrome: 999 or A&E; wins over the urgent swollen-leg sign.",
    },
    {
        "name": "Spasms all over with a fit",
        "area": "many",
        "signs": ["seizure"],
        "groups": [],
        "clues": [],
        "expected_tier": "emergency",
        "expected_top3": [],
        "note": "Triage brief: a seizure is a neurological emergency.",
    },
    {
        "name": "Emergency, urgent and gp signs with benign night-cramp clues",
        "area": "calf",
        "signs": ["stroke-signs", "leg-swollen", "frequent"],
        "groups": ["older-adult"],
        "clues": ["at-night"],
        "expected_tier": "emergency",
        "expected_top3": [],
        "note": "Triage brief: emergency wins whatever else was answered.",
    },
    {
        "name": "New medicine in an athlete cramping during exercise: the medicine comes first",
        "area": "calf",
        "signs": ["new-medicine"],
        "groups": ["athlete"],
        "clues": ["during-exercise"],
        "expected_tier": "gp",
        "expected_top3": ["medicine"],
        "note": "Merck Manual, Muscle cramps: medicines such as diuretics and statins; the sign that sets the tier leads the causes.",
    },
    {
        "name": "Pain on walking that eases with rest, during exercise: circulation comes first",
        "area": "calf",
        "signs": ["walking-pain"],
        "groups": [],
        "clues": ["during-exercise"],
        "expected_tier": "gp",
        "expected_top3": ["circulation"],
        "note": "Merck Manual: claudication needs a doctor within a day or two; never offered as tired muscles alone.",
    },
    {
        "name": "A shrinking muscle in a runner: a nerve problem is listed first",
        "area": "thigh",
        "signs": ["muscle-shrinking"],
        "groups": ["athlete"],
        "clues": ["during-exercise", "no-warm-up"],
        "expected_tier": "gp",
        "expected_top3": ["nerve-disorder"],
        "note": "Seed: a muscle that looks smaller can mean nerve disease.",
    },
]
