"""The clinicians' safety cases all pass: each starter case against the starter rules (engine
alone, one test a case), and every seeded case against the rules built from the database."""

import pytest

from core.content import starter_rules
from tests.factories import seed_rules
from triage import engine
from triage.models import SafetyCase
from triage.rules import current_rules

STARTER = starter_rules()
RULES = seed_rules()


@pytest.mark.parametrize("case", STARTER.safety_cases, ids=lambda case: case["name"])
def test_starter_safety_case_passes(case):
    answers = engine.Answers(
        area=case["area"],
        signs=frozenset(case["signs"]),
        groups=frozenset(case["groups"]),
        clues=frozenset(case["clues"]),
        age=case.get("age", ""),
        timing=case.get("timing", ""),
    )
    result = engine.assess(answers, RULES)
    top_three = [ranked.slug for ranked in result.causes[:3]]
    listed = {ranked.slug for ranked in result.causes}
    assert result.urgency == case["expected_tier"], f"top three {top_three}"
    assert set(case["expected_top3"]) <= set(top_three), f"top three {top_three}"
    assert not set(case.get("expected_absent", ())) & listed, f"listed {sorted(listed)}"


@pytest.mark.usefixtures("seeded")
def test_every_seeded_safety_case_passes_against_the_rules_in_the_database():
    cases = SafetyCase.objects.prefetch_related(
        "signs", "groups", "clues", "expected_causes", "expected_absent"
    ).select_related("area", "age", "timing")
    assert cases.count() == len(STARTER.safety_cases) >= 20
    assert set(cases.values_list("expected_tier", flat=True)) == set(engine.TIERS)
    rules = current_rules()
    failed = {case.name: case.run(rules) for case in cases}
    failed = {name: outcome for name, outcome in failed.items() if not outcome.passed}
    assert not failed, "\n".join(f"{name}: {outcome}" for name, outcome in failed.items())
