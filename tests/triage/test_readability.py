"""Every question, option and result text the checker shows reads at grade 8 or lower, as a
person reads it (with the emergency numbers in place of "[emergency number]")."""

import pytest

from config.site import with_emergency_numbers
from core.content import starter_rules
from core.readability import flesch_kincaid_grade, reading_target
from triage.views import GROUP_QUESTIONS, MEDICINES_QUESTION, STEPS

STARTER = starter_rules()

MAX_GRADE = 8


def checker_texts():
    """Yield (where, text) for every sentence a person reads in the checker."""
    for step in STEPS:
        yield f"step {step.name} title", step.title
        yield f"step {step.name} hint", step.hint
        for field, message in step.requires:
            yield f"step {step.name} {field} missing", message
    for kind, question in GROUP_QUESTIONS:
        yield f"step about {kind} question", question
    yield "step about medicines yes or no", MEDICINES_QUESTION
    for tier in STARTER.tiers:
        for key in ("title", "action", "safety_net"):
            yield f"tier {tier['slug']} {key}", tier[key]
    for sign in STARTER.signs:
        for key in ("question", "why", "first_aid"):
            yield f"sign {sign['slug']} {key}", sign.get(key, "")
    for group in STARTER.groups:
        # A medicine's label is its name and the names on the box people know it by
        # ("Statins, for cholesterol (such as atorvastatin)"): a grade means nothing
        # there, so it is held to a short length instead (see below).
        if group.get("kind") != "medicine":
            yield f"group {group['slug']} label", group["label"]
        yield f"group {group['slug']} why", group["why"]
    for age in STARTER.ages:
        for key in ("label", "why", "advice"):
            yield f"age {age['slug']} {key}", age.get(key, "")
    for clue in STARTER.clues:
        yield f"clue {clue['slug']} label", clue["label"]
    for cause in STARTER.causes:
        # A cause's name is the name of a condition ("Piriformis syndrome"), not a
        # sentence: its plain explanation beside it is what must read easily.
        yield f"cause {cause['slug']} explanation", cause["explanation"]


TEXTS = [(where, str(text)) for where, text in checker_texts() if text]  # lazy texts too


def test_every_new_kind_of_text_is_covered():
    places = {where.split()[0] for where, _ in TEXTS}
    assert places == {"step", "tier", "sign", "group", "age", "clue", "cause"}
    assert len(TEXTS) > 150


@pytest.mark.parametrize(("where", "text"), TEXTS, ids=[where for where, _ in TEXTS])
def test_checker_text_reads_at_grade_eight_or_lower(where, text):
    grade = flesch_kincaid_grade(with_emergency_numbers(text))
    assert grade is not None and grade <= MAX_GRADE, f"{where}: grade {grade}: {text}"


def test_medicine_names_are_short_and_their_reasons_plain():
    medicines = [g for g in STARTER.groups if g.get("kind") == "medicine"]
    assert len(medicines) >= 8
    for medicine in medicines:
        assert len(medicine["label"].split()) <= 12, medicine["label"]
        grade = flesch_kincaid_grade(medicine["why"])
        assert grade is not None and grade <= MAX_GRADE, medicine["why"]


#: The Spanish of each kind of checker text, as the content files give it.
SPANISH_FIELDS = {
    "tiers": ("title", "action", "safety_net"),
    "areas": ("hint",),
    "ages": ("why", "advice"),
    "groups": ("label", "why"),
    "clues": ("label",),
    "signs": ("question", "why", "first_aid", "worse_why"),
    "causes": ("explanation",),
}


@pytest.mark.parametrize("kind", SPANISH_FIELDS)
def test_the_spanish_checker_texts_of_each_kind_read_bastante_facil(kind):
    # INFLESZ means little for a phrase of two words ("Pantorrilla"), so each kind's texts
    # are scored together, as a person reads them down a step; names are left out as above.
    texts = [
        with_emergency_numbers(record["es"][field])
        for record in getattr(STARTER, kind)
        for field in SPANISH_FIELDS[kind]
        if record.get("es", {}).get(field)
        and not (kind == "groups" and field == "label" and record.get("kind") == "medicine")
    ]
    assert texts
    target = reading_target("es")
    score = target.score("\n".join(texts))
    assert target.met(score), f"{kind}: INFLESZ {score}"
