"""The clinicians' safety cases, as seeded, all pass against the seeded rules."""

import pytest

from core.content import starter_rules
from triage import engine
from triage.models import SafetyCase
from triage.rules import current_rules

STARTER = starter_rules()

pytestmark = pytest.mark.usefixtures("seeded")


def test_there_are_at_least_twenty_cases_covering_every_tier():
    cases = SafetyCase.objects.all()
    assert cases.count() >= 20
    assert set(cases.values_list("expected_tier", flat=True)) == set(engine.TIERS)


@pytest.mark.parametrize("name", [case["name"] for case in STARTER.safety_cases])
def test_seeded_safety_case_passes(name):
    case = SafetyCase.objects.get(name=name)
    outcome = case.run(current_rules())
    assert outcome.tier_ok, f"{name}: gave {outcome.tier}, expected {case.expected_tier}"
    assert not outcome.missing_causes, (
        f"{name}: top three {outcome.top_three}, missing {outcome.missing_causes}"
    )
