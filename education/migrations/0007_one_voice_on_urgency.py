"""Articles speak with the checker's voice, where editors never changed them.

Each seed article's "When to see a doctor" section keeps only its own words:
its warning signs now come from the checker's rules (Article.warning_signs),
shown as care cards by urgency. A section is changed only while it still
holds exactly what the seed wrote, and then the article gets its signs (the
seed would give them too; this keeps a database that is migrated but not
seeded from losing the lists). The night-time cramps article gets the summary
it lacked, and holds on to something steady before standing.
"""

from django.db import migrations

from core.markup import html_to_text, render_markdown

BODIES = {
    ("muscle-spasms", "seeing-a-doctor"): (
        "Most spasms are harmless. But see a doctor if:\n"
        "\n"
        "- Your spasms are strong or painful, and they keep coming "
        "back [1].\n"
        "- You think a health problem may be behind them, such as "
        "a nerve or thyroid problem [2].\n"
        "\n"
        "Also see a doctor if your spasms come with any of these "
        "signs. They can point to a problem with your brain, "
        "spinal cord or nerves [2]:\n"
        "\n"
        "- Pain in your back, neck or head.\n"
        "- Weak muscles.\n"
        "- Numb skin, or pins and needles.\n"
        "- Shaking that you cannot control (a tremor).\n"
        "- Trouble controlling your movements, or clumsy "
        "movements.\n"
        "- Slow movements.\n"
        "- Double vision.\n"
        "- Trouble sleeping.\n"
        "\n"
        "**This is an emergency:** call your emergency number (for "
        "example 911, 999 or 112) right away if you suddenly "
        "cannot move part of your body (paralysis) [2]. Also call "
        "if one side of your face droops, or one side of your body "
        "goes weak or numb [8]. Call if you have trouble "
        "breathing, too.",
        "Most spasms are harmless [4]. The boxes below list the "
        "signs that mean you should get help, and how soon [8]. "
        "Our symptom checker asks about the same signs, so you get "
        "the same advice in both places.\n"
        "\n"
        "Also see a doctor if you think a health problem may be "
        "behind your spasms, such as a nerve or thyroid problem "
        "[2].",
    ),
    ("muscle-twitches", "seeing-a-doctor"): (
        "See a GP (your family doctor) if [1]:\n"
        "\n"
        "- Your twitch lasts more than 2 weeks.\n"
        "- You have twitches in more than one place.\n"
        "- The area that twitches feels weak or stiff.\n"
        "- You think a medicine may be causing it.\n"
        "\n"
        "Also see a doctor if your twitches come with any of "
        "these signs [2]:\n"
        "\n"
        "- Weak muscles, numb skin, or pins and needles.\n"
        "- Shaking you cannot control, or trouble controlling "
        "your movements.\n"
        "- Double vision.\n"
        "- Pain in your back, neck or head.\n"
        "\n"
        "**This is an emergency:** call your emergency number "
        "(for example 911, 999 or 112) right away if you "
        "suddenly cannot move part of your body [2]. Also call "
        "if one side of your face droops, or one side of your "
        "body goes weak or numb [4].",
        "Most twitches are harmless and stop on their own [1]. "
        "The boxes below list the signs that mean you should get "
        "help, and how soon [4]. Our symptom checker asks about "
        "the same signs, so you get the same advice in both "
        "places.\n"
        "\n"
        "See your family doctor (GP) if you think a medicine may "
        "be causing your twitches. Do not stop the medicine on "
        "your own [1].",
    ),
    ("muscle-twitches", "summary"): (
        "- Twitches are common and are rarely serious.\n"
        "- Stress, tiredness, caffeine and alcohol are common causes.\n"
        "- Most twitches stop on their own within days or weeks.\n"
        "- Get a twitch checked by a GP if it lasts over 2 weeks, shows "
        "up in more than one place, or the area feels weak or stiff.",
        "- Twitches are common and are rarely serious.\n"
        "- Stress, tiredness, caffeine and alcohol are common causes.\n"
        "- Most twitches stop on their own within days or weeks.\n"
        "- Get a twitch checked by your family doctor (GP) if it lasts "
        "over 2 weeks, shows up in more than one place, or the area "
        "feels weak or stiff.",
    ),
    ("night-leg-cramps", "during-a-cramp"): (
        "Most cramps stop on their own [2]. These steps may ease "
        "the pain:\n"
        "\n"
        "1. Stand up and put your weight on the leg with the "
        "cramp [6].\n"
        "2. Bend that knee a little. This stretches your calf "
        "[6].\n"
        "3. Gently rub the tight muscle [5].\n"
        "4. Put warmth on it, like a heating pad, if it feels "
        "tight. Use an ice pack if it feels sore [5].\n"
        "\n"
        "Hold on to something steady when you stand, so you do "
        "not fall.\n"
        "\n"
        "Painkillers do not help while a cramp is happening. But "
        "they can ease the soreness after it [2].\n"
        "\n"
        "You may have heard of quinine, a medicine for cramps. "
        "It is not a normal treatment for them [1]. A doctor may "
        "offer it only if your cramps are very bad [2]. Only "
        "take it if a doctor gives it to you.",
        "Most cramps stop on their own [2]. These steps may ease "
        "the pain:\n"
        "\n"
        "1. Hold on to something steady, like a wall or a chair, "
        "and stand up.\n"
        "2. Put your weight on the leg with the cramp [6].\n"
        "3. Bend that knee a little. This stretches your calf "
        "[6].\n"
        "4. Gently rub the tight muscle [5].\n"
        "5. Put warmth on it, like a heating pad, if it feels "
        "tight. Use an ice pack if it feels sore [5].\n"
        "\n"
        "Painkillers do not help while a cramp is happening. But "
        "they can ease the soreness after it [2].\n"
        "\n"
        "You may have heard of quinine, a medicine for cramps. "
        "It is not a normal treatment for them [1]. A doctor may "
        "offer it only if your cramps are very bad [2]. Only "
        "take it if a doctor gives it to you.",
    ),
    ("night-leg-cramps", "seeing-a-doctor"): (
        "See a doctor if:\n"
        "\n"
        "- Your cramps are very painful and keep coming back "
        "[5].\n"
        "- A cramp lasts more than 10 minutes and does not get "
        "better when you stretch [2].\n"
        "- You also have pins and needles [7].\n"
        "- Your legs hurt when you walk and feel better when "
        "you rest. Get seen within a day or two [4].\n"
        "\n"
        "Get medical help right away if [4]:\n"
        "\n"
        "- You have cramps in your chest, arm or belly.\n"
        "- Your cramps come with weak muscles or loss of "
        "feeling (numbness).\n"
        "- You have lost a lot of fluid from being sick, having "
        "diarrhoea or sweating a lot.\n"
        "\n"
        "**This is an emergency:** call your emergency number "
        "(for example 911, 999 or 112) right away if you "
        "suddenly cannot move part of your body [7]. Also call "
        "if one side of your face droops, or one side of your "
        "body goes weak or numb [8]. Call, too, if one leg is "
        "swollen, warm and painful and you are short of breath "
        "or have chest pain [9].",
        "Most night cramps are harmless and stop on their own "
        "[5]. The boxes below list the signs that mean you "
        "should get help, and how soon [8][9]. Our symptom "
        "checker asks about the same signs, so you get the same "
        "advice in both places.\n"
        "\n"
        "If you think a medicine may be causing your cramps, "
        "see your doctor. Do not stop the medicine on your own "
        "[4].",
    ),
    ("stretch-out-a-cramp", "seeing-a-doctor"): (
        "Most cramps are harmless and stop on their own [3]. "
        "But see a doctor if:\n"
        "\n"
        "- A cramp lasts more than 10 minutes and does not "
        "ease when you stretch it [5].\n"
        "- Your cramps are very painful and keep coming back "
        "[1].\n"
        "- Your cramps come with pins and needles [4].\n"
        "\n"
        "Get medical help right away if your cramps come "
        "with weak muscles or numb skin [4].\n"
        "\n"
        "**This is an emergency:** call your emergency "
        "number (for example 911, 999 or 112) right away if "
        "you suddenly cannot move part of your body [4]. "
        "Also call if one side of your face droops, or one "
        "side of your body goes weak or numb [6].",
        "Most cramps are harmless and stop on their own [3]. "
        "The boxes below list the signs that mean you should "
        "get help, and how soon [4][5][6]. Our symptom "
        "checker asks about the same signs, so you get the "
        "same advice in both places.",
    ),
}

NEW_SECTIONS = {
    "night-leg-cramps": {
        "anchor": "summary",
        "body": "- Night-time leg cramps are common, and most are harmless.\n"
        "- During a cramp, hold on to something steady, stand on that leg "
        "and bend the knee a little. Then rub the muscle.\n"
        "- Painkillers do not help during a cramp, but they can ease the "
        "soreness after it.\n"
        "- Never stop a medicine your doctor gave you without asking them "
        "first.\n"
        "- See a doctor if your cramps are very painful and keep coming "
        "back, or come with numbness or weak muscles.",
        "heading": "Summary",
        "kind": "summary",
    }
}

WARNING_SIGNS = {
    "muscle-spasms": [
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
    "muscle-twitches": [
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
    "night-leg-cramps": [
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
    "stretch-out-a-cramp": [
        "cannot-move",
        "stroke-signs",
        "long-cramp",
        "frequent",
        "numbness",
        "muscle-weakness",
    ],
}


def forwards(apps, schema_editor):
    Article = apps.get_model("education", "Article")
    Section = apps.get_model("education", "Section")
    SeedRecord = apps.get_model("education", "SeedRecord")
    WarningSign = apps.get_model("triage", "WarningSign")
    PageVersion = apps.get_model("education", "PageVersion")
    signs = {sign.slug: sign for sign in WarningSign.objects.all()}
    touched = False
    for (slug, anchor), (old, new) in BODIES.items():
        section = Section.objects.filter(article__slug=slug, anchor=anchor).first()
        if section is None or section.body_markdown.strip() != old:
            continue
        section.body_markdown = new
        section.body_html = render_markdown(new)
        section.body_text = html_to_text(section.body_html)
        section.save()
        touched = True
        article = section.article
        linked = [signs[s] for s in WARNING_SIGNS.get(slug, []) if s in signs]
        if section.kind == "see_doctor" and linked and not article.warning_signs.exists():
            article.warning_signs.set(linked)
            SeedRecord.objects.get_or_create(kind="article-warning-signs", key=slug)
        extra = NEW_SECTIONS.get(slug)
        if (
            extra
            and section.kind == "see_doctor"
            and not article.sections.filter(anchor=extra["anchor"]).exists()
        ):
            last = article.sections.order_by("-position").first()
            html = render_markdown(extra["body"])
            Section.objects.create(
                article=article,
                kind=extra["kind"],
                heading=extra["heading"],
                anchor=extra["anchor"],
                body_markdown=extra["body"],
                body_html=html,
                body_text=html_to_text(html),
                position=(last.position if last else 0) + 10,
            )
    if touched:
        import uuid

        PageVersion.objects.update_or_create(pk=1, defaults={"stamp": uuid.uuid4().hex})
        _reindex(schema_editor)


def _reindex(schema_editor):
    """Refresh the search documents (PostgreSQL only): the same document as 0004 and
    ArticleQuerySet.update_search_vectors()."""
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        "UPDATE education_article a SET search_vector = "
        "setweight(to_tsvector('english', coalesce(a.title, '')), 'A') || "
        "setweight(to_tsvector('english', coalesce(a.also_known_as, '')), 'A') || "
        "setweight(to_tsvector('english', coalesce(a.summary, '')), 'B') || "
        "setweight(to_tsvector('english', coalesce((SELECT string_agg(s.body_text, ' ') "
        "FROM education_section s WHERE s.article_id = a.id), '')), 'C')"
    )


class Migration(migrations.Migration):
    dependencies = [
        ("education", "0006_article_warning_signs"),
        ("triage", "0008_one_voice_on_urgency"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
