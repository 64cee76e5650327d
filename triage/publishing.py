"""Publishing the checker's rules: the safety cases decide, a clinical reviewer signs.

Editors change the rules in the admin (the working copy). `publish()` makes
them the rules the public checker uses, as the next numbered rule set, only
when every safety case passes and the reviewer made none of the changes;
`roll_back()` publishes an earlier set again. Both are in the audit log.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext_lazy as _
from reversion.models import Version

from governance import audit, revisions
from governance.models import AuditEntry
from triage import engine
from triage.models import RULE_MODELS, RuleSet, SafetyCase
from triage.rules import build, rules_data


class PublishError(Exception):
    """Why the rules cannot be published now, in plain words."""


@dataclass(frozen=True)
class CaseCheck:
    """One safety case run against the rules about to be published."""

    case: SafetyCase
    passed: bool
    explanation: str


def check_cases(rules: engine.RuleSet) -> list[CaseCheck]:
    """Run every safety case against `rules`; a case the rules cannot even answer fails."""
    checks = []
    for case in SafetyCase.objects.select_related("area", "age", "timing").prefetch_related(
        "signs", "groups", "clues", "expected_causes", "expected_absent"
    ):
        try:
            outcome = case.run(rules)
        except (engine.InvalidAnswers, KeyError) as error:
            checks.append(CaseCheck(case, False, f"these rules cannot answer it ({error})"))
            continue
        checks.append(CaseCheck(case, outcome.passed, case.explain(outcome)))
    return checks


def latest() -> RuleSet | None:
    """The rule set the public checker uses now."""
    return RuleSet.objects.order_by("-number").first()


def editors_since(since) -> set[int]:
    """The ids of everyone who saved a rule (or a safety case) after `since` (None: ever)."""
    from django.contrib.contenttypes.models import ContentType

    types = ContentType.objects.get_for_models(*RULE_MODELS, SafetyCase).values()
    return revisions.editors(Version.objects.filter(content_type__in=types), since)


def refusal(user) -> str | None:
    """Why `user` may not publish the working copy now, or None when they may."""
    if not user.has_perm("triage.publish_rules"):
        return _("Only a clinical reviewer can publish the checker's rules.")
    current = latest()
    if user.pk in editors_since(current.published if current else None):
        return _(
            "You changed these rules since they were last published, so another clinical "
            "reviewer must publish them."
        )
    return None


@transaction.atomic
def publish(user, note: str, *, data: dict | None = None, rolled_back_to=None) -> RuleSet:
    """Publish the working copy (or `data`) as the next rule set, if every safety case passes."""
    if not note.strip():
        raise PublishError(_("Say what changed in the rules, for the record."))
    data = rules_data() if data is None else data
    try:
        rules = build(data)
    except ValueError as error:
        raise PublishError(
            _("These rules are not complete: %(error)s") % {"error": error}
        ) from error
    checks = check_cases(rules)
    failed = [check for check in checks if not check.passed]
    if failed:
        raise PublishError(
            f"{len(failed)} of {len(checks)} safety cases fail, so nothing was published: "
            + "; ".join(f"“{c.case.name}”: {c.explanation}" for c in failed[:5])
        )
    current = latest()
    ruleset = RuleSet.objects.create(
        number=(current.number + 1) if current else 1,
        published_by=user if getattr(user, "pk", None) else None,
        note=note,
        data=data,
        cases_passed=len(checks),
        rolled_back_to=rolled_back_to,
    )  # its signal retires the built rules and the cached pages (triage/signals.py)
    action = (
        AuditEntry.Action.RULES_ROLLED_BACK if rolled_back_to else AuditEntry.Action.RULES_PUBLISHED
    )
    audit.record(user, action, ruleset, note)
    return ruleset


def publish_working_copy(user, note: str) -> RuleSet:
    """A clinical reviewer publishes the editors' changes."""
    refused = refusal(user)
    if refused:
        raise PublishError(refused)
    return publish(user, note)


def roll_back(user, earlier: RuleSet, note: str = "") -> RuleSet:
    """Publish an earlier rule set again, as the next number (the safety cases still decide)."""
    if not user.has_perm("triage.publish_rules"):
        raise PublishError(_("Only a clinical reviewer can roll the checker's rules back."))
    return publish(
        user,
        note or f"Rolled back to {earlier.label}.",
        data=earlier.data,
        rolled_back_to=earlier,
    )


def first_publication() -> RuleSet | None:
    """Publish the rules as seeded when none were ever published (run by `manage.py seed`)."""
    if latest() is not None:
        return None
    return publish(None, "The starter rules, as seeded.")
