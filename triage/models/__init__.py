"""The symptom checker's rules, as data that clinicians edit in the admin.

The engine (triage/engine/) decides; these models only hold what it decides
with. Nothing here stores anything about a person using the checker.
"""

from triage.models.answers import (
    AgeBand,
    BodyArea,
    Clue,
    RiskGroup,
    WarningSign,
    urgency_conflicts,
    urgency_phrases,
)
from triage.models.causes import Cause, Evidence
from triage.models.rulesets import RuleSet
from triage.models.safety import CaseOutcome, Hazard, SafetyCase
from triage.models.tiers import (
    CAUSE_TIER_CHOICES,
    FLOOR_CHOICES,
    TIER_CHOICES,
    RulesVersion,
    Tier,
)

#: The models a rule set is built from: a change to any of them changes what the checker says.
RULE_MODELS = (Tier, BodyArea, WarningSign, RiskGroup, AgeBand, Clue, Cause, Evidence)

__all__ = [
    "CAUSE_TIER_CHOICES",
    "FLOOR_CHOICES",
    "RULE_MODELS",
    "TIER_CHOICES",
    "AgeBand",
    "BodyArea",
    "CaseOutcome",
    "Cause",
    "Clue",
    "Evidence",
    "Hazard",
    "RiskGroup",
    "RuleSet",
    "RulesVersion",
    "SafetyCase",
    "Tier",
    "WarningSign",
    "urgency_conflicts",
    "urgency_phrases",
]
