"""The starter content that `manage.py seed` loads.

Written fresh in plain language (each section at reading grade 8 or lower)
from the facts and sources in the clinical brief. "[n]" cites source n of
the same article. Editors own these articles once they exist: the seed never
changes an article that is already in the database.
"""

import datetime

CATEGORIES = [
    {
        "slug": "neurology",
        "name": "Brain and nerves (neurology)",
        "description": "How your brain and nerves control your muscles, and what happens when they misfire.",
    },
    {
        "slug": "rehabilitation",
        "name": "Recovery and physical therapy",
        "description": "Stretching, moving and easing sore or tight muscles.",
    },
    {
        "slug": "sports-medicine",
        "name": "Sports and fitness",
        "description": "Keeping your muscles well when you exercise.",
    },
]

WRITTEN = datetime.date(2026, 11, 25)

#: Who wrote the seed articles and when they were checked against their sources.
#: No clinician has signed them off yet, so no medical reviewer is named: the
#: pages say the medical review is pending until an editor adds one.
ARTICLE_DEFAULTS = {
    "author": "Clearcare editorial team",
    "medical_reviewer": "",
    "reviewer_credentials": "",
    "first_published": WRITTEN,
    "last_reviewed": WRITTEN,
    "next_review_due": WRITTEN.replace(year=WRITTEN.year + 1),
}


def articles() -> list[dict]:
    """Return the seed articles with their authorship and review dates."""
    return [{**ARTICLE_DEFAULTS, **article} for article in ARTICLES]


ARTICLES = [
    {
        "slug": "muscle-spasms",
        "title": "Muscle spasms, cramps and twitches",
        "summary": "A muscle spasm is when a muscle jumps or tightens on its own. Spasms are common and most are harmless. Learn what causes them, how to ease one and when to see a doctor.",
        "also_known_as": "muscle cramp, cramp, charley horse, twitch, muscle twitch",
        "categories": ["neurology", "rehabilitation", "sports-medicine"],
        "related": ["muscle-twitches", "night-leg-cramps", "stretch-out-a-cramp"],
        # Listed under "When to see a doctor" from the checker"s rules, by urgency.
        "warning_signs": [
            "cannot-move",
            "stroke-signs",
            "breathing-trouble",
            "chest-pain",
            "long-cramp",
            "cramp-chest-arm-belly",
            "fluid-loss",
            "spreading-weakness",
            "frequent",
            "muscle-weakness",
            "numbness",
            "tremor",
            "double-vision",
            "head-neck-back-pain",
            "poor-sleep",
        ],
        "sections": [
            {
                "kind": "overview",
                "heading": "What is a muscle spasm?",
                "anchor": "what-is-it",
                "body": """\
A muscle spasm is when a muscle suddenly moves or gets tight, and you cannot control it [1]. People also call it a cramp or a twitch. A cramp in the calf is often called a "charley horse" [3].

Spasms are very common, and most are harmless [4]. They can happen in any muscle. The calf, at the back of your lower leg, is the most common place [1]. Spasms also often happen in the feet, hands, arms, belly and thighs [1]. They can happen in the muscles between your ribs, too [1]. Your back can also spasm [2]. Twitches are common in the face and eyelids [5].

A spasm can show up in two ways:

- **A twitch** is a small flicker or jump in a muscle. It lasts a few seconds. You may see it move under your skin. It often does not hurt [5].
- **A cramp** is when the whole muscle locks tight. It feels hard when you touch it, and it can hurt a lot [3].
""",
            },
            {
                "kind": "causes",
                "heading": "What causes muscle spasms?",
                "anchor": "causes",
                "body": """\
Most spasms have a simple cause. Common causes are:

- Tired, overworked or sore muscles [1].
- Exercise without a warm-up, or exercise in very hot weather [1].
- Not drinking enough water before or during exercise. Doctors call this dehydration [4].
- Stress or worry. These often cause twitches in the face or eyelid. Caffeine and too little sleep can make them worse [5].
- A trapped (pinched) nerve. This can cause spasms in your back [2].

Less often, spasms are a sign of another health problem. A doctor should check for these [2]. Your brain, spinal cord and nerves control your muscles. So a nerve problem, such as multiple sclerosis, can cause spasms [2]. Thyroid problems and scarring of the liver (cirrhosis) can cause them too [2]. So can problems with your diet, such as low minerals, or with blood flow, hormones or how your body uses food [4]. Some medicines can also cause twitches or cramps [5].

Some people get spasms more often. These include older adults, athletes, people who are overweight and people who are pregnant [1][3]. People with a nerve or thyroid problem are also more at risk [2].
""",
            },
            {
                "kind": "symptoms",
                "heading": "What a spasm feels like",
                "anchor": "symptoms",
                "body": """\
A twitch feels like a small flicker or jump in your muscle [5]. You may see your skin move. Most twitches do not hurt. Each one lasts only a few seconds [5]. Twitches can come and go for a few days or weeks [5].

A cramp is much stronger. The whole muscle locks tight, and you cannot make it relax [1]. The muscle feels hard when you touch it [3]. A cramp can be very painful. Most cramps stop within a few minutes [4]. But the muscle may stay sore for a while after [4].

Leg cramps often happen at night, when you are in bed [3]. They can wake you up. They are very common, and most are harmless [3].
""",
            },
            {
                "kind": "treatment",
                "heading": "How to ease a spasm",
                "anchor": "treatment",
                "body": """\
Most spasms stop on their own within seconds or minutes. You often do not need any treatment [4].

If you get a cramp, these steps can help [1]:

- Stop what you are doing, for example running.
- Gently stretch the muscle, or rub it.
- Use warmth, like a heating pad, if the muscle feels tight. Use an ice pack if it feels sore.
- Drink some water if you may not have had enough to drink [4].

For a cramp in your calf, try this [3]:

1. Stand up and put your weight on the leg with the cramp.
2. Bend that knee a little. This stretches your calf.

For a cramp in the front of your thigh, try this [3]:

1. Stand up. Hold on to a wall or chair if you need to.
2. Reach back and hold the foot of that leg behind you.
3. Gently pull your foot up toward your bottom. Keep your knees together.

Painkillers do not help while a cramp is happening. They can help with soreness after it stops [6].

If a nerve problem causes your spasms, a doctor may give you a medicine that calms them (an antispasmodic) [2]. Only a doctor can decide this.
""",
            },
            {
                "kind": "prevention",
                "heading": "How to prevent spasms",
                "anchor": "prevention",
                "body": """\
A few simple habits may lower your chance of getting spasms:

- Drink plenty of water, most of all before and during exercise [4].
- Stretch before you exercise [1].
- Stretch before you do the same movement over and over, for example at work [3].
- Stretch your legs before bed. This may help with cramps at night [3]. But the proof that it works is weak [7].

Stress, tiredness, caffeine and alcohol can all cause twitches [5]. So it may help to rest, find ways to relax and cut down on caffeine and alcohol [5].

If you think a medicine you take is causing spasms, do not stop taking it on your own. Ask your doctor first [5].
""",
            },
            {
                "kind": "see_doctor",
                "heading": "When to see a doctor",
                "anchor": "seeing-a-doctor",
                "body": """\
Most spasms are harmless [4]. The boxes below list the signs that mean you should get help, and how soon [8]. Our symptom checker asks about the same signs, so you get the same advice in both places.

Also see a doctor if you think a health problem may be behind your spasms, such as a nerve or thyroid problem [2].
""",
            },
            {
                "kind": "summary",
                "heading": "Summary",
                "anchor": "summary",
                "body": """\
- Muscle spasms are common, and most are harmless.
- Most stop on their own within seconds or minutes.
- To ease a cramp, stop what you are doing, then gently stretch and rub the muscle.
- Drinking water and stretching may help stop spasms from coming back.
- See a doctor if spasms keep coming back or come with weakness or numbness. Sudden paralysis is an emergency.
""",
            },
        ],
        "sources": [
            {
                "number": 1,
                "authors": "Alai MJ, et al.",
                "year": "2022",
                "title": "Muscle cramps",
                "publisher": "OrthoInfo, American Academy of Orthopaedic Surgeons",
                "url": "https://orthoinfo.aaos.org/en/diseases--conditions/muscle-cramps",
            },
            {
                "number": 2,
                "authors": "Kurz JL",
                "year": "2016",
                "title": "Muscle spasms",
                "publisher": "North American Spine Society, KnowYourBack",
                "url": "https://www.spine.org/KnowYourBack/Conditions/Other/Muscle-Spasms",
            },
            {
                "number": 3,
                "authors": "American Osteopathic Association",
                "year": "n.d.",
                "title": "Muscle cramp",
                "publisher": "American Osteopathic Association",
                "url": "https://osteopathic.org/what-is-osteopathic-medicine/muscle-cramp/",
            },
            {
                "number": 4,
                "authors": "MedlinePlus",
                "year": "2017",
                "title": "Muscle cramps",
                "publisher": "MedlinePlus",
                "url": "https://medlineplus.gov/musclecramps.html",
            },
            {
                "number": 5,
                "authors": "NHS",
                "year": "2018",
                "title": "Twitching eyes and muscles",
                "publisher": "NHS",
                "url": "https://www.nhs.uk/conditions/twitching-eyes-and-muscles/",
            },
            {
                "number": 6,
                "authors": "NHS",
                "year": "n.d.",
                "title": "Leg cramps",
                "publisher": "NHS",
                "url": "https://www.nhs.uk/conditions/leg-cramps/",
            },
            {
                "number": 7,
                "authors": "Coppin RJ, et al.",
                "year": "2005",
                "title": "Managing nocturnal leg cramps — calf-stretching exercises and cessation of quinine treatment: a factorial randomised controlled trial",
                "publisher": "British Journal of General Practice",
                "url": "",
            },
            {
                "number": 8,
                "authors": "NHS",
                "year": "n.d.",
                "title": "Stroke: symptoms",
                "publisher": "NHS",
                "url": "https://www.nhs.uk/conditions/stroke/symptoms/",
            },
        ],
    },
    {
        "slug": "muscle-twitches",
        "title": "Muscle twitches, including eyelid and buttock twitching",
        "summary": "A twitch is a small jump in a muscle that you cannot control. Most twitches are harmless and stop in a few days or weeks. Learn what causes them and when to see a doctor.",
        "also_known_as": "muscle twitch, eye twitch, eyelid twitch, twitching eye, buttock twitching, twitching muscles",
        "categories": ["neurology"],
        "related": ["muscle-spasms", "stretch-out-a-cramp", "night-leg-cramps"],
        # Listed under "When to see a doctor" from the checker"s rules, by urgency.
        "warning_signs": [
            "cannot-move",
            "stroke-signs",
            "long-twitching",
            "muscle-weakness",
            "numbness",
            "tremor",
            "double-vision",
            "head-neck-back-pain",
            "new-medicine",
            "muscle-shrinking",
        ],
        "sections": [
            {
                "kind": "overview",
                "heading": "What is a muscle twitch?",
                "anchor": "what-is-it",
                "body": """\
A twitch is a small flicker or jump in a muscle. You do not control it [1]. It is one kind of muscle spasm [2].

Each twitch lasts only a few seconds. You may see your skin move. Most twitches do not hurt [1].

Twitches are very common. Very few are caused by a serious problem [1]. They can happen in any part of your body. They often happen in the face and eyelids [1].

A twitch can stop and start again. Most go away by themselves in a few days or weeks [1].
""",
            },
            {
                "kind": "causes",
                "heading": "What causes twitches?",
                "anchor": "causes",
                "body": """\
Most twitches are linked to everyday things. These include [1]:

- Stress or worry.
- Being tired.
- Caffeine, for example in coffee, tea or energy drinks.
- Alcohol.
- Some medicines, as a side effect.

Tired or overworked muscles can also twitch or cramp [3].

If you think a medicine is causing your twitch, do not stop taking it on your own. Ask your doctor or pharmacist first [1].

Less often, a twitch that does not go away is a sign of a nerve problem. A doctor can check for this [1].
""",
            },
            {
                "kind": "symptoms",
                "heading": "Eyelid and buttock twitching",
                "anchor": "eyelid-and-buttock-twitching",
                "body": """\
**Eyelid twitching** is common [1]. It is often caused by stress or worry. Too much caffeine and too little sleep can make it worse [1]. It is usually harmless and stops on its own [1].

**Buttock twitching** is also usually harmless [1]. It often has the same causes as other twitches. But if it keeps going, a doctor may look for other causes:

- Piriformis syndrome. This is when a muscle deep in your buttock presses on the sciatic nerve, a large nerve in that area.
- Proctalgia fugax. This is a sudden, short pain in your bottom.
- Multiple sclerosis, a nerve condition. People with it can get muscle spasms [2].

See a doctor if buttock twitching goes on for a long time. Also see one if it comes with pain, weakness, numbness or other symptoms [1][2].
""",
            },
            {
                "kind": "treatment",
                "heading": "What you can do",
                "anchor": "self-care",
                "body": """\
There is usually no treatment for a twitch, and you often do not need one [1]. But these things may help it settle:

- Get plenty of rest and sleep [1].
- Find ways to relax, because stress can bring on twitches [1].
- Cut down on coffee, tea and other drinks with caffeine [1].
- Cut down on alcohol [1].
- If the muscle also cramps, gently stretch it and rub it [1].

Try to stay calm about it. Most twitches are harmless, and stress can make a twitch worse [1].

Never stop a medicine your doctor gave you, even if you think it causes the twitch. Ask your doctor first [1].
""",
            },
            {
                "kind": "see_doctor",
                "heading": "When to see a doctor",
                "anchor": "seeing-a-doctor",
                "body": """\
Most twitches are harmless and stop on their own [1]. The boxes below list the signs that mean you should get help, and how soon [4]. Our symptom checker asks about the same signs, so you get the same advice in both places.

See your family doctor (GP) if you think a medicine may be causing your twitches. Do not stop the medicine on your own [1].
""",
            },
            {
                "kind": "summary",
                "heading": "Summary",
                "anchor": "summary",
                "body": """\
- Twitches are common and are rarely serious.
- Stress, tiredness, caffeine and alcohol are common causes.
- Most twitches stop on their own within days or weeks.
- Get a twitch checked by your family doctor (GP) if it lasts over 2 weeks, shows up in more than one place, or the area feels weak or stiff.
""",
            },
        ],
        "sources": [
            {
                "number": 1,
                "authors": "NHS",
                "year": "2018",
                "title": "Twitching eyes and muscles",
                "publisher": "NHS",
                "url": "https://www.nhs.uk/conditions/twitching-eyes-and-muscles/",
            },
            {
                "number": 2,
                "authors": "Kurz JL",
                "year": "2016",
                "title": "Muscle spasms",
                "publisher": "North American Spine Society, KnowYourBack",
                "url": "https://www.spine.org/KnowYourBack/Conditions/Other/Muscle-Spasms",
            },
            {
                "number": 3,
                "authors": "Alai MJ, et al.",
                "year": "2022",
                "title": "Muscle cramps",
                "publisher": "OrthoInfo, American Academy of Orthopaedic Surgeons",
                "url": "https://orthoinfo.aaos.org/en/diseases--conditions/muscle-cramps",
            },
            {
                "number": 4,
                "authors": "NHS",
                "year": "n.d.",
                "title": "Stroke: symptoms",
                "publisher": "NHS",
                "url": "https://www.nhs.uk/conditions/stroke/symptoms/",
            },
        ],
    },
    {
        "slug": "night-leg-cramps",
        "title": "Night-time leg cramps",
        "summary": "Leg cramps often wake people up at night. They hurt, but most are harmless and pass within minutes. Learn what to do during one, what may help and when to see a doctor.",
        "also_known_as": "night cramps, nocturnal leg cramps, leg cramps at night, calf cramp, charley horse",
        "categories": ["neurology", "rehabilitation"],
        "related": ["muscle-spasms", "stretch-out-a-cramp", "muscle-twitches"],
        # Listed under "When to see a doctor" from the checker"s rules, by urgency.
        "warning_signs": [
            "cannot-move",
            "stroke-signs",
            "chest-pain",
            "breathing-trouble",
            "leg-swollen",
            "long-cramp",
            "cramp-chest-arm-belly",
            "fluid-loss",
            "frequent",
            "numbness",
            "muscle-weakness",
            "walking-pain",
            "poor-sleep",
        ],
        "sections": [
            {
                "kind": "overview",
                "heading": "About night-time leg cramps",
                "anchor": "what-is-it",
                "body": """\
A leg cramp is when a muscle in your leg suddenly locks tight. You cannot make it relax, and it can hurt a lot [5]. The calf, at the back of your lower leg, is the most common place [5].

Leg cramps are very common at night. About 3 in every 4 leg cramps happen at night [1]. About 1 in 3 people over 60 get them [1].

A cramp can last from a few seconds to about 10 minutes [1]. After it stops, the muscle may feel tender for up to a day [1].

Night cramps can wake you up and be scary. But most of them are harmless [5].
""",
            },
            {
                "kind": "causes",
                "heading": "Causes and who gets them",
                "anchor": "causes",
                "body": """\
Common causes of cramps include tired or overworked muscles, and not drinking enough water [5].

Some people get cramps more often. These include older adults, athletes, people who are overweight and people who are pregnant [5][6]. People with a nerve or thyroid problem are also more at risk [7].

Some medicines can cause cramps as a side effect [4]. These include:

- Water tablets (diuretics) [4].
- Statins, which lower cholesterol [4].
- Some asthma medicines and some blood pressure medicines [4].

Caffeine and nicotine can also cause cramps [4].

**Never stop a medicine your doctor gave you on your own.** If you think it causes your cramps, ask your doctor. They can check and help you [4].
""",
            },
            {
                "kind": "treatment",
                "heading": "What to do during a cramp",
                "anchor": "during-a-cramp",
                "body": """\
Most cramps stop on their own [2]. These steps may ease the pain:

1. Hold on to something steady, like a wall or a chair, and stand up.
2. Put your weight on the leg with the cramp [6].
3. Bend that knee a little. This stretches your calf [6].
4. Gently rub the tight muscle [5].
5. Put warmth on it, like a heating pad, if it feels tight. Use an ice pack if it feels sore [5].

Painkillers do not help while a cramp is happening. But they can ease the soreness after it [2].

You may have heard of quinine, a medicine for cramps. It is not a normal treatment for them [1]. A doctor may offer it only if your cramps are very bad [2]. Only take it if a doctor gives it to you.
""",
            },
            {
                "kind": "prevention",
                "heading": "Can you prevent night cramps?",
                "anchor": "prevention",
                "body": """\
These steps may help:

- Drink plenty of water during the day [5].
- Gently stretch your legs before bed [6].

Be aware that the proof for stretching is weak. In one study of 191 people, calf stretches did not lower the number of night cramps [3]. So stretching may help some people, but it may not help you [3].

If a medicine may be causing your cramps, ask your doctor. Do not stop it on your own [4].
""",
            },
            {
                "kind": "see_doctor",
                "heading": "When to see a doctor",
                "anchor": "seeing-a-doctor",
                "body": """\
Most night cramps are harmless and stop on their own [5]. The boxes below list the signs that mean you should get help, and how soon [8][9]. Our symptom checker asks about the same signs, so you get the same advice in both places.

If you think a medicine may be causing your cramps, see your doctor. Do not stop the medicine on your own [4].
""",
            },
            {
                "kind": "summary",
                "heading": "Summary",
                "anchor": "summary",
                "body": """\
- Night-time leg cramps are common, and most are harmless.
- During a cramp, hold on to something steady, stand on that leg and bend the knee a little. Then rub the muscle.
- Painkillers do not help during a cramp, but they can ease the soreness after it.
- Never stop a medicine your doctor gave you without asking them first.
- See a doctor if your cramps are very painful and keep coming back, or come with numbness or weak muscles.
""",
            },
        ],
        "sources": [
            {
                "number": 1,
                "authors": "NICE Clinical Knowledge Summaries",
                "year": "n.d.",
                "title": "Leg cramps",
                "publisher": "NICE Clinical Knowledge Summaries",
                "url": "https://cks.nice.org.uk/topics/leg-cramps/",
            },
            {
                "number": 2,
                "authors": "NHS",
                "year": "n.d.",
                "title": "Leg cramps",
                "publisher": "NHS",
                "url": "https://www.nhs.uk/conditions/leg-cramps/",
            },
            {
                "number": 3,
                "authors": "Coppin RJ, et al.",
                "year": "2005",
                "title": "Managing nocturnal leg cramps — calf-stretching exercises and cessation of quinine treatment: a factorial randomised controlled trial",
                "publisher": "British Journal of General Practice",
                "url": "",
            },
            {
                "number": 4,
                "authors": "Merck Manual Consumer Version",
                "year": "n.d.",
                "title": "Muscle cramps",
                "publisher": "Merck Manual Consumer Version",
                "url": "https://www.merckmanuals.com/home/brain-spinal-cord-and-nerve-disorders/symptoms-of-brain-spinal-cord-and-nerve-disorders/muscle-cramps",
            },
            {
                "number": 5,
                "authors": "Alai MJ, et al.",
                "year": "2022",
                "title": "Muscle cramps",
                "publisher": "OrthoInfo, American Academy of Orthopaedic Surgeons",
                "url": "https://orthoinfo.aaos.org/en/diseases--conditions/muscle-cramps",
            },
            {
                "number": 6,
                "authors": "American Osteopathic Association",
                "year": "n.d.",
                "title": "Muscle cramp",
                "publisher": "American Osteopathic Association",
                "url": "https://osteopathic.org/what-is-osteopathic-medicine/muscle-cramp/",
            },
            {
                "number": 7,
                "authors": "Kurz JL",
                "year": "2016",
                "title": "Muscle spasms",
                "publisher": "North American Spine Society, KnowYourBack",
                "url": "https://www.spine.org/KnowYourBack/Conditions/Other/Muscle-Spasms",
            },
            {
                "number": 8,
                "authors": "NHS",
                "year": "n.d.",
                "title": "Stroke: symptoms",
                "publisher": "NHS",
                "url": "https://www.nhs.uk/conditions/stroke/symptoms/",
            },
            {
                "number": 9,
                "authors": "NHS",
                "year": "n.d.",
                "title": "Deep vein thrombosis (DVT)",
                "publisher": "NHS",
                "url": "https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/",
            },
        ],
    },
    {
        "slug": "stretch-out-a-cramp",
        "title": "How to stretch out a cramp",
        "summary": "Simple steps to ease a muscle cramp: stop, stretch the muscle gently, rub it and drink some water. Here is how to stretch a calf or thigh cramp, and when to see a doctor.",
        "also_known_as": "cramp stretch, how to stop a cramp, charley horse relief",
        "categories": ["rehabilitation", "sports-medicine"],
        "related": ["muscle-spasms", "night-leg-cramps", "muscle-twitches"],
        # Listed under "When to see a doctor" from the checker"s rules, by urgency.
        "warning_signs": [
            "cannot-move",
            "stroke-signs",
            "long-cramp",
            "frequent",
            "numbness",
            "muscle-weakness",
        ],
        "sections": [
            {
                "kind": "treatment",
                "heading": "First steps when a cramp starts",
                "anchor": "first-steps",
                "body": """\
A cramp is when a muscle locks tight and will not relax [1]. It can hurt a lot. But most cramps stop on their own within a few minutes [3].

When a cramp starts, try these steps:

- Stop what you are doing, for example running or walking [1].
- Gently stretch the muscle. Hold the stretch until the cramp eases [1].
- Rub the muscle gently while you stretch it [1].
- Put warmth on the muscle, like a heating pad, if it still feels tight. Use an ice pack if it feels sore [1].
- Drink some water if you may not have had enough to drink [3].
""",
            },
            {
                "kind": "treatment",
                "heading": "How to stretch a calf cramp",
                "anchor": "calf-cramp",
                "body": """\
The calf is the muscle at the back of your lower leg. It is the most common place to get a cramp [1]. People sometimes call a calf cramp a "charley horse" [2].

To stretch it [2]:

1. Stand up. Hold on to a wall or a chair if you need help with balance.
2. Put your weight on the leg with the cramp.
3. Bend that knee a little. You should feel a gentle stretch in your calf.
4. Hold this until the cramp eases.
5. Then gently rub the muscle.

Your calf may feel sore for a while after the cramp stops. This is normal [3].
""",
            },
            {
                "kind": "treatment",
                "heading": "How to stretch a cramp in the front of your thigh",
                "anchor": "thigh-cramp",
                "body": """\
The big muscle at the front of your thigh can also cramp [1].

To stretch it [2]:

1. Stand up. Hold on to a wall or a chair with one hand, so you do not fall.
2. Bend the knee of the leg with the cramp, and lift that foot behind you.
3. Hold that foot with your other hand.
4. Gently pull your foot up toward your bottom. Keep your knees close together.
5. Hold this until the cramp eases, then slowly let go.
""",
            },
            {
                "kind": "see_doctor",
                "heading": "When to see a doctor",
                "anchor": "seeing-a-doctor",
                "body": """\
Most cramps are harmless and stop on their own [3]. The boxes below list the signs that mean you should get help, and how soon [4][5][6]. Our symptom checker asks about the same signs, so you get the same advice in both places.
""",
            },
        ],
        "sources": [
            {
                "number": 1,
                "authors": "Alai MJ, et al.",
                "year": "2022",
                "title": "Muscle cramps",
                "publisher": "OrthoInfo, American Academy of Orthopaedic Surgeons",
                "url": "https://orthoinfo.aaos.org/en/diseases--conditions/muscle-cramps",
            },
            {
                "number": 2,
                "authors": "American Osteopathic Association",
                "year": "n.d.",
                "title": "Muscle cramp",
                "publisher": "American Osteopathic Association",
                "url": "https://osteopathic.org/what-is-osteopathic-medicine/muscle-cramp/",
            },
            {
                "number": 3,
                "authors": "MedlinePlus",
                "year": "2017",
                "title": "Muscle cramps",
                "publisher": "MedlinePlus",
                "url": "https://medlineplus.gov/musclecramps.html",
            },
            {
                "number": 4,
                "authors": "Kurz JL",
                "year": "2016",
                "title": "Muscle spasms",
                "publisher": "North American Spine Society, KnowYourBack",
                "url": "https://www.spine.org/KnowYourBack/Conditions/Other/Muscle-Spasms",
            },
            {
                "number": 5,
                "authors": "NHS",
                "year": "n.d.",
                "title": "Leg cramps",
                "publisher": "NHS",
                "url": "https://www.nhs.uk/conditions/leg-cramps/",
            },
            {
                "number": 6,
                "authors": "NHS",
                "year": "n.d.",
                "title": "Stroke: symptoms",
                "publisher": "NHS",
                "url": "https://www.nhs.uk/conditions/stroke/symptoms/",
            },
        ],
    },
]
