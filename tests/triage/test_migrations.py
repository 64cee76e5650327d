"""Upgrading a database seeded before the clinical safety review keeps editors' changes."""

import pytest

from tests.schema import migrate

BEFORE = [("triage", "0003_rules_version")]
AFTER = [("triage", "0005_review_existing_rules")]
OLD_CHEST_PAIN = "Chest pain or pressure, or pain that spreads to your arm, jaw, neck or back"
OLD_BREATHING_SOURCE = (
    "Clinical judgement: breathing and swallowing muscles (no consumer source named in the brief)"
)


pytestmark = pytest.mark.usefixtures("latest_schema_after")


@pytest.mark.django_db(transaction=True)
def test_rules_the_first_seed_wrote_are_brought_up_to_date_and_edits_are_kept():
    old = migrate(BEFORE)
    sign = old.get_model("triage", "WarningSign")
    cause = old.get_model("triage", "Cause")
    group = old.get_model("triage", "RiskGroup")
    sign.objects.create(
        slug="chest-pain", question=OLD_CHEST_PAIN, tier="emergency", why="w", source="s"
    )
    sign.objects.create(
        slug="breathing-trouble",
        question="Edited by a clinician",
        tier="emergency",
        why="w",
        source=OLD_BREATHING_SOURCE,
    )
    cause.objects.create(slug="circulation", name="Poor blood flow", explanation="e")
    area = old.get_model("triage", "BodyArea")
    calf = area.objects.create(slug="calf", name="Calf", position=0)
    first_seed_areas = [calf] + [
        area.objects.create(slug=slug, name=slug, position=10 * n)
        for n, slug in enumerate(["thigh", "foot", "many"], start=1)
    ]
    old.get_model("triage", "WarningSign").objects.create(
        slug="leg-swollen", question="q", tier="urgent", why="w", source="s"
    ).areas.set(first_seed_areas)
    old.get_model("triage", "WarningSign").objects.create(
        slug="walking-pain", question="q", tier="gp", why="w", source="s"
    ).areas.set([calf])  # an editor narrowed it: left alone
    group.objects.create(slug="liver-disease", label="Liver", why="w")

    new = migrate(AFTER)
    sign = new.get_model("triage", "WarningSign")
    chest = sign.objects.get(slug="chest-pain")
    assert "even if it feels like a cramp" in chest.question  # untouched seed text: updated
    assert chest.first_aid.startswith("Sit down and rest")
    breathing = sign.objects.get(slug="breathing-trouble")
    assert breathing.question == "Edited by a clinician"  # an editor's change stays
    assert breathing.source.startswith("NHS: When to call 999")  # the untouched field moves on
    circulation = new.get_model("triage", "Cause").objects.get(slug="circulation")
    assert circulation.tier == "gp"
    assert circulation.source.startswith("Merck Manual")
    # The new places exist, and existing rules name them.
    assert {"calf", "shin", "both-legs"} <= set(circulation.areas.values_list("slug", flat=True))
    # The first seed's leg limit is lifted (asked for every area); an editor's is kept.
    assert not sign.objects.get(slug="leg-swollen").areas.exists()
    assert list(sign.objects.get(slug="walking-pain").areas.values_list("slug", flat=True)) == [
        "calf"
    ]
    shin = new.get_model("triage", "BodyArea").objects.get(slug="shin")
    assert shin.position == 5  # next to the calf
    liver = new.get_model("triage", "RiskGroup").objects.get(slug="liver-disease")
    assert (liver.tier, liver.why) == ("gp", "w")  # the edited reason stays; the floor is set
    assert new.get_model("triage", "RulesVersion").objects.exists()  # every process rebuilds


@pytest.mark.django_db(transaction=True)
def test_one_voice_on_urgency_updates_seed_text_links_signs_and_keeps_edits():
    import importlib

    rules_step = importlib.import_module("triage.migrations.0008_one_voice_on_urgency")
    pages_step = importlib.import_module("education.migrations.0007_one_voice_on_urgency")
    old = migrate([("triage", "0006_protect_and_combine"), ("education", "0005_page_version")])
    sign = old.get_model("triage", "WarningSign")
    seizure_question = rules_step.SIGN_TEXT["seizure"]["question"][0]
    sign.objects.create(
        slug="seizure", question=seizure_question, tier="emergency", why="w", source="s"
    )
    sign.objects.create(slug="walking-pain", question="Edited", tier="gp", why="w", source="s")
    for slug in ("long-twitching", "numbness", "cannot-move"):
        sign.objects.create(slug=slug, question=slug, tier="gp", why="w", source="s")
    old.get_model("triage", "Cause").objects.create(slug="stress", name="Stress", explanation="e")
    article = old.get_model("education", "Article")
    section = old.get_model("education", "Section")
    night = article.objects.create(slug="night-leg-cramps", title="Night", summary="s", author="a")
    see = pages_step.BODIES[("night-leg-cramps", "seeing-a-doctor")][0]
    section.objects.create(
        article=night,
        kind="see_doctor",
        heading="When",
        anchor="seeing-a-doctor",
        body_markdown=see,
        position=50,
    )
    spasms = article.objects.create(slug="muscle-spasms", title="Spasms", summary="s", author="a")
    section.objects.create(
        article=spasms,
        kind="see_doctor",
        heading="When",
        anchor="seeing-a-doctor",
        body_markdown="An editor's own list.",
    )

    new = migrate(
        [("triage", "0008_one_voice_on_urgency"), ("education", "0007_one_voice_on_urgency")]
    )
    sign = new.get_model("triage", "WarningSign")
    seizure = sign.objects.get(slug="seizure")
    assert seizure.question == "A seizure (fit), or passing out"
    assert "seizure" in seizure.article_phrases and seizure.theme == ""  # emergency: no theme
    walking = sign.objects.get(slug="walking-pain")
    assert walking.question == "Edited" and walking.theme == "pain"
    stress = new.get_model("triage", "Cause").objects.get(slug="stress")
    assert stress.evidence.filter(sign__slug="long-twitching", weight=2).exists()

    article = new.get_model("education", "Article")
    night = article.objects.get(slug="night-leg-cramps")
    when = night.sections.get(anchor="seeing-a-doctor")
    assert when.body_markdown == pages_step.BODIES[("night-leg-cramps", "seeing-a-doctor")][1]
    assert "The boxes below" in when.body_html  # rendered, not only stored
    assert set(night.warning_signs.values_list("slug", flat=True)) == {
        "cannot-move",
        "numbness",
        "walking-pain",
    }  # the seed's list, of the signs this database has
    assert night.sections.filter(anchor="summary", position=60).exists()
    spasms = article.objects.get(slug="muscle-spasms")
    assert spasms.sections.get().body_markdown == "An editor's own list."
    assert not spasms.warning_signs.exists()  # an edited article is left to its editor


@pytest.mark.django_db(transaction=True)
def test_medicine_signs_are_limited_to_their_medicines_unless_an_editor_limited_them():
    import importlib

    step = importlib.import_module("triage.migrations.0009_ask_medicine_signs_after_the_medicine")
    old = migrate([("triage", "0008_one_voice_on_urgency")])
    sign = old.get_model("triage", "WarningSign")
    group = old.get_model("triage", "RiskGroup")
    for slug in step.MEDICINES + step.CHANGES + ["pregnant"]:
        group.objects.create(slug=slug, label=slug, why="w")
    statin = sign.objects.create(
        slug="statin-pain", question="q", tier="urgent", why="w", source="s"
    )
    edited = sign.objects.create(slug="new-medicine", question="q", tier="gp", why="w", source="s")
    edited.groups.set([group.objects.get(slug="medicine-started")])  # an editor's limit
    old.get_model("triage", "Hazard").objects.create(
        reference="H12",
        title="Medicines",
        severity=5,
        initial_likelihood=3,
        residual_likelihood=1,
        controls=step.OLD_CONTROLS,
    )

    new = migrate([("triage", "0009_ask_medicine_signs_after_the_medicine")])
    sign = new.get_model("triage", "WarningSign")
    assert set(sign.objects.get(pk=statin.pk).groups.values_list("slug", flat=True)) == {
        "statin",
        "other-medicine",
    }
    assert list(sign.objects.get(pk=edited.pk).groups.values_list("slug", flat=True)) == [
        "medicine-started"
    ]
    assert new.get_model("triage", "RulesVersion").objects.exists()  # every process rebuilds
    hazard = new.get_model("triage", "Hazard").objects.get(reference="H12")
    assert hazard.controls.endswith(step.NEW_CONTROL)


@pytest.mark.django_db(transaction=True)
def test_checker_texts_name_the_emergency_number_mark_instead_of_fixed_numbers():
    old = migrate(
        [
            ("triage", "0009_ask_medicine_signs_after_the_medicine"),
            ("education", "0008_seedrecord_moves_to_core"),
        ]
    )
    tier = old.get_model("triage", "Tier").objects.create(
        slug="emergency",
        title="Call 999, 911 or 112 now",
        action="Call your emergency number now: 999, 911 or 112.",
        safety_net="Do not wait.",
    )
    sign = old.get_model("triage", "WarningSign").objects.create(
        slug="dystonia",
        question="q",
        tier="urgent",
        why="A doctor can treat it quickly. Call 999 if it is hard to breathe.",
        source="NHS: When to call 999",
    )
    edited = old.get_model("triage", "WarningSign").objects.create(
        slug="edited", question="q", tier="urgent", why="Ring 999 straight away.", source="s"
    )

    new = migrate([("triage", "0010_emergency_numbers_from_settings")])
    tier = new.get_model("triage", "Tier").objects.get(pk=tier.pk)
    assert tier.title == "Call [emergency number] now"
    assert tier.action == "Call your emergency number now: [emergency number]."
    sign = new.get_model("triage", "WarningSign").objects.get(pk=sign.pk)
    assert (
        sign.why
        == "A doctor can treat it quickly. Call [emergency number] if it is hard to breathe."
    )
    assert sign.source == "NHS: When to call 999"  # a source names its page
    assert new.get_model("triage", "WarningSign").objects.get(pk=edited.pk).why == edited.why
    assert new.get_model("education", "PageVersion").objects.exists()  # cached pages retired
